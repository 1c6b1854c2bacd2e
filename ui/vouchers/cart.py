"""What the resident takes: the catalog to tap from, and the cart with quantities.

Prices come from the platform's catalog; the cart only shows the arithmetic, the service
(``vouchers.redeem``) prices every line again when it redeems.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QListWidget,
    QListWidgetItem,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from station_app.catalog import CatalogEntry
from station_app.vouchers import CatalogLine
from station_app.vouchers.redemptions import MAX_QUANTITY
from ui.bills.wording import money

ROW_HEIGHT = 48


@dataclass
class CartLine:
    entry: CatalogEntry
    quantity: int = 1

    @property
    def amount_fen(self) -> int:
        return self.entry.price_fen * self.quantity


class CatalogList(QListWidget):
    """Items on sale; tapping one puts it in the cart."""

    chosen = Signal(object)  # CatalogEntry

    def __init__(self, accessible: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(accessible)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # tapping keeps the cursor for the scanner
        self.setViewMode(QListWidget.ViewMode.IconMode)
        self.setFlow(QListWidget.Flow.LeftToRight)
        self.setWrapping(True)
        self.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.setMovement(QListWidget.Movement.Static)
        self.setUniformItemSizes(True)
        self.setGridSize(QSize(168, 58))
        self.setSpacing(2)
        self.entries: list[CatalogEntry] = []
        self.itemClicked.connect(self._clicked)

    def set_entries(self, entries: Sequence[CatalogEntry]) -> None:
        self.clear()
        self.entries = list(entries)
        for index, entry in enumerate(self.entries):
            item = QListWidgetItem(f"{entry.name}\n{money(entry.price_fen)}")
            item.setData(Qt.ItemDataRole.UserRole, index)
            item.setSizeHint(QSize(164, 54))
            item.setTextAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
            self.addItem(item)

    def choose(self, name: str) -> None:
        """Tap the item called ``name`` (tests and screenshots)."""
        for entry in self.entries:
            if entry.name == name:
                self.chosen.emit(entry)
                return
        raise KeyError(name)

    def _clicked(self, item: QListWidgetItem) -> None:
        self.chosen.emit(self.entries[int(item.data(Qt.ItemDataRole.UserRole))])


class CartTable(QTableWidget):
    changed = Signal()

    def __init__(self, accessible: str, parent: QWidget | None = None) -> None:
        super().__init__(0, 4, parent)
        self.cart: list[CartLine] = []
        self.setAccessibleName(accessible)
        self.setHorizontalHeaderLabels(
            [self.tr("Item"), self.tr("Price"), self.tr("Qty"), self.tr("Amount")]
        )
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setWordWrap(False)
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setDefaultSectionSize(ROW_HEIGHT)
        header = self.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)

    def add(self, entry: CatalogEntry) -> CartLine:
        """One more of ``entry``: a second scan of the same barcode counts up."""
        for row, line in enumerate(self.cart):
            if line.entry.id == entry.id:
                line.quantity = min(MAX_QUANTITY, line.quantity + 1)
                self._show(row)
                return line
        line = CartLine(entry)
        self.cart.append(line)
        self._show(len(self.cart) - 1)
        return line

    def change(self, delta: int) -> None:
        """The selected line's quantity up or down; down from one removes it."""
        row = self.currentRow()
        if not 0 <= row < len(self.cart):
            return
        line = self.cart[row]
        line.quantity = min(MAX_QUANTITY, line.quantity + delta)
        if line.quantity < 1:
            self.remove()
            return
        self._show(row)

    def remove(self) -> None:
        row = self.currentRow()
        if not 0 <= row < len(self.cart):
            return
        del self.cart[row]
        self._show(min(row, len(self.cart) - 1))

    def clear_cart(self) -> None:
        self.cart = []
        self._show(-1)

    def lines(self) -> list[CatalogLine]:
        return [CatalogLine(line.entry.id, line.quantity) for line in self.cart]

    def total_fen(self) -> int:
        return sum(line.amount_fen for line in self.cart)

    def _show(self, selected: int) -> None:
        self.setRowCount(len(self.cart))
        for row, line in enumerate(self.cart):
            texts = (
                line.entry.name,
                money(line.entry.price_fen),
                f"×{line.quantity}",
                money(line.amount_fen),
            )
            for column, text in enumerate(texts):
                item = QTableWidgetItem(text)
                if column:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.setItem(row, column, item)
        if selected >= 0:
            self.selectRow(selected)
        self.changed.emit()
