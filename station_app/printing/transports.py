"""Byte transports to a receipt printer, chosen by URI; every one has a timeout.

``tcp://host:9100``, ``serial://COM3?baudrate=9600``, ``win32://<Windows printer name>``
(spooler, RAW), ``usb://0x0416:0x5011``, ``file:///path``. Whatever the underlying library
raises (``OSError``, ``socket.timeout``, ``serial.SerialException``, ``usb.core.USBError``,
``pywintypes.error``) leaves here as a ``PrinterError``. Query options shared by all:
``timeout`` (seconds, default 5) and the profile options of ``printer_profile``.
"""

from __future__ import annotations

import contextlib
import importlib
import os
import select
import socket
import sys
from abc import ABC, abstractmethod
from dataclasses import dataclass, field
from types import ModuleType, TracebackType
from typing import Any
from urllib.parse import parse_qsl, unquote, urlsplit

from station_app.printing.errors import CONFIG, FAILED, OFFLINE, TIMEOUT, PrinterError
from station_app.printing.printer_status import (
    QUERY_OFFLINE_CAUSE,
    QUERY_PAPER,
    QUERY_PRINTER,
    PrinterStatus,
    from_dle_eot,
    from_spooler,
)

DEFAULT_TIMEOUT = 5.0
STATUS_TIMEOUT = 1.0
SCHEMES = ("tcp", "serial", "win32", "usb", "file", "preview")


@dataclass(frozen=True)
class PrinterAddress:
    uri: str
    scheme: str
    target: str
    """host:port, port name, printer name, vid:pid, path or preview folder."""
    options: dict[str, str] = field(default_factory=dict)

    @property
    def timeout(self) -> float:
        return float(self.options.get("timeout", DEFAULT_TIMEOUT))


def parse_printer_uri(uri: str) -> PrinterAddress:
    """Split a printer URI; a ``PrinterError`` (config) says what is wrong with it."""
    text = uri.strip()
    scheme, sep, rest = text.partition("://")
    scheme = scheme.lower()
    if not sep or scheme not in SCHEMES:
        raise PrinterError(CONFIG, uri, f"use one of {', '.join(s + '://' for s in SCHEMES)}")
    target, _, query = rest.partition("?")
    options = dict(parse_qsl(query, keep_blank_values=True))
    if scheme == "tcp":
        parts = urlsplit("//" + target)
        try:
            port = parts.port or 9100
        except ValueError:
            raise PrinterError(CONFIG, uri, "the port is not a number") from None
        if not parts.hostname:
            raise PrinterError(CONFIG, uri, "a host is missing (tcp://192.168.1.50:9100)")
        target = f"{parts.hostname}:{port}"
    elif scheme == "file":
        target = unquote(target)
        if sys.platform == "win32" and target.startswith("/") and target[2:3] == ":":
            target = target[1:]  # file:///C:/receipts/out.bin
        if not target:
            raise PrinterError(CONFIG, uri, "a path is missing (file:///dev/usb/lp0)")
    elif scheme == "win32":
        target = unquote(target)
        if not target:
            raise PrinterError(CONFIG, uri, "the Windows printer name is missing")
    elif scheme == "serial" and not target:
        raise PrinterError(CONFIG, uri, "the port is missing (serial://COM3?baudrate=9600)")
    elif scheme == "usb":
        try:
            vendor, product = (int(part, 16) for part in target.split(":"))
        except ValueError:
            raise PrinterError(
                CONFIG, uri, "give vendor:product in hex (usb://0x0416:0x5011)"
            ) from None
        target = f"0x{vendor:04x}:0x{product:04x}"
    try:
        timeout = float(options.get("timeout", DEFAULT_TIMEOUT))
    except ValueError:
        raise PrinterError(CONFIG, uri, "timeout must be a number of seconds") from None
    if not 0 < timeout <= 120:
        raise PrinterError(CONFIG, uri, "timeout must be between 0 and 120 seconds")
    return PrinterAddress(text, scheme, target, options)


