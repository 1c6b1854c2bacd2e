"""Settings page for the receipt printer: address, paper width, mode, and a test print.

The test print runs on the shared worker (``ui.tasks.Tasks``), never on the GUI thread;
its result comes back by signal.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from station_app import settings as S
from station_app.printing.errors import PrinterError
from station_app.printing.print_test import print_test
from station_app.printing.printer import PRINTED, PrintOutcome
from station_app.printing.transports import parse_printer_uri
from station_app.settings import Settings
from ui.i18n import tr_message
from ui.tasks import Tasks


class PrinterSettingsPage(QWidget):
    testFinished = Signal(bool, str)
    """(printed, what to tell staff) after a test print."""

    def __init__(
        self,
        settings: Settings,
        tasks: Tasks,
        *,
        station_name: str = "",
        preview_folder: Path | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.settings = settings
        self.tasks = tasks
        self.station_name = station_name
        self.preview_folder = preview_folder

        self.uri = QLineEdit(settings.get(S.PRINTER_URI))
        self.uri.setPlaceholderText("tcp://192.168.1.50:9100")
        self.uri.setToolTip(
            self.tr(
                "tcp://host:9100, serial://COM3?baudrate=9600, win32://printer name,"
                " usb://0x0416:0x5011, file:///path or preview://"
            )
        )
        self.paper = QComboBox()
        self.paper.addItem(self.tr("58 mm (32 characters)"), 32)
        self.paper.addItem(self.tr("80 mm (48 characters)"), 48)
        self.paper.addItem(self.tr("80 mm (42 characters)"), 42)
        self.paper.setCurrentIndex(max(0, self.paper.findData(settings.get(S.PRINTER_COLUMNS))))
        self.mode = QComboBox()
        self.mode.addItem(self.tr("Text (the printer's Chinese font)"), "text")
        self.mode.addItem(self.tr("Image (any printer, any script)"), "raster")
        self.mode.setCurrentIndex(max(0, self.mode.findData(settings.get(S.PRINTER_MODE))))
        self.save = QPushButton(self.tr("Save"))
        self.test = QPushButton(self.tr("Print a test receipt"))
        self.result = QLabel()
        self.result.setWordWrap(True)

        form = QFormLayout()
        form.addRow(self.tr("Printer address"), self.uri)
        form.addRow(self.tr("Paper width"), self.paper)
        form.addRow(self.tr("Print mode"), self.mode)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.save)
        layout.addWidget(self.test)
        layout.addWidget(self.result)
        layout.addStretch(1)

        self.save.clicked.connect(self.apply)
        self.test.clicked.connect(self.print_test)

    def _checked_uri(self) -> str | None:
        uri = self.uri.text().strip()
        if not uri:
            return ""
        try:
            parse_printer_uri(uri)
        except PrinterError as error:
            self.result.setText(tr_message(error.message))
            return None
        return uri

    def apply(self) -> bool:
        """Save the three settings; a bad address is refused and nothing is saved."""
        uri = self._checked_uri()
        if uri is None:
            return False
        self.settings.set(S.PRINTER_URI, uri)
        self.settings.set(S.PRINTER_COLUMNS, int(self.paper.currentData()))
        self.settings.set(S.PRINTER_MODE, str(self.mode.currentData()))
        self.result.setText(self.tr("Saved."))
        return True

    def print_test(self) -> None:
        uri = self._checked_uri()
        if not uri:
            if uri == "":
                self.result.setText(self.tr("Enter the printer address first."))
            return
        columns, mode = int(self.paper.currentData()), str(self.mode.currentData())
        station, folder = self.station_name, self.preview_folder
        self.test.setEnabled(False)
        self.result.setText(self.tr("Printing…"))
        self.tasks.run(
            lambda: print_test(uri, columns, mode, station, preview_folder=folder),
            on_done=self._tested,
            on_error=self._failed,
            serial=False,
        )

    def _tested(self, outcome: PrintOutcome) -> None:
        self.test.setEnabled(True)
        status = tr_message(outcome.status.message)
        if outcome.result == PRINTED:
            text = self.tr("Test receipt sent. Printer: {status}").format(status=status)
        else:
            text = self.tr("Not printed. Printer: {status}").format(status=status)
        self.result.setText(text)
        self.testFinished.emit(outcome.result == PRINTED, text)

    def _failed(self, error: BaseException) -> None:
        self.test.setEnabled(True)
        if isinstance(error, PrinterError):
            text = tr_message(error.message)
        else:
            text = self.tr("The test print failed. The details are in the log.")
        self.result.setText(text)
        self.testFinished.emit(False, text)
