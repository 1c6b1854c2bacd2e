"""Receipt printing: receipt model → layout → text or raster encoding → transport → queue.

See docs PRINTING.md (byte values, python-escpos pitfalls). ``station_app`` code calls
``enqueue_receipt`` inside its business transaction; a worker runs ``PrintQueue``.
"""

from station_app.printing.errors import PrinterError
from station_app.printing.print_queue import (
    PrintQueue,
    enqueue_receipt,
    reprint,
    resolve_uncertain,
    retry_failed,
)
from station_app.printing.print_test import print_test, print_test_command
from station_app.printing.printer import open_printer
from station_app.printing.printer_status import PrinterState, PrinterStatus

__all__ = [
    "PrintQueue",
    "PrinterError",
    "PrinterState",
    "PrinterStatus",
    "enqueue_receipt",
    "open_printer",
    "print_test",
    "print_test_command",
    "reprint",
    "resolve_uncertain",
    "retry_failed",
]
