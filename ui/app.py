"""Application set-up: fonts, style sheet, translations, then the station window."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication, QMessageBox

from station_app import settings as S
from station_app.db.errors import StorageEnvironmentError
from station_app.instance_lock import AlreadyRunning, InstanceLock
from station_app.logs import configure_logging
from station_app.paths import StationPaths
from station_app.station import Station
from ui.context import AppContext
from ui.i18n import Translations, tr_message
from ui.main_window import StationWindow
from ui.tasks import Tasks

log = logging.getLogger(__name__)

RESOURCES = Path(__file__).resolve().parent.parent / "resources"
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
    register_fonts()
    app.setStyleSheet(style_sheet())
    translations = Translations(app, cache_dir)
    translations.install(language)
    return translations


def seed_demo_if_empty(station: Station) -> list[tuple[str, str, str]]:
    from station_app import demo

    if not station.has_staff():
        demo.seed_demo(station)
    station.settings.set(S.DEMO_MODE, True)
    if not station.settings.get(S.PRINTER_URI):
        station.settings.set(S.PRINTER_URI, "preview://")
    return [(name, role, pin) for name, role, pin in demo.DEMO_PINS]


def build_window(context: AppContext) -> StationWindow:
    return StationWindow(context)


def _fatal(title: str, text: str) -> int:
    QMessageBox.critical(None, title, text)
    return 1


def run_gui(paths: StationPaths, *, demo: bool, language: str | None, kiosk: bool) -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    paths.create()
    configure_logging(paths.log_dir)
    lock = InstanceLock(paths.lock_file)
    try:
        lock.acquire()
    except AlreadyRunning:
        set_up_application(app, language or "zh_CN", paths.cache_dir)
        return _fatal(
            QCoreApplication.translate("App", "Station POS"),
            QCoreApplication.translate(
                "App", "Station POS is already running on this computer (data folder {path})."
            ).format(path=paths.data_dir),
        )
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
        set_up_application(app, station.settings.get(S.LANGUAGE), paths.cache_dir)
        tasks = Tasks(app)
        demo_pins = seed_demo_if_empty(station) if demo else []
        context = AppContext(station=station, tasks=tasks, demo=demo, demo_pins=demo_pins)
        window = build_window(context)
        window.showMaximized()
        log.info("started (demo=%s, data=%s)", demo, paths.data_dir)
        code = app.exec()
        tasks.wait()
        station.close()
        return code
    finally:
        lock.release()
