"""The voucher balance at the kiosk: what can be spent now, what expires soon, what is coming.

Read at trusted time from the lots of the last sync and the local unsettled ledger
(``vouchers.balance``), exactly what the counter would say.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout

from station_app import vouchers
from station_app.i18n import UserError
from station_app.vouchers import Balance
from ui.kiosk.formats import (
    day_text,
    fill,
    instant_day_text,
    last_day,
    local_day,
    masked_name,
    money,
)
from ui.kiosk.refusals import kind_render
from ui.kiosk.screen import KioskScreen, Render, card, empty_layout, label

if TYPE_CHECKING:
    from ui.kiosk.window import KioskWindow

LOTS_SHOWN = 4
"""Lots listed one by one; the rest are summed in one line (a programme has 120 tranches)."""


class BalanceScreen(KioskScreen):
    def __init__(self, kiosk: KioskWindow) -> None:
        super().__init__(kiosk)
        self.setObjectName("balanceScreen")
        self.balance: Balance | None = None
        self.holder = label("kioskBody")
        self.total_caption = label("kioskHint")
        self.total = label("bigAmount", wrap=False)
        self.expiry = label("expiryNotice")
        self.lots_card, self.lots_box = card()
        self.upcoming_card, self.upcoming_box = card()
        left = QVBoxLayout()
        left.setSpacing(16)
        left.addWidget(self.holder)
        left.addWidget(self.total_caption)
        left.addWidget(self.total)
        left.addWidget(self.expiry)
        left.addWidget(self.message)
        left.addStretch(1)
        right = QVBoxLayout()
        right.setSpacing(20)
        right.addWidget(self.lots_card)
        right.addWidget(self.upcoming_card)
        right.addStretch(1)
        columns = QHBoxLayout()
        columns.setSpacing(40)
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(64, 32, 64, 24)
        layout.setSpacing(20)
        layout.addWidget(self.heading)
        layout.addLayout(columns, 1)
        self.retranslate()

    def show_account(self, account_id: str) -> Render | None:
        """Read the balance; the kind words of a refusal when it cannot be shown."""
        station = self.station
        try:
            with station.database.reading() as session:
                self.balance = vouchers.balance(session, account_id, station.clock.trusted_now())
        except UserError as error:
            self.balance = None
            self.retranslate()
            return kind_render(error)
        self.message.clear_message()
        self.retranslate()
        return None

    def clear(self) -> None:
        super().clear()
        self.balance = None
        self.retranslate()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Your vouchers"))
        self.total_caption.setText(self.tr("You can spend now"))
        found = self.balance
        empty_layout(self.lots_box)
        empty_layout(self.upcoming_box)
        if found is None:
            for shown in (self.holder, self.total, self.expiry):
                shown.clear()
            self.expiry.hide()
            self.lots_card.hide()
            self.upcoming_card.hide()
            return
        self.holder.setText(
            fill(self.tr("Account holder: {name}"), name=masked_name(found.holder_name))
        )
        self.total.setText(money(found.total_fen))
        self.total.setAccessibleName(
            fill(self.tr("You can spend now: {amount}"), amount=money(found.total_fen))
        )
        self._expiry(found)
        self._lots(found)
        self._upcoming(found)
        if found.frozen:
            self.message.error(
                lambda: self.tr("Your voucher account is paused. Please ask at the counter.")
            )

    def _expiry(self, found: Balance) -> None:
        soonest = found.soonest_expiry
        if soonest is None:
            self.expiry.hide()
            return
        station = self.station
        today = local_day(station, station.clock.trusted_now())
        day = last_day(station, soonest.expires_at)
        words = (
            self.tr("Expiring this month: {amount} on {date}")
            if (day.year, day.month) == (today.year, today.month)
            else self.tr("Next expiry: {amount} on {date}")
        )
        self.expiry.setText(fill(words, amount=money(soonest.amount_fen), date=day_text(day)))
        self.expiry.show()

    def _lots(self, found: Balance) -> None:
        heading = label("cardHeading")
        heading.setText(self.tr("Vouchers you can use"))
        self.lots_box.addWidget(heading)
        if not found.lots:
            none = label("cardDetail")
            none.setText(self.tr("None at the moment."))
            self.lots_box.addWidget(none)
        for lot in found.lots[:LOTS_SHOWN]:
            line = label("kioskCardBody")
            if lot.expires_at is None:
                line.setText(
                    fill(self.tr("{amount} · no expiry date"), amount=money(lot.available_fen))
                )
            else:
                line.setText(
                    fill(
                        self.tr("{amount} · use by {date}"),
                        amount=money(lot.available_fen),
                        date=day_text(last_day(self.station, lot.expires_at)),
                    )
                )
            self.lots_box.addWidget(line)
        rest = found.lots[LOTS_SHOWN:]
        if rest:
            more = label("cardDetail")
            more.setText(
                fill(
                    self.tr("and {count} more: {amount}"),
                    count=len(rest),
                    amount=money(sum(lot.available_fen for lot in rest)),
                )
            )
            self.lots_box.addWidget(more)
        self.lots_card.show()

    def _upcoming(self, found: Balance) -> None:
        if not found.upcoming:
            self.upcoming_card.hide()
            return
        heading = label("cardHeading")
        heading.setText(fill(self.tr("Coming credits: {amount}"), amount=money(found.upcoming_fen)))
        self.upcoming_box.addWidget(heading)
        for lot in found.upcoming[: LOTS_SHOWN - 1]:
            line = label("kioskCardBody")
            line.setText(
                fill(
                    self.tr("{amount} from {date}"),
                    amount=money(lot.available_fen),
                    date=instant_day_text(self.station, lot.effective_at),
                )
            )
            self.upcoming_box.addWidget(line)
        rest = found.upcoming[LOTS_SHOWN - 1 :]
        if rest:
            more = label("cardDetail")
            more.setText(
                fill(
                    self.tr("and {count} more: {amount}"),
                    count=len(rest),
                    amount=money(sum(lot.available_fen for lot in rest)),
                )
            )
            self.upcoming_box.addWidget(more)
        self.upcoming_card.show()
