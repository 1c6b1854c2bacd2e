"""The station's SQLite file: pragmas, migrations, backups, environment failures."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

import pytest
from sqlalchemy import event, select

from station_app.db.database import Database
from station_app.db.errors import (
    DatabaseLockedError,
    DiskFullError,
    ReadOnlyStorageError,
    classify,
)
from station_app.db.migrate import current_revision, head_revision, upgrade_to_head
from station_app.db.models import Household, OutboxOp
from station_app.maintenance import MaintenanceError, backup, restore
from station_app.paths import StationPaths
from station_app.station import Station
from station_app.work import Actor


def test_every_connection_has_the_pragmas(station: Station) -> None:
    assert station.database.pragma("journal_mode") == "wal"
    assert station.database.pragma("synchronous") == 2  # FULL
    assert station.database.pragma("foreign_keys") == 1
    assert station.database.pragma("busy_timeout") == 5000


def test_migrations_from_empty_reach_head_and_running_again_changes_nothing(
    tmp_path: Path,
) -> None:
    database = Database(tmp_path / "fresh.db")
    first = upgrade_to_head(database, tmp_path / "backups")
    assert first.before is None and first.after == head_revision()
    assert first.backup is None  # nothing to back up in an empty file
    again = upgrade_to_head(database, tmp_path / "backups")
    assert again.before == again.after == head_revision()
    assert again.backup is None
    assert current_revision(database) == head_revision()


def test_the_shipped_head_constant_is_alembics_head() -> None:
    from station_app.db.migrate import alembic_head_revision

    assert head_revision() == alembic_head_revision()


def test_the_models_match_the_migrations(tmp_path: Path) -> None:
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    from station_app.db.models import Base

    database = Database(tmp_path / "schema.db")
    upgrade_to_head(database, tmp_path / "backups")
    with database.engine.connect() as connection:
        diff = compare_metadata(MigrationContext.configure(connection), Base.metadata)
    assert diff == [], "models changed without a migration"


def test_a_database_with_data_is_backed_up_before_a_migration(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    database = Database(tmp_path / "old.db")
    upgrade_to_head(database, tmp_path / "backups")
    with database.engine.begin() as connection:
        connection.exec_driver_sql(
            "INSERT INTO households (id, building, unit, room, version)"
            " VALUES ('h', '1', '1', '101', 0)"
        )
    # Pretend the file is one revision behind: the next start must back it up first.
    monkeypatch.setattr("station_app.db.migrate.current_revision", lambda db: "0000_older")
    result = upgrade_to_head(database, tmp_path / "backups")
    assert result.backup is not None and result.backup.exists()
    copy = sqlite3.connect(result.backup)
    assert copy.execute("SELECT id FROM households").fetchall() == [("h",)]
    copy.close()


def test_failing_writes_roll_back_everything(station: Station, system: Actor) -> None:
    with pytest.raises(RuntimeError), station.work(system) as work:
        work.session.add(Household(id="h1", building="1", unit="1", room="101"))
        work.record("household.test", entity="household", entity_id="h1", op_type="audit.append")
        raise RuntimeError("boom")
    with station.database.reading() as session:
        assert session.get(Household, "h1") is None
        assert session.execute(select(OutboxOp)).first() is None


def test_backup_and_restore_round_trip(tmp_path: Path, system: Actor) -> None:
    paths = StationPaths.under(tmp_path / "s")
    station = Station(paths)
    with station.work(system) as work:
        work.session.add(Household(id="kept", building="1", unit="1", room="101"))
    saved = backup(station, tmp_path / "copy.db")
    with station.work(system) as work:
        work.session.add(Household(id="after-backup", building="2", unit="1", room="101"))
    station.close()

    safety = restore(paths, saved)
    reopened = Station(paths)
    with reopened.database.reading() as session:
        assert session.get(Household, "kept") is not None
        assert session.get(Household, "after-backup") is None
    reopened.close()
    # The database that was replaced is kept, so a wrong restore can be undone.
    before = sqlite3.connect(safety)
    assert before.execute("SELECT count(*) FROM households").fetchone()[0] == 2
    before.close()


def test_restore_refuses_while_the_app_runs(tmp_path: Path, system: Actor) -> None:
    from station_app.instance_lock import InstanceLock

    paths = StationPaths.under(tmp_path / "s")
    station = Station(paths)
    saved = backup(station, tmp_path / "copy.db")
    with InstanceLock(paths.lock_file), pytest.raises(MaintenanceError, match="Close Station"):
        restore(paths, saved)
    station.close()


def test_restore_refuses_a_file_that_is_not_a_backup(tmp_path: Path) -> None:
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"not a database at all" * 100)
    with pytest.raises(MaintenanceError, match="not a Station POS backup"):
        restore(StationPaths.under(tmp_path / "s"), junk)


def test_a_locked_database_is_an_environment_error(
    station: Station, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = sqlite3.connect(station.paths.database, timeout=0)
    blocker.execute("BEGIN EXCLUSIVE")
    try:
        monkeypatch.setattr("station_app.db.database.BUSY_TIMEOUT_MS", 20)
        monkeypatch.setattr(
            "station_app.db.database.PRAGMAS",
            ("PRAGMA journal_mode=WAL", "PRAGMA foreign_keys=ON", "PRAGMA busy_timeout=20"),
        )
        impatient = Database(station.paths.database)
        with pytest.raises(DatabaseLockedError), impatient.transaction() as session:
            session.add(Household(id="h", building="1", unit="1", room="1"))
        impatient.dispose()
    finally:
        blocker.rollback()
        blocker.close()


def test_a_read_only_file_is_an_environment_error(station: Station) -> None:
    # Root ignores file modes, so open the file read-only the way SQLite itself reports it.
    connection = sqlite3.connect(f"file:{station.paths.database}?mode=ro", uri=True)
    try:
        with pytest.raises(sqlite3.OperationalError) as caught:
            connection.execute("INSERT INTO counters (name, value) VALUES ('x', 1)")
    finally:
        connection.close()
    assert isinstance(classify(caught.value), ReadOnlyStorageError)


def test_a_full_disk_is_an_environment_error_and_nothing_is_half_written(
    station: Station, system: Actor
) -> None:
    # max_page_count caps the file: SQLite then answers exactly as on a full disk.
    @event.listens_for(station.database.engine, "connect")
    def cap(dbapi_connection: sqlite3.Connection, _record: object) -> None:
        dbapi_connection.execute("PRAGMA max_page_count = 1")

    station.database.engine.dispose()
    try:
        with pytest.raises(DiskFullError), station.work(system) as work:
            for index in range(200):
                work.session.add(
                    Household(id=f"h{index}", building="1" * 20, unit="1", room=str(index))
                )
            work.record("bulk", entity="household", entity_id="h0", op_type="audit.append")
    finally:
        event.remove(station.database.engine, "connect", cap)
        station.database.engine.dispose()
    with station.database.reading() as session:
        assert session.execute(select(Household)).first() is None
        assert session.execute(select(OutboxOp)).first() is None


def test_outbox_seq_is_gapless_under_concurrent_writers(tmp_path: Path, system: Actor) -> None:
    paths = StationPaths.under(tmp_path / "s")
    Station(paths).close()
    writers, each = 4, 25
    errors: list[BaseException] = []

    def write(worker: int) -> None:
        station = Station(paths)  # its own engine, as another process would have
        try:
            for index in range(each):
                try:
                    with station.work(system) as work:
                        work.emit(
                            "audit.append",
                            {"w": worker, "i": index},
                            entity="test",
                            entity_id=f"{worker}-{index}",
                        )
                        if index % 7 == 3:
                            raise ValueError("rolled back: its number must be reused")
                except ValueError:
                    pass
        except BaseException as error:  # noqa: BLE001 - surfaced by the assertion below
            errors.append(error)
        finally:
            station.close()

    threads = [threading.Thread(target=write, args=(n,)) for n in range(writers)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    check = Station(paths)
    with check.database.reading() as session:
        seqs = list(session.execute(select(OutboxOp.seq).order_by(OutboxOp.seq)).scalars())
    committed = writers * (each - len([i for i in range(each) if i % 7 == 3]))
    assert seqs == list(range(1, committed + 1))
    check.close()
