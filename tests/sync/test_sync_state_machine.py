"""Random partitions, lost answers and operations at 2–3 terminals of one real platform.

Each example pairs fresh stations (real ``Station`` data dirs) with a fresh platform. The
platform is the FastAPI app called in process (``AsgiFaultAdapter``: the ``requests``
transport adapter of ``tests/sync/conftest.py`` with the ASGI app behind it instead of a
socket), so a round costs milliseconds and a lost answer is a commit whose reply is dropped.

Invariants: on the platform every op is applied at most once and no business row exists
twice; after quiescence (networks on, rounds until nothing is pending, then a pull) each
station's vouchers lots, bills and parcels are the platform's, every station op has its
answer, and an offline overspend stays within the offline limits and is flagged.

``SYNC_STATE_MACHINE_EXAMPLES`` / ``SYNC_STATE_MACHINE_STEPS`` run it longer (CI: ~30 s).
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections import Counter
from datetime import timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest
import requests
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, event, settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    RuleBasedStateMachine,
    initialize,
    invariant,
    rule,
    run_state_machine_as_test,
)
from requests.adapters import HTTPAdapter
from requests.structures import CaseInsensitiveDict
from sqlalchemy import func, select

from station_app.bills.payments import pay
from station_app.db.models import Bill as StationBill
from station_app.db.models import OutboxOp
from station_app.db.models import Parcel as StationParcel
from station_app.db.models import Payment as StationPayment
from station_app.db.models import Redemption as StationRedemption
from station_app.db.models import VoucherLot as StationLot
from station_app.i18n import UserError
from station_app.parcels import check_in, pick_up
from station_app.paths import StationPaths
from station_app.shelves import ShelfLayout
from station_app.shifts import open_shift
from station_app.station import Station
from station_app.vouchers import CatalogLine, redeem
from station_app.work import Actor
from sync import pairing
from sync.client import PlatformClient, RetryPolicy, Timeouts
from sync.engine import SyncEngine
from sync.messages import utc_text
from sync.server import models as P
from sync.server.app import create_app
from sync.server.config import ServerConfig
from sync.server.platform import Platform, open_platform
from tests.conftest import ManualClock
from tests.server.conftest import ADMIN_TOKEN, Admin, PlatformClock, make_community
from tests.sync.conftest import FaultAdapter, lose_response

EXAMPLES = int(os.environ.get("SYNC_STATE_MACHINE_EXAMPLES", "25"))
STEPS = int(os.environ.get("SYNC_STATE_MACHINE_STEPS", "30"))
PLATFORM_URL = "http://127.0.0.1:8765"
"""Never listened on: the adapter hands each request to the ASGI app."""

LOT_FEN = 1_000
"""Small lots: three of them (two spendable now, one next month), so terminals that
redeem offline at once overspend the account."""
ITEM_FEN = 300
LIMITS = {
    "per_transaction_fen": 900,
    "per_account_day_fen": 1_500,
    "station_outstanding_fen": 100_000,
    "max_offline_age_hours": 24,
}
WAYBILLS = [f"SF77000000{number:02d}" for number in range(8)]
PATHS = ("/v1/sync/hello", "/v1/sync/push", "/v1/sync/pull")


class AsgiTransport(HTTPAdapter):
    """A ``requests`` transport that hands each request to an ASGI app in process."""

    app_client: TestClient

    def send(  # type: ignore[override]
        self, request: requests.PreparedRequest, **kwargs: Any
    ) -> requests.Response:
        assert request.method is not None and request.url is not None
        body = request.body.encode("utf-8") if isinstance(request.body, str) else request.body
        answer: httpx.Response = self.app_client.request(
            request.method, request.url, content=body, headers=dict(request.headers)
        )
        response = requests.Response()
        response.status_code = answer.status_code
        response._content = answer.content
        response.headers = CaseInsensitiveDict(answer.headers)
        response.encoding = "utf-8"
        response.request = request
        response.url = request.url
        response.reason = answer.reason_phrase
        return response


class AsgiFaultAdapter(FaultAdapter, AsgiTransport):
    """``FaultAdapter`` (lost answers, refusals) in front of the app: its ``forward``
    calls the next class in line, ``AsgiTransport``, instead of a socket."""

    def __init__(self, app_client: TestClient) -> None:
        super().__init__()
        self.app_client = app_client


class MachineTerminal:
    """One terminal in the model: its station, transport, engine and what it made."""

    def __init__(
        self, name: str, station: Station, adapter: AsgiFaultAdapter, client: PlatformClient
    ) -> None:
        self.name = name
        self.station = station
        self.adapter = adapter
        self.client = client
        self.engine = SyncEngine(station, client)
        self.offline_redeemed_fen = 0

    def close(self) -> None:
        self.client.close()
        self.station.close()


class SyncMachine(RuleBasedStateMachine):
    def __init__(self, template: Path) -> None:
        super().__init__()
        self.dir = Path(tempfile.mkdtemp(prefix="sync-machine-"))
        shutil.copyfile(template, self.dir / "platform.db")
        self.clock = PlatformClock()
        self.clocks: list[ManualClock] = []
        self.platform: Platform = open_platform(
            ServerConfig(
                database_url=f"sqlite:///{self.dir / 'platform.db'}",
                admin_token=ADMIN_TOKEN,
                now=self.clock.now,
            )
        )
        self.app_client = TestClient(create_app(self.platform), base_url=PLATFORM_URL)
        self.app_client.__enter__()
        self.terminals: list[MachineTerminal] = []
        self.parcels: set[str] = set()
        self.payments: set[str] = set()
        self.redemptions: set[str] = set()

    # -- set-up

    @initialize(count=st.integers(2, 3))
    def set_up(self, count: int) -> None:
        admin = Admin(self.app_client)
        now = self.clock.now()
        community = make_community(admin, now)
        self.community = community
        account = admin.post(
            "/voucher-accounts",
            {
                "community_id": community.id,
                "household_id": community.household_id,
                "holder_name": "李娜",
            },
        )
        admin.post(
            "/voucher-programmes",
            {
                "community_id": community.id,
                "name": "小额消费券",
                "total_fen": 3 * LOT_FEN,
                "months": 3,
                "expiry_months": 2,
                "starts_at": utc_text(now - timedelta(days=40)),
                "account_ids": [account["id"]],
            },
        )
        self.account_id: str = account["id"]
        item = admin.post(
            "/catalog",
            {"community_id": community.id, "name": "酱油", "kind": "goods", "price_fen": ITEM_FEN},
        )
        self.item_id: str = item["id"]
        response = admin.client.put(
            f"/v1/admin/communities/{community.id}/policy",
            json={"data": {"offline_limits": LIMITS, "parcel_retention_days": 7}},
            headers=admin.headers,
        )
        assert response.status_code == 200, response.text
        self.bill_ids = [community.bill_id]
        for number in range(2):
            bill = admin.post(
                "/bills",
                {
                    "household_id": community.household_id,
                    "biller_id": community.water_id,
                    "account_no": "W000001",
                    "period": f"2026-0{number + 8}",
                    "lines": [
                        {
                            "description": "居民生活用水",
                            "quantity": "1",
                            "unit": "m³",
                            "unit_price_fen": 500 + number,
                            "amount_fen": 500 + number,
                        }
                    ],
                },
            )
            self.bill_ids.append(bill["id"])
        for index in range(count):
            self.terminals.append(self._pair(admin, f"t{index + 1}"))
        for terminal in self.terminals:
            assert terminal.engine.run_round().ok  # staff, bills, lots, limits
            clerk = Actor(community.clerk_id, "张丽", "clerk")
            with terminal.station.work(clerk) as work:
                open_shift(work, {"100": 2})

    def _pair(self, admin: Admin, name: str) -> MachineTerminal:
        clock = ManualClock(self.clock.now())
        self.clocks.append(clock)
        station = Station(StationPaths.under(self.dir / name), clock=clock)
        adapter = AsgiFaultAdapter(self.app_client)
        session = requests.Session()
        session.mount("http://", adapter)
        code = admin.post(f"/stations/{self.community.station_id}/enrollment-codes")["code"]
        pairing.pair(
            station,
            PLATFORM_URL,
            code,
            terminal_name=name,
            client=PlatformClient(PLATFORM_URL, clock=station.clock, session=session),
        )
        client = pairing.terminal_client(
            station,
            session=session,
            timeouts=Timeouts(connect=2, read=5),
            retry=RetryPolicy(attempts=4, base_delay=0.01, max_delay=0.05),
            sleep=lambda _seconds: None,
        )
        return MachineTerminal(name, station, adapter, client)

    def teardown(self) -> None:
        try:
            if self.terminals:
                self.quiesce()
        finally:
            for terminal in self.terminals:
                terminal.close()
            self.app_client.__exit__(None, None, None)
            self.platform.close()
            shutil.rmtree(self.dir, ignore_errors=True)

    # -- operations at the counter

    def _terminal(self, index: int) -> MachineTerminal:
        return self.terminals[index % len(self.terminals)]

    @rule(index=st.integers(0, 2), waybill=st.sampled_from(WAYBILLS))
    def check_in_parcel(self, index: int, waybill: str) -> None:
        terminal = self._terminal(index)
        layout = ShelfLayout.from_settings(terminal.station.settings)
        try:
            with terminal.station.work(Actor.system()) as work:
                view = check_in(work, layout, waybill_no=waybill, carrier="SF", phone="13812341234")
        except UserError:
            return  # already in station here: refused, nothing changed
        self.parcels.add(view.id)

    @rule(index=st.integers(0, 2), choice=st.integers(0, 7))
    def pick_up_parcel(self, index: int, choice: int) -> None:
        terminal = self._terminal(index)
        with terminal.station.database.reading() as session:
            here = list(
                session.execute(
                    select(StationParcel.id)
                    .where(StationParcel.status == "in_station")
                    .order_by(StationParcel.id)
                ).scalars()
            )
        if not here:
            return
        with terminal.station.work(Actor.system()) as work:
            pick_up(work, [here[choice % len(here)]], method="code")

    @rule(index=st.integers(0, 2), bill=st.integers(0, 2))
    def pay_bill_in_cash(self, index: int, bill: int) -> None:
        terminal = self._terminal(index)
        clerk = Actor(self.community.clerk_id, "张丽", "clerk")
        try:
            with terminal.station.work(clerk) as work:
                result = pay(work, [self.bill_ids[bill]], cash_tendered_fen=10_000)
        except UserError:
            return  # paid already as far as this terminal knows
        self.payments.add(result.bills[0].platform_payment_id)

    @rule(index=st.integers(0, 2), quantity=st.integers(1, 3))
    def redeem_offline(self, index: int, quantity: int) -> None:
        terminal = self._terminal(index)
        try:
            with terminal.station.work(Actor.system()) as work:
                result = redeem(work, self.account_id, [CatalogLine(self.item_id, quantity)])
        except UserError:
            return  # an offline limit or the local balance said no
        assert result.offline
        terminal.offline_redeemed_fen += result.total_fen
        self.redemptions.add(result.redemption_id)

    # -- the network

    @rule(index=st.integers(0, 2))
    def switch_network(self, index: int) -> None:
        network = self._terminal(index).client.network
        network.offline = not network.offline

    @rule(index=st.integers(0, 2), path=st.sampled_from(PATHS))
    def lose_next_answer(self, index: int, path: str) -> None:
        adapter = self._terminal(index).adapter
        if len(adapter.faults.get(path, ())) < 2:  # the client tries 4 times
            adapter.add(path, lose_response)

    @rule(index=st.integers(0, 2), push_only=st.booleans())
    def sync_round(self, index: int, push_only: bool) -> None:
        terminal = self._terminal(index)
        report = terminal.engine.run_round(pull=not push_only)
        if terminal.client.network.offline:
            assert report.error_kind == "simulated_offline", report
        else:
            assert report.ok, report

    @rule(minutes=st.integers(1, 20))
    def time_passes(self, minutes: int) -> None:
        self.clock.advance(timedelta(minutes=minutes))
        for clock in self.clocks:
            clock.advance(timedelta(minutes=minutes))

    # -- invariants

    @invariant()
    def each_op_applied_at_most_once(self) -> None:
        with self.platform.database.reading() as session:
            op_ids = list(session.execute(select(P.AppliedOp.op_id)).scalars())
            assert len(op_ids) == len(set(op_ids))
            parcel_ids = set(session.execute(select(P.Parcel.id)).scalars())
            payment_ids = set(session.execute(select(P.Payment.id)).scalars())
            redemption_ids = set(session.execute(select(P.Redemption.id)).scalars())
            closings = Counter(
                session.execute(
                    select(P.ParcelEvent.parcel_id).where(
                        P.ParcelEvent.kind.in_(("picked_up", "returned"))
                    )
                ).scalars()
            )
            spends = Counter(
                session.execute(
                    select(P.VoucherLedgerEntry.redemption_id, P.VoucherLedgerEntry.lot_id).where(
                        P.VoucherLedgerEntry.kind == "spend"
                    )
                ).all()
            )
        assert parcel_ids <= self.parcels
        assert payment_ids <= self.payments
        assert redemption_ids <= self.redemptions
        assert all(count == 1 for count in closings.values()), closings
        assert all(count == 1 for count in spends.values()), spends

    # -- quiescence

    def quiesce(self) -> None:
        """Networks on, rounds until nothing is pending anywhere, then one pull each."""
        for terminal in self.terminals:
            terminal.client.network.offline = False
        for _ in range(3):
            reports = [terminal.engine.run_round() for terminal in self.terminals]
            assert all(report.ok for report in reports), reports
            if all(report.pending == 0 for report in reports):
                break
        for terminal in self.terminals:
            report = terminal.engine.run_round()
            assert report.ok and report.pending == 0 and report.sent == 0, report
        self.check_ledgers()

    def check_ledgers(self) -> None:
        with self.platform.database.reading() as session:
            lots = {
                lot.id: lot.remaining_fen
                for lot in session.execute(
                    select(P.VoucherLot).where(P.VoucherLot.account_id == self.account_id)
                ).scalars()
            }
            bills = {
                bill.id: (bill.paid_fen, bill.status)
                for bill in session.execute(
                    select(P.Bill).where(P.Bill.id.in_(self.bill_ids))
                ).scalars()
            }
            parcels = {
                parcel.id: parcel.status
                for parcel in session.execute(
                    select(P.Parcel).where(P.Parcel.merged_into_id.is_(None))
                ).scalars()
            }
            payments = {
                payment.id: payment.status
                for payment in session.execute(select(P.Payment)).scalars()
            }
            redemptions = {
                redemption.id: redemption.status
                for redemption in session.execute(select(P.Redemption)).scalars()
            }
            recouped = dict(
                session.execute(select(P.Recoupment.redemption_id, P.Recoupment.amount_fen)).all()
            )
            applied = int(
                session.execute(select(func.count()).select_from(P.AppliedOp)).scalar_one()
            )
        # Every op and every business row reached the platform, once.
        assert set(payments) == self.payments
        assert set(redemptions) == self.redemptions
        assert set(parcels) | self._merged() == self.parcels
        made = 0
        for terminal in self.terminals:
            with terminal.station.database.reading() as session:
                ops = list(session.execute(select(OutboxOp)).scalars())
                made += len(ops)
                assert all(op.status != "pending" and op.acked_at for op in ops)
                local_lots = {
                    lot.id: lot.remaining_fen
                    for lot in session.execute(
                        select(StationLot).where(StationLot.account_id == self.account_id)
                    ).scalars()
                }
                local_bills = {
                    bill.id: (bill.paid_fen, bill.status)
                    for bill in session.execute(
                        select(StationBill).where(StationBill.id.in_(self.bill_ids))
                    ).scalars()
                }
                local_parcels = {
                    parcel.id: parcel.status
                    for parcel in session.execute(select(StationParcel)).scalars()
                }
                local_payments = {
                    payment.id: (payment.status, payment.flag_reason)
                    for payment in session.execute(select(StationPayment)).scalars()
                }
                local_redemptions = {
                    redemption.id: (redemption.status, redemption.reason)
                    for redemption in session.execute(select(StationRedemption)).scalars()
                }
            assert local_lots == lots, terminal.name
            assert local_bills == bills, terminal.name
            assert local_parcels == parcels, terminal.name
            for payment_id, (status, reason) in local_payments.items():
                expected = "confirmed" if payments[payment_id] == "applied" else "flagged"
                assert status == expected, (payment_id, status, reason, payments[payment_id])
            for redemption_id, (status, reason) in local_redemptions.items():
                assert status == redemptions[redemption_id], (redemption_id, status)
                if redemption_id in recouped:
                    assert status == "flagged" and reason == "overspend", (status, reason)
            # What one terminal may hand out offline per account per (local) day.
            assert terminal.offline_redeemed_fen <= LIMITS["per_account_day_fen"]
        assert applied == made
        # The platform's overspend: within what the terminals were allowed offline, flagged.
        bound = sum(terminal.offline_redeemed_fen for terminal in self.terminals)
        assert (
            sum(recouped.values()) <= bound <= len(self.terminals) * LIMITS["per_account_day_fen"]
        )
        assert all(redemptions[redemption_id] == "flagged" for redemption_id in recouped)
        spendable_at_start = 2 * LOT_FEN
        # What the example reached (``--hypothesis-show-statistics``).
        event(f"parcels merged: {bool(self._merged())}")
        event(f"payments flagged: {'flagged' in payments.values()}")
        event(f"overspend: {bool(recouped)}")
        assert sum(recouped.values()) == max(0, bound - spendable_at_start)

    def _merged(self) -> set[str]:
        with self.platform.database.reading() as session:
            return set(
                session.execute(
                    select(P.Parcel.id).where(P.Parcel.merged_into_id.is_not(None))
                ).scalars()
            )


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("machine-template") / "platform.db"
    open_platform(ServerConfig(database_url=f"sqlite:///{path}")).close()
    return path


def test_sync_under_partitions_and_lost_answers(template: Path) -> None:
    run_state_machine_as_test(
        lambda: SyncMachine(template),  # type: ignore[arg-type]
        settings=settings(
            max_examples=EXAMPLES,
            stateful_step_count=STEPS,
            deadline=None,
            suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
        ),
    )
