"""Needs attention (待处理): payments the platform flagged, e.g. a bill already paid online.

The money stays a credit for the household on the platform; staff tell the resident and
then mark the item seen (audited), which clears it here and on the sync screen.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from station_app import bills
from station_app.bills import PaymentAttention
from station_app.i18n import UserError
from ui.bills.bill_table import ROW_HEIGHT
from ui.bills.wording import local_time, money
from ui.context import AppContext
from ui.errors import describe
from ui.i18n import tr_message
from ui.parcels.form import StatusLine, button, hint


class AttentionScreen(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.station = context.station
        self.items: list[PaymentAttention] = []
        title = QLabel(self.tr("Payments the platform flagged"))
        title.setObjectName("cardTitle")
        intro = hint(
            self.tr(
                "The money was taken and stays with the household as a credit on the"
                " platform. Tell the resident, then mark it done."
            )
        )
        self.message = StatusLine(self.tr("Message"))
        self.table = QTableWidget(0, 7)
        self.table.setAccessibleName(self.tr("Flagged payments"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Answered"),
                self.tr("Receipt no."),
                self.tr("Household"),
                self.tr("Bill"),
                self.tr("Amount"),
                self.tr("Credit"),
                self.tr("What happened"),
            ]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(True)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(ROW_HEIGHT + 16)
        header = self.table.horizontalHeader()
        header.setMinimumHeight(40)
        for column in range(6):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(6, QHeaderView.ResizeMode.Stretch)
        self.done = button(
            self.tr("Resident told: mark done"),
            self.tr("Mark the chosen item done"),
            primary=True,
        )
        self.reload = button(self.tr("Refresh"), self.tr("Read the list again"))
        self.reload.setMinimumWidth(160)
        self.done.setMinimumWidth(320)
        self.empty = hint(self.tr("Nothing needs attention."))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.reload)
        buttons.addWidget(self.done)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addWidget(self.message)
        layout.addWidget(self.empty)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.table.itemSelectionChanged.connect(self._chosen)
        self.done.clicked.connect(self.acknowledge)
        self.reload.clicked.connect(self.refresh)
        self._chosen()

    def refresh(self) -> None:
        try:
            with self.station.database.reading() as session:
                self.items = bills.needs_attention(session)
        except UserError as error:
            self.message.error(describe(error))
            return
        self.table.setRowCount(0)
        self.table.setRowCount(len(self.items))
        for row, item in enumerate(self.items):
            what = tr_message(item.explanation) if item.explanation else (item.reason or "")
            if item.op_type == "payment.void":
                what = self.tr("Void: {what}").format(what=what)
            texts = (
                local_time(self.station, item.at),
                item.receipt_no,
                item.household,
                f"{item.biller_name} {item.period} {item.account_no}".strip(),
                money(item.amount_fen),
                money(item.credit_fen) if item.credit_fen else "",
                what,
            )
            for column, text in enumerate(texts):
                cell = QTableWidgetItem(text)
                if column in (4, 5):
                    cell.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(row, column, cell)
        self.empty.setVisible(not self.items)
        self._chosen()

    def focus_entry(self) -> None:
        self.table.setFocus()

    def current_item(self) -> PaymentAttention | None:
        row = self.table.currentRow()
        return self.items[row] if 0 <= row < len(self.items) else None

    def _chosen(self) -> None:
        self.done.setEnabled(self.current_item() is not None)

    def acknowledge(self) -> None:
        item = self.current_item()
        actor = self.context.session.actor
        if item is None or actor is None:
            return
        try:
            with self.station.work(actor, shift_id=self.context.session.shift_id) as work:
                bills.acknowledge(work, item.seq)
        except UserError as error:
            self.message.error(describe(error))
            return
        self.message.ok(self.tr("{number} marked done.").format(number=item.receipt_no))
        self.refresh()
