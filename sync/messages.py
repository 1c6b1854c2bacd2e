"""The sync protocol's message bodies (PROTOCOL.md), shared by the platform and the station.

Requests ignore fields they do not know (the contract may be extended without a version
bump); money is integer fen (``Fen`` refuses floats and strings); instants are aware
datetimes, sent as RFC 3339 UTC text.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Annotated, Any, Literal

from pydantic import AwareDatetime, BaseModel, ConfigDict, Field, field_serializer

PROTOCOL_VERSION = 1
MAX_BATCH = 100
DEFAULT_PULL_LIMIT = 500
MAX_PULL_LIMIT = 1000
PROBLEM_BASE = "https://station-pos.invalid/problems/"
"""Problem ``type`` URIs are this base plus a stable slug (``seq_gap``, ``replayed_nonce`` …)."""

Fen = Annotated[int, Field(strict=True, ge=0)]
SignedFen = Annotated[int, Field(strict=True)]
RowId = Annotated[str, Field(min_length=1, max_length=36)]
OpStatus = Literal["applied", "duplicate", "rejected", "flagged"]
HelloAction = Literal["ok", "recover", "upgrade_required"]


def problem_type(slug: str) -> str:
    return PROBLEM_BASE + slug


def problem_slug(type_uri: str) -> str:
    """The stable slug of a problem ``type`` (what a client branches on)."""
    return type_uri.removeprefix(PROBLEM_BASE)


def utc_text(value: datetime) -> str:
    return value.astimezone(UTC).isoformat().replace("+00:00", "Z")


class Message(BaseModel):
    model_config = ConfigDict(extra="ignore")


class _Timed(Message):
    """A response: every one carries the platform's clock."""

    server_time: AwareDatetime

    @field_serializer("server_time")
    def _utc(self, value: datetime) -> str:
        return utc_text(value)


# --- pairing --------------------------------------------------------------------------


class PairRequest(Message):
    enrollment_code: str = Field(min_length=4, max_length=32)
    public_key: str = Field(min_length=40, max_length=64, description="base64 raw Ed25519")
    terminal_name: str = Field(min_length=1, max_length=100)
    app_version: str = Field(min_length=1, max_length=40)


class PairResponse(_Timed):
    terminal_id: str
    terminal_code: str
    station_id: str
    station_name: str
    community_id: str
    community_name: str
    epoch: int
    platform_public_key: str


# --- handshake ------------------------------------------------------------------------


class HelloRequest(Message):
    epoch: int = Field(ge=1)
    last_seq: int = Field(ge=0, description="the highest outbox seq this terminal has made")
    db_instance_id: str = Field(max_length=64)
    app_version: str = Field(max_length=40)
    schema_version: str | int | None = None


class HelloResponse(_Timed):
    expected_epoch: int
    server_last_seq: int
    action: HelloAction
    min_app_version: str | None = None


# --- push -----------------------------------------------------------------------------


class PushOp(Message):
    op_id: RowId
    seq: int = Field(ge=1)
    type: str = Field(min_length=1, max_length=40)
    payload: dict[str, Any]
    device_time: AwareDatetime
    trusted_time: AwareDatetime
    staff_id: str | None = Field(default=None, max_length=36)
    shift_id: str | None = Field(default=None, max_length=36)
    offline: bool = True


class PushRequest(Message):
    epoch: int = Field(ge=1)
    ops: list[PushOp] = Field(max_length=MAX_BATCH)


class OpResult(Message):
    op_id: str
    seq: int
    status: OpStatus
    result: dict[str, Any] | None = None
    reason: str | None = None
    """Why an op was rejected (``already_picked_up`` …), or the first flag's kind."""
    flags: list[str] = Field(default_factory=list)
    original_status: OpStatus | None = None
    """For a ``duplicate``: what the first delivery's answer was."""


class PushResponse(_Timed):
    results: list[OpResult]
    ack_seq: int


# --- pull -----------------------------------------------------------------------------


class Change(Message):
    entity: str
    id: str
    op: Literal["upsert", "delete"]
    version: int
    data: dict[str, Any] | None = None


class PullResponse(_Timed):
    changes: list[Change]
    next_cursor: str
    has_more: bool


# --- problems (RFC 9457) --------------------------------------------------------------


class Problem(BaseModel):
    """``application/problem+json``; extension members (``expected_seq`` …) are kept."""

    model_config = ConfigDict(extra="allow")

    type: str
    title: str
    status: int
    detail: str | None = None
    server_time: AwareDatetime | None = None

    @property
    def slug(self) -> str:
        return problem_slug(self.type)


# --- op payloads (the minimum fields of PROTOCOL.md's table; extra fields are kept) ------


class Payload(BaseModel):
    model_config = ConfigDict(extra="allow")


class ShiftOpenPayload(Payload):
    shift_id: RowId
    staff_id: RowId
    float_fen: Fen
    denominations: dict[str, Annotated[int, Field(strict=True, ge=0)]] | None = None
    """``{"<denomination in fen>": count}``."""
    opened_at: AwareDatetime | None = None


