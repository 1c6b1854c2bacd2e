"""The reference platform's admin API (bearer token): set up communities and their data.

Writes go through the same services the demo seeder uses, so every change reaches the
terminals through the change log.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, Request
from pydantic import AwareDatetime, BaseModel, ConfigDict, Field
from sqlalchemy import inspect, select

from sync.messages import Fen, utc_text
from sync.server import bills, directory, terminals, vouchers
from sync.server.authentication import check_admin
from sync.server.models import (
    Base,
    Bill,
    Community,
    Flag,
    Household,
    Resident,
    Station,
    Terminal,
    VoucherAccount,
    VoucherLot,
)
from sync.server.platform import Platform
from sync.server.problems import ProblemError
from sync.server.sync_api import platform_of

Row = dict[str, Any]


def admin_only(request: Request) -> None:
    check_admin(platform_of(request), request)


router = APIRouter(prefix="/v1/admin", tags=["admin"], dependencies=[Depends(admin_only)])


def row_dict(row: Base, *, hide: tuple[str, ...] = ()) -> Row:
    out: Row = {}
    for column in inspect(type(row)).columns:
        if column.key in hide:
            continue
        value = getattr(row, column.key)
        if isinstance(value, datetime):
            value = utc_text(value)
        elif isinstance(value, date):
            value = value.isoformat()
        out[column.key] = value
    return out


def _items(platform: Platform, rows: list[Row]) -> Row:
    return {"items": rows, "server_time": utc_text(platform.now())}


class _In(BaseModel):
    model_config = ConfigDict(extra="forbid")


Text60 = Annotated[str, Field(min_length=1, max_length=60)]
Text20 = Annotated[str, Field(min_length=1, max_length=20)]


# --- communities, stations, terminals --------------------------------------------------


class CommunityIn(_In):
    name: str = Field(min_length=1, max_length=100)
    policy: dict[str, Any] | None = None


@router.post("/communities", status_code=201)
def create_community(body: CommunityIn, request: Request) -> Row:
    platform = platform_of(request)
    with platform.database.transaction() as session:
        return row_dict(
            directory.create_community(session, platform.now(), name=body.name, policy=body.policy)
        )


@router.get("/communities")
def list_communities(request: Request) -> Row:
    platform = platform_of(request)
    with platform.database.reading() as session:
        rows = session.execute(select(Community).order_by(Community.created_at)).scalars()
        return _items(platform, [row_dict(row) for row in rows])


class PolicyIn(_In):
    data: dict[str, Any]


@router.put("/communities/{community_id}/policy")
def set_policy(community_id: str, body: PolicyIn, request: Request) -> Row:
    platform = platform_of(request)
    with platform.database.transaction() as session:
        policy = directory.set_policy(
            session, platform.now(), community_id=community_id, data=body.data
        )
        return row_dict(policy)


class StationIn(_In):
    community_id: str
    name: str = Field(min_length=1, max_length=100)
    code: str | None = Field(default=None, pattern=r"^[A-Z0-9]{2,12}$")


@router.post("/stations", status_code=201)
def create_station(body: StationIn, request: Request) -> Row:
    platform = platform_of(request)
    with platform.database.transaction() as session:
        station = directory.create_station(
            session, platform.now(), community_id=body.community_id, name=body.name, code=body.code
        )
        return row_dict(station)


@router.get("/stations")
def list_stations(request: Request, community_id: str | None = None) -> Row:
    platform = platform_of(request)
    with platform.database.reading() as session:
        query = select(Station).order_by(Station.code)
        if community_id:
            query = query.where(Station.community_id == community_id)
        return _items(platform, [row_dict(row) for row in session.execute(query).scalars()])


@router.post("/stations/{station_id}/enrollment-codes", status_code=201)
def create_enrollment_code(station_id: str, request: Request) -> Row:
    platform = platform_of(request)
    with platform.database.transaction() as session:
        code, expires_at = terminals.create_enrollment_code(
            session, platform.now(), station_id=station_id, ttl=platform.config.enrollment_ttl
        )
    return {"code": code, "station_id": station_id, "expires_at": utc_text(expires_at)}


@router.get("/terminals")
def list_terminals(request: Request, station_id: str | None = None) -> Row:
    platform = platform_of(request)
    with platform.database.reading() as session:
        query = select(Terminal).order_by(Terminal.code)
        if station_id:
            query = query.where(Terminal.station_id == station_id)
        rows = session.execute(query).scalars()
        return _items(platform, [row_dict(row) for row in rows])


@router.post("/terminals/{terminal_id}/revoke")
def revoke_terminal(terminal_id: str, request: Request) -> Row:
    platform = platform_of(request)
    with platform.database.transaction() as session:
        return row_dict(terminals.revoke(session, platform.now(), terminal_id))


@router.post("/terminals/{terminal_id}/release")
def release_terminal(terminal_id: str, request: Request) -> Row:
    """Lift a quarantine (after a technician has looked at the terminal)."""
    platform = platform_of(request)
    with platform.database.transaction() as session:
        return row_dict(terminals.release_quarantine(session, terminal_id))


# --- households, residents, staff -------------------------------------------------------


class HouseholdIn(_In):
    community_id: str
    building: Text20
    unit: Text20
    room: Text20


@router.post("/households", status_code=201)
def create_household(body: HouseholdIn, request: Request) -> Row:
    platform = platform_of(request)
    with platform.database.transaction() as session:
        return row_dict(directory.create_household(session, platform.now(), **body.model_dump()))


@router.get("/households")
def list_households(request: Request, community_id: str, offset: int = 0, limit: int = 100) -> Row:
    platform = platform_of(request)
    with platform.database.reading() as session:
        rows = session.execute(
            select(Household)
            .where(Household.community_id == community_id)
            .order_by(Household.building, Household.unit, Household.room)
            .offset(max(0, offset))
            .limit(min(max(1, limit), 1000))
        ).scalars()
        return _items(platform, [row_dict(row) for row in rows])


class ResidentIn(_In):
    household_id: str
    name: Text60
    phone: str = Field(pattern=r"^\+?[0-9]{4,19}$")
    is_primary: bool = False


@router.post("/residents", status_code=201)
def create_resident(body: ResidentIn, request: Request) -> Row:
    platform = platform_of(request)
    with platform.database.transaction() as session:
        return row_dict(directory.create_resident(session, platform.now(), **body.model_dump()))


@router.get("/households/{household_id}/residents")
def list_residents(household_id: str, request: Request) -> Row:
    platform = platform_of(request)
    with platform.database.reading() as session:
        rows = session.execute(
            select(Resident).where(Resident.household_id == household_id).order_by(Resident.name)
        ).scalars()
        return _items(platform, [row_dict(row) for row in rows])


class StaffIn(_In):
    community_id: str
    station_id: str | None = None
    name: Text60
    role: Literal["clerk", "supervisor", "admin"]
    pin: str | None = Field(default=None, pattern=r"^[0-9]{4,8}$")
    pin_hash: str | None = Field(default=None, max_length=200)


@router.post("/staff", status_code=201)
def create_staff(body: StaffIn, request: Request) -> Row:
    platform = platform_of(request)
    with platform.database.transaction() as session:
        staff = directory.create_staff(session, platform.now(), **body.model_dump())
        return row_dict(staff, hide=("pin_hash",))


class StaffActiveIn(_In):
    active: bool


@router.post("/staff/{staff_id}/active")
def set_staff_active(staff_id: str, body: StaffActiveIn, request: Request) -> Row:
    platform = platform_of(request)
    with platform.database.transaction() as session:
        staff = directory.set_staff_active(
            session, platform.now(), staff_id=staff_id, active=body.active
        )
        return row_dict(staff, hide=("pin_hash",))


# --- billers and bills ---------------------------------------------------------------------


class BillerIn(_In):
    community_id: str
    name: Text60
    kind: Literal["water", "electricity", "gas", "property", "parking", "sanitation"]
    allow_partial: bool = False
    allow_offline: bool = True
    allow_vouchers: bool = False


@router.post("/billers", status_code=201)
def create_biller(body: BillerIn, request: Request) -> Row:
    platform = platform_of(request)
    with platform.database.transaction() as session:
        directory.get_community(session, body.community_id)
        return row_dict(bills.create_biller(session, platform.now(), **body.model_dump()))


class BillLineIn(_In):
    description: str = Field(min_length=1, max_length=100)
    quantity: str = Field(default="1", max_length=20, pattern=r"^[0-9]+(\.[0-9]+)?$")
    unit: str = Field(default="", max_length=10)
    unit_price_fen: Fen
    amount_fen: Fen


class BillIn(_In):
    household_id: str
    biller_id: str
    account_no: str = Field(min_length=1, max_length=40)
    period: Text20
    lines: list[BillLineIn] = Field(min_length=1)
    amount_due_fen: Fen | None = None
    arrears_fen: Fen = 0
    due_date: date | None = None
    barcode: str | None = Field(default=None, max_length=60)


@router.post("/bills", status_code=201)
def create_bill(body: BillIn, request: Request) -> Row:
    platform = platform_of(request)
    values = body.model_dump(exclude={"lines"})
    lines = [bills.LineInput(**line.model_dump()) for line in body.lines]
    with platform.database.transaction() as session:
        return row_dict(bills.create_bill(session, platform.now(), lines=lines, **values))


@router.get("/bills")
def list_bills(household_id: str, request: Request) -> Row:
    platform = platform_of(request)
    with platform.database.reading() as session:
        rows = session.execute(
            select(Bill).where(Bill.household_id == household_id).order_by(Bill.period)
        ).scalars()
        return _items(platform, [row_dict(row) for row in rows])


# --- vouchers --------------------------------------------------------------------------


class VoucherAccountIn(_In):
    community_id: str
    holder_name: Text60
    household_id: str | None = None


@router.post("/voucher-accounts", status_code=201)
def create_voucher_account(body: VoucherAccountIn, request: Request) -> Row:
    platform = platform_of(request)
    with platform.database.transaction() as session:
        return row_dict(vouchers.create_account(session, platform.now(), **body.model_dump()))


@router.get("/voucher-accounts/{account_id}")
def get_voucher_account(account_id: str, request: Request) -> Row:
    platform = platform_of(request)
    now = platform.now()
    with platform.database.reading() as session:
        account = session.get(VoucherAccount, account_id)
        if account is None:
            raise ProblemError(404, "not_found", f"no voucher account {account_id}")
        lots = list(
            session.execute(
                select(VoucherLot)
                .where(VoucherLot.account_id == account_id)
                .order_by(VoucherLot.effective_at)
            ).scalars()
        )
        return {
            **row_dict(account),
            "balance_fen": sum(lot.remaining_fen for lot in lots if vouchers.spendable(lot, now)),
            "lots": [row_dict(lot) for lot in lots],
            "server_time": utc_text(now),
        }


class AccountStatusIn(_In):
    status: Literal["active", "frozen"]


@router.post("/voucher-accounts/{account_id}/status")
def set_voucher_account_status(account_id: str, body: AccountStatusIn, request: Request) -> Row:
    platform = platform_of(request)
    with platform.database.transaction() as session:
        account = vouchers.set_account_status(
            session, platform.now(), account_id=account_id, status=body.status
        )
        return row_dict(account)


class ProgrammeIn(_In):
    community_id: str
    name: str = Field(min_length=1, max_length=100)
    total_fen: Fen
    months: int = Field(ge=1, le=600)
    expiry_months: int | None = Field(default=None, ge=1, le=600)
    starts_at: AwareDatetime
    priority: int = 0
    account_ids: list[str] | None = None


@router.post("/voucher-programmes", status_code=201)
def create_voucher_programme(body: ProgrammeIn, request: Request) -> Row:
    """Issue a monthly lot schedule (total, months, expiry months) to voucher accounts."""
    platform = platform_of(request)
    with platform.database.transaction() as session:
        directory.get_community(session, body.community_id)
        issued = vouchers.create_programme(session, platform.now(), **body.model_dump())
        return {**row_dict(issued.programme), "accounts": issued.accounts, "lots": issued.lots}


# --- catalog and notices ------------------------------------------------------------------


class CatalogItemIn(_In):
    community_id: str
    name: str = Field(min_length=1, max_length=100)
    kind: Literal["goods", "service"]
    price_fen: Fen
    barcode: str | None = Field(default=None, max_length=40)
    active: bool = True


@router.post("/catalog", status_code=201)
def create_catalog_item(body: CatalogItemIn, request: Request) -> Row:
    platform = platform_of(request)
    with platform.database.transaction() as session:
        item = directory.create_catalog_item(session, platform.now(), **body.model_dump())
        return row_dict(item)


class NoticeIn(_In):
    community_id: str
    kind: Literal["outage", "announcement", "service"]
    title: str = Field(min_length=1, max_length=120)
    body: str = Field(min_length=1, max_length=4000)
    starts_at: AwareDatetime
    ends_at: AwareDatetime | None = None


@router.post("/notices", status_code=201)
def create_notice(body: NoticeIn, request: Request) -> Row:
    platform = platform_of(request)
    with platform.database.transaction() as session:
        return row_dict(directory.create_notice(session, platform.now(), **body.model_dump()))


@router.delete("/notices/{notice_id}", status_code=204)
def delete_notice(notice_id: str, request: Request) -> None:
    platform = platform_of(request)
    with platform.database.transaction() as session:
        directory.delete_notice(session, platform.now(), notice_id=notice_id)


# --- flags -------------------------------------------------------------------------------


@router.get("/flags")
def list_flags(
    request: Request,
    status: Literal["open", "resolved", "all"] = "open",
    community_id: str | None = None,
    station_id: str | None = None,
    kind: str | None = None,
) -> Row:
    """Items that need staff attention (overspends, bills already paid, duplicates …)."""
    platform = platform_of(request)
    with platform.database.reading() as session:
        query = select(Flag).order_by(Flag.created_at, Flag.id)
        if status != "all":
            query = query.where(Flag.status == status)
        if community_id:
            query = query.where(Flag.community_id == community_id)
        if station_id:
            query = query.where(Flag.station_id == station_id)
        if kind:
            query = query.where(Flag.kind == kind)
        return _items(platform, [row_dict(row) for row in session.execute(query).scalars()])


class ResolveIn(_In):
    resolution: str = Field(min_length=1, max_length=200)


@router.post("/flags/{flag_id}/resolve")
def resolve_flag(flag_id: str, body: ResolveIn, request: Request) -> Row:
    platform = platform_of(request)
    with platform.database.transaction() as session:
        flag = session.get(Flag, flag_id)
        if flag is None:
            raise ProblemError(404, "not_found", f"no flag {flag_id}")
        flag.status = "resolved"
        flag.resolved_at = platform.now()
        flag.resolution = body.resolution
        return row_dict(flag)
