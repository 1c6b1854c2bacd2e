"""Parcel ops: check-in (unique carrier + waybill among parcels in the station), pick-up
and return (the first terminal to arrive wins), reminders.

A second check-in of a waybill already in the station is merged into the first parcel and
flagged; its result names the parcel it was merged into, so the terminal can fold its
local row into that one before it pulls.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from station_app.ids import new_id
from sync.messages import (
    ParcelCheckInPayload,
    ParcelPickUpPayload,
    ParcelRemindPayload,
    ParcelReturnPayload,
    ParcelUndoPickUpPayload,
    utc_text,
)
from sync.server.models import Notification, Parcel, ParcelEvent, Station
from sync.server.op_context import OpContext, OpRejected

IN_STATION = "in_station"


def _code_parts(pickup_code: str) -> tuple[int, int]:
    """``<shelf>-<layer>-<seq>`` → (layer, seq); 0 where the code does not say."""
    parts = pickup_code.split("-")
    numbers = [int(part) if part.isascii() and part.isdigit() else 0 for part in parts[1:3]]
    numbers += [0] * (2 - len(numbers))
    return numbers[0], numbers[1]


def _event(ctx: OpContext, parcel_id: str, kind: str, **details: Any) -> None:
    ctx.session.add(
        ParcelEvent(
            id=new_id(),
            parcel_id=parcel_id,
            kind=kind,
            at=ctx.at,
            terminal_id=ctx.terminal.id,
            staff_id=ctx.op.staff_id,
            details=details,
        )
    )


def _notify(ctx: OpContext, parcel: Parcel, template: str) -> None:
    ctx.session.add(
        Notification(
            id=new_id(),
            station_id=parcel.station_id,
            channel="sms",
            phone=parcel.phone,
            template=template,
            params={"pickup_code": parcel.pickup_code, "station": ctx.station.name},
            status="queued",
            created_at=ctx.now,
        )
    )


def _state(parcel: Parcel) -> dict[str, Any]:
    return {
        "parcel_id": parcel.id,
        "status": parcel.status,
        "picked_up_at": utc_text(parcel.picked_up_at) if parcel.picked_up_at else None,
        "returned_at": utc_text(parcel.returned_at) if parcel.returned_at else None,
        "by_terminal_id": parcel.closed_by_terminal_id,
    }


def apply_check_in(ctx: OpContext, p: ParcelCheckInPayload) -> dict[str, Any]:
    session = ctx.session
    if session.get(Parcel, p.parcel_id) is not None:
        raise OpRejected("parcel_exists", parcel_id=p.parcel_id)
    # Serialise check-ins per station: the waybill rule has no unique index to lean on.
    session.get(Station, ctx.station.id, with_for_update=True)
    same_waybill = session.execute(
        select(Parcel)
        .where(
            Parcel.station_id == ctx.station.id,
            Parcel.carrier == p.carrier,
            Parcel.waybill_no == p.waybill_no,
            Parcel.status == IN_STATION,
        )
        .with_for_update()
    ).scalar_one_or_none()
    layer, slot_seq = _code_parts(p.pickup_code)
    parcel = Parcel(
        id=p.parcel_id,
        station_id=ctx.station.id,
        terminal_id=ctx.terminal.id,
        carrier=p.carrier,
        waybill_no=p.waybill_no,
        phone=p.phone,
        recipient_name=p.recipient_name,
        household_id=p.household_id,
        shelf=p.shelf,
        layer=p.layer if p.layer is not None else layer,
        slot_seq=p.slot_seq if p.slot_seq is not None else slot_seq,
        pickup_code=p.pickup_code,
        status=IN_STATION,
        checked_in_at=p.checked_in_at,
        checked_in_by=ctx.op.staff_id,
    )
    if same_waybill is not None:
        parcel.status = "merged"
        parcel.merged_into_id = same_waybill.id
        session.add(parcel)
        session.flush()
        _event(ctx, parcel.id, "merged", into=same_waybill.id)
        ctx.flag(
            "duplicate_parcel",
            entity="parcel",
            entity_id=same_waybill.id,
            duplicate_id=parcel.id,
            waybill_no=p.waybill_no,
        )
        return {"parcel_id": parcel.id, "merged_into": same_waybill.id}
    code_taken = session.execute(
        select(Parcel.id).where(
            Parcel.station_id == ctx.station.id,
            Parcel.pickup_code == p.pickup_code,
            Parcel.status == IN_STATION,
        )
    ).first()
    if code_taken is not None:
        ctx.flag(
            "pickup_code_clash",
            entity="parcel",
            entity_id=parcel.id,
            other_parcel_id=code_taken[0],
            pickup_code=p.pickup_code,
        )
    session.add(parcel)
    session.flush()
    _event(ctx, parcel.id, "checked_in")
    if p.notify:
        _notify(ctx, parcel, "parcel_arrived")
    ctx.publish(parcel)
    return {"parcel_id": parcel.id, "merged_into": None}


def _open_parcel(ctx: OpContext, parcel_id: str) -> Parcel:
    parcel = ctx.session.get(Parcel, parcel_id, with_for_update=True)
    if parcel is None or parcel.station_id != ctx.station.id:
        raise OpRejected("unknown_parcel", parcel_id=parcel_id)
    if parcel.merged_into_id is not None:
        return _open_parcel(ctx, parcel.merged_into_id)
    if parcel.status == "picked_up":
        raise OpRejected("already_picked_up", **_state(parcel))
    if parcel.status == "returned":
        raise OpRejected("already_returned", **_state(parcel))
    return parcel


def apply_pick_up(ctx: OpContext, p: ParcelPickUpPayload) -> dict[str, Any]:
    parcel = _open_parcel(ctx, p.parcel_id)
    parcel.status = "picked_up"
    parcel.picked_up_at = p.picked_up_at
    parcel.picked_up_by = ctx.op.staff_id
    parcel.pickup_method = p.method
    parcel.closed_by_terminal_id = ctx.terminal.id
    parcel.evidence = p.evidence
    _event(ctx, parcel.id, "picked_up", method=p.method)
    ctx.publish(parcel)
    return _state(parcel)


def apply_return(ctx: OpContext, p: ParcelReturnPayload) -> dict[str, Any]:
    parcel = _open_parcel(ctx, p.parcel_id)
    parcel.status = "returned"
    parcel.returned_at = p.returned_at
    parcel.return_courier = p.courier
    parcel.closed_by_terminal_id = ctx.terminal.id
    _event(ctx, parcel.id, "returned", courier=p.courier)
    ctx.publish(parcel)
    return _state(parcel)


def apply_remind(ctx: OpContext, p: ParcelRemindPayload) -> dict[str, Any]:
    parcel = _open_parcel(ctx, p.parcel_id)
    _notify(ctx, parcel, "parcel_waiting")
    _event(ctx, parcel.id, "reminded")
    return {"parcel_id": parcel.id, "queued": True}


def apply_undo_pick_up(ctx: OpContext, p: ParcelUndoPickUpPayload) -> dict[str, Any]:
    """Only the terminal that handed the parcel over may take the handover back."""
    parcel = ctx.session.get(Parcel, p.parcel_id, with_for_update=True)
    if parcel is None or parcel.station_id != ctx.station.id:
        raise OpRejected("unknown_parcel", parcel_id=p.parcel_id)
    if parcel.status != "picked_up":
        raise OpRejected("not_picked_up", **_state(parcel))
    if parcel.closed_by_terminal_id != ctx.terminal.id:
        raise OpRejected("picked_up_elsewhere", **_state(parcel))
    parcel.status = IN_STATION
    parcel.picked_up_at = None
    parcel.picked_up_by = None
    parcel.pickup_method = None
    parcel.closed_by_terminal_id = None
    parcel.evidence = None
    parcel.shelf, parcel.layer, parcel.slot_seq = p.shelf, p.layer, p.slot_seq
    parcel.pickup_code = p.pickup_code
    _event(ctx, parcel.id, "pickup_undone", reason=p.reason)
    ctx.publish(parcel)
    return _state(parcel)
