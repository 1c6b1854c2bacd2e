"""The append-only rows of one push batch, written together when the batch ends.

Applying an op writes rows nobody reads back while the batch runs: its ``applied_ops``
row, parcel events, notifications, flags, and its change-log entries (with their entity
versions). Writing each through the ORM as it comes cost more than the op's own work, so
the batch collects them and writes them with one INSERT per table (an executemany) just
before it commits. An op's rows are held apart until the op is kept (``keep_op``) or refused
(``drop_op``): a refused op leaves nothing behind, as its savepoint would.

Change-log positions are taken for the whole batch in one counter update, at the end: the
counter row stays locked until commit, so positions still become visible in commit order
(changes.py), and entity versions are read and written under that lock.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Table, bindparam, insert, select, text, update
from sqlalchemy.orm import Session

from sync.server.changes import CHANGE_COUNTER, Scope, describe
from sync.server.models import Base, ChangeLogEntry, EntityVersion

_TABLE_ORDER = {table.name: index for index, table in enumerate(Base.metadata.sorted_tables)}
_ADVANCE = text("UPDATE counters SET value = value + :count WHERE name = :name RETURNING value")
_CHUNK = 500  # ids per IN (...), well under SQLite's variable limit
_VERSIONS = Base.metadata.tables[EntityVersion.__tablename__]
_CHANGE_LOG = Base.metadata.tables[ChangeLogEntry.__tablename__]
_SET_VERSION = (
    update(_VERSIONS)
    .where(
        _VERSIONS.c.entity == bindparam("b_entity"),
        _VERSIONS.c.entity_id == bindparam("b_entity_id"),
    )
    .values(version=bindparam("b_version"))
)


@dataclass(frozen=True)
class _Change:
    entity: str
    entity_id: str
    scope: Scope
    op: str
    data: dict[str, Any] | None
    at: datetime


class BatchWrites:
    """The rows a batch writes at its end: those of the ops kept, and of the op being applied."""

    def __init__(self) -> None:
        self._rows: list[tuple[Table, dict[str, Any]]] = []
        self._changes: list[_Change] = []
        self._op_rows: list[tuple[Table, dict[str, Any]]] = []
        self._op_changes: list[_Change] = []

    def insert(self, model: type[Base], values: dict[str, Any]) -> None:
        """Insert a row of ``model`` at the end of the batch (give a table's rows the same keys:
        they go out as one statement per set of keys)."""
        self._op_rows.append((Base.metadata.tables[model.__tablename__], values))

    def publish(self, session: Session, row: Base, *, at: datetime) -> None:
        """Log an upsert of ``row`` as it is now (``changes.publish``, written later)."""
        with session.no_autoflush:  # as changes.publish: the row may not be complete yet
            entity, scope, data = describe(session, row)
        self.publish_data(entity, str(row.id), scope, data, at=at)  # type: ignore[attr-defined]

    def publish_data(
        self, entity: str, entity_id: str, scope: Scope, data: dict[str, Any], *, at: datetime
    ) -> None:
        """Log an upsert of a row written without the ORM, from its ``describe`` data."""
        self._op_changes.append(_Change(entity, entity_id, scope, "upsert", data, at))

    def keep_op(self) -> None:
        self._rows.extend(self._op_rows)
        self._changes.extend(self._op_changes)
        self._op_rows, self._op_changes = [], []

    def drop_op(self) -> None:
        self._op_rows, self._op_changes = [], []

    def write(self, session: Session) -> None:
        """Everything kept, in the caller's transaction (call once, before commit)."""
        self.drop_op()  # an op neither kept nor dropped was never finished
        if self._changes:
            self._add_changes(session)
        groups: dict[tuple[str, tuple[str, ...]], list[dict[str, Any]]] = defaultdict(list)
        tables: dict[str, Table] = {}
        for table, values in self._rows:
            tables[table.name] = table
            groups[(table.name, tuple(values))].append(values)
        # Parents before children (a flag never points at a change, but events at parcels).
        for name, keys in sorted(groups, key=lambda group: _TABLE_ORDER[group[0]]):
            session.execute(insert(tables[name]), groups[(name, keys)])
        self._rows, self._changes = [], []

    def _add_changes(self, session: Session) -> None:
        changes = self._changes
        last = int(
            session.execute(_ADVANCE, {"count": len(changes), "name": CHANGE_COUNTER}).scalar_one()
        )
        keys = {(change.entity, change.entity_id) for change in changes}
        stored = _stored_versions(session, keys)
        versions = dict(stored)
        table = _CHANGE_LOG
        for position, change in enumerate(changes, start=last - len(changes) + 1):
            key = (change.entity, change.entity_id)
            versions[key] = versions.get(key, 0) + 1
            self._rows.append(
                (
                    table,
                    {
                        "position": position,
                        "community_id": change.scope.community_id,
                        "station_id": change.scope.station_id,
                        "entity": change.entity,
                        "entity_id": change.entity_id,
                        "op": change.op,
                        "version": versions[key],
                        "data": change.data,
                        "at": change.at,
                    },
                )
            )
        new = [
            {"entity": entity, "entity_id": entity_id, "version": version}
            for (entity, entity_id), version in versions.items()
            if (entity, entity_id) not in stored
        ]
        moved = [
            {"b_entity": entity, "b_entity_id": entity_id, "b_version": version}
            for (entity, entity_id), version in versions.items()
            if (entity, entity_id) in stored
        ]
        if new:
            session.execute(insert(_VERSIONS), new)
        if moved:
            session.execute(_SET_VERSION, moved)


def _stored_versions(session: Session, keys: set[tuple[str, str]]) -> dict[tuple[str, str], int]:
    """The stored version of each entity in ``keys`` that has one (by entity: the key's order)."""
    by_entity: dict[str, list[str]] = defaultdict(list)
    for entity, entity_id in keys:
        by_entity[entity].append(entity_id)
    found: dict[tuple[str, str], int] = {}
    for entity, ids in by_entity.items():
        ids.sort()
        for start in range(0, len(ids), _CHUNK):
            rows = session.execute(
                select(EntityVersion.entity_id, EntityVersion.version).where(
                    EntityVersion.entity == entity,
                    EntityVersion.entity_id.in_(ids[start : start + _CHUNK]),
                )
            )
            for entity_id, version in rows:
                found[(entity, entity_id)] = version
    return found
