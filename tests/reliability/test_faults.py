"""Faults suite: a station syncs its counter work through a TCP proxy that drops, resets,
cuts, delays and answers 5xx. Every op is applied exactly once on the platform, and the
station and the platform end up agreeing on every parcel, bill, payment and voucher lot.

Short (CI): ~300 ops. Long (``STATION_LONG=1``): ≥ 5,000 ops.
"""

from __future__ import annotations

import os
import random
import time
from collections import Counter
from collections.abc import Callable
from datetime import timedelta
from typing import Any

import requests
from sqlalchemy import func, select

from station_app import parcels, shifts
from station_app.bills import pay
from station_app.db.models import Bill as StationBill
from station_app.db.models import OutboxOp, Payment, PaymentItem, Redemption, VoucherLedgerEntry
from station_app.db.models import Parcel as StationParcel
from station_app.db.models import VoucherLot as StationLot
from station_app.i18n import UserError
from station_app.shelves import ShelfLayout
from station_app.station import Station
from station_app.vouchers import CatalogLine, redeem
from station_app.work import Actor
from sync.client import PlatformClient, RetryPolicy, Timeouts
from sync.engine import RoundReport, SyncEngine
from sync.pairing import load_private_key
from sync.server import models as platform_models
from sync.server.platform import Platform
from sync.signing import TerminalSigner
from tests.reliability import invariants
from tests.reliability.conftest import LONG, sized
from tests.reliability.fault_proxy import FaultProxy
from tests.server.conftest import Admin, Community
from tests.sync.conftest import (  # noqa: F401  (fixtures)
    Clocks,
    Terminal,
    admin,
    clocks,
    community,
    platform,
    platform_template,
    server_url,
    terminals,
)

BIG_BILL_FEN = 1_000_000_000  # a bill that takes thousands of partial payments


def extend_community(admin: Admin, community: Community, clocks: Clocks) -> dict[str, str]:  # noqa: F811
    """A bill that allows part payments, and vouchers enough for a long run."""
    biller = admin.post(
        "/billers",
        {
            "community_id": community.id,
            "name": "物业费",
            "kind": "property",
            "allow_partial": True,
            "allow_offline": True,
        },
    )
    bill = admin.post(
        "/bills",
        {
            "household_id": community.household_id,
            "biller_id": biller["id"],
            "account_no": "XFL-1-1-101",
            "period": "2026-11",
            "lines": [
                {
                    "description": "物业服务费",
                    "unit_price_fen": BIG_BILL_FEN,
                    "amount_fen": BIG_BILL_FEN,
                }
            ],
        },
    )
    admin.post(
        "/voucher-programmes",
        {
            "community_id": community.id,
            "name": "压力测试消费券",
            "total_fen": 100_000_000,
            "months": 1,
            "expiry_months": 12,
            "starts_at": (clocks.platform.now() - timedelta(days=1)).isoformat(),
            "account_ids": [community.account_id],
        },
    )
    return {"bill": bill["id"]}


class CounterWork:
    """Mixed counter work on the station, one service call per operation."""

    def __init__(self, station: Station, clerk: Actor, bill_id: str, community: Community) -> None:  # noqa: F811
        self.station = station
        self.clerk = clerk
        self.bill_id = bill_id
        self.community = community
        self.rng = random.Random(int(os.environ.get("STATION_FAULT_SEED", "7")))
        self.layout = ShelfLayout.from_settings(station.settings)
        self.waybills = 0
        self.done: Counter[str] = Counter()
        with station.work(clerk, online=True) as work:
            self.shift_id = shifts.open_shift(work, {"10000": 5}).id

    def in_station(self) -> list[str]:
        with self.station.database.reading() as session:
            return list(
                session.execute(
                    select(StationParcel.id).where(StationParcel.status == "in_station")
                ).scalars()
            )

    def step(self) -> None:
        kind = self.rng.choices(
            ["check_in", "pick_up", "pay", "paid_in", "redeem"], [35, 25, 20, 8, 12]
        )[0]
        waiting = self.in_station()
        if kind == "pick_up" and not waiting:
            kind = "check_in"
        if kind == "check_in" and len(waiting) > 300:
            kind = "pick_up"
        try:
            with self.station.work(self.clerk, shift_id=self.shift_id, online=True) as work:
                if kind == "check_in":
                    self.waybills += 1
                    parcels.check_in(
                        work,
                        self.layout,
                        waybill_no=f"SF{9_000_000_000_000 + self.waybills}",
                        carrier="SF",
                        phone=self.community.resident_phone,
                    )
                elif kind == "pick_up":
                    parcels.pick_up(work, [self.rng.choice(waiting)], method="code")
                elif kind == "pay":
                    amount = self.rng.choice((1000, 2550, 10000))
                    pay(work, [self.bill_id], amounts={self.bill_id: amount},
                        cash_tendered_fen=amount)  # fmt: skip
                elif kind == "paid_in":
                    shifts.paid_in(work, 2000, "零钱补充")
                else:
                    redeem(work, self.community.account_id,
                           [CatalogLine(self.community.catalog_item_id)])  # fmt: skip
        except UserError as error:  # a refusal is not what this suite is about
            raise AssertionError(f"{kind} refused: {error}") from error
        self.done[kind] += 1


