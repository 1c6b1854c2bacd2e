"""Parcel ops: check-in (unique carrier + waybill among parcels in the station), pick-up
and return (the first terminal to arrive wins), reminders.

A second check-in of a waybill already in the station is merged into the first parcel and
flagged; its result names the parcel it was merged into, so the terminal can fold its
local row into that one before it pulls.

The handlers work on the batch's ``ParcelCache`` (parcel_cache.py): ``prepare_batch``
reads and locks, in two queries, every parcel the batch's ops name and every parcel in
station their check-ins could clash with; the rows the ops change are written when the
batch ends. Ops that bring a parcel into the station (check-in, undoing a pick-up) hold
the station's lock, so no other terminal adds a clash while the batch runs; those that
take one out lock the parcel. A handler writes nothing to the database itself, so push.py
applies it without a savepoint (``REFUSE_BEFORE_WRITING``).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import and_, bindparam, or_, select
from sqlalchemy.orm import Session

from station_app.ids import new_id
from sync.messages import (
    ParcelCheckInPayload,
    ParcelPickUpPayload,
    ParcelRemindPayload,
    ParcelReturnPayload,
    ParcelUndoPickUpPayload,
    PushOp,
    utc_text,
)
from sync.server.changes import Scope, parcel_data
from sync.server.models import Base, Notification, Parcel, ParcelEvent, Station
from sync.server.op_context import BatchShared, OpContext, OpRejected, lock_station
from sync.server.parcel_cache import IN_STATION, ParcelCache, Row

PARCEL_OPS = frozenset(
    {"parcel.check_in", "parcel.pick_up", "parcel.return", "parcel.remind", "parcel.undo_pick_up"}
)
_INTO_STATION = frozenset({"parcel.check_in", "parcel.undo_pick_up"})

_PARCELS = Base.metadata.tables[Parcel.__tablename__]
_BY_IDS = (
    select(_PARCELS)
    .where(_PARCELS.c.id.in_(bindparam("ids", expanding=True)))
    .order_by(_PARCELS.c.id)
    .with_for_update()
)
_CLASH_CANDIDATES = (
    # In station with one of the check-ins' waybills (matched exactly in Python) or codes;
    # each branch has its index.
    select(_PARCELS)
    .where(
        or_(
            and_(
                _PARCELS.c.station_id == bindparam("station_id"),
                _PARCELS.c.carrier.in_(bindparam("carriers", expanding=True)),
                _PARCELS.c.waybill_no.in_(bindparam("waybills", expanding=True)),
                _PARCELS.c.status == IN_STATION,
            ),
            and_(
                _PARCELS.c.station_id == bindparam("station_id"),
                _PARCELS.c.pickup_code.in_(bindparam("codes", expanding=True)),
                _PARCELS.c.status == IN_STATION,
            ),
        )
    )
    .order_by(_PARCELS.c.id)
    .with_for_update()
)
_CHUNK = 500  # ids per IN (...), well under SQLite's variable limit


def _code_parts(pickup_code: str) -> tuple[int, int]:
    """``<shelf>-<layer>-<seq>`` → (layer, seq); 0 where the code does not say."""
    parts = pickup_code.split("-")
    numbers = [int(part) if part.isascii() and part.isdigit() else 0 for part in parts[1:3]]
    numbers += [0] * (2 - len(numbers))
    return numbers[0], numbers[1]


def _text(payload: dict[str, Any], name: str) -> str | None:
    value = payload.get(name)
    return value if isinstance(value, str) else None


def prepare_batch(
    session: Session, shared: BatchShared, station: Station, ops: list[PushOp]
) -> None:
    """Lock and read what the batch's parcel ops need (the station first when one of them
    brings a parcel into the station: locks are always taken in that order)."""
    parcel_ops = [op for op in ops if op.type in PARCEL_OPS]
    if not parcel_ops:
        return
    if any(op.type in _INTO_STATION for op in parcel_ops):
        lock_station(session, shared, station.id)
    connection = session.connection()
    cache = shared.parcels
    ids = sorted({i for op in parcel_ops if (i := _text(op.payload, "parcel_id")) is not None})
    for start in range(0, len(ids), _CHUNK):
        for row in connection.execute(_BY_IDS, {"ids": ids[start : start + _CHUNK]}):
            cache.read(row.id, dict(row._mapping))
    for parcel_id in ids:
        cache.read(parcel_id, None)
    waybills: set[tuple[str, str]] = set()
    codes: set[str] = set()
    for op in parcel_ops:
        carrier, waybill = _text(op.payload, "carrier"), _text(op.payload, "waybill_no")
        code = _text(op.payload, "pickup_code")
        if op.type == "parcel.check_in" and carrier and waybill and code:
            waybills.add((carrier, waybill))
            codes.add(code)
    if waybills:
        _read_clash_candidates(session, cache, station.id, waybills, codes)


def _read_clash_candidates(
    session: Session,
    cache: ParcelCache,
    station_id: str,
    waybills: set[tuple[str, str]],
    codes: set[str],
) -> None:
    """Lock and read the station's parcels in station with those waybills or codes."""
    params = {
        "station_id": station_id,
        "carriers": sorted({carrier for carrier, _ in waybills}),
        "waybills": sorted({waybill for _, waybill in waybills}),
        "codes": sorted(codes),
    }
    for row in session.connection().execute(_CLASH_CANDIDATES, params):
        cache.read(row.id, dict(row._mapping))
    cache.clash_candidates_read(station_id, waybills, codes)


