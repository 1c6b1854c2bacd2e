from __future__ import annotations

from pathlib import Path

import pytest

from station_app.printing import fonts
from station_app.printing.errors import CONFIG, PrinterError
from station_app.printing.printer_status import PrinterState, from_dle_eot, from_spooler


@pytest.mark.parametrize(
    ("printer", "cause", "paper", "state"),
    [
        (b"\x12", None, b"\x12", PrinterState.READY),
        (b"\x1a", b"\x32", b"\x72", PrinterState.PAPER_OUT),
        (b"\x1a", b"\x16", b"\x12", PrinterState.COVER_OPEN),
        (b"\x1a", b"\x52", b"\x12", PrinterState.ERROR),
        (b"\x1a", b"\x12", b"\x12", PrinterState.OFFLINE),
        (b"\x1a", None, b"\x72", PrinterState.PAPER_OUT),
        (b"\x12", None, b"\x72", PrinterState.PAPER_OUT),
        (None, None, None, PrinterState.UNKNOWN),
        (b"\xff", None, None, PrinterState.UNKNOWN),
    ],
)
def test_dle_eot_replies(
    printer: bytes | None, cause: bytes | None, paper: bytes | None, state: PrinterState
) -> None:
    assert from_dle_eot(printer, cause, paper).state == state


def test_unknown_is_not_blocking_and_has_a_message() -> None:
    status = from_dle_eot(None)
    assert not status.blocking
    assert status.message.context == "PrinterStatus"
    assert from_dle_eot(b"\x12", None, b"\x1e").paper_low


@pytest.mark.parametrize(
    ("status", "attributes", "state"),
    [
        (0, 0, PrinterState.READY),
        (0x10, 0, PrinterState.PAPER_OUT),
        (0x400000, 0, PrinterState.COVER_OPEN),
        (0x80, 0, PrinterState.OFFLINE),
        (0, 0x400, PrinterState.OFFLINE),
        (0x8, 0, PrinterState.ERROR),
    ],
)
def test_spooler_status(status: int, attributes: int, state: PrinterState) -> None:
    assert from_spooler(status, attributes).state == state


def test_cjk_font_found_from_resources_first(tmp_path: Path) -> None:
    system = fonts.find_cjk_font()
    (tmp_path / "bundled.ttc").write_bytes(system.read_bytes())
    fonts.find_cjk_font.cache_clear()
    try:
        assert fonts.find_cjk_font((tmp_path,)) == tmp_path / "bundled.ttc"
    finally:
        fonts.find_cjk_font.cache_clear()


def test_no_cjk_font_is_a_clear_printer_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(fonts, "CJK_CANDIDATES", (tmp_path / "missing.ttc",))
    monkeypatch.setattr(fonts, "RESOURCE_FONTS", tmp_path)
    fonts.find_cjk_font.cache_clear()
    try:
        with pytest.raises(PrinterError) as caught:
            fonts.find_cjk_font()
    finally:
        fonts.find_cjk_font.cache_clear()
    assert caught.value.kind == CONFIG
    assert str(tmp_path) in str(caught.value) and "font" in str(caught.value)
