"""The outbox: every op for the platform, written with the business rows it describes.

``seq`` is gapless per terminal (a counter advanced in the same transaction) and ``op_id``
unique; the sync engine drains it in ``seq`` order and never renumbers.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from station_app.counters import next_value
from station_app.db.models import OutboxOp, OutboxRef
from station_app.db.prepared import Prepared
from station_app.ids import new_id

PENDING = "pending"
OP_TYPES = frozenset(
    {
        "shift.open",
        "shift.close",
        "parcel.check_in",
        "parcel.pick_up",
        "parcel.return",
        "bill.pay",
        "payment.void",
        "voucher.redeem",
        "voucher.refund",
        "audit.append",
        "parcel.remind",
        "parcel.undo_pick_up",
        "staff.upsert",
        "cash.movement",
    }
)
_INSERT_OP = Prepared.insert(
    OutboxOp,
    (
        "seq",
        "op_id",
        "type",
        "payload",
        "entity",
        "entity_id",
        "epoch",
        "created_at",
        "device_time",
        "trusted_time",
        "staff_id",
        "shift_id",
        "offline",
        "status",
        "attempts",
    ),
)
_INSERT_REFS = Prepared.insert(OutboxRef, ("seq", "entity", "entity_id"))


@dataclass(frozen=True)
class QueuedOp:
    """The op just queued (the row itself is written with a prepared INSERT)."""

    seq: int
    op_id: str
    type: str


def enqueue(
    session: Session,
    *,
    type: str,
    payload: dict[str, Any],
    entity: str,
    entity_id: str,
    device_time: datetime,
    trusted_time: datetime,
    epoch: int,
    staff_id: str | None = None,
    shift_id: str | None = None,
    offline: bool = True,
    also_about: tuple[tuple[str, str], ...] = (),
) -> QueuedOp:
    assert type in OP_TYPES, f"unknown op type {type}"
    seq = next_value(session, "outbox")
    op_id = new_id()
    # Prepared INSERTs, not the ORM's flush (which costs several times the statements): an
    # op is append-only, and a query later in the unit of work still sees it.
    _INSERT_OP.run(
        session,
        {
            "seq": seq,
            "op_id": op_id,
            "type": type,
            "payload": payload,
            "entity": entity,
            "entity_id": entity_id,
            "epoch": epoch,
            "created_at": trusted_time,
            "device_time": device_time,
            "trusted_time": trusted_time,
            "staff_id": staff_id,
            "shift_id": shift_id,
            "offline": offline,
            "status": PENDING,
            "attempts": 0,
        },
    )
    refs = dict.fromkeys(((entity, entity_id), *also_about))
    _INSERT_REFS.run_many(
        session,
        [{"seq": seq, "entity": ref_entity, "entity_id": ref_id} for ref_entity, ref_id in refs],
    )
    return QueuedOp(seq, op_id, type)


@dataclass(frozen=True)
class OutboxSummary:
    pending: int
    oldest_pending_at: datetime | None


def summary(session: Session) -> OutboxSummary:
    count, oldest = session.execute(
        select(func.count(), func.min(OutboxOp.created_at)).where(OutboxOp.status == PENDING)
    ).one()
    return OutboxSummary(int(count), oldest)  # min() keeps the column's UTC type


def has_unsent(session: Session, entity: str, entity_id: str) -> bool:
    """True while a local op about this row waits for the platform (pull must not overwrite)."""
    found = session.execute(
        select(OutboxRef.seq)
        .join(OutboxOp, OutboxOp.seq == OutboxRef.seq)
        .where(
            OutboxRef.entity == entity,
            OutboxRef.entity_id == entity_id,
            OutboxOp.status == PENDING,
        )
        .limit(1)
    ).first()
    return found is not None


def pending(session: Session, *, limit: int = 100) -> list[OutboxOp]:
    return list(
        session.execute(
            select(OutboxOp).where(OutboxOp.status == PENDING).order_by(OutboxOp.seq).limit(limit)
        ).scalars()
    )
