"""Find what a household owes: by address, 户号, resident phone (or its tail), bill barcode
or member QR; then the household's open bills with their totals.

One search field takes all of these, so ``find`` routes the text by its shape. Every way
that can match several households (a phone tail, a building without a unit) returns a
list for staff to confirm with the resident.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from station_app import member_qr
from station_app.bills.errors import BillLookupError
from station_app.db.models import Bill, Biller, BillLine, Household, Resident
from station_app.db.prepared import Prepared
from station_app.i18n import QT_TRANSLATE_NOOP
from station_app.printing.receipts import mask_phone

ADDRESS = "address"
ACCOUNT_NO = "account_no"
BARCODE = "barcode"
PHONE = "phone"
PHONE_TAIL = "phone_tail"
MEMBER_QR = "member_qr"

PAID = "paid"
OPEN_STATUSES = ("unpaid", "partial")
QUERY_MAX = 60
MAX_HOUSEHOLDS = 50
"""A lookup lists at most this many households (a tail shared by a whole building)."""

_SEP = r"\s*(?:-|－|—|/|栋|幢|座|号楼|楼|#)\s*"
_UNIT_SEP = r"\s*(?:-|－|—|/|单元)\s*"
_ROOM_END = r"\s*(?:室|号|户)?"
_ADDRESS = re.compile(
    rf"^(?P<building>\d{{1,3}}){_SEP}(?P<unit>\d{{1,2}}){_UNIT_SEP}(?P<room>\d{{1,5}}){_ROOM_END}$"
)
_BUILDING_ROOM = re.compile(rf"^(?P<building>\d{{1,3}}){_SEP}(?P<room>\d{{3,5}}){_ROOM_END}$")
_FULL_PHONE = re.compile(r"^1[3-9]\d{9}$")
_TAIL = re.compile(r"^\d{4}$")


# --- what screens show ------------------------------------------------------------------


@dataclass(frozen=True)
class HouseholdCard:
    id: str
    building: str
    unit: str
    room: str
    resident_name: str
    """The primary resident (or any resident), for staff to ask "are you …?"."""
    phone: str
    """Masked: the counter screen faces the queue."""
    open_bills: int
    outstanding_fen: int


@dataclass(frozen=True)
class BillLineView:
    description: str
    quantity: str
    unit: str
    unit_price_fen: int
    amount_fen: int


@dataclass(frozen=True)
class BillView:
    id: str
    household_id: str
    biller_id: str
    biller_name: str
    biller_kind: str
    account_no: str
    period: str
    amount_due_fen: int
    """The whole amount to pay, arrears included."""
    arrears_fen: int
    paid_fen: int
    due_date: date | None
    status: str
    barcode: str | None
    allow_partial: bool
    allow_offline: bool
    allow_vouchers: bool
    lines: tuple[BillLineView, ...] = ()

    @property
    def outstanding_fen(self) -> int:
        return max(0, self.amount_due_fen - self.paid_fen)

    def overdue(self, today: date) -> bool:
        return self.due_date is not None and self.due_date < today and self.outstanding_fen > 0


@dataclass(frozen=True)
class HouseholdBills:
    household: HouseholdCard
    bills: tuple[BillView, ...]
    """Open bills (unpaid or partly paid), oldest period first."""

    @property
    def due_fen(self) -> int:
        return sum(bill.outstanding_fen for bill in self.bills)

    @property
    def arrears_fen(self) -> int:
        return sum(bill.arrears_fen for bill in self.bills)


@dataclass(frozen=True)
class Lookup:
    kind: str
    """How the text was read: address | account_no | barcode | phone | phone_tail | member_qr."""
    query: str
    households: tuple[HouseholdCard, ...]
    bill_ids: tuple[str, ...] = ()
    """Bills the text named itself (a scanned barcode, a 户号): tick them."""
    voucher_account_id: str | None = None
    """From a member QR: the resident may pay with vouchers."""


# --- reading the text -------------------------------------------------------------------


def tidy_query(text: str) -> str:
    """Full-width digits and letters to ASCII; scanner whitespace removed."""
    return unicodedata.normalize("NFKC", text).strip()


def parse_address(text: str) -> tuple[str, str | None, str] | None:
    """``3-2-501``, ``3栋2单元501``, ``3号楼2单元501室`` → (building, unit, room); the unit
    is None for ``3-501`` (any unit of the building)."""
    cleaned = tidy_query(text)
    match = _ADDRESS.match(cleaned)
    if match:
        return _number(match["building"]), _number(match["unit"]), _number(match["room"])
    match = _BUILDING_ROOM.match(cleaned)
    if match:
        return _number(match["building"]), None, _number(match["room"])
    return None


def _number(text: str) -> str:
    return str(int(text))


def _digits(text: str) -> str:
    """``3栋`` → ``3``: the platform may send a building as a number or with its word."""
    found = "".join(ch for ch in text if ch.isdigit())
    return str(int(found)) if found else text


def find(session: Session, text: str, *, now: datetime) -> Lookup:
    """Households (and named bills) the text points at; empty when nothing matches."""
    query = tidy_query(text)
    if not query:
        raise BillLookupError(
            QT_TRANSLATE_NOOP(
                "Bills", "Type an address, account number or phone, or scan the bill."
            )
        )
    if len(query) > QUERY_MAX and not member_qr.looks_like_member_qr(query):
        raise BillLookupError(
            QT_TRANSLATE_NOOP("Bills", "That is too long for an address, account or phone.")
        )
    if member_qr.looks_like_member_qr(query):
        member = member_qr.identify_member(session, query, now)
        if member.household_id is None:
            raise BillLookupError(
                QT_TRANSLATE_NOOP(
                    "Bills",
                    "This member is not linked to a household: ask for the address or the bill.",
                )
            )
        return Lookup(
            MEMBER_QR,
            "",
            tuple(household_cards(session, [member.household_id])),
            voucher_account_id=member.account_id,
        )
    address = parse_address(query)
    if address is not None:
        return Lookup(
            ADDRESS, query, tuple(household_cards(session, _by_address(session, address)))
        )
    if _TAIL.match(query):
        ids = _by_phone(session, tail=query)
        return Lookup(PHONE_TAIL, query, tuple(household_cards(session, ids)))
    if _FULL_PHONE.match(query):
        ids = _by_phone(session, phone=query)
        if ids:
            return Lookup(PHONE, query, tuple(household_cards(session, ids)))
    by_barcode = session.execute(
        select(Bill.id, Bill.household_id).where(Bill.barcode == query)
    ).all()
    if by_barcode:
        return Lookup(
            BARCODE,
            query,
            tuple(household_cards(session, _unique(row[1] for row in by_barcode))),
            bill_ids=tuple(row[0] for row in by_barcode),
        )
    by_account = session.execute(
        select(Bill.id, Bill.household_id, Bill.status).where(
            Bill.account_no.in_(_spellings(query))
        )
    ).all()
    return Lookup(
        ACCOUNT_NO,
        query,
        tuple(household_cards(session, _unique(row[1] for row in by_account))),
        bill_ids=tuple(row[0] for row in by_account if row[2] in OPEN_STATUSES),
    )


def _spellings(query: str) -> tuple[str, ...]:
    # 户号 are printed in capitals (RQ…, XFL-…); staff type them either way.
    return tuple(dict.fromkeys((query, query.upper())))


def _unique(ids: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(ids))


def _by_address(session: Session, address: tuple[str, str | None, str]) -> list[str]:
    building, unit, room = address
    rows = session.execute(
        select(Household)
        .where(Household.room.in_((room, f"{room}室", f"{room}号")))
        .order_by(Household.building, Household.unit, Household.room)
    ).scalars()
    return [
        household.id
        for household in rows
        if _digits(household.building) == building
        and (unit is None or _digits(household.unit) == unit)
    ]


def _by_phone(session: Session, *, phone: str | None = None, tail: str | None = None) -> list[str]:
    condition = Resident.phone == phone if phone is not None else Resident.phone_tail == tail
    rows = session.execute(
        select(Resident.household_id).where(condition).order_by(Resident.household_id)
    ).scalars()
    return _unique(rows)


# --- households and their bills -------------------------------------------------------


def household_cards(session: Session, household_ids: Sequence[str]) -> list[HouseholdCard]:
    """Cards in the given order (unknown ids left out), each with its open-bill totals."""
    ids = list(household_ids)[:MAX_HOUSEHOLDS]
    if not ids:
        return []
    households = {
        household.id: household
        for household in session.execute(select(Household).where(Household.id.in_(ids))).scalars()
    }
    residents: dict[str, Resident] = {}
    for resident in session.execute(
        select(Resident)
        .where(Resident.household_id.in_(ids))
        .order_by(Resident.is_primary.desc(), Resident.name)
    ).scalars():
        residents.setdefault(resident.household_id, resident)
    totals = {
        household_id: (int(count), int(outstanding))
        for household_id, count, outstanding in session.execute(
            select(
                Bill.household_id,
                func.count(),
                func.coalesce(func.sum(Bill.amount_due_fen - Bill.paid_fen), 0),
            )
            .where(Bill.household_id.in_(ids), Bill.status.in_(OPEN_STATUSES))
            .group_by(Bill.household_id)
        ).all()
    }
    cards = []
    for household_id in ids:
        household = households.get(household_id)
        if household is None:
            continue
        primary = residents.get(household_id)
        count, outstanding = totals.get(household_id, (0, 0))
        cards.append(
            HouseholdCard(
                id=household.id,
                building=household.building,
                unit=household.unit,
                room=household.room,
                resident_name=primary.name if primary else "",
                phone=mask_phone(primary.phone) if primary else "",
                open_bills=count,
                outstanding_fen=max(0, outstanding),
            )
        )
    return cards


def household_card(session: Session, household_id: str) -> HouseholdCard:
    cards = household_cards(session, [household_id])
    if not cards:
        raise BillLookupError(
            QT_TRANSLATE_NOOP("Bills", "No household {id} at this station."), id=household_id
        )
    return cards[0]


def bill_views(session: Session, bills: Sequence[Bill]) -> list[BillView]:
    """The bills with their billers' policy and their lines, in the given order."""
    if not bills:
        return []
    biller_ids = {bill.biller_id for bill in bills}
    billers = {
        biller.id: biller
        for biller in session.execute(select(Biller).where(Biller.id.in_(biller_ids))).scalars()
    }
    lines = _lines(session, [bill.id for bill in bills])
    views = []
    for bill in bills:
        biller = billers.get(bill.biller_id)
        views.append(
            _view(
                bill,
                biller.name if biller else None,
                biller.kind if biller else None,
                (biller.allow_partial, biller.allow_offline, biller.allow_vouchers)
                if biller
                else (False, False, False),
                lines.get(bill.id, ()),
            )
        )
    return views


