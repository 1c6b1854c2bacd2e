"""Stocktake (盘点): compare one shelf's scans with what the records say is on it."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from station_app.db.models import Parcel
from station_app.i18n import QT_TRANSLATE_NOOP
from station_app.parcels.errors import BadScanError
from station_app.parcels.lookups import (
    any_by_waybill,
    in_station_by_code,
    in_station_by_waybill,
    in_station_on_shelf,
)
from station_app.parcels.scans import has_control, tidy
from station_app.parcels.views import ParcelView, view
from station_app.shelves import normalize_label, parse_code
from station_app.work import Work

SCAN_AUDIT_MAX = 40


@dataclass(frozen=True)
class UnexpectedScan:
    scanned: str
    reason: str
    """elsewhere (in station, on another shelf) | not_in_station (left already) | unknown"""
    parcel: ParcelView | None = None


@dataclass(frozen=True)
class StocktakeReport:
    shelf: str
    found: tuple[ParcelView, ...]
    missing: tuple[ParcelView, ...]
    """Expected on the shelf, not scanned."""
    unexpected: tuple[UnexpectedScan, ...]
    """Scanned, but not expected on this shelf."""

    @property
    def expected(self) -> int:
        return len(self.found) + len(self.missing)

    @property
    def matches(self) -> bool:
        return not self.missing and not self.unexpected


def stocktake(work: Work, shelf: str, scanned: Sequence[str]) -> StocktakeReport:
    """Scans are waybill numbers or pickup codes, in any order; repeats count once.

    Nothing about the parcels changes (a missing parcel may be misplaced, not lost); the
    stocktake and its outcome are audited.
    """
    label = normalize_label(shelf)
    if not label or len(label) > 10 or has_control(label):
        raise BadScanError(QT_TRANSLATE_NOOP("Parcels", "Choose the shelf to count."))
    session = work.session
    expected: dict[str, Parcel] = {}
    by_key: dict[str, Parcel] = {}
    for parcel in in_station_on_shelf(session, label):
        expected[parcel.id] = parcel
        by_key[parcel.pickup_code] = parcel
        by_key[parcel.waybill_no] = parcel

    seen: set[str] = set()
    unexpected: list[UnexpectedScan] = []
    for raw in dict.fromkeys(tidy(item) for item in scanned):
        if not raw:
            continue
        slot = parse_code(raw)
        key = slot.code if slot else raw
        match = by_key.get(key) or by_key.get(raw)
        if match is not None:
            seen.add(match.id)
            continue
        elsewhere = (in_station_by_code(session, slot.code) if slot else None) or next(
            iter(in_station_by_waybill(session, raw)), None
        )
        if elsewhere is not None:
            unexpected.append(UnexpectedScan(raw, "elsewhere", view(elsewhere)))
            continue
        gone = next(iter(any_by_waybill(session, raw)), None)
        if gone is not None:
            unexpected.append(UnexpectedScan(raw, "not_in_station", view(gone)))
        else:
            unexpected.append(UnexpectedScan(raw, "unknown"))

    report = StocktakeReport(
        shelf=label,
        found=tuple(view(p) for p in expected.values() if p.id in seen),
        missing=tuple(view(p) for p in expected.values() if p.id not in seen),
        unexpected=tuple(unexpected),
    )
    work.record(
        "parcel.stocktake",
        entity="shelf",
        entity_id=label,
        details={
            "expected": report.expected,
            "found": len(report.found),
            "missing": [p.pickup_code for p in report.missing],
            "unexpected": [
                {"scanned": u.scanned[:SCAN_AUDIT_MAX], "reason": u.reason}
                for u in report.unexpected
            ],
        },
    )
    return report
