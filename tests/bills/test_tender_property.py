"""Whatever the bills and the tender: the parts add up to the amount paid, change ≥ 0."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from station_app import bills, shifts
from station_app.bills import BillAmount, PaymentError, plan_tender
from station_app.db.models import OutboxOp
from station_app.paths import StationPaths
from station_app.station import Station
from tests.bills.conftest import CLERK, FLOAT, seed_community
from tests.conftest import ManualClock

bill_amounts = st.lists(
    st.builds(
        BillAmount,
        bill_id=st.uuids().map(str),
        amount_fen=st.integers(min_value=1, max_value=5_000_00),
        vouchers_allowed=st.booleans(),
    ),
    min_size=1,
    max_size=6,
)


@given(
    bills_=bill_amounts,
    voucher_share=st.floats(min_value=0, max_value=1.2),
    extra_cash=st.integers(min_value=-2_000, max_value=50_000),
)
def test_tender_parts_sum_to_the_amount_and_change_is_never_negative(
    bills_: list[BillAmount], voucher_share: float, extra_cash: int
) -> None:
    total = sum(bill.amount_fen for bill in bills_)
    room = sum(bill.amount_fen for bill in bills_ if bill.vouchers_allowed)
    voucher_fen = int(room * voucher_share)  # test input only; the plan itself is all int
    cash_tendered = max(0, total - voucher_fen + extra_cash)
    try:
        plan = plan_tender(bills_, cash_tendered_fen=cash_tendered, voucher_fen=voucher_fen)
    except PaymentError:
        assert (
            voucher_fen > room
            or cash_tendered < total - voucher_fen
            or (total == voucher_fen and cash_tendered > 0)
        )
        return
    assert plan.total_fen == total
    assert plan.cash_fen + plan.voucher_fen == total
    assert plan.change_fen >= 0
    assert plan.cash_tendered_fen - plan.change_fen == plan.cash_fen
    assert sum(part.cash_fen + part.voucher_fen for part in plan.parts) == total
    for part, bill in zip(plan.parts, bills_, strict=True):
        assert part.cash_fen + part.voucher_fen == part.amount_fen == bill.amount_fen
        assert part.cash_fen >= 0 and part.voucher_fen >= 0
        assert bill.vouchers_allowed or part.voucher_fen == 0
    assert sum(part.voucher_fen for part in plan.parts) == voucher_fen


@settings(max_examples=25, deadline=None)
@given(
    cash_over=st.integers(min_value=0, max_value=30_000),
    voucher_fen=st.integers(min_value=0, max_value=4_280),
    with_parking=st.booleans(),
)
def test_a_real_payment_keeps_its_tender_whole(
    tmp_path_factory: pytest.TempPathFactory, cash_over: int, voucher_fen: int, with_parking: bool
) -> None:
    """The same, through ``pay`` on a real station: payment, ops and ledger agree."""
    clock = ManualClock(datetime(2026, 11, 26, 2, 0, tzinfo=UTC))
    station = Station(StationPaths.under(tmp_path_factory.mktemp("pay")), clock=clock)
    try:
        community = seed_community(station, clock.trusted_now())
        with station.work(CLERK) as work:
            shift_id = shifts.open_shift(work, FLOAT).id
        chosen = [community.water] + ([community.parking] if with_parking else [])
        total = sum(community.amounts[bill_id] for bill_id in chosen)
        cash_due = total - voucher_fen
        with station.work(CLERK, shift_id=shift_id) as work:
            result = bills.pay(
                work,
                chosen,
                cash_tendered_fen=cash_due + cash_over if cash_due else 0,
                voucher_account_id=community.account if voucher_fen else None,
                voucher_fen=voucher_fen,
            )
        assert result.cash_fen + result.voucher_fen == result.total_fen == total
        assert result.change_fen == (cash_over if cash_due else 0) >= 0
        with station.database.reading() as session:
            ops = session.execute(select(OutboxOp).where(OutboxOp.type == "bill.pay")).scalars()
            tenders = [op.payload["tender"] for op in ops]
            assert sum(t["cash_fen"] for t in tenders) == result.cash_fen
            assert sum(t["voucher_fen"] for t in tenders) == result.voucher_fen
            report = shifts.x_report(session, shift_id)
        assert report.tenders == {"cash": result.cash_fen, "voucher": result.voucher_fen}
    finally:
        station.close()
