"""Refunds go back to the lots the redemption was spent from, last spent first."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select

from station_app import audit
from station_app.db.models import AuditEntry, OutboxOp, Redemption, VoucherLot, VoucherRefund
from station_app.permissions import PermissionRefused
from station_app.station import Station
from station_app.vouchers import (
    AmountError,
    BillTender,
    PlatformAnswer,
    RefundError,
    balance,
    redeem,
    refund,
    settle_redemption,
)
from station_app.work import Actor
from tests.conftest import ManualClock
from tests.vouchers.voucher_builders import (
    CLERK,
    OTHER_CLERK,
    START,
    SUPERVISOR,
    add_account,
    add_bill,
    add_lot,
    counts,
    mark_synced,
    raw_available,
)

LOTS = {"lot-a": 3000, "lot-b": 4000, "lot-c": 5000}


@pytest.fixture
def spent(synced: Station) -> str:
    """A redemption of ¥100 that took 30 + 40 + 30 from lots a, b, c (in that order)."""
    with synced.work(Actor.system()) as work:
        account = add_account(work.session, "acc-1")
        for days, (lot_id, amount) in enumerate(LOTS.items(), start=3):
            add_lot(
                work.session,
                account,
                amount,
                lot_id=lot_id,
                expires_at=START + timedelta(days=days),
            )
        bill = add_bill(work.session)
    with synced.work(CLERK) as work:
        result = redeem(work, account, [BillTender(bill, 10000)])
    assert [(a.lot_id, a.amount_fen) for a in result.allocations] == [
        ("lot-a", 3000),
        ("lot-b", 4000),
        ("lot-c", 3000),
    ]
    return result.redemption_id


def _available(station: Station) -> dict[str, int]:
    with station.database.reading() as session:
        return {lot_id: raw_available(session, lot_id) for lot_id in LOTS}


def test_partial_refunds_go_back_last_spent_first(synced: Station, spent: str) -> None:
    with synced.work(CLERK) as work:
        first = refund(work, spent, 3500, "顾客退货", SUPERVISOR)
    assert [(a.lot_id, a.amount_fen) for a in first.allocations] == [
        ("lot-c", 3000),
        ("lot-b", 500),
    ]
    assert _available(synced) == {"lot-a": 0, "lot-b": 500, "lot-c": 5000}
    with synced.work(CLERK) as work:
        second = refund(work, spent, 6500, "顾客退货", SUPERVISOR)
    assert [(a.lot_id, a.amount_fen) for a in second.allocations] == [
        ("lot-b", 3500),
        ("lot-a", 3000),
    ]
    assert _available(synced) == LOTS  # exactly what was taken, lot by lot
    with synced.database.reading() as session:
        ops = session.execute(select(OutboxOp).order_by(OutboxOp.seq)).scalars().all()
        assert [op.type for op in ops] == ["voucher.redeem", "voucher.refund", "voucher.refund"]
        assert ops[1].payload["refund_id"] == first.refund_id
        assert ops[1].payload["redemption_id"] == spent
        assert ops[1].payload["amount_fen"] == 3500
        entry = session.execute(
            select(AuditEntry).where(AuditEntry.action == "voucher.refund").limit(1)
        ).scalar_one()
        assert entry.details["clerk"] == CLERK.name
        assert entry.details["supervisor"] == SUPERVISOR.name
        assert audit.verify(session).ok
        refund_row = session.get(VoucherRefund, first.refund_id)
        assert refund_row is not None
        assert (refund_row.status, refund_row.supervisor_id) == ("pending", SUPERVISOR.staff_id)


def test_refund_more_than_left_is_refused(synced: Station, spent: str) -> None:
    with synced.work(CLERK) as work:
        refund(work, spent, 9000, "退货", SUPERVISOR)
    with synced.database.reading() as session:
        before = counts(session)
    with pytest.raises(RefundError) as refused, synced.work(CLERK) as work:
        refund(work, spent, 1001, "退货", SUPERVISOR)
    assert "¥10.00" in str(refused.value)
    for amount in (0, -5):
        with pytest.raises(AmountError), synced.work(CLERK) as work:
            refund(work, spent, amount, "退货", SUPERVISOR)
    with synced.database.reading() as session:
        assert counts(session) == before


def test_refund_needs_a_supervisor_and_a_reason(synced: Station, spent: str) -> None:
    with pytest.raises(PermissionRefused), synced.work(CLERK) as work:
        refund(work, spent, 100, "退货", None)
    with pytest.raises(PermissionRefused), synced.work(CLERK) as work:
        refund(work, spent, 100, "退货", OTHER_CLERK)
    with pytest.raises(RefundError), synced.work(CLERK) as work:
        refund(work, spent, 100, "   ", SUPERVISOR)
    # A supervisor at the counter approves their own refund.
    with synced.work(SUPERVISOR) as work:
        result = refund(work, spent, 100, "退货", None)
    with synced.database.reading() as session:
        row = session.get(VoucherRefund, result.refund_id)
        assert row is not None and row.supervisor_id == SUPERVISOR.staff_id


def test_refund_to_an_expired_lot_makes_a_local_lot(
    synced: Station, spent: str, clock: ManualClock
) -> None:
    clock.advance(timedelta(days=3, hours=1))  # lot-a has expired
    with synced.work(CLERK) as work:
        result = refund(work, spent, 10000, "退货", SUPERVISOR)
    assert len(result.new_lot_ids) == 1
    with synced.database.reading() as session:
        new_lot = session.get(VoucherLot, result.new_lot_ids[0])
        assert new_lot is not None
        assert (new_lot.source, new_lot.origin_lot_id, new_lot.expires_at) == (
            "local_refund",
            "lot-a",
            None,
        )
        assert raw_available(session, new_lot.id) == 3000
        now = balance(session, "acc-1", START + timedelta(days=3, hours=1))
        assert now.total_fen == 3000 + 4000 + 5000  # nothing lost to the expiry
        redemption = session.get(Redemption, spent)
        assert redemption is not None and redemption.status == "pending"
    # Fully refunded already: the local lot counts for lot-a, so nothing more can go back.
    with pytest.raises(RefundError), synced.work(CLERK) as work:
        refund(work, spent, 1, "退货", SUPERVISOR)


def test_refund_of_a_spend_from_a_local_lot_goes_back_to_it(
    synced: Station, spent: str, clock: ManualClock
) -> None:
    clock.advance(timedelta(days=4, hours=1))  # lots a and b expired
    with synced.work(Actor.system()) as work:
        mark_synced(work.session, work.now)
        bill = add_bill(work.session, household_id="hh-2")
    with synced.work(CLERK) as work:
        back = refund(work, spent, 10000, "退货", SUPERVISOR)
    assert len(back.new_lot_ids) == 2
    with synced.work(CLERK) as work:
        again = redeem(work, "acc-1", [BillTender(bill, 12000)])
    with synced.work(CLERK) as work:
        second = refund(work, again.redemption_id, 12000, "退货", SUPERVISOR)
    assert second.new_lot_ids == ()
    with synced.database.reading() as session:
        total = balance(session, "acc-1", START + timedelta(days=4, hours=1)).total_fen
        assert total == 12000


def test_a_rejected_redemption_cannot_be_refunded(synced: Station, spent: str) -> None:
    with synced.work(Actor.system()) as work:
        settle_redemption(work, spent, PlatformAnswer("rejected", "account frozen"))
    with pytest.raises(RefundError), synced.work(CLERK) as work:
        refund(work, spent, 100, "退货", SUPERVISOR)
