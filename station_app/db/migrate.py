"""Bring the schema to the newest Alembic revision, with a backup first.

Start-up only reads ``alembic_version``; Alembic itself (≈0.2 s to import) is loaded only
when there is something to migrate.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy.exc import OperationalError

from station_app.db.database import Database
from station_app.db.revision import SCHEMA_HEAD

if TYPE_CHECKING:
    from alembic.config import Config

log = logging.getLogger(__name__)

MIGRATIONS_DIR = Path(__file__).with_name("migrations")


def alembic_config(url: str = "sqlite://") -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.set_main_option("sqlalchemy.url", url)
    return config


def head_revision() -> str:
    return SCHEMA_HEAD


def alembic_head_revision() -> str:
    """Alembic's head, read from the migration scripts (slow: for tests and tools)."""
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None, "no migrations shipped"
    return head


def current_revision(database: Database) -> str | None:
    with database.engine.connect() as connection:
        try:
            row = connection.exec_driver_sql("SELECT version_num FROM alembic_version").first()
        except OperationalError as error:
            if "no such table" in str(error.orig):
                return None  # a new, empty file
            raise
    return None if row is None else str(row[0])


def has_tables(database: Database) -> bool:
    with database.engine.connect() as connection:
        count = connection.exec_driver_sql(
            "SELECT count(*) FROM sqlite_master WHERE type = 'table'"
        ).scalar()
    return bool(count)


@dataclass(frozen=True)
class MigrationResult:
    before: str | None
    after: str
    backup: Path | None


def upgrade_to_head(database: Database, backups_dir: Path) -> MigrationResult:
    """Apply pending migrations; a database with data is backed up before any change."""
    before = current_revision(database)
    head = head_revision()
    if before == head:
        return MigrationResult(before, head, None)
    backup = None
    if has_tables(database):
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
        backup = database.backup_to(backups_dir / f"before-migration-{stamp}-{before}.db")
        log.info("backed up to %s before migrating %s → %s", backup, before, head)
    from alembic import command

    config = alembic_config()
    with database.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
    return MigrationResult(before, head, backup)
