"""Counter-sized controls shared by the parcel screens: ≥ 48 px targets, named for screen readers.

Callers pass text already translated (``self.tr`` in the screen), so each string keeps the
context of the screen that shows it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QPushButton, QWidget

TOUCH = 48
"""Smallest height of anything staff tap (DESIGN.md §8)."""


def line_edit(accessible: str, placeholder: str = "", *, scan: bool = False) -> QLineEdit:
    field = QLineEdit()
    field.setObjectName("scanField" if scan else "field")
    field.setAccessibleName(accessible)
    field.setPlaceholderText(placeholder)
    field.setMinimumHeight(56 if scan else TOUCH)
    field.setClearButtonEnabled(not scan)
    return field


def keep_scan_focus(widget: QWidget) -> None:
    """Tapping it leaves the cursor where it was, so the next scan is not lost on a button."""
    widget.setFocusPolicy(Qt.FocusPolicy.TabFocus)


def button(text: str, accessible: str, *, primary: bool = False) -> QPushButton:
    pushed = QPushButton(text)
    pushed.setObjectName("primary" if primary else "secondary")
    pushed.setAccessibleName(accessible)
    pushed.setMinimumHeight(56 if primary else TOUCH)
    keep_scan_focus(pushed)
    return pushed


def combo(accessible: str) -> QComboBox:
    box = QComboBox()
    box.setAccessibleName(accessible)
    box.setMinimumHeight(TOUCH)
    return box


def caption(text: str, buddy: QWidget | None = None) -> QLabel:
    label = QLabel(text)
    label.setObjectName("fieldCaption")
    if buddy is not None:
        label.setBuddy(buddy)
    return label


def hint(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setObjectName("hint")
    label.setWordWrap(True)
    return label


class StatusLine(QLabel):
    """One line that says what just happened: a refusal (red) or a success (green)."""

    def __init__(self, accessible: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("parcelMessage")
        self.setAccessibleName(accessible)
        self.setWordWrap(True)
        self.setMinimumHeight(40)
        self._tone("")

    def error(self, text: str) -> None:
        self._tone("error")
        self.setText(text)

    def ok(self, text: str) -> None:
        self._tone("ok")
        self.setText(text)

    def note(self, text: str) -> None:
        self._tone("")
        self.setText(text)

    @property
    def tone(self) -> str:
        return str(self.property("tone"))

    def _tone(self, tone: str) -> None:
        self.setProperty("tone", tone)
        # A dynamic property only restyles once the style sheet is applied again.
        self.style().unpolish(self)
        self.style().polish(self)
