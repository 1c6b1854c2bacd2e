"""Overdue (trusted time, policy), reminders, returns to courier, stocktake, search, history."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from typing import Any

import pytest
from sqlalchemy import select

from station_app import parcels, replica
from station_app.db.models import AuditEntry, OutboxOp
from station_app.parcels import BadScanError, NotInStationError, ParcelNotFoundError, ParcelView
from station_app.settings import PARCEL_RETENTION_DAYS
from station_app.station import Station
from station_app.work import Actor

from ..conftest import ManualClock
from .conftest import Counts, Crew

pytestmark = pytest.mark.usefixtures("community")


def overdue_ids(station: Station) -> list[str]:
    with station.database.reading() as session:
        days = parcels.retention_days(session, station.settings)
        found = parcels.list_overdue(session, now=station.clock.trusted_now(), retention_days=days)
    return [p.id for p in found]


def test_overdue_follows_trusted_time(
    receive: Callable[..., ParcelView], clock: ManualClock, station: Station
) -> None:
    oldest = receive()
    clock.advance(timedelta(days=2))
    younger = receive()
    clock.advance(timedelta(days=5))  # oldest: exactly 7 days, not yet "more than"
    assert overdue_ids(station) == []
    clock.advance(timedelta(seconds=1))
    assert overdue_ids(station) == [oldest.id]
    now = station.clock.trusted_now()
    assert oldest.is_overdue(now, 7) and not younger.is_overdue(now, 7)
    clock.advance(timedelta(days=3))
    assert overdue_ids(station) == [oldest.id, younger.id]  # by age, oldest first
    assert oldest.days_in_station(station.clock.trusted_now()) == 10


def test_retention_days_setting_and_platform_policy(
    receive: Callable[..., ParcelView], clock: ManualClock, station: Station
) -> None:
    parcel = receive()
    clock.advance(timedelta(days=3, minutes=1))
    assert overdue_ids(station) == []
    station.settings.set(PARCEL_RETENTION_DAYS, 3)
    assert overdue_ids(station) == [parcel.id]
    with station.work(Actor.system()) as work:
        replica.apply_changes(
            work.session,
            [
                {
                    "entity": "policy",
                    "id": "station-policy",
                    "op": "upsert",
                    "version": 1,
                    "data": {"data": {"parcel_retention_days": 5, "offline_limits": {}}},
                }
            ],
        )
    assert overdue_ids(station) == []  # the platform's 5 days win over the local 3
    with station.database.reading() as session:
        assert parcels.retention_days(session, station.settings) == 5


def test_a_picked_up_parcel_is_never_overdue(
    receive: Callable[..., ParcelView],
    run: Callable[..., Any],
    crew: Crew,
    clock: ManualClock,
    station: Station,
) -> None:
    parcel = receive()
    run(crew.clerk, parcels.pick_up, [parcel.id], method="code")
    clock.advance(timedelta(days=30))
    assert overdue_ids(station) == []


def test_remind_queues_a_reminder_op(
    receive: Callable[..., ParcelView],
    run: Callable[..., Any],
    crew: Crew,
    clock: ManualClock,
    station: Station,
) -> None:
    parcel = receive()
    clock.advance(timedelta(days=8))
    run(crew.clerk, parcels.remind, overdue_ids(station))
    with station.database.reading() as session:
        op = session.execute(select(OutboxOp).where(OutboxOp.type == "parcel.remind")).scalar_one()
        events = parcels.history(session, parcel.id)
    assert op.payload["parcel_id"] == parcel.id
    assert op.payload["days_in_station"] == 8
    assert op.payload["pickup_code"] == parcel.pickup_code
    assert events[-1].kind == "reminded" and events[-1].details == {"days_in_station": 8}


def test_return_to_courier(
    receive: Callable[..., ParcelView],
    run: Callable[..., Any],
    crew: Crew,
    station: Station,
    counts: Callable[[], Counts],
) -> None:
    parcel = receive(waybill_no="YT8812345678901", carrier="YTO")
    before = counts()
    with pytest.raises(BadScanError, match="name of the courier"):
        run(crew.clerk, parcels.return_to_courier, waybill_no=parcel.waybill_no, courier=" ")
    with pytest.raises(ParcelNotFoundError):
        run(crew.clerk, parcels.return_to_courier, waybill_no="YT0000000000000", courier="刘师傅")
    assert counts() == before
    returned = run(
        crew.clerk, parcels.return_to_courier, waybill_no="YT8812345678901\n", courier="刘师傅"
    )
    assert returned.status == "returned" and returned.return_courier == "刘师傅"
    with pytest.raises(NotInStationError):
        run(crew.clerk, parcels.return_to_courier, waybill_no=parcel.waybill_no, courier="刘师傅")
    with station.database.reading() as session:
        op = session.execute(select(OutboxOp).where(OutboxOp.type == "parcel.return")).scalar_one()
        assert parcels.find_by_code(session, parcel.pickup_code) is None
    assert op.payload == {
        "parcel_id": parcel.id,
        "courier": "刘师傅",
        "returned_at": "2026-11-26T02:00:00.000000Z",
        "carrier": "YTO",
        "waybill_no": "YT8812345678901",
    }
    assert receive().pickup_code == parcel.pickup_code  # its place is free again


def test_return_asks_for_the_carrier_when_two_share_a_number(
    receive: Callable[..., ParcelView], run: Callable[..., Any], crew: Crew
) -> None:
    receive(waybill_no="SF0000000000009", carrier="SF")
    other = receive(waybill_no="SF0000000000009", carrier="OTHER")
    with pytest.raises(BadScanError, match="Choose the carrier"):
        run(crew.clerk, parcels.return_to_courier, waybill_no="SF0000000000009", courier="刘")
    returned = run(
        crew.clerk,
        parcels.return_to_courier,
        waybill_no="SF0000000000009",
        courier="刘",
        carrier="OTHER",
    )
    assert returned.id == other.id


def test_stocktake_reports_missing_and_unexpected(
    receive: Callable[..., ParcelView], run: Callable[..., Any], crew: Crew, station: Station
) -> None:
    on_shelf_one = [receive(shelf="1") for _ in range(4)]
    on_shelf_two = receive(shelf="2")
    left = receive(shelf="1")
    run(crew.clerk, parcels.pick_up, [left.id], method="code")
    missing = on_shelf_one[2]
    scans = [
        on_shelf_one[0].waybill_no,
        on_shelf_one[1].pickup_code,
        on_shelf_one[1].waybill_no,  # the same parcel twice: counted once
        on_shelf_one[3].pickup_code.replace("-", "－"),  # full-width, as an IME types it
        on_shelf_two.waybill_no,  # belongs on shelf 2
        "SF9999999999999",  # not ours at all
        "",
    ]
    report = run(crew.clerk, parcels.stocktake, "1", scans)
    assert report.shelf == "1" and report.expected == 4
    assert [p.id for p in report.missing] == [missing.id]
    assert {p.id for p in report.found} == {on_shelf_one[i].id for i in (0, 1, 3)}
    unexpected = {
        u.scanned: (u.reason, u.parcel.id if u.parcel else None) for u in report.unexpected
    }
    assert unexpected == {
        on_shelf_two.waybill_no: ("elsewhere", on_shelf_two.id),
        "SF9999999999999": ("unknown", None),
    }
    assert not report.matches
    with station.database.reading() as session:
        entry = session.execute(
            select(AuditEntry).where(AuditEntry.action == "parcel.stocktake")
        ).scalar_one()
        # A stocktake changes no parcel: the missing one is still in station.
        assert parcels.find_by_code(session, missing.pickup_code) == missing
    assert entry.staff_id == crew.clerk.staff_id
    assert entry.entity == "shelf" and entry.entity_id == "1"
    assert entry.details["missing"] == [missing.pickup_code]
    assert entry.details["expected"] == 4 and entry.details["found"] == 3
    # A parcel that already left shows as such.
    again = run(crew.clerk, parcels.stocktake, "1", [left.waybill_no])
    assert [(u.reason, u.parcel.status if u.parcel else None) for u in again.unexpected] == [
        ("not_in_station", "picked_up")
    ]


def test_search_and_history(
    receive: Callable[..., ParcelView],
    run: Callable[..., Any],
    crew: Crew,
    clock: ManualClock,
    station: Station,
) -> None:
    monday = receive(phone="13812341234", waybill_no="SF1000000000001")
    clock.advance(timedelta(days=1))
    tuesday = receive(phone="13712341234", waybill_no="JT0000000000002", carrier="JT")
    run(crew.clerk, parcels.pick_up, [monday.id], method="code")
    clock.advance(timedelta(days=1))
    wednesday = receive(phone="15099998888", waybill_no="SF1000000000003")
    start = monday.checked_in_at
    with station.database.reading() as session:

        def ids(**criteria: Any) -> list[str]:
            return [p.id for p in parcels.search(session, **criteria)]

        assert ids() == [wednesday.id, tuesday.id, monday.id]  # newest first
        assert ids(waybill="SF1000000000001") == [monday.id]
        assert ids(tail="1234") == [tuesday.id, monday.id]
        assert ids(tail="1234", statuses=["in_station"]) == [tuesday.id]
        # Codes are reused: the history holds every parcel that had this one.
        assert ids(code=monday.pickup_code) == [wednesday.id, monday.id]
        assert ids(since=start + timedelta(hours=1)) == [wednesday.id, tuesday.id]
        assert ids(since=start, until=start + timedelta(days=1, hours=1)) == [
            tuesday.id,
            monday.id,
        ]
        with pytest.raises(BadScanError, match="end date"):
            parcels.search(session, since=start, until=start)
        events = parcels.history(session, monday.id)
    assert [(e.kind, e.staff_name) for e in events] == [
        ("checked_in", "张敏"),
        ("picked_up", "张敏"),
    ]
    assert events[1].details == {
        "method": "code",
        "pickup_code": monday.pickup_code,
        "collector": "self",
    }
    assert events[0].at < events[1].at