class Transport(ABC):
    """An open connection to one printer for one job: write bytes, ask its status."""

    def __init__(self, address: PrinterAddress) -> None:
        self.address = address
        self.timeout = address.timeout
        self.sent = 0
        """Bytes handed to the printer so far."""
        self.lost = False
        """The connection failed after it was open (reset, cable pulled): what was sent may
        not have printed, whatever the printer said before."""

    @property
    def name(self) -> str:
        return self.address.uri

    def __enter__(self) -> Transport:
        self.open()
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()

    @abstractmethod
    def open(self) -> None: ...

    @abstractmethod
    def write(self, data: bytes) -> None: ...

    @abstractmethod
    def close(self) -> None: ...

    def status(self) -> PrinterStatus:
        return PrinterStatus.unknown("this connection cannot report status")

    def _error(
        self, error: BaseException, *, writing: bool, maybe_printed: bool | None = None
    ) -> PrinterError:
        """Wrap a library error; a failed write may have printed (``maybe_printed``)."""
        timed_out = (
            isinstance(error, TimeoutError | socket.timeout)
            or "timeout" in type(error).__name__.lower()
        )
        kind = TIMEOUT if timed_out else FAILED if writing else OFFLINE
        return PrinterError(
            kind,
            self.name,
            str(error) or type(error).__name__,
            maybe_printed=writing if maybe_printed is None else maybe_printed,
        )


class _TwoWay(Transport):
    """A transport that can read replies: status by ``DLE EOT``.

    A status reply is awaited ``status_timeout`` seconds (option; at most ``timeout``).
    """

    def __init__(self, address: PrinterAddress) -> None:
        super().__init__(address)
        try:
            wanted = float(address.options.get("status_timeout", STATUS_TIMEOUT))
        except ValueError:
            raise PrinterError(CONFIG, address.uri, "status_timeout must be seconds") from None
        self.status_timeout = min(wanted, self.timeout)

    @abstractmethod
    def _send(self, data: bytes) -> None: ...

    @abstractmethod
    def _receive(self, timeout: float) -> bytes:
        """Whatever arrives within ``timeout`` (b"" if nothing)."""

    def write(self, data: bytes) -> None:
        self._send(data)
        self.sent += len(data)

    def _ask(self, query: bytes) -> bytes | None:
        self._receive(0)  # drop stale bytes (automatic status, late replies)
        self._send(query)
        reply = self._receive(self.status_timeout)
        return reply or None

    def status(self) -> PrinterStatus:
        try:
            main = self._ask(QUERY_PRINTER)
            if main is None:
                return from_dle_eot(None)
            cause = self._ask(QUERY_OFFLINE_CAUSE) if main[-1] & 0x08 else None
            paper = self._ask(QUERY_PAPER)
        except PrinterError as error:
            self.lost = True
            return PrinterStatus.unknown(error.detail, "dle_eot")
        return from_dle_eot(main, cause, paper)


class TcpTransport(_TwoWay):
    """Network printers on port 9100 (raw)."""

    def __init__(self, address: PrinterAddress) -> None:
        super().__init__(address)
        host, _, port = address.target.rpartition(":")
        self.host, self.port = host, int(port)
        self.sock: socket.socket | None = None

    def open(self) -> None:
        try:
            self.sock = socket.create_connection((self.host, self.port), timeout=self.timeout)
        except OSError as error:
            raise self._error(error, writing=False) from error

    def _send(self, data: bytes) -> None:
        assert self.sock is not None, "open() first"
        try:
            self.sock.settimeout(self.timeout)
            self.sock.sendall(data)
        except OSError as error:
            raise self._error(error, writing=True) from error

    def _receive(self, timeout: float) -> bytes:
        assert self.sock is not None, "open() first"
        received = b""
        try:
            while True:
                ready, _, _ = select.select([self.sock], [], [], timeout)
                if not ready:
                    return received
                chunk = self.sock.recv(64)
                if not chunk:
                    return received
                received += chunk
                timeout = 0  # take what is already there, then stop
        except OSError as error:
            raise self._error(error, writing=False) from error

    def close(self) -> None:
        if self.sock is None:
            return
        with contextlib.suppress(OSError):  # already reset by the printer
            self.sock.shutdown(socket.SHUT_RDWR)
        self.sock.close()
        self.sock = None


