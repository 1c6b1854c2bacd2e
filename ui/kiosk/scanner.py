"""The kiosk's QR scanner: a keyboard wedge that types the code fast and presses Enter.

The kiosk has no keyboard, so every typed character is the scanner's. Characters are
collected until Enter; a burst left without Enter (a misread) is dropped after a short
pause, so it never glues onto the next scan.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent

STRAY_MS = 400
"""A wedge types a whole code in well under this; a longer pause ends a broken burst."""
MAX_SCAN = 2048


class ScanBuffer(QObject):
    scanned = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._text: list[str] = []
        self.stray = QTimer(self)
        self.stray.setSingleShot(True)
        self.stray.setInterval(STRAY_MS)
        self.stray.timeout.connect(self.drop)

    def feed(self, event: QKeyEvent) -> bool:
        """Take one key press; True when it belonged to a scan."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            text = "".join(self._text).strip()
            self.drop()
            if text:
                self.scanned.emit(text)
            return True
        character = event.text()
        if len(character) != 1 or not character.isprintable():
            return False
        if len(self._text) < MAX_SCAN:
            self._text.append(character)
        self.stray.start()
        return True

    def drop(self) -> None:
        self._text.clear()
        self.stray.stop()
