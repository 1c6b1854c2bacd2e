"""The counter window: login, then the sections with a navigation rail and a status bar."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from station_app import settings as S
from station_app.work import Actor
from ui.context import AppContext
from ui.i18n import tr_message
from ui.login import LoginScreen
from ui.print_banner import PrintBanner
from ui.print_service import PrintService
from ui.receipt_preview import ReceiptPreviewDialog
from ui.sections import SECTIONS, ComingSoonPage
from ui.setup_wizard import SetupWizard
from ui.status_bar import StationStatusBar

if TYPE_CHECKING:
    from ui.sync_worker import SyncWorker


class HomeScreen(QWidget):
    """Navigation rail on the left, the chosen section on the right."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        rail = QWidget()
        rail.setObjectName("navRail")
        rail_layout = QVBoxLayout(rail)
        rail_layout.setContentsMargins(12, 16, 12, 16)
        rail_layout.setSpacing(10)
        self.station_label = QLabel()
        self.station_label.setObjectName("railTitle")
        self.station_label.setWordWrap(True)
        rail_layout.addWidget(self.station_label)
        self.pages = QStackedWidget()
        self.nav = QButtonGroup(self)
        self.nav_buttons: dict[str, QPushButton] = {}
        for index, section in enumerate(SECTIONS):
            button = QPushButton(tr_message(section.title))
            button.setObjectName("navButton")
            button.setCheckable(True)
            button.setMinimumHeight(64)
            # A scan must land in the page's scan field, never on the navigation.
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setAccessibleName(tr_message(section.title))
            self.nav.addButton(button, index)
            self.nav_buttons[section.key] = button
            rail_layout.addWidget(button)
            # Pages are built when first opened: start-up pays only for the login screen.
            self.pages.addWidget(QWidget())
        rail_layout.addStretch(1)
        self.lock_button = QPushButton(self.tr("Lock"))
        self.lock_button.setObjectName("secondary")
        self.lock_button.setMinimumHeight(56)
        self.lock_button.setAccessibleName(self.tr("Lock the counter"))
        self.lock_button.clicked.connect(context.session.lock)
        rail_layout.addWidget(self.lock_button)
        self._built: set[int] = set()
        self.nav.idClicked.connect(self.show_page)
        self.nav.button(0).setChecked(True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(rail)
        layout.addWidget(self.pages, 1)
        self.station_label.setText(context.station.info().station_name)

    def refresh(self) -> None:
        """After a login: the station's name, and the chosen page built if it is not yet."""
        self.station_label.setText(self.context.station.info().station_name)
        self.show_page(max(0, self.nav.checkedId()))

    def show_page(self, index: int) -> None:
        if index not in self._built:
            section = SECTIONS[index]
            page = section.factory(self.context) if section.factory else ComingSoonPage(section)
            placeholder = self.pages.widget(index)
            assert placeholder is not None
            self.pages.insertWidget(index, page)
            self.pages.removeWidget(placeholder)
            placeholder.deleteLater()
            self._built.add(index)
        self.pages.setCurrentIndex(index)

    def open_section(self, key: str) -> None:
        self.nav_buttons[key].click()


class StationWindow(QMainWindow):
    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self.context = context
        self.setWindowTitle(self.tr("Station POS"))
        self.setMinimumSize(1024, 700)
        self.screens = QStackedWidget()
        self.login = LoginScreen(context)
        self.home = HomeScreen(context)
        self.screens.addWidget(self.login)
        self.screens.addWidget(self.home)
        self.setup: SetupWizard | None = None
        if not context.demo and not context.station.has_staff():
            # First run: nobody could log in yet, so the wizard creates the first admin.
            self.setup = SetupWizard(context)
            self.setup.completed.connect(self._on_set_up)
            self.screens.addWidget(self.setup)
            self.screens.setCurrentWidget(self.setup)
        self.printing = PrintService(context, self)
        context.printing = self.printing
        self.print_banner = PrintBanner()
        self.print_banner.retryRequested.connect(self.printing.kick)
        self.printing.status_changed.connect(self.print_banner.set_status)
        self.printing.waiting_changed.connect(self.print_banner.set_waiting)
        self.receipt_preview = ReceiptPreviewDialog(self)
        self.printing.preview.printed.connect(self.receipt_preview.show_receipt)
        central = QWidget()
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.print_banner)
        column.addWidget(self.screens, 1)
        self.setCentralWidget(central)
        self.printing.start()
        self.status = StationStatusBar(context)
        self.setStatusBar(self.status)
        # Background sync with the platform, once the terminal is paired. Imported here:
        # the HTTP and crypto stack costs ~0.2 s that an unpaired counter never needs.
        self.sync: SyncWorker | None = None
        if context.station.info().paired:
            from ui.sync_worker import SyncWorker

            self.sync = SyncWorker.for_station(context.station, self)
        if self.sync is not None:
            self.status.attach_sync(self.sync)
            self.sync.start()
        self.login.logged_in.connect(self._on_login)
        context.session.changed.connect(self._follow_session)
        self.idle = IdleLock(context, self)

    def stop_background(self) -> None:
        """Join the sync thread (before the window goes: a running QThread must not)."""
        if self.sync is not None:
            self.sync.stop()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.stop_background()
        super().closeEvent(event)

    def _on_set_up(self, _admin: object) -> None:
        self.login.refresh()
        self.home.refresh()
        self.screens.setCurrentWidget(self.login)

    def _on_login(self, actor: Actor) -> None:
        self.context.session.log_in(actor)

    def _follow_session(self) -> None:
        if self.context.session.actor is None:
            self.login.refresh()
            self.screens.setCurrentWidget(self.login)
        else:
            self.home.refresh()
            self.screens.setCurrentWidget(self.home)


class IdleLock(QObject):
    """Locks the counter after the configured idle minutes (0: never)."""

    def __init__(self, context: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self._expire)
        self.rearm()
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def rearm(self) -> None:
        minutes = self.context.station.settings.get(S.IDLE_LOCK_MINUTES)
        if minutes <= 0:
            self.timer.stop()
            return
        self.timer.start(minutes * 60_000)

    def _expire(self) -> None:
        if self.context.session.actor is not None:
            self.context.session.lock()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _ACTIVITY and self.context.session.actor is not None:
            self.rearm()
        return False


_ACTIVITY = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.TouchBegin,
    QEvent.Type.Wheel,
}