def _import(module: str, package: str, scheme: str, uri: str) -> ModuleType:
    try:
        return importlib.import_module(module)
    except ImportError:
        raise PrinterError(
            CONFIG, uri, f"{scheme}:// printers need the {package} package, which is not installed"
        ) from None


class SerialTransport(_TwoWay):
    """RS-232 or USB-serial printers (pyserial); ``baudrate``, ``rtscts``, ``xonxoff`` options."""

    def __init__(self, address: PrinterAddress) -> None:
        super().__init__(address)
        self.port: Any = None

    def open(self) -> None:
        serial = _import("serial", "pyserial", "serial", self.name)
        options = self.address.options
        try:
            self.port = serial.serial_for_url(
                self.address.target,
                baudrate=int(options.get("baudrate", "9600")),
                rtscts=options.get("rtscts", "0") == "1",
                xonxoff=options.get("xonxoff", "0") == "1",
                timeout=self.status_timeout,
                write_timeout=self.timeout,
            )
        except ValueError as error:
            raise PrinterError(CONFIG, self.name, str(error)) from error
        except (OSError, serial.SerialException) as error:
            raise self._error(error, writing=False) from error

    def _send(self, data: bytes) -> None:
        serial = sys.modules["serial"]
        try:
            self.port.write(data)
            self.port.flush()
        except (OSError, serial.SerialException) as error:
            raise self._error(error, writing=True) from error

    def _receive(self, timeout: float) -> bytes:
        serial = sys.modules["serial"]
        try:
            if timeout == 0:
                waiting = self.port.in_waiting
                return bytes(self.port.read(waiting)) if waiting else b""
            self.port.timeout = timeout
            first = bytes(self.port.read(1))
            if not first:
                return b""
            return first + bytes(self.port.read(self.port.in_waiting))
        except (OSError, serial.SerialException) as error:
            raise self._error(error, writing=False) from error

    def close(self) -> None:
        if self.port is not None:
            self.port.close()
            self.port = None


class UsbTransport(_TwoWay):
    """Direct USB through libusb (python-escpos ``Usb``; needs pyusb, and WinUSB on Windows).

    Prefer ``win32://`` on Windows: replacing the printer driver with WinUSB breaks normal
    printing. Options: ``in_ep``, ``out_ep`` (hex), ``interface``.
    """

    def __init__(self, address: PrinterAddress) -> None:
        super().__init__(address)
        self.device: Any = None

    def open(self) -> None:
        _import("usb.core", "pyusb", "usb", self.name)
        from escpos.exceptions import DeviceNotFoundError, USBNotFoundError
        from escpos.printer import Usb

        vendor, product = (int(part, 16) for part in self.address.target.split(":"))
        options = self.address.options
        try:
            self.device = Usb(
                vendor,
                product,
                timeout=int(self.timeout * 1000),
                in_ep=int(options.get("in_ep", "0x82"), 16),
                out_ep=int(options.get("out_ep", "0x01"), 16),
                interface=int(options.get("interface", "0")),
            )
            self.device.open()
        except (DeviceNotFoundError, USBNotFoundError) as error:
            raise PrinterError(OFFLINE, self.name, str(error)) from error
        except ValueError as error:  # usb.core.NoBackendError: libusb is missing
            raise PrinterError(CONFIG, self.name, f"libusb: {error}") from error
        except (OSError, sys.modules["usb.core"].USBError) as error:
            raise self._error(error, writing=False) from error

    def _send(self, data: bytes) -> None:
        try:
            self.device._raw(data)
        except (OSError, sys.modules["usb.core"].USBError) as error:
            raise self._error(error, writing=True) from error

    def _receive(self, timeout: float) -> bytes:
        usb_core = sys.modules["usb.core"]
        try:
            return bytes(
                self.device.device.read(self.device.in_ep, 16, max(1, int(timeout * 1000)))
            )
        except usb_core.USBTimeoutError:
            return b""
        except (OSError, usb_core.USBError) as error:
            raise self._error(error, writing=False) from error

    def close(self) -> None:
        if self.device is not None:
            self.device.close()
            self.device = None


