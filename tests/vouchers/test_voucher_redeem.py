"""Redemptions: rows, op, audit, and every refusal leaving nothing behind."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

import pytest
from sqlalchemy import select

from station_app import audit
from station_app.db.models import (
    AuditEntry,
    OutboxOp,
    OutboxRef,
    Policy,
    Redemption,
    RedemptionItem,
    SyncState,
    VoucherLedgerEntry,
)
from station_app.i18n import UserError
from station_app.permissions import PermissionRefused
from station_app.station import Station
from station_app.vouchers import (
    AccountFrozenError,
    AmountError,
    BillTender,
    CatalogLine,
    InsufficientBalanceError,
    OfflineLimitError,
    OfflineLimits,
    RedemptionLine,
    RedemptionResult,
    UnknownAccountError,
    UnknownItemError,
    balance,
    redeem,
)
from station_app.work import Actor, Work
from tests.conftest import ManualClock
from tests.vouchers.voucher_builders import (
    CLERK,
    OTHER_CLERK,
    START,
    SUPERVISOR,
    add_account,
    add_bill,
    add_catalog_item,
    add_lot,
    counts,
    mark_synced,
    set_limits,
)

RICE = "6901234567892"


@pytest.fixture
def account(synced: Station) -> str:
    with synced.work(Actor.system()) as work:
        account_id = add_account(work.session, "acc-1")
        add_lot(
            work.session,
            account_id,
            10000,
            lot_id="lot-soon",
            expires_at=START + timedelta(days=4),
        )
        add_lot(
            work.session,
            account_id,
            30000,
            lot_id="lot-later",
            expires_at=START + timedelta(days=34),
        )
        add_catalog_item(work.session, "大米 5kg", 4500, barcode=RICE)
    return account_id


def _redeem(
    station: Station,
    account_id: str,
    items: list[RedemptionLine],
    *,
    actor: Actor = CLERK,
    online: bool = False,
    **kwargs: object,
) -> RedemptionResult:
    with station.work(actor, online=online) as work:
        return redeem(work, account_id, items, **kwargs)  # type: ignore[arg-type]


def _refused(station: Station, attempt: Callable[[Work], object]) -> UserError:
    """Run a service that must refuse; check it wrote nothing."""
    with station.database.reading() as session:
        before = counts(session)
    with pytest.raises(UserError) as refused, station.work(CLERK) as work:
        attempt(work)
    with station.database.reading() as session:
        assert counts(session) == before
    return refused.value


def test_redeem_writes_redemption_items_ledger_op_and_audit(synced: Station, account: str) -> None:
    result = _redeem(synced, account, [CatalogLine(f"  {RICE}\r\n", quantity=3)])

    assert result.total_fen == 13500
    assert result.receipt_no.startswith("T01-20261126-")
    # Spend order: the lot expiring first pays first.
    assert [(a.lot_id, a.amount_fen) for a in result.allocations] == [
        ("lot-soon", 10000),
        ("lot-later", 3500),
    ]
    assert result.offline is True
    assert result.balance_after.total_fen == 40000 - 13500
    with synced.database.reading() as session:
        redemption = session.get(Redemption, result.redemption_id)
        assert redemption is not None
        assert (redemption.status, redemption.offline, redemption.staff_id) == (
            "pending",
            True,
            CLERK.staff_id,
        )
        items = session.execute(select(RedemptionItem)).scalars().all()
        assert [(i.description, i.quantity, i.unit_price_fen, i.amount_fen) for i in items] == [
            ("大米 5kg", 3, 4500, 13500)
        ]
        ledger = session.execute(
            select(VoucherLedgerEntry).order_by(VoucherLedgerEntry.id)
        ).scalars()
        assert [(e.lot_id, e.kind, e.amount_fen, e.settled) for e in ledger] == [
            ("lot-soon", "spend", -10000, False),
            ("lot-later", "spend", -3500, False),
        ]
        op = session.execute(select(OutboxOp)).scalar_one()
        assert op.type == "voucher.redeem"
        assert op.offline is True
        assert op.payload["redemption_id"] == result.redemption_id
        assert op.payload["account_id"] == account
        assert op.payload["total_fen"] == 13500
        assert op.payload["allocations"] == [
            {"lot_id": "lot-soon", "amount_fen": 10000},
            {"lot_id": "lot-later", "amount_fen": 3500},
        ]
        assert op.payload["items"][0]["catalog_item_id"] is not None
        refs = {(r.entity, r.entity_id) for r in session.execute(select(OutboxRef)).scalars()}
        assert ("voucher_lot", "lot-soon") in refs
        assert ("voucher_account", account) in refs
        entry = session.execute(
            select(AuditEntry).where(AuditEntry.action == "voucher.redeem")
        ).scalar_one()
        assert entry.details["op_seq"] == op.seq
        assert entry.details["clerk"] == CLERK.name
        assert audit.verify(session).ok


def test_redeem_by_catalog_id_and_a_bill(synced: Station, account: str) -> None:
    with synced.work(Actor.system()) as work:
        soap = add_catalog_item(work.session, "肥皂", 350)
        bill = add_bill(work.session)
    result = _redeem(synced, account, [CatalogLine(soap, 2), BillTender(bill, 6000)])
    assert result.total_fen == 6700
    assert [line.description for line in result.lines] == ["肥皂", "自来水公司 2026-10"]
    assert result.lines[1].bill_id == bill


def test_frozen_account_is_refused(synced: Station) -> None:
    with synced.work(Actor.system()) as work:
        frozen = add_account(work.session, status="frozen", holder="赵强")
        add_lot(work.session, frozen, 10000)
        add_catalog_item(work.session, "大米 5kg", 4500, barcode=RICE)
    error = _refused(synced, lambda work: redeem(work, frozen, [CatalogLine(RICE)]))
    assert isinstance(error, AccountFrozenError)
    assert "赵强" in str(error) and "frozen" in str(error)


def test_unknown_account_and_items_are_refused(synced: Station, account: str) -> None:
    with synced.work(Actor.system()) as work:
        gone = add_catalog_item(work.session, "旧货", 100, barcode="111", active=False)
        gas_bill = add_bill(work.session, allow_vouchers=False)
    assert isinstance(
        _refused(synced, lambda work: redeem(work, "nobody", [CatalogLine(RICE)])),
        UnknownAccountError,
    )
    for line in (CatalogLine("999"), CatalogLine(gone), CatalogLine("111"), BillTender("x", 1)):
        error = _refused(synced, lambda work, line=line: redeem(work, account, [line]))  # type: ignore[misc]
        assert isinstance(error, UnknownItemError)
    error = _refused(synced, lambda work: redeem(work, account, [BillTender(gas_bill, 100)]))
    assert isinstance(error, UnknownItemError)
    assert "燃气公司" in str(error)


def test_amounts_must_be_positive(synced: Station, account: str) -> None:
    with synced.work(Actor.system()) as work:
        free = add_catalog_item(work.session, "宣传册", 0)
        bill = add_bill(work.session)
    for items in (
        [],
        [CatalogLine(free)],
        [BillTender(bill, 0)],
        [BillTender(bill, -100)],
        [CatalogLine(RICE, 0)],
    ):
        error = _refused(synced, lambda work, items=items: redeem(work, account, items))  # type: ignore[misc]
        assert isinstance(error, AmountError)


def test_insufficient_balance_is_refused(synced: Station, account: str) -> None:
    with synced.work(Actor.system()) as work:
        bill = add_bill(work.session)
    error = _refused(synced, lambda work: redeem(work, account, [BillTender(bill, 40001)]))
    assert isinstance(error, InsufficientBalanceError)
    assert error.available_fen == 40000


def test_expired_and_future_lots_are_not_spendable(
    synced: Station, account: str, clock: ManualClock
) -> None:
    with synced.work(Actor.system()) as work:
        add_lot(
            work.session,
            account,
            50000,
            lot_id="lot-next-month",
            effective_at=START + timedelta(days=5),
        )
        bill = add_bill(work.session)
    clock.advance(timedelta(days=4))  # lot-soon expires now
    with synced.database.reading() as session:
        now = balance(session, account, START + timedelta(days=4))
        assert [lot.lot_id for lot in now.lots] == ["lot-later"]
        assert now.upcoming_fen == 50000
    with synced.work(Actor.system()) as work:
        mark_synced(work.session, work.now)
    error = _refused(synced, lambda work: redeem(work, account, [BillTender(bill, 30001)]))
    assert isinstance(error, InsufficientBalanceError)
    result = _redeem(synced, account, [BillTender(bill, 20000)])
    assert [a.lot_id for a in result.allocations] == ["lot-later"]


# --- offline limits -------------------------------------------------------------------


def _bill(station: Station) -> str:
    with station.work(Actor.system()) as work:
        return add_bill(work.session)


def test_per_transaction_limit_names_the_limit(synced: Station, account: str) -> None:
    bill = _bill(synced)
    error = _refused(synced, lambda work: redeem(work, account, [BillTender(bill, 20001)]))
    assert isinstance(error, OfflineLimitError)
    assert error.limits == ("per_transaction",)
    assert error.overridable
    assert str(error) == "Over the offline limit per transaction of ¥200.00."
    assert error.message.context == "Vouchers"
    assert error.message.params == {"limit": "¥200.00"}
    _redeem(synced, account, [BillTender(bill, 20000)])


def test_per_account_day_limit_counts_the_local_day(
    synced: Station, account: str, clock: ManualClock
) -> None:
    bill = _bill(synced)
    with synced.work(Actor.system()) as work:
        set_limits(work.session, per_account_day_fen=25000)
        add_lot(work.session, account, 50000)
    _redeem(synced, account, [BillTender(bill, 20000)])
    error = _refused(synced, lambda work: redeem(work, account, [BillTender(bill, 5001)]))
    assert isinstance(error, OfflineLimitError)
    assert error.limits == ("per_account_day",)
    assert "¥250.00" in str(error) and "¥200.00" in str(error)
    _redeem(synced, account, [BillTender(bill, 5000)])
    # 02:00 UTC is 10:00 in Beijing; 14 h later is the next local day.
    clock.advance(timedelta(hours=14))
    with synced.work(Actor.system()) as work:
        mark_synced(work.session, work.now)
    _redeem(synced, account, [BillTender(bill, 20000)])


def test_station_outstanding_limit_counts_pending_redemptions(
    synced: Station, account: str
) -> None:
    bill = _bill(synced)
    with synced.work(Actor.system()) as work:
        set_limits(work.session, station_outstanding_fen=30000)
        other = add_account(work.session)
        add_lot(work.session, other, 50000)
    _redeem(synced, account, [BillTender(bill, 20000)])
    error = _refused(synced, lambda work: redeem(work, other, [BillTender(bill, 10001)]))
    assert isinstance(error, OfflineLimitError)
    assert error.limits == ("station_outstanding",)
    _redeem(synced, other, [BillTender(bill, 10000)])


def test_offline_age_and_never_synced_cannot_be_overridden(
    synced: Station, account: str, clock: ManualClock
) -> None:
    bill = _bill(synced)
    clock.advance(timedelta(hours=24, minutes=1))
    error = _refused(
        synced,
        lambda work: redeem(work, account, [BillTender(bill, 100)], override=SUPERVISOR),
    )
    assert isinstance(error, OfflineLimitError)
    assert error.limits == ("max_offline_age",)
    assert not error.overridable
    assert "24 h" in str(error)
    with synced.work(Actor.system()) as work:
        state = work.session.get(SyncState, 1)
        assert state is not None
        state.last_success_at = None
    error = _refused(synced, lambda work: redeem(work, account, [BillTender(bill, 100)]))
    assert isinstance(error, OfflineLimitError)
    assert error.limits == ("never_synced",)
    assert "never synced" in str(error)


def test_no_offline_redemption_until_a_recovery_repull_is_done(
    synced: Station, account: str
) -> None:
    bill = _bill(synced)
    with synced.work(Actor.system()) as work:
        state = work.session.get(SyncState, 1)
        assert state is not None
        state.repull_required = True
    error = _refused(
        synced,
        lambda work: redeem(work, account, [BillTender(bill, 100)], override=SUPERVISOR),
    )
    assert isinstance(error, OfflineLimitError)
    assert error.limits == ("repull_required",)
    assert not error.overridable


def test_missing_policy_refuses_offline_but_not_online(synced: Station, account: str) -> None:
    bill = _bill(synced)
    with synced.work(Actor.system()) as work:
        work.session.delete(work.session.get(Policy, "station-policy"))
    error = _refused(synced, lambda work: redeem(work, account, [BillTender(bill, 100)]))
    assert isinstance(error, OfflineLimitError)
    assert error.limits == ("no_policy",)
    result = _redeem(synced, account, [BillTender(bill, 30000)], online=True)
    assert result.offline is False
    with synced.database.reading() as session:
        op = session.execute(select(OutboxOp)).scalar_one()
        assert op.offline is False


def test_limits_can_be_passed_in(synced: Station, account: str) -> None:
    bill = _bill(synced)
    tight = OfflineLimits(100, 100, 100)
    error = _refused(synced, lambda work: redeem(work, account, [BillTender(bill, 101)], tight))
    assert isinstance(error, OfflineLimitError)
    assert set(error.limits) == {"per_transaction", "per_account_day", "station_outstanding"}


def test_supervisor_override_lifts_amount_limits_and_is_audited(
    synced: Station, account: str
) -> None:
    bill = _bill(synced)
    result = _redeem(synced, account, [BillTender(bill, 25000)], override=SUPERVISOR)
    assert result.override_by == SUPERVISOR.staff_id
    with synced.database.reading() as session:
        redemption = session.get(Redemption, result.redemption_id)
        assert redemption is not None and redemption.override_by == SUPERVISOR.staff_id
        entry = session.execute(
            select(AuditEntry).where(AuditEntry.action == "voucher.redeem")
        ).scalar_one()
        assert entry.staff_id == CLERK.staff_id
        assert entry.details["clerk"] == CLERK.name
        assert entry.details["override"] == {
            "supervisor_id": SUPERVISOR.staff_id,
            "supervisor": SUPERVISOR.name,
            "limits": ["per_transaction"],
        }
        op = session.execute(select(OutboxOp)).scalar_one()
        assert op.payload["override_by"] == SUPERVISOR.staff_id


def test_override_unused_is_not_recorded(synced: Station, account: str) -> None:
    bill = _bill(synced)
    result = _redeem(synced, account, [BillTender(bill, 100)], override=SUPERVISOR)
    assert result.override_by is None


def test_a_clerk_cannot_approve_an_override(synced: Station, account: str) -> None:
    bill = _bill(synced)
    with synced.database.reading() as session:
        before = counts(session)
    with pytest.raises(PermissionRefused), synced.work(CLERK) as work:
        redeem(work, account, [BillTender(bill, 25000)], override=OTHER_CLERK)
    with synced.database.reading() as session:
        assert counts(session) == before


def test_receipt_numbers_and_audit_chain_over_many(synced: Station, account: str) -> None:
    bill = _bill(synced)
    receipts = [_redeem(synced, account, [BillTender(bill, 1000)]).receipt_no for _ in range(5)]
    assert len(set(receipts)) == 5
    with synced.database.reading() as session:
        report = audit.verify(session)
        assert report.ok and report.entries == 5
        seqs = [op.seq for op in session.execute(select(OutboxOp).order_by(OutboxOp.seq)).scalars()]
        assert seqs == [1, 2, 3, 4, 5]
