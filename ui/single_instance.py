"""One running app per data folder: a second start brings the first window forward and exits.

A ``QLockFile`` in the data folder says the folder is taken (Qt treats the lock of a crashed
process as stale, so a crash never blocks the next start); a ``QLocalServer`` named from the
folder's path lets the second start reach the first. ``station_app.instance_lock`` (an OS lock
that ``restore`` checks) is still taken by ``run_gui`` right after, for the whole run.
"""

from __future__ import annotations

import hashlib
import logging
import os
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLockFile, QObject, Qt, QThread, Signal
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:  # QtNetwork loads when listening, after the login screen is up
    from PySide6.QtNetwork import QLocalServer, QLocalSocket

log = logging.getLogger(__name__)

LOCK_FILE = "window.lock"
ACTIVATE = b"activate\n"
TIMEOUT_MS = 2000


def server_name(data_dir: Path) -> str:
    """The local socket (Windows: named pipe) name of the app running on ``data_dir``."""
    key = os.path.normcase(str(data_dir.expanduser().resolve()))
    return f"StationPOS-{hashlib.sha256(key.encode('utf-8')).hexdigest()[:24]}"


class SingleInstance(QObject):
    """Claim a data folder for this process; ``activation_requested`` when another start asks."""

    activation_requested = Signal()

    def __init__(self, data_dir: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.data_dir = data_dir
        self.name = server_name(data_dir)
        self.lock = QLockFile(str(data_dir / LOCK_FILE))
        # Age never makes a held lock stale: only a dead owner does (Qt checks its PID).
        self.lock.setStaleLockTime(0)
        self.server: QLocalServer | None = None
        self.first_reached = False  # after a failed claim: the running app was asked forward

    def claim(self, *, listen: bool = True) -> bool:
        """True: this process owns the folder. False: another does, and was asked forward.

        ``listen=False``: the owner calls ``listen()`` itself later (the app does, once its
        login screen is up); a start meanwhile keeps knocking until then."""
        self.data_dir.mkdir(parents=True, exist_ok=True)
        if self.lock.tryLock(0):
            if listen:
                self.listen()
            return True
        if self.lock.error() != QLockFile.LockError.LockFailedError:
            # Unwritable folder and the like: opening the station reports it properly.
            log.warning("instance lock unusable (%s): one instance not enforced", self.lock.error())
            return True
        self.first_reached = self._ask_first_forward()
        return False

    def release(self) -> None:
        if self.server is not None:
            self.server.close()
            self.server = None
        if self.lock.isLocked():
            self.lock.unlock()

    def listen(self) -> None:
        """Answer later starts (they ask this one forward)."""
        from PySide6.QtNetwork import QLocalServer

        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        # A crashed owner can leave its socket file behind (Unix); the lock proves it is dead.
        QLocalServer.removeServer(self.name)
        if not server.listen(self.name):
            log.warning("single-instance server %s: %s", self.name, server.errorString())
            return
        server.newConnection.connect(self._accept)
        self.server = server

    def _accept(self) -> None:
        assert self.server is not None
        while (connection := self.server.nextPendingConnection()) is not None:
            # The server owns its connections (freed with it): a start or two per day.
            connection.readyRead.connect(self._read_ready)
            self._read(connection)

    def _read_ready(self) -> None:
        from PySide6.QtNetwork import QLocalSocket

        connection = self.sender()
        if isinstance(connection, QLocalSocket):
            self._read(connection)

    def _read(self, connection: QLocalSocket) -> None:
        if connection.canReadLine() and bytes(connection.readLine().data()) == ACTIVATE:
            log.info("another start asked this window forward")
            self.activation_requested.emit()
            connection.disconnectFromServer()

    def _ask_first_forward(self) -> bool:
        from PySide6.QtNetwork import QLocalSocket

        _allow_foreground(self.lock)
        socket = QLocalSocket()
        deadline = time.monotonic() + TIMEOUT_MS / 1000
        while True:
            socket.connectToServer(self.name)
            if socket.waitForConnected(TIMEOUT_MS):
                break
            if time.monotonic() >= deadline:
                log.warning("app already running on %s but not answering", self.data_dir)
                return False
            # The first start listens once its login screen is up: a double-click on the
            # icon lands here a moment before that.
            QThread.msleep(50)
        socket.write(ACTIVATE)
        sent = socket.waitForBytesWritten(TIMEOUT_MS)
        socket.disconnectFromServer()
        if socket.state() != QLocalSocket.LocalSocketState.UnconnectedState:
            socket.waitForDisconnected(TIMEOUT_MS)
        return sent


def _allow_foreground(lock: QLockFile) -> None:
    """Windows lets only the foreground process hand focus on: let the first one take it."""
    if sys.platform != "win32":
        return
    import ctypes

    info = lock.getLockInfo()
    if isinstance(info, tuple) and info and isinstance(info[0], int):
        ctypes.windll.user32.AllowSetForegroundWindow(info[0])


def bring_to_front(window: QWidget) -> None:
    """Un-minimise, raise and focus ``window`` (kept full screen or maximised as it was)."""
    state = window.windowState() & ~Qt.WindowState.WindowMinimized
    window.setWindowState(state | Qt.WindowState.WindowActive)
    window.show()
    window.raise_()
    window.activateWindow()
