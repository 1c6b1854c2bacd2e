"""The running app makes the day's backup by itself, off the counter's thread."""

from __future__ import annotations

from station_app import maintenance
from station_app.station import Station
from ui.daily_backup import DailyBackup
from ui.tasks import Tasks


def test_the_app_backs_itself_up_in_the_background(qtbot, station: Station) -> None:
    tasks = Tasks()
    backups = DailyBackup(station, tasks)
    backups.check()
    backups.check()  # a second check while the first runs does not start another copy
    qtbot.waitUntil(lambda: not backups.running, timeout=10_000)
    assert len(maintenance.daily_backups(station.paths)) == 1
    backups.check()  # later the same day: nothing due
    qtbot.waitUntil(lambda: not backups.running, timeout=10_000)
    assert len(maintenance.daily_backups(station.paths)) == 1
    tasks.wait()
