"""One app per data folder: a second start asks the first to come forward, then exits."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from ui.single_instance import LOCK_FILE, SingleInstance, bring_to_front, server_name

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def first(qapp: QApplication, tmp_path: Path) -> Iterator[SingleInstance]:
    instance = SingleInstance(tmp_path / "data")
    assert instance.claim()
    yield instance
    instance.release()


def run_python(code: str, **env: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(code)],
        cwd=ROOT,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", **env},
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )


def test_each_data_folder_has_its_own_stable_name(tmp_path: Path) -> None:
    assert server_name(tmp_path / "a") == server_name(tmp_path / "a" / ".." / "a")
    assert server_name(tmp_path / "a") != server_name(tmp_path / "b")
    assert server_name(tmp_path / "a").startswith("StationPOS-")


def test_a_second_claim_asks_the_first_forward(qtbot, first: SingleInstance) -> None:
    second = SingleInstance(first.data_dir)
    with qtbot.waitSignal(first.activation_requested, timeout=10_000):
        assert not second.claim()
    assert second.first_reached


def test_another_folder_is_not_blocked(qtbot, first: SingleInstance, tmp_path: Path) -> None:
    other = SingleInstance(tmp_path / "other")
    with qtbot.assertNotEmitted(first.activation_requested, wait=100):
        assert other.claim()
    other.release()


def test_a_second_process_brings_the_first_forward(qtbot, first: SingleInstance) -> None:
    code = f"""
        import sys
        from pathlib import Path
        from PySide6.QtCore import QCoreApplication
        from ui.single_instance import SingleInstance
        app = QCoreApplication(sys.argv)
        second = SingleInstance(Path({str(first.data_dir)!r}))
        sys.exit(0 if not second.claim() and second.first_reached else 1)
    """
    with qtbot.waitSignal(first.activation_requested, timeout=20_000):
        second = run_python(code)
    output, _ = second.communicate(timeout=60)
    assert second.returncode == 0, output


def test_the_app_started_twice_exits_and_raises_the_first(qtbot, first: SingleInstance) -> None:
    # The real launcher (`python -m station_app`) against a folder this test holds.
    with qtbot.waitSignal(first.activation_requested, timeout=30_000):
        second = run_python(
            "import sys; from station_app.__main__ import main; "
            f"sys.exit(main(['--data-dir', {str(first.data_dir)!r}]))"
        )
    output, _ = second.communicate(timeout=60)
    assert second.returncode == 0, output


def test_a_crashed_owner_does_not_block_the_next_start(qtbot, qapp, tmp_path: Path) -> None:
    data = tmp_path / "data"
    crashed = run_python(
        f"""
        import os, sys
        from pathlib import Path
        from PySide6.QtCore import QCoreApplication
        from ui.single_instance import SingleInstance
        app = QCoreApplication(sys.argv)
        owner = SingleInstance(Path({str(data)!r}))
        assert owner.claim()
        os._exit(0)  # dies holding the lock: no release, no clean-up
        """
    )
    output, _ = crashed.communicate(timeout=60)
    assert crashed.returncode == 0, output
    assert (data / LOCK_FILE).exists()

    restarted = SingleInstance(data)
    assert restarted.claim()
    try:
        with qtbot.waitSignal(restarted.activation_requested, timeout=10_000):
            assert not SingleInstance(data).claim()
    finally:
        restarted.release()


def test_the_lock_is_free_again_after_release(qapp, tmp_path: Path) -> None:
    instance = SingleInstance(tmp_path / "data")
    assert instance.claim()
    instance.release()
    again = SingleInstance(tmp_path / "data")
    assert again.claim()
    again.release()


@pytest.mark.qt_log_ignore("This plugin does not support")  # offscreen cannot raise windows
def test_bring_to_front_restores_a_minimised_window(qtbot) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    window.showMinimized()
    bring_to_front(window)
    assert window.isVisible()
    assert not window.windowState() & Qt.WindowState.WindowMinimized
