"""Application set-up: fonts, style sheet, translations, then the station window.

A counter start shows the login screen before the station is opened: the roster comes from
one plain sqlite3 read (``station_app.login_roster``), and SQLAlchemy, the models, printing
and sync load in the first turn of the event loop after the screen is up. Everything else
(first run, a migration to run, demo, kiosk) opens the station first, as before.
"""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QFont, QFontDatabase, QIcon
from PySide6.QtWidgets import QApplication

from station_app import crash_log
from station_app import settings as S
from station_app.db.errors import StorageEnvironmentError
from station_app.instance_lock import AlreadyRunning, InstanceLock
from station_app.login_roster import read_login_roster
from station_app.logs import configure_logging
from station_app.paths import StationPaths
from station_app.settings import Settings
from ui.crash_dialog import CrashDialogs
from ui.i18n import Translations, tr_message
from ui.main_window import StationWindow
from ui.single_instance import SingleInstance, bring_to_front
from ui.tasks import Tasks

# Qt classes used only on rare paths (a fatal error, the demo's splash) are imported where
# they are used: each Qt class costs its set-up on first import, before the login shows.
if TYPE_CHECKING:
    from PySide6.QtWidgets import QSplashScreen

    from station_app.station import Station
    from sync.server.demo import EmbeddedDemo
    from ui.context import AppContext
    from ui.daily_backup import DailyBackup
    from ui.kiosk import KioskWindow

log = logging.getLogger(__name__)

RESOURCES = Path(__file__).resolve().parent.parent / "resources"
# Start-up benchmarks and smoke tests: "1" quits as soon as the first window is on screen
# (bench/bench_startup.py times a start with it).
EXIT_WHEN_SHOWN = "STATION_POS_EXIT_WHEN_SHOWN"
# Preferred CJK families: Windows ships Microsoft YaHei; Linux has WenQuanYi or Noto.
CJK_FAMILIES = ["Microsoft YaHei UI", "Microsoft YaHei", "WenQuanYi Micro Hei", "Noto Sans CJK SC"]


def register_fonts() -> None:
    """Register bundled fonts (resources/fonts) and ask for the CJK families in order.

    Qt takes the first family of the list it has; which one that is, is checked later
    (``check_cjk_font``): listing every installed family costs ~15 ms of start-up."""
    for path in sorted((RESOURCES / "fonts").glob("*.tt[cf]")):
        QFontDatabase.addApplicationFont(str(path))
    font = QFont(CJK_FAMILIES[0])
    font.setFamilies(CJK_FAMILIES)
    font.setPointSize(12)
    QApplication.setFont(font)


def check_cjk_font() -> list[str]:
    """The CJK families installed; none means Chinese shows as boxes: say so in the log."""
    available = set(QFontDatabase.families())
    chosen = [family for family in CJK_FAMILIES if family in available]
    if not chosen:
        log.warning("no CJK font found: Chinese text may show as boxes")
    return chosen


def style_sheet() -> str:
    return (RESOURCES / "styles" / "station.qss").read_text(encoding="utf-8")


def set_up_application(app: QApplication, language: str, cache_dir: Path) -> Translations:
    app.setApplicationName("Station POS")
    app.setOrganizationName("StationPOS")
    app.setWindowIcon(QIcon(str(RESOURCES / "icons" / "station.png")))
    register_fonts()
    app.setStyleSheet(style_sheet())
    translations = Translations(app, cache_dir)
    translations.install(language)
    return translations


def seed_demo_if_empty(station: Station) -> list[tuple[str, str, str]]:
    """The local demo community: the offline fallback when no demo platform runs."""
    from station_app import demo

    if not station.has_staff():
        demo.seed_demo(station)
    station.settings.set(S.DEMO_MODE, True)
    if not station.settings.get(S.PRINTER_URI):
        station.settings.set(S.PRINTER_URI, "preview://")
    return [(name, role, pin) for name, role, pin in demo.DEMO_PINS]


