"""The right half of the counter: what to pay, how (vouchers, cash), the change; then the
result (change again, receipt number, 待确认) until the next resident.

The panel only collects amounts and shows the arithmetic; the service (``bills.pay``)
decides. Amounts typed are parsed with ``parse_fen`` (never float).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from station_app.bills import PaymentResult
from station_app.i18n import UserError
from station_app.money import parse_fen
from ui.bills.wording import money
from ui.errors import describe
from ui.parcels.form import TOUCH, StatusLine, button, caption, hint, keep_scan_focus, line_edit

QUICK_TENDERS = (5000, 10000, 20000)
"""¥50, ¥100, ¥200: the notes residents hand over."""


@dataclass(frozen=True)
class VoucherChoice:
    account_id: str
    holder_name: str
    available_fen: int
    frozen: bool = False


@dataclass(frozen=True)
class Tender:
    """What staff entered, parsed (an empty field is 0; ``part_fen`` None: pay in full)."""

    cash_tendered_fen: int
    voucher_fen: int
    part_fen: int | None


def _big(name: str) -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return label


class PaymentForm(QFrame):
    """Due, vouchers, cash, change and the 收款 button."""

    confirmed = Signal()
    vouchers_wanted = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self.due_fen = 0
        self.partial_allowed = False
        self.voucher_room_fen = 0
        self.choices: list[VoucherChoice] = []

        title = QLabel(self.tr("Payment"))
        title.setObjectName("cardTitle")
        self.due = _big("dueAmount")
        self.due.setAccessibleName(self.tr("Amount to pay"))
        self.due_note = hint()

        self.part = line_edit(self.tr("Part payment amount"), self.tr("Full amount"))
        self.part_caption = caption(self.tr("Pay part"), self.part)

        self.find_vouchers = button(
            self.tr("Use vouchers…"), self.tr("Look up the household's voucher accounts")
        )
        self.account = QComboBox()
        self.account.setAccessibleName(self.tr("Voucher account"))
        self.account.setMinimumHeight(TOUCH)
        keep_scan_focus(self.account)
        self.voucher = line_edit(self.tr("Paid with vouchers"), "0.00")
        self.all_vouchers = button(self.tr("Max"), self.tr("Pay as much as possible with vouchers"))
        self.voucher_note = hint()

        self.cash_note = hint()
        self.cash = line_edit(self.tr("Cash tendered"), "0.00")
        self.cash.setObjectName("cashField")
        self.cash.setMinimumHeight(60)
        self.quick: list[QPushButton] = []
        quick_row = QHBoxLayout()
        for fen in QUICK_TENDERS:
            quick = button(
                money(fen).replace(".00", ""), self.tr("Cash {amount}").format(amount=money(fen))
            )
            quick.setObjectName("quickTender")
            quick.setMinimumSize(88, 56)
            quick.clicked.connect(lambda _checked=False, amount=fen: self.set_cash(amount))
            self.quick.append(quick)
            quick_row.addWidget(quick)
        self.exact = button(self.tr("Exact"), self.tr("Cash: the exact amount"))
        self.exact.setObjectName("quickTender")
        self.exact.setMinimumSize(88, 56)
        self.exact.clicked.connect(lambda: self.set_cash(self.cash_due_fen()))
        quick_row.addWidget(self.exact)

        self.change_caption = QLabel(self.tr("Change"))
        self.change_caption.setObjectName("fieldLabel")
        self.change = _big("changeAmount")
        self.change.setAccessibleName(self.tr("Change to give"))
        self.confirm = button(self.tr("Take payment"), self.tr("Take the payment"), primary=True)
        self.confirm.setMinimumHeight(64)
        self.message = StatusLine(self.tr("Payment message"))

        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(8)
        due_caption = QLabel(self.tr("To pay"))
        due_caption.setObjectName("fieldLabel")
        grid.addWidget(due_caption, 0, 0)
        grid.addWidget(self.due, 0, 1, 1, 2)
        grid.addWidget(self.due_note, 1, 0, 1, 3)
        grid.addWidget(self.part_caption, 2, 0)
        grid.addWidget(self.part, 2, 1, 1, 2)
        vouchers_caption = caption(self.tr("Vouchers"), self.voucher)
        grid.addWidget(vouchers_caption, 3, 0)
        grid.addWidget(self.find_vouchers, 3, 1, 1, 2)
        grid.addWidget(self.account, 3, 1, 1, 2)
        grid.addWidget(self.voucher, 4, 1)
        grid.addWidget(self.all_vouchers, 4, 2)
        grid.addWidget(self.voucher_note, 5, 0, 1, 3)
        grid.addWidget(caption(self.tr("Cash tendered"), self.cash), 6, 0)
        grid.addWidget(self.cash, 6, 1, 1, 2)
        grid.addWidget(self.cash_note, 7, 1, 1, 2)
        grid.setColumnStretch(1, 1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 14, 18, 14)
        layout.setSpacing(8)
        layout.addWidget(title)
        layout.addLayout(grid)
        layout.addLayout(quick_row)
        change_row = QHBoxLayout()
        change_row.addWidget(self.change_caption)
        change_row.addWidget(self.change, 1)
        layout.addLayout(change_row)
        layout.addWidget(self.message)
        layout.addStretch(1)
        layout.addWidget(self.confirm)

        for field in (self.part, self.voucher, self.cash):
            field.textChanged.connect(self.recalculate)
        self.cash.returnPressed.connect(self.confirmed)
        self.confirm.clicked.connect(self.confirmed)
        self.find_vouchers.clicked.connect(self.vouchers_wanted)
        self.all_vouchers.clicked.connect(self.use_most_vouchers)
        self.account.currentIndexChanged.connect(lambda _index: self.recalculate())
        self.set_due(0, partial_allowed=False, voucher_room_fen=0)
        self.set_voucher_choices([])

    # -- what is being paid

    def set_due(self, due_fen: int, *, partial_allowed: bool, voucher_room_fen: int) -> None:
        """``due_fen``: the ticked bills' total; ``partial_allowed``: one ticked bill that
        takes part payments; ``voucher_room_fen``: what its billers let vouchers pay."""
        self.due_fen = due_fen
        self.partial_allowed = partial_allowed
        self.voucher_room_fen = voucher_room_fen
        self.part.setVisible(partial_allowed)
        self.part_caption.setVisible(partial_allowed)
        if not partial_allowed:
            self.part.clear()
        self.part.setPlaceholderText(self.tr("Full amount {amount}").format(amount=money(due_fen)))
        self.recalculate()

    def set_voucher_choices(self, choices: list[VoucherChoice]) -> None:
        self.choices = choices
        self.account.blockSignals(True)
        self.account.clear()
        for choice in choices:
            self.account.addItem(
                self.tr("{name}: {amount} available").format(
                    name=choice.holder_name, amount=money(choice.available_fen)
                )
                if not choice.frozen
                else self.tr("{name}: frozen").format(name=choice.holder_name),
                choice.account_id,
            )
        self.account.blockSignals(False)
        known = bool(choices)
        self.account.setVisible(known)
        self.find_vouchers.setVisible(not known)
        self.voucher.setVisible(known)
        self.all_vouchers.setVisible(known)
        if not known:
            self.voucher.clear()
        self.recalculate()

    def voucher_account_id(self) -> str | None:
        data = self.account.currentData()
        return str(data) if data and self.choices else None

    def _chosen(self) -> VoucherChoice | None:
        account_id = self.voucher_account_id()
        return next((c for c in self.choices if c.account_id == account_id), None)

    # -- arithmetic (display only; the service decides)

    def _parsed(self, field: QLineEdit) -> int | None:
        text = field.text().strip()
        if not text:
            return None
        try:
            return parse_fen(text)
        except UserError:
            return None

    def paying_fen(self) -> int:
        part = self._parsed(self.part) if self.partial_allowed else None
        return part if part is not None else self.due_fen

    def cash_due_fen(self) -> int:
        return max(0, self.paying_fen() - (self._parsed(self.voucher) or 0))

    def use_most_vouchers(self) -> None:
        chosen = self._chosen()
        available = chosen.available_fen if chosen and not chosen.frozen else 0
        most = min(available, self.voucher_room_fen, self.paying_fen())
        self.voucher.setText(money(most).lstrip("¥"))

    def set_cash(self, fen: int) -> None:
        self.cash.setText(money(fen).lstrip("¥"))
        self.cash.setFocus()

    def recalculate(self) -> None:
        paying = self.paying_fen()
        self.due.setText(money(paying))
        if self.partial_allowed and paying != self.due_fen:
            self.due_note.setText(
                self.tr("Part of {full}; the rest stays open.").format(full=money(self.due_fen))
            )
        else:
            self.due_note.setText("")
        chosen = self._chosen()
        if chosen is not None:
            self.voucher_note.setText(
                self.tr("Vouchers can pay up to {amount} of these bills.").format(
                    amount=money(min(self.voucher_room_fen, paying))
                )
            )
        else:
            self.voucher_note.setText("")
        cash_due = self.cash_due_fen()
        vouchers = self._parsed(self.voucher) or 0
        self.cash_note.setText(
            self.tr("Vouchers {vouchers} + cash {cash}").format(
                vouchers=money(vouchers), cash=money(cash_due)
            )
            if vouchers and chosen is not None
            else ""
        )
        tendered = self._parsed(self.cash)
        if tendered is not None and tendered < cash_due:
            shown, state, words = cash_due - tendered, "short", self.tr("Still short")
        else:
            shown, state, words = max(0, (tendered or 0) - cash_due), "", self.tr("Change")
        self.change.setText(money(shown))
        self.change.setProperty("state", state)
        self.change_caption.setText(words)
        self.change.style().unpolish(self.change)
        self.change.style().polish(self.change)
        self.confirm.setEnabled(paying > 0)
        self.confirm.setText(
            self.tr("Take {amount}").format(amount=money(paying))
            if paying
            else self.tr("Take payment")
        )

    def tender(self) -> Tender:
        """The typed amounts; a refusal (``UserError``) names the field that is wrong."""
        part = None
        if self.partial_allowed and self.part.text().strip():
            part = parse_fen(self.part.text())
        voucher = parse_fen(self.voucher.text()) if self.voucher.text().strip() else 0
        cash = parse_fen(self.cash.text()) if self.cash.text().strip() else 0
        return Tender(cash, voucher, part)

    def reset(self) -> None:
        for field in (self.part, self.voucher, self.cash):
            field.clear()
        self.message.note("")
        self.set_voucher_choices([])

    def refuse(self, error: BaseException) -> None:
        self.message.error(describe(error))


class SuccessView(QFrame):
    """Paid: the change in big figures, the receipt number, 待确认 until the platform says."""

    next_resident = Signal()
    reprint = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self.title = QLabel(self.tr("Paid"))
        self.title.setObjectName("cardTitle")
        self.change_caption = QLabel(self.tr("Change"))
        self.change_caption.setObjectName("fieldLabel")
        self.change = _big("changeAmount")
        self.change.setAccessibleName(self.tr("Change to give"))
        self.summary = QLabel()
        self.summary.setObjectName("factValue")
        self.summary.setWordWrap(True)
        self.receipt = QLabel()
        self.receipt.setObjectName("receiptNumber")
        self.receipt.setAccessibleName(self.tr("Receipt number"))
        self.receipt.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.pending = QLabel(self.tr("Pending confirmation"))
        self.pending.setObjectName("pendingBadge")
        self.pending.setAccessibleName(self.tr("Payment state"))
        self.pending_note = hint(
            self.tr(
                "The money is taken. The platform confirms the payment at the next sync;"
                " the receipt says so."
            )
        )
        self.printing = hint()
        self.reprint_button = button(self.tr("Reprint"), self.tr("Print the receipt again"))
        self.next_button = button(
            self.tr("Next resident"), self.tr("Start the next payment"), primary=True
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 14, 18, 14)
        layout.setSpacing(10)
        layout.addWidget(self.title)
        row = QHBoxLayout()
        row.addWidget(self.change_caption)
        row.addWidget(self.change, 1)
        layout.addLayout(row)
        layout.addWidget(self.summary)
        layout.addWidget(self.receipt)
        layout.addWidget(self.pending, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.pending_note)
        layout.addWidget(self.printing)
        layout.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.reprint_button)
        buttons.addWidget(self.next_button, 1)
        layout.addLayout(buttons)
        self.next_button.clicked.connect(self.next_resident)
        self.reprint_button.clicked.connect(self.reprint)

    def show_result(self, result: PaymentResult) -> None:
        self.change.setText(money(result.change_fen))
        parts = [
            self.tr("{count} bills, {amount}").format(
                count=len(result.bills), amount=money(result.total_fen)
            )
        ]
        if result.voucher_fen:
            parts.append(self.tr("vouchers {amount}").format(amount=money(result.voucher_fen)))
        if result.cash_tendered_fen:
            parts.append(
                self.tr("cash {amount} received").format(amount=money(result.cash_tendered_fen))
            )
        self.summary.setText(" · ".join(parts))
        self.receipt.setText(self.tr("Receipt {number}").format(number=result.receipt_no))
        self.pending.setVisible(result.status == "pending")
        self.pending_note.setVisible(result.status == "pending")
        self.printing.setText(
            self.tr("The receipt is printing; the drawer opens for the cash.")
            if result.drawer_opened
            else self.tr("The receipt is printing.")
        )


class PaymentPanel(QStackedWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form = PaymentForm()
        self.success = SuccessView()
        self.addWidget(self.form)
        self.addWidget(self.success)

    def show_form(self) -> None:
        self.setCurrentWidget(self.form)

    def show_success(self, result: PaymentResult) -> None:
        self.success.show_result(result)
        self.setCurrentWidget(self.success)
