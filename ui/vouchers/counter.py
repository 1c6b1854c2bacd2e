"""The voucher counter (消费券): identify the resident, show the balance, scan items, redeem.

One scan field takes everything (the scanner is a keyboard wedge: fast keys, then Enter):
a member QR identifies the resident; once someone is identified, a barcode goes to the
cart; without a QR, an address or phone finds the household's accounts when the station
allows staff-assisted lookup (the service audits it).

Redeeming checks the offline limits always, online or not (DESIGN.md §5): online only
adds the platform's authority. Online (the last sync round reached the platform) the
redemption's op is pushed at once and the clerk waits up to ``vouchers.online_wait_seconds``:
applied → done; rejected → the engine's settlement reversed it, nothing is spent, the
reason is shown; no answer → it stays pending, like an offline redemption, within the
limits already checked. The receipt prints once the outcome is known (never for a refusal).
An offline-limit refusal names the limit and, when a supervisor may lift it, offers that.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from station_app import bills, catalog, member_qr, vouchers
from station_app import settings as S
from station_app.i18n import QT_TRANSLATE_NOOP, Message, UserError
from station_app.vouchers import CatalogLine, OfflineLimitError, RedemptionResult
from station_app.work import Actor, Work
from ui.bills.bill_table import HouseholdList
from ui.bills.wording import money
from ui.context import AppContext
from ui.errors import describe
from ui.i18n import tr_message
from ui.override_dialog import OverrideDialog, run_guarded
from ui.parcels.form import StatusLine, button, hint, line_edit
from ui.vouchers.balance_card import AccountView, BalanceCard, account_view
from ui.vouchers.cart import CartTable, CatalogList
from ui.vouchers.redemption_receipt import enqueue_redemption_receipt

if TYPE_CHECKING:
    from sync.engine import SyncEngine
    from sync.online_redeem import OnlineAnswer
    from ui.sync_worker import SyncWorker

PLATFORM_REASONS: dict[str, Message] = {
    "account_frozen": QT_TRANSLATE_NOOP(
        "VoucherCounter", "the platform has frozen this voucher account"
    ),
    "insufficient_balance": QT_TRANSLATE_NOOP(
        "VoucherCounter", "the platform says the balance is not enough"
    ),
    "unknown_account": QT_TRANSLATE_NOOP(
        "VoucherCounter", "the platform does not know this voucher account"
    ),
}


@dataclass(frozen=True)
class Attempt:
    """One press of Redeem: what to redeem, and where the answer comes from."""

    account_id: str
    lines: tuple[CatalogLine, ...]
    engine: SyncEngine | None
    """The window's sync engine when online; None redeems offline."""
    wait_seconds: int


def redeem_in(work: Work, attempt: Attempt, override: Actor | None) -> RedemptionResult:
    """The redemption in the caller's unit of work (offline: with its pending receipt)."""
    online = attempt.engine is not None
    work.online = online
    lifted: tuple[str, ...] = ()
    if online:
        # ``redeem`` checks the limits only offline; online they bound a missing answer too.
        total = 0
        for line in attempt.lines:
            entry = catalog.find_item(work.session, line.item)
            total += entry.price_fen * line.quantity if entry else 0
        lifted = vouchers.check_offline_limits(work, attempt.account_id, total, override=override)
    result = vouchers.redeem(work, attempt.account_id, attempt.lines, override=override)
    if online and lifted and override is not None:
        work.audit(
            "voucher.offline_limit_lifted",
            entity="redemption",
            entity_id=result.redemption_id,
            details={"supervisor_id": override.staff_id, "limits": list(lifted)},
        )
    if not online:
        enqueue_redemption_receipt(work, result.redemption_id, pending=True)
    return result


