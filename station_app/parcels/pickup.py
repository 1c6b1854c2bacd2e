"""Pickup (出库): one or several parcels handed over, with who collected them; and its undo."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import timedelta

from station_app.db.models import Parcel
from station_app.db.types import format_utc
from station_app.i18n import QT_TRANSLATE_NOOP
from station_app.parcels.errors import BadScanError, ParcelNotFoundError, UndoRefusedError
from station_app.parcels.events import add_event
from station_app.parcels.lookups import (
    in_station_by_code,
    in_station_by_waybill,
    require_in_station,
)
from station_app.parcels.scans import clean_text, normalize_code
from station_app.parcels.views import IN_STATION, PICKED_UP, ParcelView, view
from station_app.shelves import ShelfLayout, Slot, allocate, code_taken, free_seq
from station_app.work import Actor, Work

PICKUP_METHODS = (
    "code",
    "phone_tail",
    "member_qr",
    "household",
    "waybill",
    "kiosk_code",
    "kiosk_qr",
)
COLLECTORS = ("self", "family", "neighbour")
UNDO_WINDOW = timedelta(minutes=10)
UNDO_ROLES = ("supervisor", "admin")
NAME_MAX = 60
NOTE_MAX = 200


@dataclass(frozen=True)
class Evidence:
    """Who took the parcel: the resident, family, or a neighbour (whose name is required)."""

    collector: str = "self"
    name: str | None = None
    note: str | None = None


def _checked(evidence: Evidence) -> Evidence:
    if evidence.collector not in COLLECTORS:
        raise ValueError(f"collector must be one of {COLLECTORS}")
    name = clean_text(evidence.name, limit=NAME_MAX)
    if evidence.collector == "neighbour" and name is None:
        raise BadScanError(
            QT_TRANSLATE_NOOP("Parcels", "A neighbour collecting a parcel must give their name.")
        )
    return Evidence(evidence.collector, name, clean_text(evidence.note, limit=NOTE_MAX))


def pick_up(
    work: Work,
    parcel_ids: Sequence[str],
    *,
    method: str,
    evidence: Evidence = Evidence(),
) -> list[ParcelView]:
    """Hand over parcels in one unit of work: all of them, or (on any refusal) none."""
    if method not in PICKUP_METHODS:
        raise ValueError(f"method must be one of {PICKUP_METHODS}")
    checked = _checked(evidence)
    ids = list(dict.fromkeys(parcel_ids))  # a parcel confirmed twice is handed over once
    if not ids:
        raise ParcelNotFoundError(QT_TRANSLATE_NOOP("Parcels", "Choose at least one parcel."))
    handed: list[ParcelView] = []
    for parcel_id in ids:
        parcel = require_in_station(work.session, parcel_id)
        code = parcel.pickup_code
        parcel.status = PICKED_UP
        parcel.picked_up_at = work.now
        parcel.picked_up_by = work.actor.staff_id
        parcel.pickup_method = method
        parcel.collector_kind = checked.collector
        parcel.collector_name = checked.name
        parcel.note = checked.note
        evidence_data = {"collector": checked.collector, "name": checked.name, "note": checked.note}
        add_event(
            work, parcel, "picked_up", {"method": method, "pickup_code": code, **evidence_data}
        )
        work.record(
            "parcel.pick_up",
            entity="parcel",
            entity_id=parcel.id,
            op_type="parcel.pick_up",
            payload={
                "parcel_id": parcel.id,
                "method": method,
                "picked_up_at": format_utc(work.now),
                "pickup_code": code,
                "evidence": {k: v for k, v in evidence_data.items() if v is not None},
            },
            details={"pickup_code": code, "method": method, "collector": checked.collector},
        )
        handed.append(view(parcel))
    work.session.flush()
    return handed


def pick_up_by_code(work: Work, code: str, *, evidence: Evidence = Evidence()) -> ParcelView:
    """The kiosk's and the counter's quickest path: the code from the SMS."""
    slot = normalize_code(code)
    parcel = in_station_by_code(work.session, slot.code)
    if parcel is None:
        raise ParcelNotFoundError(
            QT_TRANSLATE_NOOP("Parcels", "No parcel in station has the code {code}."),
            code=slot.code,
        )
    return pick_up(work, [parcel.id], method="code", evidence=evidence)[0]


def undo_pick_up(
    work: Work,
    parcel_id: str,
    layout: ShelfLayout,
    *,
    reason: str | None = None,
    override: Actor | None = None,
) -> ParcelView:
    """Put a parcel handed over by mistake back in station (supervisor, within 10 minutes).

    A clerk may do it with a supervisor's approval (``override``, from
    ``staff.authorize_override``). The parcel keeps its code if no other parcel took it
    meanwhile; otherwise it gets a new one, on the same layer when there is room.
    """
    if work.actor.role not in UNDO_ROLES and (override is None or override.role not in UNDO_ROLES):
        raise UndoRefusedError(QT_TRANSLATE_NOOP("Parcels", "Only a supervisor can undo a pickup."))
    note = clean_text(reason, limit=NOTE_MAX)
    parcel = work.session.get(Parcel, parcel_id)
    if parcel is None:
        raise ParcelNotFoundError(QT_TRANSLATE_NOOP("Parcels", "That parcel is not known here."))
    if parcel.status != PICKED_UP or parcel.picked_up_at is None:
        raise UndoRefusedError(
            QT_TRANSLATE_NOOP("Parcels", "Only a parcel that was picked up can be put back.")
        )
    # The window bounds the harm of a mistaken handover without reopening old records.
    if work.now - parcel.picked_up_at > UNDO_WINDOW:
        raise UndoRefusedError(
            QT_TRANSLATE_NOOP(
                "Parcels",
                "Undo is possible for {minutes} minutes; this pickup was {ago} minutes ago.",
            ),
            minutes=int(UNDO_WINDOW.total_seconds() // 60),
            ago=int((work.now - parcel.picked_up_at).total_seconds() // 60),
        )
    if in_station_by_waybill(work.session, parcel.waybill_no, parcel.carrier):
        raise UndoRefusedError(
            QT_TRANSLATE_NOOP("Parcels", "{waybill} was checked in again; it cannot be put back."),
            waybill=parcel.waybill_no,
        )
    old_code = parcel.pickup_code
    if code_taken(work.session, old_code):
        slot = _slot_near(work, layout, parcel.shelf, parcel.layer)
        parcel.shelf, parcel.layer, parcel.slot_seq = slot.shelf, slot.layer, slot.seq
        parcel.pickup_code = slot.code
    undone = {
        "method": parcel.pickup_method,
        "picked_up_at": format_utc(parcel.picked_up_at),
        "collector": parcel.collector_kind,
    }
    parcel.status = IN_STATION
    parcel.picked_up_at = None
    parcel.picked_up_by = None
    parcel.pickup_method = None
    parcel.collector_kind = None
    parcel.collector_name = None
    parcel.note = None
    work.session.flush()
    code = parcel.pickup_code
    add_event(
        work,
        parcel,
        "pickup_undone",
        {"pickup_code": code, "previous_code": old_code, "reason": note, "undone": undone},
    )
    work.record(
        "parcel.undo_pick_up",
        entity="parcel",
        entity_id=parcel.id,
        op_type="parcel.undo_pick_up",
        payload={
            "parcel_id": parcel.id,
            "undone_at": format_utc(work.now),
            "pickup_code": code,
            "shelf": parcel.shelf,
            "layer": parcel.layer,
            "slot_seq": parcel.slot_seq,
            "reason": note,
        },
        details={
            "pickup_code": code,
            "previous_code": old_code,
            "reason": note,
            **({"approved_by": override.staff_id} if override is not None else {}),
        },
    )
    return view(parcel)


def _slot_near(work: Work, layout: ShelfLayout, shelf: str, layer: int) -> Slot:
    """A free slot on the parcel's old layer when it has room, else the next suggestion."""
    if shelf in layout.shelves and 1 <= layer <= layout.layers:
        seq = free_seq(work.session, shelf, layer)
        if seq <= layout.slots_per_layer:
            return Slot(shelf, layer, seq)
    return allocate(work.session, layout)
