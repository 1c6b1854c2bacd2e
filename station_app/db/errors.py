"""Storage errors: the environment failed (disk full, locked, read-only) versus a bug.

An environment failure is something staff or a technician can act on, so it carries a
message in plain words; anything else from SQLite is a bug and is raised as it is.
"""

from __future__ import annotations

import sqlite3

from station_app.i18n import QT_TRANSLATE_NOOP, Message, UserError


class StorageEnvironmentError(UserError):
    """The machine, not the code, stopped the database: nothing was written.

    A ``UserError`` like any refusal: every screen that says why something was refused says
    this too, in words, instead of treating it as a crash.
    """

    message: Message = QT_TRANSLATE_NOOP("StorageError", "The database failed.")

    def __init__(self, detail: str = "") -> None:
        super().__init__(type(self).message)
        self.detail = detail
        if detail:
            self.args = (f"{self.message.source} ({detail})",)


class DiskFullError(StorageEnvironmentError):
    message = QT_TRANSLATE_NOOP(
        "StorageError",
        "The disk is full. Nothing was saved. Free some space, then try again.",
    )


class DatabaseLockedError(StorageEnvironmentError):
    message = QT_TRANSLATE_NOOP(
        "StorageError",
        "The database is busy in another program. Nothing was saved. Try again.",
    )


class ReadOnlyStorageError(StorageEnvironmentError):
    message = QT_TRANSLATE_NOOP(
        "StorageError",
        "The data folder is read-only. Nothing was saved. Ask a technician to fix its permissions.",
    )


class StorageUnavailableError(StorageEnvironmentError):
    message = QT_TRANSLATE_NOOP(
        "StorageError",
        "The database file cannot be opened or read. Ask a technician (see the log).",
    )


class DatabaseCorruptError(StorageEnvironmentError):
    message = QT_TRANSLATE_NOOP(
        "StorageError",
        "The database file is damaged. Restore the latest backup (station-app restore).",
    )


_BY_SQLITE_NAME: dict[str, type[StorageEnvironmentError]] = {
    "SQLITE_FULL": DiskFullError,
    "SQLITE_BUSY": DatabaseLockedError,
    "SQLITE_LOCKED": DatabaseLockedError,
    "SQLITE_READONLY": ReadOnlyStorageError,
    "SQLITE_CANTOPEN": StorageUnavailableError,
    "SQLITE_IOERR": StorageUnavailableError,
    "SQLITE_PERM": ReadOnlyStorageError,
    "SQLITE_CORRUPT": DatabaseCorruptError,
    "SQLITE_NOTADB": DatabaseCorruptError,
}


def classify(error: BaseException) -> StorageEnvironmentError | None:
    """Map a sqlite3 (or SQLAlchemy-wrapped) error to an environment error, or None (a bug)."""
    # SQLAlchemy wraps the driver's error in ``.orig``; read by name so that this module
    # (imported by the launcher) does not load SQLAlchemy before the login screen shows.
    original = getattr(error, "orig", None) or error
    if not isinstance(original, sqlite3.Error):
        return None
    name = getattr(original, "sqlite_errorname", "") or ""
    for prefix, kind in _BY_SQLITE_NAME.items():
        if name.startswith(prefix):
            return kind(str(original))
    # Older SQLite builds may not set the error name: fall back to the text.
    text = str(original).lower()
    if "disk is full" in text or "database or disk is full" in text:
        return DiskFullError(str(original))
    if "locked" in text or "busy" in text:
        return DatabaseLockedError(str(original))
    if "readonly" in text or "read-only" in text:
        return ReadOnlyStorageError(str(original))
    if "unable to open" in text:
        return StorageUnavailableError(str(original))
    if "malformed" in text or "not a database" in text:
        return DatabaseCorruptError(str(original))
    return None
