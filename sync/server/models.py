"""The reference platform's tables (PostgreSQL in production, SQLite for demo and tests).

Portable SQL only: no partial indexes, no dialect types. Instants are aware UTC datetimes
stored as fixed-width text (text order is time order on every backend); money is int fen.
Every change a terminal must hear of is also written to ``change_log`` (see changes.py).
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any, ClassVar

from sqlalchemy import (
    Boolean,
    Date,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from station_app.db.types import JSONText, UTCDateTime

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

Id = String(36)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)
    type_annotation_map: ClassVar[dict[Any, Any]] = {
        datetime: UTCDateTime(),
        dict[str, Any]: JSONText(),
        Any: JSONText(),
    }


# --- platform identity and counters ---------------------------------------------------


class PlatformKey(Base):
    """The platform's own Ed25519 key (member QR tokens; given to terminals at pairing)."""

    __tablename__ = "platform_keys"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    private_key: Mapped[str] = mapped_column(String(100))
    public_key: Mapped[str] = mapped_column(String(100))
    created_at: Mapped[datetime]


class Counter(Base):
    """Counters advanced inside the writing transaction (the change log position)."""

    __tablename__ = "counters"

    name: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[int] = mapped_column(Integer, default=0)


# --- places and terminals -------------------------------------------------------------


class Community(Base):
    __tablename__ = "communities"

    id: Mapped[str] = mapped_column(Id, primary_key=True)
    name: Mapped[str] = mapped_column(String(100))
    created_at: Mapped[datetime]


class Station(Base):
    __tablename__ = "stations"

    id: Mapped[str] = mapped_column(Id, primary_key=True)
    community_id: Mapped[str] = mapped_column(ForeignKey("communities.id"), index=True)
    code: Mapped[str] = mapped_column(String(16), unique=True)
    name: Mapped[str] = mapped_column(String(100))
    created_at: Mapped[datetime]


class Terminal(Base):
    __tablename__ = "terminals"

    id: Mapped[str] = mapped_column(Id, primary_key=True)
    station_id: Mapped[str] = mapped_column(ForeignKey("stations.id"), index=True)
    code: Mapped[str] = mapped_column(String(32), unique=True)
    """Prefix of the terminal's receipt numbers: unique platform-wide."""
    name: Mapped[str] = mapped_column(String(100))
    public_key: Mapped[str] = mapped_column(String(64), unique=True)
    app_version: Mapped[str] = mapped_column(String(40))
    epoch: Mapped[int] = mapped_column(Integer, default=1)
    last_seq: Mapped[int] = mapped_column(Integer, default=0)
    """The push cursor: the last seq applied in the current epoch."""
    revoked: Mapped[bool] = mapped_column(Boolean, default=False)
    revoked_at: Mapped[datetime | None]
    quarantined: Mapped[bool] = mapped_column(Boolean, default=False)
    quarantine_reason: Mapped[str | None] = mapped_column(String(200))
    db_instance_id: Mapped[str | None] = mapped_column(String(64))
    audit_seq: Mapped[int] = mapped_column(Integer, default=0)
    audit_hash: Mapped[str | None] = mapped_column(String(64))
    paired_at: Mapped[datetime]
    last_seen_at: Mapped[datetime | None]


class TerminalEpoch(Base):
    """Each epoch a terminal has had; a new one opens when it lost history it had sent."""

    __tablename__ = "terminal_epochs"

    terminal_id: Mapped[str] = mapped_column(ForeignKey("terminals.id"), primary_key=True)
    epoch: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    base_seq: Mapped[int] = mapped_column(Integer)
    previous_last_seq: Mapped[int] = mapped_column(Integer, default=0)
    started_at: Mapped[datetime]
    reason: Mapped[str] = mapped_column(String(40))


class EnrollmentCode(Base):
    __tablename__ = "enrollment_codes"

    code: Mapped[str] = mapped_column(String(16), primary_key=True)
    station_id: Mapped[str] = mapped_column(ForeignKey("stations.id"), index=True)
    created_at: Mapped[datetime]
    expires_at: Mapped[datetime]
    used_at: Mapped[datetime | None]
    terminal_id: Mapped[str | None] = mapped_column(Id)


