"""The counter over the demo community, for the screenshot tests of each section.

Images go to the test's temporary folder; with ``STATION_SCREENSHOTS=1`` they also go to
docs/screenshots (what the README and the docs show).
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from station_app import demo, shifts
from station_app.db.models import Staff
from station_app.station import Station
from station_app.work import Actor, Work
from ui.app import build_window, set_up_application
from ui.context import AppContext
from ui.main_window import StationWindow
from ui.tasks import Tasks

ROOT = Path(__file__).resolve().parents[2]
FLOAT = {"10000": 3, "5000": 2, "1000": 10, "500": 10, "100": 20}


@contextmanager
def demo_counter(
    qtbot: Any,
    qapp: QApplication,
    station: Station,
    section: str,
    *,
    prepare: Callable[[Work], None] | None = None,
) -> Iterator[StationWindow]:
    """The window at 1280×800, 张敏 (clerk) logged in, a shift open, ``section`` shown.

    ``prepare`` runs in the unit of work that opens the shift (e.g. to mark a sync).
    """
    demo.seed_demo(station)
    with station.database.reading() as session:
        clerk = session.execute(select(Staff).where(Staff.name == "张敏")).scalar_one()
        actor = Actor(clerk.id, clerk.name, clerk.role)
    with station.work(actor) as work:
        shifts.open_shift(work, FLOAT)
        if prepare is not None:
            prepare(work)
    set_up_application(qapp, "zh_CN", station.paths.cache_dir)
    tasks = Tasks()
    context = AppContext(station=station, tasks=tasks)
    shown = build_window(context)
    qtbot.addWidget(shown)
    shown.resize(1280, 800)
    shown.show()
    qtbot.waitExposed(shown)
    context.session.log_in(actor)
    shown.home.open_section(section)
    try:
        yield shown
    finally:
        shown.status.timer.stop()
        shown.printing.stop()
        tasks.wait()


def save_screenshot(
    window: StationWindow, name: str, tmp_path: Path, *, publish: bool = True
) -> Path:
    QApplication.processEvents()
    image = window.grab()
    assert (image.width(), image.height()) == (1280, 800)
    path = tmp_path / name
    assert image.save(str(path))
    if publish and os.environ.get("STATION_SCREENSHOTS") == "1":
        assert image.save(str(ROOT / "docs" / "screenshots" / name))
    return path
