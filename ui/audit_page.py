"""The audit viewer for supervisors: filter by staff, action and dates, page, export CSV."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import select

from station_app import permissions
from station_app import settings as S
from station_app.audit_queries import (
    PAGE_SIZE,
    AuditFilters,
    AuditPage,
    AuditRow,
    audit_actions,
    audit_page,
    export_audit_csv,
)
from station_app.db.models import Staff
from station_app.db.types import canonical_json
from station_app.i18n import QT_TRANSLATE_NOOP, Message
from station_app.money import format_fen
from station_app.station import Station
from ui.context import AppContext
from ui.errors import describe
from ui.i18n import tr_message

ACTION_NAMES: dict[str, Message] = {
    "station.set_up": QT_TRANSLATE_NOOP("AuditActions", "Station set up"),
    "staff.login": QT_TRANSLATE_NOOP("AuditActions", "Logged in"),
    "staff.login_failed": QT_TRANSLATE_NOOP("AuditActions", "Wrong PIN at login"),
    "staff.created": QT_TRANSLATE_NOOP("AuditActions", "Staff added"),
    "staff.pin_changed": QT_TRANSLATE_NOOP("AuditActions", "PIN changed"),
    "staff.pin_reset": QT_TRANSLATE_NOOP("AuditActions", "PIN reset"),
    "staff.deactivated": QT_TRANSLATE_NOOP("AuditActions", "Staff deactivated"),
    "override.granted": QT_TRANSLATE_NOOP("AuditActions", "Supervisor approved"),
    "override.refused": QT_TRANSLATE_NOOP("AuditActions", "Supervisor approval refused"),
    "shift.open": QT_TRANSLATE_NOOP("AuditActions", "Shift opened"),
    "shift.close": QT_TRANSLATE_NOOP("AuditActions", "Shift closed"),
    "cash.paid_in": QT_TRANSLATE_NOOP("AuditActions", "Cash paid in"),
    "cash.paid_out": QT_TRANSLATE_NOOP("AuditActions", "Cash paid out"),
    "receipt.reprint": QT_TRANSLATE_NOOP("AuditActions", "Receipt reprinted"),
    "print_job.resolve": QT_TRANSLATE_NOOP("AuditActions", "Print job checked"),
    "parcel.check_in": QT_TRANSLATE_NOOP("AuditActions", "Parcel checked in"),
    "parcel.pick_up": QT_TRANSLATE_NOOP("AuditActions", "Parcel picked up"),
    "parcel.undo_pick_up": QT_TRANSLATE_NOOP("AuditActions", "Pickup undone"),
    "parcel.remind": QT_TRANSLATE_NOOP("AuditActions", "Pickup reminder"),
    "parcel.return": QT_TRANSLATE_NOOP("AuditActions", "Parcel returned to courier"),
    "parcel.stocktake": QT_TRANSLATE_NOOP("AuditActions", "Stocktake"),
    "voucher.redeem": QT_TRANSLATE_NOOP("AuditActions", "Vouchers redeemed"),
    "voucher.redeem_settled": QT_TRANSLATE_NOOP("AuditActions", "Redemption settled"),
    "voucher.refund": QT_TRANSLATE_NOOP("AuditActions", "Vouchers refunded"),
    "voucher.refund_settled": QT_TRANSLATE_NOOP("AuditActions", "Refund settled"),
    "voucher.assisted_lookup": QT_TRANSLATE_NOOP("AuditActions", "Assisted account lookup"),
}

DETAIL_NAMES: dict[str, Message] = {
    "amount_fen": QT_TRANSLATE_NOOP("AuditActions", "Amount"),
    "reason": QT_TRANSLATE_NOOP("AuditActions", "Reason"),
    "float_fen": QT_TRANSLATE_NOOP("AuditActions", "Float"),
    "expected_fen": QT_TRANSLATE_NOOP("AuditActions", "Expected"),
    "counted_fen": QT_TRANSLATE_NOOP("AuditActions", "Counted"),
    "variance_fen": QT_TRANSLATE_NOOP("AuditActions", "Variance"),
    "variance_reason": QT_TRANSLATE_NOOP("AuditActions", "Reason for the difference"),
    "z_number": QT_TRANSLATE_NOOP("AuditActions", "Z no."),
    "action": QT_TRANSLATE_NOOP("AuditActions", "Action"),
    "clerk_name": QT_TRANSLATE_NOOP("AuditActions", "Clerk"),
    "supervisor_name": QT_TRANSLATE_NOOP("AuditActions", "Supervisor"),
    "approved_by_name": QT_TRANSLATE_NOOP("AuditActions", "Approved by"),
    "name": QT_TRANSLATE_NOOP("AuditActions", "Name"),
    "role": QT_TRANSLATE_NOOP("AuditActions", "Role"),
    "locked": QT_TRANSLATE_NOOP("AuditActions", "Locked"),
    "station_name": QT_TRANSLATE_NOOP("AuditActions", "Station"),
    "terminal_name": QT_TRANSLATE_NOOP("AuditActions", "Terminal"),
    "terminal_code": QT_TRANSLATE_NOOP("AuditActions", "Terminal code"),
    "admin_name": QT_TRANSLATE_NOOP("AuditActions", "Administrator"),
}
ROLE_NAMES: dict[str, Message] = {
    "clerk": QT_TRANSLATE_NOOP("AuditActions", "Clerk"),
    "supervisor": QT_TRANSLATE_NOOP("AuditActions", "Supervisor"),
    "admin": QT_TRANSLATE_NOOP("AuditActions", "Administrator"),
}
YES = QT_TRANSLATE_NOOP("AuditActions", "yes")
NO = QT_TRANSLATE_NOOP("AuditActions", "no")
SYSTEM = QT_TRANSLATE_NOOP("AuditActions", "System")
# Ids and sequence numbers mean nothing to a reader; the CSV export keeps them all.
HIDDEN_DETAILS = frozenset({"op_seq", "counted"})
LOGIN_ACTIONS = frozenset({"staff.login", "staff.login_failed"})


def action_name(action: str) -> str:
    message = ACTION_NAMES.get(action)
    return tr_message(message) if message else action


def _detail_value(key: str, value: Any) -> str:
    if isinstance(value, bool):
        return tr_message(YES if value else NO)
    if key.endswith("_fen") and isinstance(value, int):
        return format_fen(value)
    if key == "action" and isinstance(value, str) and value in permissions.ACTION_LABELS:
        return tr_message(permissions.ACTION_LABELS[value])
    if key == "role" and isinstance(value, str) and value in ROLE_NAMES:
        return tr_message(ROLE_NAMES[value])
    return str(value)


def details_text(details: dict[str, Any]) -> str:
    """The entry's details as a reader wants them: known fields named, ids left out."""
    parts = []
    for key, value in details.items():
        if key in HIDDEN_DETAILS or key.endswith("_id") or value is None or value == "":
            continue
        label = DETAIL_NAMES.get(key)
        name = tr_message(label) if label else key
        parts.append(f"{name}: {_detail_value(key, value)}")
    return "  ·  ".join(parts)


