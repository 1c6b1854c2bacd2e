"""The kiosk's on-screen numeric keypad: large keys, a large display, no keyboard needed.

Digits read left to right in every language (also Uyghur), so the keypad never mirrors.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QGridLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ui.kiosk.formats import fill

KEY_SIZE = 72
"""Key height in pixels: well above the 48 px touch minimum, and five rows fit 1280×800."""
DASH = "-"
BACK = "back"
CLEAR = "clear"


class Keypad(QWidget):
    """Digits (and optionally a dash, for pickup codes like 3-2-1045) into ``value``.

    ``letters``: shelf labels with letters (A-2-17) get a row of letter keys above the digits.

    ``submitted`` carries the value when the resident taps the OK key.
    """

    changed = Signal(str)
    submitted = Signal(str)

    def __init__(
        self,
        *,
        max_length: int = 16,
        dash: bool = False,
        letters: Sequence[str] = (),
        masked: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("kioskKeypad")
        self.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.max_length = max_length
        self.masked = masked
        self._value = ""
        self._placeholder = ""
        self.display = QLabel()
        self.display.setObjectName("keypadDisplay")
        self.display.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.display.setMinimumHeight(KEY_SIZE)
        grid = QGridLayout()
        grid.setSpacing(10)
        self.keys: dict[str, QPushButton] = {}
        letter_rows = QGridLayout()
        letter_rows.setSpacing(12)
        for index, letter in enumerate(letters):
            letter_key = QPushButton(letter)
            letter_key.setObjectName("keypadKey")
            letter_key.setMinimumSize(KEY_SIZE, KEY_SIZE - 16)
            letter_key.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            letter_key.clicked.connect(lambda _=False, k=letter: self.press(k))
            letter_rows.addWidget(letter_key, index // 6, index % 6)
            self.keys[letter] = letter_key
        bottom_left = DASH if dash else CLEAR
        layout_keys = ["1", "2", "3", "4", "5", "6", "7", "8", "9", bottom_left, "0", BACK]
        for index, key in enumerate(layout_keys):
            button = QPushButton()
            button.setObjectName("keypadWord" if key == CLEAR else "keypadKey")
            button.setMinimumSize(KEY_SIZE + 16, KEY_SIZE)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setAutoRepeat(key == BACK)
            button.clicked.connect(lambda _=False, k=key: self.press(k))
            grid.addWidget(button, index // 3, index % 3)
            self.keys[key] = button
        if dash:
            clear = QPushButton()
            clear.setObjectName("keypadWord")
            clear.setMinimumSize(KEY_SIZE + 16, KEY_SIZE)
            clear.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            clear.clicked.connect(lambda: self.press(CLEAR))
            self.keys[CLEAR] = clear
        self.ok = QPushButton()
        self.ok.setObjectName("kioskPrimary")
        self.ok.setMinimumHeight(KEY_SIZE)
        self.ok.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.ok.clicked.connect(self._submit)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        layout.addWidget(self.display)
        if letters:
            layout.addLayout(letter_rows)
        layout.addLayout(grid)
        if dash:
            grid.addWidget(self.keys[CLEAR], 4, 0)
            grid.addWidget(self.ok, 4, 1, 1, 2)
        else:
            layout.addWidget(self.ok)
        self._ok_text = ""
        self.retranslate()

    @property
    def value(self) -> str:
        return self._value

    def set_ok_text(self, text: str) -> None:
        self._ok_text = text
        self.ok.setText(text)
        self.ok.setAccessibleName(text)

    def set_placeholder(self, text: str) -> None:
        self._placeholder = text
        self._render()

    def clear(self) -> None:
        self._value = ""
        self._render()
        self.changed.emit(self._value)

    def press(self, key: str) -> None:
        if key == CLEAR:
            self._value = ""
        elif key == BACK:
            self._value = self._value[:-1]
        elif len(self._value) < self.max_length:
            self._value += key
        self._render()
        self.changed.emit(self._value)

    def _submit(self) -> None:
        if self._value:
            self.submitted.emit(self._value)

    def _render(self) -> None:
        if self._value:
            shown = "●" * len(self._value) if self.masked else self._value
        else:
            shown = self._placeholder
        self.display.setText(shown)
        self.display.setProperty("empty", not self._value)
        self.display.style().unpolish(self.display)
        self.display.style().polish(self.display)
        self.ok.setEnabled(bool(self._value))

    def retranslate(self) -> None:
        names = {
            BACK: ("⌫", self.tr("Delete the last digit")),
            CLEAR: (self.tr("Clear"), self.tr("Clear everything typed")),
            DASH: ("-", self.tr("Dash")),
        }
        for key, button in self.keys.items():
            if key.isdigit():
                text, name = key, fill(self.tr("Digit {digit}"), digit=key)
            elif key in names:
                text, name = names[key]
            else:
                text, name = key, fill(self.tr("Letter {letter}"), letter=key)
            button.setText(text)
            button.setAccessibleName(name)
        self.display.setAccessibleName(
            self.tr("Digits typed") if self.masked else self.tr("Number typed")
        )
        self.ok.setText(self._ok_text or self.tr("OK"))
        self.ok.setAccessibleName(self._ok_text or self.tr("OK"))
        self._render()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
