"""Render every receipt kind at 58 and 80 mm into docs/receipts/*.png.

Each receipt goes the whole way a printer sees it: layout → text-mode bytes (FS & +
GB18030) → decoded back by ``tests/printing/escpos_decoder.py`` → drawn. So the pictures
show what the bytes say, not what the layout meant. Also one raster-mode receipt per
width (the ``GS v 0`` image as the printer receives it).

    python scripts/render_receipts.py [--out docs/receipts]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from station_app.printing import sample_receipts  # noqa: E402
from station_app.printing.encoder import encode_raster, encode_text  # noqa: E402
from station_app.printing.layout import layout_receipt  # noqa: E402
from station_app.printing.printer_profile import PrinterProfile  # noqa: E402
from station_app.printing.raster import RasterRenderer  # noqa: E402
from tests.printing.escpos_decoder import decode, render_png  # noqa: E402

WIDTHS = {"58mm": 32, "80mm": 48}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "receipts")
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    renderer = RasterRenderer()
    receipts = sample_receipts.all_samples()
    cases = [(name, receipt, False) for name, receipt in receipts.items()]
    cases.append(("payment_copy", sample_receipts.payment(pending=False), True))
    for paper, columns in WIDTHS.items():
        profile = PrinterProfile.for_columns(columns)
        for name, receipt, copy in cases:
            document = layout_receipt(receipt, columns, copy=copy)
            decoded = decode(encode_text(document, profile, kick_drawer=name == "payment"))
            if decoded.errors:
                print(f"{name} {paper}: {decoded.errors}", file=sys.stderr)
                return 1
            path = args.out / f"{name}_{paper}.png"
            render_png(decoded, profile.dots, columns, renderer).save(path, optimize=True)
            print(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)
        raster = decode(encode_raster(layout_receipt(receipts["payment"], columns), profile))
        path = args.out / f"payment_raster_{paper}.png"
        render_png(raster, profile.dots, columns, renderer).save(path, optimize=True)
        print(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
