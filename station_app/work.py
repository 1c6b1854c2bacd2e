"""The unit of work every service runs in: one transaction, its actor, its clock.

A service writes its business rows through ``work.session`` and records the change with
``work.record(...)``, which adds the outbox op and the audit entry in the same transaction.
Rows only ever appended (ledgers, receipts, ops, audit entries) skip the ORM's flush:
``work.insert`` writes them with prepared statements (``db.prepared``).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy.orm import Session
from sqlalchemy.orm.util import identity_key

from station_app import audit, outbox
from station_app.audit import AuditRecord
from station_app.clock import Clock
from station_app.counters import next_receipt_no
from station_app.db.models import Base
from station_app.db.prepared import Prepared
from station_app.outbox import QueuedOp


@dataclass(frozen=True)
class Actor:
    """Who is at the counter (or ``system`` for the demo seeder and sync)."""

    staff_id: str | None
    name: str
    role: str

    @classmethod
    def system(cls) -> Actor:
        return cls(None, "system", "system")


@dataclass(frozen=True)
class Terminal:
    code: str
    epoch: int
    timezone: str
    station_name: str = ""
    """As the unit of work began (receipt headers print it)."""


@dataclass
class Work:
    session: Session
    clock: Clock
    terminal: Terminal
    actor: Actor
    shift_id: str | None = None
    online: bool = False
    now: datetime = field(init=False)

    def __post_init__(self) -> None:
        # One instant for the whole unit of work, so its rows agree with each other.
        self.now = self.clock.trusted_now()

    @property
    def local_today(self) -> date:
        return self.now.astimezone(ZoneInfo(self.terminal.timezone)).date()

    def next_receipt_no(self) -> str:
        return next_receipt_no(self.session, self.terminal.code, self.local_today)

    def insert(self, model: type[Base], *rows: Mapping[str, Any]) -> None:
        """Append new rows with a prepared INSERT, in the order given (all with the same keys:
        every column that has a default, too).

        For rows nothing else in the unit of work changes (ledgers, receipts, payments):
        the ORM's flush costs several times the INSERT. Rows the session still holds are
        flushed first, so a foreign key to one of them holds.
        """
        if not rows:
            return
        if self.session.new:
            self.session.flush()
        _insert_into(model, tuple(rows[0])).run_many(self.session, rows)

    def expire_loaded(self, model: type[Base], ids: Iterable[object]) -> None:
        """After a prepared UPDATE: rows of ``ids`` the session had loaded reload on next use."""
        session = self.session
        for row_id in ids:
            loaded = session.identity_map.get(identity_key(model, row_id))
            if loaded is not None:
                session.expire(loaded)

    def flush_pending(self) -> None:
        """Before a prepared or Core query, which skip autoflush: write what the session holds."""
        session = self.session
        if session.new or session.dirty or session.deleted:
            session.flush()

    def audit(
        self,
        action: str,
        *,
        entity: str | None = None,
        entity_id: str | None = None,
        details: dict[str, Any] | None = None,
    ) -> AuditRecord:
        return audit.append(
            self.session,
            at=self.now,
            action=action,
            staff_id=self.actor.staff_id,
            entity=entity,
            entity_id=entity_id,
            details=details,
        )

    def emit(
        self,
        op_type: str,
        payload: dict[str, Any],
        *,
        entity: str,
        entity_id: str,
        also_about: tuple[tuple[str, str], ...] = (),
    ) -> QueuedOp:
        return outbox.enqueue(
            self.session,
            type=op_type,
            payload=payload,
            entity=entity,
            entity_id=entity_id,
            device_time=self.clock.device_now(),
            trusted_time=self.now,
            epoch=self.terminal.epoch,
            staff_id=self.actor.staff_id,
            shift_id=self.shift_id,
            offline=not self.online,
            also_about=also_about,
        )

    def record(
        self,
        action: str,
        *,
        entity: str,
        entity_id: str,
        op_type: str | None = None,
        payload: dict[str, Any] | None = None,
        details: dict[str, Any] | None = None,
        also_about: tuple[tuple[str, str], ...] = (),
    ) -> QueuedOp | None:
        """Audit a state change and, when the platform must hear of it, queue its op."""
        op = None
        if op_type is not None:
            op = self.emit(
                op_type, payload or {}, entity=entity, entity_id=entity_id, also_about=also_about
            )
        self.audit(
            action,
            entity=entity,
            entity_id=entity_id,
            details={**(details or {}), **({"op_seq": op.seq} if op else {})},
        )
        return op


_INSERTS: dict[tuple[type[Base], tuple[str, ...]], Prepared] = {}


def _insert_into(model: type[Base], keys: tuple[str, ...]) -> Prepared:
    statement = _INSERTS.get((model, keys))
    if statement is None:
        statement = _INSERTS[model, keys] = Prepared.insert(model, keys)
    return statement
