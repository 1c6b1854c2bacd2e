"""Every kiosk screen in 中文, English and ئۇيغۇرچە at 1280×800, as images.

Each image goes to the test's temporary folder; with ``STATION_SCREENSHOTS=1`` also to
docs/screenshots/kiosk (``<screen>-<language>.png``). The checks here are the ones a look
at the images needs most: nothing cut off, the Uyghur screens mirrored, no English left
on the Chinese screens.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QWidget

from ui.kiosk import KioskWindow

from .test_kiosk_flows import World, kiosk, scan, tap, type_on, world  # noqa: F401

ROOT = Path(__file__).resolve().parents[2]
FOLDER = ROOT / "docs" / "screenshots" / "kiosk"
LANGUAGES = ("zh_CN", "en", "ug")
_LATIN_WORD = re.compile(r"[A-Za-z]{3,}")
ALLOWED_LATIN = {"App", "PIN", "MMMM"}
"""Latin words a Chinese screen may show: the app's name as residents say it, and PIN."""


def start(qtbot: Any, shown: KioskWindow, language: str) -> None:
    tap(qtbot, shown.idle.start)
    while shown.translations.language != language:
        tap(qtbot, shown.language)


def to_pickup(qtbot: Any, shown: KioskWindow, data: World) -> None:
    tap(qtbot, shown.home.tiles["pickup"])


def to_pickup_error(qtbot: Any, shown: KioskWindow, data: World) -> None:
    tap(qtbot, shown.home.tiles["pickup"])
    type_on(qtbot, shown.pickup_code.keypad, "9-9-9999")


def to_parcels(qtbot: Any, shown: KioskWindow, data: World) -> None:
    tap(qtbot, shown.home.tiles["pickup"])
    scan(qtbot, shown, data.member_qr())


def to_done(qtbot: Any, shown: KioskWindow, data: World) -> None:
    to_parcels(qtbot, shown, data)
    tap(qtbot, shown.parcel_list.taken)


def to_member_scan(qtbot: Any, shown: KioskWindow, data: World) -> None:
    tap(qtbot, shown.home.tiles["vouchers"])


def to_expired_qr(qtbot: Any, shown: KioskWindow, data: World) -> None:
    tap(qtbot, shown.home.tiles["vouchers"])
    scan(qtbot, shown, data.member_qr(minutes=30))


def to_balance(qtbot: Any, shown: KioskWindow, data: World) -> None:
    tap(qtbot, shown.home.tiles["vouchers"])
    scan(qtbot, shown, data.member_qr())


def to_bills(qtbot: Any, shown: KioskWindow, data: World) -> None:
    tap(qtbot, shown.home.tiles["bills"])
    scan(qtbot, shown, data.member_qr())


def to_bill_pay(qtbot: Any, shown: KioskWindow, data: World) -> None:
    to_bills(qtbot, shown, data)
    tap(qtbot, shown.bills.pay_buttons["bill-water"])  # type: ignore[arg-type]


def to_notices(qtbot: Any, shown: KioskWindow, data: World) -> None:
    tap(qtbot, shown.home.tiles["notices"])


def to_idle_warning(qtbot: Any, shown: KioskWindow, data: World) -> None:
    to_balance(qtbot, shown, data)
    shown.inactivity.quiet.timeout.emit()
    for _ in range(8):
        shown.inactivity.countdown.timeout.emit()


def to_staff_exit(qtbot: Any, shown: KioskWindow, data: World) -> None:
    shown.ask_staff()


def to_home(qtbot: Any, shown: KioskWindow, data: World) -> None:
    """Already there."""


SCREENS: dict[str, Callable[[Any, KioskWindow, World], None]] = {
    "home": to_home,
    "pickup": to_pickup,
    "pickup-wrong-code": to_pickup_error,
    "parcels": to_parcels,
    "pickup-done": to_done,
    "member-code": to_member_scan,
    "member-code-expired": to_expired_qr,
    "balance": to_balance,
    "bills": to_bills,
    "bill-pay": to_bill_pay,
    "notices": to_notices,
    "idle-warning": to_idle_warning,
    "staff-exit": to_staff_exit,
}


