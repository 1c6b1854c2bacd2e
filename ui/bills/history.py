"""Payment history (缴费记录): search by receipt number, household or day; reprint; void.

A void is for a mistake caught in the same shift; a clerk's void asks a supervisor's PIN
(``run_guarded``), and the reason is typed first so the approval shows it.
"""

from __future__ import annotations

from datetime import date
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDateEdit,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from station_app import bills
from station_app import settings as S
from station_app.bills import PaymentView, VoidResult
from station_app.i18n import UserError
from station_app.station import Station
from station_app.work import Actor, Work
from ui.bills.bill_table import ROW_HEIGHT
from ui.bills.wording import STATUS_NAMES, local_time, money, word
from ui.context import AppContext
from ui.errors import describe
from ui.override_dialog import OverrideDialog, run_guarded
from ui.parcels.form import TOUCH, StatusLine, button, hint, keep_scan_focus, line_edit


def _day(chosen: QDate) -> date:
    return date(chosen.year(), chosen.month(), chosen.day())


class PaymentTable(QTableWidget):
    COLUMNS = ("time", "receipt", "household", "bills", "amount", "tender", "status")

    def __init__(self, accessible: str, parent: QWidget | None = None) -> None:
        super().__init__(0, len(self.COLUMNS), parent)
        self.payments: list[PaymentView] = []
        self.setAccessibleName(accessible)
        self.setHorizontalHeaderLabels(
            [
                self.tr("Time"),
                self.tr("Receipt no."),
                self.tr("Household"),
                self.tr("Bills"),
                self.tr("Amount"),
                self.tr("Paid with"),
                self.tr("State"),
            ]
        )
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setDefaultSectionSize(ROW_HEIGHT)
        header = self.horizontalHeader()
        header.setMinimumHeight(40)
        for index, key in enumerate(self.COLUMNS):
            header.setSectionResizeMode(
                index,
                QHeaderView.ResizeMode.Stretch
                if key == "bills"
                else QHeaderView.ResizeMode.ResizeToContents,
            )

    def set_payments(self, payments: list[PaymentView], station: Station) -> None:
        self.payments = payments
        self.setRowCount(0)
        self.setRowCount(len(payments))
        for row, payment in enumerate(payments):
            tenders = []
            if payment.voucher_fen:
                tenders.append(
                    self.tr("vouchers {amount}").format(amount=money(payment.voucher_fen))
                )
            if payment.cash_fen:
                tenders.append(self.tr("cash {amount}").format(amount=money(payment.cash_fen)))
            texts = (
                local_time(station, payment.created_at),
                payment.receipt_no,
                payment.household,
                "、".join(f"{line.biller_name} {line.period}" for line in payment.lines),
                money(payment.total_fen),
                " + ".join(tenders),
                word(STATUS_NAMES, payment.status),
            )
            for column, text in enumerate(texts):
                item = QTableWidgetItem(text)
                if column == 4:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.setItem(row, column, item)

    def current_payment(self) -> PaymentView | None:
        row = self.currentRow()
        return self.payments[row] if 0 <= row < len(self.payments) else None


