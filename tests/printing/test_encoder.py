from __future__ import annotations

from PIL import Image

from station_app.printing import sample_receipts
from station_app.printing.encoder import encode_raster, encode_text, native_qr
from station_app.printing.layout import Document, TextLine, layout_receipt
from station_app.printing.printer_profile import PrinterProfile
from station_app.printing.raster import RasterRenderer, raster_commands
from tests.printing.escpos_decoder import decode


def test_text_mode_starts_with_init_and_chinese_mode() -> None:
    document = layout_receipt(sample_receipts.payment(), 32)
    data = encode_text(document, PrinterProfile.for_columns(32))
    assert data.startswith(b"\x1b@\x1c&")
    assert data.endswith(b"\x1dVB\x00")  # feed to the cutter and cut


def test_sizes_bold_and_alignment_use_the_documented_bytes() -> None:
    document = Document(32, (TextLine("大", "center", True, 2, 2), TextLine("a", "right")))
    data = encode_text(document, PrinterProfile.for_columns(32))
    assert b"\x1ba\x01\x1bE\x01\x1d!\x11" + "大".encode("gb18030") + b"\n" in data
    assert b"\x1ba\x02\x1bE\x00\x1d!\x00a\n" in data


def test_drawer_kick_is_first_and_only_when_asked() -> None:
    document = layout_receipt(sample_receipts.payment(), 32)
    kicked = encode_text(document, PrinterProfile.for_columns(32), kick_drawer=True)
    assert kicked.startswith(b"\x1b@\x1bp\x00\x32\x32")
    assert b"\x1bp" not in encode_text(document, PrinterProfile.for_columns(32))
    pin5 = PrinterProfile.for_columns(32).with_options({"drawer": "5"})
    assert (
        decode(encode_text(document, pin5, kick_drawer=True)).markers("DRAWER")[0].value == "pin5"
    )


def test_native_qr_bytes() -> None:
    data = native_qr("SPV1|A|T01|100|", 6)
    assert data.startswith(b"\x1d(k\x04\x001A2\x00\x1d(k\x03\x001C\x06\x1d(k\x03\x001E1")
    assert b"1P0SPV1|A|T01|100|" in data and data.endswith(b"\x1d(k\x03\x001Q0")


def test_qr_as_image_by_profile() -> None:
    document = layout_receipt(sample_receipts.payment(), 32)
    profile = PrinterProfile.for_columns(32).with_options({"qr": "image"})
    decoded = decode(encode_text(document, profile))
    assert decoded.markers("QR") == []
    (image,) = decoded.markers("IMAGE")
    assert image.value.startswith("384×")


def test_full_cut_and_no_cut_options() -> None:
    document = Document(32, (TextLine("x"),))
    full = PrinterProfile.for_columns(32).with_options({"cut": "full"})
    assert decode(encode_text(document, full)).markers("CUT")[0].value == "full"
    none = PrinterProfile.for_columns(32).with_options({"cut": "none"})
    assert decode(encode_text(document, none)).markers("CUT") == []


def test_raster_mode_58mm_is_384_dots_wide() -> None:
    document = layout_receipt(sample_receipts.payment(), 32)
    data = encode_raster(document, PrinterProfile.for_columns(32))
    decoded = decode(data)
    assert decoded.errors == []
    assert not decoded.chinese_mode_seen and decoded.text_lines == []
    images = decoded.markers("IMAGE")
    assert images and all(marker.value.startswith("384×") for marker in images)
    (qr,) = decoded.markers("QR")  # native QR between the image bands
    assert qr.value.startswith("SPV1|T01-20261126-0007|")
    assert decoded.markers("CUT")


def test_raster_mode_80mm_is_576_dots_wide_and_draws_ink() -> None:
    document = layout_receipt(sample_receipts.shift_report(), 48)
    decoded = decode(encode_raster(document, PrinterProfile.for_columns(48)))
    images = decoded.markers("IMAGE")
    assert images and all(marker.value.startswith("576×") for marker in images)
    first = images[0].image
    assert first is not None
    assert first.getextrema() == (0, 255)  # black ink on white paper


def test_raster_qr_as_image_has_no_native_qr() -> None:
    document = layout_receipt(sample_receipts.pickup(), 32)
    profile = PrinterProfile.for_columns(32).with_options({"qr": "image"})
    decoded = decode(encode_raster(document, profile))
    assert decoded.markers("QR") == []


def test_raster_draws_what_the_rom_lacks() -> None:
    renderer = RasterRenderer()
    line = renderer.line_image(TextLine("ئۇيغۇرچە 维吾尔语"), 384, 32)
    assert line.width == 384
    assert line.getextrema()[0] < 128


def test_raster_commands_band_the_image() -> None:
    image = Image.new("L", (384, 600), 255)
    data = raster_commands(image, band_height=256)
    bands = decode(data).markers("IMAGE")
    assert [band.value for band in bands] == ["384×256", "384×256", "384×88"]


def test_a_text_mode_printer_draws_a_receipt_with_uyghur_letters_as_an_image() -> None:
    from station_app.printing.printer import EscposPrinter
    from station_app.printing.transports import parse_printer_uri

    printer = EscposPrinter(
        parse_printer_uri("tcp://127.0.0.1:9100"), PrinterProfile.for_columns(32), "text"
    )
    chinese = Document(32, (TextLine("缴费凭证"), TextLine("合计 ￥12.00")))
    uyghur = Document(32, (TextLine("ئەخمەتجان"), TextLine("合计 ￥12.00")))
    assert printer.mode_for(chinese) == "text"
    assert printer.mode_for(uyghur) == "raster"
    decoded = decode(printer.encode(uyghur))
    assert decoded.markers("IMAGE") and not decoded.text_lines
