"""Refund a redemption, in part or in full, back to the lots it was spent from. Never to cash.

The last lot spent gets its money back first. A lot that has expired since gets nothing:
the amount goes to a new local lot (``source="local_refund"``, effective now, no expiry)
so the resident does not lose it; the platform's own lot replaces it at the next pull.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from station_app import permissions
from station_app.db.models import Redemption, VoucherLedgerEntry, VoucherLot, VoucherRefund
from station_app.i18n import QT_TRANSLATE_NOOP
from station_app.ids import new_id
from station_app.vouchers.allocation import Allocation, refund_allocation
from station_app.vouchers.errors import RefundError
from station_app.work import Actor, Work

REASON_MAX = 200
LOCAL_REFUND = "local_refund"


@dataclass(frozen=True)
class RefundResult:
    refund_id: str
    redemption_id: str
    amount_fen: int
    allocations: tuple[Allocation, ...]
    """Per original lot, last spent first."""
    new_lot_ids: tuple[str, ...]
    """Local lots made because the original lot had expired."""


def get_redemption(session: Session, redemption_id: str) -> Redemption:
    redemption = session.get(Redemption, redemption_id)
    if redemption is None:
        raise RefundError(
            QT_TRANSLATE_NOOP("Vouchers", "No redemption {id} at this station."), id=redemption_id
        )
    return redemption


def refunded_fen(session: Session, redemption_id: str) -> int:
    """What refunds have given back so far (a refund the platform rejected gave nothing)."""
    return int(
        session.execute(
            select(func.coalesce(func.sum(VoucherRefund.amount_fen), 0)).where(
                VoucherRefund.redemption_id == redemption_id,
                VoucherRefund.status != "rejected",
            )
        ).scalar_one()
    )


def mark_if_refunded(session: Session, redemption: Redemption) -> None:
    """An answered redemption whose whole amount went back is ``refunded``."""
    if redemption.status in ("applied", "flagged") and (
        refunded_fen(session, redemption.id) >= redemption.total_fen
    ):
        redemption.status = "refunded"


def spent_allocations(session: Session, redemption_id: str) -> tuple[Allocation, ...]:
    """The redemption's spends per lot, in the order they were taken."""
    entries = session.execute(
        select(VoucherLedgerEntry)
        .where(
            VoucherLedgerEntry.redemption_id == redemption_id, VoucherLedgerEntry.kind == "spend"
        )
        .order_by(VoucherLedgerEntry.id)
    ).scalars()
    return tuple(Allocation(entry.lot_id, -entry.amount_fen) for entry in entries)


def _refunded_per_lot(session: Session, redemption_id: str, spent_lots: set[str]) -> dict[str, int]:
    """Given back so far per lot spent from (a local refund lot counts for its origin)."""
    rows = session.execute(
        select(VoucherLedgerEntry.amount_fen, VoucherLot.id, VoucherLot.origin_lot_id)
        .join(VoucherLot, VoucherLot.id == VoucherLedgerEntry.lot_id)
        .join(VoucherRefund, VoucherRefund.id == VoucherLedgerEntry.refund_id)
        .where(
            VoucherLedgerEntry.redemption_id == redemption_id,
            VoucherLedgerEntry.kind == "refund",
            VoucherRefund.status != "rejected",
        )
    )
    per_lot: dict[str, int] = defaultdict(int)
    for amount, lot_id, origin in rows:
        per_lot[lot_id if lot_id in spent_lots or origin is None else origin] += amount
    return dict(per_lot)


def refund(
    work: Work,
    redemption_id: str,
    amount_fen: int,
    reason: str,
    supervisor: Actor | None,
) -> RefundResult:
    """Give ``amount_fen`` of a redemption back to its lots; a supervisor approves it.

    ``supervisor`` may be None only when the person at the counter may refund on their own.
    """
    session = work.session
    redemption = get_redemption(session, redemption_id)
    permissions.require(work.actor, "refund", override=supervisor)
    reason = reason.strip()
    if not reason or len(reason) > REASON_MAX:
        raise RefundError(
            QT_TRANSLATE_NOOP(
                "Vouchers", "Give a reason for the refund (up to {most} characters)."
            ),
            most=REASON_MAX,
        )
    if redemption.status == "rejected":
        raise RefundError(
            QT_TRANSLATE_NOOP(
                "Vouchers", "The platform rejected this redemption: nothing was spent to refund."
            )
        )
    spent = spent_allocations(session, redemption_id)
    allocations = refund_allocation(
        spent,
        _refunded_per_lot(session, redemption_id, {item.lot_id for item in spent}),
        amount_fen,
    )
    approver = supervisor or work.actor
    voucher_refund = VoucherRefund(
        id=new_id(),
        redemption_id=redemption_id,
        amount_fen=amount_fen,
        reason=reason,
        staff_id=work.actor.staff_id,
        supervisor_id=approver.staff_id,
        status="pending",
        created_at=work.now,
    )
    session.add(voucher_refund)
    session.flush()
    new_lots: list[str] = []
    for allocation in allocations:
        lot = session.get(VoucherLot, allocation.lot_id)
        assert lot is not None, "a ledger entry's lot is gone"
        target = lot.id
        if lot.expires_at is not None and lot.expires_at <= work.now:
            target = new_id()
            session.add(
                VoucherLot(
                    id=target,
                    account_id=redemption.account_id,
                    amount_fen=allocation.amount_fen,
                    remaining_fen=0,  # the platform has not seen it; the ledger entry holds it
                    effective_at=work.now,
                    expires_at=None,
                    priority=lot.priority,
                    source=LOCAL_REFUND,
                    origin_lot_id=lot.id,
                )
            )
            new_lots.append(target)
            session.flush()
        session.add(
            VoucherLedgerEntry(
                id=new_id(),
                account_id=redemption.account_id,
                lot_id=target,
                redemption_id=redemption_id,
                refund_id=voucher_refund.id,
                kind="refund",
                amount_fen=allocation.amount_fen,
                at=work.now,
                settled=False,
            )
        )
    session.flush()
    mark_if_refunded(session, redemption)
    work.record(
        "voucher.refund",
        entity="voucher_refund",
        entity_id=voucher_refund.id,
        op_type="voucher.refund",
        payload={
            "refund_id": voucher_refund.id,
            "redemption_id": redemption_id,
            "account_id": redemption.account_id,
            "amount_fen": amount_fen,
            "reason": reason,
            "supervisor_id": approver.staff_id,
            "allocations": [allocation.as_payload() for allocation in allocations],
        },
        details={
            "redemption_id": redemption_id,
            "receipt_no": redemption.receipt_no,
            "amount_fen": amount_fen,
            "reason": reason,
            "clerk": work.actor.name,
            "supervisor_id": approver.staff_id,
            "supervisor": approver.name,
            "new_lots": new_lots,
        },
        also_about=(
            ("redemption", redemption_id),
            ("voucher_account", redemption.account_id),
            *(("voucher_lot", allocation.lot_id) for allocation in allocations),
        ),
    )
    return RefundResult(
        refund_id=voucher_refund.id,
        redemption_id=redemption_id,
        amount_fen=amount_fen,
        allocations=allocations,
        new_lot_ids=tuple(new_lots),
    )
