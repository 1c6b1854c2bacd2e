"""The Shift section: open with a counted float, paid in/out, X report, close with a count.

The open shift belongs to the terminal, not to whoever is logged in: after a Lock and a
different login the same shift carries on. Supervisors also reach the shift history and
the audit log from here (a clerk needs a supervisor's PIN).
"""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase, QPixmap, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from station_app import permissions, shifts
from station_app import settings as S
from station_app.db.models import Payment
from station_app.i18n import UserError
from station_app.money import format_fen, parse_fen
from station_app.printing import enqueue_receipt
from station_app.printing.errors import PrinterError
from station_app.printing.layout import layout_receipt
from station_app.printing.printer_profile import PAPER_DOTS, PrinterProfile
from station_app.printing.raster import RasterRenderer
from station_app.printing.receipts import Header, TenderTotal
from station_app.printing.receipts import ShiftReport as ShiftReceipt
from station_app.station import Station
from station_app.work import Actor, Work
from ui.audit_page import AuditLogPage
from ui.cash_count import CashCount
from ui.context import AppContext
from ui.errors import describe
from ui.override_dialog import OverrideDialog, Perform, run_guarded

REVIEW_ACTION = "view_audit"
"""What a clerk asks a supervisor for to see the shift history or the audit log. The guarded
actions have no "review records" of their own yet; reprinting a Z report is the closest."""


# --- reading and rendering (plain functions: they run on the worker) -------------------


@dataclass(frozen=True)
class ShiftState:
    report: shifts.ShiftReport | None
    """The open shift's figures now, or None when no shift is open."""


def load_state(station: Station) -> ShiftState:
    code = station.info().terminal_code
    with station.database.reading() as session:
        shift = shifts.current_shift(session, code)
        return ShiftState(shifts.x_report(session, shift.id) if shift else None)


def tender_totals(session: Session, report: shifts.ShiftReport) -> tuple[TenderTotal, ...]:
    """Per tender: how many sales took it and the net amount, as the receipt lists them."""
    kept = (Payment.shift_id == report.shift_id, Payment.status != "voided")
    cash_count = session.execute(
        select(func.count()).where(*kept, Payment.cash_fen > 0)
    ).scalar_one()
    voucher_count = session.execute(
        select(func.count()).where(*kept, Payment.voucher_fen > 0)
    ).scalar_one()
    return (
        TenderTotal("cash", int(cash_count), report.tenders["cash"]),
        TenderTotal(
            "voucher", int(voucher_count) + report.redemption_count, report.tenders["voucher"]
        ),
    )


def report_receipt(
    report: shifts.ShiftReport,
    totals: tuple[TenderTotal, ...],
    *,
    timezone: str,
    issued_at: datetime,
) -> ShiftReceipt:
    """The core's report as the printed X/Z receipt (cash signed as the drawer sees it)."""
    final = report.kind == "Z"
    day = issued_at.astimezone(ZoneInfo(timezone)).strftime("%Y%m%d")
    number = f"Z{report.z_number:04d}" if final and report.z_number is not None else "X"
    return ShiftReceipt(
        header=Header(
            station_name=report.station_name,
            terminal_code=report.terminal_code,
            receipt_no=f"{report.terminal_code}-{day}-{number}",
            issued_at=issued_at,
            timezone=timezone,
            staff_name=report.closed_by_name or report.staff_name,
        ),
        final=final,
        opened_at=report.opened_at,
        float_fen=report.float_fen,
        cash_in_fen=report.cash_in_fen,
        change_out_fen=-report.change_out_fen,
        paid_in_fen=report.paid_in_fen,
        paid_out_fen=-report.paid_out_fen,
        expected_fen=report.expected_fen,
        void_reversal_fen=report.void_reversal_fen,
        closed_at=report.closed_at,
        counted_fen=report.counted_fen,
        variance_fen=report.variance_fen,
        variance_reason=report.variance_reason or "",
        z_number=report.z_number,
        totals=totals,
    )


def shift_receipt(
    session: Session, report: shifts.ShiftReport, timezone: str, now: datetime
) -> ShiftReceipt:
    issued_at = report.closed_at if report.closed_at is not None else now
    return report_receipt(
        report, tender_totals(session, report), timezone=timezone, issued_at=issued_at
    )


@dataclass(frozen=True)
class RenderedReport:
    report: shifts.ShiftReport
    png: bytes | None
    """The receipt as the printer draws it; None when no Chinese font is found."""
    lines: tuple[str, ...]


