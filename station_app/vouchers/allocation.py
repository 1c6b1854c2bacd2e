"""Which lots pay for a redemption, and which lots a refund goes back to. Pure functions.

Spend order (DESIGN.md §5): **lower priority number first**, then the earliest expiry (a
lot that never expires goes last), then the oldest ``effective_at``; the lot id breaks
the remaining ties so the order is total and repeatable. Only lots that are effective and
unexpired at trusted time are spent.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

from station_app.i18n import QT_TRANSLATE_NOOP
from station_app.money import format_fen
from station_app.vouchers.errors import AmountError, InsufficientBalanceError, RefundError

_NEVER = datetime.max.replace(tzinfo=UTC)


@dataclass(frozen=True)
class SpendableLot:
    """A lot as allocation sees it: what can be spent from it now, and its order fields."""

    lot_id: str
    available_fen: int
    effective_at: datetime
    expires_at: datetime | None
    priority: int


@dataclass(frozen=True)
class Allocation:
    lot_id: str
    amount_fen: int

    def as_payload(self) -> dict[str, object]:
        return {"lot_id": self.lot_id, "amount_fen": self.amount_fen}


def is_spendable(lot: SpendableLot, now: datetime) -> bool:
    """Effective (``effective_at <= now``) and not yet expired (``expires_at > now``)."""
    return lot.effective_at <= now and (lot.expires_at is None or lot.expires_at > now)


def spend_order_key(lot: SpendableLot) -> tuple[int, datetime, datetime, str]:
    return (lot.priority, lot.expires_at or _NEVER, lot.effective_at, lot.lot_id)


def spend_order(lots: Iterable[SpendableLot], now: datetime) -> list[SpendableLot]:
    """The lots that can pay now, in the order they pay."""
    usable = [lot for lot in lots if lot.available_fen > 0 and is_spendable(lot, now)]
    return sorted(usable, key=spend_order_key)


def allocate(
    lots: Iterable[SpendableLot], amount_fen: int, now: datetime
) -> tuple[Allocation, ...]:
    """Take ``amount_fen`` from the lots in spend order: one allocation per lot touched."""
    if amount_fen <= 0:
        raise AmountError(QT_TRANSLATE_NOOP("Vouchers", "The amount must be more than zero."))
    ordered = spend_order(lots, now)
    available = sum(lot.available_fen for lot in ordered)
    if available < amount_fen:
        raise InsufficientBalanceError(
            QT_TRANSLATE_NOOP(
                "Vouchers", "Not enough voucher balance: {available} available, {amount} needed."
            ),
            available_fen=available,
            available=format_fen(available),
            amount=format_fen(amount_fen),
        )
    allocations: list[Allocation] = []
    left = amount_fen
    for lot in ordered:
        if left == 0:
            break
        take = min(left, lot.available_fen)
        allocations.append(Allocation(lot.lot_id, take))
        left -= take
    return tuple(allocations)


def refund_allocation(
    spent: Sequence[Allocation], refunded: Mapping[str, int], amount_fen: int
) -> tuple[Allocation, ...]:
    """Give ``amount_fen`` back to the lots of ``spent`` (in spend order), last spent first.

    ``refunded`` holds what earlier refunds already gave back to each lot; no lot gets back
    more than was taken from it.
    """
    if amount_fen <= 0:
        raise AmountError(QT_TRANSLATE_NOOP("Vouchers", "The amount must be more than zero."))
    open_per_lot = [(item.lot_id, item.amount_fen - refunded.get(item.lot_id, 0)) for item in spent]
    refundable = sum(max(0, still) for _, still in open_per_lot)
    if amount_fen > refundable:
        raise RefundError(
            QT_TRANSLATE_NOOP(
                "Vouchers", "At most {refundable} of this redemption can be refunded."
            ),
            refundable=format_fen(refundable),
        )
    allocations: list[Allocation] = []
    left = amount_fen
    for lot_id, still in reversed(open_per_lot):
        if left == 0:
            break
        give = min(left, still)
        if give > 0:
            allocations.append(Allocation(lot_id, give))
            left -= give
    return tuple(allocations)
