"""Local staff while unpaired, PIN changes, deactivation, and staff from the platform."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from typing import Any

import pytest

from station_app import audit, replica
from station_app.db.models import Staff, StationIdentity
from station_app.permissions import PermissionRefused
from station_app.staff import (
    LoginError,
    StaffError,
    active_staff,
    change_pin,
    create_local_staff,
    deactivate_staff,
    hash_pin,
    log_in,
)
from station_app.station import Station
from station_app.work import Actor

from .conftest import Crew, Trail

LIMITS: dict[str, Any] = {"max_failures": 5, "lockout": timedelta(minutes=5)}


def login(station: Station, staff_id: str | None, pin: str) -> Actor:
    assert staff_id is not None
    with station.work(Actor.system()) as work:
        outcome = log_in(work, staff_id, pin, **LIMITS)
    return outcome.actor_or_raise()


def test_admin_creates_staff_with_op_and_audit(
    station: Station, crew: Crew, run: Callable[..., Any], trail: Trail
) -> None:
    before = trail.counts()
    card = run(crew.admin, create_local_staff, "  马 师傅 ", "clerk", "4321")
    assert trail.counts() == (before[0] + 1, before[1] + 1)
    (op,) = trail.ops(1)
    assert (op.type, op.entity, op.entity_id, op.staff_id) == (
        "staff.upsert",
        "staff",
        card.id,
        crew.admin.staff_id,
    )
    assert op.payload["name"] == "马 师傅"
    assert (op.payload["role"], op.payload["active"]) == ("clerk", True)
    (entry,) = trail.audit()
    assert (entry.action, entry.entity_id) == ("staff.created", card.id)
    assert entry.details["op_seq"] == op.seq
    assert login(station, card.id, "4321") == Actor(card.id, "马 师傅", "clerk")


@pytest.mark.parametrize("who", ["clerk", "supervisor"])
def test_only_an_admin_manages_staff(
    crew: Crew, run: Callable[..., Any], trail: Trail, who: str
) -> None:
    before = trail.counts()
    with pytest.raises(PermissionRefused, match="Only an admin may manage staff") as refused:
        run(getattr(crew, who), create_local_staff, "新人", "clerk", "4321")
    assert refused.value.action == "staff_admin"
    assert trail.counts() == before


def test_no_local_staff_once_paired(station: Station, crew: Crew, run: Callable[..., Any]) -> None:
    with station.work(Actor.system()) as work:
        identity = work.session.get(StationIdentity, 1)
        assert identity is not None
        identity.terminal_id = "terminal-1"
    with pytest.raises(StaffError, match="paired"):
        run(crew.admin, create_local_staff, "新人", "clerk", "4321")


def test_bad_staff_input_is_refused(crew: Crew, run: Callable[..., Any]) -> None:
    with pytest.raises(StaffError, match="Unknown role"):
        run(crew.admin, create_local_staff, "新人", "boss", "4321")
    with pytest.raises(StaffError, match="Enter a name"):
        run(crew.admin, create_local_staff, " ", "clerk", "4321")
    with pytest.raises(LoginError, match="4 to 8 digits"):
        run(crew.admin, create_local_staff, "新人", "clerk", "12a4")


def test_staff_change_their_own_pin_with_the_old_one(
    station: Station, crew: Crew, run: Callable[..., Any], trail: Trail
) -> None:
    with pytest.raises(StaffError, match="current PIN is wrong"):
        run(crew.clerk, change_pin, crew.clerk.staff_id, "5555", old_pin="0000")
    run(crew.clerk, change_pin, crew.clerk.staff_id, "5555", old_pin=crew.pins["clerk"])
    assert trail.audit()[0].action == "staff.pin_changed"
    assert trail.ops(1)[0].type == "staff.upsert"
    assert login(station, crew.clerk.staff_id, "5555") == crew.clerk
    with pytest.raises(LoginError):
        login(station, crew.clerk.staff_id, crew.pins["clerk"])


def test_an_admin_resets_a_pin_and_unlocks(
    station: Station, crew: Crew, run: Callable[..., Any], trail: Trail
) -> None:
    for _ in range(5):
        with pytest.raises(LoginError):
            login(station, crew.clerk.staff_id, "0000")
    with pytest.raises(LoginError, match="Try again"):
        login(station, crew.clerk.staff_id, crew.pins["clerk"])
    with pytest.raises(PermissionRefused):
        run(crew.clerk2, change_pin, crew.clerk.staff_id, "5555")
    run(crew.admin, change_pin, crew.clerk.staff_id, "5555")
    assert trail.audit()[0].action == "staff.pin_reset"
    assert login(station, crew.clerk.staff_id, "5555") == crew.clerk


def test_deactivated_staff_cannot_log_in_and_the_last_admin_stays(
    station: Station, crew: Crew, run: Callable[..., Any], trail: Trail
) -> None:
    run(crew.admin, deactivate_staff, crew.clerk.staff_id)
    (op,) = trail.ops(1)
    assert (op.type, op.payload["active"]) == ("staff.upsert", False)
    assert trail.audit()[0].action == "staff.deactivated"
    with pytest.raises(LoginError, match="inactive"):
        login(station, crew.clerk.staff_id, crew.pins["clerk"])
    with station.database.reading() as session:
        assert crew.clerk.staff_id not in {card.id for card in active_staff(session)}

    with pytest.raises(StaffError, match="last admin"):
        run(crew.admin, deactivate_staff, crew.admin.staff_id)
    with pytest.raises(PermissionRefused):
        run(crew.supervisor, deactivate_staff, crew.clerk2.staff_id)
    with station.database.reading() as session:
        assert audit.verify(session).ok


def test_staff_from_the_platform_log_in(station: Station) -> None:
    with station.work(Actor.system()) as work:
        replica.apply_changes(
            work.session,
            [
                {
                    "entity": "staff",
                    "id": "p-staff-1",
                    "op": "upsert",
                    "version": 3,
                    "data": {"name": "古丽", "role": "supervisor", "pin_hash": hash_pin("7777")},
                }
            ],
        )
    assert login(station, "p-staff-1", "7777") == Actor("p-staff-1", "古丽", "supervisor")
    with station.database.reading() as session:
        row = session.get(Staff, "p-staff-1")
        assert row is not None
        assert (row.source, row.version) == ("platform", 3)
