"""The station's local tables (DESIGN.md §4–5).

Money columns end in ``_fen`` and are integers. Instants are aware UTC datetimes
(``UTCDateTime``). Rows replicated from the platform carry the platform's id and a
``version``; rows created here get UUIDv7 ids.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any, ClassVar

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from station_app.db.types import JSONText, UTCDateTime

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)
    type_annotation_map: ClassVar[dict[Any, Any]] = {
        datetime: UTCDateTime(),
        dict[str, Any]: JSONText(),
        Any: JSONText(),
    }


Id = String(36)


# --- station identity, counters, sync state -------------------------------------------


class StationIdentity(Base):
    """One row: who this terminal is. Filled by set-up, pairing or the demo."""

    __tablename__ = "station_identity"
    __table_args__ = (CheckConstraint("id = 1", name="single_row"),)

    id: Mapped[int] = mapped_column(primary_key=True, default=1)
    db_instance_id: Mapped[str] = mapped_column(Id)
    station_id: Mapped[str | None] = mapped_column(Id)
    station_name: Mapped[str] = mapped_column(String(100), default="")
    community_id: Mapped[str | None] = mapped_column(Id)
    terminal_id: Mapped[str | None] = mapped_column(Id)
    terminal_code: Mapped[str] = mapped_column(String(32), default="T01")
    terminal_name: Mapped[str] = mapped_column(String(100), default="")
    platform_url: Mapped[str | None] = mapped_column(String(300))
    platform_public_key: Mapped[str | None] = mapped_column(String(100))
    epoch: Mapped[int] = mapped_column(Integer, default=1)
    paired_at: Mapped[datetime | None]
    created_at: Mapped[datetime]


class Counter(Base):
    """Gapless counters (outbox seq, receipt numbers per day, Z numbers).

    Incremented inside the business transaction, so a rollback takes the number back.
    """

    __tablename__ = "counters"

    name: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[int] = mapped_column(Integer, default=0)


class SyncState(Base):
    __tablename__ = "sync_state"
    __table_args__ = (CheckConstraint("id = 1", name="single_row"),)

    id: Mapped[int] = mapped_column(primary_key=True, default=1)
    cursor: Mapped[str | None] = mapped_column(String(200))
    last_success_at: Mapped[datetime | None]
    last_attempt_at: Mapped[datetime | None]
    last_error: Mapped[str | None] = mapped_column(Text)
    server_time: Mapped[datetime | None]
    """Server time seen at the last response, with the device time it arrived at."""
    device_time_at_server_time: Mapped[datetime | None]
    server_last_seq: Mapped[int] = mapped_column(Integer, default=0)
    repull_required: Mapped[bool] = mapped_column(Boolean, default=False)
    """Set when the platform answered ``recover`` (this database is older than what it had
    sent): until a full pull has finished, local balances may be stale, so offline money
    ops (voucher redemptions) must wait. Cleared by the sync engine after that pull."""


class OutboxOp(Base):
    """An op for the platform, written in the same transaction as the business rows."""

    __tablename__ = "outbox"
    __table_args__ = (
        Index("ix_outbox_entity", "entity", "entity_id", "status"),
        Index("ix_outbox_status_seq", "status", "seq"),
    )

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    op_id: Mapped[str] = mapped_column(Id, unique=True)
    type: Mapped[str] = mapped_column(String(40))
    payload: Mapped[dict[str, Any]]
    entity: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[str] = mapped_column(Id)
    epoch: Mapped[int] = mapped_column(Integer, default=1)
    created_at: Mapped[datetime]
    device_time: Mapped[datetime]
    trusted_time: Mapped[datetime]
    staff_id: Mapped[str | None] = mapped_column(Id)
    shift_id: Mapped[str | None] = mapped_column(Id)
    offline: Mapped[bool] = mapped_column(Boolean, default=True)
    status: Mapped[str] = mapped_column(String(16), default="pending")
    """pending → applied | duplicate | rejected | flagged (the platform's answer)."""
    result: Mapped[dict[str, Any] | None]
    reason: Mapped[str | None] = mapped_column(String(200))
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    acked_at: Mapped[datetime | None]


class OutboxRef(Base):
    """Every row an op is about, so a pull can tell which rows still have unsent ops."""

    __tablename__ = "outbox_refs"
    __table_args__ = (Index("ix_outbox_refs_entity", "entity", "entity_id"),)

    seq: Mapped[int] = mapped_column(ForeignKey("outbox.seq", ondelete="CASCADE"), primary_key=True)
    entity: Mapped[str] = mapped_column(String(40), primary_key=True)
    entity_id: Mapped[str] = mapped_column(Id, primary_key=True)


class AuditEntry(Base):
    """Append-only, hash-chained: hash = sha256(prev_hash + canonical entry)."""

    __tablename__ = "audit_log"

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    at: Mapped[datetime]
    staff_id: Mapped[str | None] = mapped_column(Id)
    action: Mapped[str] = mapped_column(String(60), index=True)
    entity: Mapped[str | None] = mapped_column(String(40))
    entity_id: Mapped[str | None] = mapped_column(Id)
    details: Mapped[dict[str, Any]]
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64), unique=True)


