"""UI fixtures: the real window over a real station, translated, offscreen."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtWidgets import QApplication

from station_app import staff
from station_app.db.models import Staff
from station_app.station import Station
from station_app.work import Actor
from ui.app import build_window, set_up_application
from ui.context import AppContext
from ui.main_window import StationWindow
from ui.tasks import Tasks

PINS = {"张敏": "1111", "王强": "2222"}


@pytest.fixture
def staffed_station(station: Station) -> Station:
    with station.work(Actor.system()) as work:
        work.session.add(
            Staff(id="clerk-1", name="张敏", role="clerk", pin_hash=staff.hash_pin("1111"))
        )
        work.session.add(
            Staff(id="super-1", name="王强", role="supervisor", pin_hash=staff.hash_pin("2222"))
        )
        station.identity(work.session).station_name = "幸福里社区服务站"
    return station


@pytest.fixture
def window_factory(
    qtbot, qapp: QApplication, staffed_station: Station
) -> Iterator[Callable[[], StationWindow]]:
    """Builds the window when the test says so (after it has set up settings)."""
    tasks = Tasks()
    windows: list[StationWindow] = []

    def make() -> StationWindow:
        set_up_application(qapp, "zh_CN", staffed_station.paths.cache_dir)
        shown = build_window(AppContext(station=staffed_station, tasks=tasks))
        qtbot.addWidget(shown)
        shown.resize(1280, 800)
        shown.show()
        windows.append(shown)
        return shown

    yield make
    for shown in windows:
        shown.status.timer.stop()
        shown.printing.stop()
        shown.receipt_preview.close()
    tasks.wait()


@pytest.fixture
def window(window_factory: Callable[[], StationWindow]) -> StationWindow:
    return window_factory()
