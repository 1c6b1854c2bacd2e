"""Parcels (DESIGN.md §5): check-in, pickup and its undo, overdue, returns, stocktake, search.

Every change is a service taking a ``Work``: it writes the parcel, a parcel event, the
platform op and the audit entry in one transaction. Queries take a session.
"""

from station_app.parcels.check_in import check_in
from station_app.parcels.errors import (
    BadScanError,
    DuplicateWaybillError,
    NotInStationError,
    ParcelError,
    ParcelNotFoundError,
    UndoRefusedError,
)
from station_app.parcels.lookups import (
    code_statement,
    find_by_code,
    find_by_household,
    find_by_tail,
    get,
    history,
    household_candidates,
    search,
    tail_statement,
)
from station_app.parcels.overdue import list_overdue, remind, retention_days
from station_app.parcels.phones import PhoneNumber, mask_phone, parse_phone
from station_app.parcels.pickup import (
    COLLECTORS,
    PICKUP_METHODS,
    UNDO_WINDOW,
    Evidence,
    pick_up,
    pick_up_by_code,
    undo_pick_up,
)
from station_app.parcels.returns import return_to_courier
from station_app.parcels.scans import normalize_code, normalize_tail, normalize_waybill
from station_app.parcels.stocktake import StocktakeReport, UnexpectedScan, stocktake
from station_app.parcels.views import IN_STATION, PICKED_UP, RETURNED, EventView, ParcelView

__all__ = [
    "COLLECTORS",
    "IN_STATION",
    "PICKED_UP",
    "PICKUP_METHODS",
    "RETURNED",
    "UNDO_WINDOW",
    "BadScanError",
    "DuplicateWaybillError",
    "EventView",
    "Evidence",
    "NotInStationError",
    "ParcelError",
    "ParcelNotFoundError",
    "ParcelView",
    "PhoneNumber",
    "StocktakeReport",
    "UndoRefusedError",
    "UnexpectedScan",
    "check_in",
    "code_statement",
    "find_by_code",
    "find_by_household",
    "find_by_tail",
    "get",
    "history",
    "household_candidates",
    "list_overdue",
    "mask_phone",
    "normalize_code",
    "normalize_tail",
    "normalize_waybill",
    "parse_phone",
    "pick_up",
    "pick_up_by_code",
    "remind",
    "retention_days",
    "return_to_courier",
    "search",
    "stocktake",
    "tail_statement",
    "undo_pick_up",
]
