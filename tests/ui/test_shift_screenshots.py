"""Screenshots of the shift screens in Chinese at 1280×800, taken the way a clerk gets there.

They go to ``tmp_path``; set ``STATION_SCREENSHOTS=docs/screenshots`` to refresh the docs.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from station_app.station import Station
from tests.ui.test_shifts_ui import (
    CLERK,
    SUPERVISOR,
    WAIT,
    click,
    logged_in,
    shift_page,
    type_into,
    type_text,
)
from ui.app import build_window, set_up_application
from ui.context import AppContext
from ui.main_window import StationWindow
from ui.tasks import Tasks

SIZE = (1280, 800)


@pytest.fixture
def shots(tmp_path: Path) -> Path:
    folder = Path(os.environ.get("STATION_SCREENSHOTS") or tmp_path)
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def save(widget: QWidget, folder: Path, name: str) -> None:
    QApplication.processEvents()
    path = folder / name
    assert widget.grab().save(str(path))
    image = QImage(str(path))
    assert (image.width(), image.height()) == SIZE


def test_login_pin_pad_shift_screens_and_audit(
    qtbot: QtBot, window: StationWindow, shots: Path, tmp_path: Path
) -> None:
    window.resize(*SIZE)
    window.login.select_staff(CLERK)
    for digit in "111":
        click(qtbot, window.login.pad.keys[digit])
    save(window, shots, "pin-pad.png")
    window.login.pad.clear()

    logged_in(qtbot, window, CLERK)
    page = shift_page(qtbot, window)
    qtbot.waitUntil(lambda: page.overview.closed_card.isVisible(), timeout=WAIT)
    click(qtbot, page.overview.open_button)
    counts = {"10000": 3, "5000": 2, "2000": 5, "1000": 8, "500": 6, "100": 15, "50": 4, "10": 10}
    page.opening.count.set_counts(counts)
    save(window, shots, "shift-open.png")
    click(qtbot, page.opening.confirm)
    qtbot.waitUntil(lambda: page.overview.open_card.isVisible(), timeout=WAIT)

    click(qtbot, page.overview.paid_in_button)
    type_into(qtbot, page.movement.amount, "100")
    type_into(qtbot, page.movement.reason, "从保险柜取零钱")
    click(qtbot, page.movement.confirm)
    qtbot.waitUntil(lambda: page.overview.facts["paid_in"].text() == "¥100.00", timeout=WAIT)
    save(window, tmp_path, "shift-overview.png")
    click(qtbot, page.overview.paid_out_button)
    type_into(qtbot, page.movement.amount, "30")
    type_into(qtbot, page.movement.reason, "购买打印纸")
    click(qtbot, page.movement.confirm)
    dialog = page.override
    assert dialog is not None
    for digit in "22":
        click(qtbot, dialog.pad.keys[digit])
    QApplication.processEvents()
    assert dialog.grab().save(str(tmp_path / "override.png"))
    click(qtbot, dialog.cancel)
    click(qtbot, page.back_button)

    click(qtbot, page.overview.close_button)
    page.closing.count.set_counts({**counts, "10000": 4, "100": 14})
    type_text(qtbot, page.closing.reason, "找零时多找了一元")
    save(window, shots, "shift-close.png")
    click(qtbot, page.closing.confirm)
    qtbot.waitUntil(lambda: page.stack.currentWidget() is page.report, timeout=WAIT)
    save(window, shots, "z-report.png")

    click(qtbot, window.home.lock_button)
    logged_in(qtbot, window, SUPERVISOR)
    page = shift_page(qtbot, window)
    click(qtbot, page.overview.audit_button)
    qtbot.waitUntil(lambda: page.audit.table.rowCount() >= 5, timeout=WAIT)
    page.audit.by_date.setChecked(True)
    page.audit.date_from.setDate(QDate(2026, 11, 26))
    qtbot.waitUntil(lambda: page.audit.table.rowCount() >= 5, timeout=WAIT)
    save(window, shots, "audit-viewer.png")


@pytest.fixture
def empty_window(qtbot: QtBot, qapp: QApplication, station: Station) -> Iterator[StationWindow]:
    set_up_application(qapp, "zh_CN", station.paths.cache_dir)
    tasks = Tasks()
    shown = build_window(AppContext(station=station, tasks=tasks))
    qtbot.addWidget(shown)
    shown.resize(*SIZE)
    shown.show()
    yield shown
    shown.status.timer.stop()
    tasks.wait()


def test_set_up_wizard(qtbot: QtBot, empty_window: StationWindow, shots: Path) -> None:
    wizard = empty_window.setup
    assert wizard is not None
    type_text(qtbot, wizard.station_name, "幸福里社区服务站")
    type_text(qtbot, wizard.terminal_name, "1号柜台")
    type_text(qtbot, wizard.admin_name, "李娜")
    save(empty_window, shots, "setup-wizard.png")
    click(qtbot, wizard.next_button)
    assert wizard.steps.currentIndex() == 1
    qtbot.keyClick(wizard.pad, Qt.Key.Key_1)
