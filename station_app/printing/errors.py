"""The one error every printer failure becomes, whatever the transport raised."""

from __future__ import annotations

from station_app.i18n import QT_TRANSLATE_NOOP, Message, UserError

# kind: what the print queue does about it
OFFLINE = "offline"  # nothing reached the printer: the job stays queued
TIMEOUT = "timeout"  # the printer stopped answering
CONFIG = "config"  # the address or the machine's drivers are wrong: a technician fixes it
FAILED = "failed"  # the printer refused or broke off part-way

MESSAGES: dict[str, Message] = {
    OFFLINE: QT_TRANSLATE_NOOP(
        "Printer", "The printer {printer} cannot be reached. Check that it is on and connected."
    ),
    TIMEOUT: QT_TRANSLATE_NOOP("Printer", "The printer {printer} did not answer in time."),
    CONFIG: QT_TRANSLATE_NOOP(
        "Printer", "The printer setting “{printer}” cannot be used: {detail}"
    ),
    FAILED: QT_TRANSLATE_NOOP("Printer", "Printing on {printer} failed: {detail}"),
}


class PrinterError(UserError):
    """A printer could not be used: one type for every transport, with a translatable message.

    ``maybe_printed`` is True when bytes had already been handed to the printer when it
    failed: the receipt may be on paper, so the queue must not send it again by itself.
    """

    def __init__(
        self,
        kind: str,
        printer: str,
        detail: str = "",
        *,
        maybe_printed: bool = False,
        message: Message | None = None,
    ) -> None:
        super().__init__(message or MESSAGES[kind], printer=printer, detail=detail)
        self.kind = kind
        self.printer = printer
        self.detail = detail
        self.maybe_printed = maybe_printed
