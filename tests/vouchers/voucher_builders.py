"""Rows the platform would have pulled, written straight into a test station."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from station_app.db.models import (
    AuditEntry,
    Bill,
    Biller,
    CatalogItem,
    Household,
    OutboxOp,
    Policy,
    SyncState,
    VoucherAccount,
    VoucherLedgerEntry,
    VoucherLot,
)
from station_app.ids import new_id
from station_app.vouchers import SpendableLot
from station_app.work import Actor

CLERK = Actor("staff-clerk", "李娜", "clerk")
OTHER_CLERK = Actor("staff-clerk-2", "阿依古丽", "clerk")
SUPERVISOR = Actor("staff-super", "张伟", "supervisor")
START = datetime(2026, 11, 26, 2, 0, tzinfo=UTC)
"""Where the shared ``ManualClock`` starts (10:00 in Beijing)."""


def add_household(session: Session, household_id: str = "hh-1") -> str:
    session.add(Household(id=household_id, building="3", unit="2", room="401"))
    session.flush()
    return household_id


def add_account(
    session: Session,
    account_id: str | None = None,
    *,
    status: str = "active",
    household_id: str | None = None,
    holder: str = "王芳",
) -> str:
    account_id = account_id or new_id()
    session.add(
        VoucherAccount(id=account_id, household_id=household_id, holder_name=holder, status=status)
    )
    session.flush()
    return account_id


def add_lot(
    session: Session,
    account_id: str,
    amount_fen: int,
    *,
    lot_id: str | None = None,
    remaining_fen: int | None = None,
    effective_at: datetime = START - timedelta(days=30),
    expires_at: datetime | None = None,
    priority: int = 0,
) -> str:
    lot_id = lot_id or new_id()
    session.add(
        VoucherLot(
            id=lot_id,
            account_id=account_id,
            amount_fen=amount_fen,
            remaining_fen=amount_fen if remaining_fen is None else remaining_fen,
            effective_at=effective_at,
            expires_at=expires_at,
            priority=priority,
        )
    )
    session.flush()
    return lot_id


def set_limits(
    session: Session,
    *,
    per_transaction_fen: int = 20000,
    per_account_day_fen: int = 50000,
    station_outstanding_fen: int = 500000,
    max_offline_age_hours: int | None = 24,
) -> None:
    limits: dict[str, int] = {
        "per_transaction_fen": per_transaction_fen,
        "per_account_day_fen": per_account_day_fen,
        "station_outstanding_fen": station_outstanding_fen,
    }
    if max_offline_age_hours is not None:
        limits["max_offline_age_hours"] = max_offline_age_hours
    policy = session.get(Policy, "station-policy")
    if policy is None:
        session.add(Policy(id="station-policy", data={"offline_limits": limits}, version=1))
    else:
        policy.data = {"offline_limits": limits}
    session.flush()


def mark_synced(session: Session, at: datetime) -> None:
    state = session.get(SyncState, 1)
    assert state is not None
    state.last_success_at = at


def add_catalog_item(
    session: Session, name: str, price_fen: int, *, barcode: str | None = None, active: bool = True
) -> str:
    item_id = new_id()
    session.add(
        CatalogItem(
            id=item_id, barcode=barcode, name=name, kind="goods", price_fen=price_fen, active=active
        )
    )
    session.flush()
    return item_id


def add_bill(session: Session, *, allow_vouchers: bool = True, household_id: str = "hh-1") -> str:
    if session.get(Household, household_id) is None:
        add_household(session, household_id)
    biller_id = new_id()
    session.add(
        Biller(
            id=biller_id,
            name="自来水公司" if allow_vouchers else "燃气公司",
            kind="water" if allow_vouchers else "gas",
            allow_partial=True,
            allow_offline=True,
            allow_vouchers=allow_vouchers,
        )
    )
    session.flush()  # no relationship() tells the unit of work the order
    bill_id = new_id()
    session.add(
        Bill(
            id=bill_id,
            household_id=household_id,
            biller_id=biller_id,
            account_no="W-1001",
            period="2026-10",
            amount_due_fen=1_000_000,
            status="unpaid",
        )
    )
    session.flush()
    return bill_id


def counts(session: Session) -> tuple[int, int, int]:
    """Outbox ops, audit entries, ledger entries: a refusal leaves all three alone."""
    return (
        session.execute(select(func.count()).select_from(OutboxOp)).scalar_one(),
        session.execute(select(func.count()).select_from(AuditEntry)).scalar_one(),
        session.execute(select(func.count()).select_from(VoucherLedgerEntry)).scalar_one(),
    )


def raw_available(session: Session, lot_id: str) -> int:
    """remaining_fen plus unsettled entries, without the clamp the balance applies."""
    lot = session.get(VoucherLot, lot_id)
    assert lot is not None
    unsettled = session.execute(
        select(func.coalesce(func.sum(VoucherLedgerEntry.amount_fen), 0)).where(
            VoucherLedgerEntry.lot_id == lot_id, VoucherLedgerEntry.settled.is_(False)
        )
    ).scalar_one()
    return lot.remaining_fen + int(unsettled)


def spendable_at(effective_at: datetime, expires_at: datetime | None, now: datetime) -> bool:
    """DESIGN.md §5, written out again: in effect, and not yet expired."""
    return not effective_at > now and (expires_at is None or now < expires_at)


def design_order(lots: list[SpendableLot], now: datetime) -> list[str]:
    """The spend order by the design's words, as stable sorts from the last rule to the first:
    priority (lower first), then earliest expiry (never expiring last), then oldest."""
    usable = [
        lot
        for lot in lots
        if lot.available_fen > 0 and spendable_at(lot.effective_at, lot.expires_at, now)
    ]
    usable.sort(key=lambda lot: lot.lot_id)
    usable.sort(key=lambda lot: lot.effective_at)
    dated = [lot for lot in usable if lot.expires_at is not None]
    undated = [lot for lot in usable if lot.expires_at is None]
    dated.sort(key=lambda lot: lot.expires_at or now)
    by_expiry = dated + undated
    by_expiry.sort(key=lambda lot: lot.priority)
    return [lot.lot_id for lot in by_expiry]
