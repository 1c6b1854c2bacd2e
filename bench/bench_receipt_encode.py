"""How long encoding a payment receipt takes, next to a floor measured in the same run.

Prints JSON with median milliseconds:
- text: layout + text-mode encode (GB18030, FS &, sizes, native QR bytes);
  floor: plain ``str.encode("gb18030")`` of the same lines;
- raster: layout + raster encode (glyph-cached drawing + GS v 0), warm renderer;
  ``raster_cold`` includes a fresh renderer (fonts opened, glyph cache empty);
  floor: one bare Pillow ``ImageDraw.text`` of the same lines on an image of the same size.

    python bench/bench_receipt_encode.py [--repeat 50]
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PIL import Image, ImageDraw, ImageFont  # noqa: E402

from station_app.printing import sample_receipts  # noqa: E402
from station_app.printing.encoder import encode_raster, encode_text  # noqa: E402
from station_app.printing.fonts import find_cjk_font  # noqa: E402
from station_app.printing.layout import layout_receipt  # noqa: E402
from station_app.printing.printer_profile import PrinterProfile  # noqa: E402
from station_app.printing.raster import RasterRenderer  # noqa: E402


def median_ms(action: Callable[[], object], repeat: int) -> float:
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        samples.append((time.perf_counter() - start) * 1000)
    return round(statistics.median(samples), 3)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Receipt encoding benchmark")
    parser.add_argument("--repeat", type=int, default=50)
    parser.add_argument("--columns", type=int, default=32, choices=(32, 42, 48))
    args = parser.parse_args(argv)
    receipt = sample_receipts.payment()
    profile = PrinterProfile.for_columns(args.columns)
    lines = layout_receipt(receipt, args.columns).text_lines
    renderer = RasterRenderer()
    raster_image = renderer.render(
        layout_receipt(receipt, args.columns).blocks, profile.dots, args.columns, 6
    )
    font = ImageFont.truetype(str(find_cjk_font()), 24)

    def text() -> bytes:
        return encode_text(layout_receipt(receipt, args.columns), profile)

    def text_floor() -> list[bytes]:
        return [line.encode("gb18030") for line in lines]

    def raster() -> bytes:
        return encode_raster(layout_receipt(receipt, args.columns), profile, renderer=renderer)

    def raster_cold() -> bytes:
        return encode_raster(
            layout_receipt(receipt, args.columns), profile, renderer=RasterRenderer()
        )

    def raster_floor() -> Image.Image:
        image = Image.new("L", raster_image.size, 255)
        ImageDraw.Draw(image).multiline_text((0, 0), "\n".join(lines), font=font, spacing=6)
        return image

    raster()  # warm the glyph cache once, as a running station has
    result = {
        "receipt": "payment",
        "columns": args.columns,
        "repeat": args.repeat,
        "text_ms": median_ms(text, args.repeat),
        "text_floor_ms": median_ms(text_floor, args.repeat),
        "raster_ms": median_ms(raster, args.repeat),
        "raster_cold_ms": median_ms(raster_cold, max(3, args.repeat // 10)),
        "raster_floor_ms": median_ms(raster_floor, args.repeat),
        "text_bytes": len(text()),
        "raster_bytes": len(raster()),
    }
    print(json.dumps(result, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