def _load(ctx: OpContext, parcel_id: str) -> Row | None:
    """The parcel as the batch has it (read and locked now if the batch has not yet)."""
    cache = ctx.shared.parcels
    if not cache.knows(parcel_id):
        row = ctx.session.connection().execute(_BY_IDS, {"ids": [parcel_id]}).first()
        cache.read(parcel_id, None if row is None else dict(row._mapping))
    return cache.get(parcel_id)


def _update(ctx: OpContext, parcel: Row, **values: Any) -> Row:
    changed = {**parcel, **values}
    ctx.shared.parcels.put(changed)
    return changed


def _publish(ctx: OpContext, parcel: Row) -> None:
    scope = Scope(ctx.station.community_id, ctx.station.id)
    ctx.publish_data("parcel", parcel["id"], scope, parcel_data(parcel))


def _event(ctx: OpContext, parcel_id: str, kind: str, **details: Any) -> None:
    ctx.insert(
        ParcelEvent,
        {
            "id": new_id(),
            "parcel_id": parcel_id,
            "kind": kind,
            "at": ctx.at,
            "terminal_id": ctx.terminal.id,
            "staff_id": ctx.op.staff_id,
            "details": details,
        },
    )


def _notify(ctx: OpContext, parcel: Row, template: str) -> None:
    ctx.insert(
        Notification,
        {
            "id": new_id(),
            "station_id": parcel["station_id"],
            "channel": "sms",
            "phone": parcel["phone"],
            "template": template,
            "params": {"pickup_code": parcel["pickup_code"], "station": ctx.station.name},
            "status": "queued",
            "created_at": ctx.now,
        },
    )


def _state(parcel: Row) -> dict[str, Any]:
    return {
        "parcel_id": parcel["id"],
        "status": parcel["status"],
        "picked_up_at": utc_text(parcel["picked_up_at"]) if parcel["picked_up_at"] else None,
        "returned_at": utc_text(parcel["returned_at"]) if parcel["returned_at"] else None,
        "by_terminal_id": parcel["closed_by_terminal_id"],
    }


def apply_check_in(ctx: OpContext, p: ParcelCheckInPayload) -> dict[str, Any]:
    # Serialise check-ins per station: the waybill rule has no unique index to lean on.
    ctx.lock_station()
    if _load(ctx, p.parcel_id) is not None:
        raise OpRejected("parcel_exists", parcel_id=p.parcel_id)
    cache = ctx.shared.parcels
    station_id = ctx.station.id
    waybill = (p.carrier, p.waybill_no)
    if not cache.has_clash_candidates(station_id, waybill, p.pickup_code):
        _read_clash_candidates(ctx.session, cache, station_id, {waybill}, {p.pickup_code})
    same_waybill = cache.in_station(station_id, waybill=waybill)
    layer, slot_seq = _code_parts(p.pickup_code)
    parcel: Row = {
        "id": p.parcel_id,
        "station_id": station_id,
        "terminal_id": ctx.terminal.id,
        "carrier": p.carrier,
        "waybill_no": p.waybill_no,
        "phone": p.phone,
        "recipient_name": p.recipient_name,
        "household_id": p.household_id,
        "shelf": p.shelf,
        "layer": p.layer if p.layer is not None else layer,
        "slot_seq": p.slot_seq if p.slot_seq is not None else slot_seq,
        "pickup_code": p.pickup_code,
        "status": IN_STATION,
        "checked_in_at": p.checked_in_at,
        "checked_in_by": ctx.op.staff_id,
        "picked_up_at": None,
        "picked_up_by": None,
        "pickup_method": None,
        "closed_by_terminal_id": None,
        "returned_at": None,
        "return_courier": None,
        "merged_into_id": None,
        "evidence": None,
    }
    if same_waybill:
        into = same_waybill[0]
        cache.put({**parcel, "status": "merged", "merged_into_id": into})
        _event(ctx, p.parcel_id, "merged", into=into)
        ctx.flag(
            "duplicate_parcel",
            entity="parcel",
            entity_id=into,
            duplicate_id=p.parcel_id,
            waybill_no=p.waybill_no,
        )
        return {"parcel_id": p.parcel_id, "merged_into": into}
    code_taken = cache.in_station(station_id, code=p.pickup_code)
    if code_taken:
        ctx.flag(
            "pickup_code_clash",
            entity="parcel",
            entity_id=p.parcel_id,
            other_parcel_id=code_taken[0],
            pickup_code=p.pickup_code,
        )
    cache.put(parcel)
    _event(ctx, p.parcel_id, "checked_in")
    if p.notify:
        _notify(ctx, parcel, "parcel_arrived")
    _publish(ctx, parcel)
    return {"parcel_id": p.parcel_id, "merged_into": None}


