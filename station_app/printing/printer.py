"""A configured receipt printer: a transport (or the preview), a paper profile and a mode.

``open_printer(uri, columns=, mode=)`` gives an object that prints a laid-out receipt
and reports the printer's status. Printing one receipt is: connect, ask the status (a
printer out of paper or with its cover open gets nothing, so the job waits), send, ask
again, disconnect.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Protocol

from station_app.printing.encoder import MODES, encode
from station_app.printing.errors import CONFIG, PrinterError
from station_app.printing.layout import Document
from station_app.printing.printer_profile import PrinterProfile
from station_app.printing.printer_status import PrinterState, PrinterStatus
from station_app.printing.raster import RasterRenderer
from station_app.printing.text_encoding import is_rom_char
from station_app.printing.transports import PrinterAddress, parse_printer_uri, transport_for

log = logging.getLogger(__name__)

PRINTED = "printed"
"""Sent and, as far as the printer says, printed."""
BLOCKED = "blocked"
"""Not sent: the printer said it cannot print now (paper out, cover open, offline)."""
UNCERTAIN = "uncertain"
"""Sent, but the printer stopped during or right after: it may or may not be on paper."""


@dataclass(frozen=True)
class PrintOutcome:
    result: str
    status: PrinterStatus
    image: Path | None = None
    """The preview printer's PNG of the receipt."""


class ReceiptPrinter(Protocol):
    uri: str
    profile: PrinterProfile
    mode: str

    def print_document(
        self, document: Document, *, kick_drawer: bool = False, label: str = ""
    ) -> PrintOutcome: ...

    def status(self) -> PrinterStatus: ...


class EscposPrinter:
    """A real printer behind a byte transport."""

    def __init__(
        self,
        address: PrinterAddress,
        profile: PrinterProfile,
        mode: str,
        renderer: RasterRenderer | None = None,
    ) -> None:
        self.address = address
        self.uri = address.uri
        self.profile = profile
        self.mode = mode
        self._renderer = renderer

    def mode_for(self, document: Document) -> str:
        """Text mode, unless the receipt holds letters the Chinese font ROM lacks (Uyghur,
        rare Han): then this receipt is drawn as an image, so nothing prints as □."""
        if self.mode == "text" and not all(
            is_rom_char(char) for line in document.text_lines for char in line
        ):
            return "raster"
        return self.mode

    def encode(self, document: Document, *, kick_drawer: bool = False) -> bytes:
        mode = self.mode_for(document)
        if mode == "raster" and self._renderer is None:
            self._renderer = RasterRenderer()
        return encode(
            document, self.profile, mode, kick_drawer=kick_drawer, renderer=self._renderer
        )

    def print_document(
        self, document: Document, *, kick_drawer: bool = False, label: str = ""
    ) -> PrintOutcome:
        data = self.encode(document, kick_drawer=kick_drawer)  # before connecting: no half jobs
        with transport_for(self.address) as transport:
            before = transport.status()
            if before.blocking:
                log.info("printer %s not ready (%s): %s waits", self.uri, before.state.value, label)
                return PrintOutcome(BLOCKED, before)
            transport.write(data)
            # A printer that did not answer before will not answer now: do not wait twice.
            after = before if before.state == PrinterState.UNKNOWN else transport.status()
            lost = transport.lost
        if lost:
            # Gone while the job was on its way (reset, power cut): maybe on paper, maybe not.
            log.warning("printer %s vanished during %s", self.uri, label)
            return PrintOutcome(UNCERTAIN, after)
        if after.blocking:
            log.warning("printer %s stopped after %s: %s", self.uri, label, after.state.value)
            return PrintOutcome(UNCERTAIN, after)
        return PrintOutcome(PRINTED, after)

    def status(self) -> PrinterStatus:
        try:
            with transport_for(self.address) as transport:
                return transport.status()
        except PrinterError as error:
            return PrinterStatus(PrinterState.OFFLINE, source="connect", detail=error.detail)


class PreviewPrinter:
    """The demo's virtual printer: each receipt becomes a PNG, as a raster printer draws it.

    ``on_printed`` listeners get the PNG path (the UI shows it in a preview window).
    """

    def __init__(
        self,
        uri: str,
        folder: Path,
        profile: PrinterProfile,
        renderer: RasterRenderer | None = None,
    ) -> None:
        self.uri = uri
        self.folder = folder
        self.profile = profile
        self.mode = "raster"
        self._renderer = renderer
        self.listeners: list[Callable[[Path], None]] = []
        self.last_image: Path | None = None

    def print_document(
        self, document: Document, *, kick_drawer: bool = False, label: str = ""
    ) -> PrintOutcome:
        if self._renderer is None:
            self._renderer = RasterRenderer()
        image = self._renderer.render(
            document.blocks, self.profile.dots, document.columns, self.profile.qr_module_dots
        )
        self.folder.mkdir(parents=True, exist_ok=True)
        stem = re.sub(r"[^0-9A-Za-z_-]+", "_", label) or "receipt"
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
        path = self.folder / f"{stamp}-{stem}.png"
        image.save(path)
        self.last_image = path
        for listener in list(self.listeners):
            listener(path)
        return PrintOutcome(PRINTED, self.status(), image=path)

    def status(self) -> PrinterStatus:
        return PrinterStatus(PrinterState.READY, source="preview")


def open_printer(
    uri: str,
    *,
    columns: int = 32,
    mode: str = "text",
    preview_folder: Path | None = None,
    renderer: RasterRenderer | None = None,
) -> EscposPrinter | PreviewPrinter:
    """The printer a URI names. Bad URIs and options raise ``PrinterError`` (config)."""
    address = parse_printer_uri(uri)
    if mode not in MODES:
        raise PrinterError(CONFIG, uri, f"mode must be text or raster, not {mode}")
    try:
        profile = PrinterProfile.for_columns(columns).with_options(address.options)
    except ValueError as error:
        raise PrinterError(CONFIG, uri, str(error)) from error
    if address.scheme == "preview":
        folder = Path(address.target) if address.target else preview_folder
        if folder is None:
            raise PrinterError(CONFIG, uri, "the preview folder is missing (preview:///folder)")
        return PreviewPrinter(uri, folder, profile, renderer)
    return EscposPrinter(address, profile, mode, renderer)
