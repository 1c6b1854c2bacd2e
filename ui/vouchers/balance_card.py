"""The resident's vouchers at a glance: what can be spent now, what expires this month, each
lot, the credits still to come, and the redemptions made here (the local ledger)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import select
from sqlalchemy.orm import Session

from station_app import settings as S
from station_app.bills.bill_receipts import household_label
from station_app.db.models import Household, Redemption, VoucherAccount
from station_app.i18n import QT_TRANSLATE_NOOP, Message
from station_app.station import Station
from station_app.vouchers import Balance, balance
from ui.bills.wording import local_time, money, word
from ui.parcels.form import hint
from ui.vouchers.redemption_receipt import last_day

LEDGER_ROWS = 8
ROW_HEIGHT = 40

REDEMPTION_STATES: dict[str, Message] = {
    "pending": QT_TRANSLATE_NOOP("VoucherWords", "Pending confirmation"),
    "applied": QT_TRANSLATE_NOOP("VoucherWords", "Confirmed"),
    "duplicate": QT_TRANSLATE_NOOP("VoucherWords", "Confirmed"),
    "flagged": QT_TRANSLATE_NOOP("VoucherWords", "Needs attention"),
    "rejected": QT_TRANSLATE_NOOP("VoucherWords", "Refused by the platform"),
    "refunded": QT_TRANSLATE_NOOP("VoucherWords", "Refunded"),
}


@dataclass(frozen=True)
class LedgerRow:
    at: datetime
    receipt_no: str
    total_fen: int
    status: str


@dataclass(frozen=True)
class AccountView:
    balance: Balance
    household_id: str | None
    household: str
    """The door label (3栋2单元501), empty when the account has no household."""
    ledger: tuple[LedgerRow, ...]


def account_view(session: Session, account_id: str, now: datetime) -> AccountView:
    """Raises ``UnknownAccountError`` for an account this station does not hold."""
    found = balance(session, account_id, now)
    account = session.get(VoucherAccount, account_id)
    household_id = account.household_id if account else None
    household = session.get(Household, household_id) if household_id else None
    rows = session.execute(
        select(Redemption)
        .where(Redemption.account_id == account_id)
        .order_by(Redemption.created_at.desc(), Redemption.id.desc())
        .limit(LEDGER_ROWS)
    ).scalars()
    ledger = tuple(LedgerRow(r.created_at, r.receipt_no, r.total_fen, r.status) for r in rows)
    return AccountView(found, household_id, household_label(household), ledger)


def _table(headers: list[str], accessible: str) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setAccessibleName(accessible)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
    table.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the next scan stays in the scan field
    table.verticalHeader().setVisible(False)
    table.verticalHeader().setDefaultSectionSize(ROW_HEIGHT)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
    return table


def _fill(table: QTableWidget, rows: list[list[str]], right: set[int]) -> None:
    table.setRowCount(len(rows))
    for row, texts in enumerate(rows):
        for column, text in enumerate(texts):
            item = QTableWidgetItem(text)
            if column in right:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            table.setItem(row, column, item)


class BalanceCard(QFrame):
    def __init__(self, station: Station, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self.station = station
        self.view: AccountView | None = None
        self.holder = QLabel()
        self.holder.setObjectName("cardTitle")
        self.holder.setWordWrap(True)
        self.household = hint()
        self.total_caption = QLabel(self.tr("Can spend now"))
        self.total_caption.setObjectName("fieldLabel")
        self.total = QLabel()
        self.total.setObjectName("dueAmount")
        self.total.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.total.setAccessibleName(self.tr("Voucher balance"))
        self.expiry = QLabel()
        self.expiry.setObjectName("voucherExpiry")
        self.expiry.setWordWrap(True)
        self.frozen = QLabel(self.tr("This account is frozen by the platform: it cannot be spent."))
        self.frozen.setObjectName("error")
        self.frozen.setWordWrap(True)
        self.lots = _table(
            [self.tr("Left"), self.tr("Credited"), self.tr("Usable from"), self.tr("Use by")],
            self.tr("Voucher lots"),
        )
        self.upcoming = hint()
        self.upcoming.setAccessibleName(self.tr("Upcoming credits"))
        self.ledger_title = QLabel(self.tr("Redeemed at this station"))
        self.ledger_title.setObjectName("fieldLabel")
        self.ledger = _table(
            [self.tr("Time"), self.tr("Receipt"), self.tr("Amount"), self.tr("State")],
            self.tr("Redemptions at this station"),
        )
        self.ledger.horizontalHeader().setSectionResizeMode(
            1, QHeaderView.ResizeMode.ResizeToContents
        )

        top = QHBoxLayout()
        names = QVBoxLayout()
        names.addWidget(self.holder)
        names.addWidget(self.household)
        top.addLayout(names, 1)
        amounts = QVBoxLayout()
        amounts.addWidget(self.total_caption, 0, Qt.AlignmentFlag.AlignRight)
        amounts.addWidget(self.total)
        top.addLayout(amounts)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(6)
        layout.addLayout(top)
        layout.addWidget(self.expiry)
        layout.addWidget(self.frozen)
        layout.addWidget(self.lots, 3)
        layout.addWidget(self.upcoming)
        layout.addWidget(self.ledger_title)
        layout.addWidget(self.ledger, 2)
        self.show_view(None)

    def _day(self, instant: datetime) -> str:
        return last_day(instant, self.station.settings.get(S.TIMEZONE)).isoformat()

    def show_view(self, view: AccountView | None) -> None:
        self.view = view
        parts = (self.total, self.total_caption, self.lots, self.ledger, self.ledger_title)
        for widget in parts:
            widget.setVisible(view is not None)
        if view is None:
            self.holder.setText(self.tr("No resident yet"))
            self.household.setText(
                self.tr(
                    "Scan the resident's member QR code (in the community app) to see the"
                    " balance, then scan or tap the items."
                )
            )
            for label in (self.expiry, self.upcoming, self.frozen):
                label.hide()
            return
        found = view.balance
        self.holder.setText(found.holder_name)
        self.household.setText(view.household)
        self.total.setText(money(found.total_fen))
        self.frozen.setVisible(found.frozen)
        self._expiry(found)
        _fill(
            self.lots,
            [
                [
                    money(lot.available_fen),
                    money(lot.amount_fen),
                    self._day_of(lot.effective_at),
                    self._day(lot.expires_at) if lot.expires_at else self.tr("No expiry"),
                ]
                for lot in found.lots
            ],
            {0, 1},
        )
        if found.upcoming:
            first = found.upcoming[0]
            words = self.tr("Upcoming: {count} credits, {amount} in all; next {next} on {date}.")
            self.upcoming.setText(
                words.format(
                    count=len(found.upcoming),
                    amount=money(found.upcoming_fen),
                    next=money(first.available_fen),
                    date=self._day_of(first.effective_at),
                )
            )
        else:
            self.upcoming.setText(self.tr("No upcoming credits."))
        self.upcoming.show()
        _fill(
            self.ledger,
            [
                [
                    local_time(self.station, row.at),
                    row.receipt_no,
                    money(row.total_fen),
                    word(REDEMPTION_STATES, row.status),
                ]
                for row in view.ledger
            ],
            {2},
        )

    def _day_of(self, instant: datetime) -> str:
        return local_time(self.station, instant, "%Y-%m-%d")

    def _expiry(self, found: Balance) -> None:
        soonest = found.soonest_expiry
        if soonest is None:
            self.expiry.hide()
            return
        day = last_day(soonest.expires_at, self.station.settings.get(S.TIMEZONE))
        today = local_time(self.station, self.station.clock.trusted_now(), "%Y-%m")
        this_month = day.strftime("%Y-%m") == today
        words = (
            self.tr("Expiring this month: {amount} on {date}")
            if this_month
            else self.tr("Next expiry: {amount} on {date}")
        )
        self.expiry.setText(words.format(amount=money(soonest.amount_fen), date=day.isoformat()))
        self.expiry.setProperty("soon", this_month)
        self.expiry.style().unpolish(self.expiry)
        self.expiry.style().polish(self.expiry)
        self.expiry.show()
