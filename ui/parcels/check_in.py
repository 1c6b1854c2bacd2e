"""Check-in (入库): a batch screen the scanner drives.

Scan a waybill (Enter) → carrier suggested, cursor to the phone; type the phone (Enter) →
household matched, pickup code suggested, cursor to the optional name; Enter → checked in,
the parcel tops "this batch" with its code, and the cursor is back for the next scan.
A virtual or landline number asks for the resident's last four in a field that appears only
then. Escape clears the current entry; a refusal keeps the input for correction.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import select

from station_app import parcels
from station_app.carriers import default_book
from station_app.db.models import Resident
from station_app.i18n import UserError
from station_app.parcels import IN_STATION, BadScanError, ParcelView, PhoneNumber
from station_app.shelves import Slot, allocate
from ui.context import AppContext
from ui.errors import describe
from ui.parcels.form import button, caption, combo, hint, line_edit
from ui.parcels.parcel_table import ParcelTable, carrier_name, household_address
from ui.parcels.screen import ParcelScreen


class CheckInScreen(ParcelScreen):
    checked_in = Signal(object)  # ParcelView

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.book = default_book()
        self._last_carrier: str | None = None

        self.waybill = line_edit(self.tr("Waybill number"), self.tr("Scan the waybill"), scan=True)
        self.carrier = combo(self.tr("Carrier"))
        self.carrier.setPlaceholderText(self.tr("Choose the carrier"))
        for carrier in self.book.carriers:
            self.carrier.addItem(carrier.name, carrier.code)
        self.carrier.setCurrentIndex(-1)
        self.phone = line_edit(
            self.tr("Phone number on the waybill"),
            self.tr("11 digits, 138****1234 or a virtual number"),
            scan=True,
        )
        self.tail = line_edit(self.tr("Resident's last four digits"), self.tr("Last four"))
        self.tail.setMaxLength(4)
        self.tail_caption = caption(self.tr("Last four"), self.tail)
        self._show_tail(False)
        self.household = hint()
        self.household.setAccessibleName(self.tr("Household"))
        self.name = line_edit(self.tr("Recipient name (optional)"), self.tr("Optional"))
        self.shelf = combo(self.tr("Shelf"))
        self.layer = combo(self.tr("Layer"))
        self.code_caption = QLabel(self.tr("Pickup code"))
        self.code_caption.setObjectName("hint")
        self.code = QLabel("—")
        self.code.setObjectName("pickupCode")
        self.code.setAccessibleName(self.tr("Pickup code"))
        self.code.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.confirm = button(
            self.tr("Check in (Enter)"), self.tr("Check the parcel in"), primary=True
        )
        self.clear = button(self.tr("Clear (Esc)"), self.tr("Clear this entry"))

        entry = QFrame()
        entry.setObjectName("card")
        grid = QGridLayout(entry)
        grid.setContentsMargins(20, 16, 20, 16)
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(8)
        grid.addWidget(caption(self.tr("Waybill no."), self.waybill), 0, 0)
        grid.addWidget(self.waybill, 0, 1, 1, 3)
        grid.addWidget(caption(self.tr("Carrier"), self.carrier), 1, 0)
        grid.addWidget(self.carrier, 1, 1, 1, 3)
        grid.addWidget(caption(self.tr("Phone"), self.phone), 2, 0)
        grid.addWidget(self.phone, 2, 1, 1, 3)
        grid.addWidget(self.tail_caption, 3, 0)
        grid.addWidget(self.tail, 3, 1, 1, 3)
        grid.addWidget(self.household, 4, 1, 1, 3)
        grid.addWidget(caption(self.tr("Name"), self.name), 5, 0)
        grid.addWidget(self.name, 5, 1, 1, 3)
        grid.addWidget(caption(self.tr("Shelf"), self.shelf), 6, 0)
        grid.addWidget(self.shelf, 6, 1)
        grid.addWidget(caption(self.tr("Layer"), self.layer), 6, 2)
        grid.addWidget(self.layer, 6, 3)
        grid.addWidget(self.code_caption, 7, 0, 1, 4)
        grid.addWidget(self.code, 8, 0, 1, 4)
        buttons = QHBoxLayout()
        buttons.addWidget(self.clear)
        buttons.addWidget(self.confirm, 1)
        grid.addLayout(buttons, 9, 0, 1, 4)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)

        self.batch_title = QLabel()
        self.batch_title.setObjectName("cardTitle")
        self.batch = ParcelTable(
            self.station,
            ("code", "carrier", "waybill", "phone", "name"),
            self.tr("Parcels checked in this batch"),
        )
        right = QVBoxLayout()
        right.addWidget(self.batch_title)
        right.addWidget(self.batch, 1)
        left = QVBoxLayout()
        left.addWidget(entry)
        left.addWidget(self.message)
        left.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.setSpacing(20)
        layout.addLayout(left, 5)
        layout.addLayout(right, 6)
        self._count_batch()

        self.waybill.returnPressed.connect(self._waybill_entered)
        self.phone.returnPressed.connect(self._phone_entered)
        self.tail.returnPressed.connect(self._phone_entered)
        self.name.returnPressed.connect(self.check_in)
        self.confirm.clicked.connect(self.check_in)
        self.clear.clicked.connect(self.clear_entry)
        self.shelf.activated.connect(lambda _index: self._suggest_slot())
        self.layer.activated.connect(lambda _index: self._suggest_slot())
        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        escape.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        escape.activated.connect(self.clear_entry)
        self.refresh()

    # -- screen

    def refresh(self) -> None:
        layout = self.shelf_layout()
        shelves = [self.shelf.itemData(i) for i in range(1, self.shelf.count())]
        if shelves != list(layout.shelves) or self.layer.count() != layout.layers + 1:
            self.shelf.clear()
            self.shelf.addItem(self.tr("Suggested"), None)
            for label in layout.shelves:
                self.shelf.addItem(label, label)
            self.layer.clear()
            self.layer.addItem(self.tr("Any"), None)
            for number in range(1, layout.layers + 1):
                self.layer.addItem(str(number), number)

    def focus_entry(self) -> None:
        self.waybill.setFocus()
        self.waybill.selectAll()

    def clear_entry(self) -> None:
        for field in (self.waybill, self.phone, self.tail, self.name):
            field.clear()
        self._show_tail(False)
        self.household.clear()
        self.shelf.setCurrentIndex(0)
        self.layer.setCurrentIndex(0)
        self.code_caption.setText(self.tr("Pickup code"))
        self.code.setText("—")
        self.message.note("")
        self.focus_entry()

    # -- the scanner's path

    def _waybill_entered(self) -> None:
        try:
            waybill = parcels.normalize_waybill(self.waybill.text())
        except UserError as error:
            self._refuse(error, self.waybill)
            return
        self.waybill.setText(waybill)
        suggestion = self.book.suggest(waybill)
        if suggestion is not None:
            self._choose_carrier(suggestion.code)
            self.message.note("")
        elif self._last_carrier is not None:
            # One courier usually delivers a pile of the same carrier's parcels.
            self._choose_carrier(self._last_carrier)
            self.message.note(
                self.tr("Carrier not recognised from the number: kept {carrier}. Check it.").format(
                    carrier=carrier_name(self._last_carrier)
                )
            )
        else:
            self.carrier.setCurrentIndex(-1)
            self.message.note(self.tr("Carrier not recognised from the number: choose it."))
        duplicate = self._in_station(waybill, self._carrier_code())
        if duplicate is not None:
            self.message.error(
                self.tr("{carrier} {waybill} is already in station with code {code}.").format(
                    carrier=carrier_name(duplicate.carrier),
                    waybill=duplicate.waybill_no,
                    code=duplicate.pickup_code,
                )
            )
            self.waybill.selectAll()
            return
        self.phone.setFocus()
        self.phone.selectAll()

    def _phone_entered(self) -> None:
        number = self._phone_number()
        if number is None:
            return
        self._show_household(number)
        if not self._suggest_slot():
            return
        if not self.waybill.text().strip():
            self.focus_entry()
            return
        self.name.setFocus()
        self.name.selectAll()

    def check_in(self) -> None:
        try:
            waybill = parcels.normalize_waybill(self.waybill.text())
        except UserError as error:
            self._refuse(error, self.waybill)
            return
        code = self._carrier_code()
        if code is None:
            self.message.error(self.tr("Choose the carrier."))
            self.carrier.setFocus()
            return
        number = self._phone_number()
        if number is None:
            return
        layout = self.shelf_layout()
        try:
            with self.work() as work:
                parcel = parcels.check_in(
                    work,
                    layout,
                    waybill_no=waybill,
                    carrier=code,
                    phone=self.phone.text(),
                    tail=self.tail.text() if not self.tail.isHidden() else None,
                    name=self.name.text(),
                    shelf=self.shelf.currentData(),
                    layer=self.layer.currentData(),
                )
        except UserError as error:
            field = self.waybill if isinstance(error, parcels.DuplicateWaybillError) else None
            self._refuse(error, field or self.name)
            return
        self._last_carrier = code
        self.batch.add(parcel, top=True)
        self.batch.setCurrentCell(0, 0)
        self._count_batch()
        self.clear_entry()
        self.code_caption.setText(self.tr("Checked in: write this code on the parcel"))
        self.code.setText(parcel.pickup_code)
        self.message.ok(
            self.tr("{code} · {carrier} {waybill} checked in.").format(
                code=parcel.pickup_code, carrier=carrier_name(parcel.carrier), waybill=waybill
            )
        )
        self.checked_in.emit(parcel)

    # -- parts

    def _phone_number(self) -> PhoneNumber | None:
        """The phone as typed, or None after saying what is missing (maybe the last four)."""
        tail = self.tail.text() if not self.tail.isHidden() and self.tail.text() else None
        try:
            return parcels.parse_phone(self.phone.text(), tail)
        except BadScanError as error:
            if tail is None and self._needs_tail():
                self._show_tail(True)
                self.message.note(
                    self.tr("A virtual or landline number: enter the resident's last four.")
                )
                self.tail.setFocus()
                return None
            self._refuse(error, self.tail if tail is not None else self.phone)
            return None

    def _needs_tail(self) -> bool:
        try:
            parcels.parse_phone(self.phone.text(), "0000")
        except BadScanError:
            return False
        return True

    def _show_tail(self, shown: bool) -> None:
        self.tail.setVisible(shown)
        self.tail_caption.setVisible(shown)
        if not shown:
            self.tail.clear()

    def _show_household(self, number: PhoneNumber) -> None:
        with self.station.database.reading() as session:
            found = parcels.household_candidates(session, number, self.name.text() or None)
            if len(found) == 1:
                names = session.execute(
                    select(Resident.name).where(
                        Resident.household_id == found[0], Resident.phone_tail == number.tail
                    )
                ).scalars()
                address = household_address(session, found[0])
                text = " · ".join([address, *dict.fromkeys(names)])
                self.household.setText(self.tr("Household: {household}").format(household=text))
            elif found:
                self.household.setText(
                    self.tr("{count} households use this number: not matched.").format(
                        count=len(found)
                    )
                )
            else:
                self.household.setText(self.tr("No registered household: kept by phone number."))

    def _suggest_slot(self) -> bool:
        try:
            with self.station.database.reading() as session:
                slot: Slot = allocate(
                    session, self.shelf_layout(), self.shelf.currentData(), self.layer.currentData()
                )
        except UserError as error:
            self.message.error(describe(error))
            self.code.setText("—")
            return False
        self.code_caption.setText(self.tr("Suggested pickup code"))
        self.code.setText(slot.code)
        return True

    def _in_station(self, waybill: str, carrier: str | None) -> ParcelView | None:
        with self.station.database.reading() as session:
            found = parcels.search(session, waybill=waybill, statuses=(IN_STATION,))
        return next((p for p in found if carrier is None or p.carrier == carrier), None)

    def _choose_carrier(self, code: str) -> None:
        self.carrier.setCurrentIndex(self.carrier.findData(code))

    def _carrier_code(self) -> str | None:
        data = self.carrier.currentData()
        return str(data) if data else None

    def _refuse(self, error: BaseException, field: QLineEdit) -> None:
        self.message.error(describe(error))
        field.setFocus()
        field.selectAll()

    def _count_batch(self) -> None:
        self.batch_title.setText(
            self.tr("This batch: {count} parcels").format(count=self.batch.rowCount())
        )
