"""Counting the drawer note by note: big −/+ keys for touch, a number entry for a keyboard."""

from __future__ import annotations

import itertools
from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QIntValidator
from PySide6.QtWidgets import QGridLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from station_app.money import format_fen, format_plain
from station_app.shifts import DENOMINATIONS, MAX_PIECES, count_cash

STEP_SIZE = 56  # px: the −/+ keys are pressed many times in a row, so larger than 48


def denomination_label(denomination: str) -> str:
    """``"10000"`` → ``¥100``, ``"50"`` → ``¥0.5``: how the money itself is marked."""
    return "¥" + format_plain(int(denomination)).rstrip("0").rstrip(".")


@dataclass(frozen=True)
class CountRow:
    minus: QPushButton
    entry: QLineEdit
    plus: QPushButton
    subtotal: QLabel


class CashCount(QWidget):
    """One row per denomination (¥100 … ¥0.1) and a live total."""

    changed = Signal(int)  # total fen

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("cashCount")
        grid = QGridLayout()
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(6)
        self.rows: dict[str, CountRow] = {}
        entries: list[QLineEdit] = []
        for index, denomination in enumerate(DENOMINATIONS):
            value = denomination_label(denomination)
            label = QLabel(value)
            label.setObjectName("denomination")
            label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            label.setMinimumWidth(80)
            minus = self._step_button("−", self.tr("One less {value}").format(value=value))
            plus = self._step_button("+", self.tr("One more {value}").format(value=value))
            entry = QLineEdit("0")
            entry.setObjectName("countEntry")
            entry.setValidator(QIntValidator(0, MAX_PIECES, entry))
            entry.setAlignment(Qt.AlignmentFlag.AlignCenter)
            entry.setFixedWidth(110)
            entry.setMinimumHeight(STEP_SIZE - 4)
            entry.setAccessibleName(self.tr("Number of {value}").format(value=value))
            subtotal = QLabel()
            subtotal.setObjectName("countSubtotal")
            subtotal.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            subtotal.setMinimumWidth(120)
            subtotal.setAccessibleName(self.tr("Amount in {value}").format(value=value))
            minus.clicked.connect(lambda _=False, d=denomination: self.step(d, -1))
            plus.clicked.connect(lambda _=False, d=denomination: self.step(d, 1))
            entry.textEdited.connect(self._update)
            grid.addWidget(label, index, 0)
            grid.addWidget(minus, index, 1)
            grid.addWidget(entry, index, 2)
            grid.addWidget(plus, index, 3)
            grid.addWidget(subtotal, index, 4)
            self.rows[denomination] = CountRow(minus, entry, plus, subtotal)
            entries.append(entry)
        # Enter moves down the column, as on a paper count sheet.
        for current, following in itertools.pairwise(entries):
            current.returnPressed.connect(following.setFocus)
            current.returnPressed.connect(following.selectAll)
        grid.setColumnStretch(5, 1)
        self.total = QLabel()
        self.total.setObjectName("countTotal")
        self.total.setAccessibleName(self.tr("Counted total"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(grid)
        layout.addWidget(self.total)
        layout.addStretch(1)
        self._update()

    def _step_button(self, text: str, accessible: str) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName("countStep")
        button.setFixedSize(STEP_SIZE, STEP_SIZE)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        button.setAutoRepeat(True)
        button.setAccessibleName(accessible)
        return button

    def _pieces(self, denomination: str) -> int:
        text = self.rows[denomination].entry.text().strip()
        return min(int(text), MAX_PIECES) if text.isdigit() else 0

    def counts(self) -> dict[str, int]:
        return {denomination: self._pieces(denomination) for denomination in DENOMINATIONS}

    def total_fen(self) -> int:
        return count_cash(self.counts())[1]

    def step(self, denomination: str, delta: int) -> None:
        pieces = max(0, min(MAX_PIECES, self._pieces(denomination) + delta))
        self.rows[denomination].entry.setText(str(pieces))
        self._update()

    def set_counts(self, counts: dict[str, int]) -> None:
        for denomination, row in self.rows.items():
            row.entry.setText(str(counts.get(denomination, 0)))
        self._update()

    def clear(self) -> None:
        self.set_counts({})

    def _update(self) -> None:
        for denomination, row in self.rows.items():
            row.subtotal.setText(format_fen(int(denomination) * self._pieces(denomination)))
        total = self.total_fen()
        self.total.setText(self.tr("Total {amount}").format(amount=format_fen(total)))
        self.changed.emit(total)
