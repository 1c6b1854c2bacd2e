"""Column types: UTC instants stored as fixed-width ISO text, JSON stored as text."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import String, Text
from sqlalchemy.engine import Dialect
from sqlalchemy.types import TypeDecorator

_AFTER_YEAR = "-%m-%dT%H:%M:%S.%fZ"
"""The rest of ``YYYY-MM-DDTHH:MM:SS.ffffffZ`` (27 characters) after the year."""


def to_utc(value: datetime) -> datetime:
    """Refuse naive datetimes: a naive value has no zone, so its instant is a guess."""
    if value.tzinfo is None:
        raise ValueError("naive datetime: pass an aware datetime (UTC)")
    return value.astimezone(UTC)


def format_utc(value: datetime) -> str:
    utc = to_utc(value)
    # strftime("%Y") does not pad years before 1000 ("26-01-29…"): that text would not
    # parse back, nor sort with the rest. A platform may still send such an instant.
    return f"{utc.year:04d}{utc.strftime(_AFTER_YEAR)}"


def parse_utc(text: str) -> datetime:
    """Parse RFC 3339 text (``Z`` or an offset) into an aware UTC datetime."""
    value = datetime.fromisoformat(text.replace("Z", "+00:00"))
    if value.tzinfo is None:
        raise ValueError(f"timestamp without a zone: {text!r}")
    return value.astimezone(UTC)


class UTCDateTime(TypeDecorator[datetime]):
    """Stores an aware datetime as UTC text of fixed width, so text order is time order."""

    impl = String(27)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> str | None:
        return None if value is None else format_utc(value)

    def process_result_value(self, value: str | None, dialect: Dialect) -> datetime | None:
        return None if value is None else parse_utc(value)


class JSONText(TypeDecorator[Any]):
    """JSON as canonical text (sorted keys, no ASCII escaping) for stable hashes and diffs."""

    impl = Text
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: Dialect) -> str | None:
        return None if value is None else canonical_json(value)

    def process_result_value(self, value: str | None, dialect: Dialect) -> Any:
        return None if value is None else json.loads(value)


def canonical_json(value: Any) -> str:
    return json.dumps(value, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
