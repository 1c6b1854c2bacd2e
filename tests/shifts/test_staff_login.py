"""PIN login: five wrong PINs lock a person out for five minutes."""

from __future__ import annotations

from datetime import timedelta

from station_app.staff import log_in
from station_app.station import Station
from station_app.work import Actor
from tests.conftest import ManualClock

from .conftest import Crew, Trail

LIMITS = {"max_failures": 5, "lockout": timedelta(minutes=5)}


def attempt(station: Station, staff_id: str, pin: str) -> str | Actor:
    with station.work(Actor.system()) as work:
        outcome = log_in(work, staff_id, pin, **LIMITS)  # type: ignore[arg-type]
    return outcome.actor if outcome.actor else str(outcome.refusal)


def test_lockout_after_five_wrong_pins_then_success(
    station: Station, clock: ManualClock, crew: Crew, trail: Trail
) -> None:
    clerk = crew.clerk.staff_id
    assert clerk is not None
    for left in (4, 3, 2, 1):
        assert attempt(station, clerk, "0000") == f"Wrong PIN. {left} tries left."
    assert attempt(station, clerk, "0000") == "Too many wrong PINs. 张收银 is locked for 5 min."
    # Locked: even the right PIN is refused, and nothing counts.
    assert attempt(station, clerk, crew.pins["clerk"]) == (
        "Too many wrong PINs. Try again in 5 min."
    )
    clock.advance(timedelta(minutes=4, seconds=1))
    assert attempt(station, clerk, crew.pins["clerk"]) == (
        "Too many wrong PINs. Try again in 1 min."
    )
    clock.advance(timedelta(seconds=59))
    assert attempt(station, clerk, crew.pins["clerk"]) == crew.clerk

    actions = [entry.action for entry in trail.audit(6)]
    assert actions == ["staff.login_failed"] * 5 + ["staff.login"]
    assert trail.audit(2)[0].details == {"locked": True}


def test_a_right_pin_resets_the_count(station: Station, crew: Crew) -> None:
    clerk = crew.clerk.staff_id
    assert clerk is not None
    for _ in range(4):
        attempt(station, clerk, "0000")
    assert attempt(station, clerk, crew.pins["clerk"]) == crew.clerk
    assert attempt(station, clerk, "0000") == "Wrong PIN. 4 tries left."