def start_demo_platform(station: Station) -> EmbeddedDemo | None:
    """``--demo``: the reference platform on 127.0.0.1 with the demo community (its SQLite
    file in the demo data dir), this terminal paired to it and synced once, so the
    community arrives by pull. None (and the local seed is used) if it cannot start."""
    from sync import pairing
    from sync.engine import SyncEngine
    from sync.server.demo import start_embedded_demo

    embedded: EmbeddedDemo | None = None
    try:
        embedded = start_embedded_demo(station.paths.data_dir / "platform" / "demo-platform.db")
        if station.info().paired:
            pairing.repoint(station, embedded.base_url)  # a new port each run
        else:
            pairing.pair(
                station, embedded.base_url, embedded.enrollment_code(), terminal_name="demo"
            )
        client = pairing.terminal_client(station)
        try:
            report = SyncEngine(station, client).run_round()
        finally:
            client.close()
        log.info("demo platform at %s; first sync: %s", embedded.base_url, report.as_dict())
        return embedded
    except Exception:
        log.exception("the embedded demo platform did not start; using the local demo data")
        if embedded is not None:
            embedded.stop()
        return None


def _demo_splash() -> QSplashScreen:
    from PySide6.QtGui import QPixmap
    from PySide6.QtWidgets import QSplashScreen

    splash = QSplashScreen(QPixmap(str(RESOURCES / "icons" / "station.png")))
    splash.show()
    splash.showMessage(
        QCoreApplication.translate("App", "Starting the demo platform…"),
        Qt.AlignmentFlag.AlignBottom | Qt.AlignmentFlag.AlignHCenter,
    )
    QApplication.processEvents()
    return splash


def build_window(context: AppContext) -> StationWindow:
    return StationWindow(context)


def show_kiosk(
    context: AppContext, translations: Translations
) -> list[StationWindow | KioskWindow]:
    """The kiosk, full screen; a staff member's unlock may open the counter login instead."""
    from ui.kiosk import KioskWindow
    from ui.kiosk.staff_exit import COUNTER

    kiosk = KioskWindow(context, translations)
    windows: list[StationWindow | KioskWindow] = [kiosk]

    def unlocked(how: str) -> None:
        if how != COUNTER:
            return  # the kiosk closes itself, and the app with it
        translations.install(context.station.settings.get(S.LANGUAGE))
        counter = build_window(context)
        windows.append(counter)
        counter.showMaximized()
        kiosk.close()

    kiosk.leave.connect(unlocked)
    kiosk.showFullScreen()
    return windows


def _fatal(title: str, text: str) -> int:
    from PySide6.QtWidgets import QMessageBox

    QMessageBox.critical(None, title, text)
    return 1


def _already_running(app: QApplication, paths: StationPaths, language: str | None) -> int:
    set_up_application(app, language or "zh_CN", paths.cache_dir)
    return _fatal(
        QCoreApplication.translate("App", "Station POS"),
        QCoreApplication.translate(
            "App", "Station POS is already running on this computer (data folder {path})."
        ).format(path=paths.data_dir),
    )


