"""Read-only snapshots handed to the UI, slips and tests (no ORM rows leave a session)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from station_app.db.models import Parcel, ParcelEvent
from station_app.parcels.phones import mask_phone

IN_STATION = "in_station"
PICKED_UP = "picked_up"
RETURNED = "returned"


@dataclass(frozen=True)
class ParcelView:
    id: str
    carrier: str
    waybill_no: str
    phone: str
    phone_tail: str
    recipient_name: str | None
    household_id: str | None
    shelf: str
    layer: int
    slot_seq: int
    pickup_code: str
    status: str
    checked_in_at: datetime
    checked_in_by: str | None
    picked_up_at: datetime | None
    picked_up_by: str | None
    pickup_method: str | None
    collector_kind: str | None
    collector_name: str | None
    note: str | None
    returned_at: datetime | None
    return_courier: str | None

    @property
    def masked_phone(self) -> str:
        return mask_phone(self.phone)

    @property
    def in_station(self) -> bool:
        return self.status == IN_STATION

    def overdue_since(self, retention_days: int) -> datetime:
        return self.checked_in_at + timedelta(days=retention_days)

    def is_overdue(self, now: datetime, retention_days: int) -> bool:
        """Derived, never stored: still here after the retention days (trusted time)."""
        return self.in_station and now > self.overdue_since(retention_days)

    def days_in_station(self, now: datetime) -> int:
        return max(0, (now - self.checked_in_at).days)


def view(parcel: Parcel) -> ParcelView:
    return ParcelView(
        id=parcel.id,
        carrier=parcel.carrier,
        waybill_no=parcel.waybill_no,
        phone=parcel.phone,
        phone_tail=parcel.phone_tail,
        recipient_name=parcel.recipient_name,
        household_id=parcel.household_id,
        shelf=parcel.shelf,
        layer=parcel.layer,
        slot_seq=parcel.slot_seq,
        pickup_code=parcel.pickup_code,
        status=parcel.status,
        checked_in_at=parcel.checked_in_at,
        checked_in_by=parcel.checked_in_by,
        picked_up_at=parcel.picked_up_at,
        picked_up_by=parcel.picked_up_by,
        pickup_method=parcel.pickup_method,
        collector_kind=parcel.collector_kind,
        collector_name=parcel.collector_name,
        note=parcel.note,
        returned_at=parcel.returned_at,
        return_courier=parcel.return_courier,
    )


@dataclass(frozen=True)
class EventView:
    """One line of a parcel's history: what happened, when, by whom, how."""

    id: str
    parcel_id: str
    kind: str
    """checked_in | picked_up | pickup_undone | reminded | returned"""
    at: datetime
    staff_id: str | None
    staff_name: str | None
    details: dict[str, Any]


def event_view(event: ParcelEvent, staff_name: str | None) -> EventView:
    return EventView(
        id=event.id,
        parcel_id=event.parcel_id,
        kind=event.kind,
        at=event.at,
        staff_id=event.staff_id,
        staff_name=staff_name,
        details=event.details,
    )
