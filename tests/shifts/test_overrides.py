"""Guarded actions: a clerk is refused, a supervisor's PIN approves, both names audited."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from typing import Any

import pytest

from station_app import audit, permissions, shifts
from station_app.db.models import Staff
from station_app.permissions import PermissionRefused, require
from station_app.staff import LoginError, authorize_override, log_in
from station_app.station import Station
from station_app.work import Actor

from .conftest import Crew, Trail


def staff_id(actor: Actor) -> str:
    assert actor.staff_id is not None
    return actor.staff_id


def test_the_permission_table() -> None:
    assert {
        "void",
        "refund",
        "reprint_z",
        "paid_out",
        "raise_offline_limit",
        "settings",
        "staff_admin",
        "close_other_shift",
        "undo_pickup",
        "view_audit",
    } == permissions.ACTIONS
    for action in permissions.ACTIONS:
        assert not permissions.allowed("clerk", action)
        assert permissions.allowed("admin", action)
        assert permissions.allowed("supervisor", action) == (
            action not in {"settings", "staff_admin"}
        )
        assert not permissions.allowed("system", action)


def test_require_names_the_action(crew: Crew) -> None:
    with pytest.raises(PermissionRefused) as refused:
        require(crew.clerk, "void")
    assert refused.value.action == "void"
    assert str(refused.value) == (
        "Only a supervisor may void a payment. A supervisor can approve it with a PIN."
    )
    with pytest.raises(PermissionRefused, match="Only an admin may change settings"):
        require(crew.supervisor, "settings")
    require(crew.supervisor, "void")
    require(crew.clerk, "void", override=crew.supervisor)
    with pytest.raises(PermissionRefused, match="张收银 may not approve this: void a payment"):
        require(crew.clerk2, "void", override=crew.clerk)
    with pytest.raises(PermissionRefused, match="may not approve"):
        require(crew.supervisor, "settings", override=crew.supervisor)


def test_clerk_refused_then_allowed_with_a_supervisor_pin(
    station: Station, crew: Crew, run: Callable[..., Any], trail: Trail
) -> None:
    shift = run(crew.clerk, shifts.open_shift, crew.float)
    with pytest.raises(PermissionRefused, match="pay cash out of the drawer"):
        run(crew.clerk, shifts.paid_out, 5000, "买打印纸")

    # A wrong supervisor PIN: refused, counted towards their lockout, audited with both names.
    with station.work(crew.clerk, shift_id=shift.id) as work:
        outcome = authorize_override(work, "paid_out", staff_id(crew.supervisor), "0000")
    assert outcome.approver is None
    with pytest.raises(LoginError, match=r"Wrong PIN\. 4 tries left"):
        outcome.approver_or_raise()
    (refused,) = trail.audit()
    assert refused.action == "override.refused"
    assert refused.staff_id == crew.clerk.staff_id
    assert refused.details == {
        "action": "paid_out",
        "clerk_id": crew.clerk.staff_id,
        "clerk_name": "张收银",
        "supervisor_id": crew.supervisor.staff_id,
        "supervisor_name": "李主管",
        "locked": False,
        "counted": True,
    }
    with station.database.reading() as session:
        supervisor = session.get(Staff, crew.supervisor.staff_id)
        assert supervisor is not None and supervisor.failed_attempts == 1

    # The right PIN: granted, and the paid-out runs by the clerk, approved by the supervisor.
    with station.work(crew.clerk, shift_id=shift.id) as work:
        outcome = authorize_override(
            work, "paid_out", staff_id(crew.supervisor), crew.pins["supervisor"]
        )
        approver = outcome.approver_or_raise()
        movement = shifts.paid_out(work, 5000, "买打印纸", override=approver)
    assert approver == crew.supervisor
    granted, paid = trail.audit(2)
    assert granted.action == "override.granted"
    assert granted.staff_id == crew.clerk.staff_id
    assert (granted.details["clerk_name"], granted.details["supervisor_name"]) == (
        "张收银",
        "李主管",
    )
    assert paid.action == "cash.paid_out"
    assert paid.staff_id == crew.clerk.staff_id
    assert paid.details["approved_by_id"] == crew.supervisor.staff_id
    assert paid.details["approved_by_name"] == "李主管"
    (op,) = trail.ops(1)
    assert (op.type, op.staff_id, op.shift_id) == ("cash.movement", crew.clerk.staff_id, shift.id)
    assert op.payload["supervisor_id"] == crew.supervisor.staff_id
    assert op.payload["amount_fen"] == -5000
    assert movement.amount_fen == -5000
    with station.database.reading() as session:
        supervisor = session.get(Staff, crew.supervisor.staff_id)
        assert supervisor is not None and supervisor.failed_attempts == 0
        assert audit.verify(session).ok


def test_wrong_override_pins_lock_the_supervisor_out(
    station: Station, crew: Crew, trail: Trail
) -> None:
    for _ in range(5):
        with station.work(crew.clerk) as work:
            outcome = authorize_override(work, "void", staff_id(crew.supervisor), "0000")
    assert "locked" in str(outcome.refusal)
    assert trail.audit()[0].details["locked"] is True
    with station.work(Actor.system()) as work:
        login = log_in(
            work,
            crew.supervisor.staff_id or "",
            crew.pins["supervisor"],
            max_failures=5,
            lockout=timedelta(minutes=5),
        )
    assert login.actor is None
    assert "Try again" in str(login.refusal)


def test_a_clerk_cannot_approve(station: Station, crew: Crew, trail: Trail) -> None:
    before = trail.counts()
    with station.work(crew.clerk) as work:
        outcome = authorize_override(work, "void", staff_id(crew.clerk2), crew.pins["clerk2"])
    with pytest.raises(PermissionRefused, match="阿依古丽 may not approve"):
        outcome.approver_or_raise()
    assert trail.counts() == before
    with station.work(crew.supervisor) as work:
        outcome = authorize_override(
            work, "settings", staff_id(crew.supervisor), crew.pins["supervisor"]
        )
    assert outcome.approver is None


def test_unknown_approver(station: Station, crew: Crew) -> None:
    with station.work(crew.clerk) as work:
        outcome = authorize_override(work, "void", "nobody", "1234")
    with pytest.raises(LoginError, match="Unknown or inactive"):
        outcome.approver_or_raise()
