"""Return to courier (退件): a parcel in station leaves with the courier, not a resident."""

from __future__ import annotations

from station_app.carriers import CarrierBook, default_book
from station_app.db.types import format_utc
from station_app.i18n import QT_TRANSLATE_NOOP
from station_app.parcels.errors import BadScanError, NotInStationError, ParcelNotFoundError
from station_app.parcels.events import add_event
from station_app.parcels.lookups import any_by_waybill, in_station_by_waybill
from station_app.parcels.scans import clean_text, normalize_waybill
from station_app.parcels.views import RETURNED, ParcelView, view
from station_app.work import Work

COURIER_MAX = 60


def return_to_courier(
    work: Work,
    *,
    waybill_no: str,
    courier: str,
    carrier: str | None = None,
    carriers: CarrierBook | None = None,
) -> ParcelView:
    """Hand a parcel back to the courier (``parcel.return``); its code is free again.

    ``carrier`` is needed only when two carriers' parcels share the scanned number.
    """
    waybill = normalize_waybill(waybill_no)
    courier_name = clean_text(courier, limit=COURIER_MAX)
    if courier_name is None:
        raise BadScanError(
            QT_TRANSLATE_NOOP("Parcels", "Enter the name of the courier taking the parcel back.")
        )
    code = (carriers or default_book()).require(carrier).code if carrier else None
    found = in_station_by_waybill(work.session, waybill, code)
    if not found:
        if any_by_waybill(work.session, waybill):
            raise NotInStationError(
                QT_TRANSLATE_NOOP("Parcels", "{waybill} is no longer in station."),
                waybill=waybill,
            )
        raise ParcelNotFoundError(
            QT_TRANSLATE_NOOP("Parcels", "No parcel with waybill {waybill} is in station."),
            waybill=waybill,
        )
    if len(found) > 1:
        raise BadScanError(
            QT_TRANSLATE_NOOP(
                "Parcels", "Several carriers have a parcel {waybill} here. Choose the carrier."
            ),
            waybill=waybill,
        )
    parcel = found[0]
    parcel.status = RETURNED
    parcel.returned_at = work.now
    parcel.return_courier = courier_name
    work.session.flush()
    add_event(
        work, parcel, "returned", {"courier": courier_name, "pickup_code": parcel.pickup_code}
    )
    work.record(
        "parcel.return",
        entity="parcel",
        entity_id=parcel.id,
        op_type="parcel.return",
        payload={
            "parcel_id": parcel.id,
            "courier": courier_name,
            "returned_at": format_utc(work.now),
            "carrier": parcel.carrier,
            "waybill_no": parcel.waybill_no,
        },
        details={"pickup_code": parcel.pickup_code, "courier": courier_name},
    )
    return view(parcel)
