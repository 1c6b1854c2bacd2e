"""A station that has synced and holds the platform's offline limits."""

from __future__ import annotations

import pytest

from station_app.station import Station
from station_app.work import Actor
from tests.vouchers.voucher_builders import CLERK, mark_synced, set_limits


@pytest.fixture
def synced(station: Station) -> Station:
    with station.work(Actor.system()) as work:
        mark_synced(work.session, work.now)
        set_limits(work.session)
    return station


@pytest.fixture
def clerk() -> Actor:
    return CLERK
