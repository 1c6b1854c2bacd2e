"""Background sync: one dedicated thread runs a round every ``sync.interval_seconds`` and on
demand ("sync now"); rounds never overlap (a request during a round runs once after it).

The engine runs on the worker thread; the GUI hears of each round, and of each page of a
long pull, through signals and never waits on the network. "Simulate offline" (demo mode)
flips the client's network switch, so ops made meanwhile stay pending and go out once it is
switched back.
"""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass

from PySide6.QtCore import QObject, QThread, QTimer, Signal, Slot

from station_app import settings as S
from station_app.i18n import UserError
from station_app.station import Station
from sync.client import NetworkSwitch, PlatformUnreachable
from sync.engine import PullProgress, RoundReport, SyncEngine
from sync.pairing import terminal_client

log = logging.getLogger(__name__)


class _StoppingError(PlatformUnreachable):
    """The app is closing: a backoff wait ends the round at once."""


class _Runner(QObject):
    """Lives on the sync thread; ``run`` is always called there (a queued connection)."""

    finished = Signal(object)
    pull_page = Signal(object)  # PullProgress, emitted on the sync thread

    def __init__(self, engine: SyncEngine) -> None:
        super().__init__()
        self.engine = engine
        engine.on_pull_page = self.pull_page.emit

    @Slot()
    def run(self) -> None:
        try:
            report = self.engine.run_round()
        except Exception as error:
            # A local failure (disk full …): the round is over, the next one may work.
            log.exception("sync round failed")
            report = RoundReport(
                started_at=self.engine.station.clock.trusted_now(),
                error=str(error),
                error_kind="error",
            )
        self.finished.emit(report)


@dataclass(frozen=True)
class SyncSnapshot:
    """What the status bar shows about sync, as of the last round."""

    running: bool
    simulated_offline: bool
    report: RoundReport | None


class SyncWorker(QObject):
    round_started = Signal()
    round_finished = Signal(object)  # RoundReport
    pull_progress = Signal(object)  # PullProgress, after each page a pull applied
    changed = Signal(object)  # SyncSnapshot

    _kick = Signal()

    def __init__(
        self,
        engine: SyncEngine,
        network: NetworkSwitch,
        *,
        interval_seconds: int,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.engine = engine
        self.network = network
        self.last_report: RoundReport | None = None
        self._busy = False
        self._again = False
        self._stopping = threading.Event()
        engine.client.sleep = self._sleep
        self._thread = QThread(self)
        self._thread.setObjectName("sync")
        self._runner = _Runner(engine)
        self._runner.moveToThread(self._thread)
        self._kick.connect(self._runner.run)
        self._runner.finished.connect(self._finished)
        self._runner.pull_page.connect(self._pull_page)
        self._thread.finished.connect(self._runner.deleteLater)
        self.timer = QTimer(self)
        self.timer.setInterval(interval_seconds * 1000)
        self.timer.timeout.connect(self.sync_now)

    @classmethod
    def for_station(cls, station: Station, parent: QObject | None = None) -> SyncWorker | None:
        """A worker for a paired station (None when it is not paired yet)."""
        if not station.info().paired:
            return None
        network = NetworkSwitch()
        try:
            client = terminal_client(station, network=network)
        except UserError as error:
            log.error("sync is off: %s", error)
            return None
        worker = cls(
            SyncEngine(station, client),
            network,
            interval_seconds=station.settings.get(S.SYNC_INTERVAL_SECONDS),
            parent=parent,
        )
        station.settings.subscribe(worker._setting_changed)
        return worker

    def _setting_changed(self, name: str, value: object) -> None:
        if self._stopping.is_set():
            return  # the window (and this timer) may be gone
        if name == S.SYNC_INTERVAL_SECONDS.name and isinstance(value, int):
            self.timer.setInterval(value * 1000)

    def _sleep(self, seconds: float) -> None:
        if self._stopping.wait(seconds):
            raise _StoppingError("the app is closing")

    @property
    def running(self) -> bool:
        return self._busy

    def snapshot(self) -> SyncSnapshot:
        return SyncSnapshot(self._busy, self.network.offline, self.last_report)

    def start(self) -> None:
        self._thread.start()
        self.timer.start()
        self.sync_now()

    def sync_now(self) -> None:
        """Run a round now, or right after the one running."""
        if self._stopping.is_set() or not self._thread.isRunning():
            return
        if self._busy:
            self._again = True
            return
        self._busy = True
        self.round_started.emit()
        self.changed.emit(self.snapshot())
        self._kick.emit()

    def set_simulated_offline(self, offline: bool) -> None:
        self.network.offline = offline
        self.changed.emit(self.snapshot())
        self.sync_now()

    @Slot(object)
    def _pull_page(self, progress: PullProgress) -> None:
        self.pull_progress.emit(progress)

    def _finished(self, report: RoundReport) -> None:
        self._busy = False
        self.last_report = report
        self.round_finished.emit(report)
        self.changed.emit(self.snapshot())
        if self._again:
            self._again = False
            self.sync_now()

    def stop(self, timeout_ms: int = 15_000) -> None:
        """Stop the timer, end a waiting backoff, let a running request finish, join."""
        self._stopping.set()
        self.timer.stop()
        if self._thread.isRunning():
            self._thread.quit()
            if not self._thread.wait(timeout_ms):
                log.error("the sync thread did not stop in time")
        self.engine.client.close()