# --- staff and shifts -----------------------------------------------------------------


class Staff(Base):
    __tablename__ = "staff"
    __table_args__ = (CheckConstraint("role IN ('clerk','supervisor','admin')", name="role"),)

    id: Mapped[str] = mapped_column(Id, primary_key=True)
    name: Mapped[str] = mapped_column(String(60))
    role: Mapped[str] = mapped_column(String(16))
    pin_hash: Mapped[str] = mapped_column(String(200))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    source: Mapped[str] = mapped_column(String(16), default="platform")
    failed_attempts: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[datetime | None]
    version: Mapped[int] = mapped_column(Integer, default=0)


class Shift(Base):
    __tablename__ = "shifts"
    __table_args__ = (
        UniqueConstraint("terminal_code", "z_number", name="uq_shifts_terminal_z"),
        Index(
            "uq_shifts_one_open_per_terminal",
            "terminal_code",
            unique=True,
            sqlite_where=text("status = 'open'"),
        ),
    )

    id: Mapped[str] = mapped_column(Id, primary_key=True)
    terminal_code: Mapped[str] = mapped_column(String(32))
    staff_id: Mapped[str] = mapped_column(ForeignKey("staff.id"))
    status: Mapped[str] = mapped_column(String(10), default="open")
    opened_at: Mapped[datetime]
    float_fen: Mapped[int] = mapped_column(Integer)
    float_denominations: Mapped[dict[str, Any]]
    closed_at: Mapped[datetime | None]
    closed_by: Mapped[str | None] = mapped_column(ForeignKey("staff.id"))
    counted_fen: Mapped[int | None] = mapped_column(Integer)
    counted_denominations: Mapped[dict[str, Any] | None]
    expected_fen: Mapped[int | None] = mapped_column(Integer)
    variance_fen: Mapped[int | None] = mapped_column(Integer)
    variance_reason: Mapped[str | None] = mapped_column(String(200))
    z_number: Mapped[int | None] = mapped_column(Integer)


class CashMovement(Base):
    """The shift's cash ledger. Expected cash is the sum of these rows, never a running total.

    kind: float | cash_in | change_out | paid_in | paid_out | void_reversal
    amount_fen is signed as the drawer sees it (+ in, − out).
    """

    __tablename__ = "cash_movements"

    id: Mapped[str] = mapped_column(Id, primary_key=True)
    shift_id: Mapped[str] = mapped_column(ForeignKey("shifts.id"), index=True)
    kind: Mapped[str] = mapped_column(String(16))
    tender: Mapped[str] = mapped_column(String(16), default="cash")
    amount_fen: Mapped[int] = mapped_column(Integer)
    reason: Mapped[str | None] = mapped_column(String(200))
    ref_type: Mapped[str | None] = mapped_column(String(30))
    ref_id: Mapped[str | None] = mapped_column(Id)
    staff_id: Mapped[str] = mapped_column(ForeignKey("staff.id"))
    at: Mapped[datetime]


