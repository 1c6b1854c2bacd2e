"""The Bills section's screens (take payment, history, needs attention)."""

from ui.bills.page import BillsPage

__all__ = ["BillsPage"]
