"""A push batch is one transaction: what its ops share, and what must still hold per op.

Refusals inside a batch (with and without a savepoint), gaps and reuses halfway through,
the same op twice in one batch, parcels checked in and handed over within one batch, and
the two ways a batch is applied again (a constraint hit without a savepoint, a deadlock).
"""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import func, select
from sqlalchemy.exc import OperationalError

from station_app.ids import new_id
from sync.messages import Problem, PushRequest, utc_text
from sync.server import push
from sync.server.models import (
    AppliedOp,
    ChangeLogEntry,
    EntityVersion,
    Flag,
    Parcel,
    ParcelEvent,
    Shift,
)
from sync.server.models import Terminal as TerminalRow
from sync.server.op_context import OpContext, OpRejected
from sync.server.parcel_cache import ParcelCache
from sync.server.platform import Platform
from tests.server.conftest import Community, Terminal
from tests.server.test_ops import check_in, pay, pick_up


def _problem(response: Any, status: int, slug: str) -> Problem:
    assert response.status_code == status, response.text
    problem = Problem.model_validate(response.json())
    assert problem.type.endswith("/" + slug)
    return problem


def _count(platform: Platform, model: Any, *where: Any) -> int:
    with platform.database.reading() as session:
        query = select(func.count()).select_from(model).where(*where)
        return int(session.execute(query).scalar_one())


def _changes(platform: Platform, entity_id: str) -> list[tuple[int, int, str | None]]:
    """(position, version, status) of each change-log entry of a parcel."""
    with platform.database.reading() as session:
        rows = session.execute(
            select(ChangeLogEntry)
            .where(ChangeLogEntry.entity_id == entity_id)
            .order_by(ChangeLogEntry.position)
        ).scalars()
        return [(row.position, row.version, (row.data or {}).get("status")) for row in rows]


def _cash_movement(terminal: Terminal) -> dict[str, Any]:
    payload = {
        "movement_id": new_id(),
        "shift_id": terminal.shift_id,
        "kind": "pay_in",
        "amount_fen": 100,
    }
    return terminal.op("cash.movement", payload)


def test_refused_ops_mid_batch_leave_nothing_and_the_rest_apply(
    platform: Platform, terminal: Terminal, monkeypatch: pytest.MonkeyPatch
) -> None:
    def writes_then_refuses(ctx: OpContext, payload: Any) -> dict[str, Any]:
        """A handler that refuses after writing: its savepoint must take it all back."""
        ctx.session.add(
            Shift(
                id=payload.shift_id,
                station_id=ctx.station.id,
                terminal_id=ctx.terminal.id,
                staff_id=new_id(),
                opened_at=ctx.now,
                float_fen=0,
            )
        )
        ctx.session.flush()
        ctx.flag("overspend", entity="shift", entity_id=payload.shift_id)
        raise OpRejected("changed_its_mind")

    monkeypatch.setitem(push.HANDLERS, "cash.movement", writes_then_refuses)
    results = terminal.push_ok(
        check_in(terminal, "p1", "SF0000001", code="3-2-1001"),
        pick_up(terminal, "nowhere"),  # refused before writing: no savepoint
        _cash_movement(terminal),  # refused after writing: its savepoint rolls back
        check_in(terminal, "p2", "SF0000002", code="3-2-1002"),
        pick_up(terminal, "p1"),
    )
    assert [(r["seq"], r["status"], r["reason"]) for r in results] == [
        (1, "applied", None),
        (2, "rejected", "unknown_parcel"),
        (3, "rejected", "changed_its_mind"),
        (4, "applied", None),
        (5, "applied", None),
    ]
    assert terminal.push().json()["ack_seq"] == 5
    assert _count(platform, AppliedOp) == 5
    assert _count(platform, Shift) == 0
    assert _count(platform, Flag) == 0
    assert _count(platform, ParcelEvent, ParcelEvent.parcel_id == "nowhere") == 0
    with platform.database.reading() as session:
        stored = {row.seq: row for row in session.execute(select(AppliedOp)).scalars()}
        assert stored[3].status == "rejected" and stored[3].reason == "changed_its_mind"
        picked = session.get(Parcel, "p1")
        assert picked is not None and picked.status == "picked_up"
    assert [(version, status) for _, version, status in _changes(platform, "p1")] == [
        (1, "in_station"),
        (2, "picked_up"),
    ]


def test_a_gap_mid_batch_commits_the_ops_before_it(platform: Platform, terminal: Terminal) -> None:
    first = check_in(terminal, "p1", "SF0000001", code="3-2-1001")
    second = pick_up(terminal, "p1")
    skipped = check_in(terminal, "p3", "SF0000003", code="3-2-1003")
    fourth = check_in(terminal, "p4", "SF0000004", code="3-2-1004")
    problem = _problem(terminal.push(first, second, fourth), 409, "seq_gap")
    extra = problem.model_extra or {}
    assert (extra["expected_seq"], extra["ack_seq"]) == (3, 2)
    assert [(r["seq"], r["status"]) for r in extra["results"]] == [(1, "applied"), (2, "applied")]
    assert _count(platform, AppliedOp) == 2
    assert _count(platform, Parcel) == 1
    assert [version for _, version, _ in _changes(platform, "p1")] == [1, 2]
    results = terminal.push_ok(first, second, skipped, fourth)
    assert [r["status"] for r in results] == ["duplicate", "duplicate", "applied", "applied"]
    assert results[1]["result"] == extra["results"][1]["result"]


