"""The self-service kiosk (``station-app --kiosk``): full screen, touch only, no staff inside.

One task per screen; a large Back / Home bar on every service screen; the language button
cycles 中文 / English / ئۇيغۇرچە. After a quiet spell a warning gives 20 s to continue,
then every screen is cleared of the resident's details and the notices carousel returns.
Nothing a resident can press leaves kiosk mode: closing is refused and the key combos Qt
sees are swallowed, until a staff member unlocks it by PIN (hidden corner long-press, or
five taps on the title).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from contextlib import AbstractContextManager

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent, QMouseEvent, QResizeEvent
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from station_app import settings as S
from station_app.member_qr import MemberIdentity
from station_app.work import Actor, Work
from ui.context import AppContext
from ui.i18n import Translations
from ui.kiosk.balance import BalanceScreen
from ui.kiosk.bills import BillPayScreen, BillsScreen
from ui.kiosk.done import DoneScreen
from ui.kiosk.formats import fill, isolate
from ui.kiosk.home import HomeScreen
from ui.kiosk.inactivity import Inactivity
from ui.kiosk.member_scan import MemberScanScreen
from ui.kiosk.notices import IdleScreen, NoticesScreen
from ui.kiosk.pickup import ParcelListScreen, PickupCodeScreen
from ui.kiosk.scanner import ScanBuffer
from ui.kiosk.screen import KioskScreen, Render, label, name_button, push_button
from ui.kiosk.staff_exit import QUIT, StaffExitDialog
from ui.kiosk.style import kiosk_style_sheet
from ui.print_service import PrintService
from ui.receipt_preview import ReceiptPreviewDialog
from ui.sync_worker import SyncWorker

log = logging.getLogger(__name__)

KIOSK_ACTOR = Actor(None, "自助终端", "kiosk")
"""Who acts at the kiosk. The name is printed on the (always Chinese) receipts as the clerk."""
LANGUAGE_CYCLE = ("zh_CN", "en", "ug")
LANGUAGE_NAMES = {"zh_CN": "中文", "en": "English", "ug": "ئۇيغۇرچە"}
"""Each language named in its own script: a resident finds their own without reading ours."""
TITLE_TAPS = 5
TAP_WINDOW_MS = 3000
CORNER_HOLD_MS = 3000
CORNER_SIZE = 72
_USER_INPUT = {
    QEvent.Type.MouseButtonPress,
    QEvent.Type.TouchBegin,
    QEvent.Type.KeyPress,
    QEvent.Type.Wheel,
}


def is_escape_combo(event: QKeyEvent) -> bool:
    """Keys that would leave or close a window: Escape, Alt+F4, Ctrl+W/Q/F4, the Close key."""
    key = event.key()
    modifiers = event.modifiers()
    alt = bool(modifiers & Qt.KeyboardModifier.AltModifier)
    control = bool(modifiers & Qt.KeyboardModifier.ControlModifier)
    if key in (Qt.Key.Key_Escape, Qt.Key.Key_Close):
        return True
    if key == Qt.Key.Key_F4 and (alt or control):
        return True
    return control and key in (Qt.Key.Key_W, Qt.Key.Key_Q)


class TapTitle(QObject):
    """Counts taps on the title: five within three seconds open the staff dialog."""

    def __init__(self, on_taps: Callable[[], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.on_taps = on_taps
        self.taps = 0
        self.window = QTimer(self)
        self.window.setSingleShot(True)
        self.window.setInterval(TAP_WINDOW_MS)
        self.window.timeout.connect(self.forget)

    def tap(self) -> None:
        if not self.window.isActive():
            self.taps = 0
            self.window.start()
        self.taps += 1
        if self.taps >= TITLE_TAPS:
            self.forget()
            self.on_taps()

    def forget(self) -> None:
        self.taps = 0
        self.window.stop()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.MouseButtonPress:
            self.tap()
        return False


class StaffCorner(QWidget):
    """An unmarked corner: holding it for three seconds opens the staff dialog."""

    def __init__(self, on_hold: Callable[[], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("staffCorner")
        self.setFixedSize(CORNER_SIZE, CORNER_SIZE)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.hold = QTimer(self)
        self.hold.setSingleShot(True)
        self.hold.setInterval(CORNER_HOLD_MS)
        self.hold.timeout.connect(on_hold)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.hold.start()
        event.accept()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self.hold.stop()
        event.accept()


class IdleWarning(QWidget):
    """Covers the screen: "Are you still there?", seconds left, one large Continue."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("idleWarning")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        box = QFrame()
        box.setObjectName("idleWarningBox")
        inner = QVBoxLayout(box)
        inner.setContentsMargins(48, 40, 48, 40)
        inner.setSpacing(28)
        self.question = label("idleQuestion")
        self.question.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.seconds = label("idleSeconds")
        self.seconds.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.carry_on = push_button("kioskPrimary", height=112)
        inner.addWidget(self.question)
        inner.addWidget(self.seconds)
        inner.addWidget(self.carry_on)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(box, 3)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(1)
        self.left = 0
        self.hide()

    def show_seconds(self, left: int) -> None:
        self.left = left
        self.retranslate()

    def retranslate(self) -> None:
        self.question.setText(self.tr("Are you still there?"))
        self.seconds.setText(
            fill(
                self.tr("For your privacy this screen will clear in {seconds} seconds."),
                seconds=self.left,
            )
        )
        name_button(self.carry_on, self.tr("Continue"), self.tr("Continue, I am still here"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class KioskWindow(QWidget):
    leave = Signal(str)
    """A staff member unlocked the kiosk: COUNTER (show the counter login) or QUIT."""

    def __init__(self, context: AppContext, translations: Translations) -> None:
        super().__init__()
        self.context = context
        self.translations = translations
        self.unlocked = False
        self.quitting = False
        self.exit_dialog: StaffExitDialog | None = None
        settings = context.station.settings
        self.setObjectName("kioskWindow")
        self.setWindowFlags(Qt.WindowType.Window | Qt.WindowType.FramelessWindowHint)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.setStyleSheet(kiosk_style_sheet(large_text=settings.get(S.KIOSK_LARGE_TEXT)))

        top = QWidget()
        top.setObjectName("kioskTopBar")
        top_row = QHBoxLayout(top)
        top_row.setContentsMargins(0, 4, 0, 4)
        top_row.setSpacing(16)
        self.corner = StaffCorner(self.ask_staff)
        self.title = label("kioskTitle", wrap=False)
        self.title_taps = TapTitle(self.ask_staff, self)
        self.title.installEventFilter(self.title_taps)
        self.language = push_button("kioskLanguage", height=64)
        self.language.clicked.connect(self.next_language)
        top_row.addWidget(self.corner)
        top_row.addWidget(self.title, 1)
        top_row.addWidget(self.language)
        top_row.addSpacing(24)  # a spacing, not a margin: it mirrors with the layout

        self.stack = QStackedWidget()
        self.idle = IdleScreen(self)
        self.home = HomeScreen(self)
        self.pickup_code = PickupCodeScreen(self)
        self.parcel_list = ParcelListScreen(self)
        self.member_scan = MemberScanScreen(self)
        self.balance = BalanceScreen(self)
        self.notices = NoticesScreen(self)
        self.bills = BillsScreen(self)
        self.bill_pay = BillPayScreen(self)
        self.done = DoneScreen(self)
        self.screens: list[KioskScreen] = [
            self.idle,
            self.home,
            self.pickup_code,
            self.parcel_list,
            self.member_scan,
            self.balance,
            self.bills,
            self.bill_pay,
            self.notices,
            self.done,
        ]
        for screen in self.screens:
            self.stack.addWidget(screen)
        self.history: list[KioskScreen] = []

        self.nav_bar = QWidget()
        self.nav_bar.setObjectName("kioskNavBar")
        nav_row = QHBoxLayout(self.nav_bar)
        nav_row.setContentsMargins(64, 10, 64, 10)
        nav_row.setSpacing(32)
        self.back_button = push_button("kioskNav", height=72)
        self.back_button.clicked.connect(self.back)
        self.home_button = push_button("kioskNav", height=72)
        self.home_button.clicked.connect(self.go_home)
        nav_row.addWidget(self.back_button)
        nav_row.addStretch(1)
        nav_row.addWidget(self.home_button)

        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(top)
        column.addWidget(self.stack, 1)
        column.addWidget(self.nav_bar)

        self.warning = IdleWarning(self)
        self.warning.carry_on.clicked.connect(self.carry_on)
        self.inactivity = Inactivity(settings.get(S.KIOSK_IDLE_SECONDS), self)
        self.inactivity.warn.connect(self._warn)
        self.inactivity.tick.connect(self.warning.show_seconds)
        self.inactivity.expired.connect(self.reset)
        self.scanner = ScanBuffer(self)
        self.scanner.scanned.connect(self._scanned)

        self.printing = PrintService(context, self)
        context.printing = self.printing
        self.receipt_preview: ReceiptPreviewDialog | None = None
        if context.demo:  # the demo's virtual printer shows each receipt on screen
            self.receipt_preview = ReceiptPreviewDialog(self)
            self.printing.preview.printed.connect(self.receipt_preview.show_receipt)
        self.printing.start()
        # The kiosk's pickups and payments reach the platform like the counter's.
        self.sync = SyncWorker.for_station(context.station, self)
        if self.sync is not None:
            self.sync.start()

        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)
        self.retranslate()
        self.reset()

    # -- the core

    def work(self) -> AbstractContextManager[Work]:
        """One unit of work at the kiosk (offline rules apply: the kiosk never waits)."""
        return self.context.station.work(KIOSK_ACTOR)

    def receipt_queued(self) -> None:
        self.printing.kick()

    # -- moving between screens

    @property
    def current(self) -> KioskScreen:
        shown = self.stack.currentWidget()
        assert isinstance(shown, KioskScreen)
        return shown

    def _show(self, screen: KioskScreen) -> None:
        if self.current is self.idle and screen is not self.idle:
            self.idle.leave()
        self.stack.setCurrentWidget(screen)
        self.nav_bar.setVisible(screen.nav)
        screen.entered()
        if screen is self.idle:
            self.inactivity.stop()
        else:
            self.inactivity.start()

    def open(self, screen: KioskScreen) -> None:
        """Go forward to ``screen``; Back returns here."""
        if self.current is not screen:
            self.history.append(self.current)
        self._show(screen)

    def back(self) -> None:
        """One step back; what the screen left behind showed is cleared."""
        if self.current is self.done or not self.history:
            self.go_home()
            return
        previous = self.history.pop()
        if previous is self.home:
            self.go_home()
            return
        self.current.clear()
        self._show(previous)

    def go_home(self) -> None:
        """Home from any service: everything the resident saw is cleared."""
        self._clear_all()
        self._show(self.home)

    def wake(self) -> None:
        self.go_home()

    def finish(self, render: Render) -> None:
        """A service is done: only the result stays on screen, the way back is Home."""
        self._clear_all()
        self.done.show_result(render)
        self._show(self.done)

    def start_flow(self, key: str) -> None:
        self.home.message.clear_message()
        if key == "pickup":
            self.open(self.pickup_code)
        elif key == "vouchers":
            self.member_scan.begin("vouchers", self._show_balance)
            self.open(self.member_scan)
        elif key == "bills":
            self.member_scan.begin("bills", self._show_bills)
            self.open(self.member_scan)
        elif key == "notices":
            self.open(self.notices)

    def _show_balance(self, member: MemberIdentity) -> None:
        refusal = self.balance.show_account(member.account_id)
        if refusal is None:
            self.open(self.balance)
        else:
            self.member_scan.message.error(refusal)

    def _show_bills(self, member: MemberIdentity) -> None:
        refusal = self.bills.show_member(member)
        if refusal is None:
            self.open(self.bills)
        else:
            self.member_scan.message.error(refusal)

    def _clear_all(self) -> None:
        self.history.clear()
        for screen in self.screens:
            screen.clear()

    def reset(self) -> None:
        """Back to the notices carousel, as if nobody had been here."""
        self.warning.hide()
        if self.exit_dialog is not None:
            self.exit_dialog.reject()
        self.scanner.drop()
        self._clear_all()
        default = self.context.station.settings.get(S.LANGUAGE)
        if self.translations.language != default:
            self.translations.install(default)
        self._show(self.idle)

    # -- language

    def next_language(self) -> None:
        current = self.translations.language
        index = LANGUAGE_CYCLE.index(current) if current in LANGUAGE_CYCLE else -1
        self.translations.install(LANGUAGE_CYCLE[(index + 1) % len(LANGUAGE_CYCLE)])

    def _language_words(self) -> None:
        current = self.translations.language
        index = LANGUAGE_CYCLE.index(current) if current in LANGUAGE_CYCLE else -1
        others = [
            LANGUAGE_CYCLE[(index + step) % len(LANGUAGE_CYCLE)]
            for step in range(1, len(LANGUAGE_CYCLE))
        ]
        # The next language first: one tap gives it. All three names are in their own script.
        self.language.setText(" · ".join(LANGUAGE_NAMES[code] for code in others))
        self.language.setAccessibleName(
            fill(
                self.tr("Language: {current}. Touch for {next}."),
                current=LANGUAGE_NAMES.get(current, current),
                next=LANGUAGE_NAMES[others[0]],
            )
        )

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Station POS self-service"))
        name = self.context.station.info().station_name
        self.title.setText(isolate(name) if name else self.tr("Self-service"))
        self.title.setAccessibleName(name or self.tr("Self-service"))
        self.corner.setAccessibleName(self.tr("Staff only"))
        name_button(self.back_button, self.tr("◀ Back"), self.tr("Back"))
        name_button(self.home_button, self.tr("Home"), self.tr("Home screen"))
        self._language_words()
        self.warning.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- idle

    def _warn(self) -> None:
        self.warning.setGeometry(self.rect())
        self.warning.show()
        self.warning.raise_()

    def carry_on(self) -> None:
        self.warning.hide()
        self.inactivity.touch()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.warning.setGeometry(self.rect())

    # -- scanner, keys, staff

    def _scanned(self, text: str) -> None:
        self.current.on_scan(text)

    def ask_staff(self) -> None:
        if self.exit_dialog is not None:
            return
        dialog = StaffExitDialog(self.context, self)
        self.exit_dialog = dialog
        dialog.chosen.connect(self._unlock)
        dialog.finished.connect(self._exit_dialog_closed)
        margin = QPoint(120, 80)
        dialog.setGeometry(
            QRect(self.mapToGlobal(margin), self.size() - QSize(2 * margin.x(), 2 * margin.y()))
        )
        dialog.open()

    def _exit_dialog_closed(self, _result: int) -> None:
        if self.exit_dialog is not None:
            self.exit_dialog.deleteLater()
        self.exit_dialog = None

    def _unlock(self, how: str) -> None:
        log.info("kiosk unlocked by staff (%s)", how)
        self.unlocked = True
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        self.leave.emit(how)
        if how == QUIT:
            self.close()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.Quit:
            # The app itself is quitting (Windows shutting down, a smoke test): let it.
            self.quitting = True
            return False
        if kind in (QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride):
            assert isinstance(event, QKeyEvent)
            if not self.unlocked and is_escape_combo(event):
                return True
        if kind in _USER_INPUT and self._is_mine(watched):
            if self.warning.isVisible():
                self.carry_on()
            self.inactivity.touch()
            if kind == QEvent.Type.KeyPress and QApplication.activeModalWidget() is None:
                assert isinstance(event, QKeyEvent)
                return self.scanner.feed(event)
        return False

    def _is_mine(self, watched: QObject) -> bool:
        if not isinstance(watched, QWidget):
            return False
        window = watched.window()
        return window is self or (self.exit_dialog is not None and window is self.exit_dialog)

    def stop_background(self) -> None:
        """Stop printing rounds and join the sync thread (before the window goes)."""
        self.printing.stop()
        if self.sync is not None:
            self.sync.stop()
            self.sync = None

    def closeEvent(self, event: QCloseEvent) -> None:
        if not (self.unlocked or self.quitting):
            event.ignore()  # Alt+F4 and the like: a kiosk stays open until staff unlock it
            return
        self.stop_background()
        super().closeEvent(event)
