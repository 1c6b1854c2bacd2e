"""Laid-out receipt → the bytes an ESC/POS printer prints.

Text mode: ``ESC @``, ``FS &`` (Chinese mode), then each line as GB18030 with one- and
two-byte characters only, sized with ``GS !``, bold with ``ESC E``, aligned with ``ESC a``.
Raster mode: the same lines drawn by ``raster.RasterRenderer`` and sent as ``GS v 0``.
Both: the QR natively (``GS ( k``, bytes from python-escpos) or as an image, by profile;
a feed and a cut; the cash drawer kick first, so the drawer opens while the paper prints.
"""

from __future__ import annotations

from escpos.constants import CD_KICK_2, CD_KICK_5

from station_app.printing.layout import Block, Document, FeedBlock, QrBlock, TextLine
from station_app.printing.printer_profile import PrinterProfile
from station_app.printing.raster import RasterRenderer, qr_image, raster_commands
from station_app.printing.text_encoding import encode_line

ESC, GS, FS, LF = b"\x1b", b"\x1d", b"\x1c", b"\n"
INIT = ESC + b"@"
CHINESE_ON = FS + b"&"
CHINESE_OFF = FS + b"."
ALIGN = {"left": ESC + b"a\x00", "center": ESC + b"a\x01", "right": ESC + b"a\x02"}
BOLD = {False: ESC + b"E\x00", True: ESC + b"E\x01"}
DRAWER = {2: CD_KICK_2, 5: CD_KICK_5}
"""``ESC p m 50 50``: a 100 ms pulse on pin 2 (most drawers) or pin 5."""
CUT = {"partial": GS + b"VB\x00", "full": GS + b"VA\x00", "none": b""}
"""``GS V 66/65 0``: feed to the cutter, then cut (partial is the default in China)."""
TAIL_FEED_LINES = 3

MODES = ("text", "raster")


def feed(lines: int) -> bytes:
    return ESC + b"d" + bytes((max(0, min(lines, 255)),))


def size(width_scale: int, height_scale: int) -> bytes:
    return GS + b"!" + bytes((((width_scale - 1) << 4) | (height_scale - 1),))


def native_qr(payload: str, module_dots: int) -> bytes:
    """``GS ( k``: model 2, module size, error correction M, store, print (python-escpos)."""
    # Imported here: python-escpos loads its printer database on import (~0.2 s), which
    # the counter should not pay at start-up.
    from escpos.printer import Dummy

    printer = Dummy()
    printer.qr(payload, ec=1, size=module_dots, native=True)
    return bytes(printer.output)


def _qr_bytes(block: QrBlock, profile: PrinterProfile) -> bytes:
    if profile.qr == "native":
        return (
            ALIGN["center"]
            + native_qr(block.payload, profile.qr_module_dots)
            + feed(1)
            + ALIGN["left"]
        )
    from PIL import Image

    code = qr_image(block.payload, profile.qr_module_dots)
    width = min(profile.dots, code.width)
    line = Image.new("L", (profile.dots, code.height), 255)
    line.paste(code.crop((0, 0, width, code.height)), ((profile.dots - width) // 2, 0))
    return raster_commands(line)


def _tail(profile: PrinterProfile) -> bytes:
    return feed(TAIL_FEED_LINES) + CUT[profile.cut]


def encode_text(document: Document, profile: PrinterProfile, *, kick_drawer: bool = False) -> bytes:
    """Text mode for printers with a Chinese font ROM."""
    out = bytearray(INIT)
    if kick_drawer:
        out += DRAWER[profile.drawer_pin]
    out += CHINESE_ON
    align, bold, scale = "left", False, (1, 1)
    for block in document.blocks:
        if isinstance(block, TextLine):
            if block.align != align:
                align = block.align
                out += ALIGN[align]
            if block.bold != bold:
                bold = block.bold
                out += BOLD[bold]
            if (block.width_scale, block.height_scale) != scale:
                scale = (block.width_scale, block.height_scale)
                out += size(*scale)
            out += encode_line(block.text) + LF
        elif isinstance(block, QrBlock):
            if (align, bold, scale) != ("left", False, (1, 1)):
                out += ALIGN["left"] + BOLD[False] + size(1, 1)
                align, bold, scale = "left", False, (1, 1)
            out += _qr_bytes(block, profile)
        elif isinstance(block, FeedBlock):
            out += feed(block.lines)
    out += ALIGN["left"] + BOLD[False] + size(1, 1) + CHINESE_OFF
    out += _tail(profile)
    return bytes(out)


def encode_raster(
    document: Document,
    profile: PrinterProfile,
    *,
    kick_drawer: bool = False,
    renderer: RasterRenderer | None = None,
) -> bytes:
    """Raster mode: no font ROM needed, any script the fonts have."""
    renderer = renderer or RasterRenderer()
    out = bytearray(INIT)
    if kick_drawer:
        out += DRAWER[profile.drawer_pin]
    band: list[Block] = []

    def flush() -> None:
        if band:
            image = renderer.render(band, profile.dots, document.columns, profile.qr_module_dots)
            out.extend(raster_commands(image))
            band.clear()

    for block in document.blocks:
        if isinstance(block, QrBlock) and profile.qr == "native":
            flush()
            out.extend(_qr_bytes(block, profile))
        else:
            band.append(block)
    flush()
    out += _tail(profile)
    return bytes(out)


def encode(
    document: Document,
    profile: PrinterProfile,
    mode: str,
    *,
    kick_drawer: bool = False,
    renderer: RasterRenderer | None = None,
) -> bytes:
    if mode == "text":
        return encode_text(document, profile, kick_drawer=kick_drawer)
    if mode == "raster":
        return encode_raster(document, profile, kick_drawer=kick_drawer, renderer=renderer)
    raise ValueError(f"mode must be one of {MODES}, not {mode!r}")
