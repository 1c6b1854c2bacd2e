"""The Parcels section's screens (check-in, pickup, overdue, return, stocktake, search)."""

from ui.parcels.page import ParcelsPage

__all__ = ["ParcelsPage"]
