"""The window's background sync: the status bar goes online, "simulate offline" holds ops
back, "sync now" sends them once it is switched off. Real platform, offscreen Qt."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from station_app.db.models import OutboxOp
from tests.sync.conftest import Terminal
from ui.app import build_window, set_up_application
from ui.context import AppContext
from ui.main_window import StationWindow
from ui.tasks import Tasks

WAIT = 15_000


@pytest.fixture
def demo_window(
    qtbot: QtBot, qapp: QApplication, terminals: Callable[..., Terminal]
) -> Iterator[tuple[StationWindow, Terminal]]:
    terminal = terminals("counter")
    assert terminal.round().ok  # staff to log in with, like the demo's first sync
    tasks = Tasks()
    set_up_application(qapp, "zh_CN", terminal.station.paths.cache_dir)
    window = build_window(AppContext(station=terminal.station, tasks=tasks, demo=True))
    qtbot.addWidget(window)
    window.show()
    yield window, terminal
    window.stop_background()
    window.status.timer.stop()
    window.printing.stop()
    window.receipt_preview.close()
    tasks.wait()


def statuses(terminal: Terminal) -> list[str]:
    return [op.status for op in terminal.ops()]


def test_the_status_bar_follows_sync_and_simulated_offline(
    qtbot: QtBot, demo_window: tuple[StationWindow, Terminal]
) -> None:
    window, terminal = demo_window
    status = window.status
    assert window.sync is not None
    assert status.sync_button.isVisible() and status.offline_switch.isVisible()
    qtbot.waitUntil(lambda: status.network.objectName() == "statusOnline", timeout=WAIT)
    assert status.network.text().startswith(status.tr("● Online"))
    qtbot.waitUntil(
        lambda: status.last_sync.text() not in ("", status.tr("Never synced")), timeout=WAIT
    )

    with qtbot.waitSignal(window.sync.round_finished, timeout=WAIT) as offline_round:
        status.offline_switch.setChecked(True)
    assert offline_round.args[0].error_kind == "simulated_offline"
    assert status.network.text() == status.tr("● Offline (simulated)")
    assert status.network.objectName() == "statusOffline"
    terminal.check_in("SFL00000001")  # a counter op while "offline"
    with qtbot.waitSignal(window.sync.round_finished, timeout=WAIT):
        status.sync_button.click()
    assert statuses(terminal) == ["pending"]
    status.refresh()
    qtbot.waitUntil(lambda: "1" in status.pending.text(), timeout=WAIT)

    with qtbot.waitSignal(window.sync.round_finished, timeout=WAIT) as back_online:
        status.offline_switch.setChecked(False)
    assert back_online.args[0].ok
    assert statuses(terminal) == ["applied"]
    qtbot.waitUntil(lambda: status.network.objectName() == "statusOnline", timeout=WAIT)
    qtbot.waitUntil(lambda: status.pending.text() == status.tr("Nothing to send"), timeout=WAIT)


def test_sync_now_during_a_round_runs_once_more_after_it(
    qtbot: QtBot, demo_window: tuple[StationWindow, Terminal]
) -> None:
    window, terminal = demo_window
    worker = window.sync
    assert worker is not None
    qtbot.waitUntil(lambda: worker.last_report is not None and not worker.running, timeout=WAIT)
    rounds: list[object] = []
    worker.round_finished.connect(rounds.append)
    worker.sync_now()
    assert worker.running
    worker.sync_now()  # queued behind the running round, not run beside it
    worker.sync_now()
    qtbot.waitUntil(lambda: len(rounds) == 2 and not worker.running, timeout=WAIT)
    with terminal.station.database.reading() as session:
        assert session.query(OutboxOp).count() == 0
