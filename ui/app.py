"""Application set-up: fonts, style sheet, translations, then the station window."""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QFont, QFontDatabase, QIcon, QPixmap
from PySide6.QtWidgets import QApplication, QMessageBox, QSplashScreen

from station_app import crash_log
from station_app import settings as S
from station_app.db.errors import StorageEnvironmentError
from station_app.instance_lock import AlreadyRunning, InstanceLock
from station_app.logs import configure_logging
from station_app.paths import StationPaths
from station_app.station import Station
from ui.context import AppContext
from ui.crash_dialog import CrashDialogs
from ui.i18n import Translations, tr_message
from ui.main_window import StationWindow
from ui.single_instance import SingleInstance, bring_to_front
from ui.tasks import Tasks

if TYPE_CHECKING:
    from sync.server.demo import EmbeddedDemo
    from ui.kiosk import KioskWindow

log = logging.getLogger(__name__)

RESOURCES = Path(__file__).resolve().parent.parent / "resources"
# Start-up benchmarks and smoke tests: "1" quits as soon as the first window is on screen
# (bench/bench_startup.py times a start with it).
EXIT_WHEN_SHOWN = "STATION_POS_EXIT_WHEN_SHOWN"
# Preferred CJK families: Windows ships Microsoft YaHei; Linux has WenQuanYi or Noto.
CJK_FAMILIES = ["Microsoft YaHei UI", "Microsoft YaHei", "WenQuanYi Micro Hei", "Noto Sans CJK SC"]


def register_fonts() -> list[str]:
    """Register bundled fonts (resources/fonts) and pick the UI font family."""
    for path in sorted((RESOURCES / "fonts").glob("*.tt[cf]")):
        QFontDatabase.addApplicationFont(str(path))
    available = set(QFontDatabase.families())
    chosen = [family for family in CJK_FAMILIES if family in available]
    if chosen:
        font = QFont(chosen[0])
        font.setFamilies(chosen)
        font.setPointSize(12)
        QApplication.setFont(font)
    else:
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
    configure_logging(paths.log_dir)
    # Lives as long as the app: an error escaping start-up still gets its dialog.
    CrashDialogs(crash_log.install(paths.log_dir), app)
    instance = SingleInstance(paths.data_dir, app)
    if not instance.claim():
        # The running app was asked to come forward; only a silent one needs a message.
        return 0 if instance.first_reached else _already_running(app, paths, language)
    lock = InstanceLock(paths.lock_file)
    try:
        lock.acquire()
    except AlreadyRunning:  # a technician's restore holds the data folder right now
        instance.release()
        return _already_running(app, paths, language)
    try:
        try:
            station = Station(paths)
        except StorageEnvironmentError as error:
            set_up_application(app, language or "zh_CN", paths.cache_dir)
            return _fatal(
                QCoreApplication.translate("App", "Station POS"), tr_message(error.message)
            )
        if language:
            station.settings.set(S.LANGUAGE, language)
        translations = set_up_application(app, station.settings.get(S.LANGUAGE), paths.cache_dir)
        tasks = Tasks(app)
        embedded = None
        if demo:
            splash = _demo_splash()
            embedded = start_demo_platform(station)
            splash.close()
        demo_pins = seed_demo_if_empty(station) if demo else []
        context = AppContext(station=station, tasks=tasks, demo=demo, demo_pins=demo_pins)
        # Without staff nobody could ever unlock a kiosk: the first run sets up staff first.
        if kiosk and station.has_staff():
            windows = show_kiosk(context, translations)
        else:
            windows = [build_window(context)]
            windows[0].showMaximized()
        instance.activation_requested.connect(lambda: bring_to_front(windows[-1]))
        if os.environ.get(EXIT_WHEN_SHOWN) == "1":
            QTimer.singleShot(0, app.quit)
        log.info("started (demo=%s, data=%s)", demo, paths.data_dir)
        code = app.exec()
        for window in windows:
            window.stop_background()
        tasks.wait()
        if embedded is not None:
            embedded.stop()
        station.close()
        return code
    finally:
        lock.release()
        instance.release()
