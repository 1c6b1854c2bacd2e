"""One example of every receipt kind, for the test print, docs, golden tests and the bench.

The data is made up but shaped like a real counter day: mixed Chinese and ASCII names,
long names that wrap, offline (待确认) payments, a Z report with a variance.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

from station_app.printing.receipts import (
    AnyReceipt,
    BillSection,
    Header,
    Item,
    ParcelLine,
    PaymentReceipt,
    PickupSlip,
    RedemptionReceipt,
    ReturnSlip,
    ShiftReport,
    TenderLine,
    TenderTotal,
    TestReceipt,
    VoidReceipt,
)

STATION = "幸福里社区服务站"
ISSUED = datetime(2026, 11, 26, 2, 30, 15, tzinfo=UTC)  # 10:30:15 Beijing time


def header(receipt_no: str = "T01-20261126-0007", staff: str = "张丽") -> Header:
    return Header(STATION, "T01", receipt_no, ISSUED, "Asia/Shanghai", staff)


def test_receipt(printer: str = "tcp://192.0.2.10:9100", columns: int = 32) -> TestReceipt:
    return TestReceipt(header("T01-20261126-TEST"), printer=printer, columns=columns)


def payment(*, pending: bool = True) -> PaymentReceipt:
    water = BillSection(
        biller="乌鲁木齐水务集团 (Urumqi Water)",
        account_no="0102003344",
        period="2026-10",
        amount_fen=4280,
        lines=(
            Item("居民生活用水 第一阶梯", 3450, "12.5", 276, "m³"),
            Item("污水处理费", 830, "12.5", 66, "m³"),
        ),
    )
    property_fee = BillSection(
        biller="幸福里物业服务有限公司 物业费",
        account_no="3-2-501",
        period="2026-11",
        amount_fen=18500,
        arrears_fen=0,
    )
    return PaymentReceipt(
        header=header(),
        household="3栋2单元501",
        bills=(water, property_fee),
        tenders=(TenderLine("voucher", 10000), TenderLine("cash", 12780)),
        total_fen=22780,
        cash_tendered_fen=15000,
        change_fen=2220,
        pending=pending,
    )


def redemption() -> RedemptionReceipt:
    return RedemptionReceipt(
        header=header("T01-20261126-0008"),
        holder_name="王*华",
        account="3-2-501",
        items=(
            Item("金龙鱼 葵花籽油 5L", 8990, "1", 8990),
            Item("Nongfu Spring 农夫山泉饮用天然水 550ml×24瓶", 3600, "1", 3600),
            Item("上门保洁 2小时", 12000, "1", 12000),
        ),
        spent_fen=24590,
        balance_fen=173410,
        expiring_fen=5000,
        expiring_on=date(2026, 11, 30),
        pending=False,
    )


def pickup() -> PickupSlip:
    return PickupSlip(
        header=header("T01-20261126-0009"),
        phone="13812341234",
        parcels=(
            ParcelLine("中通快递", "78312345678901", "3-2-1045", "3"),
            ParcelLine("SF Express 顺丰", "SF1402345678912", "A-1-0012", "A"),
        ),
        collector="李明",
    )


def return_slip() -> ReturnSlip:
    return ReturnSlip(
        header=header("T01-20261126-0010"),
        courier="韵达 王师傅",
        parcels=(
            ParcelLine("韵达快递", "4312345678901", "2-1-0301", "2", "滞留超过7天，联系不上收件人"),
            ParcelLine("JD 京东物流", "JDX000123456789", "5-3-0088", "5", "拒收"),
        ),
    )


def shift_report(*, final: bool = True) -> ShiftReport:
    return ShiftReport(
        header=header("T01-20261126-Z0003" if final else "T01-20261126-X0004"),
        final=final,
        opened_at=datetime(2026, 11, 26, 0, 55, tzinfo=UTC),
        closed_at=datetime(2026, 11, 26, 9, 5, tzinfo=UTC) if final else None,
        float_fen=50000,
        cash_in_fen=182050,
        change_out_fen=-23470,
        paid_in_fen=2000,
        paid_out_fen=-1500,
        void_reversal_fen=-3800,
        expected_fen=205280,
        counted_fen=205180 if final else None,
        variance_fen=-100 if final else None,
        variance_reason="找零时少收一元硬币" if final else "",
        z_number=3 if final else None,
        totals=(
            TenderTotal("cash", 41, 158580),
            TenderTotal("voucher", 17, 96420),
        ),
    )


def void() -> VoidReceipt:
    return VoidReceipt(
        header=header("T01-20261126-0011"),
        original_receipt_no="T01-20261126-0005",
        reason="户号输错，居民要求撤销重缴",
        items=(Item("电费 2026-10 国网新疆电力 户号 6101234567", 3800),),
        refunds=(TenderLine("cash", 3800),),
        total_fen=3800,
        supervisor_name="赵强",
    )


def all_samples() -> dict[str, AnyReceipt]:
    """Every kind, keyed by a file-friendly name."""
    return {
        "test": test_receipt(),
        "payment": payment(),
        "redemption": redemption(),
        "pickup": pickup(),
        "return": return_slip(),
        "shift_x": shift_report(final=False),
        "shift_z": shift_report(final=True),
        "void": void(),
    }
