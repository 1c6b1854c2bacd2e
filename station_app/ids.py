"""Identifiers made at the station: UUIDv7 (time-ordered, so indexes stay append-mostly)."""

from __future__ import annotations

import uuid6


def new_id() -> str:
    return str(uuid6.uuid7())
