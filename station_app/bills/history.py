"""Payments taken at this terminal: search by receipt number, household or day; reprint.

What the platform said about a payment is read from its ``bill.pay`` ops (one per bill),
so a payment for several bills shows ``flagged`` when any of its bills was flagged, even
before anything else has looked at the answers.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from station_app.bills.bill_receipts import household_label
from station_app.bills.errors import BillLookupError
from station_app.bills.lookup import find, tidy_query
from station_app.bills.payments import PAYMENT_REF
from station_app.db.models import (
    Bill,
    Biller,
    Household,
    OutboxOp,
    Payment,
    PaymentItem,
    PrintJob,
    Receipt,
    Staff,
)
from station_app.i18n import QT_TRANSLATE_NOOP, UserError
from station_app.printing.print_queue import reprint
from station_app.work import Work

HISTORY_LIMIT = 200
ANSWERED_OK = ("applied", "duplicate")
NEEDS_STAFF = ("flagged", "rejected")


KIOSK_NAME = "自助终端"  # the receipt and history name the kiosk, not a person


@dataclass(frozen=True)
class PaymentLine:
    bill_id: str
    platform_payment_id: str
    biller_name: str
    account_no: str
    period: str
    amount_fen: int


@dataclass(frozen=True)
class PaymentView:
    id: str
    receipt_no: str
    created_at: datetime
    household_id: str | None
    household: str
    """The door label (``3栋2单元501``)."""
    total_fen: int
    cash_fen: int
    voucher_fen: int
    cash_tendered_fen: int
    change_fen: int
    status: str
    """pending (待确认) | confirmed | flagged | voided."""
    flag_reason: str | None
    staff_name: str
    """Who took it; 自助终端 for the kiosk."""
    shift_id: str | None
    lines: tuple[PaymentLine, ...]
    voided_at: datetime | None = None
    void_reason: str | None = None
    receipt_id: str | None = None
    """The payment's own receipt (for a reprint)."""

    @property
    def pending(self) -> bool:
        return self.status == "pending"


def platform_status(
    stored: str, stored_reason: str | None, answers: Sequence[tuple[str, str | None]]
) -> tuple[str, str | None]:
    """The payment's state from its ops' answers ((status, reason) per ``bill.pay``).

    Voided stays voided; any flagged or rejected bill flags the payment; all answered
    confirms it; otherwise it waits (待确认).
    """
    if stored == "voided" or not answers:
        return stored, stored_reason
    reasons = [reason or status for status, reason in answers if status in NEEDS_STAFF]
    if reasons:
        return "flagged", ", ".join(dict.fromkeys(reasons))[:200]
    if all(status in ANSWERED_OK for status, _reason in answers):
        return "confirmed", None
    return stored, stored_reason


def _answers(
    session: Session, payment_ids: Sequence[str]
) -> dict[str, list[tuple[str, str | None]]]:
    found: dict[str, list[tuple[str, str | None]]] = {}
    if not payment_ids:
        return found
    for entity_id, status, reason in session.execute(
        select(OutboxOp.entity_id, OutboxOp.status, OutboxOp.reason)
        .where(
            OutboxOp.type == "bill.pay",
            OutboxOp.entity == "payment",
            OutboxOp.entity_id.in_(payment_ids),
        )
        .order_by(OutboxOp.seq)
    ).all():
        found.setdefault(entity_id, []).append((status, reason))
    return found


def _sent_first(payment_id: str) -> Callable[[PaymentLine], bool]:
    return lambda line: line.platform_payment_id != payment_id


