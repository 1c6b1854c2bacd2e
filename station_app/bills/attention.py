"""Bill payments staff must look at after a sync (待处理): what the platform flagged.

The platform never refuses a payment (the cash is taken); when the bill was already paid
online, or more was paid than was due, it keeps the money as a credit for the household
and flags the op. Each flagged (or refused) ``bill.pay`` / ``payment.void`` is one item,
per bill, until staff acknowledge it.

Acknowledging writes the same audit entry as the sync screen's "needs attention" list
(``sync.attention_seen`` about the outbox op), so one "seen" clears it in both places.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from station_app.bills.bill_receipts import household_label
from station_app.bills.errors import BillError
from station_app.db.models import AuditEntry, Bill, Biller, Household, OutboxOp, Payment
from station_app.i18n import QT_TRANSLATE_NOOP, Message
from station_app.work import Work

SEEN_ACTION = "sync.attention_seen"
"""Shared with ``sync.attention`` (the core may not import sync)."""
OP_TYPES = ("bill.pay", "payment.void")
NEEDS_STAFF = ("flagged", "rejected")

REASONS: dict[str, Message] = {
    "bill_already_paid": QT_TRANSLATE_NOOP(
        "Bills",
        "The bill was already paid (online or at another counter). The platform keeps this"
        " money as a credit for the household: tell the resident.",
    ),
    "overpayment": QT_TRANSLATE_NOOP(
        "Bills", "More was paid than the bill still asked; the rest is kept as a credit."
    ),
    "unknown_bill": QT_TRANSLATE_NOOP(
        "Bills", "The platform does not know this bill; the money is kept as a credit."
    ),
    "partial_not_allowed": QT_TRANSLATE_NOOP(
        "Bills", "The biller does not take part payments; the platform will follow it up."
    ),
    "tender_mismatch": QT_TRANSLATE_NOOP(
        "Bills", "Cash and vouchers did not add up to the amount: check the receipt."
    ),
    "duplicate_payment": QT_TRANSLATE_NOOP(
        "Bills", "The platform had this payment already; it was not counted twice."
    ),
    "not_same_shift": QT_TRANSLATE_NOOP(
        "Bills", "The platform refused the void: the payment is from another shift."
    ),
    "already_voided": QT_TRANSLATE_NOOP("Bills", "The payment was already voided."),
    "unknown_payment": QT_TRANSLATE_NOOP(
        "Bills", "The platform does not know the payment this void is for."
    ),
    "void_without_supervisor": QT_TRANSLATE_NOOP(
        "Bills", "The platform found no supervisor's approval for this void."
    ),
    "clock_skew": QT_TRANSLATE_NOOP(
        "Bills", "This computer's clock was wrong when the payment was taken."
    ),
}


@dataclass(frozen=True)
class PaymentAttention:
    seq: int
    """The outbox op it is about (what acknowledging marks seen)."""
    op_type: str
    status: str
    """flagged | rejected"""
    at: datetime
    payment_id: str
    receipt_no: str
    household: str
    bill_id: str | None
    biller_name: str
    account_no: str
    period: str
    amount_fen: int
    reason: str | None
    flags: tuple[str, ...]
    explanation: Message | None
    credit_fen: int = 0
    """What the platform kept as a credit for the household (from its answer)."""


def _seen(session: Session) -> set[str]:
    rows = session.execute(
        select(AuditEntry.entity_id).where(
            AuditEntry.action == SEEN_ACTION, AuditEntry.entity == "outbox"
        )
    ).scalars()
    return {str(entity_id) for entity_id in rows}


def needs_attention(session: Session, *, limit: int = 200) -> list[PaymentAttention]:
    """Flagged or refused payment ops not yet acknowledged, newest answer first."""
    seen = _seen(session)
    ops = session.execute(
        select(OutboxOp)
        .where(OutboxOp.type.in_(OP_TYPES), OutboxOp.status.in_(NEEDS_STAFF))
        .order_by(OutboxOp.seq.desc())
    ).scalars()
    items = []
    for op in ops:
        if str(op.seq) in seen:
            continue
        items.append(_item(session, op))
        if len(items) >= limit:
            break
    items.sort(key=lambda item: item.at, reverse=True)
    return items


def _item(session: Session, op: OutboxOp) -> PaymentAttention:
    payload = op.payload or {}
    answer = op.result or {}
    flags = tuple(str(flag) for flag in answer.get("flags") or ())
    reason = op.reason or (flags[0] if flags else None)
    payment = session.get(Payment, op.entity_id)
    bill_id = payload.get("bill_id")
    bill = session.get(Bill, bill_id) if isinstance(bill_id, str) else None
    biller = session.get(Biller, bill.biller_id) if bill is not None else None
    household = (
        session.get(Household, payment.household_id)
        if payment is not None and payment.household_id
        else None
    )
    body = answer.get("result") or {}
    credit = body.get("credit_fen") if isinstance(body, dict) else None
    amount = payload.get("amount_fen")
    return PaymentAttention(
        seq=op.seq,
        op_type=op.type,
        status=op.status,
        at=op.acked_at or op.created_at,
        payment_id=op.entity_id,
        receipt_no=payment.receipt_no if payment else str(payload.get("receipt_no", "")),
        household=household_label(household),
        bill_id=bill_id if isinstance(bill_id, str) else None,
        biller_name=biller.name if biller else "",
        account_no=bill.account_no if bill else str(payload.get("account_no", "")),
        period=bill.period if bill else str(payload.get("period", "")),
        amount_fen=amount if isinstance(amount, int) else (payment.total_fen if payment else 0),
        reason=reason,
        flags=flags,
        explanation=REASONS.get(reason or ""),
        credit_fen=credit if isinstance(credit, int) else 0,
    )


def acknowledge(work: Work, seq: int) -> None:
    """Staff have seen it and told the resident (audited); it leaves the list."""
    op = work.session.get(OutboxOp, seq)
    if op is None or op.type not in OP_TYPES:
        raise BillError(QT_TRANSLATE_NOOP("Bills", "There is nothing to acknowledge here."))
    work.audit(
        SEEN_ACTION,
        entity="outbox",
        entity_id=str(seq),
        details={
            "kind": f"op_{op.status}",
            "reason": op.reason,
            "about": [op.entity, op.entity_id],
        },
    )
