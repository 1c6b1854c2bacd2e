"""The status bar during a long pull (a new terminal's first sync): a busy bar with the
count of changes so far, shown while more pages follow and hidden when the pull ends."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from sync.client import PlatformClient
from sync.engine import PullProgress, SyncEngine
from ui.main_window import StationWindow
from ui.sync_worker import SyncSnapshot, SyncWorker

WAIT = 5000
SCREENSHOT = "/tmp/pull_progress.png"


@pytest.fixture
def worker(window: StationWindow) -> Iterator[SyncWorker]:
    """A worker the status bar follows; its thread never starts, the test plays the engine."""
    station = window.context.station
    client = PlatformClient("http://127.0.0.1:9", clock=station.clock)
    worker = SyncWorker(SyncEngine(station, client), client.network, interval_seconds=60)
    window.status.attach_sync(worker)
    yield worker
    worker.stop()


def pull_page(qtbot: QtBot, worker: SyncWorker, progress: PullProgress) -> None:
    """The engine reports a page from the sync thread; the GUI hears of it queued."""
    report = worker.engine.on_pull_page
    assert report is not None
    thread = threading.Thread(target=report, args=(progress,))
    with qtbot.waitSignal(worker.pull_progress, timeout=WAIT):
        thread.start()
    thread.join()


def test_a_long_pull_shows_a_busy_bar_with_the_count(
    qtbot: QtBot, window: StationWindow, worker: SyncWorker
) -> None:
    status = window.status
    assert not status.pull_bar.isVisible() and not status.pull_text.isVisible()

    pull_page(qtbot, worker, PullProgress(pages=1, changes=1000, has_more=True))
    assert status.pull_bar.isVisible() and status.pull_text.isVisible()
    assert status.pull_bar.maximum() == 0  # busy: the platform gives no total
    assert status.pull_text.text() == "正在同步社区数据… 1,000 条"

    pull_page(qtbot, worker, PullProgress(pages=12, changes=12_000, has_more=True))
    assert status.pull_text.text() == "正在同步社区数据… 12,000 条"
    status.grab().save(SCREENSHOT)

    pull_page(qtbot, worker, PullProgress(pages=13, changes=12_455, has_more=False))
    assert not status.pull_bar.isVisible() and not status.pull_text.isVisible()


def test_a_pull_of_one_page_shows_no_bar(
    qtbot: QtBot, window: StationWindow, worker: SyncWorker
) -> None:
    pull_page(qtbot, worker, PullProgress(pages=1, changes=7, has_more=False))
    assert not window.status.pull_bar.isVisible()


def test_the_bar_goes_when_the_round_ends_midway(
    qtbot: QtBot, window: StationWindow, worker: SyncWorker
) -> None:
    pull_page(qtbot, worker, PullProgress(pages=3, changes=3000, has_more=True))
    assert window.status.pull_bar.isVisible()
    worker.changed.emit(SyncSnapshot(running=False, simulated_offline=False, report=None))
    assert not window.status.pull_bar.isVisible() and not window.status.pull_text.isVisible()
