"""What an op handler gets: the transaction, who sent the op, and how to flag or refuse.

A handler takes ``(ctx, payload)`` and returns the op's result (a JSON object). It refuses
by raising ``OpRejected(reason)``: its writes are rolled back but the terminal's cursor
still advances. ``ctx.flag(...)`` keeps the op applied and marks it for staff attention.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy.orm import Session

from station_app.ids import new_id
from sync.messages import PushOp
from sync.server.changes import publish
from sync.server.models import Base, Flag, Station, Terminal


class OpRejected(Exception):  # noqa: N818 - a business refusal, not a bug
    def __init__(self, reason: str, **result: Any) -> None:
        self.reason = reason
        self.result = result
        super().__init__(reason)


@dataclass
class OpContext:
    session: Session
    terminal: Terminal
    station: Station
    op: PushOp
    now: datetime
    refund_lot_days: int = 30
    flags: list[str] = field(default_factory=list)

    @property
    def community_id(self) -> str:
        return self.station.community_id

    @property
    def at(self) -> datetime:
        """When the op happened at the counter (trusted time), never later than now."""
        return min(self.op.trusted_time, self.now)

    def flag(
        self, kind: str, *, entity: str | None = None, entity_id: str | None = None, **details: Any
    ) -> None:
        self.session.add(
            Flag(
                id=new_id(),
                community_id=self.community_id,
                station_id=self.station.id,
                terminal_id=self.terminal.id,
                op_id=self.op.op_id,
                kind=kind,
                entity=entity,
                entity_id=entity_id,
                details={"op_type": self.op.type, "seq": self.op.seq, **details},
                status="open",
                created_at=self.now,
            )
        )
        self.flags.append(kind)

    def publish(self, row: Base) -> None:
        publish(self.session, row, at=self.now)
