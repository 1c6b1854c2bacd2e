"""Gapless counters, advanced inside the caller's transaction (a rollback returns the number)."""

from __future__ import annotations

from datetime import date

from sqlalchemy import text
from sqlalchemy.orm import Session

from station_app.db.prepared import Prepared

_NEXT = Prepared(
    text(
        "INSERT INTO counters (name, value) VALUES (:name, 1) "
        "ON CONFLICT(name) DO UPDATE SET value = value + 1 RETURNING value"
    )
)
_CURRENT = text("SELECT value FROM counters WHERE name = :name")


def next_value(session: Session, name: str) -> int:
    """One round trip: the UPSERT hands back the new value."""
    (value,) = _NEXT.run(session, {"name": name}).fetchall()
    return int(value[0])


def current_value(session: Session, name: str) -> int:
    value = session.execute(_CURRENT, {"name": name}).scalar()
    return int(value or 0)


def next_receipt_no(session: Session, terminal_code: str, local_day: date) -> str:
    """``<terminal-code>-<yyyymmdd>-<seq>``: unique without coordination between terminals."""
    day = local_day.strftime("%Y%m%d")
    seq = next_value(session, f"receipt:{day}")
    return f"{terminal_code}-{day}-{seq:04d}"
