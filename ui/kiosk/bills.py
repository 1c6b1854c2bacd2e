"""Pay a bill at the kiosk, with vouchers only (there is no cash at the kiosk).

After the member QR: the household's open bills; one bill is chosen and paid in full from
the member's voucher account through the same ``bills.pay`` as the counter, which queues
the payment receipt. A bill whose biller refuses vouchers or offline payment is shown with
"pay at the counter" instead of a button.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QFrame, QHBoxLayout, QVBoxLayout, QWidget

from station_app import bills, vouchers
from station_app.bills import BillView, HouseholdBills
from station_app.i18n import UserError
from station_app.member_qr import MemberIdentity
from ui.i18n import tr_message
from ui.kiosk.formats import day_text, fill, money
from ui.kiosk.refusals import kind_render
from ui.kiosk.screen import (
    KioskScreen,
    Render,
    card,
    empty_layout,
    label,
    name_button,
    push_button,
)
from ui.parcels.parcel_table import ADDRESS

if TYPE_CHECKING:
    from ui.kiosk.window import KioskWindow


def kiosk_can_pay(bill: BillView) -> bool:
    """Vouchers only, and the kiosk never waits for the platform (it pays offline)."""
    return bill.allow_vouchers and bill.allow_offline


class BillsScreen(KioskScreen):
    """The member's household: what it owes, one card per bill."""

    def __init__(self, kiosk: KioskWindow) -> None:
        super().__init__(kiosk)
        self.setObjectName("billsScreen")
        self.member: MemberIdentity | None = None
        self.owed: HouseholdBills | None = None
        self.balance_fen = 0
        self.address = label("kioskBody")
        self.vouchers = label("kioskHint")
        scroll, self.list_layout = self.card_list()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(64, 32, 64, 24)
        layout.setSpacing(16)
        layout.addWidget(self.heading)
        layout.addWidget(self.address)
        layout.addWidget(self.vouchers)
        layout.addWidget(self.message)
        layout.addWidget(scroll, 1)
        self.pay_buttons: dict[str, QWidget] = {}
        self.retranslate()

    def show_member(self, member: MemberIdentity) -> Render | None:
        """Read the household's bills; the kind words of a refusal when there are none to show."""
        if member.household_id is None:
            return lambda: self.tr(
                "Your member code is not linked to a home. Please pay at the counter."
            )
        station = self.station
        try:
            with station.database.reading() as session:
                owed = bills.household_bills(session, member.household_id)
                found = vouchers.balance(session, member.account_id, station.clock.trusted_now())
        except UserError as error:
            return kind_render(error)
        self.member = member
        self.owed = owed
        self.balance_fen = 0 if found.frozen else found.total_fen
        self.message.clear_message()
        self.retranslate()
        return None

    def clear(self) -> None:
        super().clear()
        self.member = None
        self.owed = None
        self.balance_fen = 0
        self.retranslate()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Bills for your home"))
        empty_layout(self.list_layout)
        self.pay_buttons = {}
        owed = self.owed
        if owed is None:
            self.address.clear()
            self.vouchers.clear()
            return
        home = owed.household
        self.address.setText(
            tr_message(ADDRESS.with_params(building=home.building, unit=home.unit, room=home.room))
        )
        self.vouchers.setText(
            fill(self.tr("Your vouchers: {amount}"), amount=money(self.balance_fen))
        )
        if not owed.bills:
            none = label("kioskBody")
            none.setText(self.tr("There is nothing to pay at the moment. Thank you!"))
            self.list_layout.addWidget(none)
        for bill in owed.bills:
            self.list_layout.addWidget(self._bill_card(bill))
        self.list_layout.addStretch(1)

    def _bill_card(self, bill: BillView) -> QFrame:
        frame, box = card()
        row = QHBoxLayout()
        words = QVBoxLayout()
        title = label("cardHeading")
        title.setText(
            fill(self.tr("{biller} · {period}"), biller=bill.biller_name, period=bill.period)
        )
        amount = label("cardAmount", wrap=False)
        amount.setText(money(bill.outstanding_fen))
        detail = label("cardDetail")
        if bill.due_date is not None:
            detail.setText(fill(self.tr("Pay by {date}"), date=day_text(bill.due_date)))
        words.addWidget(title)
        words.addWidget(amount)
        words.addWidget(detail)
        row.addLayout(words, 1)
        if kiosk_can_pay(bill):
            pay = push_button("kioskPrimary")
            name_button(
                pay,
                self.tr("Pay with vouchers"),
                fill(
                    self.tr("Pay {biller} {period} with vouchers"),
                    biller=bill.biller_name,
                    period=bill.period,
                ),
            )
            pay.clicked.connect(lambda _=False, chosen=bill: self.choose(chosen))
            row.addWidget(pay)
            self.pay_buttons[bill.id] = pay
        else:
            counter = label("cardDetail")
            counter.setText(self.tr("Please pay this bill at the counter."))
            row.addWidget(counter)
        box.addLayout(row)
        frame.setAccessibleName(
            fill(
                self.tr("{biller} {period}: {amount}"),
                biller=bill.biller_name,
                period=bill.period,
                amount=money(bill.outstanding_fen),
            )
        )
        return frame

    def choose(self, bill: BillView) -> None:
        if self.member is None:
            return
        pay_screen = self.kiosk.bill_pay
        pay_screen.show_bill(self.member, bill, self.balance_fen)
        self.kiosk.open(pay_screen)