def render_report(station: Station, shift_id: str) -> RenderedReport:
    """An X report of an open shift (now), or the Z report of a closed one."""
    timezone = station.settings.get(S.TIMEZONE)
    columns = station.settings.get(S.PRINTER_COLUMNS)
    with station.database.reading() as session:
        report = shifts.x_report(session, shift_id)
        receipt = shift_receipt(session, report, timezone, station.clock.trusted_now())
    document = layout_receipt(receipt, columns)
    png: bytes | None = None
    try:
        image = RasterRenderer().render(
            document.blocks,
            PAPER_DOTS[columns],
            columns,
            PrinterProfile.for_columns(columns).qr_module_dots,
        )
    except PrinterError:
        pass  # no CJK font: the text lines below are the preview
    else:
        buffer = io.BytesIO()
        image.save(buffer, "PNG")
        png = buffer.getvalue()
    return RenderedReport(report, png, tuple(document.text_lines))


# --- small building blocks ------------------------------------------------------------


def _button(text: str, accessible: str, name: str = "", height: int = 64) -> QPushButton:
    button = QPushButton(text)
    if name:
        button.setObjectName(name)
    button.setMinimumHeight(height)
    button.setAccessibleName(accessible)
    return button


def _card() -> tuple[QFrame, QVBoxLayout]:
    card = QFrame()
    card.setObjectName("card")
    layout = QVBoxLayout(card)
    layout.setContentsMargins(24, 18, 24, 18)
    return card, layout


def _label(name: str = "", text: str = "", *, wrap: bool = False) -> QLabel:
    label = QLabel(text)
    if name:
        label.setObjectName(name)
    label.setWordWrap(wrap)
    return label


# --- the views ------------------------------------------------------------------------


