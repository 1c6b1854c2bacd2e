"""Check-in (入库): a scanned waybill becomes a parcel on a shelf with a pickup code."""

from __future__ import annotations

from station_app.carriers import CarrierBook, default_book
from station_app.db.models import Household, Parcel
from station_app.db.types import format_utc
from station_app.i18n import QT_TRANSLATE_NOOP
from station_app.ids import new_id
from station_app.parcels.errors import DuplicateWaybillError, ParcelNotFoundError
from station_app.parcels.events import add_event
from station_app.parcels.lookups import household_candidates, in_station_by_waybill
from station_app.parcels.phones import parse_phone
from station_app.parcels.scans import clean_text, normalize_waybill
from station_app.parcels.views import IN_STATION, ParcelView, view
from station_app.shelves import ShelfLayout, allocate
from station_app.work import Work

NAME_MAX = 60


def check_in(
    work: Work,
    layout: ShelfLayout,
    *,
    waybill_no: str,
    carrier: str,
    phone: str,
    tail: str | None = None,
    name: str | None = None,
    household_id: str | None = None,
    shelf: str | None = None,
    layer: int | None = None,
    carriers: CarrierBook | None = None,
) -> ParcelView:
    """Put a parcel on a shelf and queue the resident's notice (``parcel.check_in``).

    ``carrier`` is the code staff confirmed (the suggestion is only a hint); ``shelf`` and
    ``layer`` override the suggested slot. The household is matched from the phone when
    exactly one household fits, unless staff chose one.
    """
    waybill = normalize_waybill(waybill_no)
    confirmed = (carriers or default_book()).require(carrier)
    number = parse_phone(phone, tail)
    recipient = clean_text(name, limit=NAME_MAX)
    session = work.session

    existing = in_station_by_waybill(session, waybill, confirmed.code)
    if existing:
        # One parcel per (carrier, waybill) in station: a second scan is a mistake, not a parcel.
        raise DuplicateWaybillError(
            QT_TRANSLATE_NOOP(
                "Parcels", "{carrier} {waybill} is already in station with code {code}."
            ),
            carrier=confirmed.name,
            waybill=waybill,
            code=existing[0].pickup_code,
        )

    household: str | None = household_id
    if household_id is not None:
        if session.get(Household, household_id) is None:
            raise ParcelNotFoundError(
                QT_TRANSLATE_NOOP("Parcels", "That household is not known at this station.")
            )
    else:
        candidates = household_candidates(session, number, recipient)
        household = candidates[0] if len(candidates) == 1 else None

    slot = allocate(session, layout, shelf, layer)
    parcel = Parcel(
        id=new_id(),
        carrier=confirmed.code,
        waybill_no=waybill,
        phone=number.number,
        phone_tail=number.tail,
        recipient_name=recipient,
        household_id=household,
        shelf=slot.shelf,
        layer=slot.layer,
        slot_seq=slot.seq,
        pickup_code=slot.code,
        status=IN_STATION,  # never "signed for" at check-in: the resident has not got it
        checked_in_at=work.now,
        checked_in_by=work.actor.staff_id,
    )
    session.add(parcel)
    session.flush()
    add_event(
        work,
        parcel,
        "checked_in",
        {"pickup_code": slot.code, "carrier": confirmed.code, "household_id": household},
    )
    work.record(
        "parcel.check_in",
        entity="parcel",
        entity_id=parcel.id,
        op_type="parcel.check_in",
        payload={
            "parcel_id": parcel.id,
            "carrier": confirmed.code,
            "waybill_no": waybill,
            "phone": number.number,
            "phone_tail": number.tail,
            "recipient_name": recipient,
            "household_id": household,
            "pickup_code": slot.code,
            "shelf": slot.shelf,
            "layer": slot.layer,
            "slot_seq": slot.seq,
            "checked_in_at": format_utc(work.now),
        },
        details={"carrier": confirmed.code, "waybill_no": waybill, "pickup_code": slot.code},
    )
    return view(parcel)
