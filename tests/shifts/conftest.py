"""A set-up station with an admin, a supervisor and two clerks, and small shortcuts."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pytest
from argon2 import PasswordHasher
from sqlalchemy import func, select

from station_app import staff
from station_app.db.models import AuditEntry, OutboxOp
from station_app.setup import set_up_station
from station_app.staff import StaffCard, create_local_staff
from station_app.station import Station
from station_app.work import Actor

FLOAT = {"10000": 2, "1000": 5, "100": 10, "10": 5}  # ¥200 + ¥50 + ¥10 + ¥0.50


@pytest.fixture(autouse=True)
def quick_pin_hashes(monkeypatch: pytest.MonkeyPatch) -> None:
    """Cheap argon2 parameters: the tests hash many PINs; the rules are the same."""
    monkeypatch.setattr(staff, "_hasher", PasswordHasher(time_cost=1, memory_cost=1024))


@dataclass(frozen=True)
class Crew:
    admin: Actor
    supervisor: Actor
    clerk: Actor
    clerk2: Actor
    pins: dict[str, str]
    float: dict[str, int]
    float_fen: int = 26050


def _actor(card: StaffCard) -> Actor:
    return Actor(card.id, card.name, card.role)


@pytest.fixture
def crew(station: Station, system: Actor) -> Crew:
    pins = {"admin": "9999", "supervisor": "2468", "clerk": "1357", "clerk2": "8642"}
    with station.work(system) as work:
        admin = _actor(set_up_station(work, "幸福社区服务站", "柜台1", "王管理", pins["admin"]))
    with station.work(admin) as work:
        supervisor = create_local_staff(work, "李主管", "supervisor", pins["supervisor"])
        clerk = create_local_staff(work, "张收银", "clerk", pins["clerk"])
        clerk2 = create_local_staff(work, "阿依古丽", "clerk", pins["clerk2"])
    return Crew(admin, _actor(supervisor), _actor(clerk), _actor(clerk2), pins, dict(FLOAT))


@pytest.fixture
def run(station: Station) -> Callable[..., Any]:
    """``run(actor, service, *args, **kwargs)``: one service call in its own unit of work."""

    def call(actor: Actor, service: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        with station.work(actor) as work:
            return service(work, *args, **kwargs)

    return call


@dataclass
class Trail:
    """What a service left behind in the outbox and the audit log."""

    station: Station

    def counts(self) -> tuple[int, int]:
        with self.station.database.reading() as session:
            ops = session.execute(select(func.count()).select_from(OutboxOp)).scalar_one()
            entries = session.execute(select(func.count()).select_from(AuditEntry)).scalar_one()
        return int(ops), int(entries)

    def ops(self, n: int) -> list[OutboxOp]:
        with self.station.database.reading() as session:
            rows = session.execute(select(OutboxOp).order_by(OutboxOp.seq.desc()).limit(n))
            return list(reversed(rows.scalars().all()))

    def audit(self, n: int = 1) -> list[AuditEntry]:
        with self.station.database.reading() as session:
            rows = session.execute(select(AuditEntry).order_by(AuditEntry.seq.desc()).limit(n))
            return list(reversed(rows.scalars().all()))


@pytest.fixture
def trail(station: Station) -> Trail:
    return Trail(station)
