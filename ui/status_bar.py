"""The status bar: online/offline, pending ops and their age, printer, staff, shift."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QLabel, QStatusBar, QWidget

from station_app import outbox
from station_app import settings as S
from station_app.db.models import Shift
from station_app.station import Station
from ui.context import AppContext

REFRESH_MS = 5000


@dataclass(frozen=True)
class StatusFacts:
    paired: bool
    pending: int
    oldest_pending_at: datetime | None
    open_shift: bool
    now: datetime


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
    return StatusFacts(
        paired=info.paired,
        pending=summary.pending,
        oldest_pending_at=summary.oldest_pending_at,
        open_shift=shift_open,
        now=station.clock.trusted_now(),
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
        self.setSizeGripEnabled(False)
        self.network = QLabel()
        self.network.setObjectName("statusOffline")
        self.pending = QLabel()
        self.printer = QLabel()
        self.staff = QLabel()
        self.shift = QLabel()
        for label, name in (
            (self.network, self.tr("Network status")),
            (self.pending, self.tr("Pending operations")),
            (self.printer, self.tr("Printer status")),
            (self.staff, self.tr("Staff on duty")),
            (self.shift, self.tr("Shift status")),
        ):
            label.setAccessibleName(name)
            self.addPermanentWidget(label)
        self.timer = QTimer(self)
        self.timer.setInterval(REFRESH_MS)
        self.timer.timeout.connect(self.refresh)
        self.timer.start()
        context.session.changed.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        self.context.tasks.run(
            lambda: read_status(self.context.station),
            on_done=self.show_facts,
            on_error=self._failed,
        )

    def _failed(self, error: BaseException) -> None:
        self.pending.setText(self.tr("Status unavailable"))

    def show_facts(self, facts: StatusFacts) -> None:
        # Online/offline comes from the sync engine once it runs; until then the truth is
        # that nothing is being sent.
        self.network.setText(
            self.tr("● Offline") if facts.paired else self.tr("● Offline · not paired")
        )
        if facts.pending:
            self.pending.setText(
                self.tr("{n} to send, oldest {age}").format(
                    n=facts.pending, age=age_text(facts.oldest_pending_at, facts.now)
                )
            )
        else:
            self.pending.setText(self.tr("Nothing to send"))
        uri = self.context.station.settings.get(S.PRINTER_URI)
        self.printer.setText(
            self.tr("Printer: {uri}").format(uri=uri) if uri else self.tr("No printer set")
        )
        actor = self.context.session.actor
        self.staff.setText(actor.name if actor else self.tr("Locked"))
        self.shift.setText(self.tr("Shift open") if facts.open_shift else self.tr("No open shift"))
