"""Nobody schedules backups on a counter PC: the station makes its own, one a day, and keeps
the configured number."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta

from station_app import maintenance
from station_app import settings as S
from station_app.station import Station

MORNING = datetime(2026, 11, 26, 2, 0, tzinfo=UTC)  # 08:00 in Urumqi


def test_the_first_start_makes_a_backup_that_opens(station: Station) -> None:
    made = maintenance.backup_if_due(station, MORNING)
    assert made is not None and made.name == "station-20261126T020000Z.db"
    with sqlite3.connect(made) as copy:
        assert copy.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    assert maintenance.latest_daily_backup(station.paths) == (made, MORNING)


def test_one_backup_a_day_even_when_the_app_is_started_often(station: Station) -> None:
    maintenance.backup_if_due(station, MORNING)
    assert maintenance.backup_if_due(station, MORNING + timedelta(hours=4)) is None
    assert maintenance.backup_if_due(station, MORNING + timedelta(hours=19)) is None
    # The next morning at the same hour: due again.
    assert maintenance.backup_if_due(station, MORNING + timedelta(days=1)) is not None


def test_only_the_configured_number_is_kept(station: Station) -> None:
    station.settings.set(S.BACKUPS_KEPT, 3)
    for day in range(5):
        maintenance.backup_if_due(station, MORNING + timedelta(days=day))
    kept = sorted(path.name for path in station.paths.backups.glob("station-*.db"))
    assert kept == [
        "station-20261128T020000Z.db",
        "station-20261129T020000Z.db",
        "station-20261130T020000Z.db",
    ]


def test_a_backup_from_the_future_does_not_stop_todays(station: Station) -> None:
    """A clock that was set a year ahead once must not silence backups for a year."""
    maintenance.backup_if_due(station, MORNING + timedelta(days=365))
    assert maintenance.backup_if_due(station, MORNING) is not None


def test_after_a_clock_was_ahead_todays_backup_is_kept_and_made_once(station: Station) -> None:
    """A full folder of backups dated next year (a flat clock battery, then corrected)."""
    station.settings.set(S.BACKUPS_KEPT, 3)
    for day in range(3):
        maintenance.backup_if_due(station, MORNING + timedelta(days=200 + day))
    today = maintenance.backup_if_due(station, MORNING)
    assert today is not None and today.exists(), "the backup just made is not pruned"
    later = MORNING + timedelta(hours=1)
    assert maintenance.backup_if_due(station, later) is None, "one a day, not one an hour"
    assert len(maintenance.daily_backups(station.paths)) == 3


def test_other_files_in_the_folder_are_left_alone(station: Station) -> None:
    station.paths.backups.mkdir(parents=True, exist_ok=True)
    own = station.paths.backups / "station-copy-for-the-technician.db"
    own.write_bytes(b"")
    before_restore = station.paths.backups / "before-restore-20261101T000000Z.db"
    before_restore.write_bytes(b"")
    station.settings.set(S.BACKUPS_KEPT, 1)
    for day in range(3):
        maintenance.backup_if_due(station, MORNING + timedelta(days=day))
    assert own.exists() and before_restore.exists()
    kept = sorted(path.name for path in station.paths.backups.glob("station-2*.db"))
    assert kept == ["station-20261128T020000Z.db"]


def test_selfcheck_says_when_the_last_backup_was_made(station: Station) -> None:
    assert maintenance.selfcheck(station)["latest_daily_backup"] is None
    maintenance.backup_if_due(station, MORNING)
    latest = maintenance.selfcheck(station)["latest_daily_backup"]
    assert latest["made_at"] == "2026-11-26T02:00:00+00:00"
