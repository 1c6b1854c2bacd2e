"""The printing widgets: receipt preview (demo printer), printer banner, settings page."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from station_app import settings as S
from station_app.printing import sample_receipts
from station_app.printing.layout import layout_receipt
from station_app.printing.printer import PreviewPrinter, open_printer
from station_app.printing.printer_status import PrinterState, PrinterStatus
from station_app.settings import Settings
from tests.printing.fake_printer import FakePrinter
from ui.print_banner import PrintBanner
from ui.printer_settings import PrinterSettingsPage
from ui.receipt_preview import PreviewBridge, ReceiptPreviewDialog
from ui.tasks import Tasks

# The offscreen platform cannot size or raise top-level windows; it says so, harmlessly.
pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support (propagateSizeHints|raise)")


@pytest.fixture
def preview_png(tmp_path: Path) -> Path:
    printer = open_printer(f"preview://{tmp_path}", columns=32)
    outcome = printer.print_document(layout_receipt(sample_receipts.payment(), 32), label="p")
    assert outcome.image is not None
    return outcome.image


def test_preview_dialog_shows_the_receipt_image(qtbot: QtBot, preview_png: Path) -> None:
    dialog = ReceiptPreviewDialog()
    qtbot.addWidget(dialog)
    dialog.show_receipt(str(preview_png))
    assert dialog.isVisible()
    assert dialog.preview.has_image()
    pixmap = dialog.preview.image.pixmap()
    assert (pixmap.width(), pixmap.height()) > (383, 500)
    assert dialog.preview.caption.text() == preview_png.name


def test_preview_dialog_survives_a_missing_file(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = ReceiptPreviewDialog()
    qtbot.addWidget(dialog)
    dialog.show_receipt(str(tmp_path / "gone.png"))
    assert not dialog.preview.has_image()


def test_a_receipt_printed_on_a_worker_reaches_the_window(qtbot: QtBot, tmp_path: Path) -> None:
    printer = open_printer(f"preview://{tmp_path}", columns=48)
    assert isinstance(printer, PreviewPrinter)
    bridge = PreviewBridge()
    dialog = ReceiptPreviewDialog()
    qtbot.addWidget(dialog)
    bridge.printed.connect(dialog.show_receipt)
    printer.listeners.append(bridge.listener)
    document = layout_receipt(sample_receipts.pickup(), 48)
    worker = threading.Thread(target=printer.print_document, args=(document,))
    with qtbot.waitSignal(bridge.printed, timeout=5000):
        worker.start()
    worker.join()
    assert dialog.preview.has_image()
    assert dialog.preview.image.pixmap().width() == 576


@pytest.mark.parametrize(
    ("state", "text"),
    [
        (PrinterState.PAPER_OUT, "Paper out"),
        (PrinterState.OFFLINE, "Printer offline"),
        (PrinterState.COVER_OPEN, "Printer cover open"),
    ],
)
def test_banner_shows_blocking_states(qtbot: QtBot, state: PrinterState, text: str) -> None:
    screen = QWidget()
    qtbot.addWidget(screen)
    banner = PrintBanner(screen)
    screen.show()
    assert not banner.isVisible()
    banner.set_status(PrinterStatus(state))
    banner.set_waiting(2)
    assert banner.isVisible()
    assert banner.message.text() == text
    assert "2" in banner.waiting.text()
    with qtbot.waitSignal(banner.retryRequested):
        banner.retry.click()
    banner.set_status(PrinterStatus(PrinterState.READY))
    assert not banner.isVisible()
    banner.set_status(PrinterStatus.unknown())
    assert not banner.isVisible()


@pytest.fixture
def tasks() -> Tasks:
    return Tasks()


def test_settings_page_saves_valid_settings_only(
    qtbot: QtBot, tmp_path: Path, tasks: Tasks
) -> None:
    settings = Settings(tmp_path / "settings.toml")
    page = PrinterSettingsPage(settings, tasks)
    qtbot.addWidget(page)
    page.uri.setText("lpt1:")
    assert not page.apply()
    assert settings.get(S.PRINTER_URI) == ""
    assert "cannot be used" in page.result.text()
    page.uri.setText("tcp://192.168.1.50:9100")
    page.paper.setCurrentIndex(page.paper.findData(48))
    page.mode.setCurrentIndex(page.mode.findData("raster"))
    assert page.apply()
    reread = Settings(tmp_path / "settings.toml")
    assert reread.get(S.PRINTER_URI) == "tcp://192.168.1.50:9100"
    assert reread.get(S.PRINTER_COLUMNS) == 48
    assert reread.get(S.PRINTER_MODE) == "raster"


def test_settings_page_test_print_runs_off_the_gui_thread(
    qtbot: QtBot, tmp_path: Path, tasks: Tasks, fake_printer: FakePrinter
) -> None:
    page = PrinterSettingsPage(Settings(None), tasks, station_name="测试站")
    qtbot.addWidget(page)
    page.uri.setText(fake_printer.uri())
    with qtbot.waitSignal(page.testFinished, timeout=10_000) as finished:
        page.test.click()
        assert not page.test.isEnabled()  # busy while the worker prints
    assert finished.args is not None and finished.args[0] is True
    assert page.test.isEnabled()
    assert len(fake_printer.jobs) == 1
    tasks.wait()


def test_settings_page_reports_paper_out(qtbot: QtBot, tasks: Tasks) -> None:
    with FakePrinter("paper_out") as printer:
        page = PrinterSettingsPage(Settings(None), tasks)
        qtbot.addWidget(page)
        page.uri.setText(printer.uri())
        with qtbot.waitSignal(page.testFinished, timeout=10_000) as finished:
            page.test.click()
    assert finished.args is not None and finished.args[0] is False
    assert "Paper out" in finished.args[1]
    tasks.wait()


def test_settings_page_reports_an_unreachable_printer(qtbot: QtBot, tasks: Tasks) -> None:
    with FakePrinter() as printer:
        port = printer.port
    page = PrinterSettingsPage(Settings(None), tasks)
    qtbot.addWidget(page)
    page.uri.setText(f"tcp://127.0.0.1:{port}?timeout=0.5")
    with qtbot.waitSignal(page.testFinished, timeout=10_000) as finished:
        page.test.click()
    assert finished.args is not None and finished.args[0] is False
    assert "cannot be reached" in finished.args[1]
    tasks.wait()