# --- community: households, residents, notices, policy --------------------------------


class Household(Base):
    __tablename__ = "households"
    __table_args__ = (Index("ix_households_address", "building", "unit", "room"),)

    id: Mapped[str] = mapped_column(Id, primary_key=True)
    community_id: Mapped[str | None] = mapped_column(Id)
    building: Mapped[str] = mapped_column(String(20))
    unit: Mapped[str] = mapped_column(String(20))
    room: Mapped[str] = mapped_column(String(20))
    version: Mapped[int] = mapped_column(Integer, default=0)


class Resident(Base):
    __tablename__ = "residents"

    id: Mapped[str] = mapped_column(Id, primary_key=True)
    household_id: Mapped[str] = mapped_column(ForeignKey("households.id"), index=True)
    name: Mapped[str] = mapped_column(String(60))
    phone: Mapped[str] = mapped_column(String(20), index=True)
    phone_tail: Mapped[str] = mapped_column(String(4), index=True)
    is_primary: Mapped[bool] = mapped_column(Boolean, default=False)
    version: Mapped[int] = mapped_column(Integer, default=0)


class Notice(Base):
    __tablename__ = "notices"

    id: Mapped[str] = mapped_column(Id, primary_key=True)
    kind: Mapped[str] = mapped_column(String(20))
    title: Mapped[str] = mapped_column(String(120))
    body: Mapped[str] = mapped_column(Text)
    starts_at: Mapped[datetime]
    ends_at: Mapped[datetime | None]
    version: Mapped[int] = mapped_column(Integer, default=0)


class Policy(Base):
    """Platform policy (offline voucher limits, parcel retention, …) as one JSON document."""

    __tablename__ = "policies"

    id: Mapped[str] = mapped_column(Id, primary_key=True)
    data: Mapped[dict[str, Any]]
    version: Mapped[int] = mapped_column(Integer, default=0)


# --- parcels --------------------------------------------------------------------------


class Parcel(Base):
    __tablename__ = "parcels"
    __table_args__ = (
        CheckConstraint("status IN ('in_station','picked_up','returned')", name="status"),
        Index(
            "uq_parcels_waybill_in_station",
            "carrier",
            "waybill_no",
            unique=True,
            sqlite_where=text("status = 'in_station'"),
        ),
        Index(
            "uq_parcels_code_in_station",
            "pickup_code",
            unique=True,
            sqlite_where=text("status = 'in_station'"),
        ),
        Index(
            "ix_parcels_tail_in_station",
            "phone_tail",
            sqlite_where=text("status = 'in_station'"),
        ),
        # Slot allocation and stocktake read one shelf (layer) of the parcels in station.
        Index(
            "ix_parcels_slot_in_station",
            "shelf",
            "layer",
            "slot_seq",
            sqlite_where=text("status = 'in_station'"),
        ),
        Index("ix_parcels_status_checked_in", "status", "checked_in_at"),
        Index("ix_parcels_waybill", "waybill_no"),
    )

    id: Mapped[str] = mapped_column(Id, primary_key=True)
    carrier: Mapped[str] = mapped_column(String(20))
    waybill_no: Mapped[str] = mapped_column(String(40))
    phone: Mapped[str] = mapped_column(String(20))
    phone_tail: Mapped[str] = mapped_column(String(4))
    recipient_name: Mapped[str | None] = mapped_column(String(60))
    household_id: Mapped[str | None] = mapped_column(ForeignKey("households.id"), index=True)
    shelf: Mapped[str] = mapped_column(String(10))
    layer: Mapped[int] = mapped_column(Integer)
    slot_seq: Mapped[int] = mapped_column(Integer)
    pickup_code: Mapped[str] = mapped_column(String(20))
    status: Mapped[str] = mapped_column(String(12), default="in_station")
    checked_in_at: Mapped[datetime]
    checked_in_by: Mapped[str | None] = mapped_column(Id)
    picked_up_at: Mapped[datetime | None]
    picked_up_by: Mapped[str | None] = mapped_column(Id)
    pickup_method: Mapped[str | None] = mapped_column(String(16))
    collector_kind: Mapped[str | None] = mapped_column(String(16))
    collector_name: Mapped[str | None] = mapped_column(String(60))
    note: Mapped[str | None] = mapped_column(String(200))
    returned_at: Mapped[datetime | None]
    return_courier: Mapped[str | None] = mapped_column(String(60))
    terminal_id: Mapped[str | None] = mapped_column(Id)
    version: Mapped[int] = mapped_column(Integer, default=0)


