"""Pushing a backlog: 10,000 queued ops to the reference platform over loopback, next to a
no-op POST of the same batches measured in the same run.

The platform is the real one (``sync.server``: FastAPI on uvicorn via
``embedded.BackgroundServer``, SQLite), seeded with the demo community; the station is a
real ``Station`` paired with it, pushing with the real ``PlatformClient`` and
``SyncEngine`` (hello, then batches of 100 ops: each marked sent, signed, applied on the
platform, its answers stored). The ops are what a busy counter queues while offline:
parcel check-ins and pickups (5,000 of each).

Floor: the same request bodies (the ``PushRequest`` JSON of each batch, serialized before
timing) POSTed with a ``requests`` session to a route of the same app that parses the JSON
and answers ``{"ok": true}``: the HTTP and JSON cost with no work behind it.

Prints JSON: ops/s of the push, of the floor, their ratio (push / floor).

    python bench/bench_sync_push.py [--ops 10000]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import requests  # noqa: E402
from sqlalchemy import select  # noqa: E402

from station_app import parcels  # noqa: E402
from station_app.db.models import OutboxOp, Staff  # noqa: E402
from station_app.paths import StationPaths  # noqa: E402
from station_app.shelves import ShelfLayout  # noqa: E402
from station_app.station import Station  # noqa: E402
from station_app.work import Actor  # noqa: E402
from sync import pairing  # noqa: E402
from sync.engine import SyncEngine  # noqa: E402
from sync.messages import MAX_BATCH, PushRequest  # noqa: E402
from sync.server.app import create_app  # noqa: E402
from sync.server.config import ServerConfig  # noqa: E402
from sync.server.demo import seed_demo  # noqa: E402
from sync.server.embedded import BackgroundServer  # noqa: E402
from sync.server.platform import Platform, open_platform  # noqa: E402
from sync.server.terminals import create_enrollment_code  # noqa: E402


def start_platform(folder: Path) -> tuple[Platform, BackgroundServer, str, str]:
    """The demo platform served on loopback, with an extra no-op route; and a pairing code."""
    platform = open_platform(ServerConfig(database_url=f"sqlite:///{folder / 'platform.db'}"))
    with platform.database.transaction() as session:
        summary = seed_demo(session, platform.now())
        code, _ = create_enrollment_code(
            session,
            platform.now(),
            station_id=summary.station_id,
            ttl=platform.config.enrollment_ttl,
        )
    app = create_app(platform)

    @app.post("/bench/noop")
    def noop(body: dict[str, Any]) -> dict[str, Any]:
        """The floor: the JSON parsed, nothing done, a small answer."""
        return {"ok": True, "ops": len(body.get("ops", ()))}

    server = BackgroundServer(app)
    return platform, server, server.start(), code


def queue_ops(station: Station, pairs: int) -> None:
    """Check parcels in and hand them over: two ops each, 500 parcels per transaction."""
    layout = ShelfLayout.from_settings(station.settings)
    with station.database.reading() as session:
        clerk = session.execute(select(Staff).where(Staff.role == "clerk")).scalars().first()
        assert clerk is not None, "the demo community has clerks"
        actor = Actor(clerk.id, clerk.name, clerk.role)
    done = 0
    while done < pairs:
        with station.work(actor) as work:
            for number in range(done, min(done + 500, pairs)):
                view = parcels.check_in(
                    work,
                    layout,
                    waybill_no=f"78{number:012d}",
                    carrier="ZTO",
                    phone=f"139{number:08d}",
                )
                parcels.pick_up(work, [view.id], method="code")
        done = min(done + 500, pairs)


def batch_bodies(station: Station, epoch: int) -> list[bytes]:
    """The push bodies of the queued ops, as the engine builds them (for the floor)."""
    with station.database.reading() as session:
        ops = list(session.execute(select(OutboxOp).order_by(OutboxOp.seq)).scalars())
    bodies = []
    for start in range(0, len(ops), MAX_BATCH):
        request = PushRequest(
            epoch=epoch, ops=[SyncEngine._push_op(op) for op in ops[start : start + MAX_BATCH]]
        )
        bodies.append(json.dumps(request.model_dump(mode="json"), ensure_ascii=False).encode())
    return bodies


def post_all(url: str, bodies: list[bytes]) -> float:
    with requests.Session() as session:
        session.trust_env = False
        started = time.perf_counter()
        for body in bodies:
            response = session.post(
                url, data=body, headers={"Content-Type": "application/json"}, timeout=30
            )
            response.raise_for_status()
        return time.perf_counter() - started


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Sync push benchmark: backlog vs no-op POST")
    parser.add_argument("--ops", type=int, default=10_000)
    args = parser.parse_args(argv)

    with tempfile.TemporaryDirectory(prefix="bench-push-") as scratch:
        folder = Path(scratch)
        platform, server, url, code = start_platform(folder)
        station = Station(StationPaths.under(folder / "station"))
        try:
            pairing.pair(station, url, code, terminal_name="bench")
            client = pairing.terminal_client(station)
            engine = SyncEngine(station, client)
            first = engine.run_round()  # the community arrives; nothing timed
            assert first.ok, first
            started = time.perf_counter()
            queue_ops(station, args.ops // 2)
            queued_s = time.perf_counter() - started
            with station.database.reading() as session:
                epoch = station.identity(session).epoch
            bodies = batch_bodies(station, epoch)
            floors = [post_all(url + "/bench/noop", bodies)]

            started = time.perf_counter()
            report = engine.run_round(pull=False)
            push_s = time.perf_counter() - started
            floors.append(post_all(url + "/bench/noop", bodies))
            assert report.ok and report.pending == 0, report
            sent = report.sent
            client.close()
        finally:
            station.close()
            server.stop()
            platform.close()

    floor_s = statistics.median(floors)
    result: dict[str, Any] = {
        "ops": sent,
        "batches": len(bodies),
        "answers": report.answers,
        "queue_ops_s": round(queued_s, 1),
        "push_s": round(push_s, 2),
        "push_ops_per_s": round(sent / push_s, 1),
        "floor_noop_post_s": round(floor_s, 3),
        "floor_ops_per_s": round(sent / floor_s, 1),
        "ratio": round(floor_s / push_s, 3),
        "targets": {"push_ops_per_s_min": 2000, "ratio_min": 0.2},
        "load_avg": [round(value, 2) for value in os.getloadavg()],
        "cpus": os.cpu_count(),
        "date": datetime.now(UTC).strftime("%Y-%m-%d"),
    }
    print(json.dumps(result, indent=2, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
