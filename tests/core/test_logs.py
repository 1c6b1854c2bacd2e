"""The log file: written from the first moment of a start, rotated once the app is up."""

from __future__ import annotations

import logging
import logging.handlers
from collections.abc import Iterator
from pathlib import Path

import pytest

from station_app.logs import configure_logging


@pytest.fixture
def root_handlers() -> Iterator[None]:
    root = logging.getLogger()
    before = list(root.handlers)
    yield
    for handler in root.handlers:
        if handler not in before:
            root.removeHandler(handler)
            handler.close()


@pytest.mark.usefixtures("root_handlers")
def test_the_early_log_becomes_the_rotating_log_in_the_same_file(tmp_path: Path) -> None:
    path = configure_logging(tmp_path, rotating=False)
    logging.getLogger("test.early").warning("before the login shows")
    configure_logging(tmp_path)
    logging.getLogger("test.later").warning("after the station opened")
    configure_logging(tmp_path, rotating=False)  # a late early call does not undo rotation
    ours = [h for h in logging.getLogger().handlers if getattr(h, "baseFilename", "") == str(path)]
    assert len(ours) == 1
    assert isinstance(ours[0], logging.handlers.RotatingFileHandler)
    ours[0].flush()
    text = path.read_text(encoding="utf-8")
    assert "before the login shows" in text and "after the station opened" in text