_VIEW_ROW = Prepared(
    text(
        "SELECT bills.id, bills.household_id, bills.biller_id, bills.account_no, bills.period,"
        " bills.amount_due_fen, bills.arrears_fen, bills.paid_fen, bills.due_date, bills.status,"
        " bills.barcode, billers.name, billers.kind, billers.allow_partial,"
        " billers.allow_offline, billers.allow_vouchers"
        " FROM bills LEFT OUTER JOIN billers ON billers.id = bills.biller_id"
        " WHERE bills.id = :id"
    )
)
_LINE_ROWS = Prepared(
    text(
        "SELECT description, quantity, unit, unit_price_fen, amount_fen FROM bill_lines"
        " WHERE bill_id = :id ORDER BY position"
    )
)


@dataclass(frozen=True)
class _BillRow:
    id: str
    household_id: str
    biller_id: str
    account_no: str
    period: str
    amount_due_fen: int
    arrears_fen: int
    paid_fen: int
    due_date: date | None
    status: str
    barcode: str | None


def bill_views_by_id(session: Session, bill_ids: Sequence[str]) -> dict[str, BillView]:
    """The bills named (those known), as ``bill_views`` sees them, without loading ORM rows.

    Prepared statements for the payment path (a payment names one to a few bills); they
    skip autoflush: flush first if this unit of work changed bills.
    """
    views = {}
    for bill_id in bill_ids:
        found = _VIEW_ROW.run(session, {"id": bill_id}).fetchone()
        if found is None:
            continue
        *columns, name, kind, partial, offline, vouchers = found
        due_date = columns[8]  # ISO text: SQLAlchemy's Date on SQLite
        columns[8] = None if due_date is None else date.fromisoformat(due_date)
        bill = _BillRow(*columns)
        lines = [
            BillLineView(*line) for line in _LINE_ROWS.run(session, {"id": bill_id}).fetchall()
        ]
        policy = (bool(partial), bool(offline), bool(vouchers))
        views[bill.id] = _view(bill, name, kind, policy, lines)
    return views


