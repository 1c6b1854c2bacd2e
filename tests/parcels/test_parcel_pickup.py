"""Pickup by code, tail, household and in batches; evidence; undo; codes freed and reused."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from typing import Any

import pytest
from sqlalchemy import select

from station_app import parcels
from station_app.db.models import OutboxOp, Parcel
from station_app.parcels import (
    BadScanError,
    Evidence,
    NotInStationError,
    ParcelNotFoundError,
    ParcelView,
    UndoRefusedError,
)
from station_app.shelves import ShelfLayout
from station_app.station import Station

from ..conftest import ManualClock
from .conftest import Counts, Crew

pytestmark = pytest.mark.usefixtures("community")


def test_pick_up_by_code(
    receive: Callable[..., ParcelView], run: Callable[..., Any], crew: Crew, station: Station
) -> None:
    parcel = receive()
    handed = run(crew.clerk, parcels.pick_up_by_code, f" {parcel.pickup_code}\r\n")
    assert handed.status == "picked_up"
    assert handed.pickup_method == "code"
    assert handed.collector_kind == "self"
    assert handed.picked_up_by == crew.clerk.staff_id
    with station.database.reading() as session:
        assert parcels.find_by_code(session, parcel.pickup_code) is None
        op = session.execute(select(OutboxOp).where(OutboxOp.type == "parcel.pick_up")).scalar_one()
    assert op.payload == {
        "parcel_id": parcel.id,
        "method": "code",
        "picked_up_at": "2026-11-26T02:00:00.000000Z",
        "pickup_code": parcel.pickup_code,
        "evidence": {"collector": "self"},
    }
    with pytest.raises(ParcelNotFoundError, match="No parcel in station"):
        run(crew.clerk, parcels.pick_up_by_code, parcel.pickup_code)


def test_pick_up_by_tail_lists_every_match_to_confirm(
    receive: Callable[..., ParcelView], run: Callable[..., Any], crew: Crew, station: Station
) -> None:
    first = receive(phone="13812341234")
    second = receive(phone="13712341234")
    third = receive(phone="17012345678转9", tail="1234")
    receive(phone="13900005678")
    with station.database.reading() as session:
        matches = parcels.find_by_tail(session, "1234")
    assert [p.id for p in matches] == [first.id, second.id, third.id]
    assert [p.masked_phone for p in matches] == ["138****1234", "137****1234", "170****5678"]
    # Staff confirm two of the three with the resident.
    run(crew.clerk, parcels.pick_up, [first.id, third.id], method="phone_tail")
    with station.database.reading() as session:
        assert [p.id for p in parcels.find_by_tail(session, "1234")] == [second.id]


def test_pick_up_by_household(
    receive: Callable[..., ParcelView], run: Callable[..., Any], crew: Crew, station: Station
) -> None:
    matched = receive(phone="13812341234")
    other_member = receive(phone="13900005678")
    masked = receive(phone="139****5678")
    elsewhere = receive(phone="15099998888")
    assert masked.household_id == "h1"  # the visible prefix 139 and tail 5678 fit one resident
    someone_else = receive(phone="13812341234", household_id="h3")  # staff chose h3
    with station.database.reading() as session:
        found = parcels.find_by_household(session, "h1")
    assert {p.id for p in found} == {matched.id, other_member.id, masked.id}
    assert elsewhere.id not in {p.id for p in found} and someone_else.id not in {
        p.id for p in found
    }
    handed = run(crew.clerk, parcels.pick_up, [p.id for p in found], method="member_qr")
    assert {p.status for p in handed} == {"picked_up"}


def test_household_lookup_finds_parcels_checked_in_before_the_resident_was_known(
    receive: Callable[..., ParcelView], station: Station
) -> None:
    parcel = receive(phone="18600001111")
    assert parcel.household_id is None
    from station_app import replica
    from station_app.work import Actor

    with station.work(Actor.system()) as work:
        replica.apply_changes(
            work.session,
            [
                {
                    "entity": "resident",
                    "id": "r9",
                    "op": "upsert",
                    "version": 1,
                    "data": {"household_id": "h3", "name": "新住户", "phone": "18600001111"},
                }
            ],
        )
    with station.database.reading() as session:
        assert [p.id for p in parcels.find_by_household(session, "h3")] == [parcel.id]


def test_batch_pickup_is_one_unit_of_work(
    receive: Callable[..., ParcelView],
    run: Callable[..., Any],
    crew: Crew,
    station: Station,
    counts: Callable[[], Counts],
) -> None:
    batch = [receive() for _ in range(4)]
    gone = batch[3]
    run(crew.clerk, parcels.pick_up, [gone.id], method="code")
    before = counts()
    with pytest.raises(NotInStationError, match="no longer in station"):
        run(crew.clerk, parcels.pick_up, [p.id for p in batch], method="code")
    assert counts() == before  # the three still here were not handed over either
    family = Evidence("family", name="张伟的妻子", note="代领")
    handed = run(
        crew.clerk, parcels.pick_up, [p.id for p in batch[:3]] * 2, method="code", evidence=family
    )
    assert len(handed) == 3
    after = counts()
    assert (after.ops - before.ops, after.audit - before.audit, after.events - before.events) == (
        3,
        3,
        3,
    )
    with station.database.reading() as session:
        row = session.get(Parcel, batch[0].id)
        assert row is not None
        assert (row.collector_kind, row.collector_name, row.note) == (
            "family",
            "张伟的妻子",
            "代领",
        )
        ops = session.execute(
            select(OutboxOp).where(OutboxOp.type == "parcel.pick_up").order_by(OutboxOp.seq)
        ).scalars()
        assert [op.payload["evidence"] for op in ops][-1] == {
            "collector": "family",
            "name": "张伟的妻子",
            "note": "代领",
        }


def test_a_neighbour_must_give_a_name(
    receive: Callable[..., ParcelView],
    run: Callable[..., Any],
    crew: Crew,
    counts: Callable[[], Counts],
) -> None:
    parcel = receive()
    before = counts()
    with pytest.raises(BadScanError, match="neighbour"):
        run(
            crew.clerk,
            parcels.pick_up,
            [parcel.id],
            method="code",
            evidence=Evidence("neighbour", name="  "),
        )
    assert counts() == before
    handed = run(
        crew.clerk,
        parcels.pick_up,
        [parcel.id],
        method="code",
        evidence=Evidence("neighbour", name="隔壁 王阿姨"),
    )
    assert handed[0].collector_name == "隔壁 王阿姨"


def test_code_is_reused_after_release(
    receive: Callable[..., ParcelView], run: Callable[..., Any], crew: Crew
) -> None:
    first, second, third = receive(), receive(), receive()
    assert [first.pickup_code, second.pickup_code, third.pickup_code] == [
        "1-1-1",
        "1-1-2",
        "1-1-3",
    ]
    run(crew.clerk, parcels.pick_up, [second.id], method="code")
    assert receive().pickup_code == "1-1-2"  # the lowest free code on the layer comes back
    assert receive().pickup_code == "1-1-4"


def test_undo_by_a_supervisor_keeps_the_code_when_free(
    receive: Callable[..., ParcelView],
    run: Callable[..., Any],
    crew: Crew,
    clock: ManualClock,
    layout: ShelfLayout,
    station: Station,
) -> None:
    parcel = receive()
    run(crew.clerk, parcels.pick_up, [parcel.id], method="code")
    clock.advance(timedelta(minutes=9, seconds=59))
    back = run(crew.supervisor, parcels.undo_pick_up, parcel.id, layout, reason="交错了")
    assert back.status == "in_station" and back.pickup_code == parcel.pickup_code
    assert back.picked_up_at is None and back.collector_kind is None
    with station.database.reading() as session:
        assert parcels.find_by_code(session, parcel.pickup_code) == back
        op = session.execute(
            select(OutboxOp).where(OutboxOp.type == "parcel.undo_pick_up")
        ).scalar_one()
        assert op.staff_id == crew.supervisor.staff_id
        assert op.payload["pickup_code"] == parcel.pickup_code
        assert op.payload["reason"] == "交错了"
        kinds = [(e.kind, e.staff_name) for e in parcels.history(session, parcel.id)]
    assert kinds == [("checked_in", "张敏"), ("picked_up", "张敏"), ("pickup_undone", "王强")]
    # It can be handed over again, by the same code.
    assert run(crew.clerk, parcels.pick_up_by_code, parcel.pickup_code).id == parcel.id


def test_undo_gives_a_new_code_when_the_old_one_was_taken(
    receive: Callable[..., ParcelView],
    run: Callable[..., Any],
    crew: Crew,
    layout: ShelfLayout,
) -> None:
    parcel = receive()
    run(crew.clerk, parcels.pick_up, [parcel.id], method="code")
    newcomer = receive()
    assert newcomer.pickup_code == parcel.pickup_code
    back = run(crew.admin, parcels.undo_pick_up, parcel.id, layout)
    assert back.pickup_code == "1-1-2" and back.pickup_code != parcel.pickup_code
    assert (back.shelf, back.layer, back.slot_seq) == ("1", 1, 2)


def test_undo_is_refused_for_a_clerk_and_after_ten_minutes(
    receive: Callable[..., ParcelView],
    run: Callable[..., Any],
    crew: Crew,
    clock: ManualClock,
    layout: ShelfLayout,
    counts: Callable[[], Counts],
) -> None:
    parcel = receive()
    run(crew.clerk, parcels.pick_up, [parcel.id], method="code")
    before = counts()
    with pytest.raises(UndoRefusedError, match="Only a supervisor"):
        run(crew.clerk, parcels.undo_pick_up, parcel.id, layout)
    clock.advance(timedelta(minutes=10, seconds=1))
    with pytest.raises(UndoRefusedError, match="for 10 minutes"):
        run(crew.supervisor, parcels.undo_pick_up, parcel.id, layout)
    assert counts() == before
    still_here = receive()
    with pytest.raises(UndoRefusedError, match="picked up"):
        run(crew.supervisor, parcels.undo_pick_up, still_here.id, layout)


def test_a_clerk_undoes_with_a_supervisors_approval(
    receive: Callable[..., ParcelView],
    run: Callable[..., Any],
    crew: Crew,
    layout: ShelfLayout,
) -> None:
    parcel = receive()
    run(crew.clerk, parcels.pick_up, [parcel.id], method="code")
    with pytest.raises(UndoRefusedError, match="Only a supervisor"):
        run(crew.clerk, parcels.undo_pick_up, parcel.id, layout, override=crew.clerk)
    back = run(crew.clerk, parcels.undo_pick_up, parcel.id, layout, override=crew.supervisor)
    assert back.status == "in_station"


def test_garbage_codes_and_tails_are_refused(station: Station) -> None:
    with station.database.reading() as session:
        for junk in ("", "3-2", "x-1-1-1", "3-2-1\x00", "1" * 30):
            with pytest.raises(BadScanError, match="pickup code"):
                parcels.find_by_code(session, junk)
        for junk in ("", "123", "12345", "abcd", "１２３"):
            with pytest.raises(BadScanError, match="last four"):
                parcels.find_by_tail(session, junk)
