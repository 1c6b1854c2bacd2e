"""A technician's checks and repairs: selfcheck, backup, restore, audit verification."""

from __future__ import annotations

import sqlite3
from dataclasses import asdict
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from station_app import audit, outbox
from station_app import settings as S
from station_app.db.migrate import current_revision, head_revision
from station_app.i18n import QT_TRANSLATE_NOOP, UserError
from station_app.instance_lock import InstanceLock
from station_app.paths import StationPaths
from station_app.station import Station


class MaintenanceError(UserError):
    pass


def selfcheck(station: Station) -> dict[str, Any]:
    """Everything a technician asks first, as JSON-ready data; ``ok`` sums it up."""
    revision = current_revision(station.database)
    head = head_revision()
    integrity = station.database.integrity_check()
    with station.database.reading() as session:
        chain = audit.verify(session)
        pending = outbox.summary(session)
    info = station.info()
    latest = latest_daily_backup(station.paths)
    checks = {
        "schema_at_head": revision == head,
        "integrity_ok": integrity == "ok",
        "audit_chain_ok": chain.ok,
    }
    return {
        "ok": all(checks.values()),
        "checks": checks,
        "schema": {"current": revision, "head": head},
        "integrity_check": integrity,
        "audit": asdict(chain),
        "outbox": {
            "pending": pending.pending,
            "oldest_pending_at": pending.oldest_pending_at.isoformat()
            if pending.oldest_pending_at
            else None,
        },
        "station": asdict(info),
        "printer": {
            "uri": station.settings.get(S.PRINTER_URI),
            "columns": station.settings.get(S.PRINTER_COLUMNS),
            "mode": station.settings.get(S.PRINTER_MODE),
        },
        "sync": {
            "platform_url": station.settings.get(S.PLATFORM_URL),
            "paired": info.paired,
        },
        "paths": {
            "database": str(station.paths.database),
            "logs": str(station.paths.log_dir),
            "backups": str(station.paths.backups),
        },
        "latest_daily_backup": {"path": str(latest[0]), "made_at": latest[1].isoformat()}
        if latest
        else None,
        "journal_mode": station.database.pragma("journal_mode"),
    }


DAILY_PREFIX = "station-"
STAMP = "%Y%m%dT%H%M%SZ"
DAILY_BACKUP_AFTER = timedelta(hours=20)
"""A little under a day: a station opened at the same hour each morning still gets its daily
backup, and one left running overnight gets one per day."""


def backup(station: Station, target: Path | None = None, *, now: datetime | None = None) -> Path:
    if target is None:
        stamp = (now or datetime.now(UTC)).strftime(STAMP)
        target = station.paths.backups / f"{DAILY_PREFIX}{stamp}.db"
    elif target.is_dir():
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
        target = target / f"station-{stamp}.db"
    return station.database.backup_to(target)


def daily_backups(paths: StationPaths) -> list[tuple[Path, datetime]]:
    """The daily backups, oldest first, with when each was made (from its name: copies
    keep it). Other files in the folder (a technician's own copy) are not ours to count."""
    found = []
    for path in paths.backups.glob(f"{DAILY_PREFIX}*.db"):
        try:
            made = datetime.strptime(path.stem.removeprefix(DAILY_PREFIX), STAMP)
        except ValueError:
            continue
        found.append((path, made.replace(tzinfo=UTC)))
    return sorted(found, key=lambda backup: backup[1])


def latest_daily_backup(paths: StationPaths) -> tuple[Path, datetime] | None:
    found = daily_backups(paths)
    return found[-1] if found else None


def backup_if_due(station: Station, now: datetime | None = None) -> Path | None:
    """The automatic daily backup: made when the newest is older than
    ``DAILY_BACKUP_AFTER`` (or there is none), then the oldest beyond ``backup.keep`` go."""
    now = now or datetime.now(UTC)
    # Backups dated in the future were made while the PC's clock was wrong: they say
    # nothing about whether today's backup exists.
    made_before = [made for _, made in daily_backups(station.paths) if made <= now]
    if made_before and now - made_before[-1] < DAILY_BACKUP_AFTER:
        return None
    made = backup(station, now=now)
    prune_backups(station.paths, station.settings.get(S.BACKUPS_KEPT), now=now)
    return made


def prune_backups(paths: StationPaths, keep: int, *, now: datetime | None = None) -> list[Path]:
    """Keep the newest ``keep`` daily backups. With ``now``, those dated after it (a clock
    that was ahead) count as the oldest, so the backup just made is never the one to go."""
    found = daily_backups(paths)
    if now is not None:
        found.sort(key=lambda backup: (backup[1] <= now, backup[1]))
    daily = [path for path, _ in found]
    removed = daily[:-keep] if keep > 0 else daily
    for path in removed:
        path.unlink(missing_ok=True)
    return removed


def restore(paths: StationPaths, source: Path) -> Path:
    """Replace the station database with a backup. The current one is backed up first.

    Refused while the app runs on this data folder: a running app would keep writing to
    the file being replaced.
    """
    if InstanceLock.is_held(paths.lock_file):
        raise MaintenanceError(
            QT_TRANSLATE_NOOP("Maintenance", "Close Station POS before restoring a backup.")
        )
    _check_backup_file(source)
    with InstanceLock(paths.lock_file):
        paths.create()
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
        safety = paths.backups / f"before-restore-{stamp}.db"
        if paths.database.exists():
            _copy_database(paths.database, safety)
        _copy_database(source, paths.database)
    return safety


def _check_backup_file(source: Path) -> None:
    if not source.is_file():
        raise MaintenanceError(
            QT_TRANSLATE_NOOP("Maintenance", "No backup file at {path}."), path=str(source)
        )
    try:
        connection = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
        try:
            result = connection.execute("PRAGMA integrity_check").fetchone()
            connection.execute("SELECT count(*) FROM audit_log").fetchone()
        finally:
            connection.close()
    except sqlite3.DatabaseError:
        raise MaintenanceError(
            QT_TRANSLATE_NOOP("Maintenance", "{path} is not a Station POS backup."),
            path=str(source),
        ) from None
    if result is None or result[0] != "ok":
        raise MaintenanceError(
            QT_TRANSLATE_NOOP("Maintenance", "The backup {path} is damaged."), path=str(source)
        )


def _copy_database(source: Path, target: Path) -> None:
    """Copy with the online backup API, then drop the target's stale WAL files."""
    target.parent.mkdir(parents=True, exist_ok=True)
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    try:
        dst = sqlite3.connect(target)
        try:
            src.backup(dst)
            dst.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            dst.close()
    finally:
        src.close()
