"""Return to courier (退件): scan the waybill, name the courier, confirm.

The courier's name stays for the next scan: a courier usually takes several back at once.
Scan (Enter) → the parcel is shown and the cursor is on the courier's name; Enter returns it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from station_app import parcels
from station_app.i18n import UserError
from station_app.parcels import IN_STATION, ParcelView
from ui.context import AppContext
from ui.errors import describe
from ui.parcels.form import button, caption, combo, hint, line_edit
from ui.parcels.parcel_table import ParcelTable, carrier_name
from ui.parcels.screen import ParcelScreen


class ReturnScreen(ParcelScreen):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.waybill = line_edit(self.tr("Waybill number"), self.tr("Scan the waybill"), scan=True)
        self.choice = combo(self.tr("Which parcel"))
        self.choice.setVisible(False)
        self.found = QLabel("—")
        self.found.setObjectName("pickupCode")
        self.found.setAccessibleName(self.tr("Parcel to return"))
        self.found.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.details = hint()
        self.details.setAccessibleName(self.tr("Parcel details"))
        self.courier = line_edit(self.tr("Courier's name"), self.tr("e.g. ZTO Master Wang"))
        self.confirm = button(
            self.tr("Return to courier (Enter)"), self.tr("Return the parcel"), primary=True
        )
        card = QFrame()
        card.setObjectName("card")
        grid = QGridLayout(card)
        grid.setContentsMargins(20, 16, 20, 16)
        grid.addWidget(caption(self.tr("Waybill no."), self.waybill), 0, 0)
        grid.addWidget(self.waybill, 0, 1)
        grid.addWidget(self.choice, 1, 1)
        grid.addWidget(self.found, 2, 0, 1, 2)
        grid.addWidget(self.details, 3, 0, 1, 2)
        grid.addWidget(caption(self.tr("Courier"), self.courier), 4, 0)
        grid.addWidget(self.courier, 4, 1)
        grid.addWidget(self.confirm, 5, 0, 1, 2)
        grid.setColumnStretch(1, 1)
        left = QVBoxLayout()
        left.addWidget(card)
        left.addWidget(self.message)
        left.addStretch(1)
        title = QLabel(self.tr("Returned just now"))
        title.setObjectName("cardTitle")
        self.returned = ParcelTable(
            self.station,
            ("code", "carrier", "waybill", "phone"),
            self.tr("Parcels returned just now"),
        )
        right = QVBoxLayout()
        right.addWidget(title)
        right.addWidget(self.returned, 1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.setSpacing(20)
        layout.addLayout(left, 5)
        layout.addLayout(right, 6)
        self._candidates: list[ParcelView] = []
        self.waybill.returnPressed.connect(self.look_up)
        self.waybill.textEdited.connect(lambda _text: self._show([]))
        self.choice.activated.connect(lambda _index: self._describe())
        self.courier.returnPressed.connect(self.return_parcel)
        self.confirm.clicked.connect(self.return_parcel)

    def focus_entry(self) -> None:
        self.waybill.setFocus()
        self.waybill.selectAll()

    def look_up(self) -> None:
        try:
            waybill = parcels.normalize_waybill(self.waybill.text())
        except UserError as error:
            self.message.error(describe(error))
            self.focus_entry()
            return
        self.waybill.setText(waybill)
        with self.station.database.reading() as session:
            found = parcels.search(session, waybill=waybill, statuses=(IN_STATION,))
        self._show(found)
        if not found:
            self.message.error(
                self.tr("No parcel with waybill {waybill} is in station.").format(waybill=waybill)
            )
            self.focus_entry()
            return
        self.message.note("")
        self.courier.setFocus()
        self.courier.selectAll()

    def return_parcel(self) -> None:
        if not self._candidates:
            self.look_up()
            if not self._candidates:
                return
        parcel = self._chosen()
        try:
            with self.work() as work:
                returned = parcels.return_to_courier(
                    work,
                    waybill_no=parcel.waybill_no,
                    courier=self.courier.text(),
                    carrier=parcel.carrier,
                )
        except UserError as error:
            self.message.error(describe(error))
            self.courier.setFocus()
            return
        self.returned.add(returned, top=True)
        self.message.ok(
            self.tr("{code} · {waybill} returned to {courier}.").format(
                code=returned.pickup_code,
                waybill=returned.waybill_no,
                courier=returned.return_courier,
            )
        )
        self.waybill.clear()
        self._show([])
        self.focus_entry()

    def _show(self, found: list[ParcelView]) -> None:
        self._candidates = found
        self.choice.clear()
        for parcel in found:
            self.choice.addItem(carrier_name(parcel.carrier), parcel.id)
        # Two carriers' parcels can share a number: staff then say which one goes back.
        self.choice.setVisible(len(found) > 1)
        self._describe()

    def _chosen(self) -> ParcelView:
        index = max(self.choice.currentIndex(), 0)
        return self._candidates[index]

    def _describe(self) -> None:
        if not self._candidates:
            self.found.setText("—")
            self.details.clear()
            return
        parcel = self._chosen()
        now = self.station.clock.trusted_now()
        self.found.setText(parcel.pickup_code)
        self.details.setText(
            self.tr("{carrier} · {phone} · {days} days in station").format(
                carrier=carrier_name(parcel.carrier),
                phone=parcels.mask_phone(parcel.phone),
                days=parcel.days_in_station(now),
            )
        )
