"""Two terminals of one station, offline at the same time, and pulls racing writers."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

import pytest
from sqlalchemy import delete, select

from station_app.db.models import (
    AuditEntry,
    Notice,
    OutboxOp,
    ParcelEvent,
    Redemption,
    VoucherLot,
)
from station_app.parcels import pick_up
from station_app.replica import CODE_CHANGED
from station_app.vouchers import BillTender, CatalogLine, OfflineLimitError, redeem
from station_app.work import Actor
from sync.attention import acknowledge, needs_attention
from sync.engine import CONFLICT_EVENT, MERGED_EVENT
from sync.server.changes import publish, publish_delete
from sync.server.models import Parcel as PlatformParcel
from sync.server.models import ParcelEvent as PlatformParcelEvent
from sync.server.models import Recoupment
from sync.server.models import VoucherLot as PlatformLot
from sync.server.platform import Platform
from tests.server.conftest import Admin, Community
from tests.sync.conftest import Clocks, Terminal, around


def events(terminal: Terminal, parcel_id: str) -> list[ParcelEvent]:
    with terminal.station.database.reading() as session:
        return list(
            session.execute(
                select(ParcelEvent)
                .where(ParcelEvent.parcel_id == parcel_id)
                .order_by(ParcelEvent.at, ParcelEvent.id)
            ).scalars()
        )


def hand_over(terminal: Terminal, parcel_id: str) -> None:
    with terminal.station.work(Actor.system()) as work:
        pick_up(work, [parcel_id], method="code")


def test_two_terminals_hand_over_one_parcel(
    terminals: Callable[..., Terminal], clocks: Clocks
) -> None:
    counter, kiosk = terminals("counter"), terminals("kiosk")
    parcel_id = counter.check_in("SFE00000001")
    assert counter.round().ok and kiosk.round().ok
    hand_over(counter, parcel_id)
    clocks.advance(timedelta(minutes=1))
    hand_over(kiosk, parcel_id)  # both offline: each thinks it handed the parcel over
    assert counter.round().ok
    report = kiosk.round()
    assert report.ok and report.answers == {"rejected": 1} and report.attention == 1
    [op] = [op for op in kiosk.ops() if op.type == "parcel.pick_up"]
    assert (op.status, op.reason) == ("rejected", "already_picked_up")
    conflict = events(kiosk, parcel_id)[-1]
    assert conflict.kind == CONFLICT_EVENT
    with counter.station.database.reading() as session:
        counter_id = counter.station.identity(session).terminal_id
    assert conflict.details["by_terminal_id"] == counter_id
    with kiosk.station.database.reading() as session:
        [item] = needs_attention(session)
        parcel = kiosk.parcel(parcel_id)
    assert item.kind == "op_rejected" and item.reason == "already_picked_up"
    assert item.explanation is not None and "Another terminal" in str(item.explanation)
    assert parcel is not None and parcel.status == "picked_up"
    assert parcel.picked_up_at == clocks.platform.now() - timedelta(minutes=1)  # the first
    with kiosk.station.work(Actor.system()) as work:
        acknowledge(work, item)
    with kiosk.station.database.reading() as session:
        assert needs_attention(session) == []


def test_a_duplicate_check_in_is_folded_into_the_platforms_parcel(
    terminals: Callable[..., Terminal], platform: Platform, clocks: Clocks
) -> None:
    counter, second = terminals("counter"), terminals("second")
    first_id = counter.check_in("SFF00000001")
    clocks.advance(timedelta(minutes=1))
    local_id = second.check_in("SFF00000001")  # the same waybill, scanned at both counters
    assert counter.round().ok
    report = second.round()
    assert report.ok and report.answers == {"flagged": 1}, report
    [op] = second.ops()
    assert op.status == "flagged" and op.reason == "duplicate_parcel"
    assert op.result is not None and op.result["result"]["merged_into"] == first_id
    assert second.parcel(local_id) is None
    merged = second.parcel(first_id)
    assert merged is not None and merged.status == "in_station" and merged.version >= 1
    kinds = [event.kind for event in events(second, first_id)]
    assert kinds == ["checked_in", MERGED_EVENT]
    assert events(second, local_id) == []
    with second.station.database.reading() as session:
        assert [item.reason for item in needs_attention(session)] == ["duplicate_parcel"]
    with platform.database.reading() as session:
        duplicate = session.get(PlatformParcel, local_id)
        assert duplicate is not None and duplicate.merged_into_id == first_id


def test_a_pickup_code_clash_between_terminals_is_relabelled_once(
    terminals: Callable[..., Terminal], platform: Platform, clocks: Clocks
) -> None:
    counter, second = terminals("counter"), terminals("second")
    first = counter.check_in("SFG00000001")
    clocks.advance(timedelta(minutes=1))
    later = second.check_in("SFG00000002")  # offline: the same first free slot
    code = counter.parcel(first).pickup_code  # type: ignore[union-attr]
    assert second.parcel(later).pickup_code == code  # type: ignore[union-attr]
    assert counter.round().ok
    report = second.round()
    assert report.ok and report.relabelled == 1
    [op] = second.ops()
    assert op.status == "flagged" and op.reason == "pickup_code_clash"
    moved = second.parcel(later)
    assert moved is not None and moved.pickup_code != code
    assert second.parcel(first).pickup_code == code  # type: ignore[union-attr]
    [event] = [e for e in events(second, later) if e.kind == CODE_CHANGED]
    assert event.details["from"] == code and event.details["to"] == moved.pickup_code
    with second.station.database.reading() as session:
        reasons = sorted(str(item.reason) for item in needs_attention(session))
    assert reasons == [CODE_CHANGED, "pickup_code_clash"]
    # The other terminal applies the same rule: the later parcel moves, to the same place.
    assert counter.round().relabelled == 1
    assert counter.parcel(later).pickup_code == moved.pickup_code  # type: ignore[union-attr]
    # The platform sends the parcel again with its own (clashing) code: it stays moved.
    with platform.database.transaction() as session:
        row = session.get(PlatformParcel, later)
        assert row is not None
        publish(session, row, at=clocks.platform.now())
    report = second.round()
    assert report.ok and report.pulled == 1 and report.relabelled == 0
    assert second.parcel(later).pickup_code == moved.pickup_code  # type: ignore[union-attr]


def test_a_pull_deleting_a_parcel_with_events_succeeds(
    terminals: Callable[..., Terminal], platform: Platform, clocks: Clocks
) -> None:
    terminal = terminals("a")
    parcel_id = terminal.check_in("SFH00000001")
    assert terminal.round().ok and events(terminal, parcel_id)
    with platform.database.transaction() as session:
        row = session.get(PlatformParcel, parcel_id)
        assert row is not None
        publish_delete(session, row, at=clocks.platform.now())
        session.execute(
            delete(PlatformParcelEvent).where(PlatformParcelEvent.parcel_id == parcel_id)
        )
        session.delete(row)
    report = terminal.round()
    assert report.ok and report.pulled == 1, report
    assert terminal.parcel(parcel_id) is None and events(terminal, parcel_id) == []
    with terminal.station.database.reading() as session:
        history = session.execute(
            select(AuditEntry).where(AuditEntry.entity_id == parcel_id)
        ).scalars()
        assert [entry.action for entry in history] == ["parcel.check_in"]  # kept in the audit


def test_two_terminals_overspend_one_account_offline(
    terminals: Callable[..., Terminal],
    platform: Platform,
    community: Community,
    admin: Admin,
) -> None:
    limits = {
        "per_transaction_fen": 14_000,
        "per_account_day_fen": 14_000,
        "station_outstanding_fen": 500_000,
        "max_offline_age_hours": 24,
    }
    response = admin.client.put(
        f"/v1/admin/communities/{community.id}/policy",
        json={"data": {"offline_limits": limits, "parcel_retention_days": 7}},
        headers=admin.headers,
    )
    assert response.status_code == 200, response.text
    counter, second = terminals("counter"), terminals("second")
    assert counter.round().ok and second.round().ok  # balances, limits, last sync
    rice = CatalogLine(community.catalog_item_id, quantity=2)  # 139.80 each time
    with counter.station.work(Actor.system()) as work:
        mine = redeem(work, community.account_id, [rice]).redemption_id
    with second.station.work(Actor.system()) as work:
        theirs = redeem(work, community.account_id, [rice]).redemption_id
    with second.station.work(Actor.system()) as work, pytest.raises(OfflineLimitError):
        # Each terminal's offline risk per account is bounded by the day's limit.
        redeem(work, community.account_id, [BillTender(community.bill_id, 100)])
    assert counter.round().ok
    report = second.round()
    assert report.ok and report.answers == {"flagged": 1}
    with second.station.database.reading() as session:
        redemption = session.get(Redemption, theirs)
        assert redemption is not None and redemption.status == "flagged"
        assert redemption.reason == "overspend"
        [item] = needs_attention(session)
        assert item.reason == "overspend" and item.entity_id == theirs
    with platform.database.reading() as session:
        [recoupment] = session.execute(select(Recoupment)).scalars()
        assert recoupment.redemption_id == theirs
        # 2 × 139.80 against 200.00 spendable: 79.60 short, taken from next month's lot.
        assert (recoupment.amount_fen, recoupment.outstanding_fen) == (7960, 0)
        assert recoupment.amount_fen <= limits["per_account_day_fen"]
        assert recoupment.status == "settled"
        platform_lots = {
            lot.id: lot.remaining_fen for lot in session.execute(select(PlatformLot)).scalars()
        }
    assert counter.round().ok and second.round().ok
    for terminal in (counter, second):
        with terminal.station.database.reading() as session:
            lots = {
                lot.id: lot.remaining_fen for lot in session.execute(select(VoucherLot)).scalars()
            }
        assert lots == platform_lots
    with counter.station.database.reading() as session:
        assert session.get(Redemption, mine).status == "applied"  # type: ignore[union-attr]


def test_a_pull_page_does_not_overwrite_a_row_changed_while_it_travelled(
    terminals: Callable[..., Terminal], platform: Platform, clocks: Clocks
) -> None:
    terminal = terminals("a")
    parcel_id = terminal.check_in("SFJ00000001")
    assert terminal.round().ok
    with platform.database.transaction() as session:  # the platform sends it again
        row = session.get(PlatformParcel, parcel_id)
        assert row is not None
        publish(session, row, at=clocks.platform.now())
    # The clerk hands the parcel over while the page (still "in station") is on its way.
    terminal.adapter.add("/v1/sync/pull", around(after=lambda: hand_over(terminal, parcel_id)))
    report = terminal.round()
    assert report.ok and report.pulled == 1 and report.pending == 1
    parcel = terminal.parcel(parcel_id)
    assert parcel is not None and parcel.status == "picked_up"
    report = terminal.round()
    assert report.ok and report.answers == {"applied": 1} and report.pulled == 1
    parcel = terminal.parcel(parcel_id)
    assert parcel is not None and parcel.status == "picked_up" and parcel.version >= 3


def test_platform_writes_during_a_paged_pull_are_not_missed(
    terminals: Callable[..., Terminal], admin: Admin, community: Community, clocks: Clocks
) -> None:
    terminal = terminals("a")
    terminal.engine.pull_limit = 3
    written: list[str] = []

    def platform_writes() -> None:
        notice = admin.post(
            "/notices",
            {
                "community_id": community.id,
                "kind": "announcement",
                "title": f"通知 {len(written)}",
                "body": "…",
                "starts_at": clocks.platform.now().isoformat(),
            },
        )
        written.append(notice["id"])

    for _ in range(3):
        terminal.adapter.add("/v1/sync/pull", around(after=platform_writes))
    report = terminal.round()
    assert report.ok and report.pages > 3
    with terminal.station.database.reading() as session:
        local = set(session.execute(select(Notice.id)).scalars())
        pending = session.execute(select(OutboxOp)).first()
    assert set(written) <= local and pending is None
    assert terminal.round().pulled == 0
