"""Prepared statements: SQLAlchemy's SQL types and errors, in the unit of work's transaction."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime

import pytest
from sqlalchemy import select, text
from sqlalchemy.exc import IntegrityError

from station_app.db.models import PrintJob, Receipt
from station_app.db.prepared import Prepared
from station_app.station import Station
from station_app.work import Actor

RECEIPT_KEYS = ("id", "receipt_no", "kind", "ref_type", "ref_id", "body", "created_at")
AT = datetime(2026, 11, 26, 10, 30, 5, 123456, tzinfo=UTC)


def _receipt(receipt_id: str) -> dict[str, object]:
    return {
        "id": receipt_id,
        "receipt_no": "C01-20261126-0001",
        "kind": "payment",
        "ref_type": None,
        "ref_id": None,
        "body": {"v": 1, "名": "水费", "a": [1, 2]},
        "created_at": AT,
    }


def test_values_go_through_the_column_types(station: Station, system: Actor) -> None:
    insert = Prepared.insert(Receipt, RECEIPT_KEYS)
    with station.work(system) as work:
        insert.run_many(work.session, [_receipt("r-1"), _receipt("r-2")])
    raw = sqlite3.connect(station.paths.database)
    stored = raw.execute("SELECT body, created_at FROM receipts WHERE id = 'r-1'").fetchone()
    raw.close()
    # The same text the ORM writes: canonical JSON, fixed-width UTC.
    assert stored == ('{"a":[1,2],"v":1,"名":"水费"}', "2026-11-26T10:30:05.123456Z")
    with station.database.reading() as session:
        rows = session.execute(select(Receipt).order_by(Receipt.id)).scalars().all()
        assert [(row.id, row.body["名"], row.created_at) for row in rows] == [
            ("r-1", "水费", AT),
            ("r-2", "水费", AT),
        ]


def test_a_select_returns_the_driver_rows(station: Station, system: Actor) -> None:
    query = Prepared(text("SELECT terminal_code, epoch FROM station_identity WHERE id = :id"))
    with station.database.reading() as session:
        assert query.run(session, {"id": 1}).fetchall() == [("T01", 1)]


def test_it_is_part_of_the_unit_of_work(station: Station, system: Actor) -> None:
    insert = Prepared.insert(Receipt, RECEIPT_KEYS)
    with pytest.raises(RuntimeError), station.work(system) as work:
        insert.run(work.session, _receipt("r-1"))
        raise RuntimeError("the sale failed")
    with station.database.reading() as session:
        assert session.execute(select(Receipt)).first() is None


def test_driver_errors_are_sqlalchemy_errors(station: Station, system: Actor) -> None:
    insert = Prepared.insert(Receipt, RECEIPT_KEYS)
    with pytest.raises(IntegrityError) as raised, station.work(system) as work:
        insert.run(work.session, _receipt("r-1"))
        insert.run(work.session, _receipt("r-1"))
    assert isinstance(raised.value.orig, sqlite3.IntegrityError)
    with station.database.reading() as session:
        assert session.execute(select(Receipt)).first() is None  # the first row went too


def test_an_insert_must_name_every_column_with_a_default(station: Station, system: Actor) -> None:
    # PrintJob.state, is_copy, kick_drawer and attempts have defaults a prepared INSERT
    # would not apply: leaving one out is a mistake, said at once.
    insert = Prepared.insert(PrintJob, ("id", "receipt_id", "printer_uri", "created_at"))
    with pytest.raises(ValueError, match="every column with a default"), station.work(system) as w:
        insert.run(w.session, {})
