"""Search (查询): parcels by waybill, phone tail, pickup code and check-in dates; their history."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QVBoxLayout,
    QWidget,
)

from station_app import parcels
from station_app import settings as S
from station_app.i18n import UserError
from station_app.parcels import EventView, ParcelView
from ui.context import AppContext
from ui.errors import describe
from ui.parcels.form import TOUCH, button, caption, line_edit
from ui.parcels.parcel_table import (
    COLLECTOR_NAMES,
    EVENT_NAMES,
    METHOD_NAMES,
    ParcelTable,
    local_time,
    word,
)
from ui.parcels.screen import ParcelScreen


def _day(chosen: QDate) -> date:
    return date(chosen.year(), chosen.month(), chosen.day())


class SearchScreen(ParcelScreen):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.waybill = line_edit(self.tr("Waybill number"), self.tr("Waybill no."))
        self.tail = line_edit(self.tr("Phone tail"), self.tr("Last four"))
        self.tail.setMaxLength(4)
        self.code = line_edit(self.tr("Pickup code"), self.tr("e.g. 3-2-15"))
        self.by_date = QCheckBox(self.tr("Checked in between"))
        self.by_date.setAccessibleName(self.tr("Limit to check-in dates"))
        self.by_date.setMinimumHeight(TOUCH)
        self.since = QDateEdit()
        self.until = QDateEdit()
        for edit, name in ((self.since, self.tr("From date")), (self.until, self.tr("To date"))):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setMinimumHeight(TOUCH)
            edit.setAccessibleName(name)
            edit.setEnabled(False)
            edit.setMinimumWidth(170)
        self.search_button = button(self.tr("Search"), self.tr("Search parcels"), primary=True)
        self.results = ParcelTable(
            self.station,
            ("code", "status", "carrier", "waybill", "phone", "checked_in"),
            self.tr("Parcels found"),
        )
        self.history_title = QLabel(self.tr("History"))
        self.history_title.setObjectName("cardTitle")
        self.history_title.setWordWrap(True)
        self.history = QListWidget()
        self.history.setAccessibleName(self.tr("History of the chosen parcel"))
        self.history.setWordWrap(True)

        form = QGridLayout()
        form.addWidget(caption(self.tr("Waybill"), self.waybill), 0, 0)
        form.addWidget(self.waybill, 0, 1)
        form.addWidget(caption(self.tr("Tail"), self.tail), 0, 2)
        form.addWidget(self.tail, 0, 3)
        form.addWidget(caption(self.tr("Code"), self.code), 0, 4)
        form.addWidget(self.code, 0, 5)
        dates = QHBoxLayout()
        dates.addWidget(self.by_date)
        dates.addSpacing(12)
        dates.addWidget(self.since)
        dates.addWidget(QLabel("—"))
        dates.addWidget(self.until)
        dates.addStretch(1)
        form.addLayout(dates, 1, 0, 1, 5)
        form.addWidget(self.search_button, 1, 5)
        form.setColumnStretch(1, 2)
        form.setColumnStretch(3, 1)
        form.setColumnStretch(5, 1)
        right = QVBoxLayout()
        right.addWidget(self.history_title)
        right.addWidget(self.history, 1)
        columns = QHBoxLayout()
        columns.setSpacing(20)
        columns.addWidget(self.results, 3)
        columns.addLayout(right, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addLayout(columns, 1)

        self.by_date.toggled.connect(self.since.setEnabled)
        self.by_date.toggled.connect(self.until.setEnabled)
        for field in (self.waybill, self.tail, self.code):
            field.returnPressed.connect(self.run_search)
        self.search_button.clicked.connect(self.run_search)
        self.results.itemSelectionChanged.connect(self.show_history)

    def refresh(self) -> None:
        if not self.by_date.isChecked():
            today = self._today()
            self.since.setDate(today.addDays(-7))
            self.until.setDate(today)

    def focus_entry(self) -> None:
        self.waybill.setFocus()

    def run_search(self) -> None:
        since, until = self._bounds()
        try:
            with self.station.database.reading() as session:
                found = parcels.search(
                    session,
                    waybill=self.waybill.text().strip() or None,
                    tail=self.tail.text().strip() or None,
                    code=self.code.text().strip() or None,
                    since=since,
                    until=until,
                )
        except UserError as error:
            self.message.error(describe(error))
            return
        self.results.set_parcels(found)
        self.history.clear()
        self.history_title.setText(self.tr("History"))
        if found:
            self.message.note(self.tr("{count} parcels found.").format(count=len(found)))
            self.results.selectRow(0)
        else:
            self.message.error(self.tr("No parcel matches."))

    def show_history(self) -> None:
        parcel = self.results.current_parcel()
        self.history.clear()
        if parcel is None:
            return
        with self.station.database.reading() as session:
            events = parcels.history(session, parcel.id)
        self.history_title.setText(
            self.tr("History of {code} · {waybill}").format(
                code=parcel.pickup_code, waybill=parcel.waybill_no
            )
        )
        for event in events:
            self.history.addItem(self.describe_event(event))
        if not events:
            # A parcel the platform sent (another counter, or before this one was set up).
            for line in self.describe_facts(parcel):
                self.history.addItem(line)

    def describe_event(self, event: EventView) -> str:
        when = local_time(self.station, event.at, "%Y-%m-%d %H:%M")
        who = event.staff_name or self.tr("platform")
        line = f"{when}  {word(EVENT_NAMES, event.kind)} · {who}"
        details = event.details
        extras = []
        if "method" in details:
            extras.append(
                self.tr("by {method}").format(method=word(METHOD_NAMES, details["method"]))
            )
        if "collector" in details:
            collector = word(COLLECTOR_NAMES, details["collector"])
            name = details.get("name")
            extras.append(f"{collector} {name}" if name else collector)
        if "courier" in details:
            extras.append(self.tr("courier {name}").format(name=details["courier"]))
        if "pickup_code" in details and event.kind in ("checked_in", "pickup_undone"):
            extras.append(self.tr("code {code}").format(code=details["pickup_code"]))
        if "days_in_station" in details:
            extras.append(self.tr("{days} days in station").format(days=details["days_in_station"]))
        if details.get("note") or details.get("reason"):
            extras.append(str(details.get("note") or details.get("reason")))
        return "\n".join([line, *(["    " + " · ".join(extras)] if extras else [])])

    def describe_facts(self, parcel: ParcelView) -> list[str]:
        """What the parcel row itself says, when no event was recorded at this counter."""
        lines = [
            f"{local_time(self.station, parcel.checked_in_at, '%Y-%m-%d %H:%M')}  "
            f"{word(EVENT_NAMES, 'checked_in')}"
        ]
        if parcel.picked_up_at is not None:
            method = word(METHOD_NAMES, parcel.pickup_method)
            lines.append(
                f"{local_time(self.station, parcel.picked_up_at, '%Y-%m-%d %H:%M')}  "
                f"{word(EVENT_NAMES, 'picked_up')}"
                + (" · " + self.tr("by {method}").format(method=method) if method else "")
            )
        if parcel.returned_at is not None:
            lines.append(
                f"{local_time(self.station, parcel.returned_at, '%Y-%m-%d %H:%M')}  "
                f"{word(EVENT_NAMES, 'returned')} · {parcel.return_courier or ''}"
            )
        lines.append(self.tr("Recorded by the platform; no counter events here."))
        return lines

    def _zone(self) -> ZoneInfo:
        return ZoneInfo(self.station.settings.get(S.TIMEZONE))

    def _today(self) -> QDate:
        today = self.station.clock.trusted_now().astimezone(self._zone()).date()
        return QDate(today.year, today.month, today.day)

    def _bounds(self) -> tuple[datetime | None, datetime | None]:
        """The chosen local days as UTC instants: from the first midnight to after the last day."""
        if not self.by_date.isChecked():
            return None, None
        zone = self._zone()
        first = _day(self.since.date())
        last = _day(self.until.date())
        since = datetime.combine(first, time(), tzinfo=zone)
        until = datetime.combine(last + timedelta(days=1), time(), tzinfo=zone)
        return since, until