class Nonce(Base):
    """Signature nonces seen within the replay window."""

    __tablename__ = "nonces"

    terminal_id: Mapped[str] = mapped_column(Id, primary_key=True)
    nonce: Mapped[str] = mapped_column(String(128), primary_key=True)
    expires_at: Mapped[datetime] = mapped_column(index=True)


# --- sync bookkeeping -----------------------------------------------------------------


class ChangeLogEntry(Base):
    """One change a terminal pulls. ``position`` comes from a counter advanced in the
    writing transaction, so positions become visible in order (the pull cursor)."""

    __tablename__ = "change_log"
    __table_args__ = (
        Index("ix_change_log_scope", "community_id", "position"),
        Index("ix_change_log_entity", "entity", "entity_id"),
    )

    position: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    community_id: Mapped[str] = mapped_column(Id)
    station_id: Mapped[str | None] = mapped_column(Id)
    """None: every station of the community; else that station only."""
    entity: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[str] = mapped_column(Id)
    op: Mapped[str] = mapped_column(String(8))
    version: Mapped[int] = mapped_column(Integer)
    data: Mapped[dict[str, Any] | None]
    at: Mapped[datetime]


class EntityVersion(Base):
    __tablename__ = "entity_versions"

    entity: Mapped[str] = mapped_column(String(40), primary_key=True)
    entity_id: Mapped[str] = mapped_column(Id, primary_key=True)
    version: Mapped[int] = mapped_column(Integer, default=0)


class AppliedOp(Base):
    """Each op applied once: its payload hash and the answer given (for duplicates)."""

    __tablename__ = "applied_ops"
    __table_args__ = (UniqueConstraint("terminal_id", "op_id", name="uq_applied_ops_terminal_op"),)

    terminal_id: Mapped[str] = mapped_column(ForeignKey("terminals.id"), primary_key=True)
    epoch: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    op_id: Mapped[str] = mapped_column(Id)
    type: Mapped[str] = mapped_column(String(40))
    payload_hash: Mapped[str] = mapped_column(String(64))
    status: Mapped[str] = mapped_column(String(12))
    reason: Mapped[str | None] = mapped_column(String(200))
    result: Mapped[dict[str, Any]]
    flags: Mapped[list[str]] = mapped_column(JSONText())
    applied_at: Mapped[datetime]


class Flag(Base):
    """Something applied that needs staff attention (overspend, bill already paid …)."""

    __tablename__ = "flags"
    __table_args__ = (Index("ix_flags_status", "status", "created_at"),)

    id: Mapped[str] = mapped_column(Id, primary_key=True)
    community_id: Mapped[str] = mapped_column(Id, index=True)
    station_id: Mapped[str | None] = mapped_column(Id)
    terminal_id: Mapped[str | None] = mapped_column(Id)
    op_id: Mapped[str | None] = mapped_column(Id)
    kind: Mapped[str] = mapped_column(String(40))
    entity: Mapped[str | None] = mapped_column(String(40))
    entity_id: Mapped[str | None] = mapped_column(Id)
    details: Mapped[dict[str, Any]]
    status: Mapped[str] = mapped_column(String(10), default="open")
    """open | resolved"""
    created_at: Mapped[datetime]
    resolved_at: Mapped[datetime | None]
    resolution: Mapped[str | None] = mapped_column(String(200))


class TerminalAuditEntry(Base):
    """Audit entries pushed by terminals, kept as received (hash chain verified on arrival)."""

    __tablename__ = "terminal_audit"
    __table_args__ = (Index("ix_terminal_audit_seq", "terminal_id", "seq"),)

    id: Mapped[str] = mapped_column(Id, primary_key=True)
    terminal_id: Mapped[str] = mapped_column(ForeignKey("terminals.id"))
    seq: Mapped[int] = mapped_column(Integer)
    at: Mapped[datetime]
    staff_id: Mapped[str | None] = mapped_column(Id)
    action: Mapped[str] = mapped_column(String(60))
    entity: Mapped[str | None] = mapped_column(String(40))
    entity_id: Mapped[str | None] = mapped_column(Id)
    details: Mapped[dict[str, Any]]
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))


# --- community data -------------------------------------------------------------------


