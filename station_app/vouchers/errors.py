"""Refusals of the voucher services. Each is a ``UserError``: nothing was written."""

from __future__ import annotations

from typing import Any

from station_app.i18n import Message, UserError


class VoucherError(UserError):
    """A voucher rule refused the request."""


class UnknownAccountError(VoucherError):
    pass


class AccountFrozenError(VoucherError):
    pass


class UnknownItemError(VoucherError):
    pass


class AmountError(VoucherError):
    pass


class InsufficientBalanceError(VoucherError):
    def __init__(self, message: Message, *, available_fen: int, **params: Any) -> None:
        super().__init__(message, **params)
        self.available_fen = available_fen


class OfflineLimitError(VoucherError):
    """An offline limit would be passed.

    ``limits`` names every limit passed (``per_transaction``, ``per_account_day``,
    ``station_outstanding``, ``max_offline_age``, ``never_synced``, ``no_policy``,
    ``repull_required``); the message names the first. ``overridable`` tells the UI
    whether a supervisor may lift it.
    """

    def __init__(
        self, message: Message, *, limits: tuple[str, ...], overridable: bool, **params: Any
    ) -> None:
        super().__init__(message, **params)
        self.limits = limits
        self.overridable = overridable


class RefundError(VoucherError):
    pass


class AssistedLookupError(VoucherError):
    pass