def test_a_reuse_mid_batch_commits_the_ops_before_it_and_quarantines(
    platform: Platform, terminal: Terminal
) -> None:
    first = check_in(terminal, "p1", "SF0000001", code="3-2-1001")
    terminal.push_ok(first)
    second = check_in(terminal, "p2", "SF0000002", code="3-2-1002")
    impostor = {**check_in(terminal, "p9", "SF0000009", code="3-2-1009"), "seq": 2}
    third = check_in(terminal, "p3", "SF0000003", code="3-2-1003")
    problem = _problem(terminal.push(second, impostor, third), 409, "seq_reuse")
    extra = problem.model_extra or {}
    assert (extra["seq"], extra["ack_seq"]) == (2, 2)
    assert [(r["seq"], r["status"]) for r in extra["results"]] == [(2, "applied")]
    with platform.database.reading() as session:
        row = session.get(TerminalRow, terminal.id)
        assert row is not None and row.quarantined and row.last_seq == 2
        assert session.get(Parcel, "p2") is not None
        assert session.get(Parcel, "p9") is None and session.get(Parcel, "p3") is None


def test_the_same_op_twice_in_a_batch_is_applied_once(
    platform: Platform, terminal: Terminal
) -> None:
    op = check_in(terminal, "p1", "SF0000001", code="3-2-1001")
    results = terminal.push_ok(op, op)
    assert [r["status"] for r in results] == ["applied", "duplicate"]
    assert results[1]["original_status"] == "applied"
    assert results[1]["result"] == results[0]["result"]
    assert _count(platform, AppliedOp) == 1
    assert _count(platform, ParcelEvent) == 1


def test_one_op_at_two_seqs_in_a_batch_is_seq_reuse(platform: Platform, terminal: Terminal) -> None:
    op = check_in(terminal, "p1", "SF0000001", code="3-2-1001")
    again = {**op, "seq": 2}
    problem = _problem(terminal.push(op, again), 409, "seq_reuse")
    assert "already applied at seq 1" in (problem.detail or "")
    assert [r["status"] for r in (problem.model_extra or {})["results"]] == ["applied"]
    assert _count(platform, AppliedOp) == 1


def test_parcels_checked_in_merged_and_handed_over_within_one_batch(
    platform: Platform, terminal: Terminal, kiosk: Terminal
) -> None:
    kiosk.push_ok(check_in(kiosk, "older", "SF0000009", code="3-2-1009"))
    results = terminal.push_ok(
        check_in(terminal, "p1", "SF0000001", code="3-2-1001"),
        pick_up(terminal, "p1"),
        check_in(terminal, "p2", "SF0000001", code="3-2-1002"),  # p1 left: a new parcel
        check_in(terminal, "p3", "SF0000001", code="3-2-1003"),  # p2 is in: merged into it
        check_in(terminal, "p4", "SF0000004", code="3-2-1002"),  # p2's code: a clash
        pick_up(terminal, "p3"),  # the merged check-in: hands p2 over
        pick_up(terminal, "older"),  # read at the batch's start
        check_in(terminal, "p1", "SF0000005", code="3-2-1005"),  # p1 exists
    )
    assert [(r["status"], r["reason"]) for r in results] == [
        ("applied", None),
        ("applied", None),
        ("applied", None),
        ("flagged", "duplicate_parcel"),
        ("flagged", "pickup_code_clash"),
        ("applied", None),
        ("applied", None),
        ("rejected", "parcel_exists"),
    ]
    assert results[3]["result"] == {"parcel_id": "p3", "merged_into": "p2"}
    assert results[5]["result"]["parcel_id"] == "p2"
    with platform.database.reading() as session:
        status = {row.id: row.status for row in session.execute(select(Parcel)).scalars()}
        kinds = {
            (row.parcel_id, row.kind) for row in session.execute(select(ParcelEvent)).scalars()
        }
        flags = {(row.kind, row.op_id) for row in session.execute(select(Flag)).scalars()}
    assert status == {
        "older": "picked_up",
        "p1": "picked_up",
        "p2": "picked_up",
        "p3": "merged",
        "p4": "in_station",
    }
    assert ("p3", "merged") in kinds and ("p2", "picked_up") in kinds
    assert {kind for kind, _ in flags} == {"duplicate_parcel", "pickup_code_clash"}
    # Each entity's versions count up, positions follow the ops, and a later batch goes on.
    assert [(v, s) for _, v, s in _changes(platform, "older")] == [
        (1, "in_station"),
        (2, "picked_up"),
    ]
    assert [(v, s) for _, v, s in _changes(platform, "p2")] == [(1, "in_station"), (2, "picked_up")]
    positions = [p for p, _, _ in _changes(platform, "p1") + _changes(platform, "p2")]
    assert positions == sorted(positions)
    terminal.push_ok(pick_up(terminal, "p4"))
    assert [v for _, v, _ in _changes(platform, "p4")] == [1, 2]
    with platform.database.reading() as session:
        version = session.get(EntityVersion, ("parcel", "p4"))
        assert version is not None and version.version == 2
        every = [row.position for row in session.execute(select(ChangeLogEntry)).scalars()]
    assert sorted(every) == list(range(min(every), min(every) + len(every)))  # no holes


