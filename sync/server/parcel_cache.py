"""A push batch's parcels: the rows it read (locked) or wrote, written back when it ends.

A parcel op is a few lookups and one write. Done row by row they cost more than the rest
of the batch, so the batch reads the parcels it will need up front (by id, and those in
station that its check-ins could clash with; see ``parcels.prepare_batch``), applies its
ops to these rows in memory, and writes the changed rows with one INSERT and one UPDATE.

Each op's changes can be undone (``drop_op``), as a savepoint would, and ``flush`` writes
what changed so far (per op when the batch runs with a savepoint per op).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, bindparam, insert, update

from sync.server.models import Base, Parcel

IN_STATION = "in_station"

_PARCELS = Base.metadata.tables[Parcel.__tablename__]
_INSERT = insert(_PARCELS)
_UPDATE = (
    update(_PARCELS)
    .where(_PARCELS.c.id == bindparam("b_id"))
    .values(
        {column.name: bindparam(f"b_{column.name}") for column in _PARCELS.c if column.name != "id"}
    )
)

Row = dict[str, Any]
"""A parcel's columns by name."""


class ParcelCache:
    def __init__(self) -> None:
        self._rows: dict[str, Row | None] = {}
        self._stored: set[str] = set()
        """Ids of the rows in the database (read, or written by ``flush``)."""
        self._dirty: set[str] = set()
        self._undo: list[tuple[str, Row | None, bool]] = []
        self._by_waybill: dict[tuple[str, str, str], set[str]] = {}
        self._by_code: dict[tuple[str, str], set[str]] = {}
        self._candidates: set[tuple[str, str, str] | tuple[str, str]] = set()
        """The waybills and codes whose parcels in station have been read."""

    def knows(self, parcel_id: str) -> bool:
        return parcel_id in self._rows

    def get(self, parcel_id: str) -> Row | None:
        """The parcel as the batch has it (None: no such parcel); only for ids it ``knows``."""
        return self._rows[parcel_id]

    def read(self, parcel_id: str, row: Row | None) -> None:
        """What the database holds (a row locked for the batch, or None)."""
        if parcel_id in self._rows:
            return  # the batch's own version wins
        self._rows[parcel_id] = row
        if row is not None:
            self._stored.add(parcel_id)
            self._index(row)

    def put(self, row: Row) -> None:
        """The parcel's new state (a new dict: the old one stays as it was, for undo)."""
        parcel_id = row["id"]
        before = self._rows.get(parcel_id)
        self._undo.append((parcel_id, before, parcel_id in self._dirty))
        if before is not None:
            self._unindex(before)
        self._rows[parcel_id] = row
        self._index(row)
        self._dirty.add(parcel_id)

    def clash_candidates_read(
        self, station_id: str, waybills: set[tuple[str, str]], codes: set[str]
    ) -> None:
        """The station's parcels in station with these waybills or codes have been read."""
        self._candidates.update((station_id, carrier, waybill) for carrier, waybill in waybills)
        self._candidates.update((station_id, code) for code in codes)

    def has_clash_candidates(self, station_id: str, waybill: tuple[str, str], code: str) -> bool:
        return (station_id, *waybill) in self._candidates and (station_id, code) in self._candidates

    def in_station(
        self, station_id: str, *, waybill: tuple[str, str] | None = None, code: str | None = None
    ) -> list[str]:
        """Ids of the station's parcels in station with that carrier and waybill, or that code."""
        if waybill is not None:
            ids = self._by_waybill.get((station_id, *waybill), set())
        else:
            ids = self._by_code.get((station_id, code or ""), set())
        return sorted(
            parcel_id
            for parcel_id in ids
            if (row := self._rows[parcel_id]) is not None and row["status"] == IN_STATION
        )

    def keep_op(self) -> None:
        self._undo.clear()

    def drop_op(self) -> None:
        """Take back what the op being applied changed."""
        while self._undo:
            parcel_id, before, was_dirty = self._undo.pop()
            row = self._rows[parcel_id]
            if row is not None:
                self._unindex(row)
            self._rows[parcel_id] = before
            if before is not None:
                self._index(before)
            if not was_dirty:
                self._dirty.discard(parcel_id)

    def flush(self, connection: Connection) -> None:
        """Write the changed rows: new ones with one INSERT, the others with one UPDATE."""
        new: list[Row] = []
        changed: list[dict[str, Any]] = []
        for parcel_id in sorted(self._dirty):
            row = self._rows[parcel_id]
            assert row is not None, "a written parcel cannot vanish"
            if parcel_id in self._stored:
                changed.append({f"b_{name}": value for name, value in row.items()})
            else:
                new.append(row)
        if new:
            connection.execute(_INSERT, new)
        if changed:
            connection.execute(_UPDATE, changed)
        self._stored.update(self._dirty)
        self._dirty.clear()

    def _index(self, row: Row) -> None:
        self._by_waybill.setdefault(
            (row["station_id"], row["carrier"], row["waybill_no"]), set()
        ).add(row["id"])
        self._by_code.setdefault((row["station_id"], row["pickup_code"]), set()).add(row["id"])

    def _unindex(self, row: Row) -> None:
        self._by_waybill[(row["station_id"], row["carrier"], row["waybill_no"])].discard(row["id"])
        self._by_code[(row["station_id"], row["pickup_code"])].discard(row["id"])
