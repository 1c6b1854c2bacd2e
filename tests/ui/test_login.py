"""A clerk arrives at the counter: picks a name, types a PIN on the pad, gets to work."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt

from tests.conftest import ManualClock
from ui.main_window import StationWindow


def tap_pin(qtbot, window: StationWindow, pin: str) -> None:
    for digit in pin:
        qtbot.mouseClick(window.login.pad.keys[digit], Qt.MouseButton.LeftButton)


def log_in(qtbot, window: StationWindow, name: str, pin: str) -> None:
    window.login.select_staff(name)
    tap_pin(qtbot, window, pin)
    qtbot.mouseClick(window.login.pad.ok, Qt.MouseButton.LeftButton)


def test_the_login_screen_speaks_chinese(window: StationWindow) -> None:
    assert window.login.title.text() == "幸福里社区服务站"
    assert window.login.pad.ok.text() == "登录"
    assert window.home.nav_buttons["parcels"].text() == "包裹"


def test_a_clerk_logs_in_with_the_pin_pad(qtbot, window: StationWindow) -> None:
    with qtbot.waitSignal(window.context.session.changed, timeout=10_000):
        log_in(qtbot, window, "张敏", "1111")
    assert window.screens.currentWidget() is window.home
    assert window.context.session.actor is not None
    assert window.context.session.actor.name == "张敏"


def test_a_wrong_pin_says_so_and_counts_down(qtbot, window: StationWindow) -> None:
    log_in(qtbot, window, "张敏", "9999")
    qtbot.waitUntil(lambda: "PIN" in window.login.message.text(), timeout=10_000)
    assert "还可以尝试 4 次" in window.login.message.text()
    assert window.screens.currentWidget() is window.login


def test_five_wrong_pins_lock_the_clerk_out_for_five_minutes(
    qtbot, window: StationWindow, clock: ManualClock
) -> None:
    for _ in range(5):
        log_in(qtbot, window, "张敏", "0000")
        qtbot.waitUntil(lambda: window.login.pad.isEnabled(), timeout=10_000)
    assert "锁定" in window.login.message.text()
    log_in(qtbot, window, "张敏", "1111")  # even the right PIN waits out the lockout
    qtbot.waitUntil(lambda: window.login.pad.isEnabled(), timeout=10_000)
    assert window.screens.currentWidget() is window.login
    clock.advance(timedelta(minutes=5, seconds=1))
    with qtbot.waitSignal(window.context.session.changed, timeout=10_000):
        log_in(qtbot, window, "张敏", "1111")
    assert window.screens.currentWidget() is window.home


def test_lock_and_idle_lock_return_to_the_login_screen(qtbot, window: StationWindow) -> None:
    with qtbot.waitSignal(window.context.session.changed, timeout=10_000):
        log_in(qtbot, window, "王强", "2222")
    qtbot.mouseClick(window.home.lock_button, Qt.MouseButton.LeftButton)
    assert window.screens.currentWidget() is window.login
    with qtbot.waitSignal(window.context.session.changed, timeout=10_000):
        log_in(qtbot, window, "王强", "2222")
    assert window.idle.timer.isActive()
    window.idle.timer.timeout.emit()  # the idle minutes have passed
    assert window.screens.currentWidget() is window.login


def test_a_section_not_built_yet_says_so(qtbot, window: StationWindow) -> None:
    from station_app.i18n import QT_TRANSLATE_NOOP
    from ui.sections import ComingSoonPage, Section

    page = ComingSoonPage(
        Section(
            "later",
            QT_TRANSLATE_NOOP("Sections", "Settings"),
            QT_TRANSLATE_NOOP("Sections", "printer, language, sync and station settings."),
        )
    )
    qtbot.addWidget(page)
    texts = " ".join(label.text() for label in page.findChildren(type(window.login.title)))
    assert "尚未" in texts and "打印机" in texts


def test_sections_are_built_when_first_opened(qtbot, window: StationWindow) -> None:
    with qtbot.waitSignal(window.context.session.changed, timeout=10_000):
        log_in(qtbot, window, "张敏", "1111")
    assert window.home.pages.currentIndex() == 0
    qtbot.mouseClick(window.home.nav_buttons["notices"], Qt.MouseButton.LeftButton)
    assert type(window.home.pages.currentWidget()).__name__ == "NoticesPage"