@dataclass(frozen=True)
class AuditView:
    page: AuditPage
    staff: list[tuple[str, str]]
    actions: list[str]


def load_audit(station: Station, filters: AuditFilters, page: int) -> AuditView:
    with station.database.reading() as session:
        people = [
            (row.id, row.name)
            for row in session.execute(select(Staff.id, Staff.name).order_by(Staff.name))
        ]
        return AuditView(
            audit_page(session, filters, page=page, page_size=PAGE_SIZE),
            people,
            audit_actions(session),
        )


def export_audit(station: Station, path: Path, filters: AuditFilters, timezone: str) -> int:
    with station.database.reading() as session:
        return export_audit_csv(session, path, filters, timezone=timezone)


COLUMNS = 5


class AuditLogPage(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setObjectName("auditPage")
        self.page_index = 0
        self.pages = 1
        self.rows: list[AuditRow] = []
        self.staff_filter = QComboBox()
        self.staff_filter.setAccessibleName(self.tr("Filter by staff"))
        self.staff_filter.addItem(self.tr("All staff"), None)
        self.action_filter = QComboBox()
        self.action_filter.setAccessibleName(self.tr("Filter by action"))
        self.action_filter.addItem(self.tr("All actions"), None)
        self.action_filter.setMinimumWidth(220)
        self.by_date = QCheckBox(self.tr("Dates"))
        self.by_date.setAccessibleName(self.tr("Filter by dates"))
        self.by_date.setMinimumHeight(48)
        today = QDate.currentDate()
        self.date_from = self._date_edit(today.addDays(-7), self.tr("From date"))
        self.date_to = self._date_edit(today, self.tr("To date"))
        to_label = QLabel(self.tr("to"))
        for combo in (self.staff_filter, self.action_filter):
            combo.setMinimumHeight(48)
            combo.currentIndexChanged.connect(self.reload)
        self.date_from.setEnabled(False)
        self.date_to.setEnabled(False)
        self.by_date.toggled.connect(self._dates_toggled)
        self.date_from.dateChanged.connect(self.reload)
        self.date_to.dateChanged.connect(self.reload)
        self.export_button = QPushButton(self.tr("Export CSV…"))
        self.export_button.setMinimumHeight(48)
        self.export_button.setAccessibleName(self.tr("Export the filtered log as CSV"))
        self.export_button.clicked.connect(self._choose_export_file)
        filters = QHBoxLayout()
        filters.setSpacing(10)
        filters.addWidget(self.staff_filter)
        filters.addWidget(self.action_filter)
        filters.addWidget(self.by_date)
        filters.addWidget(self.date_from)
        filters.addWidget(to_label)
        filters.addWidget(self.date_to)
        filters.addStretch(1)
        filters.addWidget(self.export_button)

        self.table = QTableWidget(0, COLUMNS)
        self.table.setAccessibleName(self.tr("Audit entries"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("No."),
                self.tr("Time"),
                self.tr("Staff"),
                self.tr("Action"),
                self.tr("Details"),
            ]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setDefaultSectionSize(40)
        header = self.table.horizontalHeader()
        for column in range(COLUMNS - 1):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COLUMNS - 1, QHeaderView.ResizeMode.Stretch)

        self.previous_button = QPushButton(self.tr("Previous"))
        self.previous_button.setAccessibleName(self.tr("Previous page"))
        self.next_button = QPushButton(self.tr("Next"))
        self.next_button.setAccessibleName(self.tr("Next page"))
        for button in (self.previous_button, self.next_button):
            button.setObjectName("secondary")
            button.setMinimumSize(120, 48)
        self.previous_button.clicked.connect(lambda: self.go_to(self.page_index - 1))
        self.next_button.clicked.connect(lambda: self.go_to(self.page_index + 1))
        self.page_label = QLabel()
        self.page_label.setObjectName("hint")
        self.page_label.setAccessibleName(self.tr("Page"))
        self.message = QLabel()
        self.message.setObjectName("hint")
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Audit message"))
        pager = QHBoxLayout()
        pager.addWidget(self.previous_button)
        pager.addWidget(self.page_label)
        pager.addWidget(self.next_button)
        pager.addSpacing(16)
        pager.addWidget(self.message, 1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(pager)

    def _date_edit(self, value: QDate, accessible: str) -> QDateEdit:
        edit = QDateEdit(value)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        edit.setMinimumHeight(48)
        edit.setAccessibleName(accessible)
        return edit

    def _dates_toggled(self, on: bool) -> None:
        self.date_from.setEnabled(on)
        self.date_to.setEnabled(on)
        self.reload()

    def _zone(self) -> ZoneInfo:
        return ZoneInfo(self.context.station.settings.get(S.TIMEZONE))

    def _start_of(self, day: date) -> datetime:
        return datetime.combine(day, time(), tzinfo=self._zone()).astimezone(UTC)

    def filters(self) -> AuditFilters:
        since = until = None
        if self.by_date.isChecked():
            first = self.date_from.date().toPython()
            last = self.date_to.date().toPython()
            assert isinstance(first, date) and isinstance(last, date)
            first, last = min(first, last), max(first, last)
            since, until = self._start_of(first), self._start_of(last + timedelta(days=1))
        return AuditFilters(
            staff_id=self.staff_filter.currentData(),
            action=self.action_filter.currentData(),
            since=since,
            until=until,
        )

    def reload(self) -> None:
        self.go_to(0)

    def go_to(self, page: int) -> None:
        station, filters = self.context.station, self.filters()
        self.page_index = max(0, min(page, self.pages - 1)) if page else 0
        index = self.page_index
        self.context.tasks.run(
            lambda: load_audit(station, filters, index), on_done=self._show, on_error=self._failed
        )

    def _show(self, view: AuditView) -> None:
        self._fill_choices(view)
        audit = view.page
        self.rows = audit.rows
        self.pages = audit.pages
        self.page_index = audit.page
        zone = self._zone()
        names = dict(view.staff)
        self.table.setRowCount(len(audit.rows))
        for row, entry in enumerate(audit.rows):
            cells = (
                str(entry.seq),
                entry.at.astimezone(zone).strftime("%Y-%m-%d %H:%M:%S"),
                self._who(entry, names),
                action_name(entry.action),
                details_text(entry.details),
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column == 3:
                    item.setToolTip(entry.action)
                if column == 4:
                    item.setToolTip(canonical_json(entry.details))
                self.table.setItem(row, column, item)
        self.page_label.setText(
            self.tr("Page {page} of {pages} · {total} entries").format(
                page=audit.page + 1, pages=audit.pages, total=audit.total
            )
        )
        self.previous_button.setEnabled(audit.page > 0)
        self.next_button.setEnabled(audit.page + 1 < audit.pages)

    def _who(self, entry: AuditRow, names: dict[str, str]) -> str:
        if entry.staff_name:
            return entry.staff_name
        # A login is checked before anyone is logged in: it is about the staff it names.
        if entry.action in LOGIN_ACTIONS and entry.entity_id in names:
            return names[entry.entity_id]
        return tr_message(SYSTEM)

    def _fill_choices(self, view: AuditView) -> None:
        """New staff or actions since the last look join the lists; the choice stays."""
        for combo, choices in (
            (self.staff_filter, view.staff),
            (self.action_filter, [(action, action_name(action)) for action in view.actions]),
        ):
            chosen = combo.currentData()
            combo.blockSignals(True)
            while combo.count() > 1:
                combo.removeItem(1)
            for value, text in choices:
                combo.addItem(text, value)
            found = combo.findData(chosen) if chosen is not None else 0
            combo.setCurrentIndex(max(0, found))
            combo.blockSignals(False)

    def _failed(self, error: BaseException) -> None:
        self.message.setText(describe(error))

    def _choose_export_file(self) -> None:
        today = datetime.now(self._zone()).strftime("%Y%m%d")
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export the audit log"),
            str(Path.home() / f"audit-{today}.csv"),
            self.tr("CSV files (*.csv)"),
        )
        if name:
            self.export_to(Path(name))

    def export_to(self, path: Path) -> None:
        """Write the entries the filters match (all pages) to ``path`` on the worker."""
        station, filters = self.context.station, self.filters()
        zone = self.context.station.settings.get(S.TIMEZONE)
        self.export_button.setEnabled(False)
        self.message.setText(self.tr("Exporting…"))

        def exported(count: int) -> None:
            self.export_button.setEnabled(True)
            self.message.setText(
                self.tr("Saved {count} entries to {path}").format(count=count, path=path)
            )

        def failed(error: BaseException) -> None:
            self.export_button.setEnabled(True)
            if isinstance(error, OSError):
                self.message.setText(
                    self.tr("The file could not be written: {reason}").format(
                        reason=error.strerror or error
                    )
                )
            else:
                self._failed(error)

        self.context.tasks.run(
            lambda: export_audit(station, path, filters, zone), on_done=exported, on_error=failed
        )
