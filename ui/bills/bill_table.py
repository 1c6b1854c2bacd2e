"""A household's open bills with a tick per row, and the list of households a search found.

Tapping anywhere on a row ticks it (the whole row is a touch target); Space ticks the
current row. Amounts are right-aligned; an overdue bill's due date is shown in red.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QListWidget,
    QListWidgetItem,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from station_app.bills import BillView, HouseholdCard
from ui.bills.wording import card_address, money

ROW_HEIGHT = 52
OVERDUE = QColor("#b00020")


class BillTable(QTableWidget):
    toggled = Signal()
    """A row was ticked or unticked."""

    COLUMNS = ("tick", "biller", "account", "period", "due_date", "arrears", "outstanding")

    def __init__(self, accessible: str, parent: QWidget | None = None) -> None:
        super().__init__(0, len(self.COLUMNS), parent)
        self._bills: list[BillView] = []
        self.setAccessibleName(accessible)
        self.setHorizontalHeaderLabels(
            [
                self.tr("Pay"),
                self.tr("Bill"),
                self.tr("Account no."),
                self.tr("Period"),
                self.tr("Due by"),
                self.tr("Arrears"),
                self.tr("To pay"),
            ]
        )
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setWordWrap(False)
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setDefaultSectionSize(ROW_HEIGHT)
        header = self.horizontalHeader()
        header.setMinimumHeight(40)
        for index, key in enumerate(self.COLUMNS):
            header.setSectionResizeMode(
                index,
                QHeaderView.ResizeMode.Stretch
                if key == "biller"
                else QHeaderView.ResizeMode.ResizeToContents,
            )
        # Ticking by touch must not pull the cursor away from the search field.
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.cellClicked.connect(lambda row, _column: self.toggle_row(row))

    def set_bills(self, bills: Sequence[BillView], *, ticked: Iterable[str], today: date) -> None:
        chosen = set(ticked)
        self._bills = list(bills)
        self.setRowCount(0)
        self.setRowCount(len(self._bills))
        for row, bill in enumerate(self._bills):
            texts = {
                "tick": "",
                "biller": bill.biller_name,
                "account": bill.account_no,
                "period": bill.period,
                "due_date": bill.due_date.isoformat() if bill.due_date else "",
                "arrears": money(bill.arrears_fen) if bill.arrears_fen else "",
                "outstanding": money(bill.outstanding_fen),
            }
            for column, key in enumerate(self.COLUMNS):
                item = QTableWidgetItem(texts[key])
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                if key == "tick":
                    item.setCheckState(
                        Qt.CheckState.Checked if bill.id in chosen else Qt.CheckState.Unchecked
                    )
                    item.setData(Qt.ItemDataRole.AccessibleTextRole, bill.biller_name)
                if key in ("arrears", "outstanding"):
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                if key == "due_date" and bill.overdue(today):
                    item.setForeground(QBrush(OVERDUE))
                self.setItem(row, column, item)
        self.toggled.emit()

    def clear_bills(self) -> None:
        self._bills = []
        self.setRowCount(0)
        self.toggled.emit()

    def bills(self) -> list[BillView]:
        return list(self._bills)

    def is_checked(self, row: int) -> bool:
        item = self.item(row, 0)
        return item is not None and item.checkState() == Qt.CheckState.Checked

    def checked(self) -> list[BillView]:
        return [bill for row, bill in enumerate(self._bills) if self.is_checked(row)]

    def set_checked(self, bill_id: str, checked: bool) -> None:
        for row, bill in enumerate(self._bills):
            if bill.id == bill_id:
                self._set_row(row, checked)

    def check_all(self, checked: bool) -> None:
        for row in range(len(self._bills)):
            self._set_row(row, checked)

    def toggle_row(self, row: int) -> None:
        if 0 <= row < len(self._bills):
            self._set_row(row, not self.is_checked(row))

    def _set_row(self, row: int, checked: bool) -> None:
        item = self.item(row, 0)
        if item is None:
            return
        state = Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
        if item.checkState() != state:
            item.setCheckState(state)
            self.toggled.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Space:
            self.toggle_row(self.currentRow())
            return
        super().keyPressEvent(event)


class HouseholdList(QListWidget):
    """Households a search found; choosing one shows its bills."""

    chosen = Signal(str)  # household id

    def __init__(self, accessible: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(accessible)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.itemClicked.connect(self._clicked)

    def set_households(self, cards: Sequence[HouseholdCard]) -> None:
        self.clear()
        for card in cards:
            text = self.tr("{address}  {name} {phone}  ·  {count} bills, {amount}").format(
                address=card_address(card),
                name=card.resident_name,
                phone=card.phone,
                count=card.open_bills,
                amount=money(card.outstanding_fen),
            )
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, card.id)
            item.setSizeHint(QSize(0, ROW_HEIGHT))
            self.addItem(item)

    def household_ids(self) -> list[str]:
        return [str(self.item(row).data(Qt.ItemDataRole.UserRole)) for row in range(self.count())]

    def choose(self, household_id: str) -> None:
        for row in range(self.count()):
            if self.item(row).data(Qt.ItemDataRole.UserRole) == household_id:
                self.setCurrentRow(row)
                self.chosen.emit(household_id)
                return
        raise KeyError(household_id)

    def _clicked(self, item: QListWidgetItem) -> None:
        self.chosen.emit(str(item.data(Qt.ItemDataRole.UserRole)))
