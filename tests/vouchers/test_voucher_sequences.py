"""Any lots, any sequence of redemptions, refunds, platform answers and passing time.

After every step: no lot below zero, value conserved, offline limits held; each redemption
followed the spend order over spendable lots only; each refund went back last-spent-first
and a full refund gives back exactly what was taken, lot by lot.
"""

from __future__ import annotations

import atexit
import functools
import shutil
import sqlite3
import tempfile
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from hypothesis import HealthCheck, settings
from hypothesis import event as note
from hypothesis import strategies as st
from hypothesis.stateful import (
    RuleBasedStateMachine,
    initialize,
    invariant,
    rule,
)
from sqlalchemy import event, func, select, update
from sqlalchemy.orm import Session

from station_app import audit
from station_app.db.models import (
    OutboxOp,
    Redemption,
    VoucherLedgerEntry,
    VoucherLot,
    VoucherRefund,
)
from station_app.paths import StationPaths
from station_app.station import Station
from station_app.vouchers import (
    BillTender,
    InsufficientBalanceError,
    OfflineLimitError,
    PlatformAnswer,
    RefundError,
    SpendableLot,
    balance,
    redeem,
    refund,
    settle_redemption,
    settle_refund,
)
from station_app.work import Actor
from tests.conftest import ManualClock
from tests.vouchers.voucher_builders import (
    CLERK,
    START,
    SUPERVISOR,
    add_account,
    add_bill,
    add_lot,
    counts,
    design_order,
    mark_synced,
    raw_available,
    set_limits,
    spendable_at,
)

ACCOUNTS = ("acc-1", "acc-2")
ZONE = ZoneInfo("Asia/Shanghai")


@dataclass
class Spent:
    account: str
    total: int
    day: object
    allocations: dict[str, int]
    refunded: dict[str, int] = field(default_factory=lambda: defaultdict(int))


lot_specs = st.lists(
    st.tuples(
        st.sampled_from(ACCOUNTS),
        st.sampled_from(range(0, 6_001, 250)) | st.integers(0, 6_000),  # amount
        st.integers(-48, -1) | st.integers(0, 48),  # effective, hours from now
        st.none() | st.integers(-12, 240),  # expiry, hours from now
        st.integers(0, 2),  # priority
    ),
    min_size=2,
    max_size=10,
)


def _no_fsync(connection: sqlite3.Connection, _record: object) -> None:
    connection.execute("PRAGMA synchronous=OFF")


@functools.cache
def _migrated_database() -> Path:
    """One migrated station file that each example copies (migrating takes most of a run)."""
    folder = Path(tempfile.mkdtemp(prefix="voucher-template-"))
    atexit.register(shutil.rmtree, folder, True)
    Station(StationPaths.under(folder)).close()
    return StationPaths.under(folder).database


