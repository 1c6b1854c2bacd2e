"""The one way to run work off the GUI thread.

``run(fn, on_done=..., on_error=...)`` runs ``fn`` on a worker and delivers its result or
its exception back on the GUI thread through signals; workers never touch widgets.
Database work goes through ``serial=True`` (one worker), so it is never interleaved.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

log = logging.getLogger(__name__)


class _Carrier(QObject):
    """Lives on the GUI thread; the worker emits, Qt queues the call to the GUI thread."""

    done = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, fn: Callable[[], Any], carrier: _Carrier) -> None:
        super().__init__()
        self.fn = fn
        self.carrier = carrier

    def run(self) -> None:
        try:
            result = self.fn()
        except Exception as error:
            log.exception("background task failed")
            self.carrier.failed.emit(error)
        else:
            self.carrier.done.emit(result)


class Tasks(QObject):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._serial = QThreadPool(self)
        self._serial.setMaxThreadCount(1)
        self._parallel = QThreadPool(self)
        self._parallel.setMaxThreadCount(2)
        self._carriers: set[_Carrier] = set()

    def run(
        self,
        fn: Callable[[], Any],
        *,
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        serial: bool = True,
    ) -> None:
        carrier = _Carrier()
        self._carriers.add(carrier)  # keep it alive until it has delivered

        def finish(_: object) -> None:
            self._carriers.discard(carrier)
            carrier.deleteLater()

        if on_done is not None:
            carrier.done.connect(on_done)
        if on_error is not None:
            carrier.failed.connect(on_error)
        else:
            carrier.failed.connect(lambda error: log.error("unhandled task error: %s", error))
        carrier.done.connect(finish)
        carrier.failed.connect(finish)
        (self._serial if serial else self._parallel).start(_Job(fn, carrier))

    def wait(self, msecs: int = 10_000) -> bool:
        """For shutdown and tests: wait until queued work has finished."""
        return self._serial.waitForDone(msecs) and self._parallel.waitForDone(msecs)
