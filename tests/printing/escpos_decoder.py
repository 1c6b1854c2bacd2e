"""Reads ESC/POS bytes back into what a Chinese-market printer would print (for tests, docs).

Tokenises the stream, tracks ``FS &`` / ``FS .`` (Chinese mode) and the text attributes,
decodes GB18030 and yields text lines plus markers: ``[CUT partial]``, ``[DRAWER pin2]``,
``[QR payload]``, ``[IMAGE w×h]``, ``[FEED n]``, ``[STATUS? n]``. Anything it does not
understand, a four-byte GB18030 sequence (which the printer ROM cannot print) or a
non-ASCII byte outside Chinese mode is recorded in ``errors``.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PIL import Image, ImageDraw

from station_app.printing.layout import TextLine
from station_app.printing.printer_profile import LINE_DOTS
from station_app.printing.raster import LINE_GAP, PAPER, RasterRenderer, qr_image
from station_app.printing.text_encoding import text_width

ALIGNS = {0: "left", 1: "center", 2: "right", 48: "left", 49: "center", 50: "right"}


@dataclass
class Line:
    text: str
    align: str = "left"
    bold: bool = False
    width_scale: int = 1
    height_scale: int = 1

    @property
    def columns_used(self) -> int:
        return text_width(self.text) * self.width_scale


@dataclass
class Marker:
    kind: str  # CUT DRAWER QR IMAGE FEED STATUS INIT
    value: str = ""
    image: Image.Image | None = None
    module: int = 3

    def __str__(self) -> str:
        return f"[{self.kind} {self.value}]" if self.value else f"[{self.kind}]"


@dataclass
class Decoded:
    items: list[Line | Marker] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    four_byte_sequences: int = 0
    chinese_mode_seen: bool = False

    @property
    def text_lines(self) -> list[Line]:
        return [item for item in self.items if isinstance(item, Line)]

    def lines(self) -> list[str]:
        """Text lines and markers as strings (the golden-file form)."""
        out = []
        for item in self.items:
            if isinstance(item, Line):
                attrs = ""
                if item.width_scale != 1 or item.height_scale != 1:
                    attrs += f"{item.width_scale}x{item.height_scale}"
                if item.bold:
                    attrs += "B"
                align = {"left": "<", "center": "^", "right": ">"}[item.align]
                out.append(f"{align}{attrs:4}|{item.text}")
            elif item.kind not in ("INIT", "STATUS"):
                out.append(str(item))
        return out

    def markers(self, kind: str) -> list[Marker]:
        return [item for item in self.items if isinstance(item, Marker) and item.kind == kind]


def decode(data: bytes) -> Decoded:
    out = Decoded()
    chinese = False
    align, bold, width_scale, height_scale = "left", False, 1, 1
    qr_store = ""
    qr_module = 3
    text = ""
    line_started = False
    i = 0
    n = len(data)

    def need(count: int) -> bytes:
        if i + count > n:
            raise IndexError
        return data[i : i + count]

    def end_line() -> None:
        nonlocal text, line_started
        out.items.append(Line(text, align, bold, width_scale, height_scale))
        text = ""
        line_started = False

    try:
        while i < n:
            byte = data[i]
            if byte == 0x1B:  # ESC
                command = need(2)[1:2]
                i += 2
                if command == b"@":
                    chinese, align, bold, width_scale, height_scale = False, "left", False, 1, 1
                    out.items.append(Marker("INIT"))
                elif command == b"a":
                    align = ALIGNS.get(need(1)[0], "left")
                    i += 1
                elif command == b"E":
                    bold = bool(need(1)[0] & 1)
                    i += 1
                elif command == b"d":
                    out.items.append(Marker("FEED", str(need(1)[0])))
                    i += 1
                elif command == b"p":
                    pin = need(3)[0]
                    out.items.append(Marker("DRAWER", "pin2" if pin in (0, 48) else "pin5"))
                    i += 3
                elif command in (b"!", b"t", b"3", b"M", b"-", b"G", b"J", b"R"):
                    i += 1
                elif command == b"2":
                    pass
                else:
                    out.errors.append(f"unknown ESC {command!r} at {i - 2}")
            elif byte == 0x1D:  # GS
                command = need(2)[1:2]
                i += 2
                if command == b"!":
                    value = need(1)[0]
                    width_scale, height_scale = (value >> 4) + 1, (value & 0x0F) + 1
                    i += 1
                elif command == b"V":
                    mode = need(1)[0]
                    i += 1
                    if mode in (65, 66):
                        i += 1
                    kind = "full" if mode in (0, 48, 65) else "partial"
                    out.items.append(Marker("CUT", kind))
                elif command == b"(":
                    head = need(3)
                    function, size = head[0:1], head[1] + head[2] * 256
                    body = data[i + 3 : i + 3 + size]
                    i += 3 + size
                    if function == b"k" and body[:1] == b"1":
                        fn = body[1:2]
                        if fn == b"C":
                            qr_module = body[2]
                        elif fn == b"P":
                            qr_store = body[3:].decode("utf-8")
                        elif fn == b"Q":
                            out.items.append(Marker("QR", qr_store, module=qr_module))
                elif command == b"v":
                    head = need(6)
                    width_bytes, height = head[2] + head[3] * 256, head[4] + head[5] * 256
                    raw = need(6 + width_bytes * height)[6:]
                    i += 6 + width_bytes * height
                    bitmap = Image.frombytes("1", (width_bytes * 8, height), raw)
                    # a set bit is ink: show it black on white paper
                    image = bitmap.convert("L").point(lambda v: 0 if v else 255)
                    out.items.append(Marker("IMAGE", f"{width_bytes * 8}×{height}", image))
                elif command in (b"B", b"b", b"H", b"f", b"h", b"w", b"L", b"W"):
                    i += 1 if command not in (b"L", b"W") else 2
                else:
                    out.errors.append(f"unknown GS {command!r} at {i - 2}")
            elif byte == 0x1C:  # FS
                command = need(2)[1:2]
                i += 2
                if command == b"&":
                    chinese = True
                    out.chinese_mode_seen = True
                elif command == b".":
                    chinese = False
                else:
                    out.errors.append(f"unknown FS {command!r} at {i - 2}")
            elif byte == 0x10:  # DLE
                command = need(3)
                i += 3
                if command[1] == 0x04:
                    out.items.append(Marker("STATUS", str(command[2])))
                else:
                    out.errors.append(f"unknown DLE {command[1:2]!r} at {i - 3}")
            elif byte == 0x0A:
                end_line()
                i += 1
            elif byte == 0x0D:
                i += 1
            elif byte < 0x20 or byte == 0x7F:
                out.errors.append(f"stray control byte 0x{byte:02x} at {i}")
                i += 1
            elif byte < 0x80:
                text += chr(byte)
                line_started = True
                i += 1
            elif chinese and 0x81 <= byte <= 0xFE:
                second = need(2)[1]
                if 0x30 <= second <= 0x39:
                    out.four_byte_sequences += 1
                    out.errors.append(f"four-byte GB18030 sequence at {i}: {need(4).hex()}")
                    text += need(4).decode("gb18030", errors="replace")
                    i += 4
                else:
                    try:
                        text += need(2).decode("gb18030")
                    except UnicodeDecodeError:
                        out.errors.append(f"invalid GB18030 at {i}: {need(2).hex()}")
                        text += "\ufffd"
                    i += 2
                line_started = True
            else:
                out.errors.append(
                    f"byte 0x{byte:02x} at {i} outside Chinese mode"
                    if not chinese
                    else f"invalid GB18030 lead byte 0x{byte:02x} at {i}"
                )
                text += "\ufffd"
                i += 1
    except IndexError:
        out.errors.append(f"stream cut short at {i}")
    if line_started:
        out.errors.append(f"text without a line feed at the end: {text!r}")
        end_line()
    return out


def render_png(
    decoded: Decoded, dots: int, columns: int, renderer: RasterRenderer | None = None
) -> Image.Image:
    """Draw decoded receipt as paper would show it (text re-drawn from the decoded text)."""
    renderer = renderer or RasterRenderer()
    parts: list[Image.Image] = []
    for item in decoded.items:
        if isinstance(item, Line):
            line = TextLine(item.text, item.align, item.bold, item.width_scale, item.height_scale)  # type: ignore[arg-type]
            parts.append(renderer.line_image(line, dots, columns))
        elif item.kind == "QR":
            code = qr_image(item.value, item.module)
            part = Image.new("L", (dots, code.height + LINE_GAP), PAPER)
            part.paste(code, ((dots - code.width) // 2, 0))
            parts.append(part)
        elif item.kind == "IMAGE" and item.image is not None:
            part = Image.new("L", (dots, item.image.height), PAPER)
            part.paste(
                item.image.crop((0, 0, min(dots, item.image.width), item.image.height)), (0, 0)
            )
            parts.append(part)
        elif item.kind == "FEED":
            parts.append(Image.new("L", (dots, (LINE_DOTS + LINE_GAP) * int(item.value)), PAPER))
        elif item.kind == "CUT":
            part = Image.new("L", (dots, 12), PAPER)
            draw = ImageDraw.Draw(part)
            for x in range(0, dots, 12):
                draw.line((x, 6, x + 6, 6), fill=160, width=2)
            parts.append(part)
    height = sum(part.height for part in parts) or 1
    margin = 16
    sheet = Image.new("L", (dots + 2 * margin, height + 2 * margin), PAPER)
    y = margin
    for part in parts:
        sheet.paste(part, (margin, y))
        y += part.height
    frame = ImageDraw.Draw(sheet)
    frame.rectangle((0, 0, sheet.width - 1, sheet.height - 1), outline=200)
    return sheet
