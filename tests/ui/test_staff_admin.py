"""An admin manages staff in Settings; anyone else needs an admin's approval by PIN."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from station_app import staff
from station_app.db.models import Staff
from station_app.station import Station
from station_app.work import Actor
from tests.ui.test_login import log_in
from ui.main_window import StationWindow
from ui.settings_page import SettingsPage
from ui.staff_admin import StaffAdminPanel, StaffForm

ADMIN, ADMIN_PIN = "刘芳", "3333"


def with_admin(station: Station) -> None:
    with station.work(Actor.system()) as work:
        work.session.add(
            Staff(id="admin-1", name=ADMIN, role="admin", pin_hash=staff.hash_pin(ADMIN_PIN))
        )


def open_staff_admin(qtbot: QtBot, window: StationWindow, name: str, pin: str) -> StaffAdminPanel:
    with qtbot.waitSignal(window.context.session.changed, timeout=10_000):
        log_in(qtbot, window, name, pin)
    window.home.open_section("settings")
    page = window.home.pages.currentWidget()
    assert isinstance(page, SettingsPage)
    return page.staff_admin


def click(qtbot: QtBot, button: QPushButton) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def fill_form(
    qtbot: QtBot, panel: StaffAdminPanel, pin: str, *, name: str = "", role: str = ""
) -> StaffForm:
    form = panel.form
    assert form is not None and form.isVisible()
    if name:
        form.name.setText(name)  # QTest types Latin-1 only
        form.role.setCurrentIndex(form.role.findData(role))
    qtbot.keyClicks(form.pin, pin)
    qtbot.keyClicks(form.pin_again, pin)
    return form


def lock(qtbot: QtBot, window: StationWindow) -> None:
    click(qtbot, window.home.lock_button)
    assert window.screens.currentWidget() is window.login


def test_an_admin_adds_a_clerk_who_then_logs_in(
    qtbot: QtBot, staffed_station: Station, window_factory: Callable[[], StationWindow]
) -> None:
    with_admin(staffed_station)
    window = window_factory()
    panel = open_staff_admin(qtbot, window, ADMIN, ADMIN_PIN)
    assert panel.add_button.isEnabled() and panel.paired_note.isHidden()
    assert panel.add_button.text() == "添加员工"
    assert panel.row_named("张敏") is not None

    click(qtbot, panel.add_button)
    form = fill_form(qtbot, panel, "4567", name="李娜", role="clerk")
    qtbot.keyClicks(form.pin_again, "8")  # a typo is caught before anything is saved
    click(qtbot, form.save)
    assert "不一致" in form.message.text() and form.pin.text() == ""
    qtbot.keyClicks(form.pin, "4567")
    qtbot.keyClicks(form.pin_again, "4567")
    click(qtbot, form.save)
    qtbot.waitUntil(lambda: panel.row_named("李娜") is not None, timeout=10_000)
    assert panel.form is None
    row = panel.row_named("李娜")
    assert row is not None and row.role == "clerk" and not row.locked
    assert "李娜" in panel.message.text()

    lock(qtbot, window)
    with qtbot.waitSignal(window.context.session.changed, timeout=10_000):
        log_in(qtbot, window, "李娜", "4567")
    actor = window.context.session.actor
    assert actor is not None and actor.name == "李娜" and actor.role == "clerk"


def test_an_admin_resets_a_pin_and_a_refusal_is_shown(
    qtbot: QtBot, staffed_station: Station, window_factory: Callable[[], StationWindow]
) -> None:
    with_admin(staffed_station)
    window = window_factory()
    panel = open_staff_admin(qtbot, window, ADMIN, ADMIN_PIN)

    panel.select("张敏")
    click(qtbot, panel.reset_button)
    form = fill_form(qtbot, panel, "12")  # too short: the core refuses, the form stays
    click(qtbot, form.save)
    qtbot.waitUntil(lambda: "4" in form.message.text(), timeout=10_000)
    assert panel.form is form and form.save.isEnabled()
    form.pin.clear()
    form.pin_again.clear()
    qtbot.keyClicks(form.pin, "9876")
    qtbot.keyClicks(form.pin_again, "9876")
    click(qtbot, form.save)
    qtbot.waitUntil(lambda: panel.form is None, timeout=10_000)
    assert "张敏" in panel.message.text()

    lock(qtbot, window)
    with qtbot.waitSignal(window.context.session.changed, timeout=10_000):
        log_in(qtbot, window, "张敏", "9876")
    actor = window.context.session.actor
    assert actor is not None and actor.name == "张敏"


def test_the_last_admin_stays_active(
    qtbot: QtBot, staffed_station: Station, window_factory: Callable[[], StationWindow]
) -> None:
    with_admin(staffed_station)
    window = window_factory()
    panel = open_staff_admin(qtbot, window, ADMIN, ADMIN_PIN)
    panel.select(ADMIN)
    click(qtbot, panel.deactivate_button)
    assert panel.confirm is not None
    click(qtbot, panel.confirm.yes)
    qtbot.waitUntil(lambda: "最后" in panel.message.text(), timeout=10_000)
    assert panel.row_named(ADMIN) is not None

    panel.select("张敏")
    click(qtbot, panel.deactivate_button)
    assert panel.confirm is not None
    click(qtbot, panel.confirm.yes)
    qtbot.waitUntil(lambda: panel.row_named("张敏") is None, timeout=10_000)


def test_a_supervisor_adding_staff_needs_an_admins_approval(
    qtbot: QtBot, staffed_station: Station, window_factory: Callable[[], StationWindow]
) -> None:
    with_admin(staffed_station)
    window = window_factory()
    panel = open_staff_admin(qtbot, window, "王强", "2222")

    click(qtbot, panel.add_button)
    form = fill_form(qtbot, panel, "5555", name="赵磊", role="clerk")
    click(qtbot, form.save)
    approval = panel.approval
    assert approval is not None and approval.isVisible()
    assert panel.row_named("赵磊") is None  # nothing changes before the approval

    approval.select_approver(ADMIN)
    for digit in ADMIN_PIN:
        click(qtbot, approval.pad.keys[digit])
    click(qtbot, approval.pad.ok)
    qtbot.waitUntil(lambda: panel.row_named("赵磊") is not None, timeout=10_000)
    assert panel.form is None and panel.approval is None
