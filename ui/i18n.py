"""Translations: the app's .ts sources compiled to .qm, plus Qt's own qtbase translations.

Source strings are English. zh_CN is the default language; ug (Uyghur, Arabic script) is
written right to left, so installing it mirrors every layout. A .qm missing or older than
its .ts is built with lrelease on start-up (the frozen build ships them prebuilt).
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtGui import QGuiApplication

from station_app.i18n import Message

log = logging.getLogger(__name__)

TRANSLATIONS_DIR = Path(__file__).resolve().parent.parent / "resources" / "translations"
LANGUAGES = ("zh_CN", "en", "ug")
RIGHT_TO_LEFT = frozenset({"ug"})
LOCALES = {"zh_CN": "zh_CN", "en": "en_US", "ug": "ug_CN"}
"""The QLocale of each language (numbers, dates); Uyghur as written in Xinjiang."""


def locale_for(language: str) -> QLocale:
    return QLocale(LOCALES.get(language, language))


def _lrelease() -> str | None:
    import shutil  # (here and below) only when a .qm must be built: not on every start

    beside = Path(sys.executable).with_name("pyside6-lrelease")
    for candidate in (beside, beside.with_suffix(".exe")):
        if candidate.exists():
            return str(candidate)
    return shutil.which("pyside6-lrelease") or shutil.which("lrelease")


def compiled_translation(language: str, cache_dir: Path) -> Path | None:
    """The .qm for ``language``: shipped next to the .ts, or built into ``cache_dir``."""
    source = TRANSLATIONS_DIR / f"station_{language}.ts"
    shipped = source.with_suffix(".qm")
    if shipped.exists() and (
        not source.exists() or shipped.stat().st_mtime >= source.stat().st_mtime
    ):
        return shipped
    if not source.exists():
        return None
    built = cache_dir / shipped.name
    if built.exists() and built.stat().st_mtime >= source.stat().st_mtime:
        return built
    tool = _lrelease()
    if tool is None:
        log.error("no lrelease found; %s stays untranslated", language)
        return None
    import subprocess

    cache_dir.mkdir(parents=True, exist_ok=True)
    completed = subprocess.run(
        [tool, "-silent", str(source), "-qm", str(built)],
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
    )
    if completed.returncode != 0:
        log.error("lrelease failed for %s: %s", source, completed.stderr)
        return None
    return built


_INSTALLED: list[QTranslator] = []
"""The app's translators, whichever ``Translations`` installed them: one language at a time
(an untranslated entry must fall back to English, never to the language before)."""


class Translations:
    """Installs (and swaps) the translators of one QCoreApplication."""

    def __init__(self, app: QCoreApplication, cache_dir: Path) -> None:
        self.app = app
        self.cache_dir = cache_dir
        self.language = "en"

    def install(self, language: str) -> None:
        for translator in _INSTALLED:
            QCoreApplication.removeTranslator(translator)
            translator.deleteLater()
        _INSTALLED.clear()
        self.language = language
        QLocale.setDefault(locale_for(language))
        if isinstance(self.app, QGuiApplication):
            QGuiApplication.setLayoutDirection(
                Qt.LayoutDirection.RightToLeft
                if language in RIGHT_TO_LEFT
                else Qt.LayoutDirection.LeftToRight
            )
        if language == "en":
            return
        qtbase = QTranslator(self.app)
        if qtbase.load(
            f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        ):
            self._add(qtbase)
        path = compiled_translation(language, self.cache_dir)
        own = QTranslator(self.app)
        if path is not None and own.load(str(path)):
            self._add(own)
        else:
            log.error("translation for %s not loaded", language)

    def _add(self, translator: QTranslator) -> None:
        self.app.installTranslator(translator)
        _INSTALLED.append(translator)


def tr_message(message: Message) -> str:
    """A core message in the current language, placeholders filled."""
    return message.render(QCoreApplication.translate(message.context, message.source))
