"""A big community on the reference platform, served from its own process (for the pull and
memory benchmarks, so the station's memory is measured without the platform's).

The community is the demo description scaled up: 5,000 households (25 buildings × 4 units
× 25 floors × 2 rooms), 4 residents each (20,000), 4 billers × 3 months (60,000 bills with
their lines), a voucher account per household with 120 monthly lots (600,000 lots), the
demo's staff, catalog, notices and parcels. ``station_app.demo.demo_changes`` expands it,
so every row has the shape a real pull carries.

The platform database is made once and kept under /tmp (``--rebuild`` to make it again).
Its change log, the one table a pull reads, is written directly with ``executemany``
(positions in order, data as the platform stores it); the entity tables stay empty, as
nothing here pushes ops that would need them.

    python bench/community_platform.py serve [--db PATH] [--rebuild]

prints one JSON line ``{"url": …, "code": …}`` once it serves on 127.0.0.1, and stops
when its stdin closes.
"""

from __future__ import annotations

import argparse
import copy
import json
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

CACHE = Path("/tmp/station-bench/community-platform.db")
STATION_SCOPED = {"parcel"}


def big_community() -> dict[str, Any]:
    from station_app.demo import load_community

    description = copy.deepcopy(load_community())
    description["buildings"].update(count=25, units=4, floors=25, rooms_per_floor=2)
    description["residents"]["per_household_weights"] = {"4": 1}
    description["billers"] = [
        biller
        for biller in description["billers"]
        if biller["key"] in ("water", "electricity", "gas", "property")
    ]
    description["bills"]["months"] = 3
    # Lots k = 0…119 exist once a programme started 117 months ago (3 upcoming).
    description["vouchers"].update(
        household_share=1.0, frozen_share=0.0, started_months_ago={"min": 117, "max": 117}
    )
    return description


def build(path: Path) -> dict[str, int]:
    from station_app.db.types import canonical_json, format_utc
    from station_app.demo import demo_changes, demo_id
    from sync.server.changes import CHANGE_COUNTER
    from sync.server.config import ServerConfig
    from sync.server.models import Community, Counter, Station
    from sync.server.platform import open_platform

    path.parent.mkdir(parents=True, exist_ok=True)
    for stale in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        stale.unlink(missing_ok=True)
    platform = open_platform(ServerConfig(database_url=f"sqlite:///{path}"))
    now = platform.now()
    description = big_community()
    community_id = demo_id(description, "community")
    station_id = demo_id(description, "station")
    with platform.database.transaction() as session:
        session.add(
            Community(id=community_id, name=description["community"]["name"], created_at=now)
        )
        session.flush()
        session.add(
            Station(
                id=station_id,
                community_id=community_id,
                code="S001",
                name=description["station"]["name"],
                created_at=now,
            )
        )
    changes = demo_changes(now, description)
    at = format_utc(now)
    rows = [
        (
            position,
            community_id,
            station_id if change["entity"] in STATION_SCOPED else None,
            change["entity"],
            change["id"],
            "upsert",
            1,
            canonical_json(change["data"]),
            at,
        )
        for position, change in enumerate(changes, start=1)
    ]
    with platform.database.transaction() as session:
        connection = session.connection().connection.driver_connection
        assert connection is not None
        connection.executemany(
            "INSERT INTO change_log (position, community_id, station_id, entity, entity_id, op,"
            " version, data, at) VALUES (?,?,?,?,?,?,?,?,?)",
            rows,
        )
        counter = session.get(Counter, CHANGE_COUNTER)
        assert counter is not None
        counter.value = len(rows)
    platform.close()
    counts: dict[str, int] = {}
    for change in changes:
        counts[change["entity"]] = counts.get(change["entity"], 0) + 1
    return counts


def serve(path: Path) -> None:
    from sync.server.app import create_app
    from sync.server.config import ServerConfig
    from sync.server.embedded import BackgroundServer
    from sync.server.platform import open_platform
    from sync.server.terminals import create_enrollment_code

    platform = open_platform(ServerConfig(database_url=f"sqlite:///{path}"))
    with platform.database.transaction() as session:
        from sqlalchemy import select

        from sync.server.models import Station

        station = session.execute(select(Station)).scalar_one()
        code, _ = create_enrollment_code(
            session, platform.now(), station_id=station.id, ttl=platform.config.enrollment_ttl
        )
    server = BackgroundServer(create_app(platform))
    url = server.start()
    print(json.dumps({"url": url, "code": code}), flush=True)
    sys.stdin.read()  # until the benchmark closes our stdin
    server.stop()
    platform.close()


class PlatformProcess:
    """The platform in a child process (built first if the cached database is missing)."""

    def __init__(self, db: Path = CACHE, *, rebuild: bool = False) -> None:
        command = [sys.executable, str(Path(__file__).resolve()), "serve", "--db", str(db)]
        if rebuild:
            command.append("--rebuild")
        self.process = subprocess.Popen(
            command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
        )
        assert self.process.stdout is not None
        line = self.process.stdout.readline()
        if not line:
            raise SystemExit(f"the platform process failed ({self.process.wait()})")
        started = json.loads(line)
        self.url: str = started["url"]
        self.code: str = started["code"]
        self.built_s: float | None = started.get("built_s")

    def stop(self) -> None:
        assert self.process.stdin is not None
        self.process.stdin.close()
        self.process.wait(timeout=60)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("command", choices=("serve", "build"))
    parser.add_argument("--db", type=Path, default=CACHE)
    parser.add_argument("--rebuild", action="store_true")
    args = parser.parse_args(argv)
    if args.rebuild or not args.db.exists():
        started = time.perf_counter()
        counts = build(args.db)
        print(
            json.dumps({"built_s": round(time.perf_counter() - started, 1), "rows": counts}),
            file=sys.stderr,
        )
    if args.command == "serve":
        serve(args.db)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