class ParcelEvent(Base):
    __tablename__ = "parcel_events"

    id: Mapped[str] = mapped_column(Id, primary_key=True)
    parcel_id: Mapped[str] = mapped_column(ForeignKey("parcels.id"), index=True)
    kind: Mapped[str] = mapped_column(String(20))
    at: Mapped[datetime]
    staff_id: Mapped[str | None] = mapped_column(Id)
    details: Mapped[dict[str, Any]]


# --- bills and payments ---------------------------------------------------------------


class Biller(Base):
    __tablename__ = "billers"

    id: Mapped[str] = mapped_column(Id, primary_key=True)
    name: Mapped[str] = mapped_column(String(60))
    kind: Mapped[str] = mapped_column(String(20))
    """water | electricity | gas | property | parking | sanitation"""
    allow_partial: Mapped[bool] = mapped_column(Boolean, default=False)
    allow_offline: Mapped[bool] = mapped_column(Boolean, default=True)
    allow_vouchers: Mapped[bool] = mapped_column(Boolean, default=False)
    version: Mapped[int] = mapped_column(Integer, default=0)


class Bill(Base):
    __tablename__ = "bills"
    __table_args__ = (
        Index("ix_bills_household_status", "household_id", "status"),
        CheckConstraint("amount_due_fen >= 0", name="amount_due"),
    )

    id: Mapped[str] = mapped_column(Id, primary_key=True)
    household_id: Mapped[str] = mapped_column(ForeignKey("households.id"))
    biller_id: Mapped[str] = mapped_column(ForeignKey("billers.id"))
    account_no: Mapped[str] = mapped_column(String(40), index=True)
    period: Mapped[str] = mapped_column(String(20))
    amount_due_fen: Mapped[int] = mapped_column(Integer)
    arrears_fen: Mapped[int] = mapped_column(Integer, default=0)
    paid_fen: Mapped[int] = mapped_column(Integer, default=0)
    due_date: Mapped[date | None] = mapped_column(Date)
    barcode: Mapped[str | None] = mapped_column(String(60), index=True)
    status: Mapped[str] = mapped_column(String(12), default="unpaid")
    """unpaid | partial | paid"""
    version: Mapped[int] = mapped_column(Integer, default=0)


