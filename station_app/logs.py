"""A rotating log file in the log folder: enough to diagnose a station after the fact."""

from __future__ import annotations

import logging
from pathlib import Path

LOG_FILE = "station.log"


def configure_logging(log_dir: Path, *, level: int = logging.INFO, rotating: bool = True) -> Path:
    """Log to ``log_dir/station.log``, rotated at 2 MB, five old files kept.

    ``rotating=False`` appends to the same file without rotation: for the moment before the
    login screen shows, since ``logging.handlers`` (with the socket, pickle and queue modules
    it loads) costs start-up ~10 ms. Called again with ``rotating=True`` it swaps in the
    rotating handler."""
    log_dir.mkdir(parents=True, exist_ok=True)
    path = log_dir / LOG_FILE
    root = logging.getLogger()
    current = next(
        (h for h in root.handlers if getattr(h, "baseFilename", None) == str(path)), None
    )
    if current is not None:
        if not rotating or type(current) is not logging.FileHandler:
            return path  # already as asked (or better: rotating)
        root.removeHandler(current)
        current.close()
    handler: logging.FileHandler
    if rotating:
        from logging.handlers import RotatingFileHandler

        handler = RotatingFileHandler(
            path, maxBytes=2_000_000, backupCount=5, encoding="utf-8"
        )
    else:
        handler = logging.FileHandler(path, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    root.setLevel(level)
    return path
