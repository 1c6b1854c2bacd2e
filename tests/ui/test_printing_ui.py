"""Paper runs out at the counter: the sale stands, a banner says 缺纸, paper back → it prints."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt

from station_app import settings as S
from station_app.printing import sample_receipts
from station_app.printing.print_queue import enqueue_receipt
from station_app.station import Station
from station_app.work import Actor
from tests.printing.escpos_decoder import decode
from tests.printing.fake_printer import FakePrinter
from ui.main_window import StationWindow


@pytest.fixture
def printer() -> Iterator[FakePrinter]:
    with FakePrinter("paper_out").start() as fake:
        yield fake


def _sell(station: Station) -> str:
    with station.work(Actor.system()) as work:
        job = enqueue_receipt(work, sample_receipts.payment(), kick_drawer=True)
    return job.id


def test_paper_out_shows_a_banner_and_printing_resumes_when_paper_is_back(
    qtbot, staffed_station: Station, printer: FakePrinter, window_factory
) -> None:
    staffed_station.settings.set(S.PRINTER_URI, printer.uri(status_timeout=0.5))
    window: StationWindow = window_factory()
    _sell(staffed_station)
    window.printing.kick()
    qtbot.waitUntil(lambda: window.print_banner.isVisible(), timeout=10_000)
    assert "缺纸" in window.print_banner.message.text()
    qtbot.waitUntil(lambda: "1 张小票待打印" in window.print_banner.waiting.text(), timeout=10_000)
    assert printer.jobs == []  # nothing was sent to a printer without paper

    printer.state = "online"  # paper back
    qtbot.mouseClick(window.print_banner.retry, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.print_banner.isVisible(), timeout=10_000)
    qtbot.waitUntil(lambda: len(printer.jobs) == 1, timeout=10_000)
    decoded = decode(printer.jobs[0])
    assert any("缴费凭证" in line.text for line in decoded.text_lines)
    assert decoded.markers("DRAWER") and decoded.markers("CUT")


def test_the_demo_printer_shows_each_receipt_in_a_preview(
    qtbot, staffed_station: Station, window_factory
) -> None:
    staffed_station.settings.set(S.PRINTER_URI, "preview://")
    window: StationWindow = window_factory()
    _sell(staffed_station)
    with qtbot.waitSignal(window.printing.preview.printed, timeout=20_000):
        window.printing.kick()
    qtbot.waitUntil(lambda: window.receipt_preview.isVisible(), timeout=5_000)
    assert window.receipt_preview.preview.has_image()
    assert list(staffed_station.paths.receipts_dir.glob("*.png"))
