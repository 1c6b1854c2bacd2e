"""Crash suite: SIGKILL a station at random points of its work; nothing returned is lost.

A child process (``crash_driver``) runs mixed counter work on a real station database and
prints each operation's id once its service has returned. The parent kills it with SIGKILL
at random points: right after an operation was reported, or a few milliseconds into the
next one (mid-transaction, mid-commit). After each kill the parent opens the database as
the app would (migrations, its own checks) and asserts ``invariants.problems`` is empty:
integrity, the audit chain, gapless outbox, no half-written payment or parcel, and every
reported operation present with its op.

Short (CI): ~5 kills. Long (``STATION_LONG=1``): ≥ 50 kills over ≥ 5,000 operations.
"""

from __future__ import annotations

import os
import random
import select
import signal
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from station_app.paths import StationPaths
from station_app.station import Station
from tests.reliability import community, invariants
from tests.reliability.conftest import LONG, ROOT, sized

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")

LINE_TIMEOUT = 60.0  # seconds without a line from the child: it is stuck, not slow


@dataclass
class CrashRun:
    kills: int = 0
    operations: int = 0
    refused: int = 0
    reported: list[tuple[str, str]] = field(default_factory=list)
    seconds: float = 0.0


class Child:
    """The driver process and its stdout, read line by line without blocking forever."""

    def __init__(self, data_dir: Path, seed: int, stderr: Path) -> None:
        self.stderr_path = stderr
        with stderr.open("ab") as errors:
            self.process = subprocess.Popen(
                [sys.executable, "-m", "tests.reliability.crash_driver", str(data_dir),
                 "--seed", str(seed)],
                cwd=ROOT,
                stdout=subprocess.PIPE,
                stderr=errors,
                env={**os.environ, "PYTHONPATH": str(ROOT)},
            )  # fmt: skip
        assert self.process.stdout is not None
        self.fd = self.process.stdout.fileno()
        self.buffer = b""
        self.eof = False

    def _fill(self, timeout: float) -> bool:
        ready, _, _ = select.select([self.fd], [], [], timeout)
        if not ready:
            return False
        chunk = os.read(self.fd, 65536)
        if not chunk:
            self.eof = True
        self.buffer += chunk
        return True

    def line(self, timeout: float = LINE_TIMEOUT) -> str:
        while b"\n" not in self.buffer:
            if self.eof or not self._fill(timeout):
                raise AssertionError(f"the driver stopped talking:\n{self.errors()}")
        line, self.buffer = self.buffer.split(b"\n", 1)
        return line.decode()

    def kill_within(self, seconds: float) -> list[str]:
        """Let it run up to ``seconds`` more (while it talks), SIGKILL it, return the
        complete lines it printed before dying (a half-printed line promises nothing)."""
        deadline = time.monotonic() + seconds
        while (left := deadline - time.monotonic()) > 0 and not self.eof:
            self._fill(left)
        self.process.send_signal(signal.SIGKILL)
        self.process.wait(timeout=30)
        while not self.eof:
            self._fill(5)
        assert self.process.stdout is not None
        self.process.stdout.close()
        *complete, _partial = self.buffer.split(b"\n")
        return [line.decode() for line in complete]

    def errors(self) -> str:
        return self.stderr_path.read_text(errors="replace")[-3000:]


def record(run: CrashRun, line: str) -> None:
    kind, _, rest = line.partition(" ")
    if kind == "OK":
        operation, _, row_id = rest.partition(" ")
        run.reported.append((operation, row_id))
        run.operations += 1
    elif kind == "REFUSED":
        run.refused += 1
    else:
        raise AssertionError(f"unexpected line from the driver: {line!r}")


def crash_run(folder: Path, *, kills: int, min_operations: int, seed: int) -> CrashRun:
    paths = StationPaths.under(folder / "station")
    station = Station(paths)
    community.seed(station, households=2000)
    station.close()
    rng = random.Random(seed)
    run = CrashRun()
    started = time.monotonic()
    per_kill = max(1, min_operations // kills)
    while run.kills < kills or run.operations < min_operations:
        child = Child(paths.data_dir, rng.randrange(10**9), folder / "driver-stderr.txt")
        assert child.line() == "READY", child.errors()
        # Some kills land during start-up; most after a random number of operations.
        wanted = 0 if rng.random() < 0.05 else rng.randint(1, 2 * per_kill)
        for _ in range(wanted):
            record(run, child.line())
        # Then a few milliseconds more: the kill lands inside the next operation, maybe
        # in its commit.
        for line in child.kill_within(rng.uniform(0, 0.03)):
            record(run, line)
        run.kills += 1
        reopened = Station(paths)  # what the app does after the crash: open, migrate
        try:
            found = invariants.problems(reopened, run.reported)
        finally:
            reopened.close()
        assert not found, f"after kill {run.kills} (seed {seed}): {found}"
    run.seconds = time.monotonic() - started
    return run


def test_sigkill_at_random_points_loses_nothing_that_returned(tmp_path: Path) -> None:
    kills = sized(5, 50)
    operations = sized(150, 5000)
    seed = int(os.environ.get("STATION_CRASH_SEED", random.randrange(10**6)))
    run = crash_run(tmp_path, kills=kills, min_operations=operations, seed=seed)
    print(
        f"\ncrash suite: {run.kills} kills, {run.operations} operations returned,"
        f" {run.refused} refused, {run.seconds:.1f} s (seed {seed}, long={LONG})"
    )
    assert run.kills >= kills and run.operations >= operations
    kinds = {kind for kind, _ in run.reported}
    assert kinds == set(invariants.REPORTED), kinds
