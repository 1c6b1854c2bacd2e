"""Parcel shelves: the layout (shelves × layers × capacity) and slot allocation.

A slot is ``<shelf>-<layer>-<seq>``, which is also the parcel's pickup code. ``seq`` is the
lowest number not held by a parcel in station on that layer, so a code is unique among
parcels in station and comes back into use once its parcel leaves.
"""

from __future__ import annotations

import logging
import re
import unicodedata
from dataclasses import dataclass

from sqlalchemy import ColumnElement, func, literal_column, select
from sqlalchemy.orm import Session

from station_app.db.models import Parcel
from station_app.i18n import QT_TRANSLATE_NOOP, UserError
from station_app.settings import (
    PARCEL_LAYERS,
    PARCEL_SHELVES,
    PARCEL_SLOTS_PER_LAYER,
    Settings,
)

log = logging.getLogger(__name__)

# A literal, not a bound parameter: SQLite uses a partial index (WHERE status = 'in_station')
# only when the query repeats its condition verbatim.
IN_STATION: ColumnElement[bool] = Parcel.status == literal_column("'in_station'")

_LABEL = re.compile(r"^[A-Z0-9]{1,4}$")
_CODE = re.compile(r"^(?P<shelf>[A-Z0-9]{1,4})-(?P<layer>[0-9]{1,2})-(?P<seq>[0-9]{1,5})$")
MAX_LABELS = 99


class ShelfError(UserError):
    """A shelf or layer that does not exist here, or no room left."""


@dataclass(frozen=True, order=True)
class Slot:
    shelf: str
    layer: int
    seq: int

    @property
    def code(self) -> str:
        return f"{self.shelf}-{self.layer}-{self.seq}"


@dataclass(frozen=True)
class ShelfLayout:
    shelves: tuple[str, ...]
    layers: int
    slots_per_layer: int

    @classmethod
    def from_settings(cls, settings: Settings) -> ShelfLayout:
        return cls(
            shelves=parse_shelf_labels(settings.get(PARCEL_SHELVES)),
            layers=settings.get(PARCEL_LAYERS),
            slots_per_layer=settings.get(PARCEL_SLOTS_PER_LAYER),
        )

    @property
    def capacity(self) -> int:
        return len(self.shelves) * self.layers * self.slots_per_layer

    def check(self, shelf: str, layer: int) -> str:
        """The shelf label as stored, or a refusal naming what exists."""
        label = normalize_label(shelf)
        if label not in self.shelves:
            raise ShelfError(
                QT_TRANSLATE_NOOP("Shelves", "There is no shelf {shelf}. Shelves: {shelves}."),
                shelf=shelf,
                shelves=", ".join(self.shelves),
            )
        if not 1 <= layer <= self.layers:
            raise ShelfError(
                QT_TRANSLATE_NOOP("Shelves", "Shelf {shelf} has layers 1 to {layers}."),
                shelf=label,
                layers=self.layers,
            )
        return label


def normalize_label(text: str) -> str:
    return unicodedata.normalize("NFKC", text).strip().upper()


def parse_shelf_labels(text: str) -> tuple[str, ...]:
    """``"6"`` → shelves 1–6; ``"A,B,C,D"`` → those labels. A bad value falls back to the default.

    A hand-edited settings file must never stop check-in, so this logs instead of raising.
    """
    cleaned = normalize_label(text)
    if cleaned.isdigit() and 1 <= int(cleaned) <= MAX_LABELS:
        return tuple(str(number) for number in range(1, int(cleaned) + 1))
    labels = tuple(part.strip() for part in cleaned.replace("，", ",").split(","))
    if labels and all(_LABEL.match(label) for label in labels) and len(set(labels)) == len(labels):
        return labels
    log.warning("parcels.shelves %r is not a count or a list of labels; using the default", text)
    return parse_shelf_labels(PARCEL_SHELVES.default)


def parse_code(text: str) -> Slot | None:
    """A pickup code as typed or scanned (full-width, lower case, spaces tolerated)."""
    cleaned = normalize_label(text).replace(" ", "").replace("—", "-").replace("–", "-")
    match = _CODE.match(cleaned)
    if match is None:
        return None
    return Slot(match["shelf"], int(match["layer"]), int(match["seq"]))


def layer_count(session: Session, shelf: str, layer: int) -> int:
    """Parcels in station on one layer (an index range, however full the station is)."""
    count = session.scalar(
        select(func.count()).where(IN_STATION, Parcel.shelf == shelf, Parcel.layer == layer)
    )
    return int(count or 0)


def code_taken(session: Session, code: str) -> bool:
    found = session.execute(
        select(Parcel.id).where(IN_STATION, Parcel.pickup_code == code).limit(1)
    ).first()
    return found is not None


def free_seq(session: Session, shelf: str, layer: int) -> int:
    """The lowest seq on this layer whose code no parcel in station holds."""
    taken = set(
        session.execute(
            select(Parcel.slot_seq).where(IN_STATION, Parcel.shelf == shelf, Parcel.layer == layer)
        ).scalars()
    )
    seq = 1
    while seq in taken or code_taken(session, Slot(shelf, layer, seq).code):
        # Replicated parcels may hold a code that their slot columns do not explain.
        taken.add(seq)
        seq += 1
    return seq


def suggest_slot(session: Session, layout: ShelfLayout) -> Slot | None:
    """The first layer (shelf order, then bottom up) with room; None when all are full."""
    # Layer by layer, stopping at the first with room: one GROUP BY over every parcel in
    # station would cost far more once the station holds many.
    for shelf in layout.shelves:
        slot = _first_with_room(session, layout, shelf)
        if slot is not None:
            return slot
    return None


def _first_with_room(session: Session, layout: ShelfLayout, shelf: str) -> Slot | None:
    for layer in range(1, layout.layers + 1):
        if layer_count(session, shelf, layer) < layout.slots_per_layer:
            return Slot(shelf, layer, free_seq(session, shelf, layer))
    return None


def allocate(
    session: Session, layout: ShelfLayout, shelf: str | None = None, layer: int | None = None
) -> Slot:
    """A slot for a parcel: the suggestion, or on the shelf (and layer) staff chose.

    A layer staff chose explicitly is taken even when it is over capacity: the parcel is
    physically there, and the code must say where.
    """
    if shelf is None:
        slot = suggest_slot(session, layout)
        if slot is None:
            raise ShelfError(
                QT_TRANSLATE_NOOP(
                    "Shelves", "All {capacity} shelf places are taken. Choose a shelf by hand."
                ),
                capacity=layout.capacity,
            )
        return slot
    if layer is not None:
        label = layout.check(shelf, layer)
        return Slot(label, layer, free_seq(session, label, layer))
    label = layout.check(shelf, 1)
    slot = _first_with_room(session, layout, label)
    if slot is not None:
        return slot
    raise ShelfError(
        QT_TRANSLATE_NOOP("Shelves", "Shelf {shelf} is full. Choose a layer by hand."),
        shelf=label,
    )