class BillLine(Base):
    __tablename__ = "bill_lines"

    id: Mapped[str] = mapped_column(Id, primary_key=True)
    bill_id: Mapped[str] = mapped_column(ForeignKey("bills.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    description: Mapped[str] = mapped_column(String(100))
    quantity: Mapped[str] = mapped_column(String(20))
    """Decimal text as the platform gave it (e.g. ``12.5`` m³); never used for money."""
    unit: Mapped[str] = mapped_column(String(10), default="")
    unit_price_fen: Mapped[int] = mapped_column(Integer)
    amount_fen: Mapped[int] = mapped_column(Integer)


class Payment(Base):
    """An immutable fact once cash is taken; never rejected by sync."""

    __tablename__ = "payments"

    id: Mapped[str] = mapped_column(Id, primary_key=True)
    receipt_no: Mapped[str] = mapped_column(String(40), unique=True)
    channel: Mapped[str] = mapped_column(String(10), default="counter")
    """counter | kiosk. A kiosk payment takes no cash, so it has no shift and no staff."""
    shift_id: Mapped[str | None] = mapped_column(ForeignKey("shifts.id"), index=True)
    staff_id: Mapped[str | None] = mapped_column(ForeignKey("staff.id"))
    household_id: Mapped[str | None] = mapped_column(ForeignKey("households.id"))
    total_fen: Mapped[int] = mapped_column(Integer)
    cash_fen: Mapped[int] = mapped_column(Integer, default=0)
    voucher_fen: Mapped[int] = mapped_column(Integer, default=0)
    cash_tendered_fen: Mapped[int] = mapped_column(Integer, default=0)
    change_fen: Mapped[int] = mapped_column(Integer, default=0)
    status: Mapped[str] = mapped_column(String(12), default="pending")
    """pending (待确认) | confirmed | flagged | voided"""
    flag_reason: Mapped[str | None] = mapped_column(String(200))
    created_at: Mapped[datetime] = mapped_column(index=True)
    confirmed_at: Mapped[datetime | None]
    voided_at: Mapped[datetime | None]
    voided_by: Mapped[str | None] = mapped_column(Id)
    void_reason: Mapped[str | None] = mapped_column(String(200))


class PaymentItem(Base):
    __tablename__ = "payment_items"

    id: Mapped[str] = mapped_column(Id, primary_key=True)
    payment_id: Mapped[str] = mapped_column(ForeignKey("payments.id"), index=True)
    bill_id: Mapped[str] = mapped_column(ForeignKey("bills.id"), index=True)
    amount_fen: Mapped[int] = mapped_column(Integer)


# --- vouchers -------------------------------------------------------------------------


class VoucherAccount(Base):
    __tablename__ = "voucher_accounts"

    id: Mapped[str] = mapped_column(Id, primary_key=True)
    household_id: Mapped[str | None] = mapped_column(ForeignKey("households.id"), index=True)
    holder_name: Mapped[str] = mapped_column(String(60))
    status: Mapped[str] = mapped_column(String(10), default="active")
    """active | frozen"""
    version: Mapped[int] = mapped_column(Integer, default=0)


class VoucherLot(Base):
    __tablename__ = "voucher_lots"
    __table_args__ = (CheckConstraint("remaining_fen >= 0", name="remaining"),)

    id: Mapped[str] = mapped_column(Id, primary_key=True)
    account_id: Mapped[str] = mapped_column(ForeignKey("voucher_accounts.id"), index=True)
    amount_fen: Mapped[int] = mapped_column(Integer)
    remaining_fen: Mapped[int] = mapped_column(Integer)
    """As of the last sync; local unsent spends are in the ledger."""
    effective_at: Mapped[datetime]
    expires_at: Mapped[datetime | None]
    priority: Mapped[int] = mapped_column(Integer, default=0)
    source: Mapped[str] = mapped_column(String(16), default="platform")
    """platform | local_refund (a refund whose own lot had expired, until the next pull)"""
    origin_lot_id: Mapped[str | None] = mapped_column(Id)
    """For a local_refund lot: the lot the refunded amount was spent from."""
    version: Mapped[int] = mapped_column(Integer, default=0)


class VoucherLedgerEntry(Base):
    """One entry per lot touched: negative for a spend, positive for a refund."""

    __tablename__ = "voucher_ledger"

    id: Mapped[str] = mapped_column(Id, primary_key=True)
    account_id: Mapped[str] = mapped_column(ForeignKey("voucher_accounts.id"), index=True)
    lot_id: Mapped[str] = mapped_column(ForeignKey("voucher_lots.id"), index=True)
    redemption_id: Mapped[str | None] = mapped_column(ForeignKey("redemptions.id"), index=True)
    refund_id: Mapped[str | None] = mapped_column(ForeignKey("voucher_refunds.id"))
    kind: Mapped[str] = mapped_column(String(10))
    """spend | refund | reversal (undoes an entry the platform rejected)"""
    amount_fen: Mapped[int] = mapped_column(Integer)
    at: Mapped[datetime]
    settled: Mapped[bool] = mapped_column(Boolean, default=False)
    """True once the platform's lot balance includes this entry."""


class Redemption(Base):
    __tablename__ = "redemptions"

    id: Mapped[str] = mapped_column(Id, primary_key=True)
    receipt_no: Mapped[str] = mapped_column(String(40), unique=True)
    account_id: Mapped[str] = mapped_column(ForeignKey("voucher_accounts.id"), index=True)
    shift_id: Mapped[str | None] = mapped_column(ForeignKey("shifts.id"))
    staff_id: Mapped[str | None] = mapped_column(Id)
    payment_id: Mapped[str | None] = mapped_column(ForeignKey("payments.id"))
    total_fen: Mapped[int] = mapped_column(Integer)
    offline: Mapped[bool] = mapped_column(Boolean, default=True)
    status: Mapped[str] = mapped_column(String(12), default="pending")
    """pending | applied | rejected | flagged | refunded"""
    reason: Mapped[str | None] = mapped_column(String(200))
    override_by: Mapped[str | None] = mapped_column(Id)
    """The supervisor who let this redemption pass an offline limit."""
    created_at: Mapped[datetime]


class RedemptionItem(Base):
    __tablename__ = "redemption_items"

    id: Mapped[str] = mapped_column(Id, primary_key=True)
    redemption_id: Mapped[str] = mapped_column(ForeignKey("redemptions.id"), index=True)
    catalog_item_id: Mapped[str | None] = mapped_column(ForeignKey("catalog_items.id"))
    bill_id: Mapped[str | None] = mapped_column(ForeignKey("bills.id"))
    description: Mapped[str] = mapped_column(String(100))
    quantity: Mapped[int] = mapped_column(Integer, default=1)
    unit_price_fen: Mapped[int] = mapped_column(Integer)
    amount_fen: Mapped[int] = mapped_column(Integer)


class VoucherRefund(Base):
    __tablename__ = "voucher_refunds"

    id: Mapped[str] = mapped_column(Id, primary_key=True)
    redemption_id: Mapped[str] = mapped_column(ForeignKey("redemptions.id"), index=True)
    amount_fen: Mapped[int] = mapped_column(Integer)
    reason: Mapped[str] = mapped_column(String(200))
    staff_id: Mapped[str | None] = mapped_column(Id)
    supervisor_id: Mapped[str | None] = mapped_column(Id)
    status: Mapped[str] = mapped_column(String(12), default="pending")
    """pending | applied | rejected | flagged (the platform's answer to voucher.refund)"""
    created_at: Mapped[datetime]


class CatalogItem(Base):
    __tablename__ = "catalog_items"

    id: Mapped[str] = mapped_column(Id, primary_key=True)
    barcode: Mapped[str | None] = mapped_column(String(40), index=True)
    name: Mapped[str] = mapped_column(String(100))
    kind: Mapped[str] = mapped_column(String(10))
    """goods | service"""
    price_fen: Mapped[int] = mapped_column(Integer)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    version: Mapped[int] = mapped_column(Integer, default=0)


# --- receipts and printing ------------------------------------------------------------


class Receipt(Base):
    """What was printed (or will be): the receipt model as JSON, so a reprint is identical."""

    __tablename__ = "receipts"

    id: Mapped[str] = mapped_column(Id, primary_key=True)
    receipt_no: Mapped[str] = mapped_column(String(40), index=True)
    kind: Mapped[str] = mapped_column(String(20))
    """test | payment | redemption | pickup | return | shift_x | shift_z | void"""
    ref_type: Mapped[str | None] = mapped_column(String(30))
    ref_id: Mapped[str | None] = mapped_column(Id)
    body: Mapped[dict[str, Any]]
    created_at: Mapped[datetime]


class PrintJob(Base):
    __tablename__ = "print_jobs"
    __table_args__ = (Index("ix_print_jobs_state", "state", "created_at"),)

    id: Mapped[str] = mapped_column(Id, primary_key=True)
    receipt_id: Mapped[str] = mapped_column(ForeignKey("receipts.id"), index=True)
    printer_uri: Mapped[str] = mapped_column(String(300))
    state: Mapped[str] = mapped_column(String(12), default="queued")
    """queued | printing | done | failed | uncertain"""
    is_copy: Mapped[bool] = mapped_column(Boolean, default=False)
    """A reprint: the receipt carries 副本."""
    kick_drawer: Mapped[bool] = mapped_column(Boolean, default=False)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    last_error: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]
