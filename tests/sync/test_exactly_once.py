"""Exactly once under faults: every op reaches the platform once, however the wire behaves."""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
import requests
from sqlalchemy import delete, func, select

from station_app import maintenance
from station_app.db.models import SyncState
from station_app.station import Station
from station_app.vouchers import CatalogLine, OfflineLimitError, redeem
from station_app.work import Actor
from sync.attention import needs_attention
from sync.client import PlatformUnreachable, Timeouts
from sync.engine import SyncEngine
from sync.server import sync_api
from sync.server.models import AppliedOp, Parcel, ParcelEvent
from sync.server.models import Terminal as PlatformTerminal
from sync.server.platform import Platform
from tests.conftest import ManualClock
from tests.server.conftest import Community
from tests.sync.conftest import (
    Clocks,
    FaultAdapter,
    Send,
    Terminal,
    answer,
    around,
    lose_response,
    make_client,
    refuse,
    reopen,
)


def applied_ops(platform: Platform) -> list[AppliedOp]:
    with platform.database.reading() as session:
        return list(
            session.execute(select(AppliedOp).order_by(AppliedOp.epoch, AppliedOp.seq)).scalars()
        )


def platform_parcels(platform: Platform) -> int:
    with platform.database.reading() as session:
        return int(session.execute(select(func.count()).select_from(Parcel)).scalar_one())


def test_a_lost_answer_is_retried_and_comes_back_as_duplicates(
    terminals: Callable[..., Terminal], platform: Platform
) -> None:
    terminal = terminals("a")
    for number in range(3):
        terminal.check_in(f"SF30000000{number}")
    terminal.adapter.add("/v1/sync/push", lose_response)
    report = terminal.round()
    assert report.ok, report
    assert terminal.adapter.calls("/v1/sync/push") == 2 and len(terminal.sleeps) == 1
    ops = terminal.ops()
    assert [op.status for op in ops] == ["duplicate"] * 3
    for op in ops:
        assert op.result is not None
        assert op.result["original_status"] == "applied"
        assert op.result["result"] == {"parcel_id": op.entity_id, "merged_into": None}
    assert [(op.epoch, op.seq, op.status) for op in applied_ops(platform)] == [
        (1, 1, "applied"),
        (1, 2, "applied"),
        (1, 3, "applied"),
    ]
    assert platform_parcels(platform) == 3


def test_connection_errors_5xx_and_429_back_off_then_give_up(
    terminals: Callable[..., Terminal], platform: Platform
) -> None:
    terminal = terminals("a")
    terminal.check_in("SF400000001")
    terminal.adapter.add("/v1/sync/hello", refuse)
    terminal.adapter.add("/v1/sync/push", answer(503))
    terminal.adapter.add("/v1/sync/push", answer(429, {"Retry-After": "7"}))
    report = terminal.round()
    assert report.ok and report.answers == {"applied": 1}
    assert len(terminal.sleeps) == 3
    assert terminal.sleeps[2] >= 7  # Retry-After honoured
    terminal.check_in("SF400000002")
    terminal.adapter.add("/v1/sync/push", refuse, times=4)
    report = terminal.round()
    assert not report.ok and report.error_kind == "offline" and report.reached_platform
    [_, op] = terminal.ops()
    assert op.status == "pending" and op.attempts == 1  # one push, four tries on the wire
    assert terminal.adapter.calls("/v1/sync/push") == 3 + 4
    assert terminal.round().ok
    assert [op.seq for op in applied_ops(platform)] == [1, 2]


def test_a_timeout_after_k_of_n_ops_applies_each_op_once(
    terminals: Callable[..., Terminal], platform: Platform, monkeypatch: pytest.MonkeyPatch
) -> None:
    terminal = terminals("a", timeouts=Timeouts(connect=2, read=0.5))
    for number in range(5):
        terminal.check_in(f"SF50000000{number}")
    stalled = threading.Event()
    release = threading.Event()
    real_push = sync_api.apply_push
    calls = 0

    def stalling_push(platform: Platform, terminal_id: str, request: Any) -> Any:
        nonlocal calls
        calls += 1
        if calls > 1:
            return real_push(platform, terminal_id, request)
        # The platform gets through 2 of the 5 ops, then stalls past the client's timeout.
        real_push(platform, terminal_id, request.model_copy(update={"ops": request.ops[:2]}))
        stalled.set()
        release.wait(10)
        raise RuntimeError("the stalled request is abandoned")

    monkeypatch.setattr(sync_api, "apply_push", stalling_push)
    try:
        report = terminal.round()
    finally:
        release.set()
    assert stalled.is_set() and report.ok, report
    assert [op.status for op in terminal.ops()] == ["duplicate"] * 2 + ["applied"] * 3
    assert [op.seq for op in applied_ops(platform)] == [1, 2, 3, 4, 5]
    assert platform_parcels(platform) == 5


