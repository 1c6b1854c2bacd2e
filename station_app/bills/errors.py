"""Refusals of the bill services. Each is a ``UserError``: nothing was written."""

from __future__ import annotations

from station_app.i18n import UserError


class BillError(UserError):
    """A bill rule refused the request."""


class BillLookupError(BillError):
    pass


class PaymentError(BillError):
    pass


class VoidError(BillError):
    pass