class ResultView(QFrame):
    """Redeemed (spent, left, expiring, receipt, 待确认 or 已确认) or refused by the platform."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self.title = QLabel()
        self.title.setObjectName("cardTitle")
        self.spent_caption = QLabel(self.tr("Spent"))
        self.spent_caption.setObjectName("fieldLabel")
        self.spent = QLabel()
        self.spent.setObjectName("changeAmount")
        self.spent.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.spent.setAccessibleName(self.tr("Amount spent"))
        self.left = QLabel()
        self.left.setObjectName("factValue")
        self.expiring = QLabel()
        self.expiring.setObjectName("voucherExpiry")
        self.expiring.setWordWrap(True)
        self.receipt = QLabel()
        self.receipt.setObjectName("receiptNumber")
        self.receipt.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.state = QLabel()
        self.state.setObjectName("pendingBadge")
        self.state.setAccessibleName(self.tr("Redemption state"))
        self.note = hint()
        self.printing = hint()
        self.next_button = button(
            self.tr("Next resident"), self.tr("Start with the next resident"), primary=True
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 14, 18, 14)
        layout.setSpacing(10)
        layout.addWidget(self.title)
        row = QHBoxLayout()
        row.addWidget(self.spent_caption)
        row.addWidget(self.spent, 1)
        layout.addLayout(row)
        layout.addWidget(self.left)
        layout.addWidget(self.expiring)
        layout.addWidget(self.receipt)
        layout.addWidget(self.state, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.note)
        layout.addWidget(self.printing)
        layout.addStretch(1)
        layout.addWidget(self.next_button)


class VoucherCounter(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.station = context.station
        self.account_id: str | None = None
        self.view: AccountView | None = None
        self.busy = False
        self.attempt: Attempt | None = None
        self.refusal: OfflineLimitError | None = None
        self.dialog: OverrideDialog | None = None
        self.last_answer: OnlineAnswer | None = None

        self.scan = line_edit(
            self.tr("Member QR, item barcode, address or phone"),
            self.tr("Scan the member QR, then the items"),
            scan=True,
        )
        self.find_button = button(self.tr("Enter"), self.tr("Use what was typed"))
        self.message = StatusLine(self.tr("Message"))
        self.households = HouseholdList(self.tr("Households found"))
        self.households.setMaximumHeight(170)
        self.households.hide()
        self.accounts = QListWidget()
        self.accounts.setAccessibleName(self.tr("Voucher accounts of the household"))
        self.accounts.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.accounts.setMaximumHeight(170)
        self.accounts.hide()
        self.balance = BalanceCard(self.station)

        self.catalog = CatalogList(self.tr("Catalog: tap to add"))
        self.catalog.setMinimumHeight(180)
        self.cart = CartTable(self.tr("Items to redeem"))
        self.less = button("−", self.tr("One less of the selected item"))
        self.more = button("+", self.tr("One more of the selected item"))
        self.remove = button(self.tr("Remove"), self.tr("Remove the selected item"))
        for small in (self.less, self.more):
            small.setMinimumWidth(64)
        self.total_caption = QLabel(self.tr("Total"))
        self.total_caption.setObjectName("fieldLabel")
        self.total = QLabel()
        self.total.setObjectName("dueAmount")
        self.total.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.total.setAccessibleName(self.tr("Total to redeem"))
        self.cart_message = StatusLine(self.tr("Redemption message"))
        self.approve = button(
            self.tr("Supervisor approval…"), self.tr("Ask a supervisor to lift the limit")
        )
        self.approve.hide()
        self.confirm = button(self.tr("Redeem"), self.tr("Redeem the vouchers"), primary=True)
        self.confirm.setMinimumHeight(64)

        cart_card = QFrame()
        cart_card.setObjectName("card")
        card = QVBoxLayout(cart_card)
        card.setContentsMargins(16, 12, 16, 12)
        card.setSpacing(8)
        title = QLabel(self.tr("Goods and services"))
        title.setObjectName("cardTitle")
        card.addWidget(title)
        card.addWidget(self.catalog, 4)
        card.addWidget(self.cart, 5)
        buttons = QHBoxLayout()
        buttons.addWidget(self.less)
        buttons.addWidget(self.more)
        buttons.addWidget(self.remove)
        buttons.addStretch(1)
        buttons.addWidget(self.total_caption)
        buttons.addWidget(self.total)
        card.addLayout(buttons)
        card.addWidget(self.cart_message)
        card.addWidget(self.approve)
        card.addWidget(self.confirm)
        self.result = ResultView()
        self.panel = QStackedWidget()
        self.panel.addWidget(cart_card)
        self.panel.addWidget(self.result)
        self.cart_card = cart_card

        search_row = QHBoxLayout()
        search_row.addWidget(self.scan, 1)
        search_row.addWidget(self.find_button)
        left = QVBoxLayout()
        left.addLayout(search_row)
        left.addWidget(self.message)
        left.addWidget(self.households)
        left.addWidget(self.accounts)
        left.addWidget(self.balance, 1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.setSpacing(20)
        layout.addLayout(left, 1)
        layout.addWidget(self.panel, 1)

        self.scan.returnPressed.connect(self.scanned)
        self.find_button.clicked.connect(self.scanned)
        self.households.chosen.connect(self.assisted)
        self.accounts.itemClicked.connect(self._account_clicked)
        self.catalog.chosen.connect(self.add_item)
        self.cart.changed.connect(self._cart_changed)
        self.less.clicked.connect(lambda: self.cart.change(-1))
        self.more.clicked.connect(lambda: self.cart.change(1))
        self.remove.clicked.connect(self.cart.remove)
        self.confirm.clicked.connect(self.redeem)
        self.approve.clicked.connect(self.ask_supervisor)
        self.result.next_button.clicked.connect(self.start_over)
        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        escape.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        escape.activated.connect(self.start_over)
        self._cart_changed()

    # -- screen

    def refresh(self) -> None:
        """Shown again: the catalog and the balance may have changed with a sync."""
        with self.station.database.reading() as session:
            self.catalog.set_entries(catalog.active_items(session))
        if self.account_id is not None and not self.busy:
            self.open_account(self.account_id, quiet=True)

    def focus_entry(self) -> None:
        if self.panel.currentWidget() is self.result:
            self.result.next_button.setFocus()
            return
        self.scan.setFocus()

    def start_over(self) -> None:
        if self.busy:
            return
        self.account_id = None
        self.view = None
        self.scan.clear()
        self.households.clear()
        self.households.hide()
        self.accounts.clear()
        self.accounts.hide()
        self.cart.clear_cart()
        self.balance.show_view(None)
        self._limit_refusal(None)
        self.cart_message.note("")
        self.message.note("")
        self.panel.setCurrentWidget(self.cart_card)
        self.scan.setFocus()

    # -- what was scanned

    def scanned(self) -> None:
        text = self.scan.text().strip()
        self.scan.clear()
        self.scan.setFocus()
        if not text or self.busy:
            return
        if self.panel.currentWidget() is self.result:
            self.start_over()
        if member_qr.looks_like_member_qr(text):
            self.identify(text)
        elif self.account_id is not None:
            self.scan_item(text)
        else:
            self.look_up(text)

    def identify(self, token: str) -> None:
        try:
            with self.station.database.reading() as session:
                member = member_qr.identify_member(session, token, self.station.clock.trusted_now())
        except UserError as error:
            self.message.error(describe(error))
            return
        self.households.hide()
        self.accounts.hide()
        self.open_account(member.account_id)

    def open_account(self, account_id: str, *, quiet: bool = False) -> None:
        try:
            with self.station.database.reading() as session:
                view = account_view(session, account_id, self.station.clock.trusted_now())
        except UserError as error:
            self.message.error(describe(error))
            return
        if account_id != self.account_id:
            self.cart.clear_cart()  # another resident's items never carry over
            self._limit_refusal(None)
        self.account_id = account_id
        self.view = view
        self.balance.show_view(view)
        self._cart_changed()
        if quiet:
            return
        if view.balance.frozen:
            self.message.error(
                self.tr("{name}: the account is frozen by the platform.").format(
                    name=view.balance.holder_name
                )
            )
        else:
            self.message.ok(
                self.tr("{name}: {amount} can be spent now. Scan or tap the items.").format(
                    name=view.balance.holder_name, amount=money(view.balance.total_fen)
                )
            )

    def scan_item(self, code: str) -> None:
        with self.station.database.reading() as session:
            entry = catalog.find_by_barcode(session, code)
        if entry is None:
            self.message.error(
                self.tr("“{code}” is not in the catalog (or not on sale).").format(code=code)
            )
            return
        self.add_item(entry)

    def add_item(self, entry: catalog.CatalogEntry) -> None:
        if self.busy:
            return
        if self.account_id is None:
            self.message.error(self.tr("Scan the resident's member QR code first."))
            return
        if self.panel.currentWidget() is self.result:
            return
        line = self.cart.add(entry)
        self.message.ok(
            self.tr("{item} ×{quantity}").format(item=entry.name, quantity=line.quantity)
        )
        self.scan.setFocus()

    def look_up(self, text: str) -> None:
        """No member QR: find the household, when the station allows assisted lookup."""
        if not self.station.settings.get(S.VOUCHERS_ALLOW_ASSISTED_LOOKUP):
            self.message.error(
                self.tr(
                    "Scan the resident's member QR code first. Looking up vouchers by"
                    " household is switched off at this station."
                )
            )
            return
        try:
            with self.station.database.reading() as session:
                found = bills.find(session, text, now=self.station.clock.trusted_now())
        except UserError as error:
            self.message.error(describe(error))
            return
        if not found.households:
            self.message.error(
                self.tr("Nothing found for “{text}”. Check the address or the number.").format(
                    text=found.query or text
                )
            )
            return
        if len(found.households) == 1:
            self.assisted(found.households[0].id)
            return
        self.households.set_households(found.households)
        self.households.show()
        self.message.note(
            self.tr("{count} households match: ask the resident's address, then choose.").format(
                count=len(found.households)
            )
        )

    def assisted(self, household_id: str) -> None:
        actor = self.context.session.actor
        if actor is None:
            self.message.error(self.tr("Log in first."))
            return
        try:
            with self.station.work(actor, shift_id=self.context.session.shift_id) as work:
                cards = vouchers.assisted_lookup(work, self.station.settings, household_id)
        except UserError as error:
            self.message.error(describe(error))
            return
        self.households.hide()
        if not cards:
            self.message.error(self.tr("This household has no voucher account."))
            return
        if len(cards) == 1:
            self.open_account(cards[0].account_id)
            return
        self.accounts.clear()
        for card in cards:
            text = (
                self.tr("{name}: frozen").format(name=card.holder_name)
                if card.frozen
                else self.tr("{name}: {amount} available").format(
                    name=card.holder_name, amount=money(card.available_fen)
                )
            )
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, card.account_id)
            self.accounts.addItem(item)
        self.accounts.show()
        self.message.note(self.tr("Choose the resident's account."))

    def _account_clicked(self, item: QListWidgetItem) -> None:
        self.accounts.hide()
        self.open_account(str(item.data(Qt.ItemDataRole.UserRole)))

    # -- redeeming

    def _cart_changed(self) -> None:
        total = self.cart.total_fen()
        self.total.setText(money(total))
        self._enable()
        self.confirm.setText(
            self.tr("Redeem {amount}").format(amount=money(total)) if total else self.tr("Redeem")
        )
        if self.refusal is not None:
            self._limit_refusal(None)  # the amount changed: the old refusal no longer applies
            self.cart_message.note("")

    def _sync(self) -> SyncWorker | None:
        from ui.sync_worker import SyncWorker  # only a paired counter has one

        worker = getattr(self.window(), "sync", None)
        return worker if isinstance(worker, SyncWorker) else None

    def online_engine(self) -> SyncEngine | None:
        """The sync engine when the last round reached the platform; None: offline."""
        worker = self._sync()
        if worker is None:
            return None
        snapshot = worker.snapshot()
        report = snapshot.report
        if report and report.reached_platform and not snapshot.simulated_offline:
            return worker.engine
        return None

    def redeem(self) -> None:
        if self.busy or self.account_id is None or not self.cart.cart:
            return
        actor = self.context.session.actor
        if actor is None:
            self.cart_message.error(self.tr("Log in first."))
            return
        self.attempt = Attempt(
            self.account_id,
            tuple(self.cart.lines()),
            self.online_engine(),
            self.station.settings.get(S.VOUCHERS_ONLINE_WAIT_SECONDS),
        )
        attempt, station, shift_id = self.attempt, self.station, self.context.session.shift_id

        def run() -> RedemptionResult:
            with station.work(actor, shift_id=shift_id) as work:
                return redeem_in(work, attempt, None)

        self._busy(True)
        self.cart_message.note(self.tr("Redeeming…"))
        self.context.tasks.run(run, on_done=self._redeemed, on_error=self._refused)

    def ask_supervisor(self) -> None:
        attempt, refusal = self.attempt, self.refusal
        if attempt is None or refusal is None or self.busy:
            return
        self._busy(True)
        self.dialog = run_guarded(
            self.context,
            "raise_offline_limit",
            # A supervisor at the counter lifts it themself (no dialog, no approver).
            lambda work, approver: redeem_in(work, attempt, approver or work.actor),
            parent=self,
            on_done=self._redeemed,
            on_error=self._refused,
            detail=describe(refusal),
        )
        if self.dialog is not None:
            self.dialog.rejected.connect(lambda: self._busy(False))

    def _busy(self, busy: bool) -> None:
        self.busy = busy
        self._enable()

    def _enable(self) -> None:
        frozen = self.view is not None and self.view.balance.frozen
        ready = bool(self.cart.cart) and self.account_id is not None and not frozen
        self.confirm.setEnabled(ready and not self.busy)
        self.approve.setEnabled(not self.busy)
        for widget in (self.less, self.more, self.remove, self.catalog):
            widget.setEnabled(not self.busy)

    def _limit_refusal(self, refusal: OfflineLimitError | None) -> None:
        self.refusal = refusal
        self.approve.setVisible(refusal is not None and refusal.overridable)

    def _refused(self, error: BaseException) -> None:
        self._busy(False)
        self.dialog = None
        self.cart_message.error(describe(error))
        self._limit_refusal(error if isinstance(error, OfflineLimitError) else None)
        if self.refusal is not None and self.refusal.overridable:
            self.cart_message.error(
                self.tr("{reason} A supervisor may approve it.").format(reason=describe(error))
            )
        self.scan.setFocus()

    def _redeemed(self, result: RedemptionResult) -> None:
        self.dialog = None
        self._limit_refusal(None)
        attempt = self.attempt
        engine = attempt.engine if attempt is not None else None
        if engine is None:
            self._finished(result, None)
            return
        from sync.online_redeem import push_and_wait

        actor = self.context.session.actor or Actor.system()
        station, shift_id = self.station, self.context.session.shift_id
        wait = attempt.wait_seconds if attempt is not None else 5

        def confirm() -> OnlineAnswer:
            answer = push_and_wait(engine, result.redemption_id, timeout_seconds=wait)
            if not answer.rejected:
                with station.work(actor, shift_id=shift_id) as work:
                    enqueue_redemption_receipt(
                        work, result.redemption_id, pending=not answer.answered
                    )
            return answer

        self.cart_message.note(
            self.tr("Waiting for the platform's answer (up to {seconds} s)…").format(seconds=wait)
        )
        # Not the serial queue: the wait must not hold up other database work.
        self.context.tasks.run(
            confirm,
            on_done=lambda answer: self._finished(result, answer),
            on_error=lambda error: self._confirm_failed(result, error),
            serial=False,
        )

    def _confirm_failed(self, result: RedemptionResult, error: BaseException) -> None:
        self._finished(result, None)
        self.result.printing.setText(describe(error))

    def _finished(self, result: RedemptionResult, answer: OnlineAnswer | None) -> None:
        self._busy(False)
        self.last_answer = answer
        refused = answer is not None and answer.rejected
        if not refused and self.context.printing is not None:
            self.context.printing.kick()
        worker = self._sync()
        if worker is not None:
            worker.sync_now()  # pushed (or pulled) at once: fresher figures sooner
        if self.account_id is not None:
            self.open_account(self.account_id, quiet=True)
        self.cart_message.note("")
        view = self.result
        left = self.view.balance.total_fen if self.view else result.balance_after.total_fen
        view.spent.setText(money(result.total_fen))
        view.left.setText(self.tr("Left: {amount}").format(amount=money(left)))
        view.receipt.setText(self.tr("Receipt {number}").format(number=result.receipt_no))
        if refused:
            assert answer is not None
            view.title.setText(self.tr("Refused by the platform"))
            view.spent_caption.setText(self.tr("Not spent"))
            view.state.setText(self.tr("Refused"))
            view.state.setObjectName("refusedBadge")
            view.note.setText(
                self.tr("Nothing was spent and no receipt prints: {reason}.").format(
                    reason=self.reason_text(answer.reason)
                )
            )
            view.receipt.hide()
            view.expiring.hide()
            view.printing.setText("")
            self.message.error(
                self.tr("The platform refused the redemption: {reason}.").format(
                    reason=self.reason_text(answer.reason)
                )
            )
        else:
            pending = answer is None or not answer.answered
            view.title.setText(self.tr("Redeemed"))
            view.spent_caption.setText(self.tr("Spent"))
            view.receipt.show()
            view.state.setObjectName("pendingBadge" if pending else "confirmedBadge")
            view.state.setText(self.tr("Pending confirmation") if pending else self.tr("Confirmed"))
            view.note.setText(
                self.tr(
                    "The vouchers are spent. The platform confirms the redemption at the"
                    " next sync; the receipt says so."
                )
                if pending
                else self.tr("The platform has confirmed the redemption.")
            )
            self._show_expiry()
            view.printing.setText(self.tr("The receipt is printing."))
            self.message.ok(
                self.tr("Redeemed {amount}: receipt {number}.").format(
                    amount=money(result.total_fen), number=result.receipt_no
                )
            )
            self.cart.clear_cart()
        view.spent.setProperty("state", "short" if refused else "")  # red: not spent
        for restyled in (view.state, view.spent):
            restyled.style().unpolish(restyled)
            restyled.style().polish(restyled)
        self.panel.setCurrentWidget(view)
        view.next_button.setFocus()

    def _show_expiry(self) -> None:
        # The same words as the balance card: 本月到期 when it is this month.
        shown = self.balance.expiry
        self.result.expiring.setText(shown.text())
        self.result.expiring.setVisible(shown.isVisibleTo(self.balance))

    def reason_text(self, reason: str | None) -> str:
        message = PLATFORM_REASONS.get(reason or "")
        if message is not None:
            return tr_message(message)
        return self.tr("the platform said “{reason}”").format(reason=reason or "?")
