"""The platform's answers to redeem and refund ops, and the pull that follows them."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select, update

from station_app import audit, outbox, replica
from station_app.db.models import (
    AuditEntry,
    OutboxOp,
    Redemption,
    VoucherLedgerEntry,
    VoucherLot,
    VoucherRefund,
)
from station_app.db.types import format_utc
from station_app.station import Station
from station_app.vouchers import (
    Allocation,
    BillTender,
    PlatformAnswer,
    balance,
    redeem,
    refund,
    settle_redemption,
    settle_refund,
)
from station_app.work import Actor
from tests.conftest import ManualClock
from tests.vouchers.voucher_builders import (
    CLERK,
    START,
    SUPERVISOR,
    add_account,
    add_bill,
    add_lot,
    raw_available,
)


@pytest.fixture
def bill(synced: Station) -> str:
    with synced.work(Actor.system()) as work:
        account = add_account(work.session, "acc-1")
        add_lot(work.session, account, 5000, lot_id="lot-a", expires_at=START + timedelta(days=3))
        add_lot(work.session, account, 9000, lot_id="lot-b", expires_at=START + timedelta(days=9))
        return add_bill(work.session)


def _redeem(station: Station, bill: str, amount: int) -> str:
    with station.work(CLERK) as work:
        return redeem(work, "acc-1", [BillTender(bill, amount)]).redemption_id


def _total(station: Station) -> int:
    with station.database.reading() as session:
        return balance(session, "acc-1", START).total_fen


def _acked(station: Station) -> None:
    """What the sync engine does with the push answer: the ops are no longer pending."""
    with station.work(Actor.system()) as work:
        work.session.execute(update(OutboxOp).values(status="applied"))


def _pulled_lot(lot_id: str, remaining: int, amount: int, version: int) -> dict[str, object]:
    return {
        "entity": "voucher_lot",
        "id": lot_id,
        "op": "upsert",
        "version": version,
        "data": {
            "account_id": "acc-1",
            "amount_fen": amount,
            "remaining_fen": remaining,
            "effective_at": format_utc(START - timedelta(days=30)),
            "expires_at": format_utc(START + timedelta(days=3 if lot_id == "lot-a" else 9)),
        },
    }


def test_applied_folds_into_the_lots_and_the_pull_agrees(synced: Station, bill: str) -> None:
    redemption = _redeem(synced, bill, 7000)
    assert _total(synced) == 7000
    # While the op is unsent, a pull leaves the lots alone.
    with synced.work(Actor.system()) as work:
        report = replica.apply_changes(work.session, [_pulled_lot("lot-a", 5000, 5000, 2)])
        assert report.held_for_unsent_ops == 1
    with synced.work(Actor.system()) as work:
        assert settle_redemption(work, redemption, PlatformAnswer("applied")) == "applied"
        assert outbox.has_unsent(work.session, "voucher_lot", "lot-a")
    assert _total(synced) == 7000
    with synced.database.reading() as session:
        lot_a = session.get(VoucherLot, "lot-a")
        assert lot_a is not None and lot_a.remaining_fen == 0
        entries = session.execute(select(VoucherLedgerEntry)).scalars().all()
        assert all(entry.settled for entry in entries)
    _acked(synced)
    with synced.work(Actor.system()) as work:
        replica.apply_changes(
            work.session,
            [_pulled_lot("lot-a", 0, 5000, 2), _pulled_lot("lot-b", 7000, 9000, 2)],
        )
    assert _total(synced) == 7000


def test_rejected_gives_everything_back(synced: Station, bill: str) -> None:
    redemption = _redeem(synced, bill, 7000)
    with synced.work(CLERK) as work:
        pending_refund = refund(work, redemption, 1000, "退货", SUPERVISOR).refund_id
    with synced.work(Actor.system()) as work:
        status = settle_redemption(work, redemption, PlatformAnswer("rejected", "account frozen"))
    assert status == "rejected"
    assert _total(synced) == 14000
    with synced.database.reading() as session:
        row = session.get(Redemption, redemption)
        assert row is not None and (row.status, row.reason) == ("rejected", "account frozen")
        refund_row = session.get(VoucherRefund, pending_refund)
        assert refund_row is not None and refund_row.status == "rejected"
        assert raw_available(session, "lot-a") == 5000
        kinds = [e.kind for e in session.execute(select(VoucherLedgerEntry)).scalars()]
        assert sorted(kinds).count("reversal") == 3
        lot_a = session.get(VoucherLot, "lot-a")
        assert lot_a is not None and lot_a.remaining_fen == 5000
    # The refund op's own answer comes next; it changes nothing more.
    with synced.work(Actor.system()) as work:
        assert settle_refund(work, pending_refund, PlatformAnswer("rejected")) == "rejected"
    assert _total(synced) == 14000


def test_flagged_with_the_platforms_own_allocation(synced: Station, bill: str) -> None:
    redemption = _redeem(synced, bill, 6000)  # local: 5000 from lot-a, 1000 from lot-b
    answer = PlatformAnswer.from_push_result(
        {
            "status": "flagged",
            "reason": "overspend",
            "result": {"allocations": [{"lot_id": "lot-b", "amount_fen": 6000}]},
        }
    )
    assert answer.allocations == (Allocation("lot-b", 6000),)
    with synced.work(Actor.system()) as work:
        assert settle_redemption(work, redemption, answer) == "flagged"
    with synced.database.reading() as session:
        lots = {lot.id: lot.remaining_fen for lot in session.execute(select(VoucherLot)).scalars()}
        assert lots == {"lot-a": 5000, "lot-b": 3000}


def test_answers_apply_once(synced: Station, bill: str) -> None:
    redemption = _redeem(synced, bill, 7000)
    with synced.work(Actor.system()) as work:
        settle_redemption(work, redemption, PlatformAnswer("applied"))
    with synced.work(Actor.system()) as work:
        assert settle_redemption(work, redemption, PlatformAnswer("duplicate")) == "applied"
        assert settle_redemption(work, redemption, PlatformAnswer("rejected")) == "applied"
    assert _total(synced) == 7000


def test_refund_answers(synced: Station, bill: str, clock: ManualClock) -> None:
    redemption = _redeem(synced, bill, 14000)
    with synced.work(Actor.system()) as work:
        settle_redemption(work, redemption, PlatformAnswer("applied"))
    with synced.work(CLERK) as work:
        kept = refund(work, redemption, 9000, "退货", SUPERVISOR).refund_id
    with synced.work(CLERK) as work:
        bounced = refund(work, redemption, 2000, "退货", SUPERVISOR).refund_id
    with synced.work(Actor.system()) as work:
        assert settle_refund(work, kept, PlatformAnswer("applied")) == "applied"
        assert settle_refund(work, bounced, PlatformAnswer("rejected", "late")) == "rejected"
    assert _total(synced) == 9000
    with synced.database.reading() as session:
        lot_b = session.get(VoucherLot, "lot-b")
        assert lot_b is not None and lot_b.remaining_fen == 9000
        row = session.get(Redemption, redemption)
        assert row is not None and row.status == "applied"
    # The rejected refund gave nothing, so its amount can be refunded again.
    with synced.work(CLERK) as work:
        last = refund(work, redemption, 5000, "退货", SUPERVISOR).refund_id
    with synced.work(Actor.system()) as work:
        settle_refund(work, last, PlatformAnswer("applied"))
    with synced.database.reading() as session:
        row = session.get(Redemption, redemption)
        assert row is not None and row.status == "refunded"
        assert {
            lot.id: lot.remaining_fen for lot in session.execute(select(VoucherLot)).scalars()
        } == {
            "lot-a": 5000,
            "lot-b": 9000,
        }
        actions = [e.action for e in session.execute(select(AuditEntry)).scalars()]
        assert actions.count("voucher.refund_settled") == 3
        assert actions.count("voucher.redeem_settled") == 1
        assert audit.verify(session).ok


def test_a_local_refund_lot_gives_way_to_the_platforms_lot(
    synced: Station, bill: str, clock: ManualClock
) -> None:
    redemption = _redeem(synced, bill, 5000)  # all from lot-a, which expires on day 3
    with synced.work(Actor.system()) as work:
        settle_redemption(work, redemption, PlatformAnswer("applied"))
    clock.advance(timedelta(days=4))
    with synced.work(CLERK) as work:
        result = refund(work, redemption, 5000, "退货", SUPERVISOR)
    later = START + timedelta(days=4)
    with synced.database.reading() as session:
        assert balance(session, "acc-1", later).total_fen == 14000
    with synced.work(Actor.system()) as work:
        settle_refund(work, result.refund_id, PlatformAnswer("applied"))
    with synced.database.reading() as session:
        # Until the pull brings the platform's lot, the refund is not counted twice.
        assert balance(session, "acc-1", later).total_fen == 9000


def test_from_push_result_reads_duplicates_and_reasons() -> None:
    answer = PlatformAnswer.from_push_result({"op_id": "x", "seq": 3, "status": "duplicate"})
    assert (answer.outcome, answer.reason, answer.allocations) == ("applied", None, None)
    answer = PlatformAnswer.from_push_result({"status": "rejected", "reason": "frozen"})
    assert (answer.outcome, answer.reason) == ("rejected", "frozen")
    with pytest.raises(AssertionError):
        PlatformAnswer("maybe")
