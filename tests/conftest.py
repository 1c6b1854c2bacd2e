"""Shared fixtures: a real station on a real SQLite file in a temporary folder."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from station_app.clock import Clock
from station_app.paths import StationPaths
from station_app.station import Station
from station_app.work import Actor


class ManualClock(Clock):
    """A clock the test moves by hand: wall and monotonic time advance together."""

    def __init__(self, start: datetime = datetime(2026, 11, 26, 2, 0, tzinfo=UTC)) -> None:
        self.wall = start
        self.mono = 1000.0
        super().__init__(wall=lambda: self.wall, monotonic=lambda: self.mono)

    def advance(self, delta: timedelta) -> None:
        self.wall += delta
        self.mono += delta.total_seconds()


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock()


@pytest.fixture
def station(tmp_path: Path, clock: ManualClock) -> Iterator[Station]:
    opened = Station(StationPaths.under(tmp_path / "station"), clock=clock)
    yield opened
    opened.close()


@pytest.fixture
def system() -> Actor:
    return Actor.system()
