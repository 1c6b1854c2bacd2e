"""Money is integer fen (分). ``Decimal`` only to parse and format; never float.

Staff type or scan amounts as ``12``, ``12.5``, ``¥12.50``, ``￥12.50``, ``12.50元`` or
``1,234.50``; anything else is refused with a message that says why.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from station_app.i18n import QT_TRANSLATE_NOOP, UserError

FEN_PER_YUAN = 100
MAX_FEN = 100_000_000_00  # ¥100,000,000: far above any counter amount; guards typos
_CURRENCY = re.compile(
    r"^(?P<sign>[-−]?)\s*[¥￥]?\s*(?P<number>[0-9][0-9,]*(?:\.[0-9]*)?|\.[0-9]+)\s*(?:元|圆)?$"
)
_GROUPED = re.compile(r"^[0-9]{1,3}(?:,[0-9]{3})*(?:\.[0-9]*)?$")


class MoneyError(UserError):
    """An amount that cannot be taken as money."""


def parse_fen(text: str, *, allow_negative: bool = False, allow_zero: bool = True) -> int:
    """Parse what staff typed or scanned into integer fen."""
    cleaned = text.strip().replace("\u3000", " ")
    if not cleaned:
        raise MoneyError(QT_TRANSLATE_NOOP("Money", "Enter an amount."))
    if cleaned[0] in "¥￥" and len(cleaned) > 1 and cleaned[1] in "-−":
        cleaned = cleaned[1] + cleaned[0] + cleaned[2:]
    match = _CURRENCY.match(cleaned)
    if match is None:
        raise MoneyError(
            QT_TRANSLATE_NOOP("Money", "“{text}” is not an amount of money."), text=text.strip()
        )
    number = match["number"]
    if "," in number and not _GROUPED.match(number):
        raise MoneyError(
            QT_TRANSLATE_NOOP("Money", "“{text}” is not an amount of money."), text=text.strip()
        )
    number = number.replace(",", "")
    if "." in number and len(number.split(".", 1)[1]) > 2:
        raise MoneyError(
            QT_TRANSLATE_NOOP(
                "Money", "“{text}” has more than two decimals (fen is the smallest unit)."
            ),
            text=text.strip(),
        )
    try:
        fen = int(Decimal(number.rstrip(".") or "0") * FEN_PER_YUAN)
    except InvalidOperation:
        raise MoneyError(
            QT_TRANSLATE_NOOP("Money", "“{text}” is not an amount of money."), text=text.strip()
        ) from None
    if match["sign"]:
        fen = -fen
    return check_fen(fen, allow_negative=allow_negative, allow_zero=allow_zero)


def check_fen(fen: int, *, allow_negative: bool = False, allow_zero: bool = True) -> int:
    """Refuse amounts that make no sense where they are used."""
    if isinstance(fen, bool) or not isinstance(fen, int):
        raise TypeError(f"money must be int fen, not {type(fen).__name__}")
    if fen < 0 and not allow_negative:
        raise MoneyError(QT_TRANSLATE_NOOP("Money", "The amount cannot be negative."))
    if fen == 0 and not allow_zero:
        raise MoneyError(QT_TRANSLATE_NOOP("Money", "The amount must be more than zero."))
    if abs(fen) > MAX_FEN:
        raise MoneyError(
            QT_TRANSLATE_NOOP("Money", "The amount is too large (at most {limit})."),
            limit=format_fen(MAX_FEN),
        )
    return fen


def format_fen(fen: int, *, symbol: str = "¥") -> str:
    """``1250`` → ``¥12.50``; ``-1250`` → ``-¥12.50``. Receipts pass ``symbol="￥"``."""
    sign = "-" if fen < 0 else ""
    yuan, cents = divmod(abs(fen), FEN_PER_YUAN)
    return f"{sign}{symbol}{yuan}.{cents:02d}"


def format_plain(fen: int) -> str:
    """``1250`` → ``12.50`` (for columns where the symbol is in the header)."""
    return format_fen(fen, symbol="")
