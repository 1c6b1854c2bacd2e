"""Void a payment taken by mistake: same shift only, by a supervisor, with a reason.

The void undoes everything the payment did, in one transaction: the bills' paid amounts
and states, the cash (a reversal in this shift's ledger), the voucher part (refunded to the
lots it came from, never to cash), and tells the platform (``payment.void``, one per bill
as ``bill.pay`` was). A reversal receipt (撤销凭证) is printed. Later corrections are
refunds on the platform, not voids: the shift that took the money has been counted.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from station_app import permissions
from station_app.bills.bill_receipts import void_receipt
from station_app.bills.errors import VoidError
from station_app.bills.payments import PAYMENT_REF
from station_app.db.models import Bill, Biller, Payment, PaymentItem, Redemption
from station_app.i18n import QT_TRANSLATE_NOOP
from station_app.printing.print_queue import enqueue_receipt
from station_app.shifts import require_open_shift, reverse_cash_sale
from station_app.vouchers import refund, refunded_fen
from station_app.work import Actor, Work

VOIDED = "voided"
REASON_MAX = 200


@dataclass(frozen=True)
class VoidResult:
    payment_id: str
    receipt_no: str
    """The reversal receipt's number."""
    original_receipt_no: str
    cash_fen: int
    """Cash given back from the drawer."""
    voucher_fen: int
    """Given back to the voucher lots."""
    supervisor_id: str | None
    receipt_id: str
    refund_id: str | None = None


def _reason(reason: str) -> str:
    cleaned = " ".join(reason.split())
    if not cleaned:
        raise VoidError(QT_TRANSLATE_NOOP("Bills", "Say why the payment is voided."))
    if len(cleaned) > REASON_MAX:
        raise VoidError(
            QT_TRANSLATE_NOOP("Bills", "A reason has at most {limit} characters."),
            limit=REASON_MAX,
        )
    return cleaned


def void_payment(
    work: Work, payment_id: str, reason: str, *, override: Actor | None = None
) -> VoidResult:
    """Undo a payment of the open shift; a clerk needs a supervisor (``override``)."""
    session = work.session
    permissions.require(work.actor, "void", override=override)
    shift = require_open_shift(work)
    payment = session.get(Payment, payment_id)
    if payment is None:
        raise VoidError(
            QT_TRANSLATE_NOOP("Bills", "No payment {id} at this station."), id=payment_id
        )
    if payment.status == VOIDED:
        raise VoidError(
            QT_TRANSLATE_NOOP("Bills", "Payment {receipt} is already voided."),
            receipt=payment.receipt_no,
        )
    if payment.shift_id != shift.id:
        raise VoidError(
            QT_TRANSLATE_NOOP(
                "Bills",
                "Payment {receipt} belongs to an earlier shift, which has been counted:"
                " it cannot be voided. Ask the platform for a refund.",
            ),
            receipt=payment.receipt_no,
        )
    why = _reason(reason)
    approver = override or work.actor

    items = list(
        session.execute(
            select(PaymentItem).where(PaymentItem.payment_id == payment.id).order_by(PaymentItem.id)
        ).scalars()
    )
    # The first item carries the payment's own id; keep the order the ops were sent in.
    items.sort(key=lambda item: item.id != payment.id)
    parts: list[tuple[str, int]] = []
    for item in items:
        bill = session.get(Bill, item.bill_id)
        assert bill is not None, "payment_items.bill_id is a foreign key"
        biller = session.get(Biller, bill.biller_id)
        bill.paid_fen = max(0, bill.paid_fen - item.amount_fen)
        bill.status = (
            "paid"
            if bill.paid_fen >= bill.amount_due_fen
            else "partial"
            if bill.paid_fen > 0
            else "unpaid"
        )
        name = biller.name if biller else bill.biller_id
        parts.append((f"{name} {bill.period} 户号 {bill.account_no}", item.amount_fen))

    cash_back = 0
    if payment.cash_tendered_fen:
        movement = reverse_cash_sale(work, PAYMENT_REF, payment.id)
        cash_back = -movement.amount_fen if movement is not None else 0

    refund_id = None
    voucher_back = 0
    redemption = session.execute(
        select(Redemption).where(Redemption.payment_id == payment.id)
    ).scalar_one_or_none()
    if redemption is not None and redemption.status != "rejected":
        # A rejected redemption spent nothing; anything refunded already stays refunded.
        left = redemption.total_fen - refunded_fen(session, redemption.id)
        if left > 0:
            refund_id = refund(work, redemption.id, left, why, override).refund_id
            voucher_back = left

    payment.status = VOIDED
    payment.voided_at = work.now
    payment.voided_by = approver.staff_id
    payment.void_reason = why
    session.flush()

    seqs = []
    for item in items:
        op = work.emit(
            "payment.void",
            {
                "payment_id": item.id,
                "reason": why,
                "supervisor_id": approver.staff_id,
                "station_payment_id": payment.id,
                "bill_id": item.bill_id,
                "receipt_no": payment.receipt_no,
            },
            entity="payment",
            entity_id=payment.id,
            also_about=(("bill", item.bill_id),),
        )
        seqs.append(op.seq)
    receipt_no = work.next_receipt_no()
    work.audit(
        "payment.void",
        entity="payment",
        entity_id=payment.id,
        details={
            "receipt_no": payment.receipt_no,
            "void_receipt_no": receipt_no,
            "reason": why,
            "amount_fen": payment.total_fen,
            "cash_fen": cash_back,
            "voucher_fen": voucher_back,
            "clerk": work.actor.name,
            **(
                {"approved_by_id": override.staff_id, "approved_by_name": override.name}
                if override is not None
                else {}
            ),
            "refund_id": refund_id,
            "op_seqs": seqs,
        },
    )
    receipt = void_receipt(
        work,
        receipt_no=receipt_no,
        original_receipt_no=payment.receipt_no,
        reason=why,
        parts=parts,
        cash_fen=cash_back,
        voucher_fen=voucher_back,
        supervisor_name=approver.name,
    )
    # Cash goes back to the resident: the drawer must open for it.
    job = enqueue_receipt(
        work, receipt, kick_drawer=cash_back > 0, ref_type=PAYMENT_REF, ref_id=payment.id
    )
    return VoidResult(
        payment_id=payment.id,
        receipt_no=receipt_no,
        original_receipt_no=payment.receipt_no,
        cash_fen=cash_back,
        voucher_fen=voucher_back,
        supervisor_id=approver.staff_id,
        receipt_id=job.receipt_id,
        refund_id=refund_id,
    )