class Staff(Base):
    __tablename__ = "staff"

    id: Mapped[str] = mapped_column(Id, primary_key=True)
    community_id: Mapped[str] = mapped_column(ForeignKey("communities.id"), index=True)
    station_id: Mapped[str | None] = mapped_column(ForeignKey("stations.id"))
    """None: staff of every station in the community."""
    name: Mapped[str] = mapped_column(String(60))
    role: Mapped[str] = mapped_column(String(16))
    pin_hash: Mapped[str] = mapped_column(String(200))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    source: Mapped[str] = mapped_column(String(16), default="platform")


class Household(Base):
    __tablename__ = "households"
    __table_args__ = (Index("ix_households_address", "community_id", "building", "unit", "room"),)

    id: Mapped[str] = mapped_column(Id, primary_key=True)
    community_id: Mapped[str] = mapped_column(ForeignKey("communities.id"))
    building: Mapped[str] = mapped_column(String(20))
    unit: Mapped[str] = mapped_column(String(20))
    room: Mapped[str] = mapped_column(String(20))


class Resident(Base):
    __tablename__ = "residents"

    id: Mapped[str] = mapped_column(Id, primary_key=True)
    household_id: Mapped[str] = mapped_column(ForeignKey("households.id"), index=True)
    name: Mapped[str] = mapped_column(String(60))
    phone: Mapped[str] = mapped_column(String(20), index=True)
    is_primary: Mapped[bool] = mapped_column(Boolean, default=False)


class Policy(Base):
    """The community's policy document (offline limits, parcel retention …)."""

    __tablename__ = "policies"

    id: Mapped[str] = mapped_column(Id, primary_key=True)
    community_id: Mapped[str] = mapped_column(ForeignKey("communities.id"), unique=True)
    data: Mapped[dict[str, Any]]


class Notice(Base):
    __tablename__ = "notices"

    id: Mapped[str] = mapped_column(Id, primary_key=True)
    community_id: Mapped[str] = mapped_column(ForeignKey("communities.id"), index=True)
    kind: Mapped[str] = mapped_column(String(20))
    title: Mapped[str] = mapped_column(String(120))
    body: Mapped[str] = mapped_column(Text)
    starts_at: Mapped[datetime]
    ends_at: Mapped[datetime | None]


class CatalogItem(Base):
    __tablename__ = "catalog_items"

    id: Mapped[str] = mapped_column(Id, primary_key=True)
    community_id: Mapped[str] = mapped_column(ForeignKey("communities.id"), index=True)
    barcode: Mapped[str | None] = mapped_column(String(40))
    name: Mapped[str] = mapped_column(String(100))
    kind: Mapped[str] = mapped_column(String(10))
    price_fen: Mapped[int] = mapped_column(Integer)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class Notification(Base):
    """Messages for residents (SMS) queued by the platform; a gateway sends them."""

    __tablename__ = "notifications"

    id: Mapped[str] = mapped_column(Id, primary_key=True)
    station_id: Mapped[str] = mapped_column(ForeignKey("stations.id"), index=True)
    channel: Mapped[str] = mapped_column(String(10), default="sms")
    phone: Mapped[str] = mapped_column(String(20))
    template: Mapped[str] = mapped_column(String(40))
    params: Mapped[dict[str, Any]]
    status: Mapped[str] = mapped_column(String(10), default="queued")
    created_at: Mapped[datetime]


# --- parcels --------------------------------------------------------------------------


class Parcel(Base):
    __tablename__ = "parcels"
    __table_args__ = (
        Index("ix_parcels_waybill", "station_id", "carrier", "waybill_no"),
        # A check-in looks for a parcel in the station holding the same pickup code (codes
        # are reused as shelves empty: the status keeps the lookup off the parcels gone).
        Index("ix_parcels_code", "station_id", "pickup_code", "status"),
    )

    id: Mapped[str] = mapped_column(Id, primary_key=True)
    station_id: Mapped[str] = mapped_column(ForeignKey("stations.id"))
    terminal_id: Mapped[str | None] = mapped_column(Id)
    carrier: Mapped[str] = mapped_column(String(20))
    waybill_no: Mapped[str] = mapped_column(String(40))
    phone: Mapped[str] = mapped_column(String(20))
    recipient_name: Mapped[str | None] = mapped_column(String(60))
    household_id: Mapped[str | None] = mapped_column(Id)
    shelf: Mapped[str] = mapped_column(String(10))
    layer: Mapped[int] = mapped_column(Integer)
    slot_seq: Mapped[int] = mapped_column(Integer)
    pickup_code: Mapped[str] = mapped_column(String(20))
    status: Mapped[str] = mapped_column(String(12), default="in_station")
    """in_station | picked_up | returned | merged (a duplicate check-in of another parcel)"""
    checked_in_at: Mapped[datetime]
    checked_in_by: Mapped[str | None] = mapped_column(Id)
    picked_up_at: Mapped[datetime | None]
    picked_up_by: Mapped[str | None] = mapped_column(Id)
    pickup_method: Mapped[str | None] = mapped_column(String(16))
    closed_by_terminal_id: Mapped[str | None] = mapped_column(Id)
    returned_at: Mapped[datetime | None]
    return_courier: Mapped[str | None] = mapped_column(String(60))
    merged_into_id: Mapped[str | None] = mapped_column(Id)
    evidence: Mapped[dict[str, Any] | None]