def run_gui(paths: StationPaths, *, demo: bool, language: str | None, kiosk: bool) -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    paths.create()
    configure_logging(paths.log_dir, rotating=False)  # rotating once the login is up
    # Lives as long as the app: an error escaping start-up still gets its dialog.
    CrashDialogs(crash_log.install(paths.log_dir), app)
    instance = SingleInstance(paths.data_dir, app)
    if not instance.claim(listen=False):
        # The running app was asked to come forward; only a silent one needs a message.
        return 0 if instance.first_reached else _already_running(app, paths, language)
    lock = InstanceLock(paths.lock_file)
    try:
        lock.acquire()
    except AlreadyRunning:  # a technician's restore holds the data folder right now
        instance.release()
        return _already_running(app, paths, language)
    try:
        start = Startup(app, paths, demo=demo, kiosk=kiosk, instance=instance)
        if language:
            start.settings.set(S.LANGUAGE, language)
        start.translations = set_up_application(
            app, start.settings.get(S.LANGUAGE), paths.cache_dir
        )
        instance.activation_requested.connect(start.bring_to_front)
        exit_when_shown = os.environ.get(EXIT_WHEN_SHOWN)
        if start.show_login_first():
            if exit_when_shown != "1":  # "1" times the login screen alone
                QTimer.singleShot(0, start.open_in_event_loop)
        elif not start.open():
            return 1
        if exit_when_shown in ("1", "ready"):
            QTimer.singleShot(0, app.quit)
        log.info("started (demo=%s, data=%s)", demo, paths.data_dir)
        code = app.exec()
        start.shut_down()
        return code if start.failed is None else start.failed
    finally:
        lock.release()
        instance.release()


class Startup:
    """One run of the GUI: its windows, the station once open, the demo platform."""

    def __init__(
        self,
        app: QApplication,
        paths: StationPaths,
        *,
        demo: bool,
        kiosk: bool,
        instance: SingleInstance,
    ) -> None:
        self.app = app
        self.paths = paths
        self.instance = instance
        self.demo = demo
        self.kiosk = kiosk
        self.settings = Settings(paths.settings_file)
        self.translations: Translations | None = None
        self.station: Station | None = None
        self.tasks: Tasks | None = None
        self.backups: DailyBackup | None = None
        self.embedded: EmbeddedDemo | None = None
        self.windows: list[StationWindow | KioskWindow] = []
        self.failed: int | None = None

    def show_login_first(self) -> bool:
        """A counter whose station is set up shows its login now and opens the station in
        the event loop's first turn; False: open the station first (``open``)."""
        if self.demo or self.kiosk:
            return False
        roster = read_login_roster(self.paths.database)
        if roster is None:
            return False
        window = StationWindow(roster=roster)
        self.windows.append(window)
        window.showMaximized()
        return True

    def open_in_event_loop(self) -> None:
        if not self.open():
            self.app.exit(1)

    def open(self) -> bool:
        """Open the station and build (or finish) the windows; False after a fatal dialog."""
        from station_app.station import Station
        from ui.context import AppContext
        from ui.daily_backup import DailyBackup

        configure_logging(self.paths.log_dir)
        self.instance.listen()  # from now on a second start brings this one forward
        try:
            self.station = Station(self.paths, settings=self.settings)
        except StorageEnvironmentError as error:
            self.failed = 1
            _fatal(QCoreApplication.translate("App", "Station POS"), tr_message(error.message))
            return False
        self.tasks = Tasks(self.app)
        check_cjk_font()
        self.backups = DailyBackup(self.station, self.tasks, self.app)
        if self.demo:
            splash = _demo_splash()
            self.embedded = start_demo_platform(self.station)
            splash.close()
        demo_pins = seed_demo_if_empty(self.station) if self.demo else []
        context = AppContext(
            station=self.station, tasks=self.tasks, demo=self.demo, demo_pins=demo_pins
        )
        if self.windows:  # the login screen is already up: finish it
            counter = self.windows[0]
            assert isinstance(counter, StationWindow)
            counter.attach(context)
        elif self.kiosk and self.station.has_staff():
            # Without staff nobody could ever unlock a kiosk: the first run sets up staff first.
            assert self.translations is not None
            self.windows = show_kiosk(context, self.translations)
        else:
            self.windows = [build_window(context)]
            self.windows[0].showMaximized()
        return True

    def bring_to_front(self) -> None:
        if self.windows:
            bring_to_front(self.windows[-1])

    def shut_down(self) -> None:
        if self.backups is not None:
            self.backups.timer.stop()
        for window in self.windows:
            window.stop_background()
        if self.tasks is not None:
            self.tasks.wait()
        if self.embedded is not None:
            self.embedded.stop()
        if self.station is not None:
            self.station.close()
