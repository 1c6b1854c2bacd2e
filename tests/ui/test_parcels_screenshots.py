"""The parcel screens over the demo community, in Chinese at 1280×800, as images.

Each screen is rendered into the test's temporary folder; with ``STATION_SCREENSHOTS=1`` the
images also go to docs/screenshots (what the README shows).
"""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from station_app import demo
from station_app.db.models import Parcel, Staff
from station_app.station import Station
from station_app.work import Actor
from tests.conftest import ManualClock
from ui.app import build_window, set_up_application
from ui.context import AppContext
from ui.main_window import StationWindow
from ui.parcels import ParcelsPage
from ui.parcels.overdue import OverdueScreen
from ui.parcels.pickup import PickupScreen
from ui.parcels.returns import ReturnScreen
from ui.parcels.search import SearchScreen
from ui.parcels.stocktake import StocktakeScreen
from ui.tasks import Tasks

from .test_parcels_counter import scan

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def demo_window(qtbot: Any, qapp: QApplication, station: Station) -> Iterator[StationWindow]:
    """The counter window over the demo community, 张敏 (clerk) logged in, on Parcels."""
    demo.seed_demo(station)
    set_up_application(qapp, "zh_CN", station.paths.cache_dir)
    tasks = Tasks()
    context = AppContext(station=station, tasks=tasks)
    shown = build_window(context)
    qtbot.addWidget(shown)
    shown.resize(1280, 800)
    shown.show()
    qtbot.waitExposed(shown)
    qtbot.waitUntil(shown.isActiveWindow)
    with station.database.reading() as session:
        clerk = session.execute(select(Staff).where(Staff.name == "张敏")).scalar_one()
        context.session.log_in(Actor(clerk.id, clerk.name, clerk.role))
    shown.home.open_section("parcels")
    yield shown
    shown.status.timer.stop()
    tasks.wait()


def save(window: StationWindow, name: str, tmp_path: Path, *, publish: bool = True) -> Path:
    QApplication.processEvents()
    image = window.grab()
    assert (image.width(), image.height()) == (1280, 800)
    path = tmp_path / name
    assert image.save(str(path))
    if publish and os.environ.get("STATION_SCREENSHOTS") == "1":
        assert image.save(str(ROOT / "docs" / "screenshots" / name))
    return path


def page_of(window: StationWindow) -> ParcelsPage:
    page = window.home.pages.currentWidget()
    assert isinstance(page, ParcelsPage)
    return page


def test_screenshots(
    qtbot: Any, demo_window: StationWindow, tmp_path: Path, clock: ManualClock
) -> None:
    page = page_of(demo_window)
    station = demo_window.context.station

    # Check-in: a courier's pile, half done; the next parcel's phone typed in.
    page.open("check_in")
    for waybill, phone in [
        ("78312345678901", "13899761234"),
        ("YT4612345678901", "15199430087"),
        ("SF1402345678912", "13709915566"),
    ]:
        scan(qtbot, waybill)
        scan(qtbot, phone)
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    with station.database.reading() as session:
        resident_phone = session.execute(
            select(Parcel.phone).where(Parcel.household_id.is_not(None)).limit(1)
        ).scalar_one()
    scan(qtbot, "JT0012345678901")
    scan(qtbot, resident_phone)
    save(demo_window, "parcels-check-in.png", tmp_path)

    # Pickup: one parcel handed over already; a phone tail with several parcels, one ticked,
    # a neighbour collecting.
    pickup = page.open("pickup")
    assert isinstance(pickup, PickupScreen)
    with station.database.reading() as session:
        tails = Counter(
            session.execute(
                select(Parcel.phone_tail).where(Parcel.status == "in_station")
            ).scalars()
        )
        some_code = session.execute(
            select(Parcel.pickup_code).where(Parcel.status == "in_station").limit(1)
        ).scalar_one()
    scan(qtbot, some_code)
    pickup.confirm.click()
    tail, _count = tails.most_common(1)[0]
    scan(qtbot, tail)
    pickup.results.set_checked(pickup.results.parcels()[0].id, True)
    pickup.choose_collector("neighbour")
    pickup.collector_name.setText("王芳")
    save(demo_window, "parcels-pickup.png", tmp_path)

    # Overdue: a few days later, by age.
    clock.advance(timedelta(days=2))
    overdue = page.open("overdue")
    assert isinstance(overdue, OverdueScreen)
    for parcel in overdue.table.parcels()[1:3]:
        overdue.table.set_checked(parcel.id, True)
    overdue.courier.setText("中通 王师傅")
    save(demo_window, "parcels-overdue.png", tmp_path)

    # Stocktake: shelf 2, all but two scanned, plus one from shelf 3.
    stocktake = page.open("stocktake")
    assert isinstance(stocktake, StocktakeScreen)
    stocktake.choose_shelf("2")
    expected = sorted({p.pickup_code for p in stocktake.expected.values()})
    for code in expected[2:]:
        scan(qtbot, code)
    with station.database.reading() as session:
        stray = session.execute(
            select(Parcel.pickup_code)
            .where(Parcel.status == "in_station", Parcel.shelf == "3")
            .limit(1)
        ).scalar_one()
    scan(qtbot, stray)
    stocktake.finish_count()
    save(demo_window, "parcels-stocktake.png", tmp_path)

    # Return and search: rendered for a look, not published.
    returns = page.open("return")
    assert isinstance(returns, ReturnScreen)
    scan(qtbot, overdue.table.parcels()[0].waybill_no)
    save(demo_window, "parcels-return.png", tmp_path, publish=False)
    search = page.open("search")
    assert isinstance(search, SearchScreen)
    search.tail.setText(tail)
    search.run_search()
    save(demo_window, "parcels-search.png", tmp_path, publish=False)
