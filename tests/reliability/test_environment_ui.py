"""The disk fills up under the counter: the clerk reads why in Chinese, nothing is half
saved, and the same window carries on once there is space again."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import func, select

from station_app import parcels
from station_app.db.errors import DiskFullError
from station_app.db.models import AuditEntry, OutboxOp, Parcel
from station_app.parcels import ParcelView
from station_app.station import Station
from station_app.work import Work
from tests.reliability.test_environment import translations
from tests.ui.conftest import staffed_station, window, window_factory  # noqa: F401
from tests.ui.test_login import log_in
from tests.ui.test_parcels_counter import click, scan
from ui.main_window import StationWindow
from ui.parcels import ParcelsPage


def rows(station: Station, model: Any) -> int:
    with station.database.reading() as session:
        return int(session.execute(select(func.count()).select_from(model)).scalar_one())


def fill_the_disk_at_the_last_write(monkeypatch: pytest.MonkeyPatch, station: Station) -> None:
    """The check-in writes its parcel, event, op and audit entry; then its last write needs
    a page the disk has no room for, and SQLite fails it (SQLITE_FULL) as on a full disk."""
    with station.database.engine.begin() as connection:
        connection.exec_driver_sql("CREATE TABLE disk_filler (junk BLOB)")
    real = parcels.check_in

    def check_in_on_a_full_disk(work: Work, *args: Any, **kwargs: Any) -> ParcelView:
        view = real(work, *args, **kwargs)
        connection = work.session.connection()
        pages = connection.exec_driver_sql("PRAGMA page_count").scalar()
        connection.exec_driver_sql(f"PRAGMA max_page_count = {pages}")
        connection.exec_driver_sql("INSERT INTO disk_filler VALUES (randomblob(100000))")
        return view

    monkeypatch.setattr(parcels, "check_in", check_in_on_a_full_disk)


def test_a_full_disk_at_check_in_is_said_in_words_and_the_window_carries_on(
    qtbot: Any,
    monkeypatch: pytest.MonkeyPatch,
    window: StationWindow,  # noqa: F811
    staffed_station: Station,  # noqa: F811
) -> None:
    with qtbot.waitSignal(window.context.session.changed, timeout=10_000):
        log_in(qtbot, window, "张敏", "1111")
    click(qtbot, window.home.nav_buttons["parcels"])
    page = window.home.pages.currentWidget()
    assert isinstance(page, ParcelsPage)
    page.open("check_in")
    screen = page.check_in
    audit_before = rows(staffed_station, AuditEntry)

    with monkeypatch.context() as patch:
        fill_the_disk_at_the_last_write(patch, staffed_station)
        scan(qtbot, "SF1400000000001")
        scan(qtbot, "13812341234")
        scan(qtbot, "")  # no name: confirm
        assert screen.message.tone == "error", screen.message.text()
        # 磁盘已满，未保存任何内容。请清理空间后重试。
        assert screen.message.text() == translations("StorageError")[DiskFullError.message.source]
        assert screen.waybill.text() == "SF1400000000001"  # kept, to confirm again
        assert rows(staffed_station, Parcel) == 0
        assert rows(staffed_station, OutboxOp) == 0
        assert rows(staffed_station, AuditEntry) == audit_before
    staffed_station.database.engine.dispose()  # space freed (connections without the cap)

    # The same entry, confirmed again, checks the parcel in.
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert screen.message.tone == "ok", screen.message.text()
    assert rows(staffed_station, Parcel) == 1
    assert window.isVisible() and window.context.session.actor is not None
    # And the counter goes on with the next parcel, scanner first.
    assert QApplication.focusWidget() is screen.waybill
    scan(qtbot, "SF1400000000002")
    scan(qtbot, "13812341234")
    scan(qtbot, "")
    assert screen.message.tone == "ok", screen.message.text()
    assert rows(staffed_station, Parcel) == 2
