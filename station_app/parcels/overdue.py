"""Overdue parcels (滞留): derived from trusted time, listed by age, residents reminded."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from station_app.db.models import Parcel, Policy
from station_app.db.types import format_utc
from station_app.parcels.events import add_event
from station_app.parcels.lookups import require_in_station
from station_app.parcels.views import ParcelView, view
from station_app.settings import PARCEL_RETENTION_DAYS, Settings
from station_app.shelves import IN_STATION
from station_app.work import Work

log = logging.getLogger(__name__)

POLICY_KEY = "parcel_retention_days"


def retention_days(session: Session, settings: Settings) -> int:
    """The platform's policy when it sets one, else the station setting."""
    for data in session.execute(select(Policy.data).order_by(Policy.id)).scalars():
        value = data.get(POLICY_KEY) if isinstance(data, dict) else None
        if value is None:
            continue
        try:
            return PARCEL_RETENTION_DAYS.validate(value)
        except ValueError as error:
            log.warning("policy %s ignored: %s", POLICY_KEY, error)
    return settings.get(PARCEL_RETENTION_DAYS)


def list_overdue(
    session: Session, *, now: datetime, retention_days: int, limit: int | None = None
) -> list[ParcelView]:
    """Parcels in station longer than the retention days at ``now`` (trusted), oldest first."""
    cutoff = now - timedelta(days=retention_days)
    query = (
        select(Parcel)
        .where(IN_STATION, Parcel.checked_in_at < cutoff)
        .order_by(Parcel.checked_in_at, Parcel.id)
    )
    if limit is not None:
        query = query.limit(limit)
    return [view(parcel) for parcel in session.execute(query).scalars()]


def remind(work: Work, parcel_ids: Sequence[str]) -> list[ParcelView]:
    """Ask the platform to remind each resident again (``parcel.remind``)."""
    reminded: list[ParcelView] = []
    for parcel_id in dict.fromkeys(parcel_ids):
        parcel = require_in_station(work.session, parcel_id)
        days = max(0, (work.now - parcel.checked_in_at).days)
        add_event(work, parcel, "reminded", {"days_in_station": days})
        work.record(
            "parcel.remind",
            entity="parcel",
            entity_id=parcel.id,
            op_type="parcel.remind",
            payload={
                "parcel_id": parcel.id,
                "carrier": parcel.carrier,
                "waybill_no": parcel.waybill_no,
                "phone": parcel.phone,
                "pickup_code": parcel.pickup_code,
                "checked_in_at": format_utc(parcel.checked_in_at),
                "days_in_station": days,
                "reminded_at": format_utc(work.now),
            },
            details={"pickup_code": parcel.pickup_code, "days_in_station": days},
        )
        reminded.append(view(parcel))
    return reminded