class ShiftOverview(QWidget):
    """The open shift's figures and what can be done with it, or the way to open one."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.closed_card, closed = _card()
        closed.addWidget(_label("cardTitle", self.tr("No shift is open on this terminal.")))
        closed.addWidget(
            _label(
                "hint",
                self.tr(
                    "Count the float in the drawer, then open the shift."
                    " Money can be taken only while a shift is open."
                ),
                wrap=True,
            )
        )
        self.open_button = _button(
            self.tr("Open shift"), self.tr("Open a shift with a counted float"), "primary", 72
        )
        closed.addSpacing(8)
        closed.addWidget(self.open_button)

        self.open_card, opened = _card()
        self.heading = _label("cardTitle", wrap=True)
        self.heading.setAccessibleName(self.tr("Open shift"))
        opened.addWidget(self.heading)
        grid = QGridLayout()
        grid.setHorizontalSpacing(28)
        grid.setVerticalSpacing(8)
        self.facts: dict[str, QLabel] = {}
        names = (
            ("float", self.tr("Float")),
            ("cash", self.tr("Cash sales (net)")),
            ("voucher", self.tr("Voucher sales")),
            ("paid_in", self.tr("Paid in")),
            ("paid_out", self.tr("Paid out")),
            ("payments", self.tr("Payments")),
            ("voided", self.tr("Voided")),
            ("refunded", self.tr("Vouchers refunded")),
        )
        for index, (key, text) in enumerate(names):
            row, column = index % 4, (index // 4) * 2
            grid.addWidget(_label("hint", text), row, column)
            value = _label("factValue")
            value.setAccessibleName(text)
            grid.addWidget(value, row, column + 1)
            self.facts[key] = value
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        opened.addLayout(grid)
        expected_row = QHBoxLayout()
        expected_row.addWidget(_label("cardTitle", self.tr("Expected cash in the drawer")))
        expected_row.addStretch(1)
        self.expected = _label("bigAmount")
        self.expected.setAccessibleName(self.tr("Expected cash in the drawer"))
        expected_row.addWidget(self.expected)
        opened.addSpacing(6)
        opened.addLayout(expected_row)

        self.paid_in_button = _button(self.tr("Paid in"), self.tr("Record cash paid in"))
        self.paid_out_button = _button(self.tr("Paid out"), self.tr("Record cash paid out"))
        self.x_button = _button(self.tr("X report"), self.tr("Show the X report"))
        self.close_button = _button(
            self.tr("Close shift"), self.tr("Count the drawer and close the shift"), "primary"
        )
        self.action_row = QWidget()
        actions = QHBoxLayout(self.action_row)
        actions.setContentsMargins(0, 0, 0, 0)
        actions.setSpacing(12)
        for button in (self.paid_in_button, self.paid_out_button, self.x_button):
            actions.addWidget(button, 1)
        actions.addWidget(self.close_button, 1)

        self.history_button = _button(
            self.tr("Shift history"), self.tr("Show the shift history"), "secondary", 56
        )
        self.audit_button = _button(
            self.tr("Audit log"), self.tr("Show the audit log"), "secondary", 56
        )
        tools = QHBoxLayout()
        tools.setSpacing(12)
        tools.addWidget(_label("hint", self.tr("Supervisors:")))
        tools.addWidget(self.history_button)
        tools.addWidget(self.audit_button)
        tools.addStretch(1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(16)
        layout.addWidget(self.closed_card)
        layout.addWidget(self.open_card)
        layout.addWidget(self.action_row)
        layout.addStretch(1)
        layout.addLayout(tools)
        self.show_report(None, "Asia/Shanghai")

    def show_report(self, report: shifts.ShiftReport | None, timezone: str) -> None:
        self.closed_card.setVisible(report is None)
        self.open_card.setVisible(report is not None)
        self.action_row.setVisible(report is not None)
        if report is None:
            return
        since = report.opened_at.astimezone(ZoneInfo(timezone)).strftime("%Y-%m-%d %H:%M")
        self.heading.setText(
            self.tr("Shift open since {time}, opened by {name}").format(
                time=since, name=report.staff_name
            )
        )
        values = {
            "float": format_fen(report.float_fen),
            "cash": format_fen(report.tenders["cash"]),
            "voucher": format_fen(report.tenders["voucher"]),
            "paid_in": format_fen(report.paid_in_fen),
            "paid_out": format_fen(report.paid_out_fen),
            "payments": str(report.payment_count + report.redemption_count),
            "voided": self.tr("{count} · {amount}").format(
                count=report.voided_count, amount=format_fen(report.voided_fen)
            ),
            "refunded": format_fen(report.voucher_refunded_fen),
        }
        for key, value in values.items():
            self.facts[key].setText(value)
        self.expected.setText(format_fen(report.expected_fen))


class OpenShiftView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.count = CashCount()
        card, side = _card()
        side.addWidget(_label("cardTitle", self.tr("Float")))
        side.addWidget(
            _label(
                "hint",
                self.tr("Count the notes and coins in the drawer, row by row."),
                wrap=True,
            )
        )
        self.amount = _label("bigAmount")
        self.amount.setAccessibleName(self.tr("Float counted"))
        side.addWidget(self.amount)
        side.addStretch(1)
        self.message = _label("error", wrap=True)
        self.message.setAccessibleName(self.tr("Open shift message"))
        side.addWidget(self.message)
        self.confirm = _button(self.tr("Open shift"), self.tr("Open the shift"), "primary", 72)
        side.addWidget(self.confirm)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(24)
        layout.addWidget(self.count, 3)
        layout.addWidget(card, 2)
        self.count.changed.connect(self._counted)
        self._counted(0)

    def reset(self) -> None:
        self.count.clear()
        self.message.clear()
        self.confirm.setEnabled(True)

    def _counted(self, total: int) -> None:
        self.amount.setText(format_fen(total))


class CashMovementView(QWidget):
    """Paid in or paid out: an amount and a reason."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = shifts.PAID_IN
        card, inner = _card()
        self.hint = _label("hint", wrap=True)
        self.amount = QLineEdit()
        self.amount.setPlaceholderText("0.00")
        self.amount.setAccessibleName(self.tr("Amount in yuan"))
        self.amount.setMaximumWidth(260)
        self.amount.setMinimumHeight(52)
        self.reason = QLineEdit()
        self.reason.setMaxLength(shifts.REASON_LENGTH)
        self.reason.setAccessibleName(self.tr("Reason"))
        self.reason.setMinimumHeight(52)
        self.reason.setPlaceholderText(self.tr("for example: change from the safe"))
        form = QGridLayout()
        form.setHorizontalSpacing(16)
        form.setVerticalSpacing(12)
        form.addWidget(_label("fieldLabel", self.tr("Amount (¥)")), 0, 0)
        form.addWidget(self.amount, 0, 1)
        form.addWidget(_label("fieldLabel", self.tr("Reason")), 1, 0)
        form.addWidget(self.reason, 1, 1)
        form.setColumnStretch(1, 1)
        self.message = _label("error", wrap=True)
        self.message.setAccessibleName(self.tr("Cash movement message"))
        self.confirm = _button("", "", "primary", 72)
        self.amount.returnPressed.connect(self.reason.setFocus)
        self.reason.returnPressed.connect(self.confirm.click)
        inner.addWidget(self.hint)
        inner.addSpacing(8)
        inner.addLayout(form)
        inner.addWidget(self.message)
        inner.addWidget(self.confirm)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(card)
        layout.addStretch(1)

    def start(self, kind: str, clerk_needs_approval: bool) -> None:
        self.kind = kind
        self.amount.clear()
        self.reason.clear()
        self.message.clear()
        self.confirm.setEnabled(True)
        if kind == shifts.PAID_IN:
            self.hint.setText(
                self.tr(
                    "Cash put into the drawer that is not a sale, such as change from the safe."
                )
            )
            self.reason.setPlaceholderText(self.tr("for example: change from the safe"))
            self.confirm.setText(self.tr("Record paid in"))
        else:
            text = self.tr(
                "Cash taken out of the drawer that is not change, such as buying supplies."
            )
            if clerk_needs_approval:
                text += " " + self.tr("A supervisor approves it with a PIN.")
            self.hint.setText(text)
            self.reason.setPlaceholderText(self.tr("for example: bought printer paper"))
            self.confirm.setText(self.tr("Record paid out"))
        self.confirm.setAccessibleName(self.confirm.text())
        self.amount.setFocus()


