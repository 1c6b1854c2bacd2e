"""Payment history, reprints, the platform's answers and what staff must look at."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

from sqlalchemy import select

from station_app import bills
from station_app.db.models import OutboxOp, Payment, PrintJob
from station_app.station import Station
from tests.bills.conftest import CLERK, SUPERVISOR, Community
from tests.conftest import ManualClock

Run = Callable[..., Any]


def _history(station: Station, **filters: Any) -> list[bills.PaymentView]:
    with station.database.reading() as session:
        return bills.payment_history(session, now=station.clock.trusted_now(), **filters)


def test_search_by_receipt_household_and_day(
    station: Station, community: Community, run: Run, clock: ManualClock
) -> None:
    first = run(bills.pay, [community.water], cash_tendered_fen=5000)
    clock.advance(timedelta(minutes=5))
    second = run(bills.pay, [community.parking], cash_tendered_fen=15000)
    everything = _history(station)
    assert [view.receipt_no for view in everything] == [second.receipt_no, first.receipt_no]
    assert everything[1].household == "3栋2单元501"
    assert everything[1].lines[0].biller_name == "水费" and everything[1].status == "pending"
    assert [v.id for v in _history(station, query=first.receipt_no)] == [first.payment_id]
    assert [v.id for v in _history(station, query=first.receipt_no[-4:])] == [first.payment_id]
    assert len(_history(station, query="3-2-501")) == 2
    assert _history(station, query="3-2-502") == []
    assert len(_history(station, day=date(2026, 11, 26))) == 2  # 10:00 Beijing time
    assert _history(station, day=date(2026, 11, 25)) == []


def test_reprint_is_a_copy_without_the_drawer(
    station: Station, community: Community, run: Run
) -> None:
    paid = run(bills.pay, [community.water], cash_tendered_fen=5000)
    job_id = run(bills.reprint_payment, paid.payment_id)
    with station.database.reading() as session:
        job = session.get(PrintJob, job_id)
        assert job is not None and job.is_copy and not job.kick_drawer
        assert job.receipt_id == paid.receipt_id


def _answer(station: Station, payment_id: str, *answers: tuple[str, str | None]) -> None:
    """What the sync engine stores on the ops, then the settlement."""
    with station.work(CLERK) as work:
        ops = work.session.execute(
            select(OutboxOp)
            .where(OutboxOp.type == "bill.pay", OutboxOp.entity_id == payment_id)
            .order_by(OutboxOp.seq)
        ).scalars()
        for op, (status, reason) in zip(ops, answers, strict=True):
            op.status, op.reason = status, reason
            op.result = {
                "status": status,
                "flags": [reason] if reason else [],
                "result": {"credit_fen": op.payload["amount_fen"] if reason else 0},
            }
            op.acked_at = work.now
            bills.settle_payment(work, op.payload["payment_id"])


def test_answers_confirm_or_flag_and_staff_see_the_flags(
    station: Station, community: Community, run: Run
) -> None:
    one = run(bills.pay, [community.water_old], cash_tendered_fen=5000)
    two = run(bills.pay, [community.water, community.parking], cash_tendered_fen=20000)
    _answer(station, one.payment_id, ("applied", None))
    _answer(station, two.payment_id, ("applied", None), ("flagged", "bill_already_paid"))
    with station.database.reading() as session:
        confirmed = session.get(Payment, one.payment_id)
        assert confirmed is not None and confirmed.status == "confirmed"
        flagged = session.get(Payment, two.payment_id)
        assert flagged is not None
        assert (flagged.status, flagged.flag_reason) == ("flagged", "bill_already_paid")
        views = {v.id: v for v in bills.payment_history(session)}
        items = bills.needs_attention(session)
    assert views[one.payment_id].status == "confirmed"
    assert views[two.payment_id].status == "flagged"
    [item] = items
    assert (item.receipt_no, item.bill_id, item.biller_name) == (
        two.receipt_no,
        community.parking,
        "停车费",
    )
    assert item.reason == "bill_already_paid" and item.credit_fen == 15000
    assert item.explanation is not None and "credit" in item.explanation.source
    assert item.household == "3栋2单元501"
    with station.work(SUPERVISOR) as work:
        bills.acknowledge(work, item.seq)
    with station.database.reading() as session:
        assert bills.needs_attention(session) == []


def test_a_voided_payment_stays_voided_whatever_the_answer(
    station: Station, community: Community, run: Run
) -> None:
    paid = run(bills.pay, [community.water], cash_tendered_fen=5000)
    run(bills.void_payment, paid.payment_id, "收错了", actor=SUPERVISOR)
    _answer(station, paid.payment_id, ("applied", None))
    with station.database.reading() as session:
        [view] = bills.payment_history(session)
    assert view.status == "voided" and view.void_reason == "收错了"
