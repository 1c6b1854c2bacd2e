"""Apply the platform's answers to a payment: pending (待确认) → confirmed or flagged.

A payment for several bills gets one answer per bill (one ``bill.pay`` each); it is
confirmed when every bill was applied, flagged as soon as one was flagged. The sync engine
stores each answer on its op first, then calls ``settle_payment`` in the same transaction
with the op's ``payment_id`` (the payment's own id or one of its items' ids).
"""

from __future__ import annotations

from sqlalchemy import select

from station_app.bills.history import platform_status
from station_app.db.models import OutboxOp, Payment, PaymentItem
from station_app.work import Work


def payment_of(work: Work, platform_payment_id: str) -> Payment | None:
    """The payment a ``bill.pay`` op's ``payment_id`` belongs to."""
    payment = work.session.get(Payment, platform_payment_id)
    if payment is not None:
        return payment
    item = work.session.get(PaymentItem, platform_payment_id)
    return work.session.get(Payment, item.payment_id) if item is not None else None


def settle_payment(work: Work, platform_payment_id: str) -> Payment | None:
    """Bring the payment's state in line with the answers its ops hold now."""
    payment = payment_of(work, platform_payment_id)
    if payment is None or payment.status == "voided":
        return payment
    answers = [
        (status, reason)
        for status, reason in work.session.execute(
            select(OutboxOp.status, OutboxOp.reason)
            .where(
                OutboxOp.type == "bill.pay",
                OutboxOp.entity == "payment",
                OutboxOp.entity_id == payment.id,
            )
            .order_by(OutboxOp.seq)
        ).all()
    ]
    status, reason = platform_status(payment.status, payment.flag_reason, answers)
    if (status, reason) == (payment.status, payment.flag_reason):
        return payment
    payment.status, payment.flag_reason = status, reason
    if status != "pending":
        payment.confirmed_at = work.now
    work.audit(
        "payment.settled",
        entity="payment",
        entity_id=payment.id,
        details={"status": status, "reason": reason, "receipt_no": payment.receipt_no},
    )
    return payment
