from __future__ import annotations

import sys
import types
from pathlib import Path
from typing import Any

import pytest

from station_app.printing.errors import CONFIG, OFFLINE, TIMEOUT, PrinterError
from station_app.printing.printer import BLOCKED, PRINTED, open_printer
from station_app.printing.printer_status import PrinterState
from station_app.printing.transports import (
    FileTransport,
    TcpTransport,
    parse_printer_uri,
    transport_for,
)
from tests.printing.fake_printer import FakePrinter


@pytest.mark.parametrize(
    ("uri", "scheme", "target"),
    [
        ("tcp://192.168.1.50:9100", "tcp", "192.168.1.50:9100"),
        ("tcp://printer.local", "tcp", "printer.local:9100"),
        ("serial://COM3?baudrate=9600", "serial", "COM3"),
        ("serial:///dev/ttyUSB0?baudrate=19200", "serial", "/dev/ttyUSB0"),
        ("win32://XP-58 (copy 1)", "win32", "XP-58 (copy 1)"),
        ("win32://POS%2080C", "win32", "POS 80C"),
        ("usb://0x0416:0x5011", "usb", "0x0416:0x5011"),
        ("file:///dev/usb/lp0", "file", "/dev/usb/lp0"),
        ("preview://", "preview", ""),
    ],
)
def test_parse_printer_uri(uri: str, scheme: str, target: str) -> None:
    address = parse_printer_uri(uri)
    assert (address.scheme, address.target) == (scheme, target)


@pytest.mark.parametrize(
    "uri",
    [
        "",
        "lpt1",
        "http://x",
        "tcp://:9100",
        "tcp://h:port",
        "usb://0416",
        "file://",
        "tcp://h:9100?timeout=abc",
        "tcp://h?timeout=0",
        "win32://",
    ],
)
def test_bad_uris_are_config_errors(uri: str) -> None:
    with pytest.raises(PrinterError) as caught:
        parse_printer_uri(uri)
    assert caught.value.kind == CONFIG
    assert caught.value.message.context == "Printer"


def test_bad_profile_option_is_a_config_error() -> None:
    with pytest.raises(PrinterError, match="qr must be"):
        open_printer("tcp://127.0.0.1:9100?qr=maybe")


@pytest.mark.parametrize(
    ("state", "expected", "paper_low"),
    [
        ("online", PrinterState.READY, False),
        ("paper_low", PrinterState.READY, True),
        ("paper_out", PrinterState.PAPER_OUT, False),
        ("cover_open", PrinterState.COVER_OPEN, False),
    ],
)
def test_tcp_status_from_dle_eot(state: str, expected: PrinterState, paper_low: bool) -> None:
    with FakePrinter(state) as fake, TcpTransport(parse_printer_uri(fake.uri())) as transport:
        status = transport.status()
    assert status.state == expected and status.paper_low == paper_low
    assert status.source == "dle_eot"


def test_silent_printer_is_unknown_not_ready() -> None:
    with FakePrinter("silent") as fake:
        uri = fake.uri(timeout=2, status_timeout=0.05)
        with TcpTransport(parse_printer_uri(uri)) as transport:
            status = transport.status()
        assert status.state == PrinterState.UNKNOWN and not status.blocking
        # It still prints (many printers never answer), without a second wait.
        printer = open_printer(uri)
        outcome = printer.print_document(_document(), label="x")
        assert outcome.result == PRINTED and outcome.status.state == PrinterState.UNKNOWN
        assert len(fake.jobs) == 1


def test_stalled_printer_write_times_out_as_maybe_printed() -> None:
    with FakePrinter("stalled") as fake:
        transport = TcpTransport(parse_printer_uri(fake.uri(timeout=0.2)))
        with transport, pytest.raises(PrinterError) as caught:
            transport.write(b"\x00" * 64_000_000)
    assert caught.value.kind == TIMEOUT
    assert caught.value.maybe_printed


def test_connection_refused_is_offline_and_not_printed() -> None:
    with FakePrinter() as fake:
        port = fake.port
    printer = open_printer(f"tcp://127.0.0.1:{port}?timeout=0.5")
    with pytest.raises(PrinterError) as caught:
        printer.print_document(_document())
    assert caught.value.kind == OFFLINE and not caught.value.maybe_printed
    assert printer.status().state == PrinterState.OFFLINE


def test_paper_out_printer_gets_nothing() -> None:
    with FakePrinter("paper_out") as fake:
        outcome = open_printer(fake.uri()).print_document(_document())
        assert outcome.result == BLOCKED and outcome.status.state == PrinterState.PAPER_OUT
        assert fake.jobs == []


