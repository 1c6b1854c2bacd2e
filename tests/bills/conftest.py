"""A small community with bills, a clerk and a supervisor, and the clerk's open shift."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

import pytest
from argon2 import PasswordHasher
from sqlalchemy import func, select

from station_app import shifts, staff
from station_app.db.models import (
    AuditEntry,
    Bill,
    Biller,
    BillLine,
    CashMovement,
    Household,
    OutboxOp,
    Payment,
    Policy,
    PrintJob,
    Resident,
    Staff,
    SyncState,
    VoucherAccount,
    VoucherLot,
)
from station_app.station import Station
from station_app.work import Actor

CLERK = Actor("clerk-1", "张敏", "clerk")
CLERK2 = Actor("clerk-2", "阿依古丽", "clerk")
SUPERVISOR = Actor("super-1", "王强", "supervisor")
PINS = {"clerk-1": "1111", "clerk-2": "3333", "super-1": "2222"}
FLOAT = {"10000": 2, "1000": 5}  # ¥250


@pytest.fixture(autouse=True)
def quick_pin_hashes(monkeypatch: pytest.MonkeyPatch) -> None:
    """Cheap argon2 parameters: the rules are the same."""
    monkeypatch.setattr(staff, "_hasher", PasswordHasher(time_cost=1, memory_cost=1024))


@dataclass
class Community:
    """Ids of the rows the tests pay, void and look up."""

    household: str = "hh-3-2-501"
    neighbour: str = "hh-3-2-502"
    water: str = "bill-water-10"
    water_old: str = "bill-water-09"
    electricity: str = "bill-elec-10"
    parking: str = "bill-park-10"
    property_fee: str = "bill-prop-10"
    neighbour_water: str = "bill-water-502"
    account: str = "acct-3-2-501"
    amounts: dict[str, int] = field(default_factory=dict)


def _biller(biller_id: str, name: str, kind: str, **policy: bool) -> Biller:
    return Biller(id=biller_id, name=name, kind=kind, **policy)


def seed_community(station: Station, now: datetime, *, with_staff: bool = True) -> Community:
    """``with_staff=False`` for a station that has 张敏 (clerk-1) and 王强 (super-1) already."""
    c = Community()
    with station.work(Actor.system()) as work:
        s = work.session
        identity = station.identity(s)
        identity.station_name = "幸福里社区服务站"
        identity.terminal_code = "C01"
        for actor in (CLERK, CLERK2, SUPERVISOR) if with_staff else ():
            s.add(
                Staff(
                    id=actor.staff_id,
                    name=actor.name,
                    role=actor.role,
                    pin_hash=staff.hash_pin(PINS[str(actor.staff_id)]),
                )
            )
        s.add(Household(id=c.household, building="3", unit="2", room="501"))
        s.add(Household(id=c.neighbour, building="3", unit="2", room="502"))
        s.flush()
        s.add(
            Resident(
                id="r-1",
                household_id=c.household,
                name="王芳",
                phone="13812341234",
                phone_tail="1234",
                is_primary=True,
            )
        )
        s.add(
            Resident(
                id="r-2",
                household_id=c.household,
                name="李明",
                phone="13900005678",
                phone_tail="5678",
            )
        )
        s.add(
            Resident(
                id="r-3",
                household_id=c.neighbour,
                name="阿不都",
                phone="13700001234",
                phone_tail="1234",
                is_primary=True,
            )
        )
        s.add(
            _biller(
                "b-water",
                "水费",
                "water",
                allow_partial=False,
                allow_offline=True,
                allow_vouchers=True,
            )
        )
        s.add(
            _biller(
                "b-elec",
                "电费",
                "electricity",
                allow_partial=True,
                allow_offline=False,
                allow_vouchers=True,
            )
        )
        s.add(
            _biller(
                "b-park",
                "停车费",
                "parking",
                allow_partial=False,
                allow_offline=True,
                allow_vouchers=False,
            )
        )
        s.add(
            _biller(
                "b-prop",
                "物业费",
                "property",
                allow_partial=True,
                allow_offline=True,
                allow_vouchers=True,
            )
        )
        s.flush()
        bills = [
            (c.water, c.household, "b-water", "0991030020501", "2026-10", 4280, 0, "1126100501"),
            (c.water_old, c.household, "b-water", "0991030020501", "2026-09", 3190, 0, None),
            (c.electricity, c.household, "b-elec", "6503205010", "2026-10", 8815, 0, None),
            (c.parking, c.household, "b-park", "P-017", "2026-10", 15000, 0, None),
            (
                c.property_fee,
                c.household,
                "b-prop",
                "XFL-03-2-501",
                "2026-10",
                24156,
                12078,
                "1403205012026103",
            ),
            (c.neighbour_water, c.neighbour, "b-water", "0991030020502", "2026-10", 2860, 0, None),
        ]
        for bill_id, household, biller, account, period, due, arrears, barcode in bills:
            s.add(
                Bill(
                    id=bill_id,
                    household_id=household,
                    biller_id=biller,
                    account_no=account,
                    period=period,
                    amount_due_fen=due,
                    arrears_fen=arrears,
                    paid_fen=0,
                    due_date=date(2026, 11, 30),
                    barcode=barcode,
                    status="unpaid",
                )
            )
            c.amounts[bill_id] = due
        s.flush()
        s.add(
            BillLine(
                id="l-1",
                bill_id=c.water,
                position=0,
                description="居民生活用水",
                quantity="12.5",
                unit="m³",
                unit_price_fen=196,
                amount_fen=2450,
            )
        )
        s.add(
            BillLine(
                id="l-2",
                bill_id=c.water,
                position=1,
                description="污水处理费",
                quantity="12.5",
                unit="m³",
                unit_price_fen=90,
                amount_fen=1125,
            )
        )
        s.add(
            BillLine(
                id="l-3",
                bill_id=c.water,
                position=2,
                description="二次供水加压费",
                quantity="1",
                unit="户",
                unit_price_fen=705,
                amount_fen=705,
            )
        )
        s.add(VoucherAccount(id=c.account, household_id=c.household, holder_name="王芳"))
        s.flush()
        s.add(
            VoucherLot(
                id="lot-1",
                account_id=c.account,
                amount_fen=20000,
                remaining_fen=20000,
                effective_at=now - timedelta(days=30),
                expires_at=now + timedelta(days=30),
            )
        )
        s.add(
            Policy(
                id="policy",
                data={
                    "offline_limits": {
                        "per_transaction_fen": 20000,
                        "per_account_day_fen": 50000,
                        "station_outstanding_fen": 500000,
                        "max_offline_age_hours": 24,
                    }
                },
                version=1,
            )
        )
        state = s.get(SyncState, 1)
        assert state is not None
        state.last_success_at = now
    return c


@pytest.fixture
def community(station: Station) -> Community:
    return seed_community(station, station.clock.trusted_now())


@pytest.fixture
def shift_id(station: Station, community: Community) -> str:
    with station.work(CLERK) as work:
        return shifts.open_shift(work, FLOAT).id


@pytest.fixture
def run(station: Station, shift_id: str) -> Callable[..., Any]:
    """``run(service, *args, actor=CLERK, **kwargs)``: one call in its own unit of work."""

    def call(service: Callable[..., Any], *args: Any, actor: Actor = CLERK, **kwargs: Any) -> Any:
        with station.work(actor, shift_id=shift_id) as work:
            return service(work, *args, **kwargs)

    return call


@dataclass
class Snapshot:
    """Row counts that must not move when a payment is refused."""

    counts: dict[str, int]
    bills: dict[str, tuple[int, str]]


def snapshot(station: Station) -> Snapshot:
    with station.database.reading() as session:
        counts = {
            model.__tablename__: int(
                session.execute(select(func.count()).select_from(model)).scalar_one()
            )
            for model in (Payment, OutboxOp, AuditEntry, CashMovement, PrintJob)
        }
        bills = {
            bill.id: (bill.paid_fen, bill.status)
            for bill in session.execute(select(Bill)).scalars()
        }
    return Snapshot(counts, bills)
