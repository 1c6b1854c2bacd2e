"""Who may log in, read with plain ``sqlite3`` before the ORM is loaded.

The counter shows its login screen first and opens the station (SQLAlchemy, the models,
printing, sync) right after the screen is up, so a clerk does not wait half a second at an
empty desktop. This read is only a shortcut: anything unusual (no database yet, a schema
still to migrate, no staff, any SQLite error) answers None, and the app takes its ordinary
path, where the station is opened first and every problem gets its proper handling.
"""

from __future__ import annotations

import logging
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from station_app.db.revision import SCHEMA_HEAD

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class StaffCard:
    """What the login screen shows: no hashes leave the staff module."""

    id: str
    name: str
    role: str


@dataclass(frozen=True)
class LoginRoster:
    station_name: str
    cards: tuple[StaffCard, ...]


# The same order as ``staff.active_staff`` (role names descending, then by name).
_ACTIVE_STAFF = "SELECT id, name, role FROM staff WHERE active = 1 ORDER BY role DESC, name"


def read_login_roster(database_file: Path) -> LoginRoster | None:
    """The station's name and active staff, or None when the ordinary start must decide."""
    if not database_file.is_file():
        return None
    # mode=rw: never create a file here; opening and migrating is the station's job.
    uri = f"{database_file.resolve().as_uri()}?mode=rw"
    try:
        connection = sqlite3.connect(uri, uri=True, timeout=1.0)
    except sqlite3.Error as error:
        log.info("login roster not read early (%s); opening the station first", error)
        return None
    try:
        version = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        if version is None or version[0] != SCHEMA_HEAD:
            return None  # a migration (with its backup) comes first
        identity = connection.execute(
            "SELECT station_name FROM station_identity WHERE id = 1"
        ).fetchone()
        cards = tuple(
            StaffCard(str(id_), str(name), str(role))
            for id_, name, role in connection.execute(_ACTIVE_STAFF)
        )
    except sqlite3.Error as error:
        log.info("login roster not read early (%s); opening the station first", error)
        return None
    finally:
        connection.close()
    if identity is None or not cards:
        return None  # first run: the set-up wizard, not a login
    return LoginRoster(station_name=str(identity[0] or ""), cards=cards)
