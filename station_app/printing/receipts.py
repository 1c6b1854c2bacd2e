"""What a receipt says, as plain dataclasses: one class per kind of receipt.

A receipt is built by the service that makes it, inside its transaction, and stored as
JSON in ``Receipt.body`` (``to_body`` / ``from_body``), so a reprint is the same receipt.
Money is integer fen; instants are aware datetimes, shown in ``Header.timezone``.
Whether a print is a copy (副本) is not part of the receipt: it belongs to the print job.
"""

from __future__ import annotations

import dataclasses
import types
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, ClassVar, Union, get_args, get_origin, get_type_hints

from station_app.printing import wording

BODY_VERSION = 1
PAYLOAD_PREFIX = "SPV1"
"""Verification payload format, version 1: ``SPV1|receipt no|terminal|amount fen|signature``."""


def mask_phone(phone: str) -> str:
    """``13812341234`` → ``138****1234``: receipts and the kiosk never show a whole number."""
    digits = phone.strip()
    if "*" in digits:
        return digits
    if len(digits) >= 11:
        return digits[:3] + "****" + digits[-4:]
    if len(digits) > 4:
        return "*" * (len(digits) - 4) + digits[-4:]
    return digits


@dataclass(frozen=True)
class Header:
    station_name: str
    terminal_code: str
    receipt_no: str
    issued_at: datetime
    """The business transaction's instant (aware)."""
    timezone: str = "Asia/Shanghai"
    staff_name: str = ""


@dataclass(frozen=True)
class Item:
    """A line with an amount: a bill line, a catalog item, a test item."""

    name: str
    amount_fen: int
    quantity: str = "1"
    """Decimal text as given (``12.5`` m³); never used for arithmetic."""
    unit_price_fen: int | None = None
    unit: str = ""


@dataclass(frozen=True)
class TenderLine:
    tender: str
    """cash | voucher"""
    amount_fen: int


@dataclass(frozen=True)
class TenderTotal:
    tender: str
    count: int
    amount_fen: int


@dataclass(frozen=True)
class ParcelLine:
    carrier: str
    waybill_no: str
    pickup_code: str
    shelf: str
    reason: str = ""
    """Return slips: why it goes back."""


@dataclass(frozen=True)
class BillSection:
    biller: str
    account_no: str
    """户号 at the biller."""
    period: str
    amount_fen: int
    """Paid on this bill by this payment."""
    lines: tuple[Item, ...] = ()
    arrears_fen: int = 0


@dataclass(frozen=True)
class TestReceipt:
    header: Header
    printer: str = ""
    mode: str = "text"
    columns: int = 32
    items: tuple[Item, ...] = tuple(
        Item(name, price * int(qty), qty, price) for name, qty, price in wording.TEST_ITEMS
    )
    kind: ClassVar[str] = "test"

    @property
    def amount_fen(self) -> int:
        return sum(item.amount_fen for item in self.items)


@dataclass(frozen=True)
class PaymentReceipt:
    header: Header
    household: str
    bills: tuple[BillSection, ...]
    tenders: tuple[TenderLine, ...]
    total_fen: int
    cash_tendered_fen: int = 0
    change_fen: int = 0
    pending: bool = False
    """Taken offline: 待确认 until the platform confirms it."""
    kind: ClassVar[str] = "payment"

    @property
    def amount_fen(self) -> int:
        return self.total_fen


@dataclass(frozen=True)
class RedemptionReceipt:
    header: Header
    holder_name: str
    account: str
    items: tuple[Item, ...]
    spent_fen: int
    balance_fen: int
    expiring_fen: int = 0
    """Of the balance, what expires this month (本月到期)."""
    expiring_on: date | None = None
    pending: bool = False
    kind: ClassVar[str] = "redemption"

    @property
    def amount_fen(self) -> int:
        return self.spent_fen


@dataclass(frozen=True)
class PickupSlip:
    header: Header
    phone: str
    parcels: tuple[ParcelLine, ...]
    collector: str = ""
    """Empty for the recipient; a name when someone picks up for them."""
    kind: ClassVar[str] = "pickup"

    def __post_init__(self) -> None:
        # Only the masked number is ever stored or printed.
        object.__setattr__(self, "phone", mask_phone(self.phone))

    @property
    def amount_fen(self) -> int:
        return 0


@dataclass(frozen=True)
class ReturnSlip:
    header: Header
    courier: str
    parcels: tuple[ParcelLine, ...]
    kind: ClassVar[str] = "return"

    @property
    def amount_fen(self) -> int:
        return 0