class BillPayScreen(KioskScreen):
    """One bill, the vouchers before and after, and one button to pay."""

    def __init__(self, kiosk: KioskWindow) -> None:
        super().__init__(kiosk)
        self.setObjectName("billPayScreen")
        self.member: MemberIdentity | None = None
        self.bill: BillView | None = None
        self.balance_fen = 0
        self.what = label("kioskBody")
        self.amount_caption = label("kioskHint")
        self.amount = label("bigAmount", wrap=False)
        self.after = label("kioskBody")
        self.pending = label("kioskHint")
        self.pay = push_button("kioskPrimary", height=88)
        self.pay.clicked.connect(self.confirm)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(64, 32, 64, 24)
        layout.setSpacing(20)
        layout.addWidget(self.heading)
        layout.addWidget(self.what)
        layout.addWidget(self.amount_caption)
        layout.addWidget(self.amount)
        layout.addWidget(self.after)
        layout.addWidget(self.pending)
        layout.addWidget(self.message)
        layout.addStretch(1)
        layout.addWidget(self.pay)
        self.retranslate()

    def show_bill(self, member: MemberIdentity, bill: BillView, balance_fen: int) -> None:
        self.member = member
        self.bill = bill
        self.balance_fen = balance_fen
        self.message.clear_message()
        self.retranslate()

    def clear(self) -> None:
        super().clear()
        self.member = None
        self.bill = None
        self.balance_fen = 0
        self.retranslate()

    def enough(self) -> bool:
        return self.bill is not None and self.balance_fen >= self.bill.outstanding_fen

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Pay with vouchers"))
        self.amount_caption.setText(self.tr("Amount to pay"))
        self.pending.setText(
            self.tr("The platform confirms the payment when the station next connects.")
        )
        bill = self.bill
        if bill is None:
            for shown in (self.what, self.amount, self.after):
                shown.clear()
            name_button(self.pay, self.tr("Pay with vouchers"))
            self.pay.setEnabled(False)
            return
        self.what.setText(
            fill(
                self.tr("{biller} · {period} · account {account}"),
                biller=bill.biller_name,
                period=bill.period,
                account=bill.account_no,
            )
        )
        due = bill.outstanding_fen
        self.amount.setText(money(due))
        if self.enough():
            self.after.setText(
                fill(
                    self.tr("Your vouchers: {now} now, {after} after paying."),
                    now=money(self.balance_fen),
                    after=money(self.balance_fen - due),
                )
            )
        else:
            self.after.setText(fill(self.tr("Your vouchers: {now}."), now=money(self.balance_fen)))
            self.message.error(
                lambda: self.tr(
                    "Your vouchers are not enough for this bill. Please pay at the counter."
                )
            )
        name_button(self.pay, fill(self.tr("Pay {amount} with vouchers"), amount=money(due)))
        self.pay.setEnabled(self.enough())

    def confirm(self) -> None:
        bill, member = self.bill, self.member
        if bill is None or member is None or not self.enough():
            return
        try:
            with self.kiosk.work() as work:
                paid = bills.pay(
                    work,
                    [bill.id],
                    voucher_account_id=member.account_id,
                    voucher_fen=bill.outstanding_fen,
                    channel="kiosk",  # vouchers only: no cash, no shift, no staff
                )
        except UserError as error:
            self.message.error(kind_render(error))
            return
        self.kiosk.receipt_queued()
        total = paid.total_fen
        biller, period = bill.biller_name, bill.period
        self.kiosk.finish(
            lambda: fill(
                self.tr(
                    "Paid {amount} for {biller} {period} with vouchers."
                    " Your receipt is printing below."
                ),
                amount=money(total),
                biller=biller,
                period=period,
            )
        )
