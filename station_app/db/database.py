"""The station's SQLite file: pragmas, transactions, backups.

Every connection runs in WAL with ``synchronous=FULL`` (a committed sale survives a power
cut), foreign keys on and a busy timeout. Writes take the write lock at ``BEGIN IMMEDIATE``
so two writers queue up instead of deadlocking on a lock upgrade.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from station_app.db.errors import StorageEnvironmentError, classify

log = logging.getLogger(__name__)

BUSY_TIMEOUT_MS = 5000
PRAGMAS = (
    "PRAGMA journal_mode=WAL",
    "PRAGMA synchronous=FULL",
    "PRAGMA foreign_keys=ON",
    f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}",
)


def _configure(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
    # pysqlite opens transactions lazily and on its own terms; we issue BEGIN ourselves.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    try:
        for pragma in PRAGMAS:
            cursor.execute(pragma)
    finally:
        cursor.close()


def _begin(connection: Any) -> None:
    mode = connection.get_execution_options().get("sqlite_begin", "IMMEDIATE")
    connection.exec_driver_sql(f"BEGIN {mode}")


class Database:
    """One SQLite file and the sessions over it."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.engine: Engine = self._create_engine(path)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        # Readers never block writers in WAL; a deferred BEGIN keeps it that way.
        self._read_sessions = sessionmaker(
            self.engine.execution_options(sqlite_begin="DEFERRED"), expire_on_commit=False
        )

    @staticmethod
    def _create_engine(path: Path) -> Engine:
        engine = create_engine(
            f"sqlite:///{path}",
            connect_args={"timeout": BUSY_TIMEOUT_MS / 1000, "check_same_thread": False},
        )
        event.listen(engine, "connect", _configure)
        event.listen(engine, "begin", _begin)
        return engine

    def transaction(self) -> AbstractContextManager[Session]:
        """A session in one write transaction: commit on success, roll back on any error.

        Environment failures (disk full, locked, read-only, corrupt) are raised as a
        ``StorageEnvironmentError`` subclass; anything else propagates as the bug it is.
        """
        return self._session_scope(self._sessions)

    def reading(self) -> AbstractContextManager[Session]:
        """A consistent snapshot for reads; it takes no write lock."""
        return self._session_scope(self._read_sessions)

    @contextmanager
    def _session_scope(self, factory: sessionmaker[Session]) -> Iterator[Session]:
        session = factory()
        try:
            with session.begin():
                yield session
        except DBAPIError as error:
            environment = classify(error)
            if environment is not None:
                log.warning("storage environment failure: %s", error)
                raise environment from error
            raise
        finally:
            session.close()

    def pragma(self, name: str) -> Any:
        with self.engine.connect() as connection:
            return connection.exec_driver_sql(f"PRAGMA {name}").scalar()

    def integrity_check(self) -> str:
        with self.engine.connect() as connection:
            rows = connection.exec_driver_sql("PRAGMA integrity_check").fetchall()
        return "; ".join(str(row[0]) for row in rows)

    def backup_to(self, target: Path) -> Path:
        """Copy the live database with SQLite's online backup API (safe while in use)."""
        target.parent.mkdir(parents=True, exist_ok=True)
        partial = target.with_suffix(target.suffix + ".partial")
        partial.unlink(missing_ok=True)
        try:
            raw = self.engine.raw_connection()
            try:
                destination = sqlite3.connect(partial)
                try:
                    source = raw.driver_connection
                    assert isinstance(source, sqlite3.Connection)
                    source.backup(destination)
                finally:
                    destination.close()
            finally:
                raw.close()
        except sqlite3.Error as error:
            partial.unlink(missing_ok=True)
            environment = classify(error)
            raise (environment or error) from error
        partial.replace(target)
        return target

    def dispose(self) -> None:
        self.engine.dispose()


def environment_error(error: BaseException) -> StorageEnvironmentError | None:
    """Public alias for callers outside the db package (the CLI, the UI)."""
    if isinstance(error, StorageEnvironmentError):
        return error
    return classify(error)
