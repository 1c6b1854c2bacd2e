"""Crash files: uncaught exceptions and native crashes end up in the log folder, with a dialog."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from station_app import __version__, crash_log
from station_app.crash_log import FAULTS_FILE, MAX_FILES_PER_RUN, Crash, CrashLog
from ui.crash_dialog import CrashDialogs

ROOT = Path(__file__).resolve().parents[2]
# The offscreen platform cannot size or raise windows and says so; not the app's fault.
OFFSCREEN_DIALOG = pytest.mark.qt_log_ignore("This plugin does not support")


class Recorder:
    def __init__(self) -> None:
        self.calls: list[object] = []

    def __call__(self, *args: object) -> None:
        self.calls.append(args)


@pytest.fixture
def hooks(monkeypatch: pytest.MonkeyPatch) -> tuple[Recorder, Recorder]:
    """Stand-ins for the hooks the crash log chains to (pytest's own stay out of it)."""
    previous, previous_thread = Recorder(), Recorder()
    monkeypatch.setattr(sys, "excepthook", previous)
    monkeypatch.setattr(threading, "excepthook", previous_thread)
    return previous, previous_thread


@pytest.fixture
def installed(tmp_path: Path, hooks: tuple[Recorder, Recorder]) -> Iterator[CrashLog]:
    log = CrashLog(tmp_path / "logs").install()
    yield log
    log.uninstall()


def raise_and_catch(error: BaseException) -> BaseException:
    try:
        raise error
    except type(error) as caught:
        return caught


def test_an_uncaught_exception_writes_a_crash_file(
    installed: CrashLog, hooks: tuple[Recorder, Recorder]
) -> None:
    crashes: list[Crash] = []
    installed.listeners.append(crashes.append)
    error = raise_and_catch(ValueError("the drawer jammed"))

    sys.excepthook(ValueError, error, error.__traceback__)

    [crash] = crashes
    assert crash.path is not None and crash.path.parent == installed.log_dir
    text = crash.path.read_text(encoding="utf-8")
    assert f"Station POS {__version__}" in text
    assert "thread: MainThread" in text
    assert "ValueError: the drawer jammed" in text
    assert "raise_and_catch" in text  # the traceback, not just the message
    assert hooks[0].calls == [(ValueError, error, error.__traceback__)]  # console still sees it


def test_a_worker_thread_crash_names_the_thread(
    installed: CrashLog, hooks: tuple[Recorder, Recorder]
) -> None:
    def fail() -> None:
        raise RuntimeError("printer worker died")

    worker = threading.Thread(target=fail, name="print-queue")
    worker.start()
    worker.join()

    [path] = installed.crash_files()
    text = path.read_text(encoding="utf-8")
    assert "thread: print-queue" in text
    assert "RuntimeError: printer worker died" in text
    assert len(hooks[1].calls) == 1


def test_ctrl_c_and_exit_write_nothing(installed: CrashLog) -> None:
    for kind in (KeyboardInterrupt, SystemExit):
        error = raise_and_catch(kind())
        sys.excepthook(kind, error, error.__traceback__)
    assert installed.crash_files() == []


def test_a_failing_handler_cannot_fill_the_disk(installed: CrashLog) -> None:
    error = raise_and_catch(ZeroDivisionError())
    for _ in range(MAX_FILES_PER_RUN + 5):
        installed.report(error, "MainThread")
    assert len(installed.crash_files()) == MAX_FILES_PER_RUN


def test_old_crash_files_are_pruned(tmp_path: Path) -> None:
    logs = tmp_path / "logs"
    logs.mkdir()
    for day in range(1, 8):
        (logs / f"crash-202601{day:02d}T000000Z-1-1.txt").write_text("x")
    CrashLog(logs).prune(keep=3)
    assert [p.name[6:14] for p in CrashLog(logs).crash_files()] == [
        "20260105",
        "20260106",
        "20260107",
    ]


def test_a_broken_listener_does_not_hide_the_crash(installed: CrashLog) -> None:
    def broken(crash: Crash) -> None:
        raise OSError("no display")

    installed.listeners.append(broken)
    crash = installed.report(raise_and_catch(KeyError("x")), "MainThread")
    assert crash.path is not None and crash.path.exists()


def test_uninstall_puts_the_previous_hooks_back(
    tmp_path: Path, hooks: tuple[Recorder, Recorder]
) -> None:
    log = CrashLog(tmp_path).install()
    assert sys.excepthook == log.excepthook
    log.uninstall()
    assert sys.excepthook is hooks[0]
    assert threading.excepthook is hooks[1]


def test_install_is_per_process_and_follows_the_log_folder(
    tmp_path: Path, hooks: tuple[Recorder, Recorder]
) -> None:
    try:
        first = crash_log.install(tmp_path / "a")
        first.listeners.append(print)
        assert crash_log.install(tmp_path / "a") is first
        moved = crash_log.install(tmp_path / "b")
        assert moved.log_dir == tmp_path / "b" and moved.listeners == [print]
        assert crash_log.installed() is moved
    finally:
        crash_log.uninstall()
    assert sys.excepthook is hooks[0]


def test_a_native_crash_lands_in_the_faults_file(tmp_path: Path) -> None:
    code = (
        "import faulthandler, sys; from pathlib import Path; from station_app import crash_log; "
        f"crash_log.install(Path({str(tmp_path)!r})); faulthandler._sigsegv()"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=60
    )
    assert result.returncode != 0
    faults = (tmp_path / FAULTS_FILE).read_text(encoding="utf-8")
    assert "start pid" in faults and f"Station POS {__version__}" in faults
    assert "Fatal Python error" in faults


def test_a_real_start_installs_the_crash_log(tmp_path: Path) -> None:
    # `python -m station_app` is a real start (no argv given to main): faults.log appears.
    result = subprocess.run(
        [sys.executable, "-m", "station_app", "selfcheck", "--data-dir", str(tmp_path)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "logs" / FAULTS_FILE).read_text(encoding="utf-8").startswith("--- ")


@pytest.fixture
def dialogs(qapp: QApplication, installed: CrashLog) -> Iterator[CrashDialogs]:
    shown = CrashDialogs(installed)
    yield shown
    shown.detach()
    if shown.dialog is not None:
        shown.dialog.close()


@OFFSCREEN_DIALOG
def test_a_worker_crash_opens_one_dialog_that_says_where_the_file_is(
    qtbot, installed: CrashLog, dialogs: CrashDialogs
) -> None:
    def fail() -> None:
        raise RuntimeError("sync worker died")

    for _ in range(2):  # the second crash must not stack a second dialog
        worker = threading.Thread(target=fail)
        worker.start()
        worker.join()
    qtbot.waitUntil(lambda: dialogs.dialog is not None and dialogs.dialog.isVisible())
    assert dialogs.dialog is not None
    [first, _] = installed.crash_files()
    assert str(first) in dialogs.dialog.text()
    boxes = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox)]
    assert [box for box in boxes if box.isVisible()] == [dialogs.dialog]


@OFFSCREEN_DIALOG
def test_a_crash_before_the_event_loop_still_shows_the_dialog(
    qtbot, installed: CrashLog, dialogs: CrashDialogs
) -> None:
    seen: list[str] = []

    def read_and_close() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        seen.append(box.text())
        box.accept()

    QTimer.singleShot(0, read_and_close)
    installed.report(raise_and_catch(RuntimeError("start-up failed")), "MainThread")
    assert len(seen) == 1 and str(installed.crash_files()[0]) in seen[0]


@OFFSCREEN_DIALOG
def test_without_a_file_the_dialog_points_at_the_log_folder(
    qtbot, installed: CrashLog, dialogs: CrashDialogs
) -> None:
    installed.written = MAX_FILES_PER_RUN  # no more files this run
    with qtbot.waitSignal(dialogs._crashed, timeout=5_000):
        threading.Thread(target=installed.report, args=(ValueError(), "worker")).start()
    qtbot.waitUntil(lambda: dialogs.dialog is not None and dialogs.dialog.isVisible())
    assert dialogs.dialog is not None
    assert str(installed.log_dir) in dialogs.dialog.text()
