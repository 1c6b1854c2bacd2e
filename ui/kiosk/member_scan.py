"""Show your member code: the first step of the voucher and bill services.

The member QR is checked offline against the platform's key at trusted time; an expired
or unknown code gets a kind message saying what to do.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QVBoxLayout

from station_app import member_qr
from station_app.i18n import UserError
from station_app.member_qr import MemberIdentity
from ui.i18n import tr_message
from ui.kiosk.refusals import UNREADABLE_QR, kind_render
from ui.kiosk.screen import KioskScreen, label

if TYPE_CHECKING:
    from ui.kiosk.window import KioskWindow

OnMember = Callable[[MemberIdentity], None]


class MemberScanScreen(KioskScreen):
    def __init__(self, kiosk: KioskWindow) -> None:
        super().__init__(kiosk)
        self.setObjectName("memberScanScreen")
        self.purpose = "vouchers"
        self.on_member: OnMember | None = None
        self.steps = label("kioskBody")
        self.arrow = label("kioskHeading", wrap=False)
        self.arrow.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.arrow.setText("▼")
        self.arrow.setAccessibleName("scanner")
        self.hint = label("kioskHint")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(64, 32, 64, 24)
        layout.setSpacing(28)
        layout.addWidget(self.heading)
        layout.addWidget(self.steps)
        layout.addWidget(self.message)
        layout.addStretch(1)
        layout.addWidget(self.hint)
        layout.addWidget(self.arrow)
        self.retranslate()

    def begin(self, purpose: str, on_member: OnMember) -> None:
        self.purpose = purpose
        self.on_member = on_member
        self.message.clear_message()
        self.retranslate()

    def clear(self) -> None:
        super().clear()
        self.on_member = None

    def retranslate(self) -> None:
        headings = {
            "vouchers": self.tr("Check your voucher balance"),
            "bills": self.tr("Pay a bill with vouchers"),
        }
        self.heading.setText(headings.get(self.purpose, headings["vouchers"]))
        self.steps.setText(
            self.tr(
                "1. Open the community app on your phone.\n"
                "2. Touch “Member code”.\n"
                "3. Hold the phone screen under the scanner below."
            )
        )
        self.hint.setText(self.tr("The scanner is below the screen."))
        self.arrow.setAccessibleName(self.tr("The scanner is below the screen."))

    def on_scan(self, text: str) -> None:
        if not member_qr.looks_like_member_qr(text):
            self.message.error(lambda: tr_message(UNREADABLE_QR))
            return
        station = self.station
        try:
            with station.database.reading() as session:
                member = member_qr.identify_member(session, text, station.clock.trusted_now())
        except UserError as error:
            self.message.error(kind_render(error))
            return
        self.message.clear_message()
        if self.on_member is not None:
            self.on_member(member)
