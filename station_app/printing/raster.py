"""Drawing a laid-out receipt as an image, for printers without a Chinese font ROM.

The image follows the text-mode grid exactly: a column is 12 dots, a line 24 dots plus
line spacing, so a receipt looks the same in both modes and amounts stay aligned. Each
character is drawn in its own cell (a glyph cache makes that fast); a run of characters
the CJK font lacks (Uyghur…) is drawn as a whole by the second font with text shaping,
right-aligned when it reads right to left.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from pathlib import Path

import qrcode
from PIL import Image, ImageChops, ImageDraw, ImageFont

from station_app.printing.fonts import find_cjk_font, find_other_script_font
from station_app.printing.layout import Block, FeedBlock, QrBlock, TextLine
from station_app.printing.printer_profile import DOTS_PER_COLUMN, LINE_DOTS
from station_app.printing.text_encoding import char_width, is_rom_char

LINE_GAP = 6  # ESC/POS default line spacing is 30 dots for a 24-dot font
INK = 0
PAPER = 255


def qr_image(payload: str, module_dots: int) -> Image.Image:
    """The QR code as a greyscale image with a 2-module quiet zone."""
    code = qrcode.QRCode(
        border=2, box_size=module_dots, error_correction=qrcode.constants.ERROR_CORRECT_M
    )
    code.add_data(payload)
    code.make(fit=True)
    matrix = code.get_matrix()
    size = len(matrix)
    small = Image.new("L", (size, size), PAPER)
    small.putdata([INK if dark else PAPER for row in matrix for dark in row])
    return small.resize((size * module_dots, size * module_dots), Image.Resampling.NEAREST)


@dataclass(frozen=True)
class _GlyphKey:
    text: str
    width_scale: int
    height_scale: int
    bold: bool


class RasterRenderer:
    """Draws text lines and QR codes on the 12 × 24-dot grid of a receipt printer."""

    def __init__(self, cjk_font: Path | None = None, other_font: Path | None = None) -> None:
        self.cjk_font = cjk_font or find_cjk_font()
        self.other_font = other_font if other_font is not None else find_other_script_font()
        self._fonts: dict[tuple[Path, int], ImageFont.FreeTypeFont] = {}
        self._glyphs: dict[_GlyphKey, Image.Image] = {}

    def _font(self, path: Path, size: int) -> ImageFont.FreeTypeFont:
        key = (path, size)
        if key not in self._fonts:
            self._fonts[key] = ImageFont.truetype(str(path), size)
        return self._fonts[key]

    def _draw_run(self, text: str, columns: int, font_path: Path, rtl: bool) -> Image.Image:
        """``text`` at 1× in a cell ``columns`` wide, squeezed to fit if it is wider."""
        font = self._font(font_path, LINE_DOTS)
        cell_w = columns * DOTS_PER_COLUMN
        ascent, descent = font.getmetrics()
        scale = min(1.0, LINE_DOTS / (ascent + descent))
        if scale < 1.0:
            font = self._font(font_path, max(8, int(LINE_DOTS * scale)))
            ascent, descent = font.getmetrics()
        advance = max(1, round(font.getlength(text)))
        canvas = Image.new("L", (max(advance, cell_w), LINE_DOTS), PAPER)
        draw = ImageDraw.Draw(canvas)
        baseline = (LINE_DOTS - (ascent + descent)) // 2 + ascent
        if advance <= cell_w:
            x = (cell_w - advance) if rtl else (cell_w - advance) // 2 if len(text) == 1 else 0
        else:
            x = 0
        draw.text((x, baseline), text, font=font, fill=INK, anchor="ls")
        if canvas.width != cell_w:
            canvas = canvas.resize((cell_w, LINE_DOTS), Image.Resampling.BILINEAR)
        return canvas

    def glyph(self, text: str, width_scale: int, height_scale: int, bold: bool) -> Image.Image:
        """One character (or one run of another script) as printed, cached."""
        key = _GlyphKey(text, width_scale, height_scale, bold)
        cached = self._glyphs.get(key)
        if cached is not None:
            return cached
        if len(text) == 1 and is_rom_char(text):
            image = self._draw_run(text, char_width(text), self.cjk_font, rtl=False)
        else:
            rtl = any(unicodedata.bidirectional(c) in ("R", "AL") for c in text)
            font = self.other_font or self.cjk_font
            image = self._draw_run(text, 2 * len(text), font, rtl=rtl)
        if bold:  # double strike one dot to the right, as the printer does
            shifted = Image.new("L", image.size, PAPER)
            shifted.paste(image.crop((0, 0, image.width - 1, image.height)), (1, 0))
            image = ImageChops.darker(image, shifted)
        if width_scale != 1 or height_scale != 1:
            image = image.resize(
                (image.width * width_scale, image.height * height_scale), Image.Resampling.NEAREST
            )
        self._glyphs[key] = image
        return image

    def _runs(self, text: str) -> list[str]:
        """Single ROM characters, and runs of characters the ROM lacks, kept together."""
        runs: list[str] = []
        for char in text:
            if not is_rom_char(char) and runs and not is_rom_char(runs[-1][-1]):
                runs[-1] += char
            else:
                runs.append(char)
        return runs

    def line_image(self, line: TextLine, dots: int, columns: int) -> Image.Image:
        height = LINE_DOTS * line.height_scale + LINE_GAP
        image = Image.new("L", (dots, height), PAPER)
        used = line.columns_used * DOTS_PER_COLUMN
        area = columns * DOTS_PER_COLUMN
        margin = (dots - area) // 2
        if line.align == "center":
            x = margin + (area - used) // 2
        elif line.align == "right":
            x = margin + area - used
        else:
            x = margin
        for run in self._runs(line.text):
            glyph = self.glyph(run, line.width_scale, line.height_scale, line.bold)
            if run.strip():
                image.paste(glyph, (x, 0))
            x += glyph.width
        return image

    def render(
        self, blocks: list[Block] | tuple[Block, ...], dots: int, columns: int, qr_module_dots: int
    ) -> Image.Image:
        """The blocks as one greyscale image ``dots`` wide (QR blocks drawn in)."""
        parts: list[Image.Image] = []
        for block in blocks:
            if isinstance(block, TextLine):
                parts.append(self.line_image(block, dots, columns))
            elif isinstance(block, QrBlock):
                code = qr_image(block.payload, qr_module_dots)
                if code.width > dots:
                    code = code.resize((dots, dots), Image.Resampling.NEAREST)
                part = Image.new("L", (dots, code.height + LINE_GAP), PAPER)
                part.paste(code, ((dots - code.width) // 2, 0))
                parts.append(part)
            elif isinstance(block, FeedBlock):
                parts.append(Image.new("L", (dots, (LINE_DOTS + LINE_GAP) * block.lines), PAPER))
        height = sum(part.height for part in parts) or 1
        sheet = Image.new("L", (dots, height), PAPER)
        y = 0
        for part in parts:
            sheet.paste(part, (0, y))
            y += part.height
        return sheet


def to_bitmap(image: Image.Image) -> Image.Image:
    """Greyscale → 1-bit where a set bit is ink (the order ``GS v 0`` wants)."""
    return image.point(lambda v: 255 if v < 128 else 0, "1")


def raster_commands(image: Image.Image, band_height: int = 256) -> bytes:
    """``GS v 0`` commands for a greyscale image, in bands a small printer buffer can take."""
    bitmap = to_bitmap(image)
    width_bytes = (bitmap.width + 7) // 8
    out = bytearray()
    for top in range(0, bitmap.height, band_height):
        band = bitmap.crop((0, top, bitmap.width, min(bitmap.height, top + band_height)))
        out += b"\x1dv0\x00" + width_bytes.to_bytes(2, "little") + band.height.to_bytes(2, "little")
        out += band.tobytes()
    return bytes(out)
