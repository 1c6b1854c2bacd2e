"""Finding parcels: by pickup code, phone tail, household, waybill; search and history.

The counter lookups (code, tail) run at every pickup, against up to 100k parcels in station
and millions in history: they read only through the partial indexes on parcels in station.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from station_app.db.models import Parcel, ParcelEvent, Resident, Staff
from station_app.i18n import QT_TRANSLATE_NOOP
from station_app.parcels.errors import BadScanError, NotInStationError, ParcelNotFoundError
from station_app.parcels.phones import PhoneNumber
from station_app.parcels.scans import normalize_code, normalize_tail, normalize_waybill
from station_app.parcels.views import (
    IN_STATION,
    PICKED_UP,
    RETURNED,
    EventView,
    ParcelView,
    event_view,
    view,
)
from station_app.shelves import IN_STATION as IN_STATION_CLAUSE

SEARCH_LIMIT = 200


def code_statement(code: str) -> Select[Parcel]:
    return select(Parcel).where(IN_STATION_CLAUSE, Parcel.pickup_code == code)


def tail_statement(tail: str) -> Select[Parcel]:
    # No ORDER BY: it would tempt SQLite into walking (status, checked_in_at) over every
    # parcel in station; the few matches are sorted in Python instead.
    return select(Parcel).where(IN_STATION_CLAUSE, Parcel.phone_tail == tail)


def find_by_code(session: Session, code: str) -> ParcelView | None:
    """The parcel in station with this pickup code (refuses input that is not a code)."""
    parcel = session.execute(code_statement(normalize_code(code).code)).scalar_one_or_none()
    return view(parcel) if parcel else None


def find_by_tail(session: Session, tail: str) -> list[ParcelView]:
    """Parcels in station for this phone tail, oldest first: staff confirm which ones."""
    rows = session.execute(tail_statement(normalize_tail(tail))).scalars()
    return sorted((view(parcel) for parcel in rows), key=lambda p: (p.checked_in_at, p.id))


def find_by_household(session: Session, household_id: str) -> list[ParcelView]:
    """Parcels in station for a household (the member QR gives its id).

    Also those addressed to a resident's phone but not matched at check-in; never those
    matched to another household.
    """
    residents = session.execute(
        select(Resident.phone, Resident.phone_tail).where(Resident.household_id == household_id)
    ).all()
    phones = {phone for phone, _ in residents}
    tails = {tail for _, tail in residents}
    matched = select(Parcel).where(IN_STATION_CLAUSE, Parcel.household_id == household_id)
    found = {parcel.id: parcel for parcel in session.execute(matched).scalars()}
    if tails:
        by_tail = select(Parcel).where(
            IN_STATION_CLAUSE, Parcel.phone_tail.in_(sorted(tails)), Parcel.household_id.is_(None)
        )
        for parcel in session.execute(by_tail).scalars():
            if parcel.phone in phones:
                found[parcel.id] = parcel
    return sorted((view(p) for p in found.values()), key=lambda p: (p.checked_in_at, p.id))


def in_station_by_waybill(
    session: Session, waybill_no: str, carrier: str | None = None
) -> list[Parcel]:
    query = select(Parcel).where(IN_STATION_CLAUSE, Parcel.waybill_no == waybill_no)
    if carrier is not None:
        query = query.where(Parcel.carrier == carrier)
    return list(session.execute(query.order_by(Parcel.carrier)).scalars())


def household_candidates(
    session: Session, phone: PhoneNumber, name: str | None = None
) -> list[str]:
    """Households the recipient may belong to; a single one is matched at check-in.

    A full number matches residents.phone; a masked or virtual one matches the tail (and the
    visible prefix). A name narrows several households down.
    """
    if phone.kind == "full":
        query = select(Resident).where(Resident.phone == phone.number)
    else:
        query = select(Resident).where(Resident.phone_tail == phone.tail)
    residents = [
        r
        for r in session.execute(query).scalars()
        if phone.kind != "masked" or _digits(r.phone).startswith(phone.prefix)
    ]
    households = {r.household_id for r in residents}
    if len(households) > 1 and name:
        named = {r.household_id for r in residents if r.name == name}
        households = named or households
    return sorted(households)


def _digits(phone: str) -> str:
    return "".join(ch for ch in phone if ch.isdigit())


def search(
    session: Session,
    *,
    waybill: str | None = None,
    tail: str | None = None,
    code: str | None = None,
    since: datetime | None = None,
    until: datetime | None = None,
    statuses: Sequence[str] = (IN_STATION, PICKED_UP, RETURNED),
    limit: int = SEARCH_LIMIT,
) -> list[ParcelView]:
    """Parcels matching every given criterion, newest check-in first.

    ``since``/``until`` bound checked_in_at (UTC; the UI turns local days into instants).
    Naming the statuses lets SQLite walk the (status, checked_in_at) index for a date range;
    a tail or code search over all history without a date range reads more rows.
    """
    for bound in (since, until):
        if bound is not None and bound.tzinfo is None:
            raise ValueError("search bounds must be aware datetimes")
    if since is not None and until is not None and until <= since:
        raise BadScanError(QT_TRANSLATE_NOOP("Parcels", "The end date is before the start date."))
    query = select(Parcel)
    if set(statuses) == {IN_STATION}:
        query = query.where(IN_STATION_CLAUSE)
    else:
        query = query.where(Parcel.status.in_(list(statuses)))
    if waybill:
        query = query.where(Parcel.waybill_no == normalize_waybill(waybill))
    if tail:
        query = query.where(Parcel.phone_tail == normalize_tail(tail))
    if code:
        query = query.where(Parcel.pickup_code == normalize_code(code).code)
    if since is not None:
        query = query.where(Parcel.checked_in_at >= since)
    if until is not None:
        query = query.where(Parcel.checked_in_at < until)
    rows = session.execute(
        query.order_by(Parcel.checked_in_at.desc(), Parcel.id.desc()).limit(limit)
    ).scalars()
    return [view(parcel) for parcel in rows]


def get(session: Session, parcel_id: str) -> ParcelView | None:
    parcel = session.get(Parcel, parcel_id)
    return view(parcel) if parcel else None


def history(session: Session, parcel_id: str) -> list[EventView]:
    """Every event of one parcel, in order, with the staff member's name."""
    rows = session.execute(
        select(ParcelEvent, Staff.name)
        .outerjoin(Staff, Staff.id == ParcelEvent.staff_id)
        .where(ParcelEvent.parcel_id == parcel_id)
        .order_by(ParcelEvent.at, ParcelEvent.id)
    ).all()
    return [event_view(event, name) for event, name in rows]