def _open_parcel(ctx: OpContext, parcel_id: str) -> Row:
    parcel = _load(ctx, parcel_id)
    if parcel is None or parcel["station_id"] != ctx.station.id:
        raise OpRejected("unknown_parcel", parcel_id=parcel_id)
    if parcel["merged_into_id"] is not None:
        return _open_parcel(ctx, parcel["merged_into_id"])
    if parcel["status"] == "picked_up":
        raise OpRejected("already_picked_up", **_state(parcel))
    if parcel["status"] == "returned":
        raise OpRejected("already_returned", **_state(parcel))
    return parcel


def apply_pick_up(ctx: OpContext, p: ParcelPickUpPayload) -> dict[str, Any]:
    parcel = _update(
        ctx,
        _open_parcel(ctx, p.parcel_id),
        status="picked_up",
        picked_up_at=p.picked_up_at,
        picked_up_by=ctx.op.staff_id,
        pickup_method=p.method,
        closed_by_terminal_id=ctx.terminal.id,
        evidence=p.evidence,
    )
    _event(ctx, parcel["id"], "picked_up", method=p.method)
    _publish(ctx, parcel)
    return _state(parcel)


def apply_return(ctx: OpContext, p: ParcelReturnPayload) -> dict[str, Any]:
    parcel = _update(
        ctx,
        _open_parcel(ctx, p.parcel_id),
        status="returned",
        returned_at=p.returned_at,
        return_courier=p.courier,
        closed_by_terminal_id=ctx.terminal.id,
    )
    _event(ctx, parcel["id"], "returned", courier=p.courier)
    _publish(ctx, parcel)
    return _state(parcel)


def apply_remind(ctx: OpContext, p: ParcelRemindPayload) -> dict[str, Any]:
    parcel = _open_parcel(ctx, p.parcel_id)
    _notify(ctx, parcel, "parcel_waiting")
    _event(ctx, parcel["id"], "reminded")
    return {"parcel_id": parcel["id"], "queued": True}


def apply_undo_pick_up(ctx: OpContext, p: ParcelUndoPickUpPayload) -> dict[str, Any]:
    """Only the terminal that handed the parcel over may take the handover back."""
    ctx.lock_station()  # the parcel comes back into the station (see the module's note)
    parcel = _load(ctx, p.parcel_id)
    if parcel is None or parcel["station_id"] != ctx.station.id:
        raise OpRejected("unknown_parcel", parcel_id=p.parcel_id)
    if parcel["status"] != "picked_up":
        raise OpRejected("not_picked_up", **_state(parcel))
    if parcel["closed_by_terminal_id"] != ctx.terminal.id:
        raise OpRejected("picked_up_elsewhere", **_state(parcel))
    parcel = _update(
        ctx,
        parcel,
        status=IN_STATION,
        picked_up_at=None,
        picked_up_by=None,
        pickup_method=None,
        closed_by_terminal_id=None,
        evidence=None,
        shelf=p.shelf,
        layer=p.layer,
        slot_seq=p.slot_seq,
        pickup_code=p.pickup_code,
    )
    _event(ctx, parcel["id"], "pickup_undone", reason=p.reason)
    _publish(ctx, parcel)
    return _state(parcel)
