"""The counter starts: the login screen is up before the station has finished opening, and
nothing a clerk does in that moment is lost."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from station_app import staff
from station_app.db.revision import SCHEMA_HEAD
from station_app.login_roster import read_login_roster
from station_app.paths import StationPaths
from station_app.station import Station
from ui.app import set_up_application
from ui.context import AppContext
from ui.main_window import StationWindow
from ui.tasks import Tasks

ROOT = Path(__file__).resolve().parents[2]


def test_the_roster_read_early_is_what_the_station_shows(staffed_station: Station) -> None:
    roster = read_login_roster(staffed_station.paths.database)
    assert roster is not None
    assert roster.station_name == "幸福里社区服务站"
    with staffed_station.database.reading() as session:
        assert list(roster.cards) == staff.active_staff(session)


def test_a_new_or_unusual_database_takes_the_ordinary_start(
    tmp_path: Path, station: Station
) -> None:
    assert read_login_roster(tmp_path / "missing.db") is None, "first start: nothing to read"
    assert read_login_roster(station.paths.database) is None, "no staff yet: the wizard"
    (tmp_path / "garbage.db").write_bytes(b"not a database at all" * 100)
    assert read_login_roster(tmp_path / "garbage.db") is None
    assert not (tmp_path / "other.db").exists()


def test_a_database_to_migrate_is_opened_first(staffed_station: Station) -> None:
    with staffed_station.database.engine.begin() as connection:
        connection.exec_driver_sql("UPDATE alembic_version SET version_num = '0000'")
    assert SCHEMA_HEAD != "0000"
    assert read_login_roster(staffed_station.paths.database) is None


@pytest.fixture
def early_window(qtbot, qapp: QApplication, staffed_station: Station) -> Iterator[StationWindow]:
    set_up_application(qapp, "zh_CN", staffed_station.paths.cache_dir)
    roster = read_login_roster(staffed_station.paths.database)
    assert roster is not None
    window = StationWindow(roster=roster)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    tasks = Tasks()
    yield window
    if window.attached:
        window.status.timer.stop()
        window.printing.stop()
        window.receipt_preview.close()
    tasks.wait()


def test_the_login_shows_before_the_station_opens_and_works_after(
    qtbot, early_window: StationWindow, staffed_station: Station
) -> None:
    assert early_window.login.title.text() == "幸福里社区服务站"
    # The supervisor first, as the station lists them.
    assert early_window.login.staff.names() == ["王强", "张敏"]

    # A quick clerk types the PIN before the station is open: it waits, it is not lost.
    early_window.login.select_staff("张敏")
    for digit in "1111":
        qtbot.mouseClick(early_window.login.pad.keys[digit], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(early_window.login.pad.ok, Qt.MouseButton.LeftButton)
    assert early_window.login.message.text() == "正在验证…"
    assert not early_window.login.pad.isEnabled()

    context = AppContext(station=staffed_station, tasks=Tasks())
    with qtbot.waitSignal(context.session.changed, timeout=10_000):
        early_window.attach(context)
    assert early_window.screens.currentWidget() is early_window.home
    assert context.session.actor is not None and context.session.actor.name == "张敏"
    context.tasks.wait()


def start_app(data_dir: Path) -> subprocess.CompletedProcess[str]:
    """The real launcher in its own process, quitting once its station is open."""
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "STATION_POS_EXIT_WHEN_SHOWN": "ready",
    }
    return subprocess.run(
        [sys.executable, "-m", "station_app", "--data-dir", str(data_dir)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_the_app_starts_to_a_working_login_from_the_command_line(
    staffed_station: Station,
) -> None:
    data_dir = staffed_station.paths.data_dir
    staffed_station.close()
    done = start_app(data_dir)
    assert done.returncode == 0, done.stderr
    logs = StationPaths.under(data_dir).log_dir
    assert not list(logs.glob("crash-*.txt")), "no uncaught exception on the way"
    assert "started" in (logs / "station.log").read_text(encoding="utf-8")


def test_the_first_start_on_a_new_pc_opens_the_station_first(tmp_path: Path) -> None:
    """No database yet: the ordinary path creates it and shows the set-up wizard."""
    done = start_app(tmp_path / "new")
    assert done.returncode == 0, done.stderr
    paths = StationPaths.under(tmp_path / "new")
    assert paths.database.is_file()
    assert not list(paths.log_dir.glob("crash-*.txt"))