class HistoryScreen(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.station = context.station
        self.void_dialog: OverrideDialog | None = None
        self.query = line_edit(
            self.tr("Receipt number, address or phone"),
            self.tr("Receipt no., 3-2-501 or phone"),
            scan=True,
        )
        self.by_day = QCheckBox(self.tr("On the day"))
        self.by_day.setAccessibleName(self.tr("Only payments of one day"))
        self.by_day.setMinimumHeight(TOUCH)
        keep_scan_focus(self.by_day)
        self.day = QDateEdit()
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("yyyy-MM-dd")
        self.day.setMinimumHeight(TOUCH)
        self.day.setAccessibleName(self.tr("Day"))
        self.day.setEnabled(False)
        self.search_button = button(self.tr("Search"), self.tr("Search payments"), primary=True)
        self.message = StatusLine(self.tr("Message"))
        self.table = PaymentTable(self.tr("Payments"))

        self.detail = QLabel(self.tr("Choose a payment to see it."))
        self.detail.setObjectName("factValue")
        self.detail.setWordWrap(True)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.reason = line_edit(self.tr("Reason for the void"), self.tr("Why void it?"))
        self.void_button = button(self.tr("Void payment"), self.tr("Void the chosen payment"))
        self.reprint_button = button(self.tr("Reprint"), self.tr("Reprint the chosen receipt"))
        self.void_hint = hint(
            self.tr("Voids are for mistakes of this shift; a supervisor approves them.")
        )
        side = QFrame()
        side.setObjectName("card")
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(16, 12, 16, 12)
        title = QLabel(self.tr("Payment"))
        title.setObjectName("cardTitle")
        side_layout.addWidget(title)
        side_layout.addWidget(self.detail)
        side_layout.addStretch(1)
        side_layout.addWidget(self.reprint_button)
        side_layout.addWidget(self.void_hint)
        side_layout.addWidget(self.reason)
        side_layout.addWidget(self.void_button)

        filters = QHBoxLayout()
        filters.addWidget(self.query, 1)
        filters.addWidget(self.by_day)
        filters.addWidget(self.day)
        filters.addWidget(self.search_button)
        left = QVBoxLayout()
        left.addLayout(filters)
        left.addWidget(self.message)
        left.addWidget(self.table, 1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.setSpacing(20)
        layout.addLayout(left, 7)
        layout.addWidget(side, 3)

        self.query.returnPressed.connect(self.refresh)
        self.search_button.clicked.connect(self.refresh)
        self.by_day.toggled.connect(self.day.setEnabled)
        self.table.itemSelectionChanged.connect(self._chosen)
        self.reprint_button.clicked.connect(self.reprint)
        self.void_button.clicked.connect(self.void)
        self._chosen()

    # -- screen

    def refresh(self) -> None:
        day = _day(self.day.date()) if self.by_day.isChecked() else None
        chosen = self.table.current_payment()
        try:
            with self.station.database.reading() as session:
                found = bills.payment_history(
                    session,
                    query=self.query.text(),
                    day=day,
                    timezone=self.station.settings.get(S.TIMEZONE),
                    now=self.station.clock.trusted_now(),
                )
        except UserError as error:
            self.message.error(describe(error))
            return
        self.table.set_payments(found, self.station)
        if chosen is not None:
            for row, payment in enumerate(found):
                if payment.id == chosen.id:
                    self.table.selectRow(row)
        self._chosen()
        if self.query.text().strip() or day is not None:
            self.message.note(self.tr("{count} payments found.").format(count=len(found)))

    def focus_entry(self) -> None:
        if not self.by_day.isChecked():
            zone = ZoneInfo(self.station.settings.get(S.TIMEZONE))
            local = self.station.clock.trusted_now().astimezone(zone)
            self.day.setDate(QDate(local.year, local.month, local.day))
        self.query.setFocus()
        self.query.selectAll()

    def _chosen(self) -> None:
        payment = self.table.current_payment()
        self.reprint_button.setEnabled(payment is not None and payment.receipt_id is not None)
        self.void_button.setEnabled(payment is not None and payment.status != "voided")
        if payment is None:
            self.detail.setText(self.tr("Choose a payment to see it."))
            return
        lines = [
            f"{line.biller_name} {line.period}  {line.account_no}  {money(line.amount_fen)}"
            for line in payment.lines
        ]
        facts = [
            payment.receipt_no,
            payment.household,
            *lines,
            self.tr("Total {amount}").format(amount=money(payment.total_fen)),
        ]
        if payment.cash_tendered_fen:
            facts.append(
                self.tr("Cash received {tendered}, change {change}").format(
                    tendered=money(payment.cash_tendered_fen), change=money(payment.change_fen)
                )
            )
        facts.append(
            self.tr("Taken by {name}, {state}").format(
                name=payment.staff_name, state=word(STATUS_NAMES, payment.status)
            )
        )
        if payment.flag_reason:
            facts.append(self.tr("Platform: {reason}").format(reason=payment.flag_reason))
        if payment.void_reason:
            facts.append(self.tr("Voided: {reason}").format(reason=payment.void_reason))
        self.detail.setText("\n".join(facts))

    # -- actions

    def reprint(self) -> None:
        payment = self.table.current_payment()
        actor = self.context.session.actor
        if payment is None or actor is None:
            return
        try:
            with self.station.work(actor, shift_id=self.context.session.shift_id) as work:
                bills.reprint_payment(work, payment.id)
        except UserError as error:
            self.message.error(describe(error))
            return
        if self.context.printing is not None:
            self.context.printing.kick()
        self.message.ok(
            self.tr("A copy (副本) of {number} is printing.").format(number=payment.receipt_no)
        )

    def void(self) -> None:
        payment = self.table.current_payment()
        if payment is None:
            self.message.error(self.tr("Choose the payment to void."))
            return
        reason = self.reason.text().strip()
        if not reason:
            self.message.error(self.tr("Type why the payment is voided first."))
            self.reason.setFocus()
            return
        payment_id = payment.id

        def perform(work: Work, approver: Actor | None) -> VoidResult:
            return bills.void_payment(work, payment_id, reason, override=approver)

        self.void_button.setEnabled(False)
        self.message.note(self.tr("Voiding {number}…").format(number=payment.receipt_no))
        self.void_dialog = run_guarded(
            self.context,
            "void",
            perform,
            parent=self,
            on_done=self._voided,
            on_error=self._void_failed,
            detail=self.tr("Payment {number}, {household}, {amount}. Reason: {reason}").format(
                number=payment.receipt_no,
                household=payment.household,
                amount=money(payment.total_fen),
                reason=reason,
            ),
        )
        if self.void_dialog is not None:
            self.void_dialog.rejected.connect(self._chosen)

    def _voided(self, result: object) -> None:
        assert isinstance(result, VoidResult)
        if self.context.printing is not None:
            self.context.printing.kick()
        self.reason.clear()
        parts = []
        if result.cash_fen:
            parts.append(self.tr("give back {amount} cash").format(amount=money(result.cash_fen)))
        if result.voucher_fen:
            parts.append(
                self.tr("{amount} back to the vouchers").format(amount=money(result.voucher_fen))
            )
        self.message.ok(
            self.tr("{number} voided: {what}. The void receipt is printing.").format(
                number=result.original_receipt_no, what="; ".join(parts) or "-"
            )
        )
        self.refresh()

    def _void_failed(self, error: BaseException) -> None:
        self.message.error(describe(error))
        self._chosen()
