"""The demo's promise, end to end: a payment taken while "simulate offline" is on waits as
待确认; switched back on and synced, the bills history lists it as 已确认 and the status
bar says online. The embedded demo platform is real (uvicorn on 127.0.0.1), Qt offscreen.

The window is saved as an image in the test's folder; with ``STATION_SCREENSHOTS=1`` also
as docs/screenshots/demo-offline-confirmed.png.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from station_app import bills, shifts
from station_app.db.models import Bill, Payment, Staff
from station_app.paths import StationPaths
from station_app.station import Station
from station_app.work import Actor
from ui.app import build_window, set_up_application, start_demo_platform
from ui.bills import BillsPage
from ui.context import AppContext
from ui.main_window import StationWindow
from ui.tasks import Tasks


def cell(table: Any, row: int, column: int) -> str:
    item = table.item(row, column)
    assert item is not None
    return str(item.text())


ROOT = Path(__file__).resolve().parents[2]
NAME = "demo-offline-confirmed.png"
WAIT = 15_000
FLOAT = {"10000": 2, "1000": 10}


@pytest.fixture
def demo(qtbot: Any, qapp: QApplication, tmp_path: Path) -> Iterator[tuple[StationWindow, Actor]]:
    # The real clock: the demo platform runs on it and the terminal follows its time.
    station = Station(StationPaths.under(tmp_path / "demo"))
    embedded = start_demo_platform(station)
    assert embedded is not None
    with station.database.reading() as session:
        clerk = session.execute(select(Staff).where(Staff.name == "张敏")).scalar_one()
        actor = Actor(clerk.id, clerk.name, clerk.role)
    with station.work(actor) as work:
        shifts.open_shift(work, FLOAT)
    set_up_application(qapp, "zh_CN", station.paths.cache_dir)
    tasks = Tasks()
    context = AppContext(station=station, tasks=tasks, demo=True)
    window = build_window(context)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    context.session.log_in(actor)
    try:
        yield window, actor
    finally:
        window.stop_background()
        window.status.timer.stop()
        window.printing.stop()
        window.receipt_preview.close()
        tasks.wait()
        embedded.stop()
        station.close()


def test_a_payment_made_offline_is_confirmed_after_sync(
    qtbot: Any, demo: tuple[StationWindow, Actor], tmp_path: Path
) -> None:
    window, actor = demo
    station = window.context.station
    status, worker = window.status, window.sync
    assert worker is not None
    qtbot.waitUntil(lambda: worker.last_report is not None and not worker.running, timeout=WAIT)

    with qtbot.waitSignal(worker.round_finished, timeout=WAIT) as offline_round:
        status.offline_switch.setChecked(True)
    assert offline_round.args[0].error_kind == "simulated_offline"
    with station.database.reading() as session:
        bill = (
            session.execute(select(Bill).where(Bill.status == "unpaid").order_by(Bill.id))
            .scalars()
            .first()
        )
        assert bill is not None
        bill_id = bill.id
    with station.work(actor) as work:
        paid = bills.pay(work, [bill_id], cash_tendered_fen=100_000)
    assert paid.offline and paid.status == "pending"

    window.home.open_section("bills")
    page = window.home.pages.currentWidget()
    assert isinstance(page, BillsPage)
    page.open("history")
    assert cell(page.history.table, 0, 6) == "待确认"

    with qtbot.waitSignal(worker.round_finished, timeout=WAIT) as back_online:
        status.offline_switch.setChecked(False)
    assert back_online.args[0].ok, back_online.args[0]
    with station.database.reading() as session:
        payment = session.get(Payment, paid.payment_id)
        assert payment is not None and payment.status == "confirmed"
    qtbot.waitUntil(lambda: status.network.objectName() == "statusOnline", timeout=WAIT)
    page.open("history")
    table = page.history.table
    assert table.rowCount() == 1
    assert cell(table, 0, 1) == paid.receipt_no
    assert cell(table, 0, 6) == "已确认"
    assert status.network.text().startswith(status.tr("● Online"))

    QApplication.processEvents()
    image = window.grab()
    path = tmp_path / NAME
    assert image.save(str(path))
    if os.environ.get("STATION_SCREENSHOTS") == "1":
        assert image.save(str(ROOT / "docs" / "screenshots" / NAME))
    saved = QImage(str(path))
    assert (saved.width(), saved.height()) == (1280, 800)
