"""A banner across the counter screen while the printer cannot print (缺纸 / 打印机脱机 /
纸仓盖打开), saying how many receipts wait. Hidden when the printer is fine or unknown."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from station_app.printing.printer_status import PrinterState, PrinterStatus
from ui.i18n import tr_message

SHOWN = frozenset(
    {
        PrinterState.PAPER_OUT,
        PrinterState.COVER_OPEN,
        PrinterState.OFFLINE,
        PrinterState.ERROR,
    }
)


class PrintBanner(QFrame):
    retryRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("printBanner")
        self.setStyleSheet(
            "#printBanner { background: #fff3cd; border: 2px solid #d39e00; border-radius: 6px; }"
            " #printBanner QLabel { color: #5c4400; font-size: 18px; font-weight: bold; }"
        )
        self.message = QLabel()
        self.waiting = QLabel()
        self.retry = QPushButton(self.tr("Try again"))
        self.retry.clicked.connect(self.retryRequested)
        layout = QHBoxLayout(self)
        layout.addWidget(self.message, 1)
        layout.addWidget(self.waiting)
        layout.addWidget(self.retry)
        self.status = PrinterStatus.unknown()
        self._waiting = 0
        self.setVisible(False)

    def set_status(self, status: PrinterStatus) -> None:
        self.status = status
        self.message.setText(tr_message(status.message))
        self._refresh()

    def set_waiting(self, count: int) -> None:
        self._waiting = count
        self._refresh()

    def _refresh(self) -> None:
        self.waiting.setText(
            self.tr("%n receipt(s) waiting", "", self._waiting) if self._waiting else ""
        )
        self.setVisible(self.status.state in SHOWN)
