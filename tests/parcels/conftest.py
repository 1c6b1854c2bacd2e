"""A station with three staff, a small community and a small shelf layout; a few shortcuts."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from itertools import count
from typing import Any

import pytest
from sqlalchemy import func, select

from station_app import parcels, replica
from station_app.db.models import AuditEntry, OutboxOp, Parcel, ParcelEvent, Staff
from station_app.parcels import ParcelView
from station_app.settings import PARCEL_LAYERS, PARCEL_SHELVES, PARCEL_SLOTS_PER_LAYER
from station_app.shelves import ShelfLayout
from station_app.station import Station
from station_app.work import Actor


@dataclass(frozen=True)
class Crew:
    clerk: Actor
    supervisor: Actor
    admin: Actor


@pytest.fixture
def crew(station: Station) -> Crew:
    people = {
        "clerk": Actor("s-clerk", "张敏", "clerk"),
        "supervisor": Actor("s-super", "王强", "supervisor"),
        "admin": Actor("s-admin", "古丽娜尔", "admin"),
    }
    with station.database.transaction() as session:
        for actor in people.values():
            assert actor.staff_id is not None
            session.add(
                Staff(id=actor.staff_id, name=actor.name, role=actor.role, pin_hash="unused")
            )
    return Crew(**people)


RESIDENTS = [
    # household, resident, name, phone
    ("h1", "r1", "张伟", "13812341234"),
    ("h1", "r2", "李娟", "13900005678"),
    ("h2", "r3", "艾力·吐尔逊", "13712341234"),  # same tail as 张伟, other household
    ("h3", "r4", "阿依古丽·买买提", "15099998888"),
]


@pytest.fixture
def community(station: Station) -> None:
    changes: list[dict[str, Any]] = [
        {
            "entity": "household",
            "id": household,
            "op": "upsert",
            "version": 1,
            "data": {"building": "3", "unit": "2", "room": f"10{number}"},
        }
        for number, household in enumerate(("h1", "h2", "h3"), start=1)
    ]
    changes += [
        {
            "entity": "resident",
            "id": resident,
            "op": "upsert",
            "version": 1,
            "data": {"household_id": household, "name": name, "phone": phone},
        }
        for household, resident, name, phone in RESIDENTS
    ]
    with station.work(Actor.system()) as work:
        replica.apply_changes(work.session, changes)


@pytest.fixture
def layout(station: Station) -> ShelfLayout:
    """3 shelves × 2 layers × 10 places: small enough to fill in a test."""
    station.settings.set(PARCEL_SHELVES, "3")
    station.settings.set(PARCEL_LAYERS, 2)
    station.settings.set(PARCEL_SLOTS_PER_LAYER, 10)
    return ShelfLayout.from_settings(station.settings)


@pytest.fixture
def waybills() -> Iterator[str]:
    """Fresh SF waybill numbers."""
    return (f"SF{1_400_000_000_000 + n}" for n in count(1))


@pytest.fixture
def run(station: Station) -> Callable[..., Any]:
    """``run(actor, service, *args, **kwargs)``: one service call in its own unit of work."""

    def call(actor: Actor, service: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        with station.work(actor) as work:
            return service(work, *args, **kwargs)

    return call


@dataclass(frozen=True)
class Counts:
    parcels: int
    events: int
    ops: int
    audit: int


@pytest.fixture
def counts(station: Station) -> Callable[[], Counts]:
    def read() -> Counts:
        with station.database.reading() as session:
            return Counts(
                *(
                    session.scalar(select(func.count()).select_from(model)) or 0
                    for model in (Parcel, ParcelEvent, OutboxOp, AuditEntry)
                )
            )

    return read


@pytest.fixture
def receive(
    run: Callable[..., Any], crew: Crew, layout: ShelfLayout, waybills: Iterator[str]
) -> Callable[..., ParcelView]:
    """``receive(phone=..., **check_in_kwargs)``: the clerk checks in one SF parcel."""

    def check_in_one(phone: str = "13812341234", **kwargs: Any) -> ParcelView:
        kwargs.setdefault("waybill_no", next(waybills))
        kwargs.setdefault("carrier", "SF")
        view: ParcelView = run(crew.clerk, parcels.check_in, layout, phone=phone, **kwargs)
        return view

    return check_in_one
