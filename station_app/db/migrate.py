"""Bring the schema to the newest Alembic revision, with a backup first."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory

from station_app.db.database import Database

log = logging.getLogger(__name__)

MIGRATIONS_DIR = Path(__file__).with_name("migrations")


def alembic_config(url: str = "sqlite://") -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.set_main_option("sqlalchemy.url", url)
    return config


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None, "no migrations shipped"
    return head


def current_revision(database: Database) -> str | None:
    with database.engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


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
    config = alembic_config()
    with database.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
    return MigrationResult(before, head, backup)
