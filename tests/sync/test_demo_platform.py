"""``--demo``: the embedded platform holds the station's own demo community, row for row."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import inspect, select

from station_app import demo
from station_app.db.models import (
    Bill,
    Biller,
    BillLine,
    CatalogItem,
    Household,
    Notice,
    Parcel,
    Policy,
    Resident,
    Staff,
    VoucherAccount,
    VoucherLot,
)
from station_app.paths import StationPaths
from station_app.staff import pin_matches
from station_app.station import Station
from sync import pairing
from sync.engine import SyncEngine
from sync.server.demo import seed_demo, start_embedded_demo
from tests.conftest import ManualClock

AT = datetime(2026, 11, 26, 2, 0, tzinfo=UTC)
MODELS = (
    Staff,
    Policy,
    CatalogItem,
    Notice,
    Household,
    Resident,
    Biller,
    Bill,
    BillLine,
    VoucherAccount,
    VoucherLot,
    Parcel,
)


def rows(station: Station, model: Any) -> dict[str, tuple[Any, ...]]:
    columns = [c.key for c in inspect(model).columns if c.key != "version"]
    with station.database.reading() as session:
        return {
            row.id: tuple(getattr(row, name) for name in columns)
            for row in session.execute(select(model)).scalars()
        }


@pytest.mark.slow
def test_the_demo_platform_serves_the_stations_own_community(tmp_path: Path) -> None:
    embedded = start_embedded_demo(tmp_path / "platform.db", now=lambda: AT)
    synced = Station(StationPaths.under(tmp_path / "synced"), clock=ManualClock(AT))
    local = Station(StationPaths.under(tmp_path / "local"), clock=ManualClock(AT))
    try:
        assert embedded.summary.created and embedded.base_url.startswith("http://127.0.0.1:")
        pairing.pair(synced, embedded.base_url, embedded.enrollment_code())
        client = pairing.terminal_client(synced)
        report = SyncEngine(synced, client).run_round()
        client.close()
        assert report.ok and report.pulled == len(demo.demo_changes(AT))
        assert demo.seed_demo(local).seeded  # the offline fallback, from the same file
        for model in MODELS:
            assert rows(synced, model) == rows(local, model), model.__name__
        with synced.database.reading() as session:
            staff = {s.name: s for s in session.execute(select(Staff)).scalars()}
        for name, role, pin in demo.DEMO_PINS:
            assert staff[name].role == role and pin_matches(staff[name].pin_hash, pin)
        with embedded.platform.database.transaction() as session:
            again = seed_demo(session, AT)
        assert not again.created and again.households == embedded.summary.households
    finally:
        embedded.stop()
        synced.close()
        local.close()
