"""How long the app takes to show its login screen, next to a bare PySide6 window started the
same way, measured in the same run.

Each start is a new process timed from launch to exit, with ``STATION_POS_EXIT_WHEN_SHOWN=1``
(ui/app.py: quit as soon as the first window is on screen); the bare window quits the same
way. A set-up counter shows its login screen before it opens the station (ui/app.py), so
this is also timed with ``=ready``: quit once the station is open behind the login.
So the figures include interpreter start, imports, the first paint and shutdown; the
difference is what the app itself adds (its imports, opening SQLite, translations, widgets).

- frozen (default): ``dist/StationPOS/StationPOS`` (build it first: .ci/build-frozen) against
  a bare window frozen by PyInstaller once into build/bench-bare/;
- ``--source``: ``python -m station_app`` against ``python bare_window.py``.

The data folder is a set-up station (one admin, so the login screen shows, not the first-run
wizard); one unmeasured start of each warms the disk cache and runs the migrations.
Prints JSON with the medians (ms), their ratio, and the bundle size.

    python bench/bench_startup.py [--source] [--repeat 7]
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from station_app.paths import StationPaths  # noqa: E402
from station_app.setup import set_up_station  # noqa: E402
from station_app.station import Station  # noqa: E402
from station_app.work import Actor  # noqa: E402

EXE = ".exe" if sys.platform == "win32" else ""
BUNDLE = ROOT / "dist" / "StationPOS"
BARE_BUILD = ROOT / "build" / "bench-bare"
BARE_WINDOW = '''\
"""A bare PySide6 window: the floor the app's start-up is compared with."""
import os
import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel

app = QApplication(sys.argv)
window = QLabel("Station POS")
window.showMaximized()
if os.environ.get("STATION_POS_EXIT_WHEN_SHOWN") == "1":
    QTimer.singleShot(0, app.quit)
sys.exit(app.exec())
'''


def set_up_data_folder(folder: Path) -> None:
    station = Station(StationPaths.under(folder))
    try:
        with station.work(Actor.system()) as work:
            set_up_station(work, "幸福里社区服务站", "counter-1", "张敏", "2468")
    finally:
        station.close()


def bare_window_script(work: Path) -> Path:
    script = work / "bare_window.py"
    script.parent.mkdir(parents=True, exist_ok=True)
    script.write_text(BARE_WINDOW, encoding="utf-8")
    return script


def frozen_bare_window(rebuild: bool) -> Path:
    """The bare window, frozen the way build.spec freezes the app (onedir, windowed)."""
    exe = BARE_BUILD / "dist" / "bare-window" / f"bare-window{EXE}"
    if exe.exists() and not rebuild:
        return exe
    script = bare_window_script(BARE_BUILD)
    subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--log-level",
            "WARN",
            "--onedir",
            "--windowed",
            "--name",
            "bare-window",
            "--exclude-module",
            "tkinter",
            "--distpath",
            str(BARE_BUILD / "dist"),
            "--workpath",
            str(BARE_BUILD / "work"),
            "--specpath",
            str(BARE_BUILD),
            str(script),
        ],
        check=True,
    )
    return exe


CPU_MS: dict[str, list[float]] = {}
"""CPU time (user + system) of each start, by command: unlike wall time, it does not grow
when other work shares the machine, so its ratio is the steadier one on a busy machine."""


def timed_start(command: list[str], env: dict[str, str], label: str = "") -> float:
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    result = subprocess.run(
        command, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, timeout=180
    )
    elapsed = (time.perf_counter() - start) * 1000
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if result.returncode != 0:
        output = result.stdout.decode(errors="replace")[-2000:]
        raise SystemExit(f"{command[0]} exited with {result.returncode}:\n{output}")
    if label:
        cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
        CPU_MS.setdefault(label, []).append(cpu * 1000)
    return elapsed


def folder_size_mb(folder: Path) -> float:
    files = [path for path in folder.rglob("*") if path.is_file() and not path.is_symlink()]
    total = sum(path.stat().st_size for path in files)
    return round(total / 1_000_000, 1)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Start-up benchmark: app vs bare window")
    parser.add_argument("--source", action="store_true", help="run from source, not frozen")
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument("--rebuild-bare", action="store_true", help="re-freeze the bare window")
    args = parser.parse_args(argv)

    env = {**os.environ, "STATION_POS_EXIT_WHEN_SHOWN": "1"}
    if sys.platform == "linux":
        env.setdefault("QT_QPA_PLATFORM", "offscreen")  # CI machines have no display
    with tempfile.TemporaryDirectory(prefix="bench-startup-") as scratch:
        data = Path(scratch) / "station"
        set_up_data_folder(data)
        if args.source:
            app = [sys.executable, "-m", "station_app", "--data-dir", str(data)]
            bare = [sys.executable, str(bare_window_script(Path(scratch)))]
        else:
            app_exe = BUNDLE / f"StationPOS{EXE}"
            if not app_exe.exists():
                raise SystemExit(f"{app_exe} missing: build it first (.ci/build-frozen)")
            app = [str(app_exe), "--data-dir", str(data)]
            bare = [str(frozen_bare_window(args.rebuild_bare))]
        timed_start(app, env)  # warm-up: disk cache, migrations, escpos capabilities cache
        timed_start(bare, env)
        ready_env = {**env, "STATION_POS_EXIT_WHEN_SHOWN": "ready"}
        app_runs, ready_runs, bare_runs = [], [], []
        for _ in range(args.repeat):  # interleaved, so drift in machine load hits both
            app_runs.append(timed_start(app, env, "app"))
            bare_runs.append(timed_start(bare, env, "bare"))
            ready_runs.append(timed_start(app, ready_env, "ready"))

    app_ms = statistics.median(app_runs)
    bare_ms = statistics.median(bare_runs)
    result = {
        "mode": "source" if args.source else "frozen",
        "platform": f"{platform.system()} {platform.machine()}",
        "qt_platform": env.get("QT_QPA_PLATFORM", "native"),
        "repeat": args.repeat,
        "app_to_login_ms": round(app_ms, 1),
        "bare_window_ms": round(bare_ms, 1),
        "ratio": round(app_ms / bare_ms, 2),
        # The login screen shown, then the station opened behind it (ORM, printing, sync):
        # from here a PIN is checked at once (one typed earlier waits, it is not lost).
        "app_to_ready_ms": round(statistics.median(ready_runs), 1),
        "cpu_ms": {label: round(statistics.median(runs), 1) for label, runs in CPU_MS.items()},
        "cpu_ratio": round(statistics.median(CPU_MS["app"]) / statistics.median(CPU_MS["bare"]), 2),
        "load_avg": [round(value, 2) for value in os.getloadavg()],
        "app_runs_ms": [round(ms, 1) for ms in app_runs],
        "bare_runs_ms": [round(ms, 1) for ms in bare_runs],
    }
    if not args.source:
        result["bundle_mb"] = folder_size_mb(BUNDLE)
    print(json.dumps(result, indent=2, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
