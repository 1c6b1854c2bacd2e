"""Opening and closing shifts, cash in and out, Z numbers, and who may close."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from typing import Any

import pytest
from sqlalchemy import select

from station_app import audit, shifts
from station_app.counters import current_value
from station_app.db.models import CashMovement, Shift, StationIdentity
from station_app.money import MoneyError
from station_app.permissions import PermissionRefused
from station_app.shifts import ShiftError
from station_app.station import Station
from station_app.work import Actor
from tests.conftest import ManualClock

from .conftest import Crew, Trail

EMPTY: dict[str, int] = {}


def test_open_with_a_counted_float(
    station: Station, crew: Crew, run: Callable[..., Any], trail: Trail
) -> None:
    before = trail.counts()
    shift = run(crew.clerk, shifts.open_shift, crew.float)
    assert trail.counts() == (before[0] + 1, before[1] + 1)
    assert (shift.status, shift.terminal_code, shift.float_fen) == ("open", "T01", 26050)
    assert shift.float_denominations == {
        "10000": 2,
        "5000": 0,
        "2000": 0,
        "1000": 5,
        "500": 0,
        "100": 10,
        "50": 0,
        "10": 5,
    }
    (op,) = trail.ops(1)
    assert (op.type, op.entity_id, op.shift_id, op.staff_id) == (
        "shift.open",
        shift.id,
        shift.id,
        crew.clerk.staff_id,
    )
    assert op.payload["float_fen"] == 26050
    assert op.payload["staff_id"] == crew.clerk.staff_id
    assert op.payload["denominations"] == shift.float_denominations
    assert trail.audit()[0].action == "shift.open"
    with station.database.reading() as session:
        current = shifts.current_shift(session, "T01")
        assert current is not None and current.id == shift.id
        assert shifts.current_shift(session, "T02") is None
        assert shifts.expected_cash(session, shift.id) == 26050


def test_one_open_shift_per_terminal(crew: Crew, run: Callable[..., Any]) -> None:
    run(crew.clerk, shifts.open_shift, crew.float)
    with pytest.raises(ShiftError, match=r"already open on this terminal \(张收银\)"):
        run(crew.clerk2, shifts.open_shift, EMPTY)


def test_money_needs_an_open_shift(crew: Crew, run: Callable[..., Any], trail: Trail) -> None:
    before = trail.counts()
    for service, args in [
        (shifts.paid_in, (100, "备用金")),
        (shifts.paid_out, (100, "买水")),
        (shifts.record_cash_sale, ("payment", "p1", 1000, 0)),
        (shifts.close_shift, (EMPTY,)),
    ]:
        with pytest.raises(ShiftError, match="No shift is open"):
            run(crew.supervisor, service, *args)
    assert trail.counts() == before


def test_a_closed_shift_on_screen_is_refused(station: Station, crew: Crew) -> None:
    with station.work(crew.clerk) as work:
        first = shifts.open_shift(work, EMPTY)
    with station.work(crew.clerk, shift_id=first.id) as work:
        shifts.close_shift(work, EMPTY)
    with station.work(crew.clerk) as work:
        shifts.open_shift(work, EMPTY)
    with (
        pytest.raises(ShiftError, match="closed"),
        station.work(crew.clerk, shift_id=first.id) as work,
    ):
        shifts.paid_in(work, 100, "备用金")


@pytest.mark.parametrize(
    ("counts", "error", "message"),
    [
        ({"20000": 1}, ShiftError, "Unknown denomination 20000"),
        ({"100": -1}, ShiftError, "between 0 and"),
        ({"100": 100_001}, ShiftError, "between 0 and"),
    ],
)
def test_counts_are_checked(
    crew: Crew, run: Callable[..., Any], counts: dict[str, int], error: type, message: str
) -> None:
    with pytest.raises(error, match=message):
        run(crew.clerk, shifts.open_shift, counts)
    with pytest.raises(TypeError):
        shifts.count_cash({"100": 1.5})  # type: ignore[dict-item]


def test_paid_in_and_out(
    station: Station, crew: Crew, run: Callable[..., Any], trail: Trail
) -> None:
    shift = run(crew.clerk, shifts.open_shift, crew.float)
    run(crew.clerk, shifts.paid_in, 10000, " 从保险柜 取零钱 ")
    (op,) = trail.ops(1)
    assert op.type == "cash.movement"
    assert op.payload["kind"] == "paid_in"
    assert op.payload["amount_fen"] == 10000
    assert op.payload["reason"] == "从保险柜 取零钱"
    assert op.payload["shift_id"] == shift.id
    assert trail.audit()[0].action == "cash.paid_in"
    run(crew.supervisor, shifts.paid_out, 2000, "买打印纸")
    assert trail.audit()[0].action == "cash.paid_out"

    with pytest.raises(ShiftError, match="Say why"):
        run(crew.clerk, shifts.paid_in, 100, "  ")
    with pytest.raises(MoneyError, match="more than zero"):
        run(crew.clerk, shifts.paid_in, 0, "零")
    with pytest.raises(ShiftError, match=r"should hold only ¥340.50"):
        run(crew.supervisor, shifts.paid_out, 34051, "太多")
    with station.database.reading() as session:
        assert shifts.expected_cash(session, shift.id) == 26050 + 10000 - 2000
        assert audit.verify(session).ok


def test_cash_sales_and_a_void(station: Station, crew: Crew, run: Callable[..., Any]) -> None:
    shift = run(crew.clerk, shifts.open_shift, crew.float)
    rows = run(crew.clerk, shifts.record_cash_sale, "payment", "pay-1", 10000, 1550)
    assert [(row.kind, row.amount_fen) for row in rows] == [
        ("cash_in", 10000),
        ("change_out", -1550),
    ]
    run(crew.clerk, shifts.record_cash_sale, "payment", "pay-2", 5000, 0)
    with pytest.raises(ShiftError, match="change cannot be more"):
        run(crew.clerk, shifts.record_cash_sale, "payment", "pay-3", 100, 101)
    reversal = run(crew.supervisor, shifts.reverse_cash_sale, "payment", "pay-1")
    assert (reversal.kind, reversal.amount_fen) == ("void_reversal", -8450)
    with pytest.raises(ShiftError, match="already reversed"):
        run(crew.supervisor, shifts.reverse_cash_sale, "payment", "pay-1")
    assert run(crew.supervisor, shifts.reverse_cash_sale, "payment", "no-cash") is None
    with station.database.reading() as session:
        report = shifts.x_report(session, shift.id)
        assert report.expected_fen == 26050 + 5000
        assert report.tenders["cash"] == 5000
        assert (report.cash_in_fen, report.change_out_fen, report.void_reversal_fen) == (
            15000,
            1550,
            -8450,
        )


def test_close_with_counts_and_variance_needs_a_reason(
    station: Station, crew: Crew, run: Callable[..., Any], trail: Trail
) -> None:
    shift = run(crew.clerk, shifts.open_shift, crew.float)
    run(crew.clerk, shifts.record_cash_sale, "payment", "pay-1", 5000, 0)
    short = {**crew.float, "1000": 9}  # ¥10 short of ¥310.50
    before = trail.counts()
    with pytest.raises(ShiftError, match=r"-¥10.00 off what is expected: say why"):
        run(crew.clerk, shifts.close_shift, short)
    with pytest.raises(ShiftError, match="say why"):
        run(crew.clerk, shifts.close_shift, short, "   ")
    assert trail.counts() == before
    with station.database.reading() as session:
        assert current_value(session, "z:T01") == 0  # refusals took no Z number

    report = run(crew.clerk, shifts.close_shift, short, "找错零钱")
    assert (report.kind, report.z_number) == ("Z", 1)
    assert (report.expected_fen, report.counted_fen, report.variance_fen) == (31050, 30050, -1000)
    assert report.variance_reason == "找错零钱"
    (op,) = trail.ops(1)
    assert op.type == "shift.close"
    assert op.payload == {
        "shift_id": shift.id,
        "staff_id": crew.clerk.staff_id,
        "closed_by": crew.clerk.staff_id,
        "closed_at": op.payload["closed_at"],
        "float_fen": 26050,
        "counted_fen": 30050,
        "expected_fen": 31050,
        "variance_fen": -1000,
        "variance_reason": "找错零钱",
        "denominations": report.counted_denominations,
        "z_number": 1,
        "tenders": {"cash": 5000, "voucher": 0},
        "payment_count": 0,
    }
    (entry,) = trail.audit()
    assert entry.action == "shift.close"
    assert entry.details["variance_fen"] == -1000
    with station.database.reading() as session:
        assert shifts.current_shift(session, "T01") is None
        row = session.get(Shift, shift.id)
        assert row is not None and row.status == "closed"


def test_an_exact_count_needs_no_reason(crew: Crew, run: Callable[..., Any]) -> None:
    run(crew.clerk, shifts.open_shift, crew.float)
    report = run(crew.clerk, shifts.close_shift, crew.float)
    assert (report.variance_fen, report.variance_reason) == (0, None)


def test_z_numbers_are_gapless_per_terminal(
    station: Station, crew: Crew, run: Callable[..., Any]
) -> None:
    numbers = []
    for _ in range(3):
        run(crew.clerk, shifts.open_shift, EMPTY)
        with pytest.raises(ShiftError):
            run(crew.clerk, shifts.close_shift, {"100": 1})  # refused: no Z number used
        numbers.append(run(crew.clerk, shifts.close_shift, EMPTY).z_number)
    assert numbers == [1, 2, 3]

    # Another terminal code (after pairing, say) counts from 1 on its own.
    with station.work(crew.admin) as work:
        identity = work.session.get(StationIdentity, 1)
        assert identity is not None
        identity.terminal_code = "T02"
    run(crew.clerk, shifts.open_shift, EMPTY)
    assert run(crew.clerk, shifts.close_shift, EMPTY).z_number == 1
    with station.database.reading() as session:
        z = session.execute(select(Shift.terminal_code, Shift.z_number).order_by(Shift.opened_at))
        assert [tuple(row) for row in z] == [("T01", 1), ("T01", 2), ("T01", 3), ("T02", 1)]


def test_closing_another_persons_shift(
    station: Station, crew: Crew, run: Callable[..., Any], trail: Trail
) -> None:
    run(crew.clerk, shifts.open_shift, EMPTY)
    with pytest.raises(PermissionRefused) as refused:
        run(crew.clerk2, shifts.close_shift, EMPTY)
    assert refused.value.action == "close_other_shift"
    report = run(crew.clerk2, shifts.close_shift, EMPTY, override=crew.supervisor)
    assert (report.staff_name, report.closed_by_name) == ("张收银", "阿依古丽")
    assert trail.audit()[0].details["approved_by_name"] == "李主管"

    run(crew.clerk, shifts.open_shift, EMPTY)
    assert run(crew.supervisor, shifts.close_shift, EMPTY).closed_by_id == crew.supervisor.staff_id


def test_x_report_any_time(
    station: Station, clock: ManualClock, crew: Crew, run: Callable[..., Any]
) -> None:
    shift = run(crew.clerk, shifts.open_shift, crew.float)
    with station.database.reading() as session:
        first = shifts.x_report(session, shift.id)
    assert (first.kind, first.expected_fen, first.z_number, first.counted_fen) == (
        "X",
        26050,
        None,
        None,
    )
    clock.advance(timedelta(hours=2))
    run(crew.clerk, shifts.record_cash_sale, "payment", "pay-1", 2000, 500)
    with station.database.reading() as session:
        second = shifts.x_report(session, shift.id)
        with pytest.raises(ShiftError, match="still open"):
            shifts.z_report(session, shift.id)
        with pytest.raises(ShiftError, match="Unknown shift"):
            shifts.x_report(session, "nope")
    assert second.expected_fen == 27550
    assert second.kind == "X"
    # An X report writes nothing.
    with station.database.reading() as session:
        assert len(session.execute(select(CashMovement)).all()) == 3


def test_only_staff_move_cash(crew: Crew, run: Callable[..., Any]) -> None:
    run(crew.clerk, shifts.open_shift, EMPTY)
    with pytest.raises(ShiftError, match="Log in as a staff member"):
        run(Actor.system(), shifts.paid_in, 100, "零钱")
    with pytest.raises(ShiftError, match="Log in as a staff member"):
        run(Actor.system(), shifts.open_shift, EMPTY)
