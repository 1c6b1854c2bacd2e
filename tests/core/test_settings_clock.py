"""Settings declared once and kept in TOML; the trusted clock."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from station_app import settings as S
from station_app.clock import Clock
from station_app.instance_lock import AlreadyRunning, InstanceLock
from station_app.settings import Settings


def test_settings_round_trip_through_toml(tmp_path: Path) -> None:
    path = tmp_path / "settings.toml"
    settings = Settings(path)
    heard: list[tuple[str, object]] = []
    settings.subscribe(lambda name, value: heard.append((name, value)))
    settings.set(S.PRINTER_COLUMNS, 48)
    settings.set(S.LANGUAGE, "en")
    assert heard == [("printer.columns", 48), ("ui.language", "en")]
    again = Settings(path)
    assert again.get(S.PRINTER_COLUMNS) == 48 and again.get(S.LANGUAGE) == "en"


def test_a_bad_value_is_refused_and_a_bad_file_falls_back_to_defaults(tmp_path: Path) -> None:
    settings = Settings(tmp_path / "s.toml")
    with pytest.raises(ValueError):
        settings.set(S.PRINTER_COLUMNS, 33)
    (tmp_path / "bad.toml").write_text("[printer]\ncolumns = 'wide'\n[ui\n", encoding="utf-8")
    assert Settings(tmp_path / "bad.toml").get(S.PRINTER_COLUMNS) == 32
    (tmp_path / "typed.toml").write_text("[printer]\ncolumns = 'wide'\n", encoding="utf-8")
    assert Settings(tmp_path / "typed.toml").get(S.PRINTER_COLUMNS) == 32


def test_every_setting_has_help_text() -> None:
    assert all(setting.help for setting in S.REGISTRY.values())


def test_trusted_time_follows_the_server_not_the_device() -> None:
    device = [datetime(2026, 1, 1, tzinfo=UTC)]
    mono = [100.0]
    clock = Clock(wall=lambda: device[0], monotonic=lambda: mono[0])
    server = datetime(2026, 11, 26, 8, 0, tzinfo=UTC)
    clock.observe_server_time(server)
    assert clock.skewed
    device[0] = datetime(2020, 1, 1, tzinfo=UTC)  # a resident sets the clock back
    mono[0] += 90
    assert clock.trusted_now() == server + timedelta(seconds=90)


def test_instance_lock_is_exclusive(tmp_path: Path) -> None:
    path = tmp_path / "station.lock"
    with InstanceLock(path):
        assert InstanceLock.is_held(path)
        with pytest.raises(AlreadyRunning):
            InstanceLock(path).acquire()
    assert not InstanceLock.is_held(path)
