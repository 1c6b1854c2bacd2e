"""Runs the durable print queue off the GUI thread and tells the screens how it goes.

Services only *enqueue* receipts inside their transaction; this object prints them later,
so a sale never waits on the printer. Call ``kick()`` after enqueueing to print at once.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QTimer, Signal
from sqlalchemy import func, select

from station_app import settings as S
from station_app.db.models import PrintJob
from station_app.printing.errors import PrinterError
from station_app.printing.print_queue import JobResult, PrintQueue
from station_app.printing.printer import PreviewPrinter, ReceiptPrinter, open_printer
from station_app.printing.printer_status import PrinterStatus
from ui.context import AppContext
from ui.receipt_preview import PreviewBridge

log = logging.getLogger(__name__)

ROUND_MS = 3000


class PrintService(QObject):
    status_changed = Signal(object)  # PrinterStatus
    waiting_changed = Signal(int)
    printed = Signal(object)  # JobResult

    def __init__(self, context: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.preview = PreviewBridge(self)
        self._printer: ReceiptPrinter | None = None
        self._printer_key: tuple[str, int, str] | None = None
        self._busy = False
        self._again = False
        station = context.station
        self.queue = PrintQueue(
            station.database,
            self._current_printer,
            clock=station.clock,
            on_status=self._status_from_worker,
        )
        self._status_signal = _StatusCarrier(self)
        self._status_signal.status.connect(self.status_changed)
        self.timer = QTimer(self)
        self.timer.setInterval(ROUND_MS)
        self.timer.timeout.connect(self.kick)

    def start(self) -> None:
        recovered = self.queue.recover()
        if recovered:
            log.warning("%d print jobs were interrupted; marked uncertain", recovered)
        self.timer.start()
        self.kick()

    def stop(self) -> None:
        self.timer.stop()

    def _current_printer(self) -> ReceiptPrinter | None:
        """The configured printer, rebuilt only when the settings change (keeps listeners)."""
        settings = self.context.station.settings
        key = (
            settings.get(S.PRINTER_URI),
            settings.get(S.PRINTER_COLUMNS),
            settings.get(S.PRINTER_MODE),
        )
        if key == self._printer_key:
            return self._printer
        self._printer_key = key
        self._printer = None
        if key[0]:
            try:
                self._printer = open_printer(
                    key[0],
                    columns=key[1],
                    mode=key[2],
                    preview_folder=self.context.station.paths.receipts_dir,
                )
            except PrinterError as error:
                log.error("printer setting unusable: %s", error)
            if isinstance(self._printer, PreviewPrinter):
                self._printer.listeners.append(self.preview.listener)
        return self._printer

    def _status_from_worker(self, status: PrinterStatus) -> None:
        self._status_signal.status.emit(status)  # queued to the GUI thread

    def kick(self) -> None:
        """Print what is queued now (one round at a time, on a worker)."""
        if self._busy:
            self._again = True
            return
        self._busy = True
        self.context.tasks.run(
            self._round, on_done=self._finished, on_error=self._failed, serial=False
        )

    def _round(self) -> tuple[list[JobResult], int]:
        results = self.queue.process_pending()
        if not results:
            self.queue.poll_status()
        with self.context.station.database.reading() as session:
            waiting = session.execute(
                select(func.count()).select_from(PrintJob).where(PrintJob.state == "queued")
            ).scalar_one()
        return results, int(waiting)

    def _finished(self, outcome: tuple[list[JobResult], int]) -> None:
        results, waiting = outcome
        for result in results:
            self.printed.emit(result)
        self.waiting_changed.emit(waiting)
        self._done()

    def _failed(self, error: BaseException) -> None:
        log.error("print round failed: %s", error)
        self._done()

    def _done(self) -> None:
        self._busy = False
        if self._again:
            self._again = False
            self.kick()


class _StatusCarrier(QObject):
    status = Signal(object)