@dataclass(frozen=True)
class ShiftReport:
    """X (``final=False``, mid-shift) or Z (``final=True``, at close) report.

    Cash amounts are signed as the drawer sees them (+ in, − out), like ``CashMovement``.
    """

    header: Header
    final: bool
    opened_at: datetime
    float_fen: int
    cash_in_fen: int
    change_out_fen: int
    paid_in_fen: int
    paid_out_fen: int
    expected_fen: int
    void_reversal_fen: int = 0
    closed_at: datetime | None = None
    counted_fen: int | None = None
    variance_fen: int | None = None
    variance_reason: str = ""
    z_number: int | None = None
    totals: tuple[TenderTotal, ...] = ()

    @property
    def kind(self) -> str:
        return "shift_z" if self.final else "shift_x"

    @property
    def amount_fen(self) -> int:
        return self.expected_fen


@dataclass(frozen=True)
class VoidReceipt:
    header: Header
    original_receipt_no: str
    reason: str
    items: tuple[Item, ...]
    refunds: tuple[TenderLine, ...]
    total_fen: int
    supervisor_name: str = ""
    kind: ClassVar[str] = "void"

    @property
    def amount_fen(self) -> int:
        return -self.total_fen


AnyReceipt = (
    TestReceipt
    | PaymentReceipt
    | RedemptionReceipt
    | PickupSlip
    | ReturnSlip
    | ShiftReport
    | VoidReceipt
)

KINDS: dict[str, type[Any]] = {
    "test": TestReceipt,
    "payment": PaymentReceipt,
    "redemption": RedemptionReceipt,
    "pickup": PickupSlip,
    "return": ReturnSlip,
    "shift_x": ShiftReport,
    "shift_z": ShiftReport,
    "void": VoidReceipt,
}


def has_qr(receipt: AnyReceipt) -> bool:
    """Receipts a resident keeps carry a verification QR; shift reports stay in the drawer."""
    return not isinstance(receipt, ShiftReport)


def verification_payload(receipt: AnyReceipt, signature: str = "") -> str:
    """What the QR carries: receipt number, terminal, amount in fen, signature.

    The signature stays empty until sync provides terminal keys; the field is already
    there so that readers of version 1 accept signed receipts.
    """
    header = receipt.header
    return "|".join(
        (
            PAYLOAD_PREFIX,
            header.receipt_no,
            header.terminal_code,
            str(receipt.amount_fen),
            signature,
        )
    )


@dataclass(frozen=True)
class VerificationPayload:
    receipt_no: str
    terminal_code: str
    amount_fen: int
    signature: str = field(default="")


def parse_verification_payload(text: str) -> VerificationPayload:
    parts = text.split("|")
    if len(parts) != 5 or parts[0] != PAYLOAD_PREFIX:
        raise ValueError(f"not a receipt verification payload: {text!r}")
    return VerificationPayload(parts[1], parts[2], int(parts[3]), parts[4])


# --- JSON body ---------------------------------------------------------------------------


def _dump(value: Any) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _dump(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, datetime):
        if value.tzinfo is None:
            raise ValueError("receipt times must be aware datetimes")
        return value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, tuple | list):
        return [_dump(item) for item in value]
    return value


def to_body(receipt: AnyReceipt) -> dict[str, Any]:
    """The receipt as JSON-ready data for ``Receipt.body``."""
    return {"v": BODY_VERSION, "kind": receipt.kind, "receipt": _dump(receipt)}


def _load(kind: Any, value: Any) -> Any:
    if value is None:
        return None
    origin = get_origin(kind)
    if origin in (Union, types.UnionType):
        options = [option for option in get_args(kind) if option is not type(None)]
        return _load(options[0], value)
    if origin is tuple:
        (item_kind, _ellipsis) = get_args(kind)
        return tuple(_load(item_kind, item) for item in value)
    if dataclasses.is_dataclass(kind):
        hints = get_type_hints(kind)
        known = {f.name for f in dataclasses.fields(kind) if f.init}
        factory: Any = kind
        return factory(
            **{name: _load(hints[name], v) for name, v in value.items() if name in known}
        )
    if kind is datetime:
        return datetime.fromisoformat(value)
    if kind is date:
        return date.fromisoformat(value)
    return value


def from_body(body: dict[str, Any]) -> AnyReceipt:
    """Rebuild the receipt a ``to_body`` stored."""
    if body.get("v") != BODY_VERSION or body.get("kind") not in KINDS:
        raise ValueError(f"unknown receipt body (v={body.get('v')}, kind={body.get('kind')})")
    receipt: AnyReceipt = _load(KINDS[body["kind"]], body["receipt"])
    return receipt
