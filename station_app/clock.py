"""Trusted time: the platform's clock carried forward by this machine's monotonic clock.

Dates that decide money or parcels (voucher expiry, overdue parcels, offline age) use
``trusted_now()``; the device clock can be wrong or set back by a resident at the kiosk.
Before the first contact with the platform, trusted time is the device clock (and says so).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

SKEW_LIMIT = timedelta(minutes=5)


@dataclass(frozen=True)
class Anchor:
    """A server time and the monotonic reading at the moment it was received."""

    server_time: datetime
    monotonic: float


class Clock:
    def __init__(
        self,
        wall: Callable[[], datetime] | None = None,
        monotonic: Callable[[], float] = time.monotonic,
    ) -> None:
        self._wall = wall or (lambda: datetime.now(UTC))
        self._monotonic = monotonic
        self._anchor: Anchor | None = None
        self._offset = timedelta(0)

    def device_now(self) -> datetime:
        return self._wall()

    def trusted_now(self) -> datetime:
        if self._anchor is None:
            return self.device_now() + self._offset
        elapsed = self._monotonic() - self._anchor.monotonic
        return self._anchor.server_time + timedelta(seconds=elapsed)

    @property
    def is_trusted(self) -> bool:
        """True once a server time was seen in this run (or restored from the last one)."""
        return self._anchor is not None or self._offset != timedelta(0)

    def observe_server_time(self, server_time: datetime) -> None:
        """Called with each response's ``server_time``."""
        self._anchor = Anchor(server_time.astimezone(UTC), self._monotonic())
        self._offset = server_time - self.device_now()

    def restore_offset(self, server_time: datetime, device_time: datetime) -> None:
        """At start-up: carry the last known server/device offset until the next contact."""
        self._offset = server_time - device_time

    @property
    def skew(self) -> timedelta:
        """Device clock minus trusted time (positive: the device runs ahead)."""
        return self.device_now() - self.trusted_now()

    @property
    def skewed(self) -> bool:
        return abs(self.skew) > SKEW_LIMIT


def local_time(instant: datetime, zone: str) -> datetime:
    """An instant shown in the station's zone (Asia/Shanghai by default)."""
    return instant.astimezone(ZoneInfo(zone))
