"""The Shift section as staff use it: count a float, pay out with a supervisor's PIN, close
with a count, read the Z report; the first-run wizard on an empty station."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QDateEdit,
    QLineEdit,
    QPlainTextEdit,
    QTableWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from station_app import shifts
from station_app.db.models import AuditEntry, CashMovement, PrintJob, Receipt, Shift, Staff
from station_app.station import Station
from station_app.work import Actor
from tests.ui.conftest import PINS
from tests.ui.test_login import log_in
from ui.app import build_window, set_up_application
from ui.cash_count import CashCount, denomination_label
from ui.context import AppContext
from ui.main_window import StationWindow
from ui.override_dialog import OverrideDialog
from ui.shift_page import ShiftPage
from ui.tasks import Tasks

CLERK, SUPERVISOR = "张敏", "王强"
WAIT = 10_000


def click(qtbot: QtBot, widget: QWidget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def logged_in(qtbot: QtBot, window: StationWindow, name: str) -> None:
    with qtbot.waitSignal(window.context.session.changed, timeout=WAIT):
        log_in(qtbot, window, name, PINS[name])


def shift_page(qtbot: QtBot, window: StationWindow) -> ShiftPage:
    click(qtbot, window.home.nav_buttons["shifts"])
    page = window.home.pages.currentWidget()
    assert isinstance(page, ShiftPage)
    return page


def wait_overview(qtbot: QtBot, page: ShiftPage, *, open_shift: bool) -> None:
    card = page.overview.open_card if open_shift else page.overview.closed_card
    qtbot.waitUntil(
        lambda: page.stack.currentWidget() is page.overview and card.isVisible(), timeout=WAIT
    )


def type_text(qtbot: QtBot, widget: QWidget, text: str) -> None:
    """Digits come from keys; Chinese comes committed by the input method, as on the PC."""
    if text.isascii():
        qtbot.keyClicks(widget, text)
        return
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def type_into(qtbot: QtBot, widget: QWidget, text: str) -> None:
    qtbot.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_text(qtbot, widget, text)


def open_with_float(qtbot: QtBot, page: ShiftPage, hundreds: int) -> None:
    wait_overview(qtbot, page, open_shift=False)
    click(qtbot, page.overview.open_button)
    assert page.stack.currentWidget() is page.opening
    for _ in range(hundreds):
        click(qtbot, page.opening.count.rows["10000"].plus)
    click(qtbot, page.opening.confirm)
    wait_overview(qtbot, page, open_shift=True)


def tap(qtbot: QtBot, dialog: OverrideDialog, pin: str) -> None:
    for digit in pin:
        click(qtbot, dialog.pad.keys[digit])
    click(qtbot, dialog.pad.ok)


def cell(table: QTableWidget, row: int, column: int) -> str:
    item = table.item(row, column)
    assert item is not None
    return item.text()


def audit(station: Station, action: str) -> list[AuditEntry]:
    with station.database.reading() as session:
        return list(
            session.execute(select(AuditEntry).where(AuditEntry.action == action)).scalars()
        )


def open_shift_row(station: Station) -> Shift | None:
    with station.database.reading() as session:
        return session.execute(select(Shift).where(Shift.status == "open")).scalar_one_or_none()


# --- the cash count -------------------------------------------------------------------


def test_the_cash_count_adds_up_taps_and_typed_counts(qtbot: QtBot) -> None:
    count = CashCount()
    qtbot.addWidget(count)
    count.setMinimumSize(800, 640)  # a fixed frame, as the shift page gives it
    count.show()
    assert [denomination_label(d) for d in shifts.DENOMINATIONS] == [
        "¥100",
        "¥50",
        "¥20",
        "¥10",
        "¥5",
        "¥1",
        "¥0.5",
        "¥0.1",
    ]
    for _ in range(3):
        click(qtbot, count.rows["10000"].plus)
    click(qtbot, count.rows["10000"].minus)
    click(qtbot, count.rows["10"].minus)  # never below zero
    type_into(qtbot, count.rows["50"].entry, "7")
    qtbot.keyClick(count.rows["50"].entry, Qt.Key.Key_Return)
    assert count.focusWidget() is count.rows["10"].entry  # Enter moves down, as on paper
    assert count.counts()["10000"] == 2
    assert count.counts()["50"] == 7
    assert count.counts()["10"] == 0
    assert count.total_fen() == 20350
    assert "¥203.50" in count.total.text()
    assert count.rows["50"].subtotal.text() == "¥3.50"
    for row in count.rows.values():
        assert row.plus.height() >= 48 and row.minus.width() >= 48
        assert row.plus.accessibleName() and row.entry.accessibleName()


# --- opening, paying out, closing -----------------------------------------------------


def test_a_clerk_opens_the_shift_with_a_counted_float(qtbot: QtBot, window: StationWindow) -> None:
    logged_in(qtbot, window, CLERK)
    page = shift_page(qtbot, window)
    wait_overview(qtbot, page, open_shift=False)
    click(qtbot, page.overview.open_button)
    rows = page.opening.count.rows
    for _ in range(5):
        click(qtbot, rows["10000"].plus)
    type_into(qtbot, rows["1000"].entry, "3")
    click(qtbot, rows["50"].plus)
    click(qtbot, rows["50"].plus)
    click(qtbot, rows["50"].minus)
    assert page.opening.amount.text() == "¥530.50"
    click(qtbot, page.opening.confirm)
    wait_overview(qtbot, page, open_shift=True)

    assert page.overview.facts["float"].text() == "¥530.50"
    assert page.overview.expected.text() == "¥530.50"
    assert CLERK in page.overview.heading.text()
    shift = open_shift_row(window.context.station)
    assert shift is not None
    assert window.context.session.shift_id == shift.id
    assert shift.staff_id == "clerk-1"
    assert shift.float_fen == 53050
    assert shift.float_denominations["10000"] == 5
    assert shift.float_denominations["1000"] == 3
    assert shift.float_denominations["50"] == 1
    qtbot.waitUntil(lambda: window.status.shift.text() == "班次进行中", timeout=WAIT)


def test_paid_out_needs_a_supervisor_pin_for_a_clerk(qtbot: QtBot, window: StationWindow) -> None:
    station = window.context.station
    logged_in(qtbot, window, CLERK)
    page = shift_page(qtbot, window)
    open_with_float(qtbot, page, 5)

    click(qtbot, page.overview.paid_out_button)
    assert page.stack.currentWidget() is page.movement
    type_into(qtbot, page.movement.amount, "20")
    type_into(qtbot, page.movement.reason, "买打印纸")
    click(qtbot, page.movement.confirm)
    dialog = page.override
    assert isinstance(dialog, OverrideDialog)  # refused for the clerk alone: approval asked
    assert dialog.isVisible()
    assert CLERK in dialog.request.text()
    assert "¥20.00" in dialog.detail.text()
    assert dialog.approvers.names() == [SUPERVISOR]
    click(qtbot, dialog.cancel)  # a cancel changes nothing
    qtbot.waitUntil(lambda: page.override is None, timeout=WAIT)
    with station.database.reading() as session:
        assert (
            session.execute(
                select(CashMovement).where(CashMovement.kind == shifts.PAID_OUT)
            ).first()
            is None
        )

    click(qtbot, page.movement.confirm)
    dialog = page.override
    assert isinstance(dialog, OverrideDialog)
    tap(qtbot, dialog, "9999")
    qtbot.waitUntil(lambda: "4" in dialog.message.text(), timeout=WAIT)
    assert "PIN 错误" in dialog.message.text()
    assert dialog.isVisible()
    [refused] = audit(station, "override.refused")
    assert refused.details["clerk_name"] == CLERK
    assert refused.details["supervisor_name"] == SUPERVISOR

    tap(qtbot, dialog, PINS[SUPERVISOR])
    wait_overview(qtbot, page, open_shift=True)
    qtbot.waitUntil(lambda: page.overview.facts["paid_out"].text() == "¥20.00", timeout=WAIT)
    assert page.overview.expected.text() == "¥480.00"
    [granted] = audit(station, "override.granted")
    assert granted.staff_id == "clerk-1"
    assert granted.details["action"] == "paid_out"
    assert granted.details["clerk_name"] == CLERK
    assert granted.details["supervisor_name"] == SUPERVISOR
    [paid_out] = audit(station, "cash.paid_out")
    assert paid_out.staff_id == "clerk-1"
    assert paid_out.details["approved_by_name"] == SUPERVISOR
    assert paid_out.details["reason"] == "买打印纸"


def test_a_supervisor_pays_out_without_a_dialog_and_paid_in_is_open_to_all(
    qtbot: QtBot, window: StationWindow
) -> None:
    logged_in(qtbot, window, SUPERVISOR)
    page = shift_page(qtbot, window)
    open_with_float(qtbot, page, 1)
    click(qtbot, page.overview.paid_out_button)
    type_into(qtbot, page.movement.amount, "500")
    type_into(qtbot, page.movement.reason, "存入保险柜")
    click(qtbot, page.movement.confirm)
    assert page.override is None
    qtbot.waitUntil(lambda: page.movement.message.text() != "", timeout=WAIT)
    assert "¥100.00" in page.movement.message.text()  # more than the drawer holds
    type_into(qtbot, page.movement.amount, "abc")
    click(qtbot, page.movement.confirm)
    assert "abc" in page.movement.message.text()

    click(qtbot, page.back_button)
    wait_overview(qtbot, page, open_shift=True)
    click(qtbot, page.overview.paid_in_button)
    type_into(qtbot, page.movement.amount, "50")
    type_into(qtbot, page.movement.reason, "从保险柜取零钱")
    qtbot.keyClick(page.movement.reason, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.overview.facts["paid_in"].text() == "¥50.00", timeout=WAIT)
    assert page.overview.expected.text() == "¥150.00"


def test_closing_demands_a_reason_when_the_count_is_off_then_shows_the_z_report(
    qtbot: QtBot, window: StationWindow
) -> None:
    station = window.context.station
    logged_in(qtbot, window, CLERK)
    page = shift_page(qtbot, window)
    open_with_float(qtbot, page, 5)
    click(qtbot, page.overview.close_button)
    closing = page.closing
    assert page.stack.currentWidget() is closing
    assert closing.expected.text() == "¥500.00"
    assert "¥" not in closing.verdict.text()  # nothing counted yet: no verdict
    for _ in range(4):
        click(qtbot, closing.count.rows["10000"].plus)
    type_into(qtbot, closing.count.rows["1000"].entry, "9")
    type_into(qtbot, closing.count.rows["100"].entry, "9")
    assert closing.counted.text() == "¥499.00"
    assert closing.variance.text() == "-¥1.00"
    assert closing.variance.property("state") == "short"
    assert closing.reason.isVisible()
    assert "¥1.00" in closing.verdict.text()

    click(qtbot, closing.confirm)
    qtbot.waitUntil(lambda: closing.message.text() != "", timeout=WAIT)
    assert "-¥1.00" in closing.message.text()  # the reason is demanded
    assert open_shift_row(station) is not None

    type_into(qtbot, closing.reason, "找零多找了一元")
    click(qtbot, closing.confirm)
    qtbot.waitUntil(lambda: page.stack.currentWidget() is page.report, timeout=WAIT)
    assert "1" in page.report.heading.text()
    assert page.report.variance.text() == "-¥1.00"
    assert "找零多找了一元" in page.report.summary.text()
    assert page.report.has_image()
    assert not page.report.print_button.isVisible()
    assert window.context.session.shift_id is None

    with station.database.reading() as session:
        shift = session.execute(select(Shift)).scalar_one()
        assert shift.status == "closed"
        assert (shift.z_number, shift.variance_fen) == (1, -100)
        assert shift.variance_reason == "找零多找了一元"
        receipt = session.execute(select(Receipt)).scalar_one()
        assert receipt.kind == "shift_z"
        assert receipt.receipt_no.endswith("-Z0001")
        assert session.execute(select(PrintJob)).scalar_one().receipt_id == receipt.id

    click(qtbot, page.back_button)
    wait_overview(qtbot, page, open_shift=False)


def test_the_x_report_previews_and_prints_without_closing(
    qtbot: QtBot, window: StationWindow
) -> None:
    station = window.context.station
    logged_in(qtbot, window, CLERK)
    page = shift_page(qtbot, window)
    open_with_float(qtbot, page, 2)
    click(qtbot, page.overview.x_button)
    qtbot.waitUntil(lambda: page.stack.currentWidget() is page.report, timeout=WAIT)
    assert page.report.has_image()
    assert any("200.00" in line for line in page.report.rendered.lines)  # type: ignore[union-attr]
    click(qtbot, page.report.print_button)
    qtbot.waitUntil(lambda: page.report.message.text() != "", timeout=WAIT)
    with station.database.reading() as session:
        assert session.execute(select(Receipt.kind)).scalar_one() == "shift_x"
    assert open_shift_row(station) is not None


def test_switching_user_keeps_the_shift_and_a_supervisor_may_close_it(
    qtbot: QtBot, window: StationWindow
) -> None:
    station = window.context.station
    logged_in(qtbot, window, CLERK)
    page = shift_page(qtbot, window)
    open_with_float(qtbot, page, 3)
    click(qtbot, window.home.lock_button)
    assert window.screens.currentWidget() is window.login
    logged_in(qtbot, window, SUPERVISOR)
    page = shift_page(qtbot, window)
    wait_overview(qtbot, page, open_shift=True)
    assert CLERK in page.overview.heading.text()  # the terminal's shift carries on

    click(qtbot, page.overview.close_button)
    for _ in range(3):
        click(qtbot, page.closing.count.rows["10000"].plus)
    assert page.closing.variance.property("state") == "even"
    click(qtbot, page.closing.confirm)
    assert page.override is None  # a supervisor may close another person's shift
    qtbot.waitUntil(lambda: page.stack.currentWidget() is page.report, timeout=WAIT)
    with station.database.reading() as session:
        shift = session.execute(select(Shift)).scalar_one()
        assert (shift.staff_id, shift.closed_by, shift.variance_fen) == ("clerk-1", "super-1", 0)


def test_a_clerk_closing_someone_elses_shift_asks_a_supervisor(
    qtbot: QtBot, window: StationWindow
) -> None:
    station = window.context.station
    logged_in(qtbot, window, SUPERVISOR)
    page = shift_page(qtbot, window)
    open_with_float(qtbot, page, 1)
    click(qtbot, window.home.lock_button)

    def clerk_tries_to_close() -> OverrideDialog:
        logged_in(qtbot, window, CLERK)
        wait_overview(qtbot, page, open_shift=True)
        click(qtbot, page.overview.close_button)
        click(qtbot, page.closing.count.rows["10000"].plus)
        click(qtbot, page.closing.confirm)
        dialog = page.override
        assert isinstance(dialog, OverrideDialog)
        return dialog

    dialog = clerk_tries_to_close()
    assert dialog.action == "close_other_shift"
    assert dialog.approvers.names() == [SUPERVISOR]
    click(qtbot, window.home.lock_button)  # locking the counter drops the dialog
    qtbot.waitUntil(lambda: page.override is None, timeout=WAIT)
    assert open_shift_row(station) is not None

    dialog = clerk_tries_to_close()
    tap(qtbot, dialog, PINS[SUPERVISOR])
    qtbot.waitUntil(lambda: page.stack.currentWidget() is page.report, timeout=WAIT)
    [closed] = audit(station, "shift.close")
    assert closed.staff_id == "clerk-1"
    assert closed.details["approved_by_name"] == SUPERVISOR


# --- history and audit ----------------------------------------------------------------


def _closed_shift(station: Station) -> None:
    supervisor = Actor("super-1", SUPERVISOR, "supervisor")
    with station.work(supervisor) as work:
        shifts.open_shift(work, {"10000": 2})
    with station.work(supervisor) as work:
        shifts.close_shift(work, {"10000": 2})


def test_a_supervisor_reads_the_history_and_the_audit_log(
    qtbot: QtBot, window: StationWindow, tmp_path: Path
) -> None:
    station = window.context.station
    _closed_shift(station)
    logged_in(qtbot, window, SUPERVISOR)
    page = shift_page(qtbot, window)
    wait_overview(qtbot, page, open_shift=False)

    click(qtbot, page.overview.history_button)
    assert page.override is None
    history = page.history
    qtbot.waitUntil(lambda: history.table.rowCount() == 1, timeout=WAIT)
    assert cell(history.table, 0, 0) == "0001"
    history.table.selectRow(0)
    click(qtbot, history.view_button)
    qtbot.waitUntil(lambda: page.stack.currentWidget() is page.report, timeout=WAIT)
    assert "1" in page.report.heading.text()
    click(qtbot, page.back_button)
    assert page.stack.currentWidget() is history
    click(qtbot, page.back_button)
    wait_overview(qtbot, page, open_shift=False)

    click(qtbot, page.overview.audit_button)
    viewer = page.audit
    assert page.stack.currentWidget() is viewer
    qtbot.waitUntil(lambda: viewer.table.rowCount() > 0, timeout=WAIT)
    index = viewer.action_filter.findData("shift.close")
    assert index > 0
    assert viewer.action_filter.itemText(index) == "交班"
    viewer.action_filter.setCurrentIndex(index)
    qtbot.waitUntil(lambda: viewer.table.rowCount() == 1, timeout=WAIT)
    assert cell(viewer.table, 0, 2) == SUPERVISOR
    assert "Z" in cell(viewer.table, 0, 4)
    viewer.staff_filter.setCurrentIndex(viewer.staff_filter.findData("clerk-1"))
    qtbot.waitUntil(lambda: viewer.table.rowCount() == 0, timeout=WAIT)
    viewer.staff_filter.setCurrentIndex(0)
    qtbot.waitUntil(lambda: viewer.table.rowCount() == 1, timeout=WAIT)

    target = tmp_path / "audit.csv"
    viewer.export_to(target)
    qtbot.waitUntil(lambda: "audit.csv" in viewer.message.text(), timeout=WAIT)
    with target.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows[0][0] == "seq"
    assert [row[5] for row in rows[1:]] == ["shift.close"]


def test_the_audit_log_pages(qtbot: QtBot, window: StationWindow) -> None:
    station = window.context.station
    with station.work(Actor("super-1", SUPERVISOR, "supervisor")) as work:
        for number in range(55):
            work.audit("test.entry", details={"n": number})
    logged_in(qtbot, window, SUPERVISOR)
    page = shift_page(qtbot, window)
    click(qtbot, page.overview.audit_button)
    viewer = page.audit
    qtbot.waitUntil(lambda: viewer.action_filter.findData("test.entry") > 0, timeout=WAIT)
    viewer.action_filter.setCurrentIndex(viewer.action_filter.findData("test.entry"))
    qtbot.waitUntil(lambda: viewer.pages == 2 and viewer.table.rowCount() == 50, timeout=WAIT)
    assert not viewer.previous_button.isEnabled()
    click(qtbot, viewer.next_button)
    qtbot.waitUntil(lambda: viewer.table.rowCount() == 5, timeout=WAIT)
    assert "2" in viewer.page_label.text()
    assert not viewer.next_button.isEnabled()
    viewer.date_from.setDate(QDate(2026, 11, 25))
    viewer.date_to.setDate(QDate(2026, 11, 25))
    viewer.by_date.setChecked(True)
    qtbot.waitUntil(lambda: viewer.table.rowCount() == 0, timeout=WAIT)
    viewer.date_to.setDate(QDate(2026, 11, 26))  # the test clock's day, Beijing time
    qtbot.waitUntil(lambda: viewer.table.rowCount() == 50, timeout=WAIT)


def test_a_clerk_needs_a_supervisor_for_the_audit_log(qtbot: QtBot, window: StationWindow) -> None:
    station = window.context.station
    logged_in(qtbot, window, CLERK)
    page = shift_page(qtbot, window)
    click(qtbot, page.overview.audit_button)
    dialog = page.override
    assert isinstance(dialog, OverrideDialog)
    assert page.stack.currentWidget() is page.overview
    tap(qtbot, dialog, PINS[SUPERVISOR])
    qtbot.waitUntil(lambda: page.stack.currentWidget() is page.audit, timeout=WAIT)
    [granted] = audit(station, "override.granted")
    assert (granted.details["clerk_name"], granted.details["supervisor_name"]) == (
        CLERK,
        SUPERVISOR,
    )


# --- first run ------------------------------------------------------------------------


@pytest.fixture
def empty_window(qtbot: QtBot, qapp: QApplication, station: Station) -> Iterator[StationWindow]:
    set_up_application(qapp, "zh_CN", station.paths.cache_dir)
    tasks = Tasks()
    shown = build_window(AppContext(station=station, tasks=tasks))
    qtbot.addWidget(shown)
    shown.resize(1280, 800)
    shown.show()
    yield shown
    shown.status.timer.stop()
    tasks.wait()


def test_the_set_up_wizard_creates_the_first_admin(
    qtbot: QtBot, empty_window: StationWindow
) -> None:
    window = empty_window
    wizard = window.setup
    assert wizard is not None
    assert window.screens.currentWidget() is wizard
    click(qtbot, wizard.next_button)
    assert wizard.message.text() != ""  # every name is needed
    assert wizard.steps.currentIndex() == 0
    type_text(qtbot, wizard.station_name, "幸福里社区服务站")
    qtbot.keyClick(wizard.station_name, Qt.Key.Key_Return)
    assert wizard.focusWidget() is wizard.terminal_name
    type_text(qtbot, wizard.terminal_name, "1号柜台")
    type_text(qtbot, wizard.admin_name, "李娜")
    click(qtbot, wizard.next_button)
    assert wizard.steps.currentIndex() == 1
    assert "李娜" in wizard.pin_prompt.text()

    def enter(pin: str) -> None:
        for digit in pin:
            click(qtbot, wizard.pad.keys[digit])
        click(qtbot, wizard.pad.ok)

    enter("12")
    assert "4" in wizard.message.text()  # too short
    enter("1234")
    enter("5678")
    assert wizard.message.text() != ""  # the two PINs differ: start the PIN again
    enter("1234")
    enter("1234")
    qtbot.waitUntil(lambda: window.screens.currentWidget() is window.login, timeout=WAIT)
    assert window.login.title.text() == "幸福里社区服务站"
    assert window.login.staff.names() == ["李娜"]
    with window.context.station.database.reading() as session:
        admin = session.execute(select(Staff)).scalar_one()
        assert admin.role == "admin"
    assert window.context.station.info().terminal_name == "1号柜台"
    with qtbot.waitSignal(window.context.session.changed, timeout=WAIT):
        log_in(qtbot, window, "李娜", "1234")
    assert window.screens.currentWidget() is window.home


def test_a_staffed_station_opens_on_the_login_screen(window: StationWindow) -> None:
    assert window.setup is None
    assert window.screens.currentWidget() is window.login


# --- touch and screen readers ---------------------------------------------------------

CONTROLS = (QAbstractButton, QLineEdit, QComboBox, QDateEdit, QTableWidget, QPlainTextEdit)
TAPPED = (QAbstractButton, QLineEdit, QComboBox, QDateEdit)


def assert_named_and_big(root: QWidget) -> None:
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, CONTROLS) or widget.objectName().startswith("qt_"):
            continue
        if isinstance(widget.parent(), QComboBox | QDateEdit | QLineEdit | QTableWidget):
            continue  # a control's own inner parts
        kind = type(widget).__name__
        assert widget.accessibleName(), f"{kind} {widget.objectName()} has no accessible name"
        if isinstance(widget, TAPPED):
            assert widget.minimumHeight() >= 48 or widget.height() >= 48, (
                f"{widget.accessibleName()} is {widget.height()} px high"
            )


def test_every_control_is_named_and_big_enough(qtbot: QtBot, window: StationWindow) -> None:
    logged_in(qtbot, window, CLERK)
    page = shift_page(qtbot, window)
    open_with_float(qtbot, page, 1)
    click(qtbot, page.overview.paid_out_button)
    type_into(qtbot, page.movement.amount, "10")
    type_into(qtbot, page.movement.reason, "test")
    click(qtbot, page.movement.confirm)
    assert page.override is not None
    assert_named_and_big(page)
    assert_named_and_big(page.override)
    click(qtbot, page.override.cancel)


def test_the_set_up_wizard_is_named_and_big_enough(
    qtbot: QtBot, empty_window: StationWindow
) -> None:
    assert empty_window.setup is not None
    assert_named_and_big(empty_window.setup)
