"""How long a cash bill payment takes to commit, next to raw sqlite3 writing the same rows.

Each payment goes through ``bills.pay`` in its own ``station.work`` (one write transaction):
the payment and its item, the bill's new state, the shift's cash ledger (cash in, change
out), the ``bill.pay`` op with its refs, the audit entry, the receipt and its print job.

The floor writes the same rows (same tables, same indexes, same JSON sizes) with plain
``sqlite3`` in one ``BEGIN IMMEDIATE … COMMIT`` on a second station database opened with the
same pragmas (WAL, ``synchronous=FULL``): what SQLite itself costs, fsync included. Both run
interleaved in blocks, so drift in machine load hits both.

Prints JSON: median and p99 commit latency (ms) of each, their ratio, and payments/s
sustained over the whole run (wall time of all ``pay`` commits, fsyncs included), and the
CPU time per payment of each (``time.process_time``: what load on the machine and fsync
waits do not change).

    python bench/bench_payment_commit.py [--payments 2000] [--block 100]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import sqlite3
import statistics
import sys
import tempfile
import time
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from station_app import shifts  # noqa: E402
from station_app.bills import pay  # noqa: E402
from station_app.db.database import PRAGMAS  # noqa: E402
from station_app.db.models import Bill, Biller, Household, Receipt, Resident, Staff  # noqa: E402
from station_app.db.types import canonical_json, format_utc  # noqa: E402
from station_app.ids import new_id  # noqa: E402
from station_app.paths import StationPaths  # noqa: E402
from station_app.station import Station  # noqa: E402
from station_app.work import Actor  # noqa: E402

CLERK = Actor("clerk-1", "张敏", "clerk")
WATER_FEN = 4280
TENDERED_FEN = 5000


def seed(station: Station, households: int) -> tuple[list[str], str]:
    """``households`` homes with one open water bill each, a clerk and her open shift."""
    with station.work(Actor.system()) as work:
        s = work.session
        station.identity(s).station_name = "幸福里社区服务站"
        s.add(Staff(id=CLERK.staff_id, name=CLERK.name, role="clerk", pin_hash="x"))
        s.add(
            Biller(
                id="b-water",
                name="水费",
                kind="water",
                allow_partial=False,
                allow_offline=True,
                allow_vouchers=True,
            )
        )
        for number in range(households):
            s.add(
                Household(
                    id=f"hh-{number:05d}", building=str(number // 48 + 1), unit="1", room="501"
                )
            )
        s.flush()  # no ORM relationships order the inserts: parents first
        bill_ids = []
        for number in range(households):
            household = f"hh-{number:05d}"
            s.add(
                Resident(
                    id=f"r-{number:05d}",
                    household_id=household,
                    name="王芳",
                    phone=f"138{number:08d}",
                    phone_tail=f"{number % 10000:04d}",
                    is_primary=True,
                )
            )
            bill_id = f"bill-{number:05d}"
            s.add(
                Bill(
                    id=bill_id,
                    household_id=household,
                    biller_id="b-water",
                    account_no=f"0991{number:08d}",
                    period="2026-10",
                    amount_due_fen=WATER_FEN,
                    arrears_fen=0,
                    paid_fen=0,
                    due_date=date(2026, 11, 30),
                    status="unpaid",
                )
            )
            bill_ids.append(bill_id)
    with station.work(CLERK) as work:
        shift_id = shifts.open_shift(work, {"10000": 2, "1000": 5}).id
    return bill_ids, shift_id


class RawWriter:
    """The floor: the rows ``bills.pay`` writes, as plain sqlite3 statements."""

    def __init__(self, path: Path, shift_id: str, receipt_body: str) -> None:
        self.db = sqlite3.connect(path, isolation_level=None)
        for pragma in PRAGMAS:
            self.db.execute(pragma)
        self.shift_id = shift_id
        self.receipt_body = receipt_body

    def counter(self, name: str) -> int:
        row = self.db.execute(
            "INSERT INTO counters (name, value) VALUES (?, 1) "
            "ON CONFLICT(name) DO UPDATE SET value = value + 1 RETURNING value",
            (name,),
        ).fetchone()
        return int(row[0])

    def pay(self, bill_id: str, household_id: str) -> None:
        db = self.db
        now = format_utc(datetime.now(UTC))
        payment_id = new_id()
        db.execute("BEGIN IMMEDIATE")
        receipt_no = f"C01-20261126-{self.counter('receipt:20261126'):04d}"
        change = TENDERED_FEN - WATER_FEN
        db.execute(
            "INSERT INTO payments (id, receipt_no, channel, shift_id, staff_id, household_id,"
            " total_fen, cash_fen, voucher_fen, cash_tendered_fen, change_fen, status,"
            " created_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (
                payment_id,
                receipt_no,
                "counter",
                self.shift_id,
                CLERK.staff_id,
                household_id,
                WATER_FEN,
                WATER_FEN,
                0,
                TENDERED_FEN,
                change,
                "pending",
                now,
            ),
        )
        db.execute(
            "INSERT INTO payment_items (id, payment_id, bill_id, amount_fen) VALUES (?,?,?,?)",
            (payment_id, payment_id, bill_id, WATER_FEN),
        )
        db.execute(
            "UPDATE bills SET paid_fen = paid_fen + ?, status = 'paid' WHERE id = ?",
            (WATER_FEN, bill_id),
        )
        for kind, amount in (("cash_in", TENDERED_FEN), ("change_out", -change)):
            db.execute(
                "INSERT INTO cash_movements (id, shift_id, kind, tender, amount_fen, ref_type,"
                " ref_id, staff_id, at) VALUES (?,?,?,?,?,?,?,?,?)",
                (new_id(), self.shift_id, kind, "cash", amount, "payment", payment_id,
                 CLERK.staff_id, now),
            )  # fmt: skip
        seq = self.counter("outbox")
        payload = canonical_json(
            {
                "payment_id": payment_id,
                "bill_id": bill_id,
                "amount_fen": WATER_FEN,
                "tender": {"cash_fen": WATER_FEN, "voucher_fen": 0},
                "receipt_no": receipt_no,
                "station_payment_id": payment_id,
                "household_id": household_id,
                "account_no": "099100000001",
                "period": "2026-10",
                "paid_at": now,
                "redemption_id": None,
            }
        )
        db.execute(
            "INSERT INTO outbox (seq, op_id, type, payload, entity, entity_id, epoch, created_at,"
            " device_time, trusted_time, staff_id, shift_id, offline, status, attempts)"
            " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (seq, new_id(), "bill.pay", payload, "payment", payment_id, 1, now, now, now,
             CLERK.staff_id, self.shift_id, 1, "pending", 0),
        )  # fmt: skip
        db.executemany(
            "INSERT INTO outbox_refs (seq, entity, entity_id) VALUES (?,?,?)",
            [(seq, "payment", payment_id), (seq, "bill", bill_id)],
        )
        audit_seq = self.counter("audit")
        prev = db.execute("SELECT hash FROM audit_log WHERE seq = ?", (audit_seq - 1,)).fetchone()
        prev_hash = prev[0] if prev else "0" * 64
        details = canonical_json(
            {
                "receipt_no": receipt_no,
                "amount_fen": WATER_FEN,
                "cash_fen": WATER_FEN,
                "voucher_fen": 0,
                "cash_tendered_fen": TENDERED_FEN,
                "change_fen": change,
                "household_id": household_id,
                "bills": [{"bill_id": bill_id, "amount_fen": WATER_FEN}],
                "redemption_id": None,
                "offline": True,
                "op_seqs": [seq],
            }
        )
        entry = canonical_json(
            {
                "seq": audit_seq,
                "at": now,
                "staff_id": CLERK.staff_id,
                "action": "bill.pay",
                "entity": "payment",
                "entity_id": payment_id,
                "details": details,
            }
        )
        digest = hashlib.sha256((prev_hash + entry).encode("utf-8")).hexdigest()
        db.execute(
            "INSERT INTO audit_log (seq, at, staff_id, action, entity, entity_id, details,"
            " prev_hash, hash) VALUES (?,?,?,?,?,?,?,?,?)",
            (audit_seq, now, CLERK.staff_id, "bill.pay", "payment", payment_id, details,
             prev_hash, digest),
        )  # fmt: skip
        receipt_id = new_id()
        db.execute(
            "INSERT INTO receipts (id, receipt_no, kind, ref_type, ref_id, body, created_at)"
            " VALUES (?,?,?,?,?,?,?)",
            (receipt_id, receipt_no, "payment", "payment", payment_id, self.receipt_body, now),
        )
        db.execute(
            "INSERT INTO print_jobs (id, receipt_id, printer_uri, state, is_copy, kick_drawer,"
            " attempts, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?)",
            (new_id(), receipt_id, "", "queued", 0, 1, 0, now, now),
        )
        db.execute("COMMIT")

    def close(self) -> None:
        self.db.close()


def household_of(bill_id: str) -> str:
    return bill_id.replace("bill-", "hh-")


def percentile(samples: list[float], fraction: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, int(fraction * len(ordered)))]


def summary(samples: list[float]) -> dict[str, float]:
    return {
        "median_ms": round(statistics.median(samples), 3),
        "p99_ms": round(percentile(samples, 0.99), 3),
        "mean_ms": round(statistics.fmean(samples), 3),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Payment commit benchmark: pay() vs raw sqlite3")
    parser.add_argument("--payments", type=int, default=2000)
    parser.add_argument("--block", type=int, default=100, help="payments per interleaved block")
    parser.add_argument("--folder", type=Path, help="where the two databases go (default: temp)")
    args = parser.parse_args(argv)

    with tempfile.TemporaryDirectory(prefix="bench-pay-", dir=args.folder) as scratch:
        app = Station(StationPaths.under(Path(scratch) / "app"))
        floor = Station(StationPaths.under(Path(scratch) / "floor"))
        bills, _shift_id = seed(app, args.payments + 1)  # one more for the warm-up
        floor_bills, floor_shift = seed(floor, args.payments + 1)
        floor.close()  # the raw writer has the file to itself

        # Warm-up (not timed): statement caches, the receipt body the floor copies.
        with app.work(CLERK) as work:
            warm = pay(work, [bills.pop()], cash_tendered_fen=TENDERED_FEN)
        with app.database.reading() as session:
            receipt = session.get(Receipt, warm.receipt_id)
            assert receipt is not None
            body = canonical_json(receipt.body)
        raw = RawWriter(floor.paths.database, floor_shift, body)
        warm_bill = floor_bills.pop()
        raw.pay(warm_bill, household_of(warm_bill))

        app_ms: list[float] = []
        raw_ms: list[float] = []
        app_cpu = raw_cpu = 0.0
        app_wall = 0.0
        done = 0
        while done < len(bills):
            block = range(done, min(done + args.block, len(bills)))
            started, cpu = time.perf_counter(), time.process_time()
            for index in block:
                t0 = time.perf_counter()
                with app.work(CLERK) as work:
                    pay(work, [bills[index]], cash_tendered_fen=TENDERED_FEN)
                app_ms.append((time.perf_counter() - t0) * 1000)
            app_wall += time.perf_counter() - started
            app_cpu += time.process_time() - cpu
            cpu = time.process_time()
            for index in block:
                t0 = time.perf_counter()
                raw.pay(floor_bills[index], household_of(floor_bills[index]))
                raw_ms.append((time.perf_counter() - t0) * 1000)
            raw_cpu += time.process_time() - cpu
            done = block.stop
        raw.close()
        integrity = app.database.integrity_check()
        app.close()

    app_summary, raw_summary = summary(app_ms), summary(raw_ms)
    result: dict[str, Any] = {
        "payments": len(app_ms),
        "pay": app_summary,
        "floor_raw_sqlite3": raw_summary,
        "ratio_median": round(app_summary["median_ms"] / raw_summary["median_ms"], 2),
        "ratio_p99": round(app_summary["p99_ms"] / raw_summary["p99_ms"], 2),
        "payments_per_s": round(len(app_ms) / app_wall, 1),
        "floor_payments_per_s": round(len(raw_ms) / (sum(raw_ms) / 1000), 1),
        # CPU per payment: what this process computed, without fsync waits or other load.
        "pay_cpu_ms": round(app_cpu / len(app_ms) * 1000, 3),
        "floor_cpu_ms": round(raw_cpu / len(raw_ms) * 1000, 3),
        "targets": {"ratio_median_max": 3.0, "payments_per_s_min": 300},
        "integrity_check": integrity,
        "load_avg": [round(value, 2) for value in os.getloadavg()],
        "cpus": os.cpu_count(),
        "date": datetime.now(UTC).strftime("%Y-%m-%d"),
    }
    print(json.dumps(result, indent=2, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