def proxied_client(station: Station, proxy: FaultProxy, sleeps: list[float]) -> PlatformClient:
    with station.database.reading() as session:
        terminal_id = station.identity(session).terminal_id
    assert terminal_id is not None
    signer = TerminalSigner(
        terminal_id, load_private_key(station.paths), now=station.clock.trusted_now
    )
    return PlatformClient(
        proxy.url,
        clock=station.clock,
        signer=signer,
        timeouts=Timeouts(connect=2, read=0.5),
        retry=RetryPolicy(attempts=6, base_delay=0.001, max_delay=0.01),
        sleep=sleeps.append,  # backoff is recorded, not slept: the faults are the waiting
    )


def round_until_ok(engine: SyncEngine, *, most: int = 60) -> tuple[RoundReport, int]:
    for attempt in range(1, most + 1):
        report = engine.run_round()
        if report.ok and report.pending == 0:
            return report, attempt
    raise AssertionError(f"no clean round in {most}: {report}")


def count(session: Any, model: Any, *where: Any) -> int:
    return int(session.execute(select(func.count()).select_from(model).where(*where)).scalar_one())


def test_every_op_is_applied_once_through_a_faulty_network(
    terminals: Callable[..., Terminal],  # noqa: F811
    platform: Platform,  # noqa: F811
    admin: Admin,  # noqa: F811
    community: Community,  # noqa: F811
    clocks: Clocks,  # noqa: F811
    server_url: str,  # noqa: F811
) -> None:
    target = sized(300, 5000)
    extra = extend_community(admin, community, clocks)
    station = terminals("a").station
    port = int(server_url.rsplit(":", 1)[1])
    sleeps: list[float] = []
    started = time.monotonic()
    with FaultProxy(port, seed=int(os.environ.get("STATION_FAULT_SEED", "7"))) as proxy:
        client = proxied_client(station, proxy, sleeps)
        # Small batches: more requests, so more of them meet a fault.
        engine = SyncEngine(station, client, batch_size=10)
        round_until_ok(engine)  # the community arrives (through the faults already)
        clerk = Actor(community.clerk_id, "张丽", "clerk")
        counter = CounterWork(station, clerk, extra["bill"], community)
        rounds = Counter[str]()
        made = 0
        while made < target:
            for _ in range(min(20, target - made)):
                counter.step()
                made += 1
            report = engine.run_round()
            rounds["ok" if report.ok else report.error_kind or "error"] += 1
        proxy.enabled = False  # the network heals; everything must go through now
        round_until_ok(engine)
        faults = dict(proxy.counts)
        client.close()
    seconds = time.monotonic() - started

    with station.database.reading() as session:
        ops = list(session.execute(select(OutboxOp).order_by(OutboxOp.seq)).scalars())
        statuses = Counter(op.status for op in ops)
        station_parcels = {p.id: p.status for p in session.execute(select(StationParcel)).scalars()}
        station_bill = session.get(StationBill, extra["bill"])
        items = count(session, PaymentItem)
        confirmed = count(session, Payment, Payment.status == "confirmed")
        payments = count(session, Payment)
        redemptions = count(session, Redemption)
        applied_redemptions = count(session, Redemption, Redemption.status == "applied")
        unsettled = count(session, VoucherLedgerEntry, VoucherLedgerEntry.settled.is_(False))
        station_lots = {
            lot.id: lot.remaining_fen for lot in session.execute(select(StationLot)).scalars()
        }
        epoch = station.identity(session).epoch  # > 1: a delayed hello made it recover
    print(
        f"\nfaults suite: {len(ops)} ops, {sum(faults.values())} requests through the proxy,"
        f" faults {faults}, rounds {dict(rounds)}, {len(sleeps)} client retries,"
        f" epoch {epoch}, {seconds:.1f} s (long={LONG})"
    )
    assert len(ops) >= target
    assert set(statuses) <= {"applied", "duplicate"}, statuses
    assert sum(faults.values()) - faults["pass"] > 0.2 * sum(faults.values())  # faults did happen

    with platform.database.reading() as session:
        applied = list(session.execute(select(platform_models.AppliedOp)).scalars())
        # Exactly once: one applied op per station op, the same op ids, each applied.
        assert len(applied) == len(ops)
        assert {a.op_id for a in applied} == {op.op_id for op in ops}
        assert Counter(a.status for a in applied) == {"applied": len(ops)}
        platform_parcels = {
            p.id: p.status for p in session.execute(select(platform_models.Parcel)).scalars()
        }
        platform_bill = session.get(platform_models.Bill, extra["bill"])
        platform_payments = count(session, platform_models.Payment)
        platform_movements = count(
            session, platform_models.CashMovement, platform_models.CashMovement.kind == "paid_in"
        )
        platform_redemptions = count(session, platform_models.Redemption)
        platform_lots = {
            lot.id: lot.remaining_fen
            for lot in session.execute(
                select(platform_models.VoucherLot).where(
                    platform_models.VoucherLot.account_id == community.account_id
                )
            ).scalars()
        }

    # Final states agree.
    assert station_parcels == platform_parcels
    assert station_bill is not None and platform_bill is not None
    assert station_bill.paid_fen == platform_bill.paid_fen > 0
    assert items == platform_payments == payments == confirmed == counter.done["pay"]
    assert platform_movements == counter.done["paid_in"]
    assert redemptions == applied_redemptions == platform_redemptions == counter.done["redeem"]
    assert unsettled == 0
    assert {lot: station_lots[lot] for lot in platform_lots} == platform_lots
    assert invariants.problems(station) == []


