"""The station core: its folders, settings, clock and database, opened once per process.

The GUI, the kiosk, the CLI and tests all hold one ``Station`` and run services through
``station.work(actor)``.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import select, text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from station_app import settings as S
from station_app.clock import Clock
from station_app.db.database import Database
from station_app.db.errors import classify
from station_app.db.migrate import MigrationResult, upgrade_to_head
from station_app.db.models import StationIdentity, SyncState
from station_app.db.prepared import Prepared
from station_app.ids import new_id
from station_app.paths import StationPaths
from station_app.settings import Settings
from station_app.work import Actor, Terminal, Work

log = logging.getLogger(__name__)

_TERMINAL = Prepared(
    text("SELECT terminal_code, epoch, station_name FROM station_identity WHERE id = 1")
)


@dataclass(frozen=True)
class StationInfo:
    station_name: str
    terminal_code: str
    terminal_name: str
    paired: bool
    db_instance_id: str


class Station:
    def __init__(
        self,
        paths: StationPaths,
        *,
        settings: Settings | None = None,
        clock: Clock | None = None,
    ) -> None:
        self.paths = paths.create()
        self.settings = settings or Settings(paths.settings_file)
        self.clock = clock or Clock()
        self.database = Database(paths.database)
        try:
            self.migration: MigrationResult = upgrade_to_head(self.database, paths.backups)
        except DBAPIError as error:
            # A read-only or missing data folder is the machine's fault: say so in words.
            self.database.dispose()
            environment = classify(error)
            if environment is None:
                raise
            raise environment from error
        self._ensure_rows()
        self._restore_clock()

    @classmethod
    def open(cls, paths: StationPaths, **kwargs: object) -> Station:
        return cls(paths, **kwargs)  # type: ignore[arg-type]

    def _ensure_rows(self) -> None:
        with self.database.transaction() as session:
            if session.get(StationIdentity, 1) is None:
                session.add(
                    StationIdentity(
                        id=1,
                        db_instance_id=new_id(),
                        station_name="",
                        terminal_code="T01",
                        terminal_name="",
                        epoch=1,
                        created_at=datetime.now(UTC),
                    )
                )
            if session.get(SyncState, 1) is None:
                session.add(SyncState(id=1, server_last_seq=0))

    def _restore_clock(self) -> None:
        with self.database.reading() as session:
            state = session.get(SyncState, 1)
            if state and state.server_time and state.device_time_at_server_time:
                self.clock.restore_offset(state.server_time, state.device_time_at_server_time)

    def identity(self, session: Session) -> StationIdentity:
        identity = session.get(StationIdentity, 1)
        assert identity is not None
        return identity

    def info(self) -> StationInfo:
        with self.database.reading() as session:
            identity = self.identity(session)
            return StationInfo(
                station_name=identity.station_name,
                terminal_code=identity.terminal_code,
                terminal_name=identity.terminal_name,
                paired=identity.terminal_id is not None,
                db_instance_id=identity.db_instance_id,
            )

    @contextmanager
    def work(
        self, actor: Actor, *, shift_id: str | None = None, online: bool = False
    ) -> Iterator[Work]:
        """One unit of work: a write transaction with its actor, clock and terminal."""
        with self.database.transaction() as session:
            # Three columns, read in this transaction (so never stale), without loading
            # the ORM row: every unit of work starts here.
            ((code, epoch, station_name),) = _TERMINAL.run(session).fetchall()
            terminal = Terminal(
                code=code,
                epoch=epoch,
                timezone=self.settings.get(S.TIMEZONE),
                station_name=station_name,
            )
            yield Work(
                session=session,
                clock=self.clock,
                terminal=terminal,
                actor=actor,
                shift_id=shift_id,
                online=online,
            )

    def has_staff(self) -> bool:
        from station_app.db.models import Staff

        with self.database.reading() as session:
            return session.execute(select(Staff.id).limit(1)).first() is not None

    def close(self) -> None:
        self.database.dispose()
