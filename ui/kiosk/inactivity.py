"""Inactivity at the kiosk: a warning 20 s before the screen resets, one tap continues.

A resident who walks away must not leave their parcels or balance on the screen for the
next person. ``touch()`` (any tap or scan) re-arms the countdown; ``warn`` asks the window
to show the warning, ``expired`` to clear everything.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal

WARNING_SECONDS = 20


class Inactivity(QObject):
    warn = Signal()
    tick = Signal(int)
    """Seconds left while the warning shows."""
    expired = Signal()

    def __init__(self, idle_seconds: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.quiet = QTimer(self)
        """Runs while a resident is using the kiosk; its end shows the warning."""
        self.quiet.setSingleShot(True)
        self.quiet.timeout.connect(self._warn)
        self.countdown = QTimer(self)
        """Once a second during the warning."""
        self.countdown.setInterval(1000)
        self.countdown.timeout.connect(self._count)
        self.left = 0
        self.active = False
        self.set_idle_seconds(idle_seconds)

    def set_idle_seconds(self, idle_seconds: int) -> None:
        self.quiet.setInterval(max(1, idle_seconds - WARNING_SECONDS) * 1000)

    @property
    def warning(self) -> bool:
        return self.countdown.isActive()

    def start(self) -> None:
        """A resident started using the kiosk: watch for them leaving."""
        self.active = True
        self.touch()

    def stop(self) -> None:
        """Nothing personal on screen (idle carousel): nothing to watch."""
        self.active = False
        self.quiet.stop()
        self.countdown.stop()

    def touch(self) -> None:
        if not self.active:
            return
        self.countdown.stop()
        self.quiet.start()

    def _warn(self) -> None:
        self.left = WARNING_SECONDS
        self.countdown.start()
        self.warn.emit()
        self.tick.emit(self.left)

    def _count(self) -> None:
        self.left -= 1
        if self.left > 0:
            self.tick.emit(self.left)
            return
        self.stop()
        self.expired.emit()