def any_by_waybill(session: Session, waybill_no: str) -> list[Parcel]:
    """Every parcel (any status) with this waybill, newest first."""
    return list(
        session.execute(
            select(Parcel)
            .where(Parcel.waybill_no == waybill_no)
            .order_by(Parcel.checked_in_at.desc())
        ).scalars()
    )


def in_station_on_shelf(session: Session, shelf: str) -> list[Parcel]:
    return list(
        session.execute(
            select(Parcel)
            .where(IN_STATION_CLAUSE, Parcel.shelf == shelf)
            .order_by(Parcel.layer, Parcel.slot_seq)
        ).scalars()
    )


def in_station_by_code(session: Session, code: str) -> Parcel | None:
    return session.execute(code_statement(code)).scalar_one_or_none()


def require_in_station(session: Session, parcel_id: str) -> Parcel:
    """The parcel for a change that needs it in station, or a refusal saying where it went."""
    parcel = session.get(Parcel, parcel_id)
    if parcel is None:
        raise ParcelNotFoundError(QT_TRANSLATE_NOOP("Parcels", "That parcel is not known here."))
    if parcel.status != IN_STATION:
        raise NotInStationError(
            QT_TRANSLATE_NOOP("Parcels", "{carrier} {waybill} is no longer in station ({status})."),
            carrier=parcel.carrier,
            waybill=parcel.waybill_no,
            status=parcel.status,
        )
    return parcel
