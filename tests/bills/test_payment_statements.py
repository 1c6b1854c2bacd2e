"""A cash payment's SQL stays short (the payment benchmark's budget), and the prepared
statements it writes with agree with what the ORM holds in the same unit of work."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sqlalchemy import select

from station_app import audit, bills, shifts
from station_app.db.models import Bill, CashMovement, OutboxRef
from station_app.station import Station
from tests.bills.conftest import CLERK, Community

Run = Callable[..., Any]

MAX_STATEMENTS = 20
"""A one-bill cash payment once its unit of work has begun, COMMIT aside: the rows it
writes, three counters, and six small reads. (The ORM ran 23, and nine flushes.)"""


def test_a_cash_payment_runs_a_short_fixed_list_of_statements(
    station: Station, community: Community, shift_id: str
) -> None:
    statements: list[str] = []
    with station.work(CLERK, shift_id=shift_id) as work:
        driver = work.session.connection().connection.driver_connection
        driver.set_trace_callback(statements.append)
        try:
            bills.pay(work, [community.water], cash_tendered_fen=5000)
        finally:
            driver.set_trace_callback(None)
    assert len(statements) <= MAX_STATEMENTS, "\n".join(statements)
    writes = [sql.split()[0:3] for sql in statements if not sql.startswith("SELECT")]
    # Each row once: no ORM flush wrote the bill or the payment a second time.
    assert sum(words[:2] == ["UPDATE", "bills"] for words in writes) == 1
    assert sum(words[2:3] == ["payments"] for words in writes) == 1


def test_a_bill_loaded_before_the_payment_shows_its_new_state(
    station: Station, community: Community, shift_id: str
) -> None:
    with station.work(CLERK, shift_id=shift_id) as work:
        bill = work.session.get(Bill, community.water)
        assert bill is not None and bill.status == "unpaid"
        bills.pay(work, [community.water], cash_tendered_fen=5000)
        assert (bill.status, bill.paid_fen) == ("paid", community.amounts[community.water])


def test_the_payment_sees_rows_the_session_has_not_written_yet(
    station: Station, community: Community, shift_id: str
) -> None:
    with station.work(CLERK, shift_id=shift_id) as work:
        bill = work.session.get(Bill, community.water)
        assert bill is not None
        bill.amount_due_fen = 5000  # pending in the session: the payment must see it
        result = bills.pay(work, [community.water], cash_tendered_fen=5000)
    assert (result.total_fen, result.change_fen) == (5000, 0)


def test_cash_movements_and_refs_of_a_payment(
    station: Station, community: Community, run: Run, shift_id: str
) -> None:
    paid = run(bills.pay, [community.water, community.water_old], cash_tendered_fen=10000)
    with station.database.reading() as session:
        movements = session.execute(
            select(CashMovement.kind, CashMovement.amount_fen, CashMovement.staff_id)
            .where(CashMovement.ref_id == paid.payment_id)
            .order_by(CashMovement.amount_fen.desc())
        ).all()
        refs = session.execute(
            select(OutboxRef.entity, OutboxRef.entity_id).order_by(OutboxRef.seq, OutboxRef.entity)
        ).all()
        assert audit.verify(session).ok
    assert [tuple(row) for row in movements] == [
        ("cash_in", 10000, CLERK.staff_id),
        ("change_out", -(10000 - paid.total_fen), CLERK.staff_id),
    ]
    # One bill.pay per bill, each about the payment and its bill.
    assert [tuple(ref) for ref in refs[-4:]] == [
        ("bill", community.water),
        ("payment", paid.payment_id),
        ("bill", community.water_old),
        ("payment", paid.payment_id),
    ]


def test_a_cash_sale_given_a_stale_shift_id_looks_the_shift_up(
    station: Station, community: Community, shift_id: str
) -> None:
    with station.work(CLERK) as work:
        rows = shifts.record_cash_sale(work, "payment", "p-1", 1000, 0, shift_id="not-a-shift")
    assert [row.shift_id for row in rows] == [shift_id]
