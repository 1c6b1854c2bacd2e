"""The Vouchers section: balance and expiry, catalog redemption, the online wait."""

from ui.vouchers.page import VouchersPage

__all__ = ["VouchersPage"]