def test_two_concurrent_pushes_of_the_same_ops(
    terminals: Callable[..., Terminal], platform: Platform, clocks: Clocks
) -> None:
    """The GUI's worker and a technician's ``sync --once`` on one data dir at once."""
    first = terminals("a")
    for number in range(6):
        first.check_in(f"SF60000000{number}")
    second_station = Station(first.station.paths, clock=first.station.clock)
    adapter = FaultAdapter()
    second = Terminal(
        second_station,
        adapter,
        client := make_client(second_station, adapter, []),
        SyncEngine(second_station, client),
        [],
    )
    together = threading.Barrier(2, timeout=10)

    def meet() -> None:
        together.wait()  # both pushes leave together

    for terminal in (first, second):
        terminal.adapter.add("/v1/sync/push", around(before=meet))
    reports: list[Any] = []
    threads = [
        threading.Thread(target=lambda t=terminal: reports.append(t.round()))
        for terminal in (first, second)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)
    second.close()
    assert len(reports) == 2 and all(report.ok for report in reports), reports
    assert [op.seq for op in applied_ops(platform)] == list(range(1, 7))
    assert {op.status for op in first.ops()} <= {"applied", "duplicate"}
    assert platform_parcels(platform) == 6
    with platform.database.reading() as session:
        assert not any(t.quarantined for t in session.execute(select(PlatformTerminal)).scalars())


def test_a_seq_gap_is_resent_from_the_expected_seq(
    terminals: Callable[..., Terminal], platform: Platform
) -> None:
    terminal = terminals("a")
    ids = [terminal.check_in(f"SF70000000{number}") for number in range(3)]
    assert terminal.round().ok
    before = {op.seq: op.op_id for op in terminal.ops()}
    # The platform is restored from a backup taken after seq 1: it lost seqs 2 and 3.
    with platform.database.transaction() as session:
        session.execute(delete(AppliedOp).where(AppliedOp.seq > 1))
        session.execute(delete(ParcelEvent).where(ParcelEvent.parcel_id.in_(ids[1:])))
        session.execute(delete(Parcel).where(Parcel.id.in_(ids[1:])))
        for row in session.execute(select(PlatformTerminal)).scalars():
            row.last_seq = 1
    terminal.check_in("SF700000009")
    report = terminal.round()
    assert report.ok, report
    assert terminal.adapter.calls("/v1/sync/push") == 3  # [4] → gap at 2 → [2, 3, 4]
    assert {op.seq: op.op_id for op in terminal.ops()} == {**before, 4: terminal.ops()[3].op_id}
    assert [op.status for op in terminal.ops()] == ["applied"] * 4
    assert [op.seq for op in applied_ops(platform)] == [1, 2, 3, 4]
    assert platform_parcels(platform) == 4


def test_a_replayed_request_is_refused_and_the_client_signs_afresh(
    terminals: Callable[..., Terminal], platform: Platform
) -> None:
    terminal = terminals("a")
    terminal.check_in("SF800000001")
    replies: list[requests.Response] = []

    def replay(request: requests.PreparedRequest, send: Send) -> requests.Response:
        send()  # applied; its answer is lost
        replies.append(send())  # the very same bytes, nonce included, sent again
        return replies[-1]

    terminal.adapter.add("/v1/sync/push", replay)
    report = terminal.round()
    assert report.ok
    assert replies[0].status_code == 401
    assert replies[0].json()["type"].endswith("/replayed_nonce")
    [op] = terminal.ops()
    assert op.status == "duplicate"
    assert [op.seq for op in applied_ops(platform)] == [1]


def _fresh_clock(terminal: Terminal, skew: timedelta, clocks: Clocks) -> Terminal:
    """Restart the terminal with a device clock off by ``skew`` and no trusted time yet."""
    with terminal.station.work(Actor.system()) as work:
        state = work.session.get(SyncState, 1)
        assert state is not None
        state.server_time = state.device_time_at_server_time = None
    return reopen(terminal, clocks.station(skew))