class ShiftClosePayload(Payload):
    shift_id: RowId
    staff_id: RowId
    counted_fen: Fen
    expected_fen: SignedFen
    denominations: dict[str, Annotated[int, Field(strict=True, ge=0)]] | None = None
    z_number: int | None = None
    closed_at: AwareDatetime | None = None


class CashMovementPayload(Payload):
    movement_id: RowId
    shift_id: RowId
    kind: str = Field(max_length=16)
    amount_fen: SignedFen
    reason: str | None = Field(default=None, max_length=200)


class ParcelCheckInPayload(Payload):
    parcel_id: RowId
    carrier: str = Field(min_length=1, max_length=20)
    waybill_no: str = Field(min_length=1, max_length=40)
    phone: str = Field(min_length=4, max_length=20)
    pickup_code: str = Field(min_length=1, max_length=20)
    shelf: str = Field(min_length=1, max_length=10)
    checked_in_at: AwareDatetime
    layer: int | None = None
    slot_seq: int | None = None
    recipient_name: str | None = Field(default=None, max_length=60)
    household_id: str | None = Field(default=None, max_length=36)
    notify: bool = True


class ParcelPickUpPayload(Payload):
    parcel_id: RowId
    method: str = Field(min_length=1, max_length=16)
    picked_up_at: AwareDatetime
    evidence: dict[str, Any] | None = None


class ParcelReturnPayload(Payload):
    parcel_id: RowId
    courier: str = Field(max_length=60)
    returned_at: AwareDatetime


class ParcelRemindPayload(Payload):
    parcel_id: RowId


class ParcelUndoPickUpPayload(Payload):
    """A pickup undone at the station that made it (supervisor, within minutes)."""

    parcel_id: RowId
    undone_at: AwareDatetime
    pickup_code: str = Field(min_length=1, max_length=20)
    shelf: str = Field(min_length=1, max_length=10)
    layer: int
    slot_seq: int
    reason: str | None = Field(default=None, max_length=200)


class Tender(Payload):
    cash_fen: Fen = 0
    voucher_fen: Fen = 0


class BillPayPayload(Payload):
    payment_id: RowId
    bill_id: RowId
    amount_fen: Fen
    tender: Tender
    receipt_no: str = Field(max_length=40)


class PaymentVoidPayload(Payload):
    payment_id: RowId
    reason: str = Field(max_length=200)
    supervisor_id: str | None = Field(default=None, max_length=36)


class RedemptionItemPayload(Payload):
    description: str = Field(max_length=100)
    quantity: int = Field(default=1, ge=1)
    unit_price_fen: Fen
    amount_fen: Fen
    catalog_item_id: str | None = Field(default=None, max_length=36)
    bill_id: str | None = Field(default=None, max_length=36)


class Allocation(Payload):
    lot_id: RowId
    amount_fen: Fen


class VoucherRedeemPayload(Payload):
    redemption_id: RowId
    account_id: RowId
    items: list[RedemptionItemPayload]
    total_fen: Fen
    allocations: list[Allocation] = Field(default_factory=list)
    receipt_no: str | None = Field(default=None, max_length=40)
    payment_id: str | None = Field(default=None, max_length=36)


class VoucherRefundPayload(Payload):
    refund_id: RowId
    redemption_id: RowId
    amount_fen: Fen
    reason: str | None = Field(default=None, max_length=200)


class AuditEntryPayload(Payload):
    seq: int = Field(ge=1)
    at: AwareDatetime
    action: str = Field(max_length=60)
    details: dict[str, Any]
    prev_hash: str = Field(min_length=64, max_length=64)
    hash: str = Field(min_length=64, max_length=64)
    staff_id: str | None = None
    entity: str | None = None
    entity_id: str | None = None


class AuditAppendPayload(Payload):
    entries: list[AuditEntryPayload] = Field(min_length=1)


class StaffUpsertPayload(Payload):
    staff_id: RowId
    name: str = Field(min_length=1, max_length=60)
    role: Literal["clerk", "supervisor", "admin"]
    pin_hash: str = Field(min_length=1, max_length=200)
    active: bool = True


OP_PAYLOADS: dict[str, type[Payload]] = {
    "shift.open": ShiftOpenPayload,
    "shift.close": ShiftClosePayload,
    "cash.movement": CashMovementPayload,
    "parcel.check_in": ParcelCheckInPayload,
    "parcel.pick_up": ParcelPickUpPayload,
    "parcel.return": ParcelReturnPayload,
    "parcel.remind": ParcelRemindPayload,
    "parcel.undo_pick_up": ParcelUndoPickUpPayload,
    "bill.pay": BillPayPayload,
    "payment.void": PaymentVoidPayload,
    "voucher.redeem": VoucherRedeemPayload,
    "voucher.refund": VoucherRefundPayload,
    "audit.append": AuditAppendPayload,
    "staff.upsert": StaffUpsertPayload,
}