class ParcelEvent(Base):
    __tablename__ = "parcel_events"

    id: Mapped[str] = mapped_column(Id, primary_key=True)
    parcel_id: Mapped[str] = mapped_column(ForeignKey("parcels.id"), index=True)
    kind: Mapped[str] = mapped_column(String(20))
    at: Mapped[datetime]
    terminal_id: Mapped[str | None] = mapped_column(Id)
    staff_id: Mapped[str | None] = mapped_column(Id)
    details: Mapped[dict[str, Any]]


# --- shifts (station-owned, kept for reports and flags) ----------------------------------


class Shift(Base):
    __tablename__ = "shifts"

    id: Mapped[str] = mapped_column(Id, primary_key=True)
    station_id: Mapped[str] = mapped_column(ForeignKey("stations.id"), index=True)
    terminal_id: Mapped[str] = mapped_column(ForeignKey("terminals.id"))
    staff_id: Mapped[str] = mapped_column(Id)
    status: Mapped[str] = mapped_column(String(10), default="open")
    opened_at: Mapped[datetime]
    float_fen: Mapped[int] = mapped_column(Integer)
    float_denominations: Mapped[dict[str, Any] | None]
    closed_at: Mapped[datetime | None]
    closed_by: Mapped[str | None] = mapped_column(Id)
    counted_fen: Mapped[int | None] = mapped_column(Integer)
    expected_fen: Mapped[int | None] = mapped_column(Integer)
    counted_denominations: Mapped[dict[str, Any] | None]
    z_number: Mapped[int | None] = mapped_column(Integer)


class CashMovement(Base):
    __tablename__ = "cash_movements"

    id: Mapped[str] = mapped_column(Id, primary_key=True)
    shift_id: Mapped[str] = mapped_column(Id, index=True)
    terminal_id: Mapped[str] = mapped_column(ForeignKey("terminals.id"))
    kind: Mapped[str] = mapped_column(String(16))
    amount_fen: Mapped[int] = mapped_column(Integer)
    reason: Mapped[str | None] = mapped_column(String(200))
    at: Mapped[datetime]


# --- bills and payments ---------------------------------------------------------------


class Biller(Base):
    __tablename__ = "billers"

    id: Mapped[str] = mapped_column(Id, primary_key=True)
    community_id: Mapped[str] = mapped_column(ForeignKey("communities.id"), index=True)
    name: Mapped[str] = mapped_column(String(60))
    kind: Mapped[str] = mapped_column(String(20))
    allow_partial: Mapped[bool] = mapped_column(Boolean, default=False)
    allow_offline: Mapped[bool] = mapped_column(Boolean, default=True)
    allow_vouchers: Mapped[bool] = mapped_column(Boolean, default=False)


class Bill(Base):
    __tablename__ = "bills"
    __table_args__ = (Index("ix_bills_household", "household_id", "status"),)

    id: Mapped[str] = mapped_column(Id, primary_key=True)
    community_id: Mapped[str] = mapped_column(ForeignKey("communities.id"))
    household_id: Mapped[str] = mapped_column(ForeignKey("households.id"))
    biller_id: Mapped[str] = mapped_column(ForeignKey("billers.id"))
    account_no: Mapped[str] = mapped_column(String(40))
    period: Mapped[str] = mapped_column(String(20))
    amount_due_fen: Mapped[int] = mapped_column(Integer)
    arrears_fen: Mapped[int] = mapped_column(Integer, default=0)
    paid_fen: Mapped[int] = mapped_column(Integer, default=0)
    due_date: Mapped[date | None] = mapped_column(Date)
    barcode: Mapped[str | None] = mapped_column(String(60))
    status: Mapped[str] = mapped_column(String(12), default="unpaid")
    lines: Mapped[list[BillLine]] = relationship(
        order_by="BillLine.position", cascade="all, delete-orphan"
    )


