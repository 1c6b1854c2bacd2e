"""Tell the user an unexpected error happened and where its crash file is.

The crash log (``station_app.crash_log``) calls its listeners on whatever thread failed; the
dialog is always opened on the GUI thread, after the failing handler has returned, one at a
time (a handler that fails again and again must not stack dialogs). An error that ends the
app before or after its event loop runs (start-up) gets a blocking dialog: the windowed exe
has no console, and without one the app would just vanish.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Qt, QThread, Signal
from PySide6.QtWidgets import QApplication, QMessageBox

from station_app.crash_log import Crash, CrashLog


def crash_text(crash: Crash) -> str:
    if crash.path is not None:
        return QCoreApplication.translate(
            "CrashDialog",
            "Station POS hit an unexpected error. What you were doing may not have been "
            "saved: check it before going on.\n\nThe details were saved to:\n{path}\n\n"
            "If this happens again, give this file to your technician.",
        ).format(path=crash.path)
    return QCoreApplication.translate(
        "CrashDialog",
        "Station POS hit an unexpected error. What you were doing may not have been "
        "saved: check it before going on.\n\nThe details are in the log folder:\n{path}",
    ).format(path=crash.log_dir)


class CrashDialogs(QObject):
    """Listens to a crash log for as long as it lives (``detach`` ends it)."""

    _crashed = Signal(object)

    def __init__(self, crash_log: CrashLog, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.crash_log = crash_log
        self.dialog: QMessageBox | None = None
        # Queued even on the GUI thread: never open a dialog inside the failing handler.
        self._crashed.connect(self._show, Qt.ConnectionType.QueuedConnection)
        crash_log.listeners.append(self._on_crash)

    def detach(self) -> None:
        if self._on_crash in self.crash_log.listeners:
            self.crash_log.listeners.remove(self._on_crash)

    def _on_crash(self, crash: Crash) -> None:
        here = QThread.currentThread()
        if here is self.thread() and here.loopLevel() == 0:
            self._show(crash, blocking=True)
        else:
            self._crashed.emit(crash)

    def _show(self, crash: Crash, blocking: bool = False) -> None:
        if self.dialog is not None and self.dialog.isVisible():
            return
        dialog = QMessageBox(
            QMessageBox.Icon.Critical,
            QCoreApplication.translate("CrashDialog", "Station POS: unexpected error"),
            crash_text(crash),
            QMessageBox.StandardButton.Ok,
            QApplication.activeWindow(),
        )
        # The technician copies the path from here; no "open folder": a kiosk stays locked.
        dialog.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.destroyed.connect(self._forget)
        self.dialog = dialog
        if blocking:
            dialog.exec()
        else:
            dialog.open()

    def _forget(self) -> None:
        self.dialog = None