class CloseShiftView(QWidget):
    """Count the drawer; the expected cash, the difference and (if any) its reason."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.expected_fen = 0
        self._touched = False
        self.count = CashCount()
        card, side = _card()
        self.opened_by = _label("hint", wrap=True)
        side.addWidget(self.opened_by)
        grid = QGridLayout()
        grid.setVerticalSpacing(8)
        self.expected = _label("factValue")
        self.counted = _label("factValue")
        self.variance = _label("variance")
        for row, (text, value) in enumerate(
            (
                (self.tr("Expected"), self.expected),
                (self.tr("Counted"), self.counted),
                (self.tr("Difference"), self.variance),
            )
        ):
            grid.addWidget(_label("hint", text), row, 0)
            value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            value.setAccessibleName(text)
            grid.addWidget(value, row, 1)
        side.addLayout(grid)
        self.verdict = _label("hint", wrap=True)
        self.verdict.setAccessibleName(self.tr("Count result"))
        side.addWidget(self.verdict)
        self.reason_label = _label("fieldLabel", self.tr("Reason for the difference"))
        self.reason = QLineEdit()
        self.reason.setMaxLength(shifts.REASON_LENGTH)
        self.reason.setAccessibleName(self.tr("Reason for the difference"))
        self.reason.setMinimumHeight(52)
        side.addWidget(self.reason_label)
        side.addWidget(self.reason)
        side.addStretch(1)
        self.message = _label("error", wrap=True)
        self.message.setAccessibleName(self.tr("Close shift message"))
        side.addWidget(self.message)
        self.confirm = _button(
            self.tr("Close shift"), self.tr("Close the shift with this count"), "primary", 72
        )
        side.addWidget(self.confirm)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(24)
        layout.addWidget(self.count, 3)
        layout.addWidget(card, 2)
        self.count.changed.connect(self._counted)

    def start(self, report: shifts.ShiftReport) -> None:
        self.expected_fen = report.expected_fen
        self.opened_by.setText(
            self.tr("Shift opened by {name}. Count every note and coin in the drawer.").format(
                name=report.staff_name
            )
        )
        self.expected.setText(format_fen(report.expected_fen))
        self.reason.clear()
        self.message.clear()
        self.confirm.setEnabled(True)
        self._touched = False
        self.count.clear()  # emits changed: the difference shows at once
        self._touched = False

    def _counted(self, total: int) -> None:
        difference = total - self.expected_fen
        self.counted.setText(format_fen(total))
        self.variance.setText(("+" if difference > 0 else "") + format_fen(difference))
        state = "over" if difference > 0 else "short" if difference < 0 else "even"
        self.variance.setProperty("state", state)
        self.variance.style().unpolish(self.variance)
        self.variance.style().polish(self.variance)
        if not self._touched and total == 0:
            self.verdict.setText(self.tr("Count every note and coin, row by row."))
        elif difference > 0:
            self.verdict.setText(
                self.tr("Over by {amount}: say why below.").format(amount=format_fen(difference))
            )
        elif difference < 0:
            self.verdict.setText(
                self.tr("Short by {amount}: say why below.").format(amount=format_fen(-difference))
            )
        else:
            self.verdict.setText(self.tr("The drawer matches the expected cash."))
        self.reason_label.setVisible(difference != 0)
        self.reason.setVisible(difference != 0)
        self._touched = True


class ReportView(QWidget):
    """An X or Z report as it prints, on a paper-white strip, with its key figures beside."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rendered: RenderedReport | None = None
        card, inner = _card()
        self.heading = _label("cardTitle", wrap=True)
        inner.addWidget(self.heading)
        grid = QGridLayout()
        grid.setVerticalSpacing(8)
        self.expected = _label("factValue")
        self.counted = _label("factValue")
        self.variance = _label("variance")
        self.figure_names: list[QLabel] = []
        for row, (text, value) in enumerate(
            (
                (self.tr("Expected cash"), self.expected),
                (self.tr("Counted"), self.counted),
                (self.tr("Difference"), self.variance),
            )
        ):
            name = _label("hint", text)
            self.figure_names.append(name)
            grid.addWidget(name, row, 0)
            value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            value.setAccessibleName(text)
            grid.addWidget(value, row, 1)
        inner.addLayout(grid)
        self.summary = _label("hint", wrap=True)
        self.summary.setAccessibleName(self.tr("Report summary"))
        inner.addWidget(self.summary)
        self.image = QLabel()
        self.image.setObjectName("receiptImage")
        self.image.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.image.setAccessibleName(self.tr("Report as printed"))
        self.paper = QScrollArea()
        self.paper.setObjectName("receiptScroll")
        self.paper.setWidgetResizable(True)
        self.paper.setWidget(self.image)
        self.text = QPlainTextEdit()
        self.text.setReadOnly(True)
        self.text.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.text.setAccessibleName(self.tr("Report text"))
        self.print_button = _button(self.tr("Print"), self.tr("Print this report"), "", 64)
        self.message = _label("hint", wrap=True)
        self.message.setAccessibleName(self.tr("Report message"))
        side = QVBoxLayout()
        side.addWidget(card)
        side.addStretch(1)
        side.addWidget(self.message)
        side.addWidget(self.print_button)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(24)
        layout.addWidget(self.paper, 3)
        layout.addWidget(self.text, 3)
        layout.addLayout(side, 2)

    def show_rendered(self, rendered: RenderedReport, *, printable: bool, note: str) -> None:
        self.rendered = rendered
        report = rendered.report
        final = report.kind == "Z"
        self.expected.setText(format_fen(report.expected_fen))
        for widget in (self.counted, self.variance, *self.figure_names[1:]):
            widget.setVisible(final)
        if final:
            self.heading.setText(self.tr("Z report No. {number}").format(number=report.z_number))
            variance = report.variance_fen or 0
            self.counted.setText(format_fen(report.counted_fen or 0))
            self.variance.setText(("+" if variance > 0 else "") + format_fen(variance))
            state = "over" if variance > 0 else "short" if variance < 0 else "even"
            self.variance.setProperty("state", state)
            self.variance.style().unpolish(self.variance)
            self.variance.style().polish(self.variance)
            self.summary.setText(
                self.tr("Reason: {reason}").format(reason=report.variance_reason)
                if report.variance_reason
                else ""
            )
        else:
            self.heading.setText(self.tr("X report"))
            self.summary.setText(
                self.tr("A snapshot of the open shift: nothing is closed or reset.")
            )
        pixmap = QPixmap()
        if rendered.png is not None and pixmap.loadFromData(rendered.png, "PNG"):
            self.image.setPixmap(pixmap)
            self.paper.show()
            self.text.hide()
        else:
            self.text.setPlainText("\n".join(rendered.lines))
            self.text.show()
            self.paper.hide()
        self.print_button.setVisible(printable)
        self.print_button.setEnabled(True)
        self.message.setText(note)

    def has_image(self) -> bool:
        pixmap = self.image.pixmap()
        return not self.paper.isHidden() and pixmap is not None and not pixmap.isNull()


