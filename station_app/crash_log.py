"""Crash files in the log folder: what a technician needs after the app failed unexpectedly.

- ``crash-<UTC time>-<pid>-<n>.txt``: an uncaught Python exception, in the main thread
  (``sys.excepthook``; under Qt that includes exceptions raised in slots) or in a worker
  thread (``threading.excepthook``): the traceback with the version and platform.
- ``faults.log``: what ``faulthandler`` writes when the process dies in native code (a crash
  in Qt or a printer driver), where no Python hook runs any more. Each start adds a header
  line, so the lines under the last header belong to the last run.

Plain Python: the GUI registers a listener (``ui/crash_dialog.py``) to tell the user where the
file is.
"""

from __future__ import annotations

import faulthandler
import logging
import os
import sys
import threading
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType
from typing import IO

from station_app import __version__

log = logging.getLogger(__name__)

CRASH_PREFIX = "crash-"
FAULTS_FILE = "faults.log"
KEEP_CRASH_FILES = 50
# A handler that fails on every repaint must not fill the disk: later ones go to the log only.
MAX_FILES_PER_RUN = 20
FAULTS_MAX_BYTES = 1_000_000

ExceptHook = Callable[[type[BaseException], BaseException, TracebackType | None], object]
ThreadHook = Callable[[threading.ExceptHookArgs], object]


@dataclass(frozen=True)
class Crash:
    """One uncaught exception; ``path`` is None when the file could not be written."""

    path: Path | None
    log_dir: Path
    error: BaseException
    thread: str


CrashListener = Callable[[Crash], None]


class CrashLog:
    def __init__(self, log_dir: Path, *, version: str = __version__) -> None:
        self.log_dir = log_dir
        self.version = version
        self.listeners: list[CrashListener] = []
        self.written = 0
        self._faults: IO[str] | None = None
        self._previous_hook: ExceptHook | None = None
        self._previous_thread_hook: ThreadHook | None = None
        self._faulthandler_was_on = False
        self._guard = threading.Lock()

    @property
    def faults_file(self) -> Path:
        return self.log_dir / FAULTS_FILE

    def install(self) -> CrashLog:
        """Route uncaught exceptions and native crashes into the log folder."""
        self.log_dir.mkdir(parents=True, exist_ok=True)
        self.prune()
        self._enable_faulthandler()
        self._previous_hook = sys.excepthook
        self._previous_thread_hook = threading.excepthook
        sys.excepthook = self.excepthook
        threading.excepthook = self.thread_excepthook
        return self

    def uninstall(self) -> None:
        if self._previous_hook is not None:
            sys.excepthook = self._previous_hook
            self._previous_hook = None
        if self._previous_thread_hook is not None:
            threading.excepthook = self._previous_thread_hook
            self._previous_thread_hook = None
        if self._faults is not None:
            faulthandler.disable()
            self._faults.close()
            self._faults = None
            stderr = sys.__stderr__
            if self._faulthandler_was_on and stderr is not None:
                faulthandler.enable(file=stderr)

    def excepthook(
        self, kind: type[BaseException], error: BaseException, tb: TracebackType | None
    ) -> None:
        if not issubclass(kind, KeyboardInterrupt | SystemExit):
            self.report(error.with_traceback(tb), threading.current_thread().name)
        previous = self._previous_hook or sys.__excepthook__
        if sys.stderr is not None:  # None in the windowed exe: nowhere to print
            previous(kind, error, tb)

    def thread_excepthook(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_value is not None and not issubclass(args.exc_type, SystemExit):
            thread = args.thread.name if args.thread is not None else "?"
            self.report(args.exc_value.with_traceback(args.exc_traceback), thread)
        previous = self._previous_thread_hook or threading.__excepthook__
        previous(args)

    def report(self, error: BaseException, thread: str) -> Crash:
        """Write the crash file, log it, and tell the listeners (a listener never breaks this)."""
        path = self.write(error, thread)
        log.error(
            "uncaught exception in thread %s; crash file %s",
            thread,
            path,
            exc_info=(type(error), error, error.__traceback__),
        )
        crash = Crash(path=path, log_dir=self.log_dir, error=error, thread=thread)
        for listener in list(self.listeners):
            try:
                listener(crash)
            except Exception:
                log.exception("crash listener %r failed", listener)
        return crash

    def write(self, error: BaseException, thread: str) -> Path | None:
        with self._guard:
            if self.written >= MAX_FILES_PER_RUN:
                return None
            self.written += 1
            number = self.written
        now = datetime.now(UTC)
        path = self.log_dir / (
            f"{CRASH_PREFIX}{now.strftime('%Y%m%dT%H%M%SZ')}-{os.getpid()}-{number}.txt"
        )
        text = "".join(
            [
                f"Station POS {self.version}: uncaught exception\n",
                f"time: {now.isoformat(timespec='seconds')}\n",
                f"thread: {thread}\n",
                f"python: {sys.version.splitlines()[0]}\n",
                f"platform: {_platform_name()}\n",
                f"frozen: {bool(getattr(sys, 'frozen', False))} ({sys.executable})\n",
                "\n",
                *traceback.format_exception(error),
            ]
        )
        try:
            self.log_dir.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
        except OSError:
            log.exception("could not write the crash file %s", path)
            return None
        return path

    def crash_files(self) -> list[Path]:
        """The crash files, oldest first (their names sort by time)."""
        return sorted(self.log_dir.glob(f"{CRASH_PREFIX}*.txt"))

    def prune(self, keep: int = KEEP_CRASH_FILES) -> None:
        files = self.crash_files()
        for path in files[: max(len(files) - keep, 0)]:
            path.unlink(missing_ok=True)

    def _enable_faulthandler(self) -> None:
        self._faulthandler_was_on = faulthandler.is_enabled()
        path = self.faults_file
        try:
            if path.exists() and path.stat().st_size > FAULTS_MAX_BYTES:
                path.replace(path.with_name(FAULTS_FILE + ".1"))
            # Held open for the whole run: faulthandler writes with no Python left to open it.
            faults = open(path, "a", encoding="utf-8")  # noqa: SIM115
        except OSError:
            log.exception("could not open %s; native crashes will not be recorded", path)
            return
        stamp = datetime.now(UTC).isoformat(timespec="seconds")
        faults.write(f"--- {stamp} start pid {os.getpid()} Station POS {self.version}\n")
        faults.flush()
        faulthandler.enable(file=faults, all_threads=True)
        self._faults = faults


_installed: CrashLog | None = None


def install(log_dir: Path) -> CrashLog:
    """The process's crash log, writing into ``log_dir`` (again: the same one, or moved)."""
    global _installed
    if _installed is not None:
        if _installed.log_dir == log_dir:
            return _installed
        listeners = _installed.listeners
        _installed.uninstall()
    else:
        listeners = []
    _installed = CrashLog(log_dir).install()
    _installed.listeners.extend(listeners)
    return _installed


def installed() -> CrashLog | None:
    return _installed


def uninstall() -> None:
    global _installed
    if _installed is not None:
        _installed.uninstall()
        _installed = None


def _platform_name() -> str:
    import platform  # only when a crash is written: start-up does not pay for it

    return platform.platform()
