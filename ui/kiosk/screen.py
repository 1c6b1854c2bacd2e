"""What every kiosk screen shares: one task, big words, a kind message, a clean slate.

``retranslate()`` sets every text (again after a language switch); ``clear()`` forgets
everything about the resident (widgets emptied, not just hidden). Screens ask the window
to move on through ``self.kiosk``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QLayout,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from station_app.station import Station
from ui.context import AppContext

if TYPE_CHECKING:
    from ui.kiosk.window import KioskWindow

Render = Callable[[], str]
"""Text made in the current language; kept so that a language switch can render it again."""

TOUCH = 80
"""Minimum height of the kiosk's buttons in pixels (the rule is 48; elderly hands need more)."""


RIGHT_TO_LEFT_MARK = "\u200f"


def directed(text: str) -> str:
    """Text that reads from the right in a right-to-left language, whatever it starts with.

    A plain-text label takes its direction (and so its alignment) from its first strong
    character: a Uyghur line starting with a Chinese carrier name would read left to right.
    """
    if text and QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft:
        return RIGHT_TO_LEFT_MARK + text
    return text


class KioskLabel(QLabel):
    """A label whose paragraphs follow the language's direction (see ``directed``)."""

    def setText(self, text: str, /) -> None:
        super().setText(directed(text))


def label(object_name: str, *, wrap: bool = True) -> QLabel:
    shown = KioskLabel()
    shown.setObjectName(object_name)
    shown.setWordWrap(wrap)
    shown.setTextFormat(Qt.TextFormat.PlainText)
    return shown


def push_button(object_name: str, *, height: int = TOUCH) -> QPushButton:
    button = QPushButton()
    button.setObjectName(object_name)
    button.setMinimumHeight(height)
    # No focus anywhere: the scanner's keystrokes must reach the window, not a button.
    button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    return button


def name_button(button: QPushButton, text: str, accessible: str | None = None) -> None:
    button.setText(text)
    button.setAccessibleName(accessible or text.replace("\n", " "))


def card() -> tuple[QFrame, QVBoxLayout]:
    frame = QFrame()
    frame.setObjectName("kioskCard")
    box = QVBoxLayout(frame)
    box.setContentsMargins(28, 20, 28, 20)
    box.setSpacing(8)
    return frame, box


def empty_layout(layout: QLayout) -> None:
    """Remove and delete every widget of ``layout`` (personal details leave the screen)."""
    while (item := layout.takeAt(0)) is not None:
        widget = item.widget()
        if widget is not None:
            widget.hide()
            widget.deleteLater()
        elif (inner := item.layout()) is not None:
            empty_layout(inner)


class KioskMessage(KioskLabel):
    """A message to the resident (tone error / ok / plain) that survives a language switch."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("kioskMessage")
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setAccessibleName("message")
        self._render: Render | None = None
        self.show_text(None)

    def show_text(self, render: Render | None, tone: str = "") -> None:
        self._render = render
        self.setProperty("tone", tone)
        self.style().unpolish(self)
        self.style().polish(self)
        self.refresh()

    def error(self, render: Render) -> None:
        self.show_text(render, "error")

    def ok(self, render: Render) -> None:
        self.show_text(render, "ok")

    def clear_message(self) -> None:
        self.show_text(None)

    def refresh(self) -> None:
        text = self._render() if self._render is not None else ""
        self.setText(text)
        self.setVisible(bool(text))
        # Screen readers announce the alert by its name: the message itself.
        self.setAccessibleName(self.text() or self.tr("No message"))


class KioskScreen(QWidget):
    """A screen of the kiosk. Subclasses build their widgets, then call ``retranslate()``."""

    nav = True
    """Shows the Back / Home bar (every screen but the idle and home screens)."""

    def __init__(self, kiosk: KioskWindow) -> None:
        super().__init__()
        self.kiosk = kiosk
        self.heading = label("kioskHeading")
        self.message = KioskMessage()
        self._scrolls: list[QScrollArea] = []

    @property
    def context(self) -> AppContext:
        return self.kiosk.context

    @property
    def station(self) -> Station:
        return self.kiosk.context.station

    def card_list(self) -> tuple[QScrollArea, QVBoxLayout]:
        """A scrolling column of cards (scroll bars wide enough for a finger)."""
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 16, 0)
        column.setSpacing(16)
        scroll = QScrollArea()
        scroll.setObjectName("kioskScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        scroll.setWidget(box)
        self._scrolls.append(scroll)
        self._name_scroll_bars()
        return scroll, column

    def _name_scroll_bars(self) -> None:
        for scroll in self._scrolls:
            scroll.verticalScrollBar().setAccessibleName(self.tr("Scroll the list"))
            scroll.horizontalScrollBar().setAccessibleName(self.tr("Scroll the list sideways"))

    def retranslate(self) -> None:
        """Set every text in the current language."""

    def clear(self) -> None:
        """Forget the resident: empty every field and list of this screen."""
        self.message.clear_message()

    def entered(self) -> None:
        """The screen has just been shown."""

    def on_scan(self, text: str) -> None:
        """The scanner read ``text`` while this screen was shown."""
        self.message.show_text(
            lambda: self.tr("To use a member code, first choose a service on the home screen.")
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self.message.refresh()
            self._name_scroll_bars()
        super().changeEvent(event)
