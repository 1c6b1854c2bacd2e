"""The counter window: login, then the sections with a navigation rail and a status bar.

It can open in two steps (see ``ui.app``): first only the login screen, from a roster read
with plain sqlite3, so it is on screen before SQLAlchemy, the models and the section pages
load; then ``attach`` builds the rest once the station is open.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QApplication,
    QMainWindow,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from station_app import settings as S
from station_app.login_roster import LoginRoster
from ui.login import LoginScreen

if TYPE_CHECKING:
    from station_app.work import Actor
    from ui.context import AppContext
    from ui.home_screen import HomeScreen
    from ui.print_banner import PrintBanner
    from ui.print_service import PrintService
    from ui.receipt_preview import ReceiptPreviewDialog
    from ui.setup_wizard import SetupWizard
    from ui.status_bar import StationStatusBar
    from ui.sync_worker import SyncWorker


class StationWindow(QMainWindow):
    def __init__(
        self, context: AppContext | None = None, *, roster: LoginRoster | None = None
    ) -> None:
        """``StationWindow(context)``: the whole window. ``StationWindow(roster=...)``: the
        login screen only, until ``attach(context)``."""
        super().__init__()
        self.setWindowTitle(self.tr("Station POS"))
        self.setMinimumSize(1024, 700)
        self.screens = QStackedWidget()
        self.login = LoginScreen(context, roster=roster)
        self.screens.addWidget(self.login)
        self.central = QWidget()
        self.column = QVBoxLayout(self.central)
        self.column.setContentsMargins(0, 0, 0, 0)
        self.column.setSpacing(0)
        self.column.addWidget(self.screens, 1)
        self.setCentralWidget(self.central)
        self.sync: SyncWorker | None = None
        self.attached = False
        if context is not None:
            self.attach(context)

    def attach(self, context: AppContext) -> None:
        """The station is open: build the home, printing, status bar, sync and idle lock."""
        # Imported here, not at the top: together they cost ~0.4 s that the login screen
        # does not need to appear.
        from ui.home_screen import HomeScreen
        from ui.print_banner import PrintBanner
        from ui.print_service import PrintService
        from ui.receipt_preview import ReceiptPreviewDialog
        from ui.setup_wizard import SetupWizard
        from ui.status_bar import StationStatusBar

        self.context = context
        self.home: HomeScreen = HomeScreen(context)
        self.screens.addWidget(self.home)
        self.setup: SetupWizard | None = None
        if not context.demo and not context.station.has_staff():
            # First run: nobody could log in yet, so the wizard creates the first admin.
            self.setup = SetupWizard(context)
            self.setup.completed.connect(self._on_set_up)
            self.screens.addWidget(self.setup)
            self.screens.setCurrentWidget(self.setup)
        self.printing: PrintService = PrintService(context, self)
        context.printing = self.printing
        self.print_banner: PrintBanner = PrintBanner()
        self.print_banner.retryRequested.connect(self.printing.kick)
        self.printing.status_changed.connect(self.print_banner.set_status)
        self.printing.waiting_changed.connect(self.print_banner.set_waiting)
        self.receipt_preview: ReceiptPreviewDialog = ReceiptPreviewDialog(self)
        self.printing.preview.printed.connect(self.receipt_preview.show_receipt)
        self.column.insertWidget(0, self.print_banner)
        self.printing.start()
        self.status: StationStatusBar = StationStatusBar(context)
        self.setStatusBar(self.status)
        # Background sync with the platform, once the terminal is paired. Imported here:
        # the HTTP and crypto stack costs ~0.2 s that an unpaired counter never needs.
        if context.station.info().paired:
            from ui.sync_worker import SyncWorker

            self.sync = SyncWorker.for_station(context.station, self)
        if self.sync is not None:
            self.status.attach_sync(self.sync)
            self.sync.start()
        self.login.logged_in.connect(self._on_login)
        context.session.changed.connect(self._follow_session)
        self.idle = IdleLock(context, self)
        self.login.attach(context)
        self.attached = True

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