@pytest.mark.parametrize("skew", [timedelta(minutes=10), timedelta(days=3), -timedelta(days=3)])
def test_a_wrong_device_clock_is_fixed_by_trusted_time(
    terminals: Callable[..., Terminal], platform: Platform, clocks: Clocks, skew: timedelta
) -> None:
    terminal = _fresh_clock(terminals("a"), skew, clocks)
    try:
        assert not terminal.station.clock.is_trusted
        terminal.check_in("SF900000001")  # made before any contact: trusted = device
        report = terminal.round()
        assert report.ok, report
        # The first signature was dated by the device; the 401 carried the platform's time.
        assert terminal.adapter.calls("/v1/sync/hello") == 2
        assert terminal.station.clock.is_trusted
        assert abs(terminal.station.clock.trusted_now() - clocks.platform.now()) < timedelta(
            seconds=1
        )
        terminal.check_in("SF900000002")  # trusted time now, the device still off
        assert terminal.round().ok
        first, second = terminal.ops()
        assert first.status == "applied" and second.status == "flagged"
        assert second.result is not None and "clock_skew" in second.result["flags"]
        with terminal.station.database.reading() as session:
            [item] = needs_attention(session)
        assert item.reason == "clock_skew" and item.seq == 2
    finally:
        terminal.close()


def test_a_terminal_restored_from_an_old_backup_recovers(
    terminals: Callable[..., Terminal],
    platform: Platform,
    community: Community,
    clocks: Clocks,
    tmp_path: Path,
) -> None:
    terminal = terminals("a")
    kept = [terminal.check_in(f"SFA0000000{number}") for number in range(3)]
    assert terminal.round().ok
    backup = maintenance.backup(terminal.station, tmp_path / "old.db")
    clocks.advance(timedelta(minutes=5))
    lost = [terminal.check_in(f"SFB0000000{number}") for number in range(2)]
    assert terminal.round().ok
    lost_code = terminal.parcel(lost[0]).pickup_code  # type: ignore[union-attr]
    clock = terminal.station.clock
    assert isinstance(clock, ManualClock)
    terminal.close()
    maintenance.restore(terminal.station.paths, backup)
    restored = reopen(terminal, clock)
    try:
        clocks.advance(timedelta(minutes=5))
        # Used offline before it reaches the platform: the new parcel takes the slot the
        # lost parcel had (this database never heard of it).
        new = restored.check_in("SFC000000001")
        assert restored.parcel(new).pickup_code == lost_code  # type: ignore[union-attr]
        report = restored.round(pull=False)
        assert report.ok and report.recovered and report.action == "recover"
        with restored.station.database.reading() as session:
            state = session.get(SyncState, 1)
            assert state is not None and state.repull_required and state.last_success_at is None
            assert restored.station.identity(session).epoch == 2
        with restored.station.work(Actor.system()) as work, pytest.raises(OfflineLimitError):
            # No offline money until the terminal has re-pulled its own state.
            redeem(work, community.account_id, [CatalogLine(community.catalog_item_id)])
        report = restored.round()
        assert report.ok and not report.recovered and report.relabelled == 1
        with restored.station.database.reading() as session:
            state = session.get(SyncState, 1)
            assert state is not None and not state.repull_required
            assert state.last_success_at is not None
        # Nothing lost, nothing doubled.
        assert all(restored.parcel(pid) is not None for pid in [*kept, *lost, new])
        assert platform_parcels(platform) == 6
        assert [(op.epoch, op.seq) for op in applied_ops(platform)] == [
            (1, 1),
            (1, 2),
            (1, 3),
            (1, 4),
            (1, 5),
            (2, 4),
        ]
        with platform.database.reading() as session:
            [row] = session.execute(select(PlatformTerminal)).scalars()
            assert (row.epoch, row.last_seq, row.quarantined) == (2, 4, False)
        # The parcel checked in later yields its code; staff are told to relabel it.
        assert restored.parcel(lost[0]).pickup_code == lost_code  # type: ignore[union-attr]
        assert restored.parcel(new).pickup_code != lost_code  # type: ignore[union-attr]
        with restored.station.database.reading() as session:
            reasons = {item.reason for item in needs_attention(session)}
        assert "code_changed" in reasons
    finally:
        restored.close()


def test_simulated_offline_keeps_ops_pending_until_switched_back(
    terminals: Callable[..., Terminal], platform: Platform
) -> None:
    terminal = terminals("a")
    terminal.client.network.offline = True
    terminal.check_in("SFD00000001")
    report = terminal.round()
    assert not report.ok and report.error_kind == "simulated_offline"
    assert not report.reached_platform and terminal.adapter.log == []
    assert [op.status for op in terminal.ops()] == ["pending"] and report.pending == 1
    with pytest.raises(PlatformUnreachable):
        terminal.client.status()
    terminal.client.network.offline = False
    report = terminal.round()
    assert report.ok and report.pending == 0
    assert [op.status for op in terminal.ops()] == ["applied"]
    assert [op.seq for op in applied_ops(platform)] == [1]
