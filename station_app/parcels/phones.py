"""Recipient phone numbers as waybills print them, and how they are shown.

A waybill carries a full mobile number (13812341234), a masked one (138****1234), or a
virtual number with an extension (17012345678转1234) whose last four are not the resident's:
then staff type the resident's last four, as the courier app shows them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from station_app.i18n import QT_TRANSLATE_NOOP
from station_app.parcels.errors import BadScanError
from station_app.parcels.scans import has_control, tidy

PHONE_MAX = 20
_FULL = re.compile(r"^1[3-9][0-9]{9}$")
_MASKED = re.compile(r"^(?P<prefix>[0-9]{0,7})\*{2,8}(?P<tail>[0-9]{4})$")
_MAIN = re.compile(r"^[0-9]{5,15}$")
_EXTENSION = re.compile(r"^[0-9]{1,6}$")
_SEPARATOR = re.compile(r"[转,#]")
_TAIL = re.compile(r"^[0-9]{4}$")


@dataclass(frozen=True)
class PhoneNumber:
    number: str
    """As stored: ``13812341234``, ``138****1234`` or ``17012345678-1234``."""
    tail: str
    kind: str
    """full | masked | virtual"""
    prefix: str = ""
    """The visible leading digits of a masked number (for household matching)."""


def parse_phone(raw: str, tail: str | None = None) -> PhoneNumber:
    """The waybill's phone and, unless the number shows them, the resident's last four."""
    text = tidy(raw).replace(" ", "")
    given_tail = tidy(tail) if tail is not None else ""
    if given_tail and _TAIL.match(given_tail) is None:
        raise BadScanError(QT_TRANSLATE_NOOP("Parcels", "The last four must be four digits."))
    if not text:
        raise BadScanError(QT_TRANSLATE_NOOP("Parcels", "Enter the phone number on the waybill."))
    if len(text) > 2 * PHONE_MAX or has_control(text):
        raise _not_a_phone()
    main, separator, extension = _partition(text)
    if not separator:
        if _FULL.match(main):
            return PhoneNumber(main, _same_tail(main[-4:], given_tail), "full")
        masked = _MASKED.match(main)
        if masked:
            return PhoneNumber(
                main, _same_tail(masked["tail"], given_tail), "masked", prefix=masked["prefix"]
            )
    if _MAIN.match(main) and (not separator or _EXTENSION.match(extension)):
        number = f"{main}-{extension}" if separator else main
        if len(number) <= PHONE_MAX:
            if not given_tail:
                raise BadScanError(
                    QT_TRANSLATE_NOOP(
                        "Parcels",
                        "A virtual or landline number: also enter the resident's last four.",
                    )
                )
            return PhoneNumber(number, given_tail, "virtual")
    raise _not_a_phone()


def _partition(text: str) -> tuple[str, str, str]:
    """Main number and extension: ``17012345678转1234``, ``…,1234`` or ``…#1234``."""
    found = _SEPARATOR.search(text)
    if found is None:
        return text.replace("-", ""), "", ""
    main = text[: found.start()].replace("-", "")
    return main, found.group(), text[found.end() :]


def _same_tail(shown: str, given: str) -> str:
    if given and given != shown:
        raise BadScanError(
            QT_TRANSLATE_NOOP(
                "Parcels", "The last four {given} do not match the phone number ({shown})."
            ),
            given=given,
            shown=shown,
        )
    return shown


def _not_a_phone() -> BadScanError:
    return BadScanError(
        QT_TRANSLATE_NOOP(
            "Parcels",
            "Not a phone number: use 11 digits, 138****1234 or a virtual number.",
        )
    )


def mask_phone(phone: str) -> str:
    """``13812341234`` → ``138****1234``: for the kiosk and printed slips."""
    if _FULL.match(phone):
        return f"{phone[:3]}****{phone[-4:]}"
    if "*" in phone:
        return phone
    main = re.split(r"[-转,#]", phone, maxsplit=1)[0]
    if len(main) <= 4:
        return "*" * len(main)
    keep = 3 if len(main) >= 11 else 0
    return main[:keep] + "*" * (len(main) - keep - 4) + main[-4:]
