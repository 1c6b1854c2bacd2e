"""What state a printer is in: from ``DLE EOT`` replies, the Windows spooler, or unknown.

``DLE EOT n`` (``10 04 n``) is answered at once, even while the printer is offline:
n=1 printer (bit 0x08 offline), n=2 offline cause (0x04 cover open, 0x20 stopped at paper
end, 0x40 error), n=4 paper roll (0x0C near end, 0x60 out). A valid reply has bits
0x02 and 0x10 set and bits 0x01 and 0x80 clear; anything else is ignored. A printer that
does not answer is *unknown*, never "fine".
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from station_app.i18n import QT_TRANSLATE_NOOP, Message

QUERY_PRINTER = b"\x10\x04\x01"
QUERY_OFFLINE_CAUSE = b"\x10\x04\x02"
QUERY_PAPER = b"\x10\x04\x04"


class PrinterState(StrEnum):
    READY = "ready"
    PAPER_OUT = "paper_out"
    COVER_OPEN = "cover_open"
    OFFLINE = "offline"
    ERROR = "error"
    UNKNOWN = "unknown"
    NOT_CONFIGURED = "not_configured"


MESSAGES: dict[PrinterState, Message] = {
    PrinterState.READY: QT_TRANSLATE_NOOP("PrinterStatus", "Printer ready"),
    PrinterState.PAPER_OUT: QT_TRANSLATE_NOOP("PrinterStatus", "Paper out"),
    PrinterState.COVER_OPEN: QT_TRANSLATE_NOOP("PrinterStatus", "Printer cover open"),
    PrinterState.OFFLINE: QT_TRANSLATE_NOOP("PrinterStatus", "Printer offline"),
    PrinterState.ERROR: QT_TRANSLATE_NOOP("PrinterStatus", "Printer error"),
    PrinterState.UNKNOWN: QT_TRANSLATE_NOOP("PrinterStatus", "Printer status unknown"),
    PrinterState.NOT_CONFIGURED: QT_TRANSLATE_NOOP("PrinterStatus", "No printer set up"),
}
PAPER_LOW = QT_TRANSLATE_NOOP("PrinterStatus", "Paper running low")

BLOCKING = frozenset(
    {PrinterState.PAPER_OUT, PrinterState.COVER_OPEN, PrinterState.OFFLINE, PrinterState.ERROR}
)


@dataclass(frozen=True)
class PrinterStatus:
    state: PrinterState
    paper_low: bool = False
    source: str = "none"
    """dle_eot | spooler | preview | none"""
    detail: str = ""

    @property
    def blocking(self) -> bool:
        """True when a job sent now would not print: it waits in the queue instead."""
        return self.state in BLOCKING

    @property
    def message(self) -> Message:
        return MESSAGES[self.state]

    @classmethod
    def unknown(cls, detail: str = "", source: str = "none") -> PrinterStatus:
        return cls(PrinterState.UNKNOWN, source=source, detail=detail)


def _valid(reply: bytes | None) -> int | None:
    if not reply:
        return None
    value = reply[-1]  # the latest byte: earlier ones may be stale automatic replies
    return value if value & 0x93 == 0x12 else None


def from_dle_eot(
    printer: bytes | None, offline_cause: bytes | None = None, paper: bytes | None = None
) -> PrinterStatus:
    """Combine the replies to ``DLE EOT 1``, ``2`` and ``4`` (each may be missing)."""
    main = _valid(printer)
    if main is None:
        detail = "no answer" if not printer else f"unexpected reply {printer.hex()}"
        return PrinterStatus.unknown(detail, "dle_eot")
    roll = _valid(paper)
    paper_out = roll is not None and roll & 0x60 == 0x60
    paper_low = roll is not None and roll & 0x0C == 0x0C
    if main & 0x08:
        cause = _valid(offline_cause)
        if cause is not None and cause & 0x04:
            state = PrinterState.COVER_OPEN
        elif (cause is not None and cause & 0x20) or paper_out:
            state = PrinterState.PAPER_OUT
        elif cause is not None and cause & 0x40:
            state = PrinterState.ERROR
        else:
            state = PrinterState.OFFLINE
    else:
        state = PrinterState.PAPER_OUT if paper_out else PrinterState.READY
    return PrinterStatus(state, paper_low=paper_low and not paper_out, source="dle_eot")


# Windows spooler (winspool.h): PRINTER_STATUS_* and PRINTER_ATTRIBUTE_WORK_OFFLINE
SPOOLER_PAUSED = 0x1
SPOOLER_ERROR = 0x2
SPOOLER_PAPER_JAM = 0x8
SPOOLER_PAPER_OUT = 0x10
SPOOLER_OFFLINE = 0x80
SPOOLER_PAPER_PROBLEM = 0x40
SPOOLER_NOT_AVAILABLE = 0x1000
SPOOLER_NO_TONER = 0x40000
SPOOLER_DOOR_OPEN = 0x400000
ATTRIBUTE_WORK_OFFLINE = 0x400


def from_spooler(status: int, attributes: int = 0) -> PrinterStatus:
    """The spooler's view. Many USB receipt drivers always say 0, so "ready" is weak here."""
    if status & SPOOLER_DOOR_OPEN:
        state = PrinterState.COVER_OPEN
    elif status & (SPOOLER_PAPER_OUT | SPOOLER_PAPER_PROBLEM):
        state = PrinterState.PAPER_OUT
    elif status & (SPOOLER_OFFLINE | SPOOLER_NOT_AVAILABLE | SPOOLER_PAUSED) or (
        attributes & ATTRIBUTE_WORK_OFFLINE
    ):
        state = PrinterState.OFFLINE
    elif status & (SPOOLER_ERROR | SPOOLER_PAPER_JAM):
        state = PrinterState.ERROR
    else:
        state = PrinterState.READY
    return PrinterStatus(state, source="spooler", detail=f"status=0x{status:x}")
