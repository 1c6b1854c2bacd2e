"""A touch-friendly PIN pad: big keys, masked dots, keyboard digits work too."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QGridLayout, QLabel, QPushButton, QVBoxLayout, QWidget

MAX_PIN = 8


class PinPad(QWidget):
    submitted = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._pin = ""
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.dots = QLabel()
        self.dots.setObjectName("pinDots")
        self.dots.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.dots.setAccessibleName(self.tr("PIN entered"))
        grid = QGridLayout()
        grid.setSpacing(10)
        self.keys: dict[str, QPushButton] = {}
        labels = ["1", "2", "3", "4", "5", "6", "7", "8", "9", "clear", "0", "back"]
        for index, key in enumerate(labels):
            text = {"clear": self.tr("Clear"), "back": "⌫"}.get(key, key)
            button = QPushButton(text)
            button.setObjectName("pinKey")
            button.setMinimumSize(88, 72)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setAccessibleName(
                {"clear": self.tr("Clear PIN"), "back": self.tr("Delete last digit")}.get(
                    key, self.tr("Digit {digit}").format(digit=key)
                )
            )
            button.clicked.connect(lambda _=False, k=key: self._press(k))
            grid.addWidget(button, index // 3, index % 3)
            self.keys[key] = button
        self.ok = QPushButton(self.tr("Log in"))
        self.ok.setObjectName("primary")
        self.ok.setMinimumHeight(64)
        self.ok.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.ok.setAccessibleName(self.tr("Log in"))
        self.ok.clicked.connect(self._submit)
        layout = QVBoxLayout(self)
        layout.addWidget(self.dots)
        layout.addLayout(grid)
        layout.addWidget(self.ok)
        self._render()

    @property
    def pin(self) -> str:
        return self._pin

    def clear(self) -> None:
        self._pin = ""
        self._render()

    def _press(self, key: str) -> None:
        if key == "clear":
            self._pin = ""
        elif key == "back":
            self._pin = self._pin[:-1]
        elif len(self._pin) < MAX_PIN:
            self._pin += key
        self._render()

    def _submit(self) -> None:
        if self._pin:
            self.submitted.emit(self._pin)

    def _render(self) -> None:
        self.dots.setText("●" * len(self._pin) if self._pin else self.tr("Enter PIN"))
        self.dots.setProperty("empty", not self._pin)
        self.dots.style().unpolish(self.dots)
        self.dots.style().polish(self.dots)
        self.ok.setEnabled(bool(self._pin))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        text = event.text()
        if text.isdigit() and len(text) == 1:
            self._press(text)
        elif event.key() == Qt.Key.Key_Backspace:
            self._press("back")
        elif event.key() == Qt.Key.Key_Escape:
            self._press("clear")
        elif event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._submit()
        else:
            super().keyPressEvent(event)
