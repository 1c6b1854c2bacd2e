"""The platform's catalog of goods and services that vouchers can pay for (replicated)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from station_app.db.models import CatalogItem

KINDS = ("goods", "service")


@dataclass(frozen=True)
class CatalogEntry:
    id: str
    barcode: str | None
    name: str
    kind: str
    price_fen: int


def _entry(item: CatalogItem) -> CatalogEntry:
    return CatalogEntry(item.id, item.barcode, item.name, item.kind, item.price_fen)


def normalize_barcode(scanned: str) -> str:
    # A keyboard-wedge scanner ends a scan with Enter and may pad it with spaces.
    return scanned.strip()


def find_by_barcode(session: Session, barcode: str) -> CatalogEntry | None:
    """The item on sale with this barcode (the oldest row if the platform sent two)."""
    code = normalize_barcode(barcode)
    if not code:
        return None
    item = session.execute(
        select(CatalogItem)
        .where(CatalogItem.barcode == code, CatalogItem.active.is_(True))
        .order_by(CatalogItem.id)
        .limit(1)
    ).scalar_one_or_none()
    return _entry(item) if item else None


def get_item(session: Session, item_id: str) -> CatalogEntry | None:
    item = session.get(CatalogItem, item_id)
    return _entry(item) if item is not None and item.active else None


def find_item(session: Session, id_or_barcode: str) -> CatalogEntry | None:
    """By catalog id first, then by barcode: the counter passes whichever it has."""
    return get_item(session, id_or_barcode.strip()) or find_by_barcode(session, id_or_barcode)


def active_items(session: Session, kind: str | None = None) -> list[CatalogEntry]:
    """Items on sale, by name (for the counter's catalog grid)."""
    query = select(CatalogItem).where(CatalogItem.active.is_(True))
    if kind is not None:
        assert kind in KINDS, f"unknown catalog kind {kind}"
        query = query.where(CatalogItem.kind == kind)
    return [_entry(item) for item in session.execute(query.order_by(CatalogItem.name)).scalars()]
