"""The counter app's memory at rest with a 5,000-household community: the real window,
offscreen, after a clerk logged in with the PIN pad.

Uses the station folder ``bench_initial_pull.py`` leaves under /tmp (run that first), and
the same platform in another process (``community_platform.py``), so the window's
background sync reaches it as at a counter that is online. Measured in this process:

- after login: the window shown, the PIN checked, the first sync round done, the event
  loop idle for ``--idle`` seconds;
- after every section was opened once (the pages build lazily), idle again.

RSS is ``VmRSS`` from /proc/self/status (Linux); the peak is ``ru_maxrss``.

    python bench/bench_idle_memory.py [--idle 5]
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench_initial_pull import STATION, peak_rss_mb, rss_mb  # noqa: E402
from community_platform import PlatformProcess  # noqa: E402
from PySide6.QtCore import QEventLoop, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from station_app.paths import StationPaths  # noqa: E402
from station_app.station import Station  # noqa: E402
from sync import pairing  # noqa: E402
from ui.app import build_window, set_up_application  # noqa: E402
from ui.context import AppContext  # noqa: E402
from ui.sections import SECTIONS  # noqa: E402
from ui.tasks import Tasks  # noqa: E402

CLERK, PIN = "张敏", "1111"  # the demo community's clerk


def run_for(seconds: float) -> None:
    loop = QEventLoop()
    QTimer.singleShot(int(seconds * 1000), loop.quit)
    loop.exec()


def run_until(done: Any, timeout: float) -> bool:
    deadline = time.monotonic() + timeout
    while not done() and time.monotonic() < deadline:
        run_for(0.05)
    return bool(done())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Idle memory of the counter window")
    parser.add_argument("--idle", type=float, default=5.0, help="seconds idle before measuring")
    args = parser.parse_args(argv)
    paths = StationPaths.under(STATION)
    if not paths.database.exists():
        raise SystemExit(f"{paths.database} missing: run bench/bench_initial_pull.py first")

    started_rss = rss_mb()
    platform = PlatformProcess()
    try:
        station = Station(paths)
        pairing.repoint(station, platform.url)
        app = QApplication.instance() or QApplication(sys.argv)
        assert isinstance(app, QApplication)
        set_up_application(app, "zh_CN", paths.cache_dir)
        tasks = Tasks()
        window = build_window(AppContext(station=station, tasks=tasks))
        window.resize(1280, 800)
        window.show()
        run_for(0.2)
        window.login.select_staff(CLERK)
        for digit in PIN:
            window.login.pad.keys[digit].click()
        window.login.pad.ok.click()
        assert run_until(lambda: window.context.session.actor is not None, 30), "login failed"
        sync = window.sync
        assert sync is not None, "the station is paired: the window syncs"
        assert run_until(lambda: sync.last_report is not None, 120), "no sync round"
        report = sync.last_report
        run_for(args.idle)
        after_login = rss_mb()

        for index, _section in enumerate(SECTIONS):
            window.home.show_page(index)
            run_for(0.3)
        run_for(args.idle)
        after_sections = rss_mb()

        window.stop_background()
        window.printing.stop()
        window.close()
        tasks.wait()
        station.close()
    finally:
        platform.stop()

    result: dict[str, Any] = {
        "rss_at_start_mb": started_rss,
        "rss_after_login_mb": after_login,
        "rss_after_every_section_mb": after_sections,
        "peak_rss_mb": peak_rss_mb(),
        "first_sync_ok": bool(report and report.ok),
        "idle_s": args.idle,
        "target": {"rss_after_login_mb_max": 200},
        "qt_platform": os.environ.get("QT_QPA_PLATFORM"),
        "load_avg": [round(value, 2) for value in os.getloadavg()],
        "cpus": os.cpu_count(),
        "date": datetime.now(UTC).strftime("%Y-%m-%d"),
    }
    print(json.dumps(result, indent=2, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
