"""Bill payments against the real platform: paid offline, then synced → confirmed; a bill
another counter had already paid → flagged, a credit on the platform, listed for staff."""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import select

from station_app import bills, shifts
from station_app.db.models import Bill, Payment, Staff
from station_app.work import Actor
from sync.server.models import Credit
from sync.server.models import Payment as PlatformPayment
from sync.server.platform import Platform
from tests.server.conftest import Admin, Community
from tests.sync.conftest import Terminal

FLOAT = {"10000": 2}


def _clerk(terminal: Terminal) -> Actor:
    with terminal.station.database.reading() as session:
        row = session.execute(select(Staff).where(Staff.name == "张丽")).scalar_one()
        return Actor(row.id, row.name, row.role)


def _open_shift(terminal: Terminal, clerk: Actor) -> str:
    with terminal.station.work(clerk) as work:
        return shifts.open_shift(work, FLOAT).id


def _pay(terminal: Terminal, clerk: Actor, shift_id: str, bill_ids: list[str], cash: int) -> str:
    with terminal.station.work(clerk, shift_id=shift_id) as work:
        return bills.pay(work, bill_ids, cash_tendered_fen=cash).payment_id


def test_paid_offline_then_synced_is_confirmed(
    terminals: Callable[..., Terminal],
    community: Community,
    admin: Admin,
    platform: Platform,
) -> None:
    other_bill = admin.post(
        "/bills",
        {
            "household_id": community.household_id,
            "biller_id": community.water_id,
            "account_no": "W000001",
            "period": "2026-10",
            "lines": [{"description": "居民生活用水", "unit_price_fen": 2000, "amount_fen": 2000}],
        },
    )
    terminal = terminals("a")
    assert terminal.round().ok  # staff and bills arrive
    clerk = _clerk(terminal)
    shift_id = _open_shift(terminal, clerk)
    with terminal.station.work(clerk, shift_id=shift_id) as work:
        # Two bills, one payment and one receipt here; one payment per bill on the platform.
        paid = bills.pay(work, [community.bill_id, other_bill["id"]], cash_tendered_fen=10000)
    with terminal.station.database.reading() as session:
        [view] = bills.payment_history(session)
        assert view.status == "pending"
    report = terminal.round()
    assert report.ok and report.answers == {"applied": 3}, report  # shift.open + 2 × bill.pay
    with terminal.station.database.reading() as session:
        payment = session.get(Payment, paid.payment_id)
        assert payment is not None and payment.status == "confirmed"
        [view] = bills.payment_history(session)
        assert view.status == "confirmed"
        for bill_id in (community.bill_id, other_bill["id"]):
            bill = session.get(Bill, bill_id)
            assert bill is not None and bill.status == "paid"  # the platform's truth, pulled
        assert bills.needs_attention(session) == []
    with platform.database.reading() as session:
        for part in paid.bills:
            stored = session.get(PlatformPayment, part.platform_payment_id)
            assert stored is not None
            assert (stored.status, stored.bill_id, stored.receipt_no) == (
                "applied",
                part.bill_id,
                paid.receipt_no,
            )
            assert stored.cash_fen == part.amount_fen and stored.credit_fen == 0


def test_a_bill_already_paid_elsewhere_is_flagged_and_listed(
    terminals: Callable[..., Terminal],
    community: Community,
    platform: Platform,
) -> None:
    first, second = terminals("a"), terminals("b")
    assert first.round().ok and second.round().ok
    clerk_a, clerk_b = _clerk(first), _clerk(second)
    shift_a = _open_shift(first, clerk_a)
    shift_b = _open_shift(second, clerk_b)
    _pay(first, clerk_a, shift_a, [community.bill_id], 5000)
    late = _pay(second, clerk_b, shift_b, [community.bill_id], 5000)  # both offline
    assert first.round().ok
    report = second.round()
    assert report.ok and report.answers.get("flagged") == 1, report
    with second.station.database.reading() as session:
        payment = session.get(Payment, late)
        assert payment is not None
        assert (payment.status, payment.flag_reason) == ("flagged", "bill_already_paid")
        [item] = bills.needs_attention(session)
        [view] = bills.payment_history(session)
    assert item.payment_id == late and item.reason == "bill_already_paid"
    assert item.credit_fen == community.bill_fen
    assert item.explanation is not None
    assert view.status == "flagged"
    with platform.database.reading() as session:
        credit = session.execute(select(Credit).where(Credit.payment_id == late)).scalar_one()
        assert credit.amount_fen == community.bill_fen and credit.status == "open"
