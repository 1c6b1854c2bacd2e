"""Taking a bill payment: cash with change, several bills on one receipt, vouchers, refusals."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from sqlalchemy import select

from station_app import bills, shifts
from station_app.bills import PaymentError, PaymentResult
from station_app.db.models import (
    Bill,
    CashMovement,
    OutboxOp,
    Payment,
    PaymentItem,
    PrintJob,
    Receipt,
    Redemption,
)
from station_app.i18n import UserError
from station_app.money import MoneyError
from station_app.printing.layout import layout_receipt
from station_app.printing.receipts import PaymentReceipt, from_body
from station_app.shifts import ShiftError
from station_app.station import Station
from station_app.vouchers import InsufficientBalanceError
from station_app.work import Actor
from sync.messages import OP_PAYLOADS
from tests.bills.conftest import CLERK, Community, snapshot

Run = Callable[..., Any]


def _ops(station: Station, op_type: str) -> list[OutboxOp]:
    with station.database.reading() as session:
        return list(
            session.execute(
                select(OutboxOp).where(OutboxOp.type == op_type).order_by(OutboxOp.seq)
            ).scalars()
        )


def _receipt(station: Station, receipt_id: str) -> tuple[PaymentReceipt, PrintJob]:
    with station.database.reading() as session:
        row = session.get(Receipt, receipt_id)
        assert row is not None
        job = session.execute(select(PrintJob).where(PrintJob.receipt_id == row.id)).scalar_one()
        session.expunge(job)
        receipt = from_body(row.body)
    assert isinstance(receipt, PaymentReceipt)
    return receipt, job


def test_two_bills_with_200_cash_one_receipt_and_the_change(
    station: Station, community: Community, run: Run, shift_id: str
) -> None:
    due = community.amounts[community.water] + community.amounts[community.water_old]  # 74.70
    result: PaymentResult = run(
        bills.pay, [community.water, community.water_old], cash_tendered_fen=20000
    )
    assert (result.total_fen, result.cash_fen, result.voucher_fen) == (due, due, 0)
    assert result.change_fen == 20000 - due == 12530
    assert result.status == "pending" and result.offline and result.drawer_opened
    assert result.receipt_no.startswith("C01-20261126-")
    with station.database.reading() as session:
        payment = session.get(Payment, result.payment_id)
        assert payment is not None
        assert (payment.status, payment.shift_id, payment.household_id) == (
            "pending",
            shift_id,
            community.household,
        )
        assert (payment.cash_tendered_fen, payment.change_fen) == (20000, 12530)
        items = session.execute(select(PaymentItem)).scalars().all()
        assert sorted(item.amount_fen for item in items) == [3190, 4280]
        assert result.payment_id in {item.id for item in items}  # the first bill's own id
        for bill_id in (community.water, community.water_old):
            bill = session.get(Bill, bill_id)
            assert bill is not None and (bill.status, bill.paid_fen) == (
                "paid",
                community.amounts[bill_id],
            )
        cash = session.execute(
            select(CashMovement.kind, CashMovement.amount_fen).where(
                CashMovement.ref_id == result.payment_id
            )
        ).all()
        assert sorted(cash) == [("cash_in", 20000), ("change_out", -12530)]
        assert shifts.expected_cash(session, shift_id) == 25000 + due
    ops = _ops(station, "bill.pay")
    assert len(ops) == 2
    for op, part in zip(ops, result.bills, strict=True):
        OP_PAYLOADS["bill.pay"].model_validate(op.payload)  # what the platform accepts
        assert op.payload["payment_id"] == part.platform_payment_id
        assert op.payload["bill_id"] == part.bill_id
        assert op.payload["amount_fen"] == part.amount_fen
        assert op.payload["tender"] == {"cash_fen": part.amount_fen, "voucher_fen": 0}
        assert op.payload["receipt_no"] == result.receipt_no
        assert (op.entity, op.entity_id, op.offline) == ("payment", result.payment_id, True)
        assert op.shift_id == shift_id and op.staff_id == CLERK.staff_id
    assert ops[0].payload["payment_id"] == result.payment_id

    receipt, job = _receipt(station, result.receipt_id)
    assert job.kick_drawer and not job.is_copy
    assert receipt.pending and receipt.household == "3栋2单元501"
    assert [section.period for section in receipt.bills] == ["2026-10", "2026-09"]
    assert (receipt.total_fen, receipt.cash_tendered_fen, receipt.change_fen) == (
        due,
        20000,
        12530,
    )
    text = "\n".join(layout_receipt(receipt, 32).text_lines)
    for expected in ("缴费凭证", "待确认", "户号：0991030020501", "账期：2026-09", "找零"):
        assert expected in text
    assert "￥125.30" in text and "200.00" in text


def test_exact_cash_opens_the_drawer_and_gives_no_change(
    station: Station, community: Community, run: Run
) -> None:
    result = run(bills.pay, [community.water], cash_tendered_fen=4280)
    assert result.change_fen == 0
    with station.database.reading() as session:
        kinds = session.execute(
            select(CashMovement.kind).where(CashMovement.ref_id == result.payment_id)
        ).scalars()
        assert list(kinds) == ["cash_in"]


def test_vouchers_and_cash_mixed(station: Station, community: Community, run: Run) -> None:
    # Water ¥42.80 and parking ¥150 (parking takes no vouchers): ¥40 vouchers, rest cash.
    result = run(
        bills.pay,
        [community.water, community.parking],
        cash_tendered_fen=20000,
        voucher_account_id=community.account,
        voucher_fen=4000,
    )
    assert (result.total_fen, result.voucher_fen, result.cash_fen) == (19280, 4000, 15280)
    assert result.change_fen == 4720
    by_bill = {part.bill_id: part for part in result.bills}
    assert (by_bill[community.water].voucher_fen, by_bill[community.water].cash_fen) == (4000, 280)
    assert (by_bill[community.parking].voucher_fen, by_bill[community.parking].cash_fen) == (
        0,
        15000,
    )
    with station.database.reading() as session:
        redemption = session.execute(select(Redemption)).scalar_one()
        assert redemption.payment_id == result.payment_id and redemption.total_fen == 4000
        assert redemption.shift_id is not None
    for op in _ops(station, "bill.pay"):
        tender = op.payload["tender"]
        assert tender["cash_fen"] + tender["voucher_fen"] == op.payload["amount_fen"]
    [redeem_op] = _ops(station, "voucher.redeem")
    assert redeem_op.payload["payment_id"] == result.payment_id
    assert [item["bill_id"] for item in redeem_op.payload["items"]] == [community.water]
    receipt, _job = _receipt(station, result.receipt_id)
    assert [(line.tender, line.amount_fen) for line in receipt.tenders] == [
        ("voucher", 4000),
        ("cash", 15280),
    ]


def test_vouchers_alone_take_no_cash_and_keep_the_drawer_shut(
    station: Station, community: Community, run: Run
) -> None:
    result = run(
        bills.pay,
        [community.water],
        voucher_account_id=community.account,
        voucher_fen=4280,
    )
    assert (result.cash_fen, result.change_fen, result.drawer_opened) == (0, 0, False)
    _receipt_row, job = _receipt(station, result.receipt_id)
    assert not job.kick_drawer
    with station.database.reading() as session:
        assert (
            session.execute(select(CashMovement).where(CashMovement.ref_id.is_not(None))).first()
            is None
        )


def test_a_partial_payment_where_the_biller_allows_it(
    station: Station, community: Community, run: Run
) -> None:
    result = run(
        bills.pay,
        [community.property_fee],
        amounts={community.property_fee: 10000},
        cash_tendered_fen=10000,
    )
    assert result.total_fen == 10000 and result.bills[0].bill_status == "partial"
    with station.database.reading() as session:
        bill = session.get(Bill, community.property_fee)
        assert bill is not None and (bill.paid_fen, bill.status) == (10000, "partial")
        view = bills.household_bills(session, community.household)
    open_fee = next(b for b in view.bills if b.id == community.property_fee)
    assert open_fee.outstanding_fen == 24156 - 10000


def test_x_report_totals_by_tender(
    station: Station, community: Community, run: Run, shift_id: str
) -> None:
    run(bills.pay, [community.water_old], cash_tendered_fen=5000)  # 31.90 cash
    run(
        bills.pay,
        [community.water],
        cash_tendered_fen=100,
        voucher_account_id=community.account,
        voucher_fen=4200,
    )  # 42.00 vouchers + 0.80 cash
    with station.database.reading() as session:
        report = shifts.x_report(session, shift_id)
    assert report.tenders == {"cash": 3190 + 80, "voucher": 4200}
    assert report.payment_count == 2 and report.redemption_count == 0
    assert report.cash_in_fen == 5000 + 100 and report.change_out_fen == 1810 + 20
    assert report.expected_fen == 25000 + 3190 + 80


REFUSALS: list[tuple[str, dict[str, Any], type[UserError], str]] = [
    ("no bills", {"bill_ids": []}, PaymentError, "Tick the bills"),
    ("short", {"cash_tendered_fen": 4279}, PaymentError, "less than"),
    ("negative cash", {"cash_tendered_fen": -100}, MoneyError, "negative"),
    ("float cash", {"cash_tendered_fen": 42.8}, PaymentError, "not an amount"),
    ("negative part", {"amounts": {"W": -1}, "cash_tendered_fen": 5000}, MoneyError, "negative"),
    ("zero part", {"amounts": {"W": 0}, "cash_tendered_fen": 5000}, MoneyError, "more than zero"),
    ("partial", {"amounts": {"W": 2000}, "cash_tendered_fen": 5000}, PaymentError, "in full"),
    ("too much", {"amounts": {"W": 5000}, "cash_tendered_fen": 5000}, PaymentError, "only"),
    ("stranger", {"amounts": {"X": 100}, "cash_tendered_fen": 5000}, PaymentError, "not among"),
    ("unknown", {"bill_ids": ["nope"], "cash_tendered_fen": 5000}, PaymentError, "not known"),
    ("no account", {"voucher_fen": 100, "cash_tendered_fen": 5000}, PaymentError, "member QR"),
    (
        "cash too",
        {"voucher_fen": 4280, "cash_tendered_fen": 100, "account": True},
        PaymentError,
        "no cash is due",
    ),
]


@pytest.mark.parametrize(
    ("case", "kwargs", "error", "words"), REFUSALS, ids=[case[0] for case in REFUSALS]
)
def test_refusals_write_nothing(
    station: Station,
    community: Community,
    run: Run,
    case: str,
    kwargs: dict[str, Any],
    error: type[UserError],
    words: str,
) -> None:
    arguments = dict(kwargs)
    bill_ids = arguments.pop("bill_ids", [community.water])
    if "amounts" in arguments:
        arguments["amounts"] = {
            {"W": community.water, "X": community.parking}[key]: value
            for key, value in arguments["amounts"].items()
        }
    if arguments.pop("account", False):
        arguments["voucher_account_id"] = community.account
    before = snapshot(station)
    with pytest.raises(error, match=words):
        run(bills.pay, bill_ids, **arguments)
    assert snapshot(station) == before


def test_vouchers_are_refused_where_the_biller_takes_none(
    station: Station, community: Community, run: Run
) -> None:
    before = snapshot(station)
    with pytest.raises(PaymentError, match="Vouchers cannot pay 停车费 bills"):
        run(
            bills.pay,
            [community.parking],
            voucher_account_id=community.account,
            voucher_fen=1000,
            cash_tendered_fen=14000,
        )
    with pytest.raises(PaymentError, match=r"at most ¥42\.80"):
        run(
            bills.pay,
            [community.water, community.parking],
            voucher_account_id=community.account,
            voucher_fen=5000,
            cash_tendered_fen=15000,
        )
    assert snapshot(station) == before


def test_offline_only_where_the_biller_allows_it(
    station: Station, community: Community, run: Run
) -> None:
    before = snapshot(station)
    with pytest.raises(PaymentError, match="only be paid while the station is online"):
        run(bills.pay, [community.electricity], cash_tendered_fen=10000)
    assert snapshot(station) == before
    result = run(bills.pay, [community.electricity], cash_tendered_fen=10000, online=True)
    assert not result.offline
    [op] = _ops(station, "bill.pay")
    assert op.offline is False


def test_a_bill_paid_here_is_not_paid_twice(
    station: Station, community: Community, run: Run
) -> None:
    run(bills.pay, [community.water], cash_tendered_fen=5000)
    before = snapshot(station)
    with pytest.raises(PaymentError, match="水费 2026-10 is already paid"):
        run(bills.pay, [community.water, community.water_old], cash_tendered_fen=10000)
    assert snapshot(station) == before


def test_one_household_per_payment(station: Station, community: Community, run: Run) -> None:
    with pytest.raises(PaymentError, match="one household at a time"):
        run(bills.pay, [community.water, community.neighbour_water], cash_tendered_fen=10000)


def test_no_open_shift_no_payment(station: Station, community: Community) -> None:
    before = snapshot(station)
    with pytest.raises(ShiftError, match="No shift is open"), station.work(CLERK) as work:
        bills.pay(work, [community.water], cash_tendered_fen=5000)
    assert snapshot(station) == before


def test_short_vouchers_refuse_the_whole_payment(
    station: Station, community: Community, run: Run
) -> None:
    run(
        bills.pay,
        [community.property_fee],
        amounts={community.property_fee: 19000},
        voucher_account_id=community.account,
        voucher_fen=19000,
        online=True,
    )  # ¥190 of the ¥200 lot spent
    before = snapshot(station)
    with pytest.raises(InsufficientBalanceError):
        run(
            bills.pay,
            [community.water],
            voucher_account_id=community.account,
            voucher_fen=4280,
            online=True,
        )
    assert snapshot(station) == before


def test_a_resident_pays_at_the_kiosk_with_vouchers_and_no_shift(
    station: Station, community: Community
) -> None:
    kiosk = Actor(None, "自助终端", "system")
    with station.work(kiosk) as work:  # no shift: the kiosk has no drawer
        result = bills.pay(
            work,
            [community.water],
            voucher_account_id=community.account,
            voucher_fen=4280,
            channel="kiosk",
        )
    assert (result.voucher_fen, result.cash_fen, result.change_fen) == (4280, 0, 0)
    with station.database.reading() as session:
        payment = session.get(Payment, result.payment_id)
        assert payment is not None
        assert (payment.channel, payment.shift_id, payment.staff_id) == ("kiosk", None, None)


def test_the_kiosk_takes_no_cash(station: Station, community: Community) -> None:
    kiosk = Actor(None, "自助终端", "system")
    before = snapshot(station)
    with pytest.raises(PaymentError, match="vouchers only"), station.work(kiosk) as work:
        bills.pay(work, [community.water], cash_tendered_fen=5000, channel="kiosk")
    with pytest.raises(PaymentError, match="do not cover"), station.work(kiosk) as work:
        bills.pay(
            work,
            [community.water],
            voucher_account_id=community.account,
            voucher_fen=1000,
            channel="kiosk",
        )
    assert snapshot(station) == before
