"""What an account can spend now: lots as of the last sync plus the local unsettled ledger."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from station_app.db.models import VoucherAccount, VoucherLedgerEntry, VoucherLot
from station_app.i18n import QT_TRANSLATE_NOOP
from station_app.vouchers.allocation import SpendableLot, is_spendable, spend_order_key
from station_app.vouchers.errors import UnknownAccountError


@dataclass(frozen=True)
class LotBalance:
    lot_id: str
    available_fen: int
    amount_fen: int
    effective_at: datetime
    expires_at: datetime | None
    priority: int
    source: str

    def spendable(self) -> SpendableLot:
        return SpendableLot(
            self.lot_id, self.available_fen, self.effective_at, self.expires_at, self.priority
        )


@dataclass(frozen=True)
class Expiry:
    """The next lots to expire: for the receipt line 本月到期 ¥X (date)."""

    amount_fen: int
    expires_at: datetime


@dataclass(frozen=True)
class Balance:
    account_id: str
    holder_name: str
    frozen: bool
    lots: tuple[LotBalance, ...]
    """Spendable now, in spend order; lots with nothing left are left out."""
    total_fen: int
    upcoming: tuple[LotBalance, ...]
    """Not yet effective, soonest first."""
    upcoming_fen: int
    soonest_expiry: Expiry | None


def get_account(session: Session, account_id: str) -> VoucherAccount:
    account = session.get(VoucherAccount, account_id)
    if account is None:
        raise UnknownAccountError(
            QT_TRANSLATE_NOOP("Vouchers", "No voucher account {account} at this station."),
            account=account_id,
        )
    return account


def lot_balances(session: Session, account_id: str) -> list[LotBalance]:
    """Every lot of the account with what is left in it after local unsettled entries."""
    unsettled: dict[str, int] = {
        lot_id: int(total)
        for lot_id, total in session.execute(
            select(VoucherLedgerEntry.lot_id, func.sum(VoucherLedgerEntry.amount_fen))
            .where(
                VoucherLedgerEntry.account_id == account_id,
                VoucherLedgerEntry.settled.is_(False),
            )
            .group_by(VoucherLedgerEntry.lot_id)
        )
    }
    lots = session.execute(
        select(VoucherLot).where(VoucherLot.account_id == account_id).order_by(VoucherLot.id)
    ).scalars()
    return [
        LotBalance(
            lot_id=lot.id,
            # Never below zero: a lot the platform drained cannot pay, whatever is queued.
            available_fen=max(0, lot.remaining_fen + unsettled.get(lot.id, 0)),
            amount_fen=lot.amount_fen,
            effective_at=lot.effective_at,
            expires_at=lot.expires_at,
            priority=lot.priority,
            source=lot.source,
        )
        for lot in lots
    ]


def balance(session: Session, account_id: str, now: datetime) -> Balance:
    """The account at trusted time ``now``: per lot, total, upcoming credits, next expiry."""
    account = get_account(session, account_id)
    lots = [lot for lot in lot_balances(session, account_id) if lot.available_fen > 0]
    spendable = sorted(
        (lot for lot in lots if is_spendable(lot.spendable(), now)),
        key=lambda lot: spend_order_key(lot.spendable()),
    )
    upcoming = sorted(
        (lot for lot in lots if lot.effective_at > now), key=lambda lot: lot.effective_at
    )
    expiring = [lot for lot in spendable if lot.expires_at is not None]
    soonest = None
    if expiring:
        first = min(lot.expires_at for lot in expiring if lot.expires_at is not None)
        soonest = Expiry(
            sum(lot.available_fen for lot in expiring if lot.expires_at == first), first
        )
    return Balance(
        account_id=account.id,
        holder_name=account.holder_name,
        frozen=account.status == "frozen",
        lots=tuple(spendable),
        total_fen=sum(lot.available_fen for lot in spendable),
        upcoming=tuple(upcoming),
        upcoming_fen=sum(lot.available_fen for lot in upcoming),
        soonest_expiry=soonest,
    )
