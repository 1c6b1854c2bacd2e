"""Community data the platform owns: communities, stations, households, residents, staff,
catalog, notices and policy. Each write publishes the change for terminals to pull."""

from __future__ import annotations

import copy
from datetime import datetime
from typing import Any, TypeVar

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from station_app.ids import new_id
from station_app.staff import hash_pin
from sync.messages import StaffUpsertPayload
from sync.server.changes import publish, publish_delete
from sync.server.models import (
    CatalogItem,
    Community,
    Household,
    Notice,
    Policy,
    Resident,
    Staff,
    Station,
)
from sync.server.op_context import OpContext, OpRejected
from sync.server.problems import ProblemError

DEFAULT_POLICY: dict[str, Any] = {
    "offline_limits": {
        "per_transaction_fen": 20_000,
        "per_account_day_fen": 50_000,
        "station_outstanding_fen": 500_000,
        "max_offline_age_hours": 24,
    },
    "parcel_retention_days": 7,
}


T = TypeVar("T")


def _get(session: Session, model: type[T], row_id: str, what: str) -> T:
    row = session.get(model, row_id)
    if row is None:
        raise ProblemError(404, "not_found", f"no {what} {row_id}")
    return row


def get_community(session: Session, community_id: str) -> Community:
    return _get(session, Community, community_id, "community")


def get_station(session: Session, station_id: str) -> Station:
    return _get(session, Station, station_id, "station")


def find_station(session: Session, id_or_code: str) -> Station:
    station = (
        session.get(Station, id_or_code)
        or session.execute(select(Station).where(Station.code == id_or_code)).scalar_one_or_none()
    )
    if station is None:
        raise ProblemError(404, "not_found", f"no station {id_or_code}")
    return station


def create_community(
    session: Session, now: datetime, *, name: str, policy: dict[str, Any] | None = None
) -> Community:
    community = Community(id=new_id(), name=name, created_at=now)
    session.add(community)
    session.flush()
    set_policy(
        session, now, community_id=community.id, data=policy or copy.deepcopy(DEFAULT_POLICY)
    )
    return community


def set_policy(
    session: Session, now: datetime, *, community_id: str, data: dict[str, Any]
) -> Policy:
    get_community(session, community_id)
    policy = session.execute(
        select(Policy).where(Policy.community_id == community_id)
    ).scalar_one_or_none()
    if policy is None:
        policy = Policy(id=new_id(), community_id=community_id, data=data)
        session.add(policy)
    else:
        policy.data = data
    publish(session, policy, at=now)
    return policy


def create_station(
    session: Session, now: datetime, *, community_id: str, name: str, code: str | None = None
) -> Station:
    get_community(session, community_id)
    if code is None:
        count = session.execute(select(func.count()).select_from(Station)).scalar_one()
        code = f"S{count + 1:03d}"
    if session.execute(select(Station).where(Station.code == code)).first() is not None:
        raise ProblemError(409, "conflict", f"station code {code} is taken")
    station = Station(id=new_id(), community_id=community_id, code=code, name=name, created_at=now)
    session.add(station)
    session.flush()
    return station


def create_household(
    session: Session, now: datetime, *, community_id: str, building: str, unit: str, room: str
) -> Household:
    get_community(session, community_id)
    household = Household(
        id=new_id(), community_id=community_id, building=building, unit=unit, room=room
    )
    session.add(household)
    publish(session, household, at=now)
    return household


def create_resident(
    session: Session,
    now: datetime,
    *,
    household_id: str,
    name: str,
    phone: str,
    is_primary: bool = False,
) -> Resident:
    _get(session, Household, household_id, "household")
    resident = Resident(
        id=new_id(), household_id=household_id, name=name, phone=phone, is_primary=is_primary
    )
    session.add(resident)
    publish(session, resident, at=now)
    return resident


def create_staff(
    session: Session,
    now: datetime,
    *,
    community_id: str,
    name: str,
    role: str,
    pin: str | None = None,
    pin_hash: str | None = None,
    station_id: str | None = None,
) -> Staff:
    get_community(session, community_id)
    if station_id is not None and get_station(session, station_id).community_id != community_id:
        raise ProblemError(409, "conflict", "the station is in another community")
    if (pin is None) == (pin_hash is None):
        raise ProblemError(422, "invalid_request", "give exactly one of pin and pin_hash")
    staff = Staff(
        id=new_id(),
        community_id=community_id,
        station_id=station_id,
        name=name,
        role=role,
        pin_hash=pin_hash if pin_hash is not None else hash_pin(pin or ""),
        active=True,
        source="platform",
    )
    session.add(staff)
    publish(session, staff, at=now)
    return staff


def set_staff_active(session: Session, now: datetime, *, staff_id: str, active: bool) -> Staff:
    staff = _get(session, Staff, staff_id, "staff member")
    staff.active = active
    publish(session, staff, at=now)
    return staff


def create_catalog_item(
    session: Session,
    now: datetime,
    *,
    community_id: str,
    name: str,
    kind: str,
    price_fen: int,
    barcode: str | None = None,
    active: bool = True,
) -> CatalogItem:
    get_community(session, community_id)
    item = CatalogItem(
        id=new_id(),
        community_id=community_id,
        barcode=barcode,
        name=name,
        kind=kind,
        price_fen=price_fen,
        active=active,
    )
    session.add(item)
    publish(session, item, at=now)
    return item


def create_notice(
    session: Session,
    now: datetime,
    *,
    community_id: str,
    kind: str,
    title: str,
    body: str,
    starts_at: datetime,
    ends_at: datetime | None = None,
) -> Notice:
    get_community(session, community_id)
    notice = Notice(
        id=new_id(),
        community_id=community_id,
        kind=kind,
        title=title,
        body=body,
        starts_at=starts_at,
        ends_at=ends_at,
    )
    session.add(notice)
    publish(session, notice, at=now)
    return notice


def delete_notice(session: Session, now: datetime, *, notice_id: str) -> None:
    notice = _get(session, Notice, notice_id, "notice")
    publish_delete(session, notice, at=now)
    session.delete(notice)


def apply_staff_upsert(ctx: OpContext, p: StaffUpsertPayload) -> dict[str, Any]:
    """Staff a station added itself (e.g. before its first sync): kept for that station."""
    staff = ctx.session.get(Staff, p.staff_id)
    if staff is not None and staff.community_id != ctx.community_id:
        raise OpRejected("unknown_staff", staff_id=p.staff_id)
    if staff is None:
        staff = Staff(
            id=p.staff_id,
            community_id=ctx.community_id,
            station_id=ctx.station.id,
            source="station",
        )
        ctx.session.add(staff)
    staff.name = p.name
    staff.role = p.role
    staff.pin_hash = p.pin_hash
    staff.active = p.active
    ctx.publish(staff)
    return {"staff_id": staff.id}
