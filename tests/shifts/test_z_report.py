"""A Z report checked field by field after a busy shift."""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime, timedelta

from station_app import shifts
from station_app.db.models import Payment, Redemption, VoucherAccount, VoucherRefund
from station_app.shifts import CashLine
from station_app.station import Station
from station_app.work import Work
from tests.conftest import ManualClock

from .conftest import Crew

START = datetime(2026, 11, 26, 2, 1, tzinfo=UTC)  # the clock starts a minute earlier


def pay(work: Work, number: int, *, cash: int, tendered: int, voucher: int, status: str) -> None:
    """A bill payment row as the payments service will write it (that service comes later)."""
    payment_id = f"pay-{number}"
    work.session.add(
        Payment(
            id=payment_id,
            receipt_no=f"T01-20261126-{number:04d}",
            shift_id=work.shift_id or shifts.require_open_shift(work).id,
            staff_id=work.actor.staff_id,
            total_fen=cash + voucher,
            cash_fen=cash,
            voucher_fen=voucher,
            cash_tendered_fen=tendered,
            change_fen=tendered - cash,
            status=status,
            created_at=work.now,
        )
    )
    if tendered:
        shifts.record_cash_sale(work, "payment", payment_id, tendered, tendered - cash)


def redeem(work: Work, number: int, total: int, *, status: str, payment: str | None) -> None:
    work.session.add(
        Redemption(
            id=f"red-{number}",
            receipt_no=f"T01-20261126-R{number}",
            account_id="acct-1",
            shift_id=shifts.require_open_shift(work).id,
            staff_id=work.actor.staff_id,
            payment_id=payment,
            total_fen=total,
            status=status,
            created_at=work.now,
        )
    )


def refund(work: Work, number: int, redemption_id: str, amount: int) -> None:
    work.session.add(
        VoucherRefund(
            id=f"ref-{number}",
            redemption_id=redemption_id,
            amount_fen=amount,
            reason="退货",
            staff_id=work.actor.staff_id,
            created_at=work.now,
        )
    )


def test_z_report_fields(station: Station, clock: ManualClock, crew: Crew) -> None:
    with station.work(crew.clerk) as work:
        work.session.add(VoucherAccount(id="acct-1", holder_name="马大爷"))
        work.session.flush()
        redeem_outside = Redemption(
            id="red-0",
            receipt_no="T01-20261125-R0",
            account_id="acct-1",
            total_fen=700,
            status="applied",
            created_at=work.now,
        )
        work.session.add(redeem_outside)
        work.session.flush()
        refund(work, 0, "red-0", 111)  # before the shift: not this shift's
    clock.advance(timedelta(minutes=1))
    with station.work(crew.clerk) as work:
        shift = shifts.open_shift(work, crew.float)  # at 02:01, ¥260.50
    clock.advance(timedelta(minutes=10))
    with station.work(crew.clerk) as work:
        shifts.paid_in(work, 10000, "从保险柜取零钱")
    clock.advance(timedelta(minutes=10))
    with station.work(crew.clerk) as work:
        pay(work, 1, cash=8000, tendered=10000, voucher=0, status="pending")
        pay(work, 2, cash=0, tendered=0, voucher=5000, status="confirmed")
        pay(work, 3, cash=3000, tendered=3000, voucher=2000, status="pending")
        redeem(work, 3, 2000, status="pending", payment="pay-3")  # counted in pay-3
        pay(work, 4, cash=1000, tendered=1000, voucher=0, status="voided")
        shifts.reverse_cash_sale(work, "payment", "pay-4")
        redeem(work, 1, 1200, status="applied", payment=None)
        redeem(work, 2, 999, status="rejected", payment=None)
    clock.advance(timedelta(minutes=10))
    with station.work(crew.supervisor) as work:
        shifts.paid_out(work, 5000, "买打印纸")
        refund(work, 1, "red-1", 300)
    counted = {"10000": 4, "1000": 2, "10": 6}  # ¥420.60, ten fen over
    clock.advance(timedelta(hours=7))
    with station.work(crew.clerk) as work:
        report = shifts.close_shift(work, counted, "多收一角")

    every_denomination = dict.fromkeys(shifts.DENOMINATIONS, 0)
    assert dataclasses.asdict(report) == {
        "shift_id": shift.id,
        "station_name": "幸福社区服务站",
        "terminal_code": "T01",
        "terminal_name": "柜台1",
        "staff_id": crew.clerk.staff_id,
        "staff_name": "张收银",
        "status": "closed",
        "opened_at": START,
        "closed_at": START + timedelta(minutes=30 + 7 * 60),
        "closed_by_id": crew.clerk.staff_id,
        "closed_by_name": "张收银",
        "float_fen": 26050,
        "float_denominations": {**every_denomination, **crew.float},
        "cash_in_fen": 14000,
        "change_out_fen": 2000,
        "paid_in_fen": 10000,
        "paid_out_fen": 5000,
        "void_reversal_fen": -1000,
        "expected_fen": 26050 + 14000 - 2000 + 10000 - 5000 - 1000,
        "counted_fen": 42060,
        "counted_denominations": {**every_denomination, **counted},
        "variance_fen": 10,
        "variance_reason": "多收一角",
        "z_number": 1,
        "tenders": {"cash": 11000, "voucher": 5000 + 2000 + 1200},
        "payment_count": 3,
        "redemption_count": 1,
        "voided_count": 1,
        "voided_fen": 1000,
        "voucher_refunded_fen": 300,
        "paid_ins": (
            {
                "at": START + timedelta(minutes=10),
                "amount_fen": 10000,
                "reason": "从保险柜取零钱",
                "staff_name": "张收银",
            },
        ),
        "paid_outs": (
            {
                "at": START + timedelta(minutes=30),
                "amount_fen": 5000,
                "reason": "买打印纸",
                "staff_name": "李主管",
            },
        ),
    }
    assert report.kind == "Z"
    assert report.cash_sales_fen == 11000
    assert report.paid_outs[0] == CashLine(
        START + timedelta(minutes=30), 5000, "买打印纸", "李主管"
    )
    with station.database.reading() as session:
        assert shifts.z_report(session, shift.id) == report  # a reprint shows the same
