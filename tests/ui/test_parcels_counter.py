"""The Parcels section as staff meet it: six screens, named controls, big targets.

Also the shared set-up of the parcel screen tests: a logged-in counter with a small
community, and a scanner that types into whatever has the focus.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QDateEdit,
    QLineEdit,
    QListWidget,
    QTableWidget,
    QWidget,
)

from station_app import parcels, replica
from station_app.parcels import ParcelView
from station_app.station import Station
from station_app.work import Actor
from ui.app import set_up_application
from ui.context import AppContext
from ui.main_window import StationWindow
from ui.parcels import ParcelsPage
from ui.parcels.parcel_table import ParcelTable
from ui.parcels.screen import ParcelScreen
from ui.tasks import Tasks

from .test_login import log_in

CLERK = Actor("clerk-1", "张敏", "clerk")
SUPERVISOR = Actor("super-1", "王强", "supervisor")

RESIDENTS = [
    # household, resident, name, phone
    ("h1", "r1", "张伟", "13812341234"),
    ("h1", "r2", "李娟", "13900005678"),
    ("h2", "r3", "艾力·吐尔逊", "13712341234"),  # same tail as 张伟, another household
    ("h3", "r4", "阿依古丽·买买提", "15099998888"),
]


def seed_community(station: Station) -> None:
    changes: list[dict[str, Any]] = [
        {
            "entity": "household",
            "id": household,
            "op": "upsert",
            "version": 1,
            "data": {"building": "3", "unit": "2", "room": f"10{number}"},
        }
        for number, household in enumerate(("h1", "h2", "h3"), start=1)
    ]
    changes += [
        {
            "entity": "resident",
            "id": resident,
            "op": "upsert",
            "version": 1,
            "data": {"household_id": household, "name": name, "phone": phone},
        }
        for household, resident, name, phone in RESIDENTS
    ]
    with station.work(Actor.system()) as work:
        replica.apply_changes(work.session, changes)


@dataclass
class Counter:
    page: ParcelsPage
    context: AppContext
    station: Station

    def log_in(self, actor: Actor) -> None:
        self.context.session.log_in(actor)

    def receive(self, waybill: str, phone: str = "13812341234", carrier: str = "SF") -> ParcelView:
        """A parcel checked in behind the screen's back (set-up, not the thing tested)."""
        layout = self.page.check_in.shelf_layout()
        with self.station.work(CLERK) as work:
            return parcels.check_in(work, layout, waybill_no=waybill, carrier=carrier, phone=phone)


@contextmanager
def open_counter(
    qtbot: Any, qapp: QApplication, station: Station, *, community: bool = True
) -> Iterator[Counter]:
    """The Parcels page, translated, 1280×800, with the clerk logged in.

    ``station`` is the UI conftest's ``staffed_station`` (张敏 clerk 1111, 王强 supervisor 2222).
    """
    set_up_application(qapp, "zh_CN", station.paths.cache_dir)
    if community:
        seed_community(station)
    tasks = Tasks()
    context = AppContext(station=station, tasks=tasks)
    context.session.log_in(CLERK)
    page = ParcelsPage(context)
    qtbot.addWidget(page)
    # As in the main window: a fixed minimum, so the offscreen platform is not asked to
    # follow the layout's size hints (it warns that it cannot).
    page.setMinimumSize(1024, 700)
    page.resize(1280, 800)
    page.show()
    qtbot.waitExposed(page)
    qtbot.waitUntil(page.isActiveWindow)
    try:
        yield Counter(page, context, station)
    finally:
        tasks.wait()


def scan(qtbot: Any, text: str) -> QWidget:
    """What a keyboard-wedge scanner does: fast keys into the focused widget, then Enter."""
    target = QApplication.focusWidget()
    assert target is not None, "nothing has the focus: the scan would be lost"
    if text.isascii():
        qtbot.keyClicks(target, text)
    else:
        # QTest cannot type Chinese; an input method commits the text in one go instead.
        assert isinstance(target, QLineEdit)
        target.insert(text)
    qtbot.keyClick(target, Qt.Key.Key_Return)
    return target


def tap_row(qtbot: Any, table: ParcelTable, parcel_id: str) -> None:
    row = table.row_of(parcel_id)
    assert row is not None
    center: QPoint = table.visualRect(table.model().index(row, 1)).center()
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=center)


def click(qtbot: Any, button: QAbstractButton) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


# -- tests of the section itself


def test_the_parcels_section_opens_from_the_navigation(qtbot: Any, window: StationWindow) -> None:
    with qtbot.waitSignal(window.context.session.changed, timeout=10_000):
        log_in(qtbot, window, "张敏", "1111")
    click(qtbot, window.home.nav_buttons["bills"])
    click(qtbot, window.home.nav_buttons["parcels"])
    page = window.home.pages.currentWidget()
    assert isinstance(page, ParcelsPage)
    assert [tab.text() for tab in page.tabs.values()] == [
        "入库",
        "取件",
        "滞留",
        "退件",
        "盘点",
        "查询",
    ]
    assert page.current() is page.check_in
    assert QApplication.focusWidget() is page.check_in.waybill


def test_every_control_is_named_and_big_enough(
    qtbot: Any, qapp: QApplication, staffed_station: Station
) -> None:
    with open_counter(qtbot, qapp, staffed_station) as counter:
        page = counter.page
        for key in page.tabs:
            screen: ParcelScreen = page.open(key)
            kinds = (QAbstractButton, QLineEdit, QComboBox, QDateEdit, QTableWidget, QListWidget)
            for widget in screen.findChildren(QWidget):
                if not isinstance(widget, kinds) or widget.objectName().startswith("qt_"):
                    continue
                if isinstance(widget.parent(), QComboBox | QDateEdit | QLineEdit):
                    continue  # a combo's or line edit's own inner buttons
                assert widget.accessibleName(), f"{key}: {type(widget).__name__} has no name"
                if isinstance(widget, QAbstractButton | QLineEdit | QComboBox | QDateEdit):
                    assert widget.minimumHeight() >= 48 or widget.height() >= 48, (
                        f"{key}: {widget.accessibleName()} is {widget.height()} px high"
                    )
