"""The technician's test print: ``station-app print-test --printer URI [--width 58|80]``.

The page shows the station name, a Chinese line, mixed Chinese/ASCII item names, ￥
amounts, a column ruler (to check the width setting), a QR and a cut.
"""

from __future__ import annotations

import argparse
import sys
from datetime import UTC, datetime
from pathlib import Path

from station_app.printing import sample_receipts
from station_app.printing.errors import PrinterError
from station_app.printing.layout import layout_receipt
from station_app.printing.printer import PrintOutcome, open_printer
from station_app.printing.printer_profile import PAPER_WIDTHS
from station_app.printing.receipts import Header, TestReceipt


def test_receipt(uri: str, columns: int, mode: str, station_name: str) -> TestReceipt:
    now = datetime.now(UTC)
    header = Header(
        station_name=station_name or sample_receipts.STATION,
        terminal_code="TEST",
        receipt_no=f"TEST-{now:%Y%m%d-%H%M%S}",
        issued_at=now,
    )
    return TestReceipt(header, printer=uri, mode=mode, columns=columns)


def print_test(
    uri: str,
    columns: int = 32,
    mode: str = "text",
    station_name: str = "",
    *,
    preview_folder: Path | None = None,
) -> PrintOutcome:
    """Print the test page straight away (not through the queue). Raises ``PrinterError``."""
    printer = open_printer(uri, columns=columns, mode=mode, preview_folder=preview_folder)
    receipt = test_receipt(uri, columns, mode, station_name)
    document = layout_receipt(receipt, columns)
    return printer.print_document(document, label=receipt.header.receipt_no)


def print_test_command(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(
        prog="station-app print-test", description="Print a test receipt on a receipt printer."
    )
    parser.add_argument(
        "--printer",
        required=True,
        metavar="URI",
        help="tcp://host:9100, serial://COM3?baudrate=9600, win32://NAME,"
        " usb://0x0416:0x5011, file:///path or preview:///folder",
    )
    parser.add_argument(
        "--width",
        type=int,
        choices=sorted(PAPER_WIDTHS),
        default=58,
        help="paper width in mm: 58 (32 columns) or 80 (48 columns)",
    )
    parser.add_argument(
        "--columns",
        type=int,
        choices=(32, 42, 48),
        help="characters per line, overriding --width (42 for some 80 mm printers)",
    )
    parser.add_argument(
        "--mode",
        choices=("text", "raster"),
        default="text",
        help="text: the printer's Chinese font; raster: drawn as an image",
    )
    parser.add_argument("--station-name", default="", help="name printed at the top")
    args = parser.parse_args(argv)
    columns = args.columns or PAPER_WIDTHS[args.width]
    try:
        outcome = print_test(
            args.printer,
            columns,
            args.mode,
            args.station_name,
            preview_folder=Path.cwd() / "receipts",
        )
    except PrinterError as error:
        print(f"print-test: {error}", file=sys.stderr)
        return 1
    status = outcome.status
    print(
        f"print-test: {outcome.result}; printer status: {status.message}"
        + (f" ({status.detail})" if status.detail else "")
    )
    if outcome.image is not None:
        print(f"print-test: image saved to {outcome.image}")
    return 0 if outcome.result == "printed" else 2