def test_a_parcel_back_in_station_within_a_batch_counts_for_later_check_ins(
    platform: Platform, terminal: Terminal
) -> None:
    terminal.push_ok(check_in(terminal, "p1", "SF0000001", code="3-2-1001"))
    handed_over = pick_up(terminal, "p1")
    code_reused = check_in(terminal, "p2", "SF0000002", code="3-2-1001")  # p1's code is free
    undo = terminal.op(
        "parcel.undo_pick_up",
        {
            "parcel_id": "p1",
            "undone_at": utc_text(terminal.clock.now()),
            "pickup_code": "3-2-1007",  # a new shelf slot
            "shelf": "3",
            "layer": 2,
            "slot_seq": 1007,
        },
    )
    results = terminal.push_ok(
        handed_over,
        code_reused,
        undo,
        check_in(terminal, "p3", "SF0000001", code="3-2-1003"),  # p1 is back: merged
        check_in(terminal, "p4", "SF0000004", code="3-2-1007"),  # p1's new code: a clash
    )
    assert [(r["status"], r["reason"]) for r in results] == [
        ("applied", None),
        ("applied", None),
        ("applied", None),
        ("flagged", "duplicate_parcel"),
        ("flagged", "pickup_code_clash"),
    ]
    assert results[3]["result"]["merged_into"] == "p1"
    with platform.database.reading() as session:
        p1 = session.get(Parcel, "p1")
        assert p1 is not None and (p1.status, p1.pickup_code) == ("in_station", "3-2-1007")
    assert [(v, s) for _, v, s in _changes(platform, "p1")] == [
        (1, "in_station"),
        (2, "picked_up"),
        (3, "in_station"),
    ]


def test_a_constraint_hit_without_a_savepoint_applies_the_batch_again_with_savepoints(
    platform: Platform, terminal: Terminal, monkeypatch: pytest.MonkeyPatch
) -> None:
    terminal.push_ok(check_in(terminal, "p1", "SF0000001", code="3-2-1001"))
    read = ParcelCache.read

    def misses_p1(cache: ParcelCache, parcel_id: str, row: dict[str, Any] | None) -> None:
        read(cache, parcel_id, None if parcel_id == "p1" else row)  # a lookup that misses

    monkeypatch.setattr(ParcelCache, "read", misses_p1)
    results = terminal.push_ok(
        check_in(terminal, "p2", "SF0000002", code="3-2-1002"),
        check_in(terminal, "p1", "SF0000003", code="3-2-1003"),  # the INSERT fails
        check_in(terminal, "p3", "SF0000004", code="3-2-1004"),
    )
    assert [(r["status"], r["reason"]) for r in results] == [
        ("applied", None),
        ("rejected", "integrity_conflict"),
        ("applied", None),
    ]
    assert _count(platform, AppliedOp) == 4
    assert _count(platform, Parcel) == 3
    assert _count(platform, ParcelEvent) == 3  # the first try's rows went with its rollback
    assert _count(platform, Flag, Flag.kind == "integrity_conflict") == 1


class _DeadlockError(Exception):
    sqlstate = "40P01"


def test_a_deadlock_victim_batch_is_applied_again(
    platform: Platform, terminal: Terminal, community: Community, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = push._push
    calls: list[bool] = []

    def deadlocked_once(*args: Any, **kwargs: Any) -> Any:
        calls.append(kwargs["savepoints"])
        if len(calls) == 1:  # PostgreSQL rolled the batch back and said why
            raise OperationalError("SELECT … FOR UPDATE", {}, _DeadlockError("deadlock detected"))
        return real(*args, **kwargs)

    monkeypatch.setattr(push, "_push", deadlocked_once)
    results = terminal.push_ok(
        check_in(terminal, "p1", "SF0000001", code="3-2-1001"),
        pay(terminal, community.bill_id, community.bill_fen),
    )
    assert calls == [False, False]
    assert [r["status"] for r in results] == ["applied", "applied"]
    assert _count(platform, AppliedOp) == 2


def test_a_batch_that_keeps_deadlocking_fails_whole(
    platform: Platform, terminal: Terminal, monkeypatch: pytest.MonkeyPatch
) -> None:
    def always(*args: Any, **kwargs: Any) -> Any:
        raise OperationalError("SELECT", {}, _DeadlockError("deadlock detected"))

    monkeypatch.setattr(push, "_push", always)
    request = PushRequest.model_validate(
        {"epoch": terminal.epoch, "ops": [check_in(terminal, "p1", "SF0000001")]}
    )
    with pytest.raises(OperationalError):
        push.push(platform, terminal.id, request)
    assert _count(platform, AppliedOp) == 0
