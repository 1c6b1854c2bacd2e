"""The platform's answer to a ``voucher.redeem`` or ``voucher.refund`` op, applied locally.

The sync engine calls these in the transaction that stores the push results, before the
pull: the lots still hold the old ``remaining_fen`` then (a pull leaves rows with unsent
ops alone), so an applied op is folded into them here and its ledger entries settled; the
next pull brings the platform's exact figures. A rejected op spent nothing: its unsettled
entries are undone by ``reversal`` entries. Each answer applies once; a repeat is ignored.

A ``local_refund`` lot stands in for value the platform has not seen yet. Once the platform
answers any op that touches it, the lot stops counting: the platform now holds that value
in a lot of its own, which the next pull brings. Until then the balance may read low, never
high.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select, update

from station_app.db.models import VoucherLedgerEntry, VoucherLot, VoucherRefund
from station_app.i18n import QT_TRANSLATE_NOOP
from station_app.ids import new_id
from station_app.vouchers.allocation import Allocation
from station_app.vouchers.errors import VoucherError
from station_app.vouchers.refunds import LOCAL_REFUND, get_redemption, mark_if_refunded
from station_app.work import Work

STATUSES = ("applied", "duplicate", "flagged", "rejected")


@dataclass(frozen=True)
class PlatformAnswer:
    status: str
    """applied | duplicate (applied earlier) | flagged (applied, for staff) | rejected"""
    reason: str | None = None
    allocations: tuple[Allocation, ...] | None = None
    """The platform's own allocation of a redemption, when it re-allocated."""

    def __post_init__(self) -> None:
        assert self.status in STATUSES, f"unknown platform answer {self.status}"

    @property
    def outcome(self) -> str:
        return "applied" if self.status == "duplicate" else self.status

    @classmethod
    def from_push_result(cls, result: Mapping[str, Any]) -> PlatformAnswer:
        """From one entry of a push response's ``results``."""
        body = result.get("result") if isinstance(result.get("result"), dict) else {}
        assert isinstance(body, dict)
        allocations = None
        raw = body.get("allocations")
        if isinstance(raw, list):
            allocations = tuple(
                Allocation(str(item["lot_id"]), int(item["amount_fen"]))
                for item in raw
                if isinstance(item, dict) and "lot_id" in item and "amount_fen" in item
            )
        reason = result.get("reason") or body.get("reason")
        return cls(str(result.get("status")), str(reason) if reason else None, allocations)


def _reverse(work: Work, entries: Iterable[VoucherLedgerEntry]) -> None:
    for entry in entries:
        if entry.settled:
            continue
        work.session.add(
            VoucherLedgerEntry(
                id=new_id(),
                account_id=entry.account_id,
                lot_id=entry.lot_id,
                redemption_id=entry.redemption_id,
                refund_id=entry.refund_id,
                kind="reversal",
                amount_fen=-entry.amount_fen,
                at=work.now,
                settled=True,
            )
        )
        # The pair nets to nothing and the platform's balance holds neither.
        entry.settled = True


def _retire_local_lots(work: Work, lot_ids: Iterable[str]) -> None:
    for lot_id in set(lot_ids):
        lot = work.session.get(VoucherLot, lot_id)
        if lot is not None and lot.source == LOCAL_REFUND:
            work.session.execute(
                update(VoucherLedgerEntry)
                .where(VoucherLedgerEntry.lot_id == lot_id, VoucherLedgerEntry.settled.is_(False))
                .values(settled=True)
            )


def _fold(work: Work, lot_id: str, delta_fen: int) -> None:
    """Carry an applied change into the lot's platform figure until the pull confirms it."""
    lot = work.session.get(VoucherLot, lot_id)
    if lot is None or lot.source == LOCAL_REFUND:
        return  # the platform's lot for this value arrives with the next pull
    lot.remaining_fen = max(0, lot.remaining_fen + delta_fen)


def settle_redemption(work: Work, redemption_id: str, answer: PlatformAnswer) -> str:
    """Apply the platform's answer to a pending redemption; returns its status after."""
    session = work.session
    redemption = get_redemption(session, redemption_id)
    if redemption.status != "pending":
        return redemption.status
    entries = list(
        session.execute(
            select(VoucherLedgerEntry)
            .where(VoucherLedgerEntry.redemption_id == redemption_id)
            .order_by(VoucherLedgerEntry.id)
        ).scalars()
    )
    if answer.outcome == "rejected":
        # Refunds of a rejected redemption have nothing to give back either.
        _reverse(work, entries)
        for pending_refund in session.execute(
            select(VoucherRefund).where(
                VoucherRefund.redemption_id == redemption_id, VoucherRefund.status == "pending"
            )
        ).scalars():
            pending_refund.status = "rejected"
        redemption.status = "rejected"
    else:
        spends = [entry for entry in entries if entry.kind == "spend" and not entry.settled]
        taken = answer.allocations
        if taken is None:
            taken = tuple(Allocation(entry.lot_id, -entry.amount_fen) for entry in spends)
        for allocation in taken:
            _fold(work, allocation.lot_id, -allocation.amount_fen)
        for entry in spends:
            entry.settled = True
        redemption.status = answer.outcome
        mark_if_refunded(session, redemption)
    redemption.reason = answer.reason[:200] if answer.reason else None
    session.flush()
    _retire_local_lots(work, (entry.lot_id for entry in entries))
    work.record(
        "voucher.redeem_settled",
        entity="redemption",
        entity_id=redemption_id,
        details={
            "answer": answer.status,
            "status": redemption.status,
            "reason": redemption.reason,
        },
    )
    return redemption.status


def settle_refund(work: Work, refund_id: str, answer: PlatformAnswer) -> str:
    """Apply the platform's answer to a pending refund; returns its status after."""
    session = work.session
    voucher_refund = session.get(VoucherRefund, refund_id)
    if voucher_refund is None:
        raise VoucherError(
            QT_TRANSLATE_NOOP("Vouchers", "No voucher refund {id} at this station."), id=refund_id
        )
    if voucher_refund.status != "pending":
        return voucher_refund.status
    entries = list(
        session.execute(
            select(VoucherLedgerEntry).where(VoucherLedgerEntry.refund_id == refund_id)
        ).scalars()
    )
    if answer.outcome == "rejected":
        _reverse(work, entries)
        voucher_refund.status = "rejected"
    else:
        for entry in entries:
            if entry.kind == "refund" and not entry.settled:
                _fold(work, entry.lot_id, entry.amount_fen)
                entry.settled = True
        voucher_refund.status = answer.outcome
        mark_if_refunded(session, get_redemption(session, voucher_refund.redemption_id))
    session.flush()
    _retire_local_lots(work, (entry.lot_id for entry in entries))
    work.record(
        "voucher.refund_settled",
        entity="voucher_refund",
        entity_id=refund_id,
        details={"answer": answer.status, "status": voucher_refund.status, "reason": answer.reason},
    )
    return voucher_refund.status
