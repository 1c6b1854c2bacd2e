"""The parcel list every parcel screen shows, and the words it uses for parcels.

Phone numbers are always masked here: the counter screen faces the queue as much as staff.
A checkable table ticks a row when it is tapped anywhere (a whole row is a touch target),
or with Space on the current row.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)
from sqlalchemy.orm import Session

from station_app import settings as S
from station_app.carriers import default_book
from station_app.db.models import Household
from station_app.i18n import QT_TRANSLATE_NOOP, Message
from station_app.parcels import ParcelView, mask_phone
from station_app.station import Station
from ui.i18n import tr_message

ROW_HEIGHT = 52
CODE_PIXELS = 24

STATUS_NAMES: dict[str, Message] = {
    "in_station": QT_TRANSLATE_NOOP("ParcelTable", "In station"),
    "picked_up": QT_TRANSLATE_NOOP("ParcelTable", "Picked up"),
    "returned": QT_TRANSLATE_NOOP("ParcelTable", "Returned"),
}
EVENT_NAMES: dict[str, Message] = {
    "checked_in": QT_TRANSLATE_NOOP("ParcelTable", "Checked in"),
    "picked_up": QT_TRANSLATE_NOOP("ParcelTable", "Picked up"),
    "pickup_undone": QT_TRANSLATE_NOOP("ParcelTable", "Pickup undone"),
    "reminded": QT_TRANSLATE_NOOP("ParcelTable", "Reminder sent"),
    "returned": QT_TRANSLATE_NOOP("ParcelTable", "Returned to courier"),
}
COLLECTOR_NAMES: dict[str, Message] = {
    "self": QT_TRANSLATE_NOOP("ParcelTable", "Recipient"),
    "family": QT_TRANSLATE_NOOP("ParcelTable", "Family"),
    "neighbour": QT_TRANSLATE_NOOP("ParcelTable", "Neighbour"),
}
METHOD_NAMES: dict[str, Message] = {
    "code": QT_TRANSLATE_NOOP("ParcelTable", "pickup code"),
    "phone_tail": QT_TRANSLATE_NOOP("ParcelTable", "phone tail"),
    "member_qr": QT_TRANSLATE_NOOP("ParcelTable", "member QR"),
    "household": QT_TRANSLATE_NOOP("ParcelTable", "household"),
    "waybill": QT_TRANSLATE_NOOP("ParcelTable", "waybill"),
    "kiosk_code": QT_TRANSLATE_NOOP("ParcelTable", "kiosk, pickup code"),
    "kiosk_qr": QT_TRANSLATE_NOOP("ParcelTable", "kiosk, member QR"),
}
ADDRESS = QT_TRANSLATE_NOOP("ParcelTable", "Building {building}, unit {unit}, room {room}")

COLUMN_TITLES: dict[str, Message] = {
    "check": QT_TRANSLATE_NOOP("ParcelTable", "Pick"),
    "code": QT_TRANSLATE_NOOP("ParcelTable", "Pickup code"),
    "days": QT_TRANSLATE_NOOP("ParcelTable", "Days"),
    "carrier": QT_TRANSLATE_NOOP("ParcelTable", "Carrier"),
    "waybill": QT_TRANSLATE_NOOP("ParcelTable", "Waybill no."),
    "phone": QT_TRANSLATE_NOOP("ParcelTable", "Phone"),
    "name": QT_TRANSLATE_NOOP("ParcelTable", "Name"),
    "checked_in": QT_TRANSLATE_NOOP("ParcelTable", "Checked in at"),
    "status": QT_TRANSLATE_NOOP("ParcelTable", "Status"),
    "picked_up": QT_TRANSLATE_NOOP("ParcelTable", "Picked up at"),
    "collector": QT_TRANSLATE_NOOP("ParcelTable", "Collected by"),
}


def word(names: dict[str, Message], key: str | None) -> str:
    """A stored key (status, event kind, collector …) in the current language."""
    if key is None:
        return ""
    message = names.get(key)
    return tr_message(message) if message else key


def carrier_name(code: str) -> str:
    carrier = default_book().get(code)
    return carrier.name if carrier else code


def household_address(session: Session, household_id: str | None) -> str:
    household = session.get(Household, household_id) if household_id else None
    if household is None:
        return ""
    return tr_message(
        ADDRESS.with_params(building=household.building, unit=household.unit, room=household.room)
    )


def local_time(station: Station, instant: datetime | None, pattern: str = "%m-%d %H:%M") -> str:
    if instant is None:
        return ""
    return instant.astimezone(ZoneInfo(station.settings.get(S.TIMEZONE))).strftime(pattern)


class ParcelTable(QTableWidget):
    toggled = Signal()
    """A row was ticked or unticked."""

    def __init__(
        self,
        station: Station,
        columns: Sequence[str],
        accessible: str,
        *,
        checkable: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(0, len(columns), parent)
        assert not checkable or columns[0] == "check", "the tick column comes first"
        self.station = station
        self.columns = tuple(columns)
        self.checkable = checkable
        self._rows: list[ParcelView] = []
        self._tags: dict[str, str] = {}
        self.setAccessibleName(accessible)
        self.setHorizontalHeaderLabels([tr_message(COLUMN_TITLES[key]) for key in columns])
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setWordWrap(False)
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setDefaultSectionSize(ROW_HEIGHT)
        header = self.horizontalHeader()
        header.setMinimumHeight(40)
        for index, key in enumerate(columns):
            mode = (
                QHeaderView.ResizeMode.Stretch
                if key in ("waybill", "name")
                else QHeaderView.ResizeMode.ResizeToContents
            )
            header.setSectionResizeMode(index, mode)
        self.code_font = QFont(self.font())
        self.code_font.setPixelSize(CODE_PIXELS)
        self.code_font.setBold(True)
        if checkable:
            # Ticking by touch must not pull the cursor away from the scan field.
            self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            self.cellClicked.connect(lambda row, _column: self.toggle_row(row))

    # -- rows

    def clear_rows(self) -> None:
        self._rows.clear()
        self._tags.clear()
        self.setRowCount(0)

    def set_parcels(self, parcels: Iterable[ParcelView]) -> None:
        self.clear_rows()
        for parcel in parcels:
            self.add(parcel)

    def add(
        self, parcel: ParcelView, *, checked: bool = False, tag: str = "", top: bool = False
    ) -> bool:
        """Show a parcel (once); False when it is listed already."""
        if self.row_of(parcel.id) is not None:
            return False
        row = 0 if top else len(self._rows)
        self._rows.insert(row, parcel)
        self._tags[parcel.id] = tag
        self.insertRow(row)
        now = self.station.clock.trusted_now()
        for column, key in enumerate(self.columns):
            item = QTableWidgetItem(self._text(key, parcel, now))
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            if key == "check":
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            if key == "code":
                item.setFont(self.code_font)
                item.setForeground(Qt.GlobalColor.darkBlue)
            self.setItem(row, column, item)
        return True

    def _text(self, key: str, parcel: ParcelView, now: datetime) -> str:
        texts = {
            "check": "",
            "code": parcel.pickup_code,
            "days": str(parcel.days_in_station(now)),
            "carrier": carrier_name(parcel.carrier),
            "waybill": parcel.waybill_no,
            "phone": mask_phone(parcel.phone),
            "name": parcel.recipient_name or "",
            "checked_in": local_time(self.station, parcel.checked_in_at),
            "status": word(STATUS_NAMES, parcel.status),
            "picked_up": local_time(self.station, parcel.picked_up_at, "%H:%M"),
            "collector": word(COLLECTOR_NAMES, parcel.collector_kind),
        }
        return texts[key]

    def remove(self, parcel_ids: Iterable[str]) -> None:
        for parcel_id in parcel_ids:
            row = self.row_of(parcel_id)
            if row is not None:
                self.removeRow(row)
                del self._rows[row]
                self._tags.pop(parcel_id, None)

    def parcels(self) -> list[ParcelView]:
        return list(self._rows)

    def row_of(self, parcel_id: str) -> int | None:
        return next((row for row, p in enumerate(self._rows) if p.id == parcel_id), None)

    def tag(self, parcel_id: str) -> str:
        return self._tags.get(parcel_id, "")

    def current_parcel(self) -> ParcelView | None:
        row = self.currentRow()
        return self._rows[row] if 0 <= row < len(self._rows) else None

    # -- ticks

    def is_checked(self, row: int) -> bool:
        item = self.item(row, 0)
        return self.checkable and item is not None and item.checkState() == Qt.CheckState.Checked

    def checked(self) -> list[ParcelView]:
        return [parcel for row, parcel in enumerate(self._rows) if self.is_checked(row)]

    def set_checked(self, parcel_id: str, checked: bool) -> None:
        row = self.row_of(parcel_id)
        if row is not None:
            self._set_row(row, checked)

    def check_all(self, checked: bool) -> None:
        for row in range(len(self._rows)):
            self._set_row(row, checked)

    def toggle_row(self, row: int) -> None:
        if self.checkable and 0 <= row < len(self._rows):
            self._set_row(row, not self.is_checked(row))

    def _set_row(self, row: int, checked: bool) -> None:
        item = self.item(row, 0)
        if item is None or not self.checkable:
            return
        state = Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
        if item.checkState() != state:
            item.setCheckState(state)
            self.toggled.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.checkable and event.key() == Qt.Key.Key_Space:
            self.toggle_row(self.currentRow())
            return
        super().keyPressEvent(event)