def _lines(session: Session, bill_ids: list[str]) -> dict[str, list[BillLineView]]:
    lines: dict[str, list[BillLineView]] = {}
    for line in session.execute(
        select(BillLine)
        .where(BillLine.bill_id.in_(bill_ids))
        .order_by(BillLine.bill_id, BillLine.position)
    ).scalars():
        lines.setdefault(line.bill_id, []).append(
            BillLineView(
                line.description, line.quantity, line.unit, line.unit_price_fen, line.amount_fen
            )
        )
    return lines


def _view(
    bill: Any,
    biller_name: str | None,
    biller_kind: str | None,
    policy: tuple[bool, bool, bool],
    lines: Iterable[BillLineView],
) -> BillView:
    """``bill``: a ``Bill`` or a row with its columns. No biller: named by its id, no policy."""
    allow_partial, allow_offline, allow_vouchers = policy
    return BillView(
        id=bill.id,
        household_id=bill.household_id,
        biller_id=bill.biller_id,
        biller_name=biller_name if biller_name is not None else bill.biller_id,
        biller_kind=biller_kind or "",
        account_no=bill.account_no,
        period=bill.period,
        amount_due_fen=bill.amount_due_fen,
        arrears_fen=bill.arrears_fen,
        paid_fen=bill.paid_fen,
        due_date=bill.due_date,
        status=bill.status,
        barcode=bill.barcode,
        allow_partial=allow_partial,
        allow_offline=allow_offline,
        allow_vouchers=allow_vouchers,
        lines=tuple(lines),
    )


def household_bills(session: Session, household_id: str) -> HouseholdBills:
    """What the household owes now: its open bills, oldest period first."""
    card = household_card(session, household_id)
    rows = session.execute(
        select(Bill)
        .join(Biller, Biller.id == Bill.biller_id)
        .where(
            Bill.household_id == household_id,
            Bill.status.in_(OPEN_STATUSES),
            Bill.amount_due_fen > Bill.paid_fen,
        )
        .order_by(Bill.period, Biller.name, Bill.account_no)
    ).scalars()
    return HouseholdBills(card, tuple(bill_views(session, list(rows))))


def get_bill(session: Session, bill_id: str) -> BillView:
    bill = session.get(Bill, bill_id)
    if bill is None:
        raise BillLookupError(
            QT_TRANSLATE_NOOP("Bills", "Bill {bill} is not known at this station."), bill=bill_id
        )
    return bill_views(session, [bill])[0]
