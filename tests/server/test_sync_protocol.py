"""PROTOCOL.md against the real app: pairing, signatures, hello, push ordering, pull paging."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from fastapi.testclient import TestClient

from station_app import replica
from station_app.db.models import Bill, Parcel, Policy, Resident, Staff, VoucherLot
from station_app.station import Station
from sync.messages import PROBLEM_BASE, Problem
from sync.signing import encode_public_key, generate_private_key
from tests.server.conftest import (
    Admin,
    Community,
    PlatformClock,
    Terminal,
    make_community,
    pair,
)


def _problem(response: Any, status: int, slug: str) -> Problem:
    assert response.status_code == status, response.text
    assert response.headers["content-type"] == "application/problem+json"
    problem = Problem.model_validate(response.json())
    assert problem.type == PROBLEM_BASE + slug
    assert problem.title and problem.status == status and problem.server_time is not None
    return problem


def _check_in(
    terminal: Terminal, parcel_id: str, waybill: str, *, seq: int | None = None, **extra: Any
) -> dict[str, Any]:
    return terminal.op(
        "parcel.check_in",
        {
            "parcel_id": parcel_id,
            "carrier": "SF",
            "waybill_no": waybill,
            "phone": "13812341234",
            "pickup_code": f"3-2-{waybill[-4:]}",
            "shelf": "3",
            "checked_in_at": "2026-11-26T01:59:00Z",
            **extra,
        },
        seq=seq,
    )


# --- pairing ------------------------------------------------------------------------------


def test_pairing_gives_identity_and_platform_key(
    terminal: Terminal, community: Community, platform_clock: PlatformClock
) -> None:
    paired = terminal.pairing
    assert paired["station_id"] == community.station_id
    assert paired["community_id"] == community.id
    assert paired["epoch"] == 1
    assert paired["terminal_code"].endswith("T01")
    assert len(paired["platform_public_key"]) == 44
    assert paired["server_time"] == "2026-11-26T02:00:00Z"


def _pair_body(code: str) -> dict[str, str]:
    return {
        "enrollment_code": code,
        "public_key": encode_public_key(generate_private_key()),
        "terminal_name": "kiosk",
        "app_version": "1.0.0",
    }


def test_enrollment_codes_are_single_use_and_expire(
    client: TestClient, admin: Admin, community: Community, platform_clock: PlatformClock
) -> None:
    code = admin.post(f"/stations/{community.station_id}/enrollment-codes")["code"]
    assert len(code) == 11 and code.count("-") == 2
    assert client.post("/v1/terminals/pair", json=_pair_body(code.lower())).status_code == 200
    _problem(client.post("/v1/terminals/pair", json=_pair_body(code)), 400, "enrollment_code_used")
    late = admin.post(f"/stations/{community.station_id}/enrollment-codes")["code"]
    platform_clock.advance(timedelta(minutes=10, seconds=1))
    _problem(
        client.post("/v1/terminals/pair", json=_pair_body(late)), 400, "enrollment_code_expired"
    )
    _problem(
        client.post("/v1/terminals/pair", json=_pair_body("AAA-BBB-CCC")),
        400,
        "enrollment_code_unknown",
    )


def test_pairing_refuses_a_bad_key(client: TestClient, admin: Admin, community: Community) -> None:
    code = admin.post(f"/stations/{community.station_id}/enrollment-codes")["code"]
    body = {**_pair_body(code), "public_key": "A" * 44}
    _problem(client.post("/v1/terminals/pair", json=body), 400, "bad_public_key")
    _problem(
        client.post("/v1/terminals/pair", json={"enrollment_code": code}), 422, "invalid_request"
    )


# --- signatures ---------------------------------------------------------------------------


def test_unsigned_requests_are_refused(client: TestClient, community: Community) -> None:
    response = client.post(
        "/v1/sync/hello",
        json={"epoch": 1, "last_seq": 0, "db_instance_id": "x", "app_version": "1.0.0"},
    )
    _problem(response, 401, "bad_signature")
    assert response.headers["www-authenticate"].startswith("Signature")


def test_a_replayed_request_is_refused(terminal: Terminal) -> None:
    prepared = terminal.prepared("GET", "/v1/sync/pull?cursor=&limit=10")
    assert terminal.send(prepared).status_code == 200
    _problem(terminal.send(prepared), 401, "replayed_nonce")


def test_a_stale_or_future_signature_is_refused(
    terminal: Terminal, platform_clock: PlatformClock
) -> None:
    prepared = terminal.prepared("GET", "/v1/sync/pull")
    platform_clock.advance(timedelta(seconds=301))
    _problem(terminal.send(prepared), 401, "stale_signature")
    platform_clock.advance(timedelta(seconds=-602))
    _problem(terminal.send(prepared), 401, "stale_signature")


def test_a_changed_body_breaks_the_signature(terminal: Terminal) -> None:
    prepared = terminal.prepared("POST", "/v1/sync/push", {"epoch": 1, "ops": []})
    prepared.body = b'{"epoch": 2, "ops": []}'
    _problem(terminal.send(prepared), 401, "bad_signature")


def test_unknown_and_revoked_keys_are_refused(
    client: TestClient, admin: Admin, terminal: Terminal, platform_clock: PlatformClock
) -> None:
    stranger = Terminal(
        client,
        platform_clock,
        {**terminal.pairing, "terminal_id": "no-such-terminal", "_key": generate_private_key()},
    )
    _problem(stranger.hello(0), 401, "unknown_key")
    impostor = Terminal(
        client, platform_clock, {**terminal.pairing, "_key": generate_private_key()}
    )
    _problem(impostor.hello(0), 401, "bad_signature")
    admin.post(f"/terminals/{terminal.id}/revoke")
    _problem(terminal.hello(0), 401, "revoked_key")


# --- hello ----------------------------------------------------------------------------------


def test_hello_ok_recover_and_upgrade(
    admin: Admin, terminal: Terminal, community: Community
) -> None:
    assert terminal.hello(0).json()["action"] == "ok"
    terminal.push_ok(*(_check_in(terminal, f"p{n}", f"SF00000{n}") for n in range(1, 4)))
    answer = terminal.hello(3).json()
    assert (answer["action"], answer["server_last_seq"], answer["expected_epoch"]) == ("ok", 3, 1)
    # Restored from a backup made after seq 1: the platform opens epoch 2 from there.
    answer = terminal.hello(1).json()
    assert (answer["action"], answer["server_last_seq"], answer["expected_epoch"]) == (
        "recover",
        1,
        2,
    )
    assert [flag["kind"] for flag in admin.flags()] == ["terminal_recovered"]
    _problem(terminal.push(_check_in(terminal, "p9", "SF0000009", seq=2)), 409, "epoch_mismatch")
    terminal.epoch = 2
    results = terminal.push_ok(_check_in(terminal, "p9", "SF0000009", seq=2))
    assert results[0]["status"] == "applied"
    assert terminal.hello(2).json()["action"] == "ok"
    assert terminal.hello(2, app_version="0.0.9").json()["action"] == "upgrade_required"


# --- push ordering --------------------------------------------------------------------------


def test_a_seq_gap_stops_the_batch(terminal: Terminal) -> None:
    first = _check_in(terminal, "p1", "SF0000001")
    skipped = _check_in(terminal, "p2", "SF0000002")
    third = _check_in(terminal, "p3", "SF0000003")
    problem = _problem(terminal.push(first, third), 409, "seq_gap")
    assert problem.model_extra is not None
    assert problem.model_extra["expected_seq"] == 2
    assert problem.model_extra["ack_seq"] == 1
    assert [r["status"] for r in problem.model_extra["results"]] == ["applied"]
    results = terminal.push_ok(skipped, third)
    assert [r["status"] for r in results] == ["applied", "applied"]


def test_the_same_op_twice_is_a_duplicate_with_its_stored_result(terminal: Terminal) -> None:
    op = _check_in(terminal, "p1", "SF0000001")
    first = terminal.push_ok(op)[0]
    again = terminal.push_ok(op)[0]
    assert again["status"] == "duplicate"
    assert again["original_status"] == "applied"
    assert again["result"] == first["result"]
    response = terminal.push(op)
    assert response.json()["ack_seq"] == 1


def test_a_different_op_at_a_used_seq_quarantines(admin: Admin, terminal: Terminal) -> None:
    terminal.push_ok(_check_in(terminal, "p1", "SF0000001"))
    other = _check_in(terminal, "p2", "SF0000002", seq=1)
    problem = _problem(terminal.push(other), 409, "seq_reuse")
    assert problem.model_extra is not None and problem.model_extra["seq"] == 1
    _problem(terminal.push(_check_in(terminal, "p3", "SF0000003")), 403, "terminal_quarantined")
    admin.post(f"/terminals/{terminal.id}/release")
    assert terminal.push_ok(_check_in(terminal, "p3", "SF0000003", seq=2))[0]["status"] == "applied"


def test_a_changed_payload_at_the_same_seq_is_seq_reuse(terminal: Terminal) -> None:
    op = _check_in(terminal, "p1", "SF0000001")
    terminal.push_ok(op)
    changed = {**op, "payload": {**op["payload"], "shelf": "4"}}
    _problem(terminal.push(changed), 409, "seq_reuse")


def test_unknown_op_types_and_bad_payloads_are_rejected_not_blocking(
    admin: Admin, terminal: Terminal
) -> None:
    results = terminal.push_ok(
        terminal.op("coffee.brew", {}),
        terminal.op("bill.pay", {"payment_id": "x", "amount_fen": 1.5}),
        _check_in(terminal, "p1", "SF0000001"),
    )
    assert [(r["status"], r["reason"]) for r in results] == [
        ("rejected", "unknown_op_type"),
        ("rejected", "invalid_payload"),
        ("applied", None),
    ]
    assert {flag["kind"] for flag in admin.flags()} == {"unknown_op_type", "invalid_payload"}


def test_a_batch_is_at_most_100_ops(terminal: Terminal) -> None:
    ops = [_check_in(terminal, f"p{n}", f"SF{n:07d}") for n in range(101)]
    _problem(terminal.push(*ops), 422, "invalid_request")


def test_an_empty_push_acks_the_cursor(terminal: Terminal) -> None:
    terminal.push_ok(_check_in(terminal, "p1", "SF0000001"))
    response = terminal.push()
    assert response.json()["results"] == [] and response.json()["ack_seq"] == 1


# --- pull ---------------------------------------------------------------------------------


def test_pull_pages_apply_to_a_real_station(
    terminal: Terminal, kiosk: Terminal, community: Community, station: Station
) -> None:
    kiosk.push_ok(_check_in(kiosk, "parcel-1", "SF0000001", layer=2, slot_seq=1))
    cursor = ""
    pages = 0
    while True:
        response = terminal.call("GET", f"/v1/sync/pull?cursor={cursor}&limit=4")
        page = response.json()
        assert response.status_code == 200 and page["server_time"]
        with station.database.transaction() as session:
            replica.apply_page(session, page["changes"], page["next_cursor"])
        cursor = page["next_cursor"]
        pages += 1
        if not page["has_more"]:
            break
    assert pages == 4  # 14 changes in pages of 4
    with station.database.reading() as session:
        bill = session.get(Bill, community.bill_id)
        assert bill is not None and bill.amount_due_fen == community.bill_fen
        resident = session.execute(
            Resident.__table__.select().where(Resident.household_id == community.household_id)
        ).one()
        assert resident.phone_tail == "1234"
        assert session.get(Parcel, "parcel-1") is not None
        assert session.get(Policy, _only_id(session, Policy)) is not None
        assert len(list(session.execute(VoucherLot.__table__.select()))) == 3
        staff = session.get(Staff, community.clerk_id)
        assert staff is not None and staff.role == "clerk"
    # Nothing new: the same cursor comes back and has_more is false.
    again = terminal.call("GET", f"/v1/sync/pull?cursor={cursor}").json()
    assert again["changes"] == [] and again["next_cursor"] == cursor and not again["has_more"]


def _only_id(session: Any, model: Any) -> str:
    return str(session.execute(model.__table__.select()).one().id)


def test_pull_is_scoped_to_the_terminals_community_and_station(
    client: TestClient,
    admin: Admin,
    terminal: Terminal,
    community: Community,
    platform_clock: PlatformClock,
) -> None:
    other = make_community(admin, platform_clock.now(), name="别的社区")
    second_station = admin.post("/stations", {"community_id": community.id, "name": "第二站"})
    elsewhere = Terminal(client, platform_clock, pair(client, admin, second_station["id"], "x"))
    elsewhere.push_ok(_check_in(elsewhere, "far-parcel", "SF0000009"))
    changes, _ = terminal.pull_all()
    ids = {change["id"] for change in changes}
    assert community.bill_id in ids and other.bill_id not in ids
    assert "far-parcel" not in ids
    assert community.supervisor_id in ids  # station staff
    second_ids = {change["id"] for change in elsewhere.pull_all()[0]}
    assert community.supervisor_id not in second_ids  # staff of another station
    assert community.clerk_id in second_ids  # community-wide staff


def test_a_bad_cursor_is_a_problem(terminal: Terminal) -> None:
    _problem(terminal.call("GET", "/v1/sync/pull?cursor=yesterday"), 400, "bad_cursor")
    _problem(terminal.call("GET", "/v1/sync/pull?limit=0"), 422, "invalid_request")


@pytest.mark.parametrize("path", ["/v1/nothing", "/v1/sync/pushy"])
def test_unknown_paths_are_problems(client: TestClient, path: str) -> None:
    _problem(client.get(path), 404, "not_found")
