"""Collect a parcel at the kiosk: the pickup code on the keypad, or the member QR.

The resident sees their parcels with the shelf place and a masked phone, takes them from
the shelf, and confirms; the same ``parcels.pick_up`` as the counter records it (evidence:
the recipient), and a pickup slip prints.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout

from station_app import member_qr, parcels
from station_app.i18n import UserError
from station_app.parcels import Evidence, ParcelView
from station_app.shelves import ShelfLayout, parse_code
from ui.i18n import tr_message
from ui.kiosk.formats import fill, isolate, shelf_place
from ui.kiosk.keypad import Keypad
from ui.kiosk.refusals import NO_SUCH_CODE, UNREADABLE_QR, kind_render
from ui.kiosk.screen import (
    KioskScreen,
    card,
    empty_layout,
    label,
    name_button,
    push_button,
)
from ui.parcels.parcel_table import carrier_name
from ui.parcels.pickup_slip import queue_pickup_slip

if TYPE_CHECKING:
    from ui.kiosk.window import KioskWindow

MAX_WRONG_CODES = 5
"""Wrong codes in a row before the keypad rests: pickup codes are short enough to guess."""
REST_MS = 60_000
BY_CODE, BY_QR = "kiosk_code", "kiosk_qr"
_COUNTER_METHOD = {BY_CODE: "code", BY_QR: "member_qr"}


def pickup_method(how: str) -> str:
    """The kiosk's pickup method as the core records it.

    Until the core lists kiosk_code / kiosk_qr among its methods, the counter's method of
    the same kind is recorded (the kiosk actor still shows who handed over).
    """
    return how if how in parcels.PICKUP_METHODS else _COUNTER_METHOD[how]


def shelf_letters(layout: ShelfLayout) -> list[str]:
    """Letters used in shelf labels (A-2-17): the keypad gets a key for each."""
    return sorted({ch for shelf in layout.shelves for ch in shelf if not ch.isdigit()})


class PickupCodeScreen(KioskScreen):
    """Type the pickup code (or scan the member QR)."""

    def __init__(self, kiosk: KioskWindow) -> None:
        super().__init__(kiosk)
        self.setObjectName("pickupCodeScreen")
        self.hint = label("kioskHint")
        self.qr_hint = label("kioskHint")
        letters = shelf_letters(ShelfLayout.from_settings(self.station.settings))
        self.keypad = Keypad(max_length=12, dash=True, letters=letters)
        self.keypad.submitted.connect(self.find_by_code)
        self.keypad.changed.connect(lambda _value: self.message.clear_message())
        self.wrong = 0
        self.rest = QTimer(self)
        self.rest.setSingleShot(True)
        self.rest.setInterval(REST_MS)
        self.rest.timeout.connect(self._rested)
        left = QVBoxLayout()
        left.setSpacing(24)
        left.addWidget(self.heading)
        left.addWidget(self.hint)
        left.addWidget(self.qr_hint)
        left.addWidget(self.message)
        left.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(64, 32, 64, 24)
        layout.setSpacing(48)
        layout.addLayout(left, 1)
        layout.addWidget(self.keypad, 1)
        self.retranslate()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Enter your pickup code"))
        self.hint.setText(
            self.tr("The code is in the text message about your parcel, for example 3-2-1045.")
        )
        self.qr_hint.setText(
            self.tr("Or show the member code in the community app to the scanner.")
        )
        self.keypad.set_ok_text(self.tr("Find my parcel"))
        self.keypad.set_placeholder(self.tr("Pickup code"))

    def clear(self) -> None:
        super().clear()
        self.keypad.clear()

    def find_by_code(self, text: str) -> None:
        if self.rest.isActive():
            self._resting()
            return
        try:
            code = parcels.normalize_code(text).code
            with self.station.database.reading() as session:
                found = parcels.find_by_code(session, code)
        except UserError as error:
            self.message.error(kind_render(error))
            return
        if found is None:
            self.wrong += 1
            self.keypad.clear()
            if self.wrong >= MAX_WRONG_CODES:
                self.rest.start()
                self._resting()
                return
            self.message.error(lambda: tr_message(NO_SUCH_CODE.with_params(code=isolate(code))))
            return
        self.wrong = 0
        self.keypad.clear()
        self.kiosk.parcel_list.show_parcels([found], BY_CODE)
        self.kiosk.open(self.kiosk.parcel_list)

    def on_scan(self, text: str) -> None:
        if member_qr.looks_like_member_qr(text):
            self.find_by_member(text)
        elif parse_code(text) is not None:
            self.find_by_code(text)
        else:
            self.message.error(lambda: tr_message(UNREADABLE_QR))

    def find_by_member(self, token: str) -> None:
        station = self.station
        try:
            with station.database.reading() as session:
                member = member_qr.identify_member(session, token, station.clock.trusted_now())
                household = member.household_id
                found = parcels.find_by_household(session, household) if household else []
        except UserError as error:
            self.message.error(kind_render(error))
            return
        if household is None:
            self.message.error(
                lambda: self.tr(
                    "Your member code is not linked to a home. Please use the pickup code from"
                    " your text message."
                )
            )
            return
        if not found:
            self.message.show_text(
                lambda: self.tr("There are no parcels waiting for your home right now.")
            )
            return
        self.kiosk.parcel_list.show_parcels(found, BY_QR)
        self.kiosk.open(self.kiosk.parcel_list)

    def _resting(self) -> None:
        self.message.error(
            lambda: self.tr(
                "That code was not found several times. Please check your text message, wait"
                " a minute, or ask at the counter."
            )
        )
        self.keypad.setEnabled(False)

    def _rested(self) -> None:
        self.rest.stop()
        self.wrong = 0
        self.keypad.setEnabled(True)
        self.message.clear_message()


class ParcelListScreen(KioskScreen):
    """The resident's parcels: where they are; "I have taken them" confirms."""

    def __init__(self, kiosk: KioskWindow) -> None:
        super().__init__(kiosk)
        self.setObjectName("parcelListScreen")
        self.parcels: list[ParcelView] = []
        self.how = BY_CODE
        self.hint = label("kioskHint")
        scroll, self.list_layout = self.card_list()
        self.taken = push_button("kioskPrimary", height=88)
        self.taken.clicked.connect(self.confirm)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(64, 32, 64, 24)
        layout.setSpacing(20)
        layout.addWidget(self.heading)
        layout.addWidget(self.hint)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.taken)
        self.retranslate()

    def show_parcels(self, found: Sequence[ParcelView], how: str) -> None:
        self.parcels = list(found)
        self.how = how
        self.message.clear_message()
        self.retranslate()

    def clear(self) -> None:
        super().clear()
        self.parcels = []
        empty_layout(self.list_layout)
        self.retranslate()

    def retranslate(self) -> None:
        count = len(self.parcels)
        self.heading.setText(fill(self.tr("Your parcels: {count}"), count=count))
        self.hint.setText(self.tr("Take them from the shelf shown, then touch the green button."))
        name_button(self.taken, self.tr("I have taken them"))
        self.taken.setEnabled(bool(self.parcels))
        self._fill()

    def _fill(self) -> None:
        empty_layout(self.list_layout)
        for parcel in self.parcels:
            frame, box = card()
            code = label("cardCode", wrap=False)
            code.setText(parcel.pickup_code)
            place = label("cardHeading")
            place.setText(shelf_place(parcel.shelf, parcel.layer))
            detail = label("cardDetail")
            detail.setText(
                fill(
                    self.tr("{carrier} · phone {phone}"),
                    carrier=carrier_name(parcel.carrier),
                    phone=parcel.masked_phone,
                )
            )
            words = QVBoxLayout()
            words.addWidget(place)
            words.addWidget(detail)
            row = QHBoxLayout()
            row.setSpacing(32)
            row.addWidget(code)
            row.addLayout(words, 1)
            box.addLayout(row)
            frame.setAccessibleName(fill(self.tr("Parcel {code}"), code=parcel.pickup_code))
            self.list_layout.addWidget(frame)
        self.list_layout.addStretch(1)

    def confirm(self) -> None:
        if not self.parcels:
            return
        ids = [parcel.id for parcel in self.parcels]
        evidence = Evidence("self")
        try:
            with self.kiosk.work() as work:
                handed = parcels.pick_up(
                    work, ids, method=pickup_method(self.how), evidence=evidence
                )
                queue_pickup_slip(work, self.station, handed, evidence)
        except UserError as error:
            self.message.error(kind_render(error))
            return
        self.kiosk.receipt_queued()
        count = len(handed)
        self.kiosk.finish(
            lambda: fill(
                self.tr(
                    "Thank you. Parcels marked as collected: {count}. Your slip is printing below."
                ),
                count=count,
            )
        )
