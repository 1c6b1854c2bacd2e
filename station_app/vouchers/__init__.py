"""Vouchers (消费券): balances, spend order, redemptions, refunds, offline limits (DESIGN.md §5).

Accounts and lots come from the platform (replica); the station adds a local ledger of
spends and refunds that counts until the platform has answered for it.

- ``balance(session, account_id, now)``: what an account can spend at trusted time.
- ``redeem(work, account_id, items, limits=None, override=None)``: spend, refused when
  frozen, short, unknown item, or over an offline limit.
- ``refund(work, redemption_id, amount_fen, reason, supervisor)``: back to the same lots.
- ``settle_redemption`` / ``settle_refund``: apply the platform's answer.
- ``assisted_lookup(work, settings, household_id)``: accounts of a household (audited).
"""

from station_app.vouchers.allocation import (
    Allocation,
    SpendableLot,
    allocate,
    is_spendable,
    refund_allocation,
    spend_order,
    spend_order_key,
)
from station_app.vouchers.assisted_lookup import AccountCard, assisted_lookup
from station_app.vouchers.balance import Balance, Expiry, LotBalance, balance, lot_balances
from station_app.vouchers.errors import (
    AccountFrozenError,
    AmountError,
    AssistedLookupError,
    InsufficientBalanceError,
    OfflineLimitError,
    RefundError,
    UnknownAccountError,
    UnknownItemError,
    VoucherError,
)
from station_app.vouchers.limits import OfflineLimits, offline_limits
from station_app.vouchers.redemptions import (
    BillTender,
    CatalogLine,
    PricedLine,
    RedemptionLine,
    RedemptionResult,
    check_offline_limits,
    redeem,
)
from station_app.vouchers.refunds import RefundResult, refund, refunded_fen
from station_app.vouchers.settlement import PlatformAnswer, settle_redemption, settle_refund

__all__ = [
    "AccountCard",
    "AccountFrozenError",
    "Allocation",
    "AmountError",
    "AssistedLookupError",
    "Balance",
    "BillTender",
    "CatalogLine",
    "Expiry",
    "InsufficientBalanceError",
    "LotBalance",
    "OfflineLimitError",
    "OfflineLimits",
    "PlatformAnswer",
    "PricedLine",
    "RedemptionLine",
    "RedemptionResult",
    "RefundError",
    "RefundResult",
    "SpendableLot",
    "UnknownAccountError",
    "UnknownItemError",
    "VoucherError",
    "allocate",
    "assisted_lookup",
    "balance",
    "check_offline_limits",
    "is_spendable",
    "lot_balances",
    "offline_limits",
    "redeem",
    "refund",
    "refund_allocation",
    "refunded_fen",
    "settle_redemption",
    "settle_refund",
    "spend_order",
    "spend_order_key",
]
