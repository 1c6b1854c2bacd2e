"""Words the bill screens share: payment states, amounts, addresses, time of day."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from station_app import settings as S
from station_app.bills import HouseholdCard
from station_app.i18n import QT_TRANSLATE_NOOP, Message
from station_app.money import format_fen
from station_app.station import Station
from ui.i18n import tr_message

STATUS_NAMES: dict[str, Message] = {
    "pending": QT_TRANSLATE_NOOP("BillWords", "Pending confirmation"),
    "confirmed": QT_TRANSLATE_NOOP("BillWords", "Confirmed"),
    "flagged": QT_TRANSLATE_NOOP("BillWords", "Needs attention"),
    "voided": QT_TRANSLATE_NOOP("BillWords", "Voided"),
}
BILL_STATUS_NAMES: dict[str, Message] = {
    "unpaid": QT_TRANSLATE_NOOP("BillWords", "Unpaid"),
    "partial": QT_TRANSLATE_NOOP("BillWords", "Part paid"),
    "paid": QT_TRANSLATE_NOOP("BillWords", "Paid"),
}
ADDRESS = QT_TRANSLATE_NOOP("BillWords", "Building {building}, unit {unit}, room {room}")


def word(names: dict[str, Message], key: str) -> str:
    message = names.get(key)
    return tr_message(message) if message else key


def money(fen: int) -> str:
    """``¥12.50`` on screen (receipts use ``￥``)."""
    return format_fen(fen)


def _number(part: str) -> str:
    # The platform may send "3" or "3栋": the sentence supplies the words.
    digits = "".join(ch for ch in part if ch.isdigit())
    return digits or part


def address(building: str, unit: str, room: str) -> str:
    return tr_message(
        ADDRESS.with_params(building=_number(building), unit=_number(unit), room=_number(room))
    )


def card_address(card: HouseholdCard) -> str:
    return address(card.building, card.unit, card.room)


def local_time(station: Station, instant: datetime | None, pattern: str = "%m-%d %H:%M") -> str:
    if instant is None:
        return ""
    return instant.astimezone(ZoneInfo(station.settings.get(S.TIMEZONE))).strftime(pattern)
