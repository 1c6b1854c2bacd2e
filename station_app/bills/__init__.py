"""Bill payments (缴费): water, electricity, gas, property, parking and sanitation bills,
paid in cash, vouchers or both (DESIGN.md §5 "Bills", PROTOCOL.md ``bill.pay``,
``payment.void``).

- ``find(session, text, now=)``: households (and bills) by address, 户号, phone or its
  tail, bill barcode or member QR; ``household_bills(session, household_id)``: open bills
  and their totals.
- ``pay(work, bill_ids, cash_tendered_fen=, voucher_account_id=, voucher_fen=, amounts=,
  online=)``: one payment, one receipt, change in fen; refused with a ``PaymentError``
  (or the vouchers' and shifts' own refusals) and nothing written.
- ``void_payment(work, payment_id, reason, override=)``: same shift, supervisor.
- ``payment_history(session, query=, day=, shift_id=)``, ``reprint_payment(work, id)``.
- ``needs_attention(session)`` / ``acknowledge(work, seq)``: what the platform flagged.
- ``settle_payment(work, platform_payment_id)``: apply the platform's answers.
"""

from station_app.bills.attention import PaymentAttention, acknowledge, needs_attention
from station_app.bills.bill_receipts import door_label, household_label
from station_app.bills.errors import BillError, BillLookupError, PaymentError, VoidError
from station_app.bills.history import (
    PaymentLine,
    PaymentView,
    get_payment,
    payment_history,
    platform_status,
    reprint_payment,
)
from station_app.bills.lookup import (
    BillLineView,
    BillView,
    HouseholdBills,
    HouseholdCard,
    Lookup,
    find,
    get_bill,
    household_bills,
    household_card,
    parse_address,
)
from station_app.bills.payments import (
    BillAmount,
    PaidBill,
    PaymentResult,
    TenderPlan,
    TenderSplit,
    pay,
    plan_tender,
)
from station_app.bills.settlement import payment_of, settle_payment
from station_app.bills.voids import VoidResult, void_payment

__all__ = [
    "BillAmount",
    "BillError",
    "BillLineView",
    "BillLookupError",
    "BillView",
    "HouseholdBills",
    "HouseholdCard",
    "Lookup",
    "PaidBill",
    "PaymentAttention",
    "PaymentError",
    "PaymentLine",
    "PaymentResult",
    "PaymentView",
    "TenderPlan",
    "TenderSplit",
    "VoidError",
    "VoidResult",
    "acknowledge",
    "door_label",
    "find",
    "get_bill",
    "get_payment",
    "household_bills",
    "household_card",
    "household_label",
    "needs_attention",
    "parse_address",
    "pay",
    "payment_history",
    "payment_of",
    "plan_tender",
    "platform_status",
    "reprint_payment",
    "settle_payment",
    "void_payment",
]