def payment_views(session: Session, payments: Sequence[Payment]) -> list[PaymentView]:
    ids = [payment.id for payment in payments]
    if not ids:
        return []
    lines: dict[str, list[PaymentLine]] = {}
    for item, bill, biller_name in session.execute(
        select(PaymentItem, Bill, Biller.name)
        .join(Bill, Bill.id == PaymentItem.bill_id)
        .join(Biller, Biller.id == Bill.biller_id)
        .where(PaymentItem.payment_id.in_(ids))
    ).all():
        lines.setdefault(item.payment_id, []).append(
            PaymentLine(
                bill.id, item.id, biller_name, bill.account_no, bill.period, item.amount_fen
            )
        )
    for payment_id, found in lines.items():
        # The first bill is the item that carries the payment's own id (as sent).
        found.sort(key=_sent_first(payment_id))
    staff = dict(
        session.execute(
            select(Staff.id, Staff.name).where(
                Staff.id.in_({payment.staff_id for payment in payments})
            )
        ).all()
    )
    households = {
        household.id: household
        for household in session.execute(
            select(Household).where(
                Household.id.in_({p.household_id for p in payments if p.household_id})
            )
        ).scalars()
    }
    receipts: dict[str, str] = {}
    for receipt_id, ref_id in session.execute(
        select(Receipt.id, Receipt.ref_id)
        .where(Receipt.ref_type == PAYMENT_REF, Receipt.kind == "payment", Receipt.ref_id.in_(ids))
        .order_by(Receipt.created_at)
    ).all():
        if ref_id is not None:
            receipts.setdefault(ref_id, receipt_id)
    answers = _answers(session, ids)
    views = []
    for payment in payments:
        status, reason = platform_status(
            payment.status, payment.flag_reason, answers.get(payment.id, [])
        )
        views.append(
            PaymentView(
                id=payment.id,
                receipt_no=payment.receipt_no,
                created_at=payment.created_at,
                household_id=payment.household_id,
                household=household_label(households.get(payment.household_id or "")),
                total_fen=payment.total_fen,
                cash_fen=payment.cash_fen,
                voucher_fen=payment.voucher_fen,
                cash_tendered_fen=payment.cash_tendered_fen,
                change_fen=payment.change_fen,
                status=status,
                flag_reason=reason,
                staff_name=staff.get(payment.staff_id or "", payment.staff_id or "")
                if payment.staff_id
                else KIOSK_NAME,
                shift_id=payment.shift_id,
                lines=tuple(lines.get(payment.id, ())),
                voided_at=payment.voided_at,
                void_reason=payment.void_reason,
                receipt_id=receipts.get(payment.id),
            )
        )
    return views


def get_payment(session: Session, payment_id: str) -> PaymentView:
    payment = session.get(Payment, payment_id)
    if payment is None:
        raise BillLookupError(
            QT_TRANSLATE_NOOP("Bills", "No payment {id} at this station."), id=payment_id
        )
    return payment_views(session, [payment])[0]


def _like(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def payment_history(
    session: Session,
    *,
    query: str = "",
    day: date | None = None,
    timezone: str = "Asia/Shanghai",
    shift_id: str | None = None,
    now: datetime | None = None,
    limit: int = HISTORY_LIMIT,
) -> list[PaymentView]:
    """Newest first. ``query``: a receipt number (or part of it), an address, 户号 or phone;
    ``day``: the local calendar day in ``timezone``; ``shift_id``: one shift's payments."""
    statement = select(Payment)
    text = tidy_query(query)
    if text:
        conditions = [Payment.receipt_no.like(_like(text), escape="\\")]
        try:
            found = find(session, text, now=now or datetime.now(UTC)).households
        except UserError:  # not an address, phone or 户号: a receipt number only
            found = ()
        if found:
            conditions.append(Payment.household_id.in_([card.id for card in found]))
        statement = statement.where(or_(*conditions))
    if day is not None:
        zone = ZoneInfo(timezone)
        start = datetime(day.year, day.month, day.day, tzinfo=zone)
        statement = statement.where(
            Payment.created_at >= start, Payment.created_at < start + timedelta(days=1)
        )
    if shift_id is not None:
        statement = statement.where(Payment.shift_id == shift_id)
    rows = session.scalars(
        statement.order_by(Payment.created_at.desc(), Payment.id.desc()).limit(limit)
    ).all()
    return payment_views(session, list(rows))


def reprint_payment(work: Work, payment_id: str) -> str:
    """Queue a copy (副本) of the payment's receipt; returns the print job id."""
    view = get_payment(work.session, payment_id)
    if view.receipt_id is None:
        raise BillLookupError(
            QT_TRANSLATE_NOOP("Bills", "Payment {receipt} has no stored receipt to reprint."),
            receipt=view.receipt_no,
        )
    job: PrintJob = reprint(work, view.receipt_id)
    return job.id
