"""Overdue (滞留): parcels in station past the retention days, oldest first.

Staff tick some and ask the platform to remind the residents again, or hand them back to
the courier. Overdue is derived from trusted time, never stored.
"""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from station_app import parcels
from station_app.i18n import UserError
from station_app.parcels import ParcelView
from ui.context import AppContext
from ui.errors import describe
from ui.parcels.form import button, hint, line_edit
from ui.parcels.parcel_table import ParcelTable
from ui.parcels.screen import ParcelScreen

LIST_MAX = 500


class OverdueScreen(ParcelScreen):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.summary = QLabel()
        self.summary.setObjectName("cardTitle")
        self.summary.setWordWrap(True)
        self.table = ParcelTable(
            self.station,
            ("check", "days", "code", "carrier", "waybill", "phone", "name", "checked_in"),
            self.tr("Overdue parcels: tap to tick"),
            checkable=True,
        )
        self.tick_all = button(self.tr("Tick all"), self.tr("Tick all overdue parcels"))
        self.remind = button(
            self.tr("Send reminder"), self.tr("Remind the residents of the ticked parcels")
        )
        self.courier = line_edit(self.tr("Courier taking them back"), self.tr("Courier's name"))
        self.return_button = button(
            self.tr("Return to courier"), self.tr("Return the ticked parcels to the courier")
        )
        actions = QHBoxLayout()
        actions.addWidget(self.tick_all)
        actions.addWidget(self.remind)
        actions.addStretch(1)
        actions.addWidget(self.courier, 1)
        actions.addWidget(self.return_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addWidget(self.summary)
        layout.addWidget(
            hint(self.tr("Days: full days in station. Tick parcels, then remind or return them."))
        )
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        layout.addLayout(actions)
        self.tick_all.clicked.connect(lambda: self.table.check_all(True))
        self.remind.clicked.connect(self.send_reminders)
        self.return_button.clicked.connect(self.return_ticked)
        self.courier.returnPressed.connect(self.return_ticked)

    def refresh(self) -> None:
        station = self.station
        now = station.clock.trusted_now()
        with station.database.reading() as session:
            days = parcels.retention_days(session, station.settings)
            overdue = parcels.list_overdue(session, now=now, retention_days=days, limit=LIST_MAX)
        self.table.set_parcels(overdue)
        self.summary.setText(
            self.tr("{count} parcels in station longer than {days} days").format(
                count=len(overdue), days=days
            )
        )

    def focus_entry(self) -> None:
        self.table.setFocus()

    def _ticked(self) -> list[ParcelView]:
        ticked = self.table.checked()
        if not ticked:
            self.message.error(self.tr("Tick the parcels first."))
        return ticked

    def send_reminders(self) -> None:
        ticked = self._ticked()
        if not ticked:
            return
        try:
            with self.work() as work:
                reminded = parcels.remind(work, [p.id for p in ticked])
        except UserError as error:
            self.message.error(describe(error))
            return
        self.table.check_all(False)
        self.message.ok(
            self.tr("Reminder queued for {count} parcels; it goes out with the next sync.").format(
                count=len(reminded)
            )
        )

    def return_ticked(self) -> None:
        ticked = self._ticked()
        if not ticked:
            return
        if not self.courier.text().strip():
            self.message.error(self.tr("Enter the name of the courier taking them back."))
            self.courier.setFocus()
            return
        try:
            with self.work() as work:
                for parcel in ticked:
                    parcels.return_to_courier(
                        work,
                        waybill_no=parcel.waybill_no,
                        courier=self.courier.text(),
                        carrier=parcel.carrier,
                    )
        except UserError as error:
            self.message.error(describe(error))
            return
        self.refresh()
        self.message.ok(
            self.tr("{count} parcels returned to {courier}.").format(
                count=len(ticked), courier=self.courier.text().strip()
            )
        )
