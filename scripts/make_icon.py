"""Draw the Station POS icon: resources/icons/station.png (256 px) and station.ico.

An original, simple mark (a service station's roof over a parcel, a coin at its side) drawn
with Pillow, so the icon's source is code. Run again after changing the drawing and commit
both outputs: ``python scripts/make_icon.py``.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PIL import Image, ImageDraw

ROOT = Path(__file__).resolve().parent.parent
ICONS = ROOT / "resources" / "icons"
SIZE = 256
SCALE = 4  # drawn large and scaled down: Pillow's shapes are not anti-aliased
ICO_SIZES = [(16, 16), (24, 24), (32, 32), (48, 48), (64, 64), (128, 128), (256, 256)]

TEAL = (15, 118, 110, 255)
WHITE = (255, 255, 255, 255)
TAPE = (204, 230, 226, 255)
GOLD = (245, 180, 40, 255)
GOLD_EDGE = (180, 120, 10, 255)


def draw_icon() -> Image.Image:
    side = SIZE * SCALE

    def px(value: float) -> int:
        return round(value * SCALE)

    image = Image.new("RGBA", (side, side), (0, 0, 0, 0))
    pen = ImageDraw.Draw(image)
    pen.rounded_rectangle((px(8), px(8), px(248), px(248)), radius=px(44), fill=TEAL)
    # The roof: the station that shelters the community's parcels and payments.
    pen.polygon([(px(40), px(112)), (px(128), px(40)), (px(216), px(112))], fill=WHITE)
    pen.rectangle((px(40), px(104), px(216), px(118)), fill=TEAL)
    # The parcel under it, with a strip of tape.
    pen.rounded_rectangle((px(64), px(124), px(192), px(212)), radius=px(10), fill=WHITE)
    pen.rectangle((px(116), px(124), px(140), px(212)), fill=TAPE)
    pen.rectangle((px(64), px(150), px(192), px(160)), fill=TAPE)
    # The coin: bills and vouchers are paid here too.
    pen.ellipse((px(160), px(156), px(236), px(232)), fill=GOLD, outline=GOLD_EDGE, width=px(5))
    stroke = px(7)
    pen.line([(px(181), px(170)), (px(198), px(192))], fill=WHITE, width=stroke)
    pen.line([(px(215), px(170)), (px(198), px(192))], fill=WHITE, width=stroke)
    pen.line([(px(198), px(190)), (px(198), px(218))], fill=WHITE, width=stroke)
    pen.line([(px(184), px(197)), (px(212), px(197))], fill=WHITE, width=px(6))
    pen.line([(px(184), px(208)), (px(212), px(208))], fill=WHITE, width=px(6))
    return image.resize((SIZE, SIZE), Image.Resampling.LANCZOS)


def main() -> int:
    ICONS.mkdir(parents=True, exist_ok=True)
    icon = draw_icon()
    icon.save(ICONS / "station.png", optimize=True)
    icon.save(ICONS / "station.ico", sizes=ICO_SIZES)
    print(f"wrote {ICONS / 'station.png'} and {ICONS / 'station.ico'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