class BillLine(Base):
    __tablename__ = "bill_lines"

    id: Mapped[str] = mapped_column(Id, primary_key=True)
    bill_id: Mapped[str] = mapped_column(ForeignKey("bills.id"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    description: Mapped[str] = mapped_column(String(100))
    quantity: Mapped[str] = mapped_column(String(20))
    unit: Mapped[str] = mapped_column(String(10), default="")
    unit_price_fen: Mapped[int] = mapped_column(Integer)
    amount_fen: Mapped[int] = mapped_column(Integer)


class Payment(Base):
    """A station's payment: a fact once cash was taken, never refused."""

    __tablename__ = "payments"

    id: Mapped[str] = mapped_column(Id, primary_key=True)
    community_id: Mapped[str] = mapped_column(Id)
    station_id: Mapped[str] = mapped_column(ForeignKey("stations.id"))
    terminal_id: Mapped[str] = mapped_column(ForeignKey("terminals.id"))
    bill_id: Mapped[str] = mapped_column(Id, index=True)
    receipt_no: Mapped[str] = mapped_column(String(40))
    amount_fen: Mapped[int] = mapped_column(Integer)
    cash_fen: Mapped[int] = mapped_column(Integer, default=0)
    voucher_fen: Mapped[int] = mapped_column(Integer, default=0)
    applied_fen: Mapped[int] = mapped_column(Integer, default=0)
    """The part that reduced the bill; the rest is an overpayment credit."""
    credit_fen: Mapped[int] = mapped_column(Integer, default=0)
    status: Mapped[str] = mapped_column(String(12), default="applied")
    """applied | flagged | voided"""
    shift_id: Mapped[str | None] = mapped_column(Id)
    staff_id: Mapped[str | None] = mapped_column(Id)
    paid_at: Mapped[datetime]
    voided_at: Mapped[datetime | None]
    voided_by: Mapped[str | None] = mapped_column(Id)
    void_reason: Mapped[str | None] = mapped_column(String(200))


class Credit(Base):
    """Money the platform owes a household (an overpayment), to refund or set off."""

    __tablename__ = "credits"

    id: Mapped[str] = mapped_column(Id, primary_key=True)
    community_id: Mapped[str] = mapped_column(Id, index=True)
    household_id: Mapped[str | None] = mapped_column(Id)
    payment_id: Mapped[str] = mapped_column(ForeignKey("payments.id"), index=True)
    amount_fen: Mapped[int] = mapped_column(Integer)
    reason: Mapped[str] = mapped_column(String(40))
    status: Mapped[str] = mapped_column(String(10), default="open")
    """open | settled | voided"""
    created_at: Mapped[datetime]


# --- vouchers -------------------------------------------------------------------------


class VoucherProgramme(Base):
    """A monthly lot schedule: ``total_fen`` over ``months`` lots, each expiring after
    ``expiry_months`` (None: never)."""

    __tablename__ = "voucher_programmes"

    id: Mapped[str] = mapped_column(Id, primary_key=True)
    community_id: Mapped[str] = mapped_column(ForeignKey("communities.id"), index=True)
    name: Mapped[str] = mapped_column(String(100))
    total_fen: Mapped[int] = mapped_column(Integer)
    months: Mapped[int] = mapped_column(Integer)
    expiry_months: Mapped[int | None] = mapped_column(Integer)
    starts_at: Mapped[datetime]
    priority: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[datetime]


class VoucherAccount(Base):
    __tablename__ = "voucher_accounts"

    id: Mapped[str] = mapped_column(Id, primary_key=True)
    community_id: Mapped[str] = mapped_column(ForeignKey("communities.id"), index=True)
    household_id: Mapped[str | None] = mapped_column(ForeignKey("households.id"), index=True)
    holder_name: Mapped[str] = mapped_column(String(60))
    status: Mapped[str] = mapped_column(String(10), default="active")
    """active | frozen"""


class VoucherLot(Base):
    __tablename__ = "voucher_lots"

    id: Mapped[str] = mapped_column(Id, primary_key=True)
    account_id: Mapped[str] = mapped_column(ForeignKey("voucher_accounts.id"), index=True)
    programme_id: Mapped[str | None] = mapped_column(Id)
    amount_fen: Mapped[int] = mapped_column(Integer)
    remaining_fen: Mapped[int] = mapped_column(Integer)
    effective_at: Mapped[datetime]
    expires_at: Mapped[datetime | None]
    priority: Mapped[int] = mapped_column(Integer, default=0)
    source: Mapped[str] = mapped_column(String(16), default="programme")
    """programme | refund (a refund to a lot that had expired) | admin"""
    created_at: Mapped[datetime]


class VoucherLedgerEntry(Base):
    """One entry per lot touched: negative for a spend, positive for a refund."""

    __tablename__ = "voucher_ledger"

    id: Mapped[str] = mapped_column(Id, primary_key=True)
    account_id: Mapped[str] = mapped_column(ForeignKey("voucher_accounts.id"), index=True)
    lot_id: Mapped[str] = mapped_column(ForeignKey("voucher_lots.id"), index=True)
    origin_lot_id: Mapped[str | None] = mapped_column(Id)
    """For a refund: the lot the money was taken from (``lot_id`` may be its replacement)."""
    redemption_id: Mapped[str | None] = mapped_column(Id, index=True)
    refund_id: Mapped[str | None] = mapped_column(Id)
    recoupment_id: Mapped[str | None] = mapped_column(Id)
    kind: Mapped[str] = mapped_column(String(10))
    """spend | refund | recoup"""
    amount_fen: Mapped[int] = mapped_column(Integer)
    at: Mapped[datetime]


class Redemption(Base):
    __tablename__ = "redemptions"

    id: Mapped[str] = mapped_column(Id, primary_key=True)
    community_id: Mapped[str] = mapped_column(Id)
    account_id: Mapped[str] = mapped_column(ForeignKey("voucher_accounts.id"), index=True)
    station_id: Mapped[str] = mapped_column(ForeignKey("stations.id"))
    terminal_id: Mapped[str] = mapped_column(ForeignKey("terminals.id"))
    receipt_no: Mapped[str | None] = mapped_column(String(40))
    payment_id: Mapped[str | None] = mapped_column(Id)
    items: Mapped[list[dict[str, Any]]] = mapped_column(JSONText())
    station_allocations: Mapped[list[dict[str, Any]]] = mapped_column(JSONText())
    total_fen: Mapped[int] = mapped_column(Integer)
    spent_fen: Mapped[int] = mapped_column(Integer)
    """Taken from lots; ``total_fen - spent_fen`` was overspent and is being recouped."""
    refunded_fen: Mapped[int] = mapped_column(Integer, default=0)
    offline: Mapped[bool] = mapped_column(Boolean, default=True)
    status: Mapped[str] = mapped_column(String(12))
    """applied | flagged"""
    redeemed_at: Mapped[datetime]


class VoucherRefund(Base):
    __tablename__ = "voucher_refunds"

    id: Mapped[str] = mapped_column(Id, primary_key=True)
    redemption_id: Mapped[str] = mapped_column(ForeignKey("redemptions.id"), index=True)
    terminal_id: Mapped[str] = mapped_column(ForeignKey("terminals.id"))
    amount_fen: Mapped[int] = mapped_column(Integer)
    reason: Mapped[str | None] = mapped_column(String(200))
    refunded_at: Mapped[datetime]


class Recoupment(Base):
    """An offline overspend: the platform recovers it from the account's next lots."""

    __tablename__ = "recoupments"

    id: Mapped[str] = mapped_column(Id, primary_key=True)
    account_id: Mapped[str] = mapped_column(ForeignKey("voucher_accounts.id"), index=True)
    redemption_id: Mapped[str] = mapped_column(ForeignKey("redemptions.id"))
    amount_fen: Mapped[int] = mapped_column(Integer)
    outstanding_fen: Mapped[int] = mapped_column(Integer)
    status: Mapped[str] = mapped_column(String(10), default="open")
    """open | settled | cancelled"""
    created_at: Mapped[datetime]