def test_file_transport_appends(tmp_path: Path) -> None:
    target = tmp_path / "out.bin"
    for _ in range(2):
        with transport_for(parse_printer_uri(f"file://{target}")) as transport:
            transport.write(b"abc")
            assert transport.status().state == PrinterState.UNKNOWN
    assert target.read_bytes() == b"abcabc"


def test_file_transport_missing_folder_is_offline(tmp_path: Path) -> None:
    transport = FileTransport(parse_printer_uri(f"file://{tmp_path}/no/such/lp0"))
    with pytest.raises(PrinterError) as caught:
        transport.open()
    assert caught.value.kind == OFFLINE


class FakeWin32Print(types.ModuleType):
    """Just the calls the spooler transport makes (pywin32's win32print)."""

    class error(Exception):  # noqa: N801, N818 - pywin32's name
        pass

    def __init__(self, printers: dict[str, int]) -> None:
        super().__init__("win32print")
        self.printers = printers
        self.docs: list[tuple[str, bytes]] = []
        self.calls: list[str] = []
        self._data = b""

    def OpenPrinter(self, name: str) -> str:
        if name not in self.printers:
            raise self.error(1801, "OpenPrinter", "The printer name is invalid.")
        return name

    def StartDocPrinter(self, handle: str, level: int, info: tuple[Any, ...]) -> int:
        assert level == 1 and info[2] == "RAW"
        self.calls.append("StartDoc")
        return 1

    def StartPagePrinter(self, handle: str) -> None:
        self.calls.append("StartPage")

    def WritePrinter(self, handle: str, data: bytes) -> int:
        self._data += data
        return len(data)

    def EndPagePrinter(self, handle: str) -> None:
        self.calls.append("EndPage")

    def EndDocPrinter(self, handle: str) -> None:
        self.calls.append("EndDoc")
        self.docs.append((handle, self._data))
        self._data = b""

    def AbortDocPrinter(self, handle: str) -> None:
        self.calls.append("AbortDoc")

    def ClosePrinter(self, handle: str) -> None:
        self.calls.append("Close")

    def GetPrinter(self, handle: str, level: int) -> dict[str, int]:
        return {"Status": self.printers[handle], "Attributes": 0}


@pytest.fixture
def win32print(monkeypatch: pytest.MonkeyPatch) -> FakeWin32Print:
    module = FakeWin32Print({"XP-58": 0, "Jammed": 0x10})
    monkeypatch.setitem(sys.modules, "win32print", module)
    return module


def test_win32_spooler_raw_job(win32print: FakeWin32Print) -> None:
    outcome = open_printer("win32://XP-58").print_document(_document())
    assert outcome.result == PRINTED and outcome.status.source == "spooler"
    ((name, data),) = win32print.docs
    assert name == "XP-58" and data.startswith(b"\x1b@\x1c&")
    assert win32print.calls == ["StartDoc", "StartPage", "EndPage", "EndDoc", "Close"]


def test_win32_spooler_status_paper_out(win32print: FakeWin32Print) -> None:
    outcome = open_printer("win32://Jammed").print_document(_document())
    assert outcome.result == BLOCKED and outcome.status.state == PrinterState.PAPER_OUT
    assert win32print.docs == []


def test_win32_unknown_printer_is_one_printer_error(win32print: FakeWin32Print) -> None:
    with pytest.raises(PrinterError) as caught:
        open_printer("win32://Nope").print_document(_document())
    assert caught.value.kind == OFFLINE and "invalid" in caught.value.detail


def test_win32_without_pywin32_says_what_is_missing(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "win32print", None)
    with pytest.raises(PrinterError, match="pywin32") as caught:
        open_printer("win32://XP-58").print_document(_document())
    assert caught.value.kind == CONFIG


def test_usb_without_pyusb_says_what_is_missing(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "usb.core", None)
    with pytest.raises(PrinterError, match="pyusb") as caught:
        open_printer("usb://0x0416:0x5011").print_document(_document())
    assert caught.value.kind == CONFIG


def test_serial_loopback_prints_and_times_out_on_status() -> None:
    pytest.importorskip("serial")
    printer = open_printer("serial://loop://?baudrate=9600&timeout=1&status_timeout=0.05")
    # The loop echoes what is sent: the echoed query is not a valid status byte.
    outcome = printer.print_document(_document())
    assert outcome.result == PRINTED
    assert outcome.status.state == PrinterState.UNKNOWN


def test_serial_missing_port_is_offline() -> None:
    pytest.importorskip("serial")
    with pytest.raises(PrinterError) as caught:
        open_printer("serial:///dev/does-not-exist?timeout=0.2").print_document(_document())
    assert caught.value.kind == OFFLINE


def _document() -> Any:
    from station_app.printing.layout import Document, TextLine

    return Document(32, (TextLine("测试 test"),))
