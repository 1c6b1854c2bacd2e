"""The child process of the crash suite: mixed counter work on a real station, until killed.

    python -m tests.reliability.crash_driver DATA_DIR --seed N [--ops N]

Each operation is one service call in its own unit of work (parcel check-in and pickup,
cash and mixed bill payments, paid-in, voucher redemptions). Only after the service has
returned (its transaction committed) does the driver print ``OK <kind> <id>`` and flush:
every line the parent reads is a promise that the operation is durable. A refusal (a rule
said no) prints ``REFUSED <kind> <reason>``; nothing else is expected on stdout.
"""

from __future__ import annotations

import argparse
import random
import sys
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import text

from station_app import parcels, shifts
from station_app.bills import pay
from station_app.i18n import UserError
from station_app.paths import StationPaths
from station_app.shelves import ShelfLayout
from station_app.station import Station
from station_app.vouchers import CatalogLine, redeem
from tests.reliability.community import CATALOG, CLERK

CARRIERS = ("ZTO", "YTO", "SF", "JD")
MAX_IN_STATION = 400  # pickups catch up past this, so the shelves never fill


class Driver:
    def __init__(self, station: Station, rng: random.Random) -> None:
        self.station = station
        self.rng = rng
        self.layout = ShelfLayout.from_settings(station.settings)
        with station.database.reading() as session:
            shift = shifts.current_shift(session, station.info().terminal_code)
            assert shift is not None, "the parent seeds the station and opens the shift"
            self.shift_id = shift.id

    def pick(self, sql: str) -> str | None:
        with self.station.database.reading() as session:
            row = session.execute(text(sql)).first()
        return None if row is None else str(row[0])

    def in_station(self) -> int:
        with self.station.database.reading() as session:
            count = session.execute(
                text("SELECT count(*) FROM parcels WHERE status = 'in_station'")
            ).scalar_one()
        return int(count)

    def check_in(self) -> str:
        waybill = f"78{self.rng.randrange(10**12):012d}"
        household = self.rng.randrange(self.households())
        with self.station.work(CLERK, shift_id=self.shift_id) as work:
            view = parcels.check_in(
                work,
                self.layout,
                waybill_no=waybill,
                carrier=self.rng.choice(CARRIERS),
                phone=f"138{household:08d}",
            )
        return view.id

    def pick_up(self) -> str | None:
        parcel = self.pick(
            "SELECT id FROM parcels WHERE status = 'in_station' ORDER BY random() LIMIT 1"
        )
        if parcel is None:
            return None
        with self.station.work(CLERK, shift_id=self.shift_id) as work:
            parcels.pick_up(work, [parcel], method="code")
        return parcel

    def open_bill(self) -> str | None:
        return self.pick("SELECT id FROM bills WHERE status = 'unpaid' ORDER BY random() LIMIT 1")

    def pay_cash(self) -> str | None:
        bill = self.open_bill()
        if bill is None:
            return None
        with self.station.work(CLERK, shift_id=self.shift_id) as work:
            result = pay(work, [bill], cash_tendered_fen=5000)
        return result.payment_id

    def pay_mixed(self) -> str | None:
        """Vouchers for part of the bill, cash for the rest (two tenders, one transaction)."""
        bill = self.open_bill()
        if bill is None:
            return None
        account = bill.replace("bill-", "acct-")
        with self.station.work(CLERK, shift_id=self.shift_id) as work:
            result = pay(
                work,
                [bill],
                cash_tendered_fen=5000,
                voucher_account_id=account,
                voucher_fen=1000,
            )
        return result.payment_id

    def paid_in(self) -> str:
        with self.station.work(CLERK, shift_id=self.shift_id) as work:
            movement = shifts.paid_in(work, self.rng.choice((1000, 2000, 5000)), "零钱补充")
        return movement.id

    def redeem(self) -> str:
        account = f"acct-{self.rng.randrange(self.households()):05d}"
        item = self.rng.choice(CATALOG)[0]
        with self.station.work(CLERK, shift_id=self.shift_id) as work:
            result = redeem(work, account, [CatalogLine(item, self.rng.randint(1, 3))])
        return result.redemption_id

    def households(self) -> int:
        if not hasattr(self, "_households"):
            with self.station.database.reading() as session:
                self._households = int(
                    session.execute(text("SELECT count(*) FROM households")).scalar_one()
                )
        return self._households

    def step(self) -> tuple[str, str | None]:
        operations: list[tuple[str, Callable[[], str | None], int]] = [
            ("check_in", self.check_in, 30),
            ("pick_up", self.pick_up, 20),
            ("pay", self.pay_cash, 20),
            ("pay", self.pay_mixed, 8),
            ("paid_in", self.paid_in, 7),
            ("redeem", self.redeem, 15),
        ]
        if self.in_station() > MAX_IN_STATION:
            operations = [op for op in operations if op[0] != "check_in"]
        kind, action, _ = self.rng.choices(operations, weights=[op[2] for op in operations])[0]
        return kind, action()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("data_dir", type=Path)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--ops", type=int, default=0, help="stop after N (0: until killed)")
    args = parser.parse_args(argv)
    station = Station(StationPaths.under(args.data_dir))
    driver = Driver(station, random.Random(args.seed))
    out = sys.stdout
    out.write("READY\n")
    out.flush()
    done = 0
    while not args.ops or done < args.ops:
        try:
            kind, made = driver.step()
        except UserError as error:
            out.write(f"REFUSED {type(error).__name__} {error}\n")
            out.flush()
            continue
        if made is not None:
            # Printed only now: the service returned, so its transaction has committed.
            out.write(f"OK {kind} {made}\n")
            out.flush()
            done += 1
    station.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
