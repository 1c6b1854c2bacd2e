"""The Parcels section: a segmented bar over six screens (DESIGN.md §5 "Parcels").

入库 Check-in · 取件 Pickup · 滞留 Overdue · 退件 Return · 盘点 Stocktake · 查询 Search.
A screen re-reads its data each time it is shown, and the cursor goes where the next scan
belongs.
"""

from __future__ import annotations

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QVBoxLayout,
    QWidget,
)

from ui.context import AppContext
from ui.parcels.check_in import CheckInScreen
from ui.parcels.overdue import OverdueScreen
from ui.parcels.pickup import PickupScreen
from ui.parcels.returns import ReturnScreen
from ui.parcels.screen import ParcelScreen
from ui.parcels.search import SearchScreen
from ui.parcels.stocktake import StocktakeScreen
from ui.segments import segmented_screens

SCREENS = ("check_in", "pickup", "overdue", "return", "stocktake", "search")


class ParcelsPage(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("parcelsPage")
        self.context = context
        self.check_in = CheckInScreen(context)
        self.pickup = PickupScreen(context)
        self.overdue = OverdueScreen(context)
        self.returns = ReturnScreen(context)
        self.stocktake = StocktakeScreen(context)
        self.search = SearchScreen(context)
        self.screens: dict[str, ParcelScreen] = dict(
            zip(
                SCREENS,
                (
                    self.check_in,
                    self.pickup,
                    self.overdue,
                    self.returns,
                    self.stocktake,
                    self.search,
                ),
                strict=True,
            )
        )
        labels = {
            "check_in": self.tr("Check-in"),
            "pickup": self.tr("Pickup"),
            "overdue": self.tr("Overdue"),
            "return": self.tr("Return"),
            "stocktake": self.tr("Stocktake"),
            "search": self.tr("Search"),
        }
        built = segmented_screens(
            self,
            self.tr("Parcels"),
            SCREENS,
            labels,
            self.screens,
            tab_width=112,
            accessible=self.tr("Parcels: {screen}"),
        )
        self.stack, self.segments, self.tabs = built.stack, built.segments, built.tabs
        bar = built.bar
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 12)
        layout.addLayout(bar)
        layout.addWidget(self.stack, 1)
        self.segments.idClicked.connect(self._show_index)
        context.session.changed.connect(self._session_changed)
        self.tabs["check_in"].setChecked(True)

    def open(self, key: str) -> ParcelScreen:
        """Show one screen (``check_in``, ``pickup``, …) with fresh data, ready for a scan."""
        self.tabs[key].setChecked(True)
        self._show_index(SCREENS.index(key))
        return self.screens[key]

    def current(self) -> ParcelScreen:
        screen = self.stack.currentWidget()
        assert isinstance(screen, ParcelScreen)
        return screen

    def _show_index(self, index: int) -> None:
        self.stack.setCurrentIndex(index)
        screen = self.current()
        screen.refresh()
        screen.focus_entry()

    def _session_changed(self) -> None:
        if self.context.session.actor is not None:
            self.current().refresh()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._show_index(self.stack.currentIndex())
