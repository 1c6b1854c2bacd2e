"""What one platform process runs with: its database, admin token, clock and limits."""

from __future__ import annotations

import os
import secrets
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

DEFAULT_DB_URL = "sqlite:///station-platform.db"
ADMIN_TOKEN_ENV = "STATION_PLATFORM_ADMIN_TOKEN"
DB_URL_ENV = "STATION_PLATFORM_DB"


def _utc_now() -> datetime:
    return datetime.now(UTC)


@dataclass(frozen=True)
class ServerConfig:
    database_url: str = DEFAULT_DB_URL
    admin_token: str = field(default_factory=lambda: secrets.token_urlsafe(24))
    now: Callable[[], datetime] = _utc_now
    min_app_version: str = "0.1.0"
    public_base_url: str | None = None
    """Scheme and authority clients use (``https://platform.example``) when the server
    sits behind a TLS proxy: signatures cover the URL as the terminal sent it."""
    enrollment_ttl: timedelta = timedelta(minutes=10)
    nonce_ttl: timedelta = timedelta(seconds=900)
    clock_skew_flag: timedelta = timedelta(minutes=5)
    refund_lot_days: int = 30
    """A refund to a lot that has expired goes to a new lot valid this long."""

    @classmethod
    def from_environment(cls, **overrides: object) -> ServerConfig:
        values: dict[str, object] = {}
        if os.environ.get(DB_URL_ENV):
            values["database_url"] = os.environ[DB_URL_ENV]
        if os.environ.get(ADMIN_TOKEN_ENV):
            values["admin_token"] = os.environ[ADMIN_TOKEN_ENV]
        values.update({k: v for k, v in overrides.items() if v is not None})
        return cls(**values)  # type: ignore[arg-type]