class ShiftHistoryView(QWidget):
    HEADERS = 9

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.summaries: list[shifts.ShiftSummary] = []
        self.table = QTableWidget(0, self.HEADERS)
        self.table.setAccessibleName(self.tr("Shifts"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Z no."),
                self.tr("Opened"),
                self.tr("Closed"),
                self.tr("Opened by"),
                self.tr("Closed by"),
                self.tr("Float"),
                self.tr("Expected"),
                self.tr("Counted"),
                self.tr("Difference"),
            ]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(52)  # rows are tapped
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.view_button = _button(
            self.tr("View report"), self.tr("View the chosen shift's report"), "", 56
        )
        self.view_button.setEnabled(False)
        self.table.itemSelectionChanged.connect(
            lambda: self.view_button.setEnabled(self.selected() is not None)
        )
        self.message = _label("hint", wrap=True)
        self.message.setAccessibleName(self.tr("Shift history message"))
        bottom = QHBoxLayout()
        bottom.addWidget(self.message, 1)
        bottom.addWidget(self.view_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)

    def show_history(self, summaries: list[shifts.ShiftSummary], timezone: str) -> None:
        self.summaries = summaries
        zone = ZoneInfo(timezone)

        def when(instant: datetime | None) -> str:
            return instant.astimezone(zone).strftime("%m-%d %H:%M") if instant else ""

        def money(fen: int | None, signed: bool = False) -> str:
            if fen is None:
                return ""
            return ("+" if signed and fen > 0 else "") + format_fen(fen)

        self.table.setRowCount(len(summaries))
        for row, shift in enumerate(summaries):
            cells = (
                f"{shift.z_number:04d}" if shift.z_number is not None else self.tr("open"),
                when(shift.opened_at),
                when(shift.closed_at),
                shift.staff_name,
                shift.closed_by_name or "",
                money(shift.float_fen),
                money(shift.expected_fen),
                money(shift.counted_fen),
                money(shift.variance_fen, signed=True),
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column >= 5:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(row, column, item)
        self.message.setText(
            self.tr("{count} shifts, newest first.").format(count=len(summaries))
            if summaries
            else self.tr("No shifts yet.")
        )
        self.view_button.setEnabled(self.selected() is not None)

    def selected(self) -> shifts.ShiftSummary | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows or rows[0].row() >= len(self.summaries):
            return None
        return self.summaries[rows[0].row()]


# --- the page -------------------------------------------------------------------------


class ShiftPage(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setObjectName("shiftPage")
        self.state = ShiftState(None)
        self.override: OverrideDialog | None = None
        self._actor: Actor | None = context.session.actor
        self._trail: list[QWidget] = []
        self.back_button = _button(self.tr("Back"), self.tr("Back"), "secondary", 52)
        self.back_button.setMinimumWidth(110)
        self.back_button.clicked.connect(self.back)
        self.title = _label("screenTitle", self.tr("Shift"))
        self.message = _label("error", wrap=True)
        self.message.setAccessibleName(self.tr("Shift message"))
        self.message.hide()
        self.overview = ShiftOverview()
        self.opening = OpenShiftView()
        self.movement = CashMovementView()
        self.closing = CloseShiftView()
        self.report = ReportView()
        self.history = ShiftHistoryView()
        self.audit = AuditLogPage(context)
        self.stack = QStackedWidget()
        self.titles: dict[QWidget, str] = {
            self.overview: self.tr("Shift"),
            self.opening: self.tr("Open shift: count the float"),
            self.movement: self.tr("Paid in"),
            self.closing: self.tr("Close shift: count the drawer"),
            self.report: self.tr("Shift report"),
            self.history: self.tr("Shift history"),
            self.audit: self.tr("Audit log"),
        }
        for view in self.titles:
            self.stack.addWidget(view)
        header = QHBoxLayout()
        header.addWidget(self.back_button)
        header.addWidget(self.title, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 20, 32, 20)
        layout.setSpacing(12)
        layout.addLayout(header)
        layout.addWidget(self.message)
        layout.addWidget(self.stack, 1)

        overview = self.overview
        overview.open_button.clicked.connect(self._start_open)
        overview.paid_in_button.clicked.connect(lambda: self._start_movement(shifts.PAID_IN))
        overview.paid_out_button.clicked.connect(lambda: self._start_movement(shifts.PAID_OUT))
        overview.x_button.clicked.connect(self._show_x_report)
        overview.close_button.clicked.connect(self._start_close)
        overview.history_button.clicked.connect(lambda: self._review(self._show_history))
        overview.audit_button.clicked.connect(lambda: self._review(self._show_audit))
        self.opening.confirm.clicked.connect(self._open_shift)
        self.movement.confirm.clicked.connect(self._record_movement)
        self.closing.confirm.clicked.connect(self._close_shift)
        self.report.print_button.clicked.connect(self._print_report)
        self.history.view_button.clicked.connect(self._view_history_report)
        self.history.table.doubleClicked.connect(self._view_history_report)
        context.session.changed.connect(self._session_changed)
        self._go(self.overview, reset=True)
        self.refresh()

    # navigation

    def _go(self, view: QWidget, *, reset: bool = False) -> None:
        """Show ``view``; Back returns to where this came from (``reset``: to the overview)."""
        if reset:
            self._trail.clear()
        elif (current := self.stack.currentWidget()) is not None and current is not view:
            self._trail.append(current)
        self._show_view(view)

    def _show_view(self, view: QWidget) -> None:
        self.stack.setCurrentWidget(view)
        self.message.hide()
        self.title.setText(self.titles[view])
        self.back_button.setVisible(view is not self.overview)

    def back(self) -> None:
        previous = self._trail.pop() if self._trail else self.overview
        self._show_view(previous)
        if previous is self.overview:
            self._trail.clear()
            self.refresh()

    def _session_changed(self) -> None:
        actor = self.context.session.actor
        if actor != self._actor:
            # Someone else at the counter (or nobody): start from the overview, drop dialogs.
            self._actor = actor
            if self.override is not None:
                self.override.reject()
                self.override = None
            self._go(self.overview, reset=True)
        self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.stack.currentWidget() is self.overview:
            self.refresh()

    # reading

    def _timezone(self) -> str:
        return self.context.station.settings.get(S.TIMEZONE)

    def refresh(self) -> None:
        station = self.context.station
        self.context.tasks.run(
            lambda: load_state(station), on_done=self._show_state, on_error=self._show_error
        )

    def _show_state(self, state: ShiftState) -> None:
        self.state = state
        self.context.session.shift_id = state.report.shift_id if state.report else None
        self.overview.show_report(state.report, self._timezone())

    def _show_error(self, error: BaseException) -> None:
        self.message.setText(describe(error))
        self.message.show()

    def _actor_now(self) -> Actor | None:
        return self.context.session.actor

    def _shift_changed(self) -> None:
        """The open shift came or went: the status bar and other screens follow the session."""
        self.context.session.changed.emit()

    # opening

    def _start_open(self) -> None:
        self.opening.reset()
        self._go(self.opening)
        self.opening.count.rows[shifts.DENOMINATIONS[0]].entry.setFocus()

    def _open_shift(self) -> None:
        actor = self._actor_now()
        if actor is None:
            return
        station, counts = self.context.station, self.opening.count.counts()

        def open_it() -> str:
            with station.work(actor) as work:
                return shifts.open_shift(work, counts).id

        def opened(shift_id: str) -> None:
            self.context.session.shift_id = shift_id
            self._go(self.overview, reset=True)
            self._shift_changed()

        def refused(error: BaseException) -> None:
            self.opening.confirm.setEnabled(True)
            self.opening.message.setText(describe(error))

        self.opening.confirm.setEnabled(False)
        self.opening.message.clear()
        self.context.tasks.run(open_it, on_done=opened, on_error=refused)

    # paid in / paid out

    def _start_movement(self, kind: str) -> None:
        actor = self._actor_now()
        needs_approval = actor is None or not permissions.allowed(actor.role, "paid_out")
        self.movement.start(kind, needs_approval)
        self.titles[self.movement] = (
            self.tr("Paid in") if kind == shifts.PAID_IN else self.tr("Paid out")
        )
        self._go(self.movement)

    def _record_movement(self) -> None:
        view = self.movement
        try:
            amount = parse_fen(view.amount.text(), allow_zero=False)
        except UserError as error:  # say why and keep what was typed
            view.message.setText(describe(error))
            return
        reason, kind = view.reason.text(), view.kind

        def done(_: object) -> None:
            self._go(self.overview, reset=True)
            self.refresh()

        def refused(error: BaseException) -> None:
            view.confirm.setEnabled(True)
            view.message.setText(describe(error))

        view.message.clear()
        if kind == shifts.PAID_IN:
            actor, station = self._actor_now(), self.context.station
            shift_id = self.context.session.shift_id
            if actor is None:
                return

            def pay_in() -> str:
                with station.work(actor, shift_id=shift_id) as work:
                    return shifts.paid_in(work, amount, reason).id

            view.confirm.setEnabled(False)
            self.context.tasks.run(pay_in, on_done=done, on_error=refused)
            return

        def pay_out(work: Work, approver: Actor | None) -> str:
            return shifts.paid_out(work, amount, reason, override=approver).id

        self._guard(
            "paid_out",
            pay_out,
            on_done=done,
            on_error=refused,
            detail=self.tr("Paid out {amount}: {reason}").format(
                amount=format_fen(amount), reason=" ".join(reason.split())
            ),
        )
        if self.override is None:
            view.confirm.setEnabled(False)

    def _guard(
        self,
        action: str,
        perform: Perform,
        *,
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None],
        detail: str,
    ) -> None:
        self.override = run_guarded(
            self.context,
            action,
            perform,
            parent=self,
            on_done=on_done,
            on_error=on_error,
            detail=detail,
        )
        if self.override is not None:
            self.override.finished.connect(self._dismiss_override)

    def _dismiss_override(self) -> None:
        self.override = None

    # X and Z reports

    def _show_x_report(self) -> None:
        if self.state.report is None:
            return
        self._render(self.state.report.shift_id, printable=True, note="")

    def _render(self, shift_id: str, *, printable: bool, note: str) -> None:
        station = self.context.station

        def shown(rendered: RenderedReport) -> None:
            self.report.show_rendered(rendered, printable=printable, note=note)
            self._go(self.report)

        self.context.tasks.run(
            lambda: render_report(station, shift_id), on_done=shown, on_error=self._show_error
        )

    def _print_report(self) -> None:
        """Queue the report on screen for the printer (an X report; a Z prints at close)."""
        rendered, actor = self.report.rendered, self._actor_now()
        if rendered is None or actor is None:
            return
        station, timezone = self.context.station, self._timezone()
        shift_id = rendered.report.shift_id

        def queue() -> None:
            with station.work(actor) as work:
                report = shifts.x_report(work.session, shift_id)
                receipt = shift_receipt(work.session, report, timezone, work.now)
                enqueue_receipt(work, receipt, ref_type="shift", ref_id=shift_id)

        def queued(_: object) -> None:
            self.report.message.setText(self.tr("Sent to the printer."))

        self.report.print_button.setEnabled(False)
        self.context.tasks.run(queue, on_done=queued, on_error=self._print_failed)

    def _print_failed(self, error: BaseException) -> None:
        self.report.print_button.setEnabled(True)
        self.report.message.setText(describe(error))

    # closing

    def _start_close(self) -> None:
        if self.state.report is None:
            return
        self.closing.start(self.state.report)
        self._go(self.closing)

    def _close_shift(self) -> None:
        actor, report = self._actor_now(), self.state.report
        if actor is None or report is None:
            return
        view, timezone = self.closing, self._timezone()
        counts = view.count.counts()
        reason = view.reason.text()  # the service ignores it when the count matches

        def close(work: Work, approver: Actor | None) -> str:
            closed = shifts.close_shift(work, counts, reason, override=approver)
            receipt = shift_receipt(work.session, closed, timezone, work.now)
            # The Z report prints with the close: same transaction, so never one without the other.
            enqueue_receipt(work, receipt, ref_type="shift", ref_id=closed.shift_id)
            return closed.shift_id

        def closed(shift_id: object) -> None:
            self.context.session.shift_id = None
            self._go(self.overview, reset=True)
            self._render(
                str(shift_id),
                printable=False,
                note=self.tr("The shift is closed. The Z report is sent to the printer."),
            )
            self._shift_changed()

        def refused(error: BaseException) -> None:
            view.confirm.setEnabled(True)
            view.message.setText(describe(error))

        view.message.clear()
        if report.staff_id == actor.staff_id:
            station = self.context.station
            shift_id = report.shift_id

            def close_own() -> str:
                with station.work(actor, shift_id=shift_id) as work:
                    return close(work, None)

            view.confirm.setEnabled(False)
            self.context.tasks.run(close_own, on_done=closed, on_error=refused)
            return
        self._guard(
            "close_other_shift",
            close,
            on_done=closed,
            on_error=refused,
            detail=self.tr("Shift opened by {name}").format(name=report.staff_name),
        )
        if self.override is None:
            view.confirm.setEnabled(False)

    # history and audit (supervisors)

    def _review(self, show: Callable[[], None]) -> None:
        actor = self._actor_now()
        if actor is None:
            return
        if permissions.allowed(actor.role, REVIEW_ACTION):
            show()
            return

        def nothing(work: Work, approver: Actor | None) -> None:
            return None  # the approval (audited by the service) is the whole change

        self.override = OverrideDialog(
            self.context,
            REVIEW_ACTION,
            nothing,
            detail=self.tr("To look at the shift history and the audit log."),
            parent=self,
        )
        self.override.approved.connect(lambda _: show())
        self.override.finished.connect(self._dismiss_override)
        self.override.open()

    def _show_history(self) -> None:
        station, timezone = self.context.station, self._timezone()

        def load() -> list[shifts.ShiftSummary]:
            with station.database.reading() as session:
                return shifts.shift_history(session)

        self.context.tasks.run(
            load,
            on_done=lambda summaries: self.history.show_history(summaries, timezone),
            on_error=lambda error: self.history.message.setText(describe(error)),
        )
        self._go(self.history)

    def _view_history_report(self) -> None:
        chosen = self.history.selected()
        if chosen is not None:
            self._render(chosen.id, printable=chosen.status == "open", note="")

    def _show_audit(self) -> None:
        self.audit.reload()
        self._go(self.audit)
