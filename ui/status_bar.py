"""The status bar: online/offline, pending ops and their age, last sync, items needing
attention, printer, staff, shift; "sync now" and, in demo mode, "simulate offline"; while
a pull of many pages runs (a new terminal's first sync), a busy bar with the count so far."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale, QTimer
from PySide6.QtWidgets import QCheckBox, QLabel, QProgressBar, QPushButton, QStatusBar, QWidget

from station_app import outbox
from station_app import settings as S
from station_app.db.models import Shift, SyncState
from station_app.station import Station
from sync.attention import attention_count
from ui.context import AppContext

if TYPE_CHECKING:
    from sync.engine import PullProgress
    from ui.sync_worker import SyncSnapshot, SyncWorker

REFRESH_MS = 5000


@dataclass(frozen=True)
class StatusFacts:
    paired: bool
    pending: int
    oldest_pending_at: datetime | None
    open_shift: bool
    now: datetime
    last_success_at: datetime | None = None
    attention: int = 0


def read_status(station: Station) -> StatusFacts:
    info = station.info()
    with station.database.reading() as session:
        summary = outbox.summary(session)
        shift_open = (
            session.query(Shift.id)
            .filter(Shift.terminal_code == info.terminal_code, Shift.status == "open")
            .first()
            is not None
        )
        state = session.get(SyncState, 1)
        attention = attention_count(session) if info.paired else 0
    return StatusFacts(
        paired=info.paired,
        pending=summary.pending,
        oldest_pending_at=summary.oldest_pending_at,
        open_shift=shift_open,
        now=station.clock.trusted_now(),
        last_success_at=state.last_success_at if state else None,
        attention=attention,
    )


def age_text(since: datetime | None, now: datetime) -> str:
    if since is None:
        return ""
    minutes = max(0, int((now - since).total_seconds() // 60))
    if minutes < 60:
        return QCoreApplication.translate("Status", "{n} min").format(n=minutes)
    hours = minutes // 60
    if hours < 48:
        return QCoreApplication.translate("Status", "{n} h").format(n=hours)
    return QCoreApplication.translate("Status", "{n} days").format(n=hours // 24)


class StationStatusBar(QStatusBar):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.sync: SyncWorker | None = None
        self._snapshot: SyncSnapshot | None = None
        self._facts: StatusFacts | None = None
        self.setSizeGripEnabled(False)
        self.network = QLabel()
        self.network.setObjectName("statusOffline")
        self.pending = QLabel()
        self.last_sync = QLabel()
        self.attention = QLabel()
        self.attention.setObjectName("statusOffline")
        self.printer = QLabel()
        self.staff = QLabel()
        self.shift = QLabel()
        # Children, but in the bar only once a sync is attached: QStatusBar takes its height
        # from every widget in it, hidden ones too, and the touch-sized button would make an
        # unpaired counter's bar twice as tall for nothing.
        self.sync_button = QPushButton(self.tr("Sync now"), self)
        self.sync_button.setObjectName("secondary")
        self.sync_button.setAccessibleName(self.tr("Sync with the platform now"))
        self.offline_switch = QCheckBox(self.tr("Simulate offline"), self)
        self.offline_switch.setAccessibleName(self.tr("Simulate a network outage (demo)"))
        for label, name in (
            (self.network, self.tr("Network status")),
            (self.pending, self.tr("Pending operations")),
            (self.last_sync, self.tr("Last successful sync")),
            (self.attention, self.tr("Items needing attention")),
            (self.printer, self.tr("Printer status")),
            (self.staff, self.tr("Staff on duty")),
            (self.shift, self.tr("Shift status")),
        ):
            label.setAccessibleName(name)
            self.addPermanentWidget(label)
        # The platform sends no total, so the bar is busy (not a percentage) beside the count.
        self.pull_text = QLabel()
        self.pull_text.setAccessibleName(self.tr("Community data sync progress"))
        self.pull_bar = QProgressBar()
        self.pull_bar.setRange(0, 0)
        self.pull_bar.setTextVisible(False)
        self.pull_bar.setFixedWidth(120)
        self.pull_bar.setAccessibleName(self.tr("Community data sync progress"))
        self.addWidget(self.pull_bar)
        self.addWidget(self.pull_text)
        self.sync_button.hide()
        self.offline_switch.hide()
        self.attention.hide()
        self.pull_bar.hide()
        self.pull_text.hide()
        self.timer = QTimer(self)
        self.timer.setInterval(REFRESH_MS)
        self.timer.timeout.connect(self.refresh)
        self.timer.start()
        context.session.changed.connect(self.refresh)
        self.refresh()

    def attach_sync(self, worker: SyncWorker) -> None:
        """Follow the background sync; offer "sync now" (and "simulate offline" in a demo)."""
        self.sync = worker
        worker.changed.connect(self.show_sync)
        worker.pull_progress.connect(self.show_pull_progress)
        worker.round_finished.connect(lambda _report: self.refresh())
        self.sync_button.clicked.connect(worker.sync_now)
        self.addPermanentWidget(self.sync_button)
        self.sync_button.show()
        if self.context.demo:
            self.offline_switch.toggled.connect(worker.set_simulated_offline)
            self.addPermanentWidget(self.offline_switch)
            self.offline_switch.show()
        self.show_sync(worker.snapshot())

    def refresh(self) -> None:
        self.context.tasks.run(
            lambda: read_status(self.context.station),
            on_done=self.show_facts,
            on_error=self._failed,
        )

    def _failed(self, error: BaseException) -> None:
        self.pending.setText(self.tr("Status unavailable"))

    def show_sync(self, snapshot: SyncSnapshot) -> None:
        self._snapshot = snapshot
        self.sync_button.setEnabled(not snapshot.running)
        if not snapshot.running:
            self._hide_pull_progress()  # the round ended, also if its pull failed midway
        self._show_network()

    def show_pull_progress(self, progress: PullProgress) -> None:
        """Shown from a pull's first page that says more follow; hidden after its last."""
        if not progress.has_more:
            self._hide_pull_progress()
            return
        self.pull_text.setText(
            self.tr("Syncing community data… {n} records").format(
                n=QLocale().toString(progress.changes)
            )
        )
        self.pull_bar.show()
        self.pull_text.show()

    def _hide_pull_progress(self) -> None:
        self.pull_bar.hide()
        self.pull_text.hide()

    def _set_online(self, online: bool) -> None:
        name = "statusOnline" if online else "statusOffline"
        if self.network.objectName() != name:
            self.network.setObjectName(name)
            self.network.style().unpolish(self.network)
            self.network.style().polish(self.network)

    def _show_network(self) -> None:
        facts, snapshot = self._facts, self._snapshot
        if facts is not None and not facts.paired:
            self._set_online(False)
            self.network.setText(self.tr("● Offline · not paired"))
            return
        report = snapshot.report if snapshot else None
        online = False
        if snapshot is None:
            # Nothing syncs in this window (no worker): the truth is that nothing is sent.
            text = self.tr("● Offline")
        elif snapshot.simulated_offline:
            text = self.tr("● Offline (simulated)")
        elif report is None:
            text = self.tr("● Connecting…")
        elif report.error_kind == "quarantined":
            text = self.tr("● Sync stopped: call a technician")
        elif report.error_kind == "upgrade_required":
            text = self.tr("● Sync stopped: update the app")
        elif report.error_kind == "refused":
            text = self.tr("● Sync refused: pair the terminal again")
        elif report.reached_platform:
            online = True
            text = self.tr("● Online")
        else:
            text = self.tr("● Offline")
        if snapshot is not None and snapshot.running and not snapshot.simulated_offline:
            text += self.tr(" · syncing")
        self._set_online(online)
        self.network.setText(text)

    def show_facts(self, facts: StatusFacts) -> None:
        self._facts = facts
        self._show_network()
        if facts.pending:
            self.pending.setText(
                self.tr("{n} to send, oldest {age}").format(
                    n=facts.pending, age=age_text(facts.oldest_pending_at, facts.now)
                )
            )
        else:
            self.pending.setText(self.tr("Nothing to send"))
        if facts.paired:
            self.last_sync.setText(
                self.tr("Last sync {age} ago").format(
                    age=age_text(facts.last_success_at, facts.now)
                )
                if facts.last_success_at
                else self.tr("Never synced")
            )
        else:
            self.last_sync.setText("")
        self.attention.setVisible(facts.attention > 0)
        self.attention.setText(self.tr("{n} need attention").format(n=facts.attention))
        uri = self.context.station.settings.get(S.PRINTER_URI)
        self.printer.setText(
            self.tr("Printer: {uri}").format(uri=uri) if uri else self.tr("No printer set")
        )
        actor = self.context.session.actor
        self.staff.setText(actor.name if actor else self.tr("Locked"))
        self.shift.setText(self.tr("Shift open") if facts.open_shift else self.tr("No open shift"))
