"""What staff must look at after a sync: "needs attention" (待处理).

- Ops the platform ``flagged`` (applied, but something is off: an overspend recouped, a
  bill already paid, a duplicate parcel merged, a clock skew …) or ``rejected`` (refused:
  a parcel another terminal had already handed over …). A ``duplicate`` whose first answer
  was flagged or rejected is stored with that status, so it shows here too.
- Parcels still in station whose pickup code changed because of a clash (the replica's
  ``code_changed`` events): the label on the shelf must be changed.

Seen items are acknowledged with an audit entry (``sync.attention_seen``), so the list
shrinks without any row being rewritten.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from station_app.db.models import (
    AuditEntry,
    OutboxOp,
    Parcel,
    ParcelEvent,
    Payment,
    Redemption,
)
from station_app.i18n import QT_TRANSLATE_NOOP, Message
from station_app.money import format_fen
from station_app.replica import CODE_CHANGED
from station_app.work import Work

SEEN_ACTION = "sync.attention_seen"
ATTENTION_STATUSES = ("flagged", "rejected")

REASONS: dict[str, Message] = {
    "already_picked_up": QT_TRANSLATE_NOOP(
        "Attention", "Another terminal had already handed this parcel over."
    ),
    "already_returned": QT_TRANSLATE_NOOP(
        "Attention", "Another terminal had already returned this parcel to the courier."
    ),
    "duplicate_parcel": QT_TRANSLATE_NOOP(
        "Attention", "The waybill was checked in twice; the platform merged the two."
    ),
    "pickup_code_clash": QT_TRANSLATE_NOOP(
        "Attention", "Another parcel in station has the same pickup code."
    ),
    "overspend": QT_TRANSLATE_NOOP(
        "Attention",
        "The voucher account could not cover this offline redemption; the platform recoups"
        " the difference from later vouchers.",
    ),
    "bill_already_paid": QT_TRANSLATE_NOOP(
        "Attention", "The bill was already paid; the money is kept as a credit."
    ),
    "overpayment": QT_TRANSLATE_NOOP(
        "Attention", "More was paid than the bill asked; the rest is kept as a credit."
    ),
    "clock_skew": QT_TRANSLATE_NOOP(
        "Attention", "This computer's clock was wrong when the operation was made."
    ),
    "cash_variance": QT_TRANSLATE_NOOP(
        "Attention", "The counted cash differs from the expected cash."
    ),
    "account_frozen": QT_TRANSLATE_NOOP(
        "Attention", "The voucher account was frozen by the platform."
    ),
    "unknown_op_type": QT_TRANSLATE_NOOP(
        "Attention", "The platform does not know this kind of operation."
    ),
    "code_changed": QT_TRANSLATE_NOOP(
        "Attention", "Pickup code changed from {old} to {new}: relabel the parcel."
    ),
}


@dataclass(frozen=True)
class AttentionItem:
    kind: str
    """op_flagged | op_rejected | parcel_code_changed"""
    at: datetime
    title: Message
    """What it is about (the parcel, the payment …), for staff."""
    reason: str | None
    """The platform's reason slug (``overspend`` …), or ``code_changed``."""
    explanation: Message | None
    entity: str
    entity_id: str
    op_type: str | None = None
    seq: int | None = None
    flags: tuple[str, ...] = ()
    details: dict[str, Any] = field(default_factory=dict)

    @property
    def seen_key(self) -> tuple[str, str]:
        """(entity, id) of the audit entry that acknowledges it."""
        if self.seq is not None:
            return ("outbox", str(self.seq))
        return ("parcel_event", str(self.details.get("event_id")))


def _seen(session: Session) -> set[tuple[str, str]]:
    rows = session.execute(
        select(AuditEntry.entity, AuditEntry.entity_id).where(AuditEntry.action == SEEN_ACTION)
    )
    return {(str(entity), str(entity_id)) for entity, entity_id in rows}


