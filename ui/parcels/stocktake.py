"""Stocktake (盘点): choose a shelf, scan every parcel on it, finish → what is missing or extra.

Each scan says at once whether the records expect it on this shelf; the report (audited by
the core) lists parcels expected but not scanned, and scans not expected here.
"""

from __future__ import annotations

from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from station_app import parcels
from station_app.i18n import UserError
from station_app.parcels import ParcelView, StocktakeReport, UnexpectedScan
from station_app.parcels.lookups import in_station_on_shelf
from station_app.parcels.scans import tidy
from station_app.parcels.views import view
from station_app.shelves import parse_code
from ui.context import AppContext
from ui.errors import describe
from ui.parcels.form import button, caption, combo, hint, line_edit
from ui.parcels.parcel_table import ROW_HEIGHT, STATUS_NAMES, ParcelTable, word
from ui.parcels.screen import ParcelScreen


def plain_table(headers: list[str], accessible: str) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setAccessibleName(accessible)
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.verticalHeader().setVisible(False)
    table.verticalHeader().setDefaultSectionSize(ROW_HEIGHT)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
    return table


def append_row(
    table: QTableWidget, texts: list[str], *, top: bool = False, alarm: bool = False
) -> None:
    row = 0 if top else table.rowCount()
    table.insertRow(row)
    for column, text in enumerate(texts):
        item = QTableWidgetItem(text)
        if alarm:
            item.setForeground(QColor("#b00020"))
        table.setItem(row, column, item)


