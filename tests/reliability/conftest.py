"""Reliability suites: a short version runs in CI; ``STATION_LONG=1`` runs the long one."""

from __future__ import annotations

import os
from pathlib import Path

LONG = os.environ.get("STATION_LONG") == "1"
ROOT = Path(__file__).resolve().parent.parent.parent


def sized(short: int, long: int) -> int:
    """The size of a run: ``long`` under ``STATION_LONG=1``, else ``short``."""
    return long if LONG else short
