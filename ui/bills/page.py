"""The Bills section (缴费): a segmented bar over three screens (DESIGN.md §5 "Bills").

收费 Counter · 记录 History · 待处理 Needs attention. A screen re-reads its data each time
it is shown; the cursor goes where the next scan belongs.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ui.bills.attention import AttentionScreen
from ui.bills.counter import CounterScreen
from ui.bills.history import HistoryScreen
from ui.context import AppContext
from ui.parcels.form import TOUCH, keep_scan_focus

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
        title = QLabel(self.tr("Bills"))
        title.setObjectName("screenTitle")
        bar = QHBoxLayout()
        bar.setSpacing(0)
        bar.addWidget(title)
        bar.addSpacing(24)
        self.stack = QStackedWidget()
        self.segments = QButtonGroup(self)
        self.tabs: dict[str, QPushButton] = {}
        for index, key in enumerate(SCREENS):
            tab = QPushButton(labels[key])
            tab.setObjectName("segment")
            tab.setCheckable(True)
            keep_scan_focus(tab)
            tab.setMinimumSize(128, TOUCH + 8)
            tab.setAccessibleName(self.tr("Bills: {screen}").format(screen=labels[key]))
            position = "first" if index == 0 else "last" if index == len(SCREENS) - 1 else "middle"
            tab.setProperty("position", position)
            self.segments.addButton(tab, index)
            self.tabs[key] = tab
            bar.addWidget(tab)
            self.stack.addWidget(self.screens[key])
        bar.addStretch(1)
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
