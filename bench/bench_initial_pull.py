"""A new terminal's first pull of a 5,000-household community: time and the station's peak
memory, with the platform in another process (``community_platform.py``), so the memory
measured is the station's alone.

The community: 5,000 households, 20,000 residents, 60,000 bills (with lines), 5,000
voucher accounts × 120 lots = 600,000 lots (690,455 changes). The station is a fresh
``Station`` paired over loopback; the real ``SyncEngine`` runs one round (hello, nothing
to push, pull pages of ``--pull-limit`` changes until done; the pages fetched while one
is written land together in one transaction).

Peak RSS is ``getrusage(RUSAGE_SELF).ru_maxrss`` of this process over its whole life
(imports included). CPU seconds are given for the station and the platform apart: on a
machine shared with other work they say more than the wall time does. The station folder
is kept (under /tmp) for ``bench_idle_memory.py``.

    python bench/bench_initial_pull.py [--pull-limit N] [--rebuild-platform]

(``--pull-limit`` defaults to the engine's own.)
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import sys
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from community_platform import PlatformProcess  # noqa: E402
from sqlalchemy import func, select  # noqa: E402

from station_app.db.models import Bill, Household, Resident, VoucherAccount, VoucherLot  # noqa: E402
from station_app.paths import StationPaths  # noqa: E402
from station_app.station import Station  # noqa: E402
from sync import pairing  # noqa: E402
from sync.engine import SyncEngine  # noqa: E402

STATION = Path("/tmp/station-bench/initial-pull/station")


def rss_mb() -> float:
    """This process's resident memory now (Linux), else its peak."""
    status = Path("/proc/self/status")
    if status.exists():
        for line in status.read_text().splitlines():
            if line.startswith("VmRSS:"):
                return round(int(line.split()[1]) / 1024, 1)
    return peak_rss_mb()


def peak_rss_mb() -> float:
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return round(peak / (1024 * 1024 if sys.platform == "darwin" else 1024), 1)


def cpu_seconds(who: int) -> float:
    usage = resource.getrusage(who)
    return usage.ru_utime + usage.ru_stime


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Initial pull benchmark: time and peak RSS")
    parser.add_argument("--pull-limit", type=int, default=None)
    parser.add_argument("--rebuild-platform", action="store_true")
    args = parser.parse_args(argv)

    before_rss = rss_mb()
    platform = PlatformProcess(rebuild=args.rebuild_platform)
    try:
        shutil.rmtree(STATION, ignore_errors=True)
        station = Station(StationPaths.under(STATION))
        pairing.pair(station, platform.url, platform.code, terminal_name="bench")
        client = pairing.terminal_client(station)
        engine = SyncEngine(station, client)
        if args.pull_limit is not None:
            engine.pull_limit = args.pull_limit
        cpu_before = cpu_seconds(resource.RUSAGE_SELF)
        started = time.perf_counter()
        report = engine.run_round()
        seconds = time.perf_counter() - started
        station_cpu = cpu_seconds(resource.RUSAGE_SELF) - cpu_before
        client.close()
    finally:
        platform.stop()
    platform_cpu = cpu_seconds(resource.RUSAGE_CHILDREN)  # build (if it ran), start, serve
    assert report.ok, report
    with station.database.reading() as session:
        rows = {
            model.__tablename__: int(
                session.execute(select(func.count()).select_from(model)).scalar_one()
            )
            for model in (Household, Resident, Bill, VoucherAccount, VoucherLot)
        }
    station.close()
    size_mb = round(StationPaths.under(STATION).database.stat().st_size / 1_000_000, 1)

    result: dict[str, Any] = {
        "changes_pulled": report.pulled,
        "pages": report.pages,
        "pull_limit": engine.pull_limit,
        "rows": rows,
        "seconds": round(seconds, 1),
        "changes_per_s": round(report.pulled / seconds),
        "station_cpu_s": round(station_cpu, 1),
        "platform_cpu_s": round(platform_cpu, 1),
        "peak_rss_mb": peak_rss_mb(),
        "rss_before_mb": before_rss,
        "rss_after_mb": rss_mb(),
        "station_db_mb": size_mb,
        "targets": {"seconds_max": 60, "peak_rss_mb_max": 400},
        "load_avg": [round(value, 2) for value in os.getloadavg()],
        "cpus": os.cpu_count(),
        "date": datetime.now(UTC).strftime("%Y-%m-%d"),
    }
    print(json.dumps(result, indent=2, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
