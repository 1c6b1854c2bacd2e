"""Billers, bills and the payments stations take for them.

``amount_due_fen`` is the whole amount to pay (arrears included; ``arrears_fen`` says how
much of it is arrears). A payment is a fact once cash is taken: ``bill.pay`` is never
refused. If the bill was already paid, the money becomes an overpayment credit and the
payment is flagged for staff.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from station_app.ids import new_id
from sync.messages import BillPayPayload, PaymentVoidPayload
from sync.server.changes import publish
from sync.server.models import Bill, Biller, BillLine, Credit, Household, Payment, Staff
from sync.server.op_context import OpContext, OpRejected
from sync.server.problems import ProblemError

SUPERVISOR_ROLES = ("supervisor", "admin")


@dataclass(frozen=True)
class LineInput:
    description: str
    unit_price_fen: int
    amount_fen: int
    quantity: str = "1"
    unit: str = ""


def create_biller(
    session: Session,
    now: datetime,
    *,
    community_id: str,
    name: str,
    kind: str,
    allow_partial: bool = False,
    allow_offline: bool = True,
    allow_vouchers: bool = False,
) -> Biller:
    biller = Biller(
        id=new_id(),
        community_id=community_id,
        name=name,
        kind=kind,
        allow_partial=allow_partial,
        allow_offline=allow_offline,
        allow_vouchers=allow_vouchers,
    )
    session.add(biller)
    publish(session, biller, at=now)
    return biller


def create_bill(
    session: Session,
    now: datetime,
    *,
    household_id: str,
    biller_id: str,
    account_no: str,
    period: str,
    lines: list[LineInput],
    amount_due_fen: int | None = None,
    arrears_fen: int = 0,
    due_date: date | None = None,
    barcode: str | None = None,
) -> Bill:
    household = session.get(Household, household_id)
    biller = session.get(Biller, biller_id)
    if household is None or biller is None:
        raise ProblemError(404, "not_found", "no such household or biller")
    if biller.community_id != household.community_id:
        raise ProblemError(409, "conflict", "the biller serves another community")
    total = sum(line.amount_fen for line in lines)
    bill = Bill(
        id=new_id(),
        community_id=household.community_id,
        household_id=household_id,
        biller_id=biller_id,
        account_no=account_no,
        period=period,
        amount_due_fen=total if amount_due_fen is None else amount_due_fen,
        arrears_fen=arrears_fen,
        paid_fen=0,
        due_date=due_date,
        barcode=barcode,
        status="unpaid",
    )
    bill.lines = [
        BillLine(
            id=new_id(),
            position=position,
            description=line.description,
            quantity=line.quantity,
            unit=line.unit,
            unit_price_fen=line.unit_price_fen,
            amount_fen=line.amount_fen,
        )
        for position, line in enumerate(lines)
    ]
    session.add(bill)
    publish(session, bill, at=now)
    return bill


def _settle_status(bill: Bill) -> None:
    if bill.paid_fen >= bill.amount_due_fen:
        bill.status = "paid"
    elif bill.paid_fen > 0:
        bill.status = "partial"
    else:
        bill.status = "unpaid"


def _payment_result(payment: Payment, bill: Bill | None) -> dict[str, Any]:
    return {
        "payment_id": payment.id,
        "bill_id": payment.bill_id,
        "applied_fen": payment.applied_fen,
        "credit_fen": payment.credit_fen,
        "bill_status": bill.status if bill else None,
        "bill_paid_fen": bill.paid_fen if bill else None,
    }


def apply_bill_pay(ctx: OpContext, p: BillPayPayload) -> dict[str, Any]:
    session = ctx.session
    existing = session.get(Payment, p.payment_id)
    if existing is not None:
        # The same payment under another op id: never count money twice.
        ctx.flag("duplicate_payment", entity="payment", entity_id=p.payment_id)
        return _payment_result(existing, session.get(Bill, existing.bill_id))
    if p.tender.cash_fen + p.tender.voucher_fen != p.amount_fen:
        ctx.flag(
            "tender_mismatch",
            entity="payment",
            entity_id=p.payment_id,
            amount_fen=p.amount_fen,
            cash_fen=p.tender.cash_fen,
            voucher_fen=p.tender.voucher_fen,
        )
    bill = session.get(Bill, p.bill_id, with_for_update=True)
    applied = 0
    if bill is None:
        ctx.flag("unknown_bill", entity="bill", entity_id=p.bill_id, amount_fen=p.amount_fen)
    else:
        outstanding = max(0, bill.amount_due_fen - bill.paid_fen)
        applied = min(p.amount_fen, outstanding)
        if outstanding == 0:
            ctx.flag("bill_already_paid", entity="bill", entity_id=bill.id, amount_fen=p.amount_fen)
        elif applied < p.amount_fen:
            ctx.flag("overpayment", entity="bill", entity_id=bill.id, amount_fen=p.amount_fen)
        bill.paid_fen += applied
        _settle_status(bill)
        biller = session.get(Biller, bill.biller_id)
        if bill.status == "partial" and biller is not None and not biller.allow_partial:
            ctx.flag("partial_not_allowed", entity="bill", entity_id=bill.id)
        ctx.publish(bill)
    credit_fen = p.amount_fen - applied
    payment = Payment(
        id=p.payment_id,
        community_id=ctx.community_id,
        station_id=ctx.station.id,
        terminal_id=ctx.terminal.id,
        bill_id=p.bill_id,
        receipt_no=p.receipt_no,
        amount_fen=p.amount_fen,
        cash_fen=p.tender.cash_fen,
        voucher_fen=p.tender.voucher_fen,
        applied_fen=applied,
        credit_fen=credit_fen,
        status="flagged" if ctx.flags else "applied",
        shift_id=ctx.op.shift_id,
        staff_id=ctx.op.staff_id,
        paid_at=ctx.at,
    )
    session.add(payment)
    session.flush()
    if credit_fen > 0:
        session.add(
            Credit(
                id=new_id(),
                community_id=ctx.community_id,
                household_id=bill.household_id if bill else None,
                payment_id=payment.id,
                amount_fen=credit_fen,
                reason="overpayment" if bill else "unknown_bill",
                status="open",
                created_at=ctx.now,
            )
        )
    return _payment_result(payment, bill)


def apply_payment_void(ctx: OpContext, p: PaymentVoidPayload) -> dict[str, Any]:
    session = ctx.session
    payment = session.get(Payment, p.payment_id, with_for_update=True)
    if payment is None:
        raise OpRejected("unknown_payment", payment_id=p.payment_id)
    if payment.status == "voided":
        raise OpRejected("already_voided", payment_id=p.payment_id)
    if payment.shift_id is None or ctx.op.shift_id != payment.shift_id:
        # Voids are for mistakes caught at the counter; later corrections are refunds.
        raise OpRejected("not_same_shift", payment_id=p.payment_id, shift_id=payment.shift_id)
    supervisor = session.get(Staff, p.supervisor_id) if p.supervisor_id else None
    if supervisor is None or supervisor.role not in SUPERVISOR_ROLES:
        ctx.flag("void_without_supervisor", entity="payment", entity_id=payment.id)
    bill = session.get(Bill, payment.bill_id, with_for_update=True)
    if bill is not None and payment.applied_fen:
        bill.paid_fen = max(0, bill.paid_fen - payment.applied_fen)
        _settle_status(bill)
        ctx.publish(bill)
    for credit in session.execute(
        select(Credit).where(Credit.payment_id == payment.id, Credit.status == "open")
    ).scalars():
        credit.status = "voided"
    payment.status = "voided"
    payment.voided_at = ctx.at
    payment.voided_by = p.supervisor_id or ctx.op.staff_id
    payment.void_reason = p.reason
    return _payment_result(payment, bill)
