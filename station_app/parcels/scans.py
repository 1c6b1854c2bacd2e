"""What the scanner or keyboard gives, checked before anything is looked up or written.

A keyboard-wedge scanner sends whatever the label holds, plus an Enter; an IME may turn
digits full-width; Caps Lock inverts letters. Surrounding whitespace and full-width forms are
tidied; anything else odd is refused with a message that says what is wrong.
"""

from __future__ import annotations

import re
import unicodedata

from station_app.i18n import QT_TRANSLATE_NOOP
from station_app.parcels.errors import BadScanError
from station_app.shelves import Slot, parse_code

WAYBILL_MIN = 8
WAYBILL_MAX = 40
WAYBILL_MIN_DIGITS = 6
_WAYBILL = re.compile(r"^[A-Z0-9][A-Z0-9-]*$")
_TAIL = re.compile(r"^[0-9]{4}$")
_EDGES = " \t\r\n"


def tidy(text: str) -> str:
    """Full-width forms to ASCII (NFKC) and the scanner's surrounding whitespace removed."""
    return unicodedata.normalize("NFKC", text).strip(_EDGES)


def has_control(text: str) -> bool:
    return any(unicodedata.category(ch).startswith("C") for ch in text)


def normalize_waybill(raw: str) -> str:
    text = tidy(raw)
    if not text:
        raise BadScanError(QT_TRANSLATE_NOOP("Parcels", "Scan or type the waybill number."))
    if len(text) > WAYBILL_MAX:
        raise BadScanError(
            QT_TRANSLATE_NOOP(
                "Parcels", "That is too long for a waybill number (at most {max} characters)."
            ),
            max=WAYBILL_MAX,
        )
    if has_control(text):
        raise BadScanError(
            QT_TRANSLATE_NOOP(
                "Parcels", "The scan contains control characters. Scan the waybill again."
            )
        )
    if _WAYBILL.match(text) is None:
        if any("a" <= ch <= "z" for ch in text):
            raise BadScanError(
                QT_TRANSLATE_NOOP(
                    "Parcels",
                    "Waybill numbers use capital letters only. Is Caps Lock on? Scan again.",
                )
            )
        raise BadScanError(
            QT_TRANSLATE_NOOP(
                "Parcels", "A waybill number has only capital letters, digits and '-'."
            )
        )
    digits = sum(ch.isdigit() for ch in text)
    if len(text) < WAYBILL_MIN or digits < WAYBILL_MIN_DIGITS:
        raise BadScanError(
            QT_TRANSLATE_NOOP(
                "Parcels",
                "That is not a waybill number (at least {length} characters, {digits} digits).",
            ),
            length=WAYBILL_MIN,
            digits=WAYBILL_MIN_DIGITS,
        )
    return text


def normalize_code(raw: str) -> Slot:
    """A pickup code ``<shelf>-<layer>-<seq>`` as a slot, or a refusal."""
    text = tidy(raw)
    slot = parse_code(text) if len(text) <= 20 and not has_control(text) else None
    if slot is None:
        raise BadScanError(
            QT_TRANSLATE_NOOP(
                "Parcels", "A pickup code looks like 3-2-1045 (shelf, layer, number)."
            )
        )
    return slot


def normalize_tail(raw: str) -> str:
    text = tidy(raw)
    if _TAIL.match(text) is None:
        raise BadScanError(
            QT_TRANSLATE_NOOP("Parcels", "Enter the last four digits of the phone number.")
        )
    return text


def clean_text(raw: str | None, *, limit: int) -> str | None:
    """An optional typed name or note: trimmed, bounded, no control characters."""
    if raw is None:
        return None
    text = unicodedata.normalize("NFC", raw).strip()
    if not text:
        return None
    if has_control(text):
        raise BadScanError(
            QT_TRANSLATE_NOOP("Parcels", "The text contains control characters: {text}"),
            text=text.encode("unicode_escape").decode("ascii")[:60],
        )
    if len(text) > limit:
        raise BadScanError(
            QT_TRANSLATE_NOOP("Parcels", "Keep it to {limit} characters."), limit=limit
        )
    return text