def _title(session: Session, op: OutboxOp) -> Message:
    payload = op.payload or {}
    if op.entity == "parcel":
        parcel = session.get(Parcel, op.entity_id)
        waybill = parcel.waybill_no if parcel else payload.get("waybill_no", op.entity_id)
        code = parcel.pickup_code if parcel else payload.get("pickup_code", "")
        return QT_TRANSLATE_NOOP("Attention", "Parcel {waybill} (code {code})").with_params(
            waybill=waybill, code=code
        )
    if op.entity == "payment":
        payment = session.get(Payment, op.entity_id)
        return QT_TRANSLATE_NOOP("Attention", "Payment {receipt} ({amount})").with_params(
            receipt=payment.receipt_no if payment else payload.get("receipt_no", op.entity_id),
            amount=format_fen(payment.total_fen if payment else payload.get("amount_fen", 0)),
        )
    if op.entity == "redemption":
        redemption = session.get(Redemption, op.entity_id)
        return QT_TRANSLATE_NOOP(
            "Attention", "Voucher redemption {receipt} ({amount})"
        ).with_params(
            receipt=redemption.receipt_no if redemption else payload.get("receipt_no", ""),
            amount=format_fen(redemption.total_fen if redemption else payload.get("total_fen", 0)),
        )
    return QT_TRANSLATE_NOOP("Attention", "{what} no. {seq}").with_params(what=op.type, seq=op.seq)


def _op_items(session: Session, seen: set[tuple[str, str]], limit: int) -> list[AttentionItem]:
    ops = session.execute(
        select(OutboxOp)
        .where(OutboxOp.status.in_(ATTENTION_STATUSES))
        .order_by(OutboxOp.seq.desc())
        .limit(limit + len(seen))
    ).scalars()
    items = []
    for op in ops:
        if ("outbox", str(op.seq)) in seen:
            continue
        answer = op.result or {}
        flags = tuple(str(flag) for flag in answer.get("flags") or ())
        reason = op.reason or (flags[0] if flags else None)
        items.append(
            AttentionItem(
                kind=f"op_{op.status}",
                at=op.acked_at or op.created_at,
                title=_title(session, op),
                reason=reason,
                explanation=REASONS.get(reason or ""),
                entity=op.entity,
                entity_id=op.entity_id,
                op_type=op.type,
                seq=op.seq,
                flags=flags,
                details={"result": answer.get("result")},
            )
        )
    return items[:limit]


def _code_items(session: Session, seen: set[tuple[str, str]]) -> list[AttentionItem]:
    rows = session.execute(
        select(ParcelEvent, Parcel)
        .join(Parcel, Parcel.id == ParcelEvent.parcel_id)
        .where(ParcelEvent.kind == CODE_CHANGED, Parcel.status == "in_station")
        .order_by(ParcelEvent.at.desc())
    ).all()
    items = []
    for event, parcel in rows:
        if ("parcel_event", event.id) in seen or event.details.get("to") != parcel.pickup_code:
            continue  # seen, or moved again since (the newest event says where it is)
        items.append(
            AttentionItem(
                kind="parcel_code_changed",
                at=event.at,
                title=QT_TRANSLATE_NOOP("Attention", "Parcel {waybill} (code {code})").with_params(
                    waybill=parcel.waybill_no, code=parcel.pickup_code
                ),
                reason=CODE_CHANGED,
                explanation=REASONS[CODE_CHANGED].with_params(
                    old=event.details.get("from", ""), new=event.details.get("to", "")
                ),
                entity="parcel",
                entity_id=parcel.id,
                details={"event_id": event.id, **event.details},
            )
        )
    return items


def needs_attention(session: Session, *, limit: int = 200) -> list[AttentionItem]:
    """Flagged and rejected ops and relabelled parcels not yet acknowledged, newest first."""
    seen = _seen(session)
    items = _op_items(session, seen, limit) + _code_items(session, seen)
    items.sort(key=lambda item: item.at, reverse=True)
    return items[:limit]


def attention_count(session: Session) -> int:
    return len(needs_attention(session, limit=10_000))


def acknowledge(work: Work, item: AttentionItem) -> None:
    """Staff have seen it (audited); it leaves the list."""
    entity, entity_id = item.seen_key
    work.audit(
        SEEN_ACTION,
        entity=entity,
        entity_id=entity_id,
        details={"kind": item.kind, "reason": item.reason, "about": [item.entity, item.entity_id]},
    )
