"""How the kiosk writes dates, money, shelf places and names for the resident."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from station_app import settings as S
from station_app.money import format_fen
from station_app.station import Station

FIRST_STRONG_ISOLATE, POP_ISOLATE = "\u2068", "\u2069"


def isolate(value: object) -> str:
    """``value`` kept whole inside a sentence of the other direction.

    In a Uyghur (right-to-left) sentence, ``138****1234``, ``¥12.00`` or ``2026-10`` would
    otherwise be reordered by the bidi algorithm; the marks are invisible in Chinese.
    """
    return f"{FIRST_STRONG_ISOLATE}{value}{POP_ISOLATE}"


def fill(template: str, **values: object) -> str:
    """A translated template with its ``{placeholders}``, each value isolated."""
    return template.format(**{name: isolate(value) for name, value in values.items()})


def money(fen: int) -> str:
    return format_fen(fen)


def local_day(station: Station, instant: datetime) -> date:
    return instant.astimezone(ZoneInfo(station.settings.get(S.TIMEZONE))).date()


def last_day(station: Station, expires_at: datetime) -> date:
    """The last local day a voucher can be used: one expiring at midnight ends the day before."""
    local = expires_at.astimezone(ZoneInfo(station.settings.get(S.TIMEZONE)))
    if local.time() == time(0, 0):
        return local.date() - timedelta(days=1)
    return local.date()


def day_text(day: date) -> str:
    """A date the way the resident's language writes it (the format is translated)."""
    # A QDate format: translators put it in their language's order (d, M, yyyy stay).
    pattern = QCoreApplication.translate("KioskFormats", "d MMMM yyyy")
    return QLocale().toString(QDate(day.year, day.month, day.day), pattern)


def instant_day_text(station: Station, instant: datetime) -> str:
    return day_text(local_day(station, instant))


def shelf_place(shelf: str, layer: int) -> str:
    return fill(
        QCoreApplication.translate("KioskFormats", "Shelf {shelf}, layer {layer}"),
        shelf=shelf,
        layer=layer,
    )


def masked_name(name: str) -> str:
    """Only the first character: the screen faces the room, not just the resident."""
    name = name.strip()
    if len(name) <= 1:
        return name
    return name[0] + "*" * min(3, len(name) - 1)
