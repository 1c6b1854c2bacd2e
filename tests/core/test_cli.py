"""The technician's commands, run as a technician would."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from station_app.__main__ import main


def test_selfcheck_on_a_fresh_station_is_ok(tmp_path: Path, capsys) -> None:
    assert main(["selfcheck", "--data-dir", str(tmp_path)]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["ok"] is True
    assert report["checks"] == {
        "schema_at_head": True,
        "integrity_ok": True,
        "audit_chain_ok": True,
    }
    assert report["outbox"]["pending"] == 0
    assert report["journal_mode"] == "wal"


def test_backup_command_writes_a_copy(tmp_path: Path, capsys) -> None:
    target = tmp_path / "copy.db"
    assert main(["--data-dir", str(tmp_path / "s"), "backup", str(target)]) == 0
    assert target.exists()
    assert str(target) in capsys.readouterr().out


def test_restore_of_a_missing_file_is_a_clear_error(tmp_path: Path, capsys) -> None:
    assert main(["restore", str(tmp_path / "nope.db"), "--data-dir", str(tmp_path)]) == 2
    assert "No backup file" in capsys.readouterr().err


def test_python_dash_m_runs_the_same_entry_point(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "station_app", "selfcheck", "--data-dir", str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["ok"] is True