def clipped(widget: QWidget) -> list[str]:
    """Labels and buttons whose text does not fit (cut off, or hidden behind an edge)."""
    found = []
    for shown in widget.findChildren(QWidget):
        if not shown.isVisibleTo(widget) or not isinstance(shown, QLabel | QAbstractButton):
            continue
        text = shown.text()
        if not text:
            continue
        hint = shown.sizeHint()
        if isinstance(shown, QLabel) and shown.wordWrap():
            needed = shown.heightForWidth(shown.width())
            if needed > shown.height() + 2:
                found.append(f"{text!r}: needs {needed} px high, has {shown.height()}")
        elif shown.width() + 2 < hint.width() or shown.height() + 2 < hint.height():
            found.append(f"{text!r}: needs {hint.width()}×{hint.height()}, has {shown.size()}")
        # Also inside the window: a label pushed off the screen is cut too.
        corner = shown.mapTo(shown.window(), QPoint(shown.width(), shown.height()))
        if corner.x() > shown.window().width() + 1 or corner.y() > shown.window().height() + 1:
            found.append(f"{text!r}: beyond the window edge")
    return found


def visible_text(widget: QWidget) -> str:
    parts = []
    for shown in widget.findChildren(QWidget):
        if shown.isVisible() and isinstance(shown, QLabel | QAbstractButton):
            parts.append(shown.text())
    return "\n".join(parts)


def save(widget: QWidget, name: str, tmp_path: Path, over: QWidget | None = None) -> Path:
    """The window as the resident sees it, with ``over`` (a dialog) drawn where it sits."""
    QApplication.processEvents()
    image = widget.grab()
    # Everything fits a 1280×800 kiosk screen: nothing pushed the window larger.
    assert (image.width(), image.height()) == (1280, 800), name
    if over is not None and over.isVisible():
        painter = QPainter(image)
        painter.drawPixmap(widget.mapFromGlobal(over.mapToGlobal(QPoint(0, 0))), over.grab())
        painter.end()
    path = tmp_path / name
    assert image.save(str(path))
    if os.environ.get("STATION_SCREENSHOTS") == "1":
        FOLDER.mkdir(parents=True, exist_ok=True)
        assert image.save(str(FOLDER / name))
    return path


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("screen", list(SCREENS))
def test_kiosk_screen(
    qtbot: Any,
    kiosk: KioskWindow,  # noqa: F811
    world: World,  # noqa: F811
    tmp_path: Path,
    screen: str,
    language: str,
) -> None:
    start(qtbot, kiosk, language)
    SCREENS[screen](qtbot, kiosk, world)
    QApplication.processEvents()
    shown: QWidget = kiosk.exit_dialog if screen == "staff-exit" and kiosk.exit_dialog else kiosk
    assert clipped(shown) == []
    if language == "ug":
        assert kiosk.isRightToLeft()
        # Mirrored: the title bar's language button is on the left, the title on the right.
        assert (
            kiosk.language.mapTo(kiosk, QPoint(0, 0)).x()
            < kiosk.title.mapTo(kiosk, QPoint(0, 0)).x()
        )
    if language == "zh_CN":
        english = set(_LATIN_WORD.findall(visible_text(shown))) - ALLOWED_LATIN
        # The language button names English in English on purpose.
        assert english <= {"English"}, english
    path = save(kiosk, f"{screen}-{language}.png", tmp_path, over=kiosk.exit_dialog)
    assert path.stat().st_size > 10_000


@pytest.mark.parametrize("language", LANGUAGES)
def test_kiosk_idle_screen(
    qtbot: Any,
    kiosk: KioskWindow,  # noqa: F811
    world: World,  # noqa: F811
    tmp_path: Path,
    language: str,
) -> None:
    if language != "zh_CN":
        kiosk.translations.install(language)
        QApplication.processEvents()
    assert kiosk.current is kiosk.idle
    assert clipped(kiosk) == []
    save(kiosk, f"idle-{language}.png", tmp_path)
    kiosk.translations.install("zh_CN")
    assert Qt.LayoutDirection.LeftToRight == QApplication.layoutDirection()
