"""What an op handler gets: the transaction, who sent the op, and how to flag or refuse.

A handler takes ``(ctx, payload)`` and returns the op's result (a JSON object). It refuses
by raising ``OpRejected(reason)``: its writes are rolled back but the terminal's cursor
still advances. ``ctx.flag(...)`` keeps the op applied and marks it for staff attention.

All ops of a push batch share one transaction (``ctx.shared``). Rows nobody reads back
during the batch (events, notifications, flags, change-log entries) go through
``ctx.insert`` / ``ctx.flag`` / ``ctx.publish`` and are written when the batch ends
(``batch_writes.py``); rows a later op may read are written through ``ctx.session``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy.orm import Session

from station_app.ids import new_id
from sync.messages import PushOp
from sync.server.batch_writes import BatchWrites
from sync.server.changes import Scope
from sync.server.models import Base, Flag, Station, Terminal
from sync.server.parcel_cache import ParcelCache


class OpRejected(Exception):  # noqa: N818 - a business refusal, not a bug
    def __init__(self, reason: str, **result: Any) -> None:
        self.reason = reason
        self.result = result
        super().__init__(reason)


@dataclass
class BatchShared:
    """What the ops of one push batch share besides the transaction."""

    writes: BatchWrites = field(default_factory=BatchWrites)
    locked: set[tuple[str, str]] = field(default_factory=set)
    """Rows the batch holds ``FOR UPDATE`` (held until it commits)."""
    parcels: ParcelCache = field(default_factory=ParcelCache)
    """The parcels the batch read or wrote (only parcels.py writes parcels during a push)."""

    def keep_op(self) -> None:
        """The op being applied stays: its rows go out with the batch."""
        self.writes.keep_op()
        self.parcels.keep_op()

    def drop_op(self) -> None:
        """The op being applied was refused: forget what it wrote (its savepoint, if it had
        one, took back what went to the database)."""
        self.writes.drop_op()
        self.parcels.drop_op()


@dataclass
class OpContext:
    session: Session
    terminal: Terminal
    station: Station
    op: PushOp
    now: datetime
    shared: BatchShared
    """What the batch's ops share; its rows are written by push.py when the batch ends."""
    refund_lot_days: int = 30
    flags: list[str] = field(default_factory=list)

    @property
    def community_id(self) -> str:
        return self.station.community_id

    @property
    def at(self) -> datetime:
        """When the op happened at the counter (trusted time), never later than now."""
        return min(self.op.trusted_time, self.now)

    def insert(self, model: type[Base], values: dict[str, Any]) -> None:
        """An append-only row no op of this batch reads back (written when the batch ends)."""
        self.shared.writes.insert(model, values)

    def flag(
        self, kind: str, *, entity: str | None = None, entity_id: str | None = None, **details: Any
    ) -> None:
        self.insert(
            Flag,
            {
                "id": new_id(),
                "community_id": self.community_id,
                "station_id": self.station.id,
                "terminal_id": self.terminal.id,
                "op_id": self.op.op_id,
                "kind": kind,
                "entity": entity,
                "entity_id": entity_id,
                "details": {"op_type": self.op.type, "seq": self.op.seq, **details},
                "status": "open",
                "created_at": self.now,
            },
        )
        self.flags.append(kind)

    def publish(self, row: Base) -> None:
        self.shared.writes.publish(self.session, row, at=self.now)

    def publish_data(self, entity: str, entity_id: str, scope: Scope, data: dict[str, Any]) -> None:
        """``publish`` for a row written without the ORM (``data`` as ``describe`` gives it)."""
        self.shared.writes.publish_data(entity, entity_id, scope, data, at=self.now)

    def lock_station(self) -> None:
        lock_station(self.session, self.shared, self.station.id)


def lock_station(session: Session, shared: BatchShared, station_id: str) -> None:
    """``SELECT … FOR UPDATE`` the station once per batch (its lock lasts until commit)."""
    key = ("stations", station_id)
    if key not in shared.locked:
        session.get(Station, station_id, with_for_update=True)
        shared.locked.add(key)
