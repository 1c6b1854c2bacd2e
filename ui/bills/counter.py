"""The bill counter (收费): find the household, tick its bills, take the payment.

One search field takes an address (3-2-501, 3栋2单元501), a 户号, a phone number or its
last four, a scanned bill barcode or a member QR; the scanner's Enter searches. Several
households (a shared phone tail) are listed to choose from. A member QR also brings the
resident's voucher account; without one, "Use vouchers…" looks the household's accounts
up (audited, and a station may switch it off).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from station_app import bills, vouchers
from station_app.bills import HouseholdBills, Lookup, PaymentResult
from station_app.i18n import QT_TRANSLATE_NOOP, UserError
from station_app.work import Work
from ui.bills.bill_table import BillTable, HouseholdList
from ui.bills.payment_panel import PaymentPanel, VoucherChoice
from ui.bills.wording import card_address, money
from ui.context import AppContext
from ui.errors import describe
from ui.parcels.form import StatusLine, button, hint, line_edit

if TYPE_CHECKING:
    from ui.sync_worker import SyncWorker


class NotLoggedInError(UserError):
    pass


class CounterScreen(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.station = context.station
        self.current: HouseholdBills | None = None
        self.lookup_result: Lookup | None = None
        self.last_payment: PaymentResult | None = None
        self.busy = False
        self.voucher_household: str | None = None
        """Whose voucher accounts the payment form offers (member QR or assisted lookup)."""

        self.search = line_edit(
            self.tr("Address, account number, phone or bill barcode"),
            self.tr("Scan the bill or member QR, or type 3-2-501, 户号 or phone"),
            scan=True,
        )
        self.find_button = button(self.tr("Find"), self.tr("Find the household's bills"))
        self.message = StatusLine(self.tr("Message"))
        self.households = HouseholdList(self.tr("Households found"))
        self.households.setMaximumHeight(170)
        self.households.hide()

        self.household = QLabel()
        self.household.setObjectName("cardTitle")
        self.household.setWordWrap(True)
        self.resident = hint()
        self.bills = BillTable(self.tr("Open bills: tap to tick"))
        self.ticked = QLabel()
        self.ticked.setObjectName("factValue")
        self.ticked.setAccessibleName(self.tr("Ticked bills and their total"))
        self.arrears = hint()
        self.tick_all = button(self.tr("Tick all"), self.tr("Tick all bills"))
        self.clear = button(self.tr("Clear"), self.tr("Clear and start again"))

        bills_card = QFrame()
        bills_card.setObjectName("card")
        card = QVBoxLayout(bills_card)
        card.setContentsMargins(16, 12, 16, 12)
        card.addWidget(self.household)
        card.addWidget(self.resident)
        card.addWidget(self.bills, 1)
        totals = QHBoxLayout()
        totals.addWidget(self.ticked, 1)
        totals.addWidget(self.tick_all)
        totals.addWidget(self.clear)
        card.addLayout(totals)
        card.addWidget(self.arrears)

        search_row = QHBoxLayout()
        search_row.addWidget(self.search, 1)
        search_row.addWidget(self.find_button)
        left = QVBoxLayout()
        left.addLayout(search_row)
        left.addWidget(self.message)
        left.addWidget(self.households)
        left.addWidget(bills_card, 1)

        self.panel = PaymentPanel()
        self.form = self.panel.form
        self.success = self.panel.success
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.setSpacing(20)
        layout.addLayout(left, 11)
        layout.addWidget(self.panel, 8)

        self.search.returnPressed.connect(self.look_up)
        self.find_button.clicked.connect(self.look_up)
        self.households.chosen.connect(self.show_household)
        self.bills.toggled.connect(self._ticks_changed)
        self.tick_all.clicked.connect(lambda: self.bills.check_all(True))
        self.clear.clicked.connect(self.start_over)
        self.form.confirmed.connect(self.take_payment)
        self.form.vouchers_wanted.connect(self.look_up_vouchers)
        self.success.next_resident.connect(self.start_over)
        self.success.reprint.connect(self.reprint_last)
        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        escape.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        escape.activated.connect(self.start_over)
        self._show_bills(None)

    # -- screen

    def refresh(self) -> None:
        """Shown again: re-read the household's bills (another terminal may have paid)."""
        if self.current is not None and self.panel.currentWidget() is self.form:
            self.show_household(self.current.household.id, keep_ticks=True)

    def focus_entry(self) -> None:
        if self.panel.currentWidget() is self.success:
            self.success.next_button.setFocus()
            return
        self.search.setFocus()
        self.search.selectAll()

    def start_over(self) -> None:
        self.current = None
        self.lookup_result = None
        self.voucher_household = None
        self.search.clear()
        self.households.clear()
        self.households.hide()
        self.form.reset()
        self.panel.show_form()
        self._show_bills(None)
        self.message.note("")
        self.search.setFocus()

    @contextmanager
    def work(self) -> Iterator[Work]:
        actor = self.context.session.actor
        if actor is None:
            raise NotLoggedInError(QT_TRANSLATE_NOOP("BillCounter", "Log in first."))
        with self.station.work(actor, shift_id=self.context.session.shift_id) as work:
            yield work

    # -- finding

    def look_up(self) -> None:
        text = self.search.text()
        if not text.strip():
            return
        try:
            with self.station.database.reading() as session:
                found = bills.find(session, text, now=self.station.clock.trusted_now())
        except UserError as error:
            self.message.error(describe(error))
            self.focus_entry()
            return
        if self.panel.currentWidget() is self.success:
            self.form.reset()
            self.panel.show_form()
        self.lookup_result = found
        self.search.clear()
        self.search.setFocus()
        if not found.households:
            self.message.error(
                self.tr("Nothing found for “{text}”. Check the address or the number.").format(
                    text=found.query or text.strip()
                )
            )
            return
        if found.voucher_account_id is not None:
            self._member_vouchers(found.voucher_account_id, found.households[0].id)
        if len(found.households) == 1:
            self.households.hide()
            self.show_household(found.households[0].id)
            return
        self.households.set_households(found.households)
        self.households.show()
        self._show_bills(None)
        self.message.note(
            self.tr("{count} households match: ask the resident's address, then choose.").format(
                count=len(found.households)
            )
        )

    def show_household(self, household_id: str, *, keep_ticks: bool = False) -> None:
        previous = {bill.id for bill in self.bills.checked()} if keep_ticks else set()
        try:
            with self.station.database.reading() as session:
                owed = bills.household_bills(session, household_id)
        except UserError as error:
            self.message.error(describe(error))
            return
        if self.voucher_household not in (None, household_id):
            # The accounts shown belong to the resident before: never pay with them here.
            self.voucher_household = None
            self.form.set_voucher_choices([])
        named = set(self.lookup_result.bill_ids) if self.lookup_result else set()
        # A scanned bill or 户号 ticks its own bills; otherwise everything open is ticked.
        ticks = previous or ({b.id for b in owed.bills} & named) or {b.id for b in owed.bills}
        self.current = owed
        self._show_bills(owed, ticks)
        if not owed.bills:
            self.message.ok(
                self.tr("{address} owes nothing now.").format(address=card_address(owed.household))
            )
        elif not keep_ticks:
            self.message.ok(
                self.tr("{address}: {count} open bills, {amount} in all.").format(
                    address=card_address(owed.household),
                    count=len(owed.bills),
                    amount=money(owed.due_fen),
                )
            )

    def _show_bills(self, owed: HouseholdBills | None, ticks: set[str] | None = None) -> None:
        if owed is None:
            self.household.setText(self.tr("No household chosen"))
            self.resident.setText(
                self.tr("Find the household first: its open bills are listed here.")
            )
            self.bills.clear_bills()
            return
        card = owed.household
        self.household.setText(card_address(card))
        self.resident.setText(f"{card.resident_name}  {card.phone}".strip())
        today = self.station.clock.trusted_now().date()
        self.bills.set_bills(owed.bills, ticked=ticks or set(), today=today)

    def _ticks_changed(self) -> None:
        chosen = self.bills.checked()
        total = sum(bill.outstanding_fen for bill in chosen)
        self.ticked.setText(
            self.tr("{ticked} of {count} ticked: {amount}").format(
                ticked=len(chosen), count=len(self.bills.bills()), amount=money(total)
            )
        )
        arrears = sum(bill.arrears_fen for bill in chosen)
        self.arrears.setText(
            self.tr("Including arrears of {amount}.").format(amount=money(arrears))
            if arrears
            else ""
        )
        one_partial = len(chosen) == 1 and chosen[0].allow_partial
        self.form.set_due(
            total,
            partial_allowed=one_partial,
            voucher_room_fen=sum(b.outstanding_fen for b in chosen if b.allow_vouchers),
        )

    # -- vouchers

    def _member_vouchers(self, account_id: str, household_id: str) -> None:
        self.voucher_household = household_id
        with self.station.database.reading() as session:
            now = vouchers.balance(session, account_id, self.station.clock.trusted_now())
        self.form.set_voucher_choices(
            [VoucherChoice(account_id, now.holder_name, now.total_fen, now.frozen)]
        )

    def look_up_vouchers(self) -> None:
        if self.current is None:
            self.form.message.error(self.tr("Find the household first."))
            return
        household_id = self.current.household.id
        try:
            with self.work() as work:
                cards = vouchers.assisted_lookup(work, self.station.settings, household_id)
        except UserError as error:
            self.form.refuse(error)
            return
        if not cards:
            self.form.message.error(self.tr("This household has no voucher account."))
            return
        self.voucher_household = household_id
        self.form.set_voucher_choices(
            [
                VoucherChoice(card.account_id, card.holder_name, card.available_fen, card.frozen)
                for card in cards
            ]
        )
        self.form.message.note("")

    # -- paying

    def _sync(self) -> SyncWorker | None:
        from ui.sync_worker import SyncWorker  # only a paired counter has one

        worker = getattr(self.window(), "sync", None)
        return worker if isinstance(worker, SyncWorker) else None

    def online(self) -> bool:
        """Online when the last sync round reached the platform (and no demo switch is off);
        an unpaired terminal, or one whose last round failed, takes payments offline."""
        worker = self._sync()
        if worker is None:
            return False
        snapshot = worker.snapshot()
        report = snapshot.report
        return bool(report and report.reached_platform and not snapshot.simulated_offline)

    def take_payment(self) -> None:
        if self.busy:
            return
        chosen = self.bills.checked()
        if not chosen:
            self.form.message.error(self.tr("Tick the bills to pay."))
            return
        try:
            tender = self.form.tender()
        except UserError as error:
            self.form.refuse(error)
            return
        actor = self.context.session.actor
        if actor is None:
            self.form.message.error(self.tr("Log in first."))
            return
        station, shift_id = self.station, self.context.session.shift_id
        bill_ids = [bill.id for bill in chosen]
        amounts = {bill_ids[0]: tender.part_fen} if tender.part_fen is not None else None
        account_id = self.form.voucher_account_id() if tender.voucher_fen else None
        online = self.online()

        def pay() -> PaymentResult:
            with station.work(actor, shift_id=shift_id) as work:
                return bills.pay(
                    work,
                    bill_ids,
                    cash_tendered_fen=tender.cash_tendered_fen,
                    voucher_account_id=account_id,
                    voucher_fen=tender.voucher_fen,
                    amounts=amounts,
                    online=online,
                )

        self.busy = True
        self.form.confirm.setEnabled(False)
        self.form.message.note(self.tr("Taking the payment…"))
        self.context.tasks.run(pay, on_done=self._paid, on_error=self._refused)

    def _paid(self, result: PaymentResult) -> None:
        self.busy = False
        self.last_payment = result
        if self.context.printing is not None:
            self.context.printing.kick()
        worker = self._sync()
        if worker is not None:
            worker.sync_now()  # pushed at once, the platform's confirmation comes back sooner
        self.form.message.note("")
        self.panel.show_success(result)
        self.success.next_button.setFocus()
        self.message.ok(
            self.tr("Paid: receipt {number}, change {change}.").format(
                number=result.receipt_no, change=money(result.change_fen)
            )
        )

    def _refused(self, error: BaseException) -> None:
        self.busy = False
        self.form.recalculate()
        self.form.refuse(error)
        self.form.cash.setFocus()

    def reprint_last(self) -> None:
        if self.last_payment is None:
            return
        try:
            with self.work() as work:
                bills.reprint_payment(work, self.last_payment.payment_id)
        except UserError as error:
            self.success.printing.setText(describe(error))
            return
        if self.context.printing is not None:
            self.context.printing.kick()
        self.success.printing.setText(self.tr("A copy (副本) is printing."))