class StocktakeScreen(ParcelScreen):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.expected: dict[str, ParcelView] = {}
        self.scanned: list[str] = []
        self.report: StocktakeReport | None = None

        self.shelf = combo(self.tr("Shelf to count"))
        self.shelf.setPlaceholderText(self.tr("Choose a shelf"))
        self.progress = QLabel()
        self.progress.setObjectName("cardTitle")
        self.start_over = button(self.tr("Start over"), self.tr("Start the count again"))
        self.scan = line_edit(
            self.tr("Scan a parcel on the shelf"),
            self.tr("Scan each parcel's waybill or pickup code"),
            scan=True,
        )
        self.scans = plain_table(
            [self.tr("Scanned"), self.tr("Pickup code"), self.tr("Result")],
            self.tr("Parcels scanned on this shelf"),
        )
        self.finish = button(
            self.tr("Finish count"), self.tr("Finish and compare with the records"), primary=True
        )
        self.summary = QLabel()
        self.summary.setObjectName("cardTitle")
        self.summary.setWordWrap(True)
        self.missing = ParcelTable(
            self.station,
            ("code", "carrier", "waybill", "phone"),
            self.tr("Missing: expected on the shelf, not scanned"),
        )
        self.unexpected = plain_table(
            [self.tr("Scanned"), self.tr("Why it is unexpected")],
            self.tr("Unexpected: scanned, not expected on this shelf"),
        )
        self.unexpected.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.ResizeToContents
        )
        self.unexpected.setWordWrap(True)

        self.shelf.setMinimumWidth(160)
        top = QHBoxLayout()
        top.addWidget(caption(self.tr("Shelf"), self.shelf))
        top.addWidget(self.shelf)
        top.addSpacing(16)
        top.addWidget(self.progress, 1)
        top.addWidget(self.start_over)
        left = QVBoxLayout()
        left.addWidget(self.scan)
        left.addWidget(self.scans, 1)
        left.addWidget(self.finish)
        missing_title = QLabel(self.tr("Missing (expected, not scanned)"))
        missing_title.setObjectName("hint")
        unexpected_title = QLabel(self.tr("Unexpected (scanned, not expected here)"))
        unexpected_title.setObjectName("hint")
        right = QVBoxLayout()
        right.addWidget(self.summary)
        right.addWidget(missing_title)
        right.addWidget(self.missing, 1)
        right.addWidget(unexpected_title)
        right.addWidget(self.unexpected, 1)
        columns = QHBoxLayout()
        columns.setSpacing(20)
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addLayout(top)
        layout.addWidget(
            hint(self.tr("Choose the shelf, scan every parcel on it, then finish the count."))
        )
        layout.addLayout(columns, 1)
        layout.addWidget(self.message)

        self.shelf.activated.connect(lambda _index: self.begin())
        self.start_over.clicked.connect(self.begin)
        self.scan.returnPressed.connect(self.add_scan)
        self.finish.clicked.connect(self.finish_count)
        self._show_progress()

    def refresh(self) -> None:
        shelves = self.shelf_layout().shelves
        if [self.shelf.itemText(i) for i in range(self.shelf.count())] != list(shelves):
            self.shelf.clear()
            self.shelf.addItems(list(shelves))
            self.shelf.setCurrentIndex(-1)

    def focus_entry(self) -> None:
        if self.shelf.currentIndex() < 0:
            self.shelf.setFocus()
        else:
            self.scan.setFocus()

    def choose_shelf(self, label: str) -> None:
        self.shelf.setCurrentIndex(self.shelf.findText(label))
        self.begin()

    def begin(self) -> None:
        """Start (again) on the chosen shelf: read what the records say is on it."""
        self.scanned.clear()
        self.scans.setRowCount(0)
        self.report = None
        self._show_report(None)
        self.expected.clear()
        label = self.shelf.currentText()
        if label:
            with self.station.database.reading() as session:
                for parcel in in_station_on_shelf(session, label):
                    self.expected[parcel.pickup_code] = view(parcel)
                    self.expected[parcel.waybill_no] = self.expected[parcel.pickup_code]
        self.message.note("")
        self._show_progress()
        self.focus_entry()

    def add_scan(self) -> None:
        text = tidy(self.scan.text())
        self.scan.clear()
        if not text:
            return
        if self.shelf.currentIndex() < 0:
            self.message.error(self.tr("Choose the shelf to count first."))
            self.shelf.setFocus()
            return
        slot = parse_code(text)
        key = slot.code if slot else text
        if key in self.scanned:
            self.message.note(self.tr("{scan} was scanned already.").format(scan=key))
            return
        self.scanned.append(key)
        match = self.expected.get(key)
        result = self.tr("On this shelf") if match else self.tr("Not expected here")
        append_row(
            self.scans,
            [text, match.pickup_code if match else "", result],
            top=True,
            alarm=match is None,
        )
        if match is None:
            self.message.error(self.tr("{scan} is not expected on this shelf.").format(scan=text))
        else:
            self.message.note("")
        self._show_progress()

    def finish_count(self) -> None:
        label = self.shelf.currentText()
        try:
            with self.work() as work:
                report = parcels.stocktake(work, label, self.scanned)
        except UserError as error:
            self.message.error(describe(error))
            return
        self.report = report
        self._show_report(report)
        if report.matches:
            self.message.ok(self.tr("Shelf {shelf} matches the records.").format(shelf=label))
        else:
            self.message.error(
                self.tr("Shelf {shelf}: {missing} missing, {unexpected} unexpected.").format(
                    shelf=label, missing=len(report.missing), unexpected=len(report.unexpected)
                )
            )

    def _show_progress(self) -> None:
        expected = len({parcel.id for parcel in self.expected.values()})
        found = len({self.expected[key].id for key in self.scanned if key in self.expected})
        if self.shelf.currentIndex() < 0:
            self.progress.setText(self.tr("No shelf chosen"))
        else:
            self.progress.setText(
                self.tr("Scanned {found} of {expected} expected · {scans} scans").format(
                    found=found, expected=expected, scans=len(self.scanned)
                )
            )
        self.finish.setEnabled(self.shelf.currentIndex() >= 0)

    def _show_report(self, report: StocktakeReport | None) -> None:
        self.unexpected.setRowCount(0)
        if report is None:
            self.summary.setText(self.tr("The report appears here when the count is finished."))
            self.missing.clear_rows()
            return
        self.summary.setText(
            self.tr(
                "Shelf {shelf}: found {found} of {expected}; {missing} missing,"
                " {unexpected} unexpected."
            ).format(
                shelf=report.shelf,
                found=len(report.found),
                expected=report.expected,
                missing=len(report.missing),
                unexpected=len(report.unexpected),
            )
        )
        self.missing.set_parcels(report.missing)
        for scan in report.unexpected:
            append_row(self.unexpected, [scan.scanned, self._why(scan)])

    def _why(self, scan: UnexpectedScan) -> str:
        parcel = scan.parcel
        if scan.reason == "elsewhere" and parcel is not None:
            return self.tr("In station on shelf {shelf} as {code}: put it back there.").format(
                shelf=parcel.shelf, code=parcel.pickup_code
            )
        if scan.reason == "not_in_station" and parcel is not None:
            return self.tr("Left the station already ({status}).").format(
                status=word(STATUS_NAMES, parcel.status)
            )
        return self.tr("Not known at this station.")