def test_a_hello_delayed_past_newer_pushes_does_not_quarantine_the_terminal(
    terminals: Callable[..., Terminal],  # noqa: F811
    platform: Platform,  # noqa: F811
    community: Community,  # noqa: F811
) -> None:
    """Found by the long faults run: a hello held up in the network reaches the platform
    after pushes that came later. Its old ``last_seq`` looks like a terminal restored from a
    backup, so the platform starts a new epoch (a spurious recover); the terminal then
    sends again the ops the platform already had. They must come back as duplicates, not
    as a reused seq that quarantines the terminal."""
    terminal = terminals("a")
    held: list[requests.PreparedRequest] = []

    def hold(request: requests.PreparedRequest, send: Any) -> requests.Response:
        held.append(request)  # signed and on its way, stuck in the network
        raise requests.ConnectionError("timed out")

    terminal.adapter.add("/v1/sync/hello", hold)
    first = [terminal.check_in(f"SF800000000{n}") for n in range(3)]
    assert terminal.round(pull=False).ok  # the client retried the hello; 3 ops applied
    with requests.Session() as late:  # now the held hello arrives
        answer = late.send(held[0], timeout=10)
    assert answer.status_code == 200 and answer.json()["action"] == "recover"

    second = [terminal.check_in(f"SF800000001{n}") for n in range(2)]
    report = terminal.round()
    assert report.ok, report
    assert [op.status for op in terminal.ops()][-2:] == ["applied", "applied"]
    with platform.database.reading() as session:
        [row] = session.execute(select(platform_models.Terminal)).scalars()
        assert not row.quarantined
        applied = list(session.execute(select(platform_models.AppliedOp)).scalars())
        assert sorted(a.op_id for a in applied) == sorted(op.op_id for op in terminal.ops())
        parcels_there = {p.id for p in session.execute(select(platform_models.Parcel)).scalars()}
    assert parcels_there == {*first, *second}
