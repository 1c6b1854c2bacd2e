"""The station's daily backup, made in the background while the app runs.

A counter PC is rarely looked after: a backup that waits for a technician's scheduled task
is a backup that does not exist. So the app makes one itself soon after it starts and then
whenever the newest is older than ``maintenance.DAILY_BACKUP_AFTER``, keeping
``backup.keep`` of them. The copy uses SQLite's online backup on its own worker: sales go on
while it runs.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QObject, QTimer

from station_app import maintenance
from station_app.station import Station
from ui.tasks import Tasks

log = logging.getLogger(__name__)

FIRST_CHECK_MS = 60_000
"""After start-up has settled; a station that is opened at all is open for longer."""
CHECK_EVERY_MS = 60 * 60_000


class DailyBackup(QObject):
    def __init__(self, station: Station, tasks: Tasks, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.station = station
        self.tasks = tasks
        self.running = False
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.check)
        self.timer.start(CHECK_EVERY_MS)
        QTimer.singleShot(FIRST_CHECK_MS, self, self.check)

    def check(self) -> None:
        """Make the backup if one is due (in the background; one at a time)."""
        if self.running:
            return
        self.running = True
        self.tasks.run(
            lambda: maintenance.backup_if_due(self.station),
            on_done=self._done,
            on_error=self._failed,
            serial=False,  # a long copy must not hold up the counter's own database work
        )

    def _done(self, made: Path | None) -> None:
        self.running = False
        if made is not None:
            log.info("daily backup written: %s", made)

    def _failed(self, error: BaseException) -> None:
        self.running = False
        # Staff cannot act on it; the technician reads the log and selfcheck's latest backup.
        log.warning("daily backup failed: %s", error)
