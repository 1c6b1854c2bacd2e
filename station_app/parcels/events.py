"""Parcel events: every change to a parcel appends one (who, when, how)."""

from __future__ import annotations

from typing import Any

from station_app.db.models import Parcel, ParcelEvent
from station_app.ids import new_id
from station_app.work import Work


def add_event(work: Work, parcel: Parcel, kind: str, details: dict[str, Any]) -> ParcelEvent:
    event = ParcelEvent(
        id=new_id(),
        parcel_id=parcel.id,
        kind=kind,
        at=work.now,
        staff_id=work.actor.staff_id,
        details={key: value for key, value in details.items() if value is not None},
    )
    work.session.add(event)
    return event