class VoucherSequence(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        self.folder = Path(tempfile.mkdtemp(prefix="voucher-sequence-"))
        self.clock = ManualClock()
        paths = StationPaths.under(self.folder).create()
        shutil.copyfile(_migrated_database(), paths.database)
        self.station = Station(paths, clock=self.clock)
        # Hundreds of throwaway stations: skip the fsync that protects real sales.
        event.listen(self.station.database.engine, "connect", _no_fsync)
        self.station.database.engine.dispose()
        self.initial: dict[str, int] = {}
        self.spent: dict[str, Spent] = {}
        self.refunds: dict[str, str] = {}  # refund id → redemption id
        self.bill = ""
        self.limits = (0, 0, 0)
        self.last_sync = START

    def teardown(self) -> None:
        self.station.close()
        shutil.rmtree(self.folder, ignore_errors=True)

    # --- set-up and time ------------------------------------------------------------

    @initialize(
        lots=lot_specs,
        per_transaction=st.integers(2_000, 12_000),
        per_day=st.integers(4_000, 30_000),
        outstanding=st.integers(8_000, 60_000),
    )
    def seed(
        self,
        lots: list[tuple[str, int, int, int | None, int]],
        per_transaction: int,
        per_day: int,
        outstanding: int,
    ) -> None:
        self.limits = (per_transaction, per_day, outstanding)
        with self.station.work(Actor.system()) as work:
            for account in ACCOUNTS:
                add_account(work.session, account)
            for number, (account, amount, effective, expiry, priority) in enumerate(lots):
                add_lot(
                    work.session,
                    account,
                    amount,
                    lot_id=f"lot-{number}",
                    effective_at=START + timedelta(hours=effective),
                    expires_at=None if expiry is None else START + timedelta(hours=expiry),
                    priority=priority,
                )
                self.initial[account] = self.initial.get(account, 0) + amount
            self.bill = add_bill(work.session)
            set_limits(
                work.session,
                per_transaction_fen=per_transaction,
                per_account_day_fen=per_day,
                station_outstanding_fen=outstanding,
            )
            mark_synced(work.session, work.now)

    @rule(hours=st.integers(1, 20), synced=st.booleans())
    def time_passes(self, hours: int, synced: bool) -> None:
        """Lots come into effect and expire; the station may sync (no pull) meanwhile."""
        self.clock.advance(timedelta(hours=hours))
        if synced:
            with self.station.work(Actor.system()) as work:
                mark_synced(work.session, work.now)
                self.last_sync = work.now

    # --- helpers ----------------------------------------------------------------------

    def _lots(self, session: Session, account: str | None = None) -> list[VoucherLot]:
        query = select(VoucherLot).order_by(VoucherLot.id)
        if account is not None:
            query = query.where(VoucherLot.account_id == account)
        return list(session.execute(query).scalars())

    def _limit_passed(self, session: Session, account: str, amount: int, now: datetime) -> bool:
        """The limits, computed from this test's own books rather than the service's."""
        per_transaction, per_day, outstanding = self.limits
        today = now.astimezone(ZONE).date()
        statuses = {r.id: r.status for r in session.execute(select(Redemption)).scalars()}
        used_today = sum(
            s.total
            for rid, s in self.spent.items()
            if s.account == account and s.day == today and statuses[rid] != "rejected"
        )
        waiting = sum(s.total for rid, s in self.spent.items() if statuses[rid] == "pending")
        return (
            now - self.last_sync > timedelta(hours=24)
            or amount > per_transaction
            or used_today + amount > per_day
            or waiting + amount > outstanding
        )

    # --- redemptions ------------------------------------------------------------------

    @rule(account=st.sampled_from(ACCOUNTS), data=st.data())
    def redeem_vouchers(self, account: str, data: st.DataObject) -> None:
        now = self.clock.trusted_now()
        with self.station.database.reading() as session:
            lots = self._lots(session, account)
            before = {lot.id: raw_available(session, lot.id) for lot in lots}
            views = [
                SpendableLot(lot.id, before[lot.id], lot.effective_at, lot.expires_at, lot.priority)
                for lot in lots
            ]
            order = design_order(views, now)
            spendable = sum(before[lot_id] for lot_id in order)
            # Mostly what the account can pay (often across lots); sometimes anything.
            amount = data.draw(st.integers(1, max(1, spendable)) | st.integers(1, 10_000))
            limit_passed = self._limit_passed(session, account, amount, now)
            before_counts = counts(session)
        try:
            with self.station.work(CLERK) as work:
                result = redeem(work, account, [BillTender(self.bill, amount)])
        except InsufficientBalanceError:
            note("redeem: insufficient")
            assert spendable < amount
            self._assert_unchanged(before_counts)
            return
        except OfflineLimitError:
            note("redeem: over a limit")
            assert limit_passed
            self._assert_unchanged(before_counts)
            return
        assert spendable >= amount and not limit_passed
        note("redeem: done")
        taken = {a.lot_id: a.amount_fen for a in result.allocations}
        assert sum(taken.values()) == amount
        with self.station.database.reading() as session:
            after = {lot.id: raw_available(session, lot.id) for lot in lots}
        for lot_id, was in before.items():
            assert was - after[lot_id] == taken.get(lot_id, 0)
        # Spendable lots only (never expired, never early), in the design's order: every
        # lot ahead of the last one touched was emptied.
        assert set(taken) <= set(order)
        last = order.index(result.allocations[-1].lot_id)
        assert [a.lot_id for a in result.allocations] == order[: last + 1]
        for lot_id in order[:last]:
            assert after[lot_id] == 0
        self.spent[result.redemption_id] = Spent(
            account, amount, now.astimezone(ZONE).date(), taken
        )

    def _assert_unchanged(self, before: tuple[int, int, int]) -> None:
        with self.station.database.reading() as session:
            assert counts(session) == before

    # --- refunds ----------------------------------------------------------------------

    @rule(data=st.data())
    def refund_part(self, data: st.DataObject) -> None:
        if not self.spent:
            return
        with self.station.database.reading() as session:
            live = list(
                session.execute(
                    select(Redemption.id)
                    .where(Redemption.status != "rejected")
                    .order_by(Redemption.id)
                ).scalars()
            )
        # Mostly redemptions that can be refunded; now and then a rejected one.
        redemption_id = data.draw(
            st.sampled_from(live or sorted(self.spent)) | st.sampled_from(sorted(self.spent))
        )
        spent = self.spent[redemption_id]
        with self.station.database.reading() as session:
            row = session.get(Redemption, redemption_id)
            assert row is not None
            status = row.status
            given_back = int(
                session.execute(
                    select(func.coalesce(func.sum(VoucherRefund.amount_fen), 0)).where(
                        VoucherRefund.redemption_id == redemption_id,
                        VoucherRefund.status != "rejected",
                    )
                ).scalar_one()
            )
            before_counts = counts(session)
        refundable = 0 if status == "rejected" else spent.total - given_back
        # Mostly amounts that fit, sometimes one too many.
        amount = data.draw(st.integers(1, refundable + 1) | st.just(refundable))
        if amount == 0:
            return
        try:
            with self.station.work(CLERK) as work:
                result = refund(work, redemption_id, amount, "退货", SUPERVISOR)
        except RefundError:
            note("refund: refused")
            assert amount > refundable
            self._assert_unchanged(before_counts)
            return
        assert amount <= refundable
        note("refund: done" + (" (new lot)" if result.new_lot_ids else ""))
        assert sum(a.amount_fen for a in result.allocations) == amount
        # Last spent first: the lots run backwards through the spend order.
        spend_positions = list(spent.allocations)
        positions = [spend_positions.index(a.lot_id) for a in result.allocations]
        assert positions == sorted(positions, reverse=True)
        for allocation in result.allocations:
            spent.refunded[allocation.lot_id] += allocation.amount_fen
            assert spent.refunded[allocation.lot_id] <= spent.allocations[allocation.lot_id]
        # Refunds fill the lots back from the last spent: a lot gets money back only once
        # every lot spent after it is whole again.
        lots_in_order = list(spent.allocations)
        for position, lot_id in enumerate(lots_in_order):
            if spent.refunded[lot_id] > 0:
                for later in lots_in_order[position + 1 :]:
                    assert spent.refunded[later] == spent.allocations[later]
        self.refunds[result.refund_id] = redemption_id
        if given_back + amount == spent.total:
            assert dict(spent.refunded) == spent.allocations  # exactly what was taken

    # --- the platform answers, in seq order --------------------------------------------

    @rule(outcome=st.sampled_from(["applied", "applied", "flagged", "rejected"]))
    def platform_answers_next(self, outcome: str) -> None:
        with self.station.work(Actor.system()) as work:
            op = (
                work.session.execute(
                    select(OutboxOp).where(OutboxOp.status == "pending").order_by(OutboxOp.seq)
                )
                .scalars()
                .first()
            )
            if op is None:
                return
            if op.type == "voucher.redeem":
                settle_redemption(work, op.payload["redemption_id"], PlatformAnswer(outcome))
            else:
                # A platform refunds what it applied; refund refusals have their own tests.
                before = work.session.get(VoucherRefund, op.payload["refund_id"])
                assert before is not None
                was_pending = before.status == "pending"
                settle_refund(work, op.payload["refund_id"], PlatformAnswer("applied"))
                if not was_pending:
                    assert before.status == "rejected"
            work.session.execute(
                update(OutboxOp).where(OutboxOp.seq == op.seq).values(status="applied")
            )
        self._forget_rejected_refunds()

    def _forget_rejected_refunds(self) -> None:
        with self.station.database.reading() as session:
            for refund_row in session.execute(
                select(VoucherRefund).where(VoucherRefund.status == "rejected")
            ).scalars():
                redemption_id = self.refunds.pop(refund_row.id, None)
                if redemption_id is None:
                    continue
                spent = self.spent[redemption_id]
                for entry in session.execute(
                    select(VoucherLedgerEntry).where(
                        VoucherLedgerEntry.refund_id == refund_row.id,
                        VoucherLedgerEntry.kind == "refund",
                    )
                ).scalars():
                    lot = session.get(VoucherLot, entry.lot_id)
                    assert lot is not None
                    origin = (
                        entry.lot_id if entry.lot_id in spent.allocations else lot.origin_lot_id
                    )
                    assert origin is not None
                    spent.refunded[origin] -= entry.amount_fen

    # --- invariants -------------------------------------------------------------------

    @invariant()
    def books_balance(self) -> None:
        """No lot below zero; lots hold what they started with, less spends, plus refunds."""
        now = self.clock.trusted_now()
        with self.station.database.reading() as session:
            lots = self._lots(session)
            unsettled: dict[str, int] = defaultdict(int)
            everything: dict[str, int] = defaultdict(int)
            for entry in session.execute(select(VoucherLedgerEntry)).scalars():
                everything[entry.lot_id] += entry.amount_fen
                if not entry.settled:
                    unsettled[entry.lot_id] += entry.amount_fen
            statuses = {
                rid: status
                for rid, status in session.execute(select(Redemption.id, Redemption.status))
            }
            refunds = list(session.execute(select(VoucherRefund)).scalars())
            held: dict[str, int] = defaultdict(int)
            spendable: dict[str, int] = defaultdict(int)
            for lot in lots:
                assert lot.remaining_fen >= 0
                available = lot.remaining_fen + unsettled[lot.id]
                if lot.source == "platform":
                    assert available >= 0, lot.id
                    held[lot.account_id] += available
                else:
                    # A retired local lot no longer counts, but its entries still add up.
                    held[lot.account_id] += everything[lot.id]
                if spendable_at(lot.effective_at, lot.expires_at, now):
                    spendable[lot.account_id] += max(0, available)
            for account in ACCOUNTS:
                expected = (
                    self.initial.get(account, 0)
                    - sum(
                        s.total
                        for rid, s in self.spent.items()
                        if s.account == account and statuses[rid] != "rejected"
                    )
                    + sum(
                        r.amount_fen
                        for r in refunds
                        if r.status != "rejected" and self.spent[r.redemption_id].account == account
                    )
                )
                assert held[account] == expected, (account, held[account], expected)
                assert balance(session, account, now).total_fen == spendable[account]

    @invariant()
    def offline_totals_within_limits(self) -> None:
        per_transaction, per_day, outstanding = self.limits
        with self.station.database.reading() as session:
            rows = list(session.execute(select(Redemption)).scalars())
            assert all(row.total_fen <= per_transaction for row in rows)
            assert sum(row.total_fen for row in rows if row.status == "pending") <= outstanding
            per_account_day: dict[tuple[str, object], int] = defaultdict(int)
            for row in rows:
                if row.status != "rejected":
                    day = row.created_at.astimezone(ZONE).date()
                    per_account_day[(row.account_id, day)] += row.total_fen
            assert all(total <= per_day for total in per_account_day.values())

    @invariant()
    def every_change_is_audited(self) -> None:
        with self.station.database.reading() as session:
            assert audit.verify(session).ok
            ops = session.execute(select(func.count()).select_from(OutboxOp)).scalar_one()
            assert (
                ops
                == len(self.spent)
                + session.execute(select(func.count()).select_from(VoucherRefund)).scalar_one()
            )


VoucherSequence.TestCase.settings = settings(
    max_examples=60,
    stateful_step_count=25,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
test_voucher_sequences = VoucherSequence.TestCase
