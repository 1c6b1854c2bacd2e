"""The platform's rule for each op type (PROTOCOL.md's table), through the real endpoints."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from sqlalchemy import func, select

from station_app.db.models import AuditEntry
from station_app.db.types import format_utc
from station_app.ids import new_id
from station_app.station import Station
from station_app.work import Actor
from sync.messages import utc_text
from sync.server.models import Credit, Notification, Recoupment, VoucherLedgerEntry
from sync.server.platform import Platform
from tests.server.conftest import Admin, Community, PlatformClock, Terminal, pin_hash

# --- payloads ----------------------------------------------------------------------------


def check_in(t: Terminal, parcel_id: str, waybill: str, code: str = "3-2-1045") -> dict[str, Any]:
    return t.op(
        "parcel.check_in",
        {
            "parcel_id": parcel_id,
            "carrier": "SF",
            "waybill_no": waybill,
            "phone": "13812341234",
            "pickup_code": code,
            "shelf": code.split("-")[0],
            "checked_in_at": utc_text(t.clock.now()),
        },
    )


def pick_up(t: Terminal, parcel_id: str) -> dict[str, Any]:
    return t.op(
        "parcel.pick_up",
        {"parcel_id": parcel_id, "method": "code", "picked_up_at": utc_text(t.clock.now())},
    )


def pay(t: Terminal, bill_id: str, amount: int, payment_id: str | None = None) -> dict[str, Any]:
    return t.op(
        "bill.pay",
        {
            "payment_id": payment_id or new_id(),
            "bill_id": bill_id,
            "amount_fen": amount,
            "tender": {"cash_fen": amount, "voucher_fen": 0},
            "receipt_no": f"{t.code}-20261126-0001",
        },
    )


def redeem(
    t: Terminal, account_id: str, total: int, *, offline: bool = True, rid: str | None = None
) -> dict[str, Any]:
    return t.op(
        "voucher.redeem",
        {
            "redemption_id": rid or new_id(),
            "account_id": account_id,
            "items": [{"description": "大米 5kg", "unit_price_fen": total, "amount_fen": total}],
            "total_fen": total,
            "allocations": [],
        },
        offline=offline,
    )


def refund(t: Terminal, redemption_id: str, amount: int) -> dict[str, Any]:
    return t.op(
        "voucher.refund",
        {"refund_id": new_id(), "redemption_id": redemption_id, "amount_fen": amount},
    )


def lots_of(admin: Admin, account_id: str) -> list[dict[str, Any]]:
    lots: list[dict[str, Any]] = admin.get(f"/voucher-accounts/{account_id}")["lots"]
    return lots


def one(terminal: Terminal, op: dict[str, Any]) -> dict[str, Any]:
    return terminal.push_ok(op)[0]


# --- the whole round: every op type, then pull until done ---------------------------------------


def test_a_sync_round_with_every_op_type(
    terminal: Terminal, community: Community, station: Station, system: Actor
) -> None:
    assert terminal.hello(0).json()["action"] == "ok"
    shift, payment, parcel, redemption = new_id(), new_id(), new_id(), new_id()
    terminal.shift_id = shift
    with station.work(system) as work:
        work.record("test.entry", entity="thing", entity_id="1", details={"n": 1})
    with station.database.reading() as session:
        entry = session.get(AuditEntry, 1)
        assert entry is not None
        audit_entry = {
            "seq": entry.seq,
            "at": format_utc(entry.at),
            "staff_id": entry.staff_id,
            "action": entry.action,
            "entity": entry.entity,
            "entity_id": entry.entity_id,
            "details": entry.details,
            "prev_hash": entry.prev_hash,
            "hash": entry.hash,
        }
    ops = [
        terminal.op(
            "shift.open",
            {"shift_id": shift, "staff_id": community.clerk_id, "float_fen": 50_000},
        ),
        terminal.op(
            "staff.upsert",
            {
                "staff_id": new_id(),
                "name": "临时工",
                "role": "clerk",
                "pin_hash": pin_hash("1111"),
            },
        ),
        terminal.op(
            "cash.movement",
            {"movement_id": new_id(), "shift_id": shift, "kind": "paid_out", "amount_fen": -500},
        ),
        check_in(terminal, parcel, "SF1234567890"),
        terminal.op("parcel.remind", {"parcel_id": parcel}),
        pick_up(terminal, parcel),
        check_in(terminal, "parcel-2", "YT0000000002", code="4-1-0002"),
        terminal.op(
            "parcel.return",
            {
                "parcel_id": "parcel-2",
                "courier": "圆通",
                "returned_at": utc_text(terminal.clock.now()),
            },
        ),
        pay(terminal, community.bill_id, community.bill_fen, payment),
        terminal.op(
            "payment.void",
            {"payment_id": payment, "reason": "输错金额", "supervisor_id": community.supervisor_id},
        ),
        redeem(terminal, community.account_id, 1_500, rid=redemption),
        refund(terminal, redemption, 500),
        terminal.op("audit.append", {"entries": [audit_entry]}),
        terminal.op(
            "shift.close",
            {
                "shift_id": shift,
                "staff_id": community.clerk_id,
                "counted_fen": 49_500,
                "expected_fen": 49_500,
                "z_number": 1,
            },
        ),
    ]
    response = terminal.push(*ops)
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["ack_seq"] == len(ops)
    assert [r["status"] for r in body["results"]] == ["applied"] * len(ops), body["results"]
    assert terminal.hello(len(ops)).json()["action"] == "ok"
    changes, _ = terminal.pull_all(limit=5)
    latest = {(c["entity"], c["id"]): c for c in changes}
    assert latest[("parcel", parcel)]["data"]["status"] == "picked_up"
    assert latest[("parcel", "parcel-2")]["data"]["status"] == "returned"
    assert latest[("bill", community.bill_id)]["data"]["status"] == "unpaid"  # voided
    assert sum(c["entity"] == "staff" for c in changes) == 3


# --- shifts -------------------------------------------------------------------------------


def test_shift_totals_that_do_not_add_up_are_flagged(
    admin: Admin, terminal: Terminal, community: Community
) -> None:
    shift = new_id()
    opened = one(
        terminal,
        terminal.op(
            "shift.open",
            {
                "shift_id": shift,
                "staff_id": community.clerk_id,
                "float_fen": 50_000,
                "denominations": {"10000": 4, "5000": 1},
            },
        ),
    )
    assert (opened["status"], opened["reason"]) == ("flagged", "denominations_mismatch")
    closed = one(
        terminal,
        terminal.op(
            "shift.close",
            {
                "shift_id": shift,
                "staff_id": community.clerk_id,
                "counted_fen": 60_000,
                "expected_fen": 60_500,
                "denominations": {"10000": 6},
                "z_number": 1,
            },
        ),
    )
    assert closed["status"] == "flagged" and closed["flags"] == ["cash_variance"]
    assert closed["result"]["variance_fen"] == -500
    again = one(
        terminal,
        terminal.op(
            "shift.close",
            {
                "shift_id": shift,
                "staff_id": community.clerk_id,
                "counted_fen": 0,
                "expected_fen": 0,
            },
        ),
    )
    assert (again["status"], again["reason"]) == ("rejected", "shift_closed")
    assert {f["kind"] for f in admin.flags()} == {"denominations_mismatch", "cash_variance"}


# --- parcels ------------------------------------------------------------------------------


def test_two_terminals_picking_up_one_parcel_first_wins(
    terminal: Terminal, kiosk: Terminal, platform: Platform
) -> None:
    one(terminal, check_in(terminal, "p1", "SF0000000001"))
    with platform.database.reading() as session:
        sms = session.execute(select(Notification)).scalar_one()
        assert (sms.phone, sms.params["pickup_code"]) == ("13812341234", "3-2-1045")
    first = one(terminal, pick_up(terminal, "p1"))
    second = one(kiosk, pick_up(kiosk, "p1"))
    assert first["status"] == "applied"
    assert (second["status"], second["reason"]) == ("rejected", "already_picked_up")
    assert second["result"]["by_terminal_id"] == terminal.id
    returned = one(
        kiosk,
        kiosk.op(
            "parcel.return",
            {"parcel_id": "p1", "courier": "顺丰", "returned_at": utc_text(kiosk.clock.now())},
        ),
    )
    assert returned["reason"] == "already_picked_up"
    assert one(kiosk, pick_up(kiosk, "nowhere"))["reason"] == "unknown_parcel"
    # The refused pick-up still advanced the kiosk's cursor: its next op applies.
    assert one(kiosk, check_in(kiosk, "p2", "SF0000000002", code="3-2-1046"))["status"] == "applied"


def test_only_the_terminal_that_handed_a_parcel_over_can_undo_it(
    terminal: Terminal, kiosk: Terminal
) -> None:
    one(terminal, check_in(terminal, "p1", "SF0000000001"))
    one(terminal, pick_up(terminal, "p1"))

    def undo(t: Terminal) -> dict[str, Any]:
        return t.op(
            "parcel.undo_pick_up",
            {
                "parcel_id": "p1",
                "undone_at": utc_text(t.clock.now()),
                "pickup_code": "3-2-1045",
                "shelf": "3",
                "layer": 2,
                "slot_seq": 1045,
                "reason": "交错了",
            },
        )

    refused = one(kiosk, undo(kiosk))
    assert (refused["status"], refused["reason"]) == ("rejected", "picked_up_elsewhere")
    assert one(terminal, undo(terminal))["status"] == "applied"
    parcels = [c for c in kiosk.pull_all()[0] if c["entity"] == "parcel" and c["id"] == "p1"]
    assert parcels[-1]["data"]["status"] == "in_station"
    # Back in station, it can be picked up again (by anyone).
    assert one(kiosk, pick_up(kiosk, "p1"))["status"] == "applied"


def test_a_second_check_in_of_a_waybill_is_merged_and_flagged(
    admin: Admin, terminal: Terminal, kiosk: Terminal
) -> None:
    one(terminal, check_in(terminal, "p1", "SF0000000001"))
    dup = one(kiosk, check_in(kiosk, "p1-dup", "SF0000000001", code="5-1-0001"))
    assert (dup["status"], dup["reason"]) == ("flagged", "duplicate_parcel")
    assert dup["result"]["merged_into"] == "p1"
    # The duplicate is never pulled; picking it up picks up the parcel it was merged into.
    ids = {c["id"] for c in kiosk.pull_all()[0] if c["entity"] == "parcel"}
    assert ids == {"p1"}
    assert one(kiosk, pick_up(kiosk, "p1-dup"))["result"]["parcel_id"] == "p1"
    assert one(terminal, pick_up(terminal, "p1"))["reason"] == "already_picked_up"
    flag = admin.flags(kind="duplicate_parcel")[0]
    assert flag["details"]["duplicate_id"] == "p1-dup"


def test_two_terminals_giving_out_one_pickup_code_is_flagged(
    terminal: Terminal, kiosk: Terminal
) -> None:
    one(terminal, check_in(terminal, "p1", "SF0000000001", code="3-2-1045"))
    clash = one(kiosk, check_in(kiosk, "p2", "SF0000000002", code="3-2-1045"))
    assert (clash["status"], clash["reason"]) == ("flagged", "pickup_code_clash")


# --- bills --------------------------------------------------------------------------------


def test_a_bill_paid_twice_is_flagged_with_an_overpayment_credit(
    admin: Admin, terminal: Terminal, kiosk: Terminal, community: Community, platform: Platform
) -> None:
    first = one(terminal, pay(terminal, community.bill_id, community.bill_fen))
    assert first["status"] == "applied"
    assert first["result"]["bill_status"] == "paid"
    second = one(kiosk, pay(kiosk, community.bill_id, community.bill_fen))
    assert (second["status"], second["reason"]) == ("flagged", "bill_already_paid")
    assert (second["result"]["applied_fen"], second["result"]["credit_fen"]) == (
        0,
        community.bill_fen,
    )
    with platform.database.reading() as session:
        credit = session.execute(select(Credit)).scalar_one()
        assert credit.amount_fen == community.bill_fen
        assert credit.household_id == community.household_id
    assert [f["kind"] for f in admin.flags()] == ["bill_already_paid"]


def test_partial_payments_and_overpayments(
    terminal: Terminal, community: Community, platform: Platform
) -> None:
    part = one(terminal, pay(terminal, community.bill_id, 1_000))
    assert part["result"]["bill_status"] == "partial"
    assert part["reason"] == "partial_not_allowed"  # the water biller takes whole bills only
    rest = one(terminal, pay(terminal, community.bill_id, community.bill_fen))
    assert (rest["reason"], rest["result"]["credit_fen"]) == ("overpayment", 1_000)
    unknown = one(terminal, pay(terminal, "no-such-bill", 500))
    assert (unknown["status"], unknown["reason"]) == ("flagged", "unknown_bill")
    with platform.database.reading() as session:
        total = session.execute(select(func.sum(Credit.amount_fen))).scalar_one()
    assert total == 1_500


def test_voids_stay_within_their_shift(terminal: Terminal, community: Community) -> None:
    payment = new_id()
    one(terminal, pay(terminal, community.bill_id, community.bill_fen, payment))
    void = {"payment_id": payment, "reason": "错单", "supervisor_id": community.supervisor_id}
    terminal.shift_id = new_id()
    late = one(terminal, terminal.op("payment.void", void))
    assert (late["status"], late["reason"]) == ("rejected", "not_same_shift")


def test_a_void_reopens_the_bill(terminal: Terminal, community: Community) -> None:
    payment = new_id()
    one(terminal, pay(terminal, community.bill_id, community.bill_fen, payment))
    void = {"payment_id": payment, "reason": "错单", "supervisor_id": community.clerk_id}
    voided = one(terminal, terminal.op("payment.void", void))
    assert (voided["status"], voided["reason"]) == ("flagged", "void_without_supervisor")
    assert voided["result"]["bill_status"] == "unpaid"
    assert one(terminal, terminal.op("payment.void", void))["reason"] == "already_voided"


# --- vouchers -----------------------------------------------------------------------------


def _account(admin: Admin, community: Community, *programmes: dict[str, Any]) -> str:
    account = admin.post(
        "/voucher-accounts", {"community_id": community.id, "holder_name": "李明"}
    )["id"]
    for programme in programmes:
        admin.post(
            "/voucher-programmes",
            {"community_id": community.id, "name": "券", "account_ids": [account], **programme},
        )
    return str(account)


def test_redemption_spends_lots_in_order_and_skips_unspendable_ones(
    admin: Admin, terminal: Terminal, community: Community, platform_clock: PlatformClock
) -> None:
    now = platform_clock.now()
    account = _account(
        admin,
        community,
        # expired 15 days ago
        {
            "total_fen": 10_000,
            "months": 1,
            "expiry_months": 1,
            "starts_at": utc_text(now - timedelta(days=45)),
        },
        # 3000 now (expires in ~50 days), 3000 now (expires later), 3000 next month (not yet)
        {
            "total_fen": 9_000,
            "months": 3,
            "expiry_months": 3,
            "starts_at": utc_text(now - timedelta(days=40)),
        },
        # priority 1: spent after every priority 0 lot, though it never expires
        {
            "total_fen": 5_000,
            "months": 1,
            "starts_at": utc_text(now - timedelta(days=5)),
            "priority": 1,
        },
    )
    lots = sorted(lots_of(admin, account), key=lambda lot: (lot["priority"], lot["effective_at"]))
    expired, first, second, future, late_priority = (
        lots[0],
        lots[1],
        lots[2],
        lots[3],
        lots[4],
    )
    assert expired["amount_fen"] == 10_000 and future["effective_at"] > utc_text(now)
    result = one(terminal, redeem(terminal, account, 7_000))
    assert result["status"] == "applied"
    assert result["result"]["allocations"] == [
        {"lot_id": first["id"], "amount_fen": 3_000},
        {"lot_id": second["id"], "amount_fen": 3_000},
        {"lot_id": late_priority["id"], "amount_fen": 1_000},
    ]
    assert result["result"]["reallocated"] is True  # the station sent no allocations
    remaining = {lot["id"]: lot["remaining_fen"] for lot in lots_of(admin, account)}
    assert remaining[expired["id"]] == 10_000 and remaining[future["id"]] == 3_000


def test_two_offline_redemptions_beyond_the_balance_are_both_kept(
    admin: Admin,
    terminal: Terminal,
    kiosk: Terminal,
    community: Community,
    platform: Platform,
) -> None:
    # Spendable now: two lots of 10 000; the third lot starts next month.
    first = one(terminal, redeem(terminal, community.account_id, 15_000))
    second = one(kiosk, redeem(kiosk, community.account_id, 8_000))
    assert first["status"] == "applied"
    assert (second["status"], second["reason"]) == ("flagged", "overspend")
    outcome = second["result"]
    assert (outcome["spent_fen"], outcome["shortfall_fen"]) == (5_000, 3_000)
    assert outcome["recoupment_id"] and outcome["recouped_fen"] == 3_000
    future = max(lots_of(admin, community.account_id), key=lambda lot: lot["effective_at"])
    assert future["remaining_fen"] == 7_000  # next month's lot carries the overspend
    with platform.database.reading() as session:
        recoupment = session.execute(select(Recoupment)).scalar_one()
        assert (recoupment.amount_fen, recoupment.status) == (3_000, "settled")
        spent = session.execute(select(func.sum(VoucherLedgerEntry.amount_fen))).scalar_one()
        assert spent == -23_000  # never lost: every fen is in the ledger
    flag = admin.flags(kind="overspend")[0]
    assert flag["details"]["shortfall_fen"] == 3_000
    # The kiosk learns the lots' balances from its next pull.
    pulled = [c for c in kiosk.pull_all()[0] if c["entity"] == "voucher_lot"]
    assert {c["data"]["remaining_fen"] for c in pulled if c["id"] == future["id"]} >= {7_000}


def test_online_redemption_beyond_the_balance_is_refused(
    admin: Admin, terminal: Terminal, community: Community
) -> None:
    refused = one(terminal, redeem(terminal, community.account_id, 25_000, offline=False))
    assert (refused["status"], refused["reason"]) == ("rejected", "insufficient_balance")
    assert refused["result"]["available_fen"] == 20_000
    assert sum(lot["remaining_fen"] for lot in lots_of(admin, community.account_id)) == 30_000


def test_a_frozen_account(admin: Admin, terminal: Terminal, community: Community) -> None:
    admin.post(f"/voucher-accounts/{community.account_id}/status", {"status": "frozen"})
    online = one(terminal, redeem(terminal, community.account_id, 100, offline=False))
    assert online["reason"] == "account_frozen" and online["status"] == "rejected"
    offline = one(terminal, redeem(terminal, community.account_id, 100))
    assert (offline["status"], offline["reason"]) == ("flagged", "account_frozen")


def test_refunds_go_back_to_their_lots_or_a_new_one_if_expired(
    admin: Admin, terminal: Terminal, community: Community, platform_clock: PlatformClock
) -> None:
    rid = new_id()
    one(terminal, redeem(terminal, community.account_id, 15_000, rid=rid))
    lots = sorted(lots_of(admin, community.account_id), key=lambda lot: lot["effective_at"])
    back = one(terminal, refund(terminal, rid, 6_000))
    assert back["status"] == "applied"
    assert back["result"]["lots"] == [
        {"lot_id": lots[1]["id"], "amount_fen": 5_000, "new_lot": False},
        {"lot_id": lots[0]["id"], "amount_fen": 1_000, "new_lot": False},
    ]
    platform_clock.advance(timedelta(days=30))  # the first lot has expired now
    late = one(terminal, refund(terminal, rid, 9_000))
    assert len(late["result"]["lots"]) == 1 and late["result"]["lots"][0]["new_lot"] is True
    assert late["result"]["lots"][0]["amount_fen"] == 9_000
    too_much = one(terminal, refund(terminal, rid, 1))
    assert (too_much["status"], too_much["reason"]) == ("rejected", "refund_exceeds_redemption")
    assert one(terminal, refund(terminal, "nothing", 1))["reason"] == "unknown_redemption"


def test_a_refund_cancels_an_overspend_not_yet_recouped(
    admin: Admin, terminal: Terminal, community: Community, platform_clock: PlatformClock
) -> None:
    account = _account(
        admin,
        community,
        {"total_fen": 1_000, "months": 1, "starts_at": utc_text(platform_clock.now())},
    )
    rid = new_id()
    spent = one(terminal, redeem(terminal, account, 1_500, rid=rid))
    assert spent["result"]["shortfall_fen"] == 500 and spent["result"]["recouped_fen"] == 0
    back = one(terminal, refund(terminal, rid, 700))
    assert back["result"]["recoupment_cancelled_fen"] == 500
    assert back["result"]["lots"][0]["amount_fen"] == 200


# --- audit chain, clock skew ----------------------------------------------------------------


def _audit_entries(station: Station, actor: Actor, count: int) -> list[dict[str, Any]]:
    for index in range(count):
        with station.work(actor) as work:
            work.record("test.entry", entity="thing", entity_id=str(index), details={"n": index})
    with station.database.reading() as session:
        rows = session.execute(select(AuditEntry).order_by(AuditEntry.seq)).scalars()
        return [
            {
                "seq": row.seq,
                "at": format_utc(row.at),
                "staff_id": row.staff_id,
                "action": row.action,
                "entity": row.entity,
                "entity_id": row.entity_id,
                "details": row.details,
                "prev_hash": row.prev_hash,
                "hash": row.hash,
            }
            for row in rows
        ]


def test_the_audit_chain_must_continue(terminal: Terminal, station: Station, system: Actor) -> None:
    entries = _audit_entries(station, system, 6)
    first = one(terminal, terminal.op("audit.append", {"entries": entries[:3]}))
    assert first["status"] == "applied" and first["result"]["stored"] == 3
    resent = one(terminal, terminal.op("audit.append", {"entries": entries[:4]}))
    assert (resent["result"]["stored"], resent["result"]["skipped"]) == (1, 3)
    gap = one(terminal, terminal.op("audit.append", {"entries": entries[5:]}))
    assert (gap["status"], gap["reason"]) == ("flagged", "audit_chain_broken")
    forged = {**entries[4], "details": {"n": 400}}
    tampered = one(terminal, terminal.op("audit.append", {"entries": [forged]}))
    assert tampered["flags"][0] == "audit_hash_mismatch"


def test_a_skewed_device_clock_is_flagged(
    terminal: Terminal, platform_clock: PlatformClock
) -> None:
    op = check_in(terminal, "p1", "SF0000000001")
    op["device_time"] = utc_text(platform_clock.now() + timedelta(minutes=10))
    result = one(terminal, op)
    assert (result["status"], result["reason"]) == ("flagged", "clock_skew")
