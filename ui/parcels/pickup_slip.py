"""The pickup slip (取件凭条) for parcels just handed over, queued in the pickup's transaction."""

from __future__ import annotations

from collections.abc import Sequence

from station_app.parcels import Evidence, ParcelView
from station_app.printing import enqueue_receipt
from station_app.printing.receipts import Header, ParcelLine, PickupSlip
from station_app.station import Station
from station_app.work import Work
from ui.parcels.parcel_table import carrier_name


def pickup_slip(
    work: Work, station: Station, handed: Sequence[ParcelView], evidence: Evidence
) -> PickupSlip:
    assert handed, "a slip lists at least one parcel"
    header = Header(
        station_name=station.identity(work.session).station_name,
        terminal_code=work.terminal.code,
        receipt_no=work.next_receipt_no(),
        issued_at=work.now,
        timezone=work.terminal.timezone,
        staff_name=work.actor.name,
    )
    return PickupSlip(
        header=header,
        phone=handed[0].phone,  # PickupSlip keeps only the masked number
        parcels=tuple(
            ParcelLine(carrier_name(p.carrier), p.waybill_no, p.pickup_code, p.shelf)
            for p in handed
        ),
        # The slip names the collector only when someone collects for the recipient.
        collector=(evidence.name or "") if evidence.collector != "self" else "",
    )


def queue_pickup_slip(
    work: Work, station: Station, handed: Sequence[ParcelView], evidence: Evidence
) -> None:
    enqueue_receipt(
        work, pickup_slip(work, station, handed, evidence), ref_type="parcel", ref_id=handed[0].id
    )
