"""Property: whatever happens in a shift, expected cash is the ledger's sum, and equals
float + cash in − change − paid out + paid in."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from station_app import audit, shifts
from station_app.db.models import CashMovement, Shift
from station_app.shifts import DENOMINATIONS, ShiftError
from station_app.station import Station

from .conftest import Crew

sales = st.integers(1, 200_000).flatmap(
    lambda cash: st.tuples(st.just("sale"), st.just(cash), st.integers(0, cash))
)
paid_ins = st.tuples(st.just("paid_in"), st.integers(1, 100_000))
paid_outs = st.tuples(st.just("paid_out"), st.integers(1, 100_000))
operations = st.lists(st.one_of(sales, paid_ins, paid_outs), max_size=12)
floats = st.dictionaries(st.sampled_from(DENOMINATIONS), st.integers(0, 40))


@settings(
    max_examples=60,
    deadline=None,
    # One station for all examples: each example is its own shift, opened and closed.
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(float_counts=floats, ops=operations)
def test_expected_cash_is_the_ledger(
    station: Station,
    crew: Crew,
    run: Callable[..., Any],
    float_counts: dict[str, int],
    ops: list[tuple[Any, ...]],
) -> None:
    actor = crew.supervisor  # may pay out without an override
    shift = run(actor, shifts.open_shift, float_counts)
    float_fen = sum(int(denomination) * n for denomination, n in float_counts.items())
    cash_in = change = paid_in = paid_out = 0
    for number, op in enumerate(ops):
        if op[0] == "sale":
            run(actor, shifts.record_cash_sale, "payment", f"{shift.id}:{number}", op[1], op[2])
            cash_in += op[1]
            change += op[2]
        elif op[0] == "paid_in":
            run(actor, shifts.paid_in, op[1], "补零钱")
            paid_in += op[1]
        else:
            in_drawer = float_fen + cash_in - change - paid_out + paid_in
            if op[1] > in_drawer:
                try:
                    run(actor, shifts.paid_out, op[1], "支出")
                except ShiftError:
                    continue
                raise AssertionError("paid out more than the drawer holds")
            run(actor, shifts.paid_out, op[1], "支出")
            paid_out += op[1]

    expected = float_fen + cash_in - change - paid_out + paid_in
    with station.database.reading() as session:
        report = shifts.x_report(session, shift.id)
        ledger = session.execute(
            select(func.sum(CashMovement.amount_fen)).where(CashMovement.shift_id == shift.id)
        ).scalar_one()
    assert report.expected_fen == expected == ledger
    assert (
        report.float_fen,
        report.cash_in_fen,
        report.change_out_fen,
        report.paid_in_fen,
        report.paid_out_fen,
    ) == (float_fen, cash_in, change, paid_in, paid_out)
    assert report.tenders["cash"] == cash_in - change

    # Close with an empty drawer count: the variance is everything expected.
    closed = run(actor, shifts.close_shift, {}, None if expected == 0 else "交回保险柜")
    assert closed.variance_fen == -expected
    assert closed.expected_fen == expected
    with station.database.reading() as session:
        closed_shifts = session.execute(
            select(func.count()).select_from(Shift).where(Shift.status == "closed")
        ).scalar_one()
        assert closed.z_number == closed_shifts  # gapless across all the examples' shifts
        assert audit.verify(session).ok
