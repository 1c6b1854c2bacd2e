"""The paper a resident keeps for a bill payment (缴费凭证) or its void (撤销凭证).

Receipts are a fixed Chinese format (see ``printing.wording``), so the address is written
the way it is printed on the door: ``3栋2单元501``.
"""

from __future__ import annotations

from collections.abc import Sequence

from station_app.bills.lookup import BillView
from station_app.db.models import Household
from station_app.printing.receipts import (
    BillSection,
    Header,
    Item,
    PaymentReceipt,
    TenderLine,
    VoidReceipt,
)
from station_app.work import Work


def door_label(building: str, unit: str, room: str) -> str:
    """``3``/``2``/``501`` → ``3栋2单元501``; a part the platform sent with its word keeps it."""

    def part(value: str, word: str) -> str:
        return value if not value or not value[-1].isdigit() else f"{value}{word}"

    return f"{part(building, '栋')}{part(unit, '单元')}{room}"


def household_label(household: Household | None) -> str:
    if household is None:
        return ""
    return door_label(household.building, household.unit, household.room)


def header(work: Work, receipt_no: str) -> Header:
    return Header(
        station_name=work.terminal.station_name,
        terminal_code=work.terminal.code,
        receipt_no=receipt_no,
        issued_at=work.now,
        timezone=work.terminal.timezone,
        staff_name=work.actor.name,
    )


def tender_lines(cash_fen: int, voucher_fen: int) -> tuple[TenderLine, ...]:
    """Vouchers first (as the counter takes them), then cash; a part of zero is left out."""
    lines = []
    if voucher_fen:
        lines.append(TenderLine("voucher", voucher_fen))
    if cash_fen:
        lines.append(TenderLine("cash", cash_fen))
    return tuple(lines)


def bill_section(bill: BillView, paid_fen: int) -> BillSection:
    return BillSection(
        biller=bill.biller_name,
        account_no=bill.account_no,
        period=bill.period,
        amount_fen=paid_fen,
        lines=tuple(
            Item(line.description, line.amount_fen, line.quantity, line.unit_price_fen, line.unit)
            for line in bill.lines
        ),
        arrears_fen=bill.arrears_fen,
    )


def payment_receipt(
    work: Work,
    *,
    receipt_no: str,
    household: str,
    parts: Sequence[tuple[BillView, int]],
    cash_fen: int,
    voucher_fen: int,
    cash_tendered_fen: int,
    change_fen: int,
) -> PaymentReceipt:
    """Every payment is 待确认 until the platform confirms it, so the paper says so.

    ``household``: its door, as ``household_label`` writes it.
    """
    return PaymentReceipt(
        header=header(work, receipt_no),
        household=household,
        bills=tuple(bill_section(bill, paid) for bill, paid in parts),
        tenders=tender_lines(cash_fen, voucher_fen),
        total_fen=cash_fen + voucher_fen,
        cash_tendered_fen=cash_tendered_fen,
        change_fen=change_fen,
        pending=True,
    )


def void_receipt(
    work: Work,
    *,
    receipt_no: str,
    original_receipt_no: str,
    reason: str,
    parts: Sequence[tuple[str, int]],
    cash_fen: int,
    voucher_fen: int,
    supervisor_name: str,
) -> VoidReceipt:
    """``parts``: (what was paid, amount) per bill, as the void gives it back."""
    return VoidReceipt(
        header=header(work, receipt_no),
        original_receipt_no=original_receipt_no,
        reason=reason,
        items=tuple(Item(name, amount) for name, amount in parts),
        refunds=tender_lines(cash_fen, voucher_fen),
        total_fen=cash_fen + voucher_fen,
        supervisor_name=supervisor_name,
    )
