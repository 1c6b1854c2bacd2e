"""What must hold in a station database after any crash: the checks the suites run.

``problems(station, reported)`` returns a sentence per broken rule (empty: all is well):

- SQLite: ``integrity_check`` ok, no foreign key violations;
- the audit chain verifies, and its seqs and the outbox seqs are gapless and match their
  counters;
- every outbox op is named by exactly one audit entry (``op_seq``/``op_seqs``) and has a
  ref to its own row; every seq an audit entry names exists;
- nothing half-written: a payment has its items, one ``bill.pay`` op per item, its audit
  entry, its receipt and print job, and its cash movements; a bill's paid amount is the sum
  of its payment items; a parcel has its events and ops; a redemption has its items,
  ledger entries that add up, and its op; a paid-in has its op;
- the open shift's drawer (the sum of its ledger) is what the payments and paid-ins say;
- every operation the child reported as returned (``reported``: kind, id) is there.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable
from typing import Any

from sqlalchemy import text
from sqlalchemy.orm import Session

from station_app import audit
from station_app.station import Station


def _rows(session: Session, sql: str, **params: Any) -> list[Any]:
    return list(session.execute(text(sql), params).all())


def _scalar(session: Session, sql: str, **params: Any) -> Any:
    return session.execute(text(sql), params).scalar()


def _gapless(session: Session, table: str, counter: str) -> list[str]:
    count, low, high = _rows(session, f"SELECT count(*), min(seq), max(seq) FROM {table}")[0]
    value = int(_scalar(session, "SELECT value FROM counters WHERE name = :n", n=counter) or 0)
    if count and (low != 1 or high != count):
        return [f"{table}: seqs {low}..{high} but {count} rows (a gap)"]
    if (high or 0) != value:
        return [f"{table}: last seq {high} but counter {counter} is {value}"]
    return []


def _ops_and_audit(session: Session) -> list[str]:
    found: list[str] = []
    named: Counter[int] = Counter()
    for (details,) in _rows(session, "SELECT details FROM audit_log"):
        data = json.loads(details)
        if "op_seq" in data:
            named[int(data["op_seq"])] += 1
        for seq in data.get("op_seqs") or ():
            named[int(seq)] += 1
    seqs = {int(seq) for (seq,) in _rows(session, "SELECT seq FROM outbox")}
    unnamed = sorted(seqs - set(named))
    if unnamed:
        found.append(f"outbox ops without an audit entry: {unnamed[:10]}")
    twice = sorted(seq for seq, count in named.items() if count > 1)
    if twice:
        found.append(f"outbox ops named by two audit entries: {twice[:10]}")
    missing = sorted(set(named) - seqs)
    if missing:
        found.append(f"audit entries name ops that do not exist: {missing[:10]}")
    orphans = _rows(
        session,
        "SELECT o.seq FROM outbox o WHERE NOT EXISTS (SELECT 1 FROM outbox_refs r"
        " WHERE r.seq = o.seq AND r.entity = o.entity AND r.entity_id = o.entity_id)",
    )
    if orphans:
        found.append(f"outbox ops without a ref to their own row: {orphans[:10]}")
    return found


def _payments(session: Session) -> list[str]:
    checks = {
        "payments without items": "SELECT p.id FROM payments p WHERE NOT EXISTS"
        " (SELECT 1 FROM payment_items i WHERE i.payment_id = p.id)",
        "payments whose bill.pay ops do not match their items": "SELECT p.id FROM payments p"
        " WHERE (SELECT count(*) FROM payment_items i WHERE i.payment_id = p.id) !="
        " (SELECT count(*) FROM outbox o WHERE o.type = 'bill.pay'"
        " AND json_extract(o.payload, '$.station_payment_id') = p.id)",
        "payments without their audit entry": "SELECT p.id FROM payments p WHERE NOT EXISTS"
        " (SELECT 1 FROM audit_log a WHERE a.action = 'bill.pay' AND a.entity_id = p.id)",
        "payments without a receipt and print job": "SELECT p.id FROM payments p WHERE NOT"
        " EXISTS (SELECT 1 FROM receipts r JOIN print_jobs j ON j.receipt_id = r.id"
        " WHERE r.ref_type = 'payment' AND r.ref_id = p.id)",
        "cash payments without their cash-in": "SELECT p.id FROM payments p"
        " WHERE p.cash_tendered_fen > 0 AND p.cash_tendered_fen != coalesce((SELECT sum("
        "m.amount_fen) FROM cash_movements m WHERE m.ref_id = p.id AND m.kind = 'cash_in'), 0)",
        "payments whose change is not in the ledger": "SELECT p.id FROM payments p"
        " WHERE -p.change_fen != coalesce((SELECT sum(m.amount_fen) FROM cash_movements m"
        " WHERE m.ref_id = p.id AND m.kind = 'change_out'), 0)",
        "payments with vouchers but no redemption": "SELECT p.id FROM payments p"
        " WHERE p.voucher_fen > 0 AND p.voucher_fen != coalesce((SELECT sum(r.total_fen)"
        " FROM redemptions r WHERE r.payment_id = p.id), 0)",
        "bills whose paid amount is not the sum of their items": "SELECT b.id FROM bills b"
        " WHERE b.paid_fen != coalesce((SELECT sum(i.amount_fen) FROM payment_items i"
        " JOIN payments p ON p.id = i.payment_id WHERE i.bill_id = b.id"
        " AND p.status != 'voided'), 0)",
    }
    return [
        f"{name}: {[row[0] for row in rows[:5]]}"
        for name, sql in checks.items()
        if (rows := _rows(session, sql))
    ]


def _parcels_and_vouchers(session: Session) -> list[str]:
    checks = {
        "parcels without their check-in event": "SELECT p.id FROM parcels p WHERE NOT EXISTS"
        " (SELECT 1 FROM parcel_events e WHERE e.parcel_id = p.id AND e.kind = 'checked_in')",
        "parcels without their check-in op": "SELECT p.id FROM parcels p WHERE NOT EXISTS"
        " (SELECT 1 FROM outbox o WHERE o.type = 'parcel.check_in' AND o.entity_id = p.id)",
        "picked-up parcels without their event": "SELECT p.id FROM parcels p"
        " WHERE p.status = 'picked_up' AND NOT EXISTS (SELECT 1 FROM parcel_events e"
        " WHERE e.parcel_id = p.id AND e.kind = 'picked_up')",
        "picked-up parcels without their op": "SELECT p.id FROM parcels p"
        " WHERE p.status = 'picked_up' AND NOT EXISTS (SELECT 1 FROM outbox o"
        " WHERE o.type = 'parcel.pick_up' AND o.entity_id = p.id)",
        "redemptions without items": "SELECT r.id FROM redemptions r WHERE NOT EXISTS"
        " (SELECT 1 FROM redemption_items i WHERE i.redemption_id = r.id)",
        "redemptions whose ledger does not add up": "SELECT r.id FROM redemptions r"
        " WHERE -r.total_fen != coalesce((SELECT sum(l.amount_fen) FROM voucher_ledger l"
        " WHERE l.redemption_id = r.id AND l.kind = 'spend'), 0)",
        "redemptions without their op": "SELECT r.id FROM redemptions r WHERE NOT EXISTS"
        " (SELECT 1 FROM outbox o WHERE o.type = 'voucher.redeem' AND o.entity_id = r.id)",
        "paid-ins without their op": "SELECT m.id FROM cash_movements m"
        " WHERE m.kind = 'paid_in' AND NOT EXISTS (SELECT 1 FROM outbox o"
        " WHERE o.type = 'cash.movement' AND o.entity_id = m.id)",
    }
    return [
        f"{name}: {[row[0] for row in rows[:5]]}"
        for name, sql in checks.items()
        if (rows := _rows(session, sql))
    ]


def _drawer(session: Session) -> list[str]:
    found = []
    for shift_id, float_fen in _rows(session, "SELECT id, float_fen FROM shifts"):
        ledger = _scalar(
            session, "SELECT sum(amount_fen) FROM cash_movements WHERE shift_id = :s", s=shift_id
        )
        sales = _scalar(
            session,
            "SELECT coalesce(sum(cash_tendered_fen - change_fen), 0) FROM payments"
            " WHERE shift_id = :s AND status != 'voided'",
            s=shift_id,
        )
        paid_in = _scalar(
            session,
            "SELECT coalesce(sum(amount_fen), 0) FROM cash_movements"
            " WHERE shift_id = :s AND kind IN ('paid_in', 'paid_out')",
            s=shift_id,
        )
        if ledger != float_fen + sales + paid_in:
            found.append(
                f"shift {shift_id}: ledger {ledger} != float {float_fen} + sales {sales}"
                f" + paid in/out {paid_in}"
            )
    return found


REPORTED = {
    "check_in": "SELECT count(*) FROM parcels WHERE id = :id",
    "pick_up": "SELECT count(*) FROM parcels WHERE id = :id AND status = 'picked_up'",
    "pay": "SELECT count(*) FROM payments WHERE id = :id",
    "paid_in": "SELECT count(*) FROM cash_movements WHERE id = :id AND kind = 'paid_in'",
    "redeem": "SELECT count(*) FROM redemptions WHERE id = :id",
}


def problems(station: Station, reported: Iterable[tuple[str, str]] = ()) -> list[str]:
    found: list[str] = []
    integrity = station.database.integrity_check()
    if integrity != "ok":
        return [f"integrity_check: {integrity}"]
    with station.database.reading() as session:
        violations = _rows(session, "PRAGMA foreign_key_check")
        if violations:
            found.append(f"foreign key violations: {violations[:5]}")
        chain = audit.verify(session)
        if not chain.ok:
            found.append(f"audit chain broken at {chain.first_bad_seq}: {chain.problem}")
        found += _gapless(session, "audit_log", "audit")
        found += _gapless(session, "outbox", "outbox")
        found += _ops_and_audit(session)
        found += _payments(session)
        found += _parcels_and_vouchers(session)
        found += _drawer(session)
        lost = [
            (kind, row_id)
            for kind, row_id in reported
            if not _scalar(session, REPORTED[kind], id=row_id)
        ]
        if lost:
            found.append(f"{len(lost)} operations reported as done are missing: {lost[:5]}")
    return found
