"""The Bills section (缴费): a segmented bar over three screens (DESIGN.md §5 "Bills").

收费 Counter · 记录 History · 待处理 Needs attention. A screen re-reads its data each time
it is shown; the cursor goes where the next scan belongs.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QVBoxLayout,
    QWidget,
)

from ui.bills.attention import AttentionScreen
from ui.bills.counter import CounterScreen
from ui.bills.history import HistoryScreen
from ui.context import AppContext
from ui.segments import segmented_screens

SCREENS = ("counter", "history", "attention")


class BillScreen(Protocol):
    def refresh(self) -> None: ...

    def focus_entry(self) -> None: ...


class BillsPage(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("billsPage")
        self.context = context
        self.counter = CounterScreen(context)
        self.history = HistoryScreen(context)
        self.attention = AttentionScreen(context)
        self.screens: dict[str, QWidget] = {
            "counter": self.counter,
            "history": self.history,
            "attention": self.attention,
        }
        labels = {
            "counter": self.tr("Take payment"),
            "history": self.tr("History"),
            "attention": self.tr("Needs attention"),
        }
        built = segmented_screens(
            self,
            self.tr("Bills"),
            SCREENS,
            labels,
            self.screens,
            tab_width=128,
            accessible=self.tr("Bills: {screen}"),
        )
        self.stack, self.segments, self.tabs = built.stack, built.segments, built.tabs
        bar = built.bar
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 12)
        layout.addLayout(bar)
        layout.addWidget(self.stack, 1)
        self.segments.idClicked.connect(self._show_index)
        context.session.changed.connect(self._session_changed)
        self.tabs["counter"].setChecked(True)

    def open(self, key: str) -> QWidget:
        """Show one screen (``counter``, ``history``, ``attention``) with fresh data."""
        self.tabs[key].setChecked(True)
        self._show_index(SCREENS.index(key))
        return self.screens[key]

    def current(self) -> BillScreen:
        screen = self.stack.currentWidget()
        assert isinstance(screen, CounterScreen | HistoryScreen | AttentionScreen)
        return screen

    def _show_index(self, index: int) -> None:
        self.stack.setCurrentIndex(index)
        screen = self.current()
        screen.refresh()
        screen.focus_entry()

    def _session_changed(self) -> None:
        if self.context.session.actor is None:
            self.counter.start_over()  # the next person at the counter starts clean
        else:
            self.current().refresh()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._show_index(self.stack.currentIndex())
