"""The audit chain: every change leaves an entry; an edited row is found and named."""

from __future__ import annotations

import json
import sqlite3

from station_app import audit
from station_app.__main__ import main
from station_app.station import Station
from station_app.work import Actor


def _write_entries(station: Station, actor: Actor, count: int) -> None:
    for index in range(count):
        with station.work(actor) as work:
            work.record("test.change", entity="thing", entity_id=str(index), details={"n": index})


def test_entries_chain_and_verify(station: Station, system: Actor) -> None:
    _write_entries(station, system, 5)
    with station.database.reading() as session:
        report = audit.verify(session)
    assert report.ok and report.entries == 5


def test_an_edited_entry_is_named(station: Station, system: Actor, capsys) -> None:
    _write_entries(station, system, 6)
    raw = sqlite3.connect(station.paths.database)
    raw.execute("UPDATE audit_log SET details = ? WHERE seq = 4", (json.dumps({"n": 400}),))
    raw.commit()
    raw.close()
    with station.database.reading() as session:
        report = audit.verify(session)
    assert not report.ok and report.first_bad_seq == 4

    code = main(["verify-audit", "--data-dir", str(station.paths.data_dir)])
    assert code == 1
    assert "entry 4" in capsys.readouterr().err


def test_a_removed_entry_is_named(station: Station, system: Actor) -> None:
    _write_entries(station, system, 4)
    raw = sqlite3.connect(station.paths.database)
    raw.execute("DELETE FROM audit_log WHERE seq = 2")
    raw.commit()
    raw.close()
    with station.database.reading() as session:
        report = audit.verify(session)
    assert not report.ok and report.first_bad_seq == 2 and "missing" in report.problem


def test_a_rehashed_forgery_breaks_the_next_link(station: Station, system: Actor) -> None:
    """Recomputing the edited entry's own hash is not enough: its successor still fails."""
    _write_entries(station, system, 3)
    raw = sqlite3.connect(station.paths.database)
    seq, at, staff, action, entity, entity_id, _details, prev = raw.execute(
        "SELECT seq, at, staff_id, action, entity, entity_id, details, prev_hash"
        " FROM audit_log WHERE seq = 2"
    ).fetchone()
    from station_app.db.types import parse_utc

    forged = audit.entry_hash(
        prev,
        seq=seq,
        at=parse_utc(at),
        staff_id=staff,
        action=action,
        entity=entity,
        entity_id=entity_id,
        details={"n": 999},
    )
    raw.execute(
        "UPDATE audit_log SET details = ?, hash = ? WHERE seq = 2",
        (json.dumps({"n": 999}), forged),
    )
    raw.commit()
    raw.close()
    with station.database.reading() as session:
        report = audit.verify(session)
    assert not report.ok and report.first_bad_seq == 3
