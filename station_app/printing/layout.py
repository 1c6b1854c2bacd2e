"""Receipt → printable lines for 58 mm (32 columns) or 80 mm (42 / 48 columns) paper.

The layout decides every line's text, size, weight and alignment; the encoders (text mode,
raster) only render it. Widths are counted as the printer counts them in Chinese mode
(``text_encoding.text_width``): a line never exceeds the paper, a character is never
split, long names wrap, amounts are right-aligned with two decimals, and ``￥`` appears on
total lines only.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Literal
from zoneinfo import ZoneInfo

from station_app.money import format_fen, format_plain
from station_app.printing import wording as W
from station_app.printing.receipts import (
    AnyReceipt,
    Header,
    Item,
    ParcelLine,
    PaymentReceipt,
    PickupSlip,
    RedemptionReceipt,
    ReturnSlip,
    ShiftReport,
    TenderLine,
    TestReceipt,
    VoidReceipt,
    has_qr,
    verification_payload,
)
from station_app.printing.text_encoding import clean, columns_line, text_width, wrap

Align = Literal["left", "center", "right"]
COLUMNS = (32, 42, 48)
WIDE = 42
"""From this many columns, items print in one row (name | quantity × price | amount)."""


@dataclass(frozen=True)
class TextLine:
    text: str
    align: Align = "left"
    bold: bool = False
    width_scale: int = 1
    height_scale: int = 1

    @property
    def columns_used(self) -> int:
        return text_width(self.text) * self.width_scale


@dataclass(frozen=True)
class QrBlock:
    payload: str


@dataclass(frozen=True)
class FeedBlock:
    lines: int = 1


Block = TextLine | QrBlock | FeedBlock


@dataclass(frozen=True)
class Document:
    columns: int
    blocks: tuple[Block, ...]

    def __post_init__(self) -> None:
        for block in self.blocks:
            if isinstance(block, TextLine) and block.columns_used > self.columns:
                raise ValueError(f"line wider than {self.columns} columns: {block.text!r}")

    @property
    def text_lines(self) -> list[str]:
        return [block.text for block in self.blocks if isinstance(block, TextLine)]


def _local(instant: datetime, zone: str) -> str:
    return instant.astimezone(ZoneInfo(zone)).strftime("%Y-%m-%d %H:%M:%S")


def _money(fen: int) -> str:
    return format_plain(fen)


def _yuan(fen: int) -> str:
    return format_fen(fen, symbol="￥")


class _Sheet:
    """Collects the blocks of one receipt at one paper width."""

    def __init__(self, columns: int) -> None:
        if columns not in COLUMNS:
            raise ValueError(f"columns must be one of {COLUMNS}, not {columns}")
        self.columns = columns
        self.blocks: list[Block] = []

    @property
    def wide(self) -> bool:
        return self.columns >= WIDE

    def line(self, text: str, align: Align = "left", *, bold: bool = False) -> None:
        for part in wrap(clean(text), self.columns):
            self.blocks.append(TextLine(part, align, bold))

    def big(self, text: str, *, bold: bool = True) -> None:
        """Centred and double size when it fits; else double height; else wrapped."""
        text = clean(text)
        if text_width(text) * 2 <= self.columns:
            self.blocks.append(TextLine(text, "center", bold, 2, 2))
            return
        for part in wrap(text, self.columns):
            self.blocks.append(TextLine(part, "center", bold, 1, 2))

    def tall(self, text: str, align: Align = "left", *, bold: bool = True) -> None:
        for part in wrap(clean(text), self.columns):
            self.blocks.append(TextLine(part, align, bold, 1, 2))

    def rule(self, char: str = "-") -> None:
        self.blocks.append(TextLine(char * self.columns))

    def feed(self, lines: int = 1) -> None:
        self.blocks.append(FeedBlock(lines))

    def pair(self, label: str, value: str, *, bold: bool = False, tall: bool = False) -> None:
        """``label`` at the left, ``value`` right-aligned; a long label wraps above it."""
        label, value = clean(label), clean(value)
        room = self.columns - text_width(value) - 1
        parts = wrap(label, room) if room >= 2 else [*wrap(label, self.columns), ""]
        for part in parts[:-1]:
            self.blocks.append(TextLine(part, "left", bold))
        last = columns_line(parts[-1], value, self.columns)
        self.blocks.append(TextLine(last, "left", bold, 1, 2 if tall else 1))

    def field(self, label: str, value: str, *, bold: bool = False) -> None:
        """``label：value``, the value wrapping under itself when long."""
        self.line(f"{label}：{value}", bold=bold)

    def fields(self, *pairs: tuple[str, str]) -> None:
        """Several short fields on one line when they fit, else one per line."""
        joined = "  ".join(f"{label}：{value}" for label, value in pairs if value)
        if text_width(clean(joined)) <= self.columns:
            self.line(joined)
        else:
            for label, value in pairs:
                if value:
                    self.field(label, value)

    def item(self, item: Item) -> None:
        quantity = clean(f"{item.quantity}{item.unit}")
        if item.unit_price_fen is not None:
            detail = f"{quantity} × {_money(item.unit_price_fen)} = {_money(item.amount_fen)}"
            compact = f"{quantity}×{_money(item.unit_price_fen)}"
        else:
            detail = _money(item.amount_fen)
            compact = quantity if quantity not in ("1", "") else ""
        name = clean(item.name)
        amount = _money(item.amount_fen)
        if self.wide:
            amount_w, detail_w = 11, 13
            name_w = self.columns - amount_w - detail_w
            if text_width(compact) <= detail_w - 1 and text_width(amount) <= amount_w:
                parts = wrap(name, name_w)
                first = (
                    parts[0]
                    + " " * (name_w - text_width(parts[0]))
                    + " " * (detail_w - text_width(compact))
                    + compact
                    + " " * (amount_w - text_width(amount))
                    + amount
                )
                self.blocks.append(TextLine(first))
                for part in parts[1:]:
                    self.blocks.append(TextLine(part))
                return
        # 58 mm: the name on its own line(s), 数量 × 单价 = 金额 right-aligned below.
        self.line(name)
        for part in wrap(clean(detail), self.columns):
            self.blocks.append(TextLine(part, "right"))

    def item_header(self) -> None:
        if self.wide:
            amount_w, detail_w = 11, 13
            name_w = self.columns - amount_w - detail_w
            head = W.ITEM_HEADER + " " * (name_w - text_width(W.ITEM_HEADER))
            quantity = f"{W.QTY_HEADER}×单价"
            head += " " * (detail_w - text_width(quantity)) + quantity
            head += " " * (amount_w - text_width(W.AMOUNT_HEADER)) + W.AMOUNT_HEADER
            self.blocks.append(TextLine(head))
        else:
            self.blocks.append(TextLine(columns_line(W.ITEM_HEADER, W.AMOUNT_HEADER, self.columns)))

    def items(self, items: Iterable[Item]) -> None:
        self.item_header()
        self.rule("-")
        for item in items:
            self.item(item)

    def qr(self, payload: str) -> None:
        self.blocks.append(QrBlock(payload))


def _header(sheet: _Sheet, header: Header, title: str, *, copy: bool) -> None:
    if copy:
        sheet.big(W.COPY_BANNER)
    sheet.big(header.station_name or " ")
    sheet.tall(title, "center")
    sheet.rule("=")
    sheet.field(W.RECEIPT_NO, header.receipt_no)
    sheet.field(W.TIME, _local(header.issued_at, header.timezone))
    sheet.fields((W.TERMINAL, header.terminal_code), (W.STAFF, header.staff_name))
    sheet.rule("-")


def _footer(sheet: _Sheet, receipt: AnyReceipt, *, copy: bool) -> None:
    sheet.rule("-")
    if has_qr(receipt):
        sheet.qr(verification_payload(receipt))
        sheet.line(W.SCAN_TO_VERIFY, "center")
        sheet.line(W.THANKS, "center")
    if copy:
        sheet.big(W.COPY_BANNER)
    sheet.feed(2)


def _pending(sheet: _Sheet, note: str) -> None:
    sheet.big(f"【{W.PENDING}】")
    sheet.line(note, "center")


def _tenders(sheet: _Sheet, tenders: Iterable[TenderLine], names: dict[str, str]) -> None:
    for tender in tenders:
        sheet.pair(names.get(tender.tender, tender.tender), _money(tender.amount_fen))


def _test(sheet: _Sheet, receipt: TestReceipt) -> None:
    sheet.line(W.TEST_CHINESE_LINE)
    ruler = (W.TEST_WIDTH_RULER * (sheet.columns // 10 + 1))[: sheet.columns]
    sheet.line(ruler)
    sheet.field(W.TEST_PRINTER, receipt.printer)
    sheet.fields(
        (W.TEST_COLUMNS, str(receipt.columns)),
        (W.TEST_MODE, W.MODE_NAMES.get(receipt.mode, receipt.mode)),
    )
    sheet.rule("-")
    sheet.items(receipt.items)
    sheet.rule("-")
    sheet.pair(W.TOTAL, _yuan(receipt.amount_fen), bold=True, tall=True)
    sheet.line("ABC abc 0123 ×·—…°“” ①", "center")
    sheet.tall(W.TEST_END, "center")


def _payment(sheet: _Sheet, receipt: PaymentReceipt) -> None:
    if receipt.pending:
        _pending(sheet, W.PENDING_NOTE)
        sheet.rule("-")
    sheet.field(W.HOUSEHOLD, receipt.household)
    for bill in receipt.bills:
        sheet.rule("-")
        sheet.line(bill.biller, bold=True)
        sheet.field(W.ACCOUNT_NO, bill.account_no)
        sheet.field(W.PERIOD, bill.period)
        if bill.lines:
            sheet.items(bill.lines)
        if bill.arrears_fen:
            sheet.pair(W.ARREARS, _money(bill.arrears_fen))
        sheet.pair(W.SUBTOTAL, _money(bill.amount_fen), bold=True)
    sheet.rule("=")
    sheet.pair(W.TOTAL, _yuan(receipt.total_fen), bold=True, tall=True)
    _tenders(sheet, receipt.tenders, W.TENDER_NAMES)
    if receipt.cash_tendered_fen:
        sheet.pair(W.TENDERED, _money(receipt.cash_tendered_fen))
        sheet.pair(W.CHANGE, _yuan(receipt.change_fen), bold=True)


def _redemption(sheet: _Sheet, receipt: RedemptionReceipt) -> None:
    if receipt.pending:
        _pending(sheet, W.PENDING_REDEMPTION_NOTE)
        sheet.rule("-")
    sheet.fields((W.ACCOUNT_HOLDER, receipt.holder_name), (W.VOUCHER_ACCOUNT, receipt.account))
    sheet.rule("-")
    sheet.items(receipt.items)
    sheet.rule("=")
    sheet.pair(W.SPENT, _yuan(receipt.spent_fen), bold=True, tall=True)
    sheet.pair(W.BALANCE, _yuan(receipt.balance_fen), bold=True)
    if receipt.expiring_fen:
        sheet.pair(W.EXPIRING, _yuan(receipt.expiring_fen), bold=True)
        if receipt.expiring_on is not None:
            sheet.pair(W.EXPIRING_ON, receipt.expiring_on.isoformat())


def _parcel(sheet: _Sheet, parcel: ParcelLine, *, with_reason: bool) -> None:
    code = clean(f"{W.PICKUP_CODE} {parcel.pickup_code}")
    if text_width(code) * 2 <= sheet.columns:
        sheet.big(code)
    else:
        sheet.pair(W.PICKUP_CODE, parcel.pickup_code, bold=True, tall=True)
    sheet.fields((W.CARRIER, parcel.carrier), (W.SHELF, parcel.shelf))
    sheet.field(W.WAYBILL, parcel.waybill_no)
    if with_reason and parcel.reason:
        sheet.field(W.RETURN_REASON, parcel.reason)


def _pickup(sheet: _Sheet, receipt: PickupSlip) -> None:
    sheet.fields((W.PHONE, receipt.phone), (W.PARCEL_COUNT, str(len(receipt.parcels))))
    if receipt.collector:
        sheet.field(W.COLLECTOR, f"{W.PICKED_UP_BY_PROXY} {receipt.collector}")
    for parcel in receipt.parcels:
        sheet.rule("-")
        _parcel(sheet, parcel, with_reason=False)


def _return(sheet: _Sheet, receipt: ReturnSlip) -> None:
    sheet.field(W.RETURN_COURIER, receipt.courier)
    sheet.field(W.PARCEL_COUNT, str(len(receipt.parcels)))
    for parcel in receipt.parcels:
        sheet.rule("-")
        _parcel(sheet, parcel, with_reason=True)
    sheet.rule("-")
    sheet.feed(1)
    sheet.line(f"{W.COURIER_SIGNATURE}：")
    sheet.feed(2)
    sheet.line(f"{W.STAFF_SIGNATURE}：")
    sheet.feed(1)


def _signed(fen: int) -> str:
    return _money(fen) if fen <= 0 else "+" + _money(fen)


def _shift(sheet: _Sheet, receipt: ShiftReport) -> None:
    zone = receipt.header.timezone
    if receipt.final and receipt.z_number is not None:
        sheet.pair(W.Z_NUMBER, f"{receipt.z_number:04d}", bold=True, tall=True)
    sheet.field(W.SHIFT_OPENED, _local(receipt.opened_at, zone))
    if receipt.closed_at is not None:
        sheet.field(W.SHIFT_CLOSED, _local(receipt.closed_at, zone))
    sheet.rule("-")
    sheet.pair(W.FLOAT, _money(receipt.float_fen))
    sheet.pair(W.CASH_IN, _signed(receipt.cash_in_fen))
    sheet.pair(W.CHANGE_OUT, _signed(receipt.change_out_fen))
    sheet.pair(W.PAID_IN, _signed(receipt.paid_in_fen))
    sheet.pair(W.PAID_OUT, _signed(receipt.paid_out_fen))
    if receipt.void_reversal_fen:
        sheet.pair(W.VOID_REVERSALS, _signed(receipt.void_reversal_fen))
    sheet.rule("=")
    sheet.pair(W.EXPECTED, _yuan(receipt.expected_fen), bold=True)
    if receipt.final:
        counted = _yuan(receipt.counted_fen) if receipt.counted_fen is not None else W.NOT_COUNTED
        sheet.pair(W.COUNTED, counted, bold=True)
        if receipt.variance_fen is not None:
            variance = _yuan(receipt.variance_fen)
            sheet.pair(
                W.VARIANCE,
                variance if receipt.variance_fen <= 0 else "+" + variance,
                bold=True,
                tall=True,
            )
        if receipt.variance_reason:
            sheet.field(W.VARIANCE_REASON, receipt.variance_reason)
    else:
        sheet.line(W.X_NOTE)
    if receipt.totals:
        sheet.rule("-")
        sheet.line(W.BY_TENDER, bold=True)
        for total in receipt.totals:
            name = W.TENDER_NAMES.get(total.tender, total.tender)
            sheet.pair(f"{name} {total.count}{W.COUNT_UNIT}", _money(total.amount_fen))


def _void(sheet: _Sheet, receipt: VoidReceipt) -> None:
    sheet.field(W.ORIGINAL_RECEIPT, receipt.original_receipt_no)
    sheet.field(W.VOID_REASON, receipt.reason)
    if receipt.supervisor_name:
        sheet.field(W.SUPERVISOR, receipt.supervisor_name)
    sheet.rule("-")
    sheet.items(receipt.items)
    sheet.rule("=")
    sheet.pair(W.REFUNDED, _yuan(-receipt.total_fen), bold=True, tall=True)
    _tenders(sheet, receipt.refunds, {"cash": W.REFUND_CASH, "voucher": W.REFUND_VOUCHER})
    sheet.line(W.VOIDED_NOTE, "center", bold=True)


def layout_receipt(receipt: AnyReceipt, columns: int, *, copy: bool = False) -> Document:
    """The printable lines of ``receipt``; ``copy`` marks a reprint 副本 (top and bottom)."""
    sheet = _Sheet(columns)
    _header(sheet, receipt.header, W.TITLES[receipt.kind], copy=copy)
    if isinstance(receipt, TestReceipt):
        _test(sheet, receipt)
    elif isinstance(receipt, PaymentReceipt):
        _payment(sheet, receipt)
    elif isinstance(receipt, RedemptionReceipt):
        _redemption(sheet, receipt)
    elif isinstance(receipt, PickupSlip):
        _pickup(sheet, receipt)
    elif isinstance(receipt, ReturnSlip):
        _return(sheet, receipt)
    elif isinstance(receipt, ShiftReport):
        _shift(sheet, receipt)
    elif isinstance(receipt, VoidReceipt):
        _void(sheet, receipt)
    else:  # pragma: no cover - the union is closed
        raise TypeError(f"no layout for {type(receipt).__name__}")
    _footer(sheet, receipt, copy=copy)
    return Document(columns, tuple(sheet.blocks))