class Win32Transport(Transport):
    """A Windows printer through the spooler as a RAW job (pywin32's ``win32print``).

    The spooler takes the job at once and prints it when it can, so "sent" is "done" here;
    status comes from the spooler (``GetPrinter`` level 2), which many drivers leave blank.
    """

    def __init__(self, address: PrinterAddress) -> None:
        super().__init__(address)
        self.win32print: Any = None
        self.handle: Any = None
        self.job_open = False

    def _errors(self) -> tuple[type[BaseException], ...]:
        error = getattr(self.win32print, "error", None)
        return (OSError, error) if isinstance(error, type) else (OSError,)

    def open(self) -> None:
        self.win32print = _import("win32print", "pywin32", "win32", self.name)
        try:
            self.handle = self.win32print.OpenPrinter(self.address.target)
        except self._errors() as error:
            raise PrinterError(OFFLINE, self.name, str(error)) from error

    def write(self, data: bytes) -> None:
        try:
            self.win32print.StartDocPrinter(self.handle, 1, ("Station receipt", None, "RAW"))
            self.job_open = True
            self.win32print.StartPagePrinter(self.handle)
            self.sent += len(data)
            self.win32print.WritePrinter(self.handle, data)
            self.win32print.EndPagePrinter(self.handle)
            self.win32print.EndDocPrinter(self.handle)
            self.job_open = False
        except self._errors() as error:
            raise self._error(error, writing=True, maybe_printed=self.sent > 0) from error

    def status(self) -> PrinterStatus:
        try:
            info = self.win32print.GetPrinter(self.handle, 2)
        except self._errors() as error:
            return PrinterStatus.unknown(str(error), "spooler")
        return from_spooler(int(info.get("Status", 0)), int(info.get("Attributes", 0)))

    def close(self) -> None:
        if self.handle is None:
            return
        try:
            if self.job_open:
                self.win32print.AbortDocPrinter(self.handle)
            self.win32print.ClosePrinter(self.handle)
        except self._errors():
            pass  # the handle is gone either way
        self.handle = None


class FileTransport(Transport):
    """A file or a device node (``/dev/usb/lp0``); writes wait at most ``timeout``."""

    def __init__(self, address: PrinterAddress) -> None:
        super().__init__(address)
        self.fd: int | None = None

    def open(self) -> None:
        flags = os.O_WRONLY | os.O_APPEND | os.O_CREAT | getattr(os, "O_BINARY", 0)
        if sys.platform != "win32":
            flags |= os.O_NONBLOCK
        try:
            self.fd = os.open(self.address.target, flags, 0o644)
        except OSError as error:
            raise self._error(error, writing=False) from error

    def write(self, data: bytes) -> None:
        assert self.fd is not None, "open() first"
        view = memoryview(data)
        try:
            while view:
                if sys.platform != "win32":
                    _, ready, _ = select.select([], [self.fd], [], self.timeout)
                    if not ready:
                        raise TimeoutError(f"device not ready for {self.timeout:g} s")
                try:
                    written = os.write(self.fd, view)
                except BlockingIOError:
                    continue
                self.sent += written
                view = view[written:]
        except OSError as error:
            raise self._error(error, writing=True, maybe_printed=self.sent > 0) from error

    def close(self) -> None:
        if self.fd is not None:
            os.close(self.fd)
            self.fd = None


TRANSPORTS: dict[str, type[Transport]] = {
    "tcp": TcpTransport,
    "serial": SerialTransport,
    "usb": UsbTransport,
    "win32": Win32Transport,
    "file": FileTransport,
}


def transport_for(address: PrinterAddress) -> Transport:
    if address.scheme not in TRANSPORTS:
        raise PrinterError(CONFIG, address.uri, f"{address.scheme}:// is not a byte transport")
    return TRANSPORTS[address.scheme](address)
