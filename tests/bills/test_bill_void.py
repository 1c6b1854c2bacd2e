"""Voiding a payment: a supervisor, the same shift, a reason; everything is undone."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from sqlalchemy import select

from station_app import bills, shifts, staff
from station_app.bills import VoidError
from station_app.db.models import (
    AuditEntry,
    Bill,
    OutboxOp,
    Payment,
    PrintJob,
    Receipt,
    Redemption,
    VoucherRefund,
)
from station_app.permissions import PermissionRefused
from station_app.printing.layout import layout_receipt
from station_app.printing.receipts import VoidReceipt, from_body
from station_app.station import Station
from station_app.vouchers import balance
from sync.messages import OP_PAYLOADS
from tests.bills.conftest import CLERK, CLERK2, FLOAT, PINS, SUPERVISOR, Community, snapshot

Run = Callable[..., Any]


def _pay_two(run: Run, community: Community) -> bills.PaymentResult:
    return run(
        bills.pay,
        [community.water, community.water_old],
        cash_tendered_fen=10000,
        voucher_account_id=community.account,
        voucher_fen=3000,
    )


def test_a_clerk_cannot_void_alone(station: Station, community: Community, run: Run) -> None:
    paid = _pay_two(run, community)
    before = snapshot(station)
    with pytest.raises(PermissionRefused, match="Only a supervisor"):
        run(bills.void_payment, paid.payment_id, "户号输错")
    with pytest.raises(PermissionRefused, match="may not approve"):
        run(bills.void_payment, paid.payment_id, "户号输错", override=CLERK2)
    assert snapshot(station) == before


def test_a_supervisor_approves_and_everything_is_undone(
    station: Station, community: Community, run: Run, shift_id: str
) -> None:
    paid = _pay_two(run, community)
    with station.database.reading() as session:
        expected_before = shifts.expected_cash(session, shift_id)
        spendable_before = balance(session, community.account, station.clock.trusted_now())
    with station.work(CLERK, shift_id=shift_id) as work:
        outcome = staff.authorize_override(work, "void", SUPERVISOR.staff_id or "", PINS["super-1"])
        approver = outcome.approver_or_raise()
        voided = bills.void_payment(
            work, paid.payment_id, " 户号输错，居民要求撤销 ", override=approver
        )
    assert (voided.cash_fen, voided.voucher_fen) == (paid.cash_fen, 3000)
    assert voided.original_receipt_no == paid.receipt_no
    with station.database.reading() as session:
        payment = session.get(Payment, paid.payment_id)
        assert payment is not None and payment.status == "voided"
        assert payment.voided_by == SUPERVISOR.staff_id
        assert payment.void_reason == "户号输错，居民要求撤销"
        for bill_id in (community.water, community.water_old):
            bill = session.get(Bill, bill_id)
            assert bill is not None and (bill.paid_fen, bill.status) == (0, "unpaid")
        assert shifts.expected_cash(session, shift_id) == expected_before - paid.cash_fen
        report = shifts.x_report(session, shift_id)
        assert report.tenders == {"cash": 0, "voucher": 0}
        assert (report.voided_count, report.voided_fen) == (1, paid.total_fen)
        assert report.voucher_refunded_fen == 3000
        refund = session.execute(select(VoucherRefund)).scalar_one()
        redemption = session.get(Redemption, refund.redemption_id)
        assert redemption is not None and redemption.payment_id == paid.payment_id
        after = balance(session, community.account, station.clock.trusted_now())
        assert after.total_fen == spendable_before.total_fen + 3000
        ops = (
            session.execute(
                select(OutboxOp).where(OutboxOp.type == "payment.void").order_by(OutboxOp.seq)
            )
            .scalars()
            .all()
        )
        assert [op.payload["payment_id"] for op in ops] == [
            b.platform_payment_id for b in paid.bills
        ]
        for op in ops:
            OP_PAYLOADS["payment.void"].model_validate(op.payload)
            assert op.payload["supervisor_id"] == SUPERVISOR.staff_id
            assert op.shift_id == shift_id
        audit = session.execute(
            select(AuditEntry).where(AuditEntry.action == "payment.void")
        ).scalar_one()
        assert audit.staff_id == CLERK.staff_id
        assert audit.details["approved_by_name"] == SUPERVISOR.name
        row = session.get(Receipt, voided.receipt_id)
        assert row is not None
        job = session.execute(select(PrintJob).where(PrintJob.receipt_id == row.id)).scalar_one()
        assert job.kick_drawer  # the cash goes back over the counter
        receipt = from_body(row.body)
    assert isinstance(receipt, VoidReceipt)
    text = "\n".join(layout_receipt(receipt, 32).text_lines)
    for expected in (
        "撤销凭证",
        f"原单号：{paid.receipt_no}",
        "退现金",
        "退回消费券",
        "授权主管：王强",
    ):
        assert expected in text
    with pytest.raises(VoidError, match="already voided"):
        run(bills.void_payment, paid.payment_id, "again", actor=SUPERVISOR)


def test_a_reason_is_required(station: Station, community: Community, run: Run) -> None:
    paid = run(bills.pay, [community.water], cash_tendered_fen=5000)
    before = snapshot(station)
    with pytest.raises(VoidError, match="Say why"):
        run(bills.void_payment, paid.payment_id, "   ", actor=SUPERVISOR)
    assert snapshot(station) == before


def test_voids_are_refused_in_a_later_shift(
    station: Station, community: Community, run: Run, shift_id: str
) -> None:
    paid = run(bills.pay, [community.water], cash_tendered_fen=5000)
    with station.work(CLERK, shift_id=shift_id) as work:
        expected = shifts.expected_cash(work.session, shift_id)
        counted = {"10000": 2, "1000": 5, "100": 42, "10": 8}
        assert expected == 25000 + 4280
        shifts.close_shift(work, counted)
    with station.work(SUPERVISOR) as work:
        later = shifts.open_shift(work, FLOAT).id
    before = snapshot(station)
    with (
        pytest.raises(VoidError, match="earlier shift"),
        station.work(SUPERVISOR, shift_id=later) as work,
    ):
        bills.void_payment(work, paid.payment_id, "户号输错")
    assert snapshot(station) == before
