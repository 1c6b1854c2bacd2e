"""The station the reliability suites hammer: a clerk with an open shift, households with
open water bills, voucher accounts with room to spend offline, a catalog, shelves.

Ids are readable (``hh-00042``, ``bill-00042``, ``acct-00042``) so a failure names rows a
person can look up. Limits are generous: the suites test durability, not refusals.
"""

from __future__ import annotations

from datetime import date, timedelta

from station_app import shifts
from station_app.db.models import (
    Bill,
    Biller,
    CatalogItem,
    Household,
    Policy,
    Resident,
    Staff,
    SyncState,
    VoucherAccount,
    VoucherLot,
)
from station_app.station import Station
from station_app.work import Actor

CLERK = Actor("clerk-1", "张敏", "clerk")
WATER_FEN = 4280
CATALOG = (("item-rice", "米泉大米 5kg", 3990), ("item-eggs", "鲜鸡蛋 30枚", 2600))
LOT_FEN = 100_000_000  # ¥1,000,000 per account: a long run never runs an account dry


def seed(station: Station, households: int) -> str:
    """Fill an empty station; returns the clerk's open shift id."""
    now = station.clock.trusted_now()
    with station.work(Actor.system()) as work:
        s = work.session
        identity = station.identity(s)
        identity.station_name = "幸福里社区服务站"
        identity.terminal_code = "C01"
        s.add(Staff(id=CLERK.staff_id, name=CLERK.name, role="clerk", pin_hash="unused"))
        s.add(
            Biller(
                id="b-water",
                name="水费",
                kind="water",
                allow_partial=False,
                allow_offline=True,
                allow_vouchers=True,
            )
        )
        for item_id, name, price in CATALOG:
            s.add(CatalogItem(id=item_id, barcode=None, name=name, kind="goods", price_fen=price))
        for number in range(households):
            s.add(Household(id=f"hh-{number:05d}", building="3", unit="2", room=f"{number}"))
        s.flush()  # no ORM relationships order the inserts: parents first
        for number in range(households):
            household = f"hh-{number:05d}"
            s.add(
                Resident(
                    id=f"r-{number:05d}",
                    household_id=household,
                    name="王芳",
                    phone=f"138{number:08d}",
                    phone_tail=f"{number % 10_000:04d}",
                    is_primary=True,
                )
            )
            s.add(
                Bill(
                    id=f"bill-{number:05d}",
                    household_id=household,
                    biller_id="b-water",
                    account_no=f"0991{number:08d}",
                    period="2026-10",
                    amount_due_fen=WATER_FEN,
                    arrears_fen=0,
                    paid_fen=0,
                    due_date=date(2026, 11, 30),
                    status="unpaid",
                )
            )
            s.add(
                VoucherAccount(id=f"acct-{number:05d}", household_id=household, holder_name="王芳")
            )
        s.flush()
        for number in range(households):
            s.add(
                VoucherLot(
                    id=f"lot-{number:05d}",
                    account_id=f"acct-{number:05d}",
                    amount_fen=LOT_FEN,
                    remaining_fen=LOT_FEN,
                    effective_at=now - timedelta(days=30),
                    expires_at=now + timedelta(days=300),
                )
            )
        s.add(
            Policy(
                id="policy",
                data={
                    "offline_limits": {
                        "per_transaction_fen": 1_000_000,
                        "per_account_day_fen": 100_000_000,
                        "station_outstanding_fen": 1_000_000_000,
                        "max_offline_age_hours": 24 * 365,
                    }
                },
                version=1,
            )
        )
        state = s.get(SyncState, 1)
        assert state is not None
        state.last_success_at = now
    with station.work(CLERK) as work:
        return shifts.open_shift(work, {"10000": 2, "1000": 5}).id
