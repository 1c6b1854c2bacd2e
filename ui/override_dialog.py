"""Supervisor override: a clerk hits a guarded action, a supervisor approves it by PIN.

The approval and the action run in ONE unit of work, so the audit shows both names next to
the change. A wrong PIN is committed (it counts towards the supervisor's lockout and is
audited) and only then shown, as ``OverrideOutcome`` asks.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from typing import Any

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from station_app import permissions, staff
from station_app import settings as S
from station_app.work import Actor, Work
from ui.context import AppContext
from ui.errors import describe
from ui.i18n import tr_message
from ui.pin_pad import PinPad
from ui.staff_picker import StaffPicker

Perform = Callable[[Work, Actor | None], Any]
"""The guarded change: runs in the unit of work with the approver (None: no approval needed).
It returns plain values only: ORM rows do not outlive their transaction."""


class OverrideDialog(QDialog):
    approved = Signal(object)  # what ``perform`` returned

    def __init__(
        self,
        context: AppContext,
        action: str,
        perform: Perform,
        *,
        detail: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        assert context.session.actor is not None, "an override needs someone at the counter"
        self.context = context
        self.action = action
        self.perform = perform
        self.clerk: Actor = context.session.actor
        self.setObjectName("overrideDialog")
        self.setWindowTitle(self.tr("Supervisor approval"))
        self.setModal(True)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        title = QLabel(self.tr("Supervisor approval"))
        title.setObjectName("screenTitle")
        self.request = QLabel(
            self.tr("{clerk} asks to {action}.").format(
                clerk=self.clerk.name, action=tr_message(permissions.ACTION_LABELS[action])
            )
        )
        self.request.setObjectName("cardTitle")
        self.request.setWordWrap(True)
        self.detail = QLabel(detail)
        self.detail.setObjectName("hint")
        self.detail.setWordWrap(True)
        self.detail.setVisible(bool(detail))
        choose = QLabel(self.tr("Supervisor: choose your name, then enter your PIN"))
        choose.setObjectName("hint")
        choose.setWordWrap(True)
        self.approvers = StaffPicker(columns=2, card_size=QSize(140, 64))
        self.approvers.tapped.connect(self.pad_focus)
        self.approvers.set_cards(self._approver_cards())
        self.message = QLabel()
        self.message.setObjectName("error")
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Approval message"))
        if not self.approvers.names():
            self.message.setText(self.tr("Nobody on this terminal may approve this."))
        self.pad = PinPad()
        self.pad.ok.setText(self.tr("Approve"))
        self.pad.ok.setAccessibleName(self.tr("Approve"))
        self.pad.submitted.connect(self._submit)
        self.cancel = QPushButton(self.tr("Cancel"))
        self.cancel.setObjectName("secondary")
        self.cancel.setMinimumHeight(56)
        self.cancel.setAccessibleName(self.tr("Cancel the approval"))
        self.cancel.clicked.connect(self.reject)

        left = QVBoxLayout()
        left.addWidget(title)
        left.addWidget(self.request)
        left.addWidget(self.detail)
        left.addSpacing(12)
        left.addWidget(choose)
        left.addWidget(self.approvers)
        left.addWidget(self.message)
        left.addStretch(1)
        left.addWidget(self.cancel)
        card = QFrame()
        card.setObjectName("card")
        right = QVBoxLayout(card)
        right.addWidget(self.pad)
        right.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 24)
        layout.setSpacing(28)
        layout.addLayout(left, 1)
        layout.addWidget(card)
        # A fixed frame: the messages that come and go never resize the window under a finger.
        self.setMinimumSize(820, 600)

    def _approver_cards(self) -> list[staff.StaffCard]:
        """Active staff whose role allows the action, other than the clerk (four eyes)."""
        with self.context.station.database.reading() as session:
            cards = staff.active_staff(session)
        return [
            card
            for card in cards
            if card.id != self.clerk.staff_id and permissions.allowed(card.role, self.action)
        ]

    def pad_focus(self) -> None:
        self.pad.setFocus()

    def select_approver(self, name: str) -> None:
        self.approvers.select(name)

    def _submit(self, pin: str) -> None:
        supervisor_id = self.approvers.chosen_id()
        if supervisor_id is None:
            self.message.setText(self.tr("First choose the supervisor."))
            self.pad.clear()
            return
        station = self.context.station
        clerk, action, perform = self.clerk, self.action, self.perform
        shift_id = self.context.session.shift_id
        max_failures = station.settings.get(S.LOGIN_MAX_FAILURES)
        lockout = timedelta(minutes=station.settings.get(S.LOGIN_LOCKOUT_MINUTES))

        def approve() -> Any:
            result = None
            with station.work(clerk, shift_id=shift_id) as work:
                outcome = staff.authorize_override(
                    work, action, supervisor_id, pin, max_failures=max_failures, lockout=lockout
                )
                if outcome.approver is not None:
                    result = perform(work, outcome.approver)
            # A refusal is raised only now, after its failure count and audit are committed.
            outcome.approver_or_raise()
            return result

        self._busy(True)
        self.message.setText(self.tr("Checking…"))
        self.context.tasks.run(approve, on_done=self._approved, on_error=self._refused)

    def _busy(self, busy: bool) -> None:
        self.pad.setEnabled(not busy)
        self.cancel.setEnabled(not busy)
        self.approvers.setEnabled(not busy)

    def _approved(self, result: object) -> None:
        self._busy(False)
        self.message.clear()
        self.approved.emit(result)
        self.accept()

    def _refused(self, error: BaseException) -> None:
        self._busy(False)
        self.pad.clear()
        self.message.setText(describe_refusal(error))
        self.pad.setFocus()


def describe_refusal(error: BaseException) -> str:
    """Kept for callers: ``describe`` now names a refused action in the screen's language."""
    return describe(error)


def run_guarded(
    context: AppContext,
    action: str,
    perform: Perform,
    *,
    parent: QWidget,
    on_done: Callable[[Any], None],
    on_error: Callable[[BaseException], None],
    detail: str = "",
) -> OverrideDialog | None:
    """Run ``perform`` at once if the actor's role allows ``action``; else ask a supervisor.

    Returns the open dialog (``on_done`` follows its approval; a cancel changes nothing), or
    None when the change went straight to the worker.
    """
    actor = context.session.actor
    if actor is not None and permissions.allowed(actor.role, action):
        station = context.station
        shift_id = context.session.shift_id

        def direct() -> Any:
            with station.work(actor, shift_id=shift_id) as work:
                return perform(work, None)

        context.tasks.run(direct, on_done=on_done, on_error=on_error)
        return None
    dialog = OverrideDialog(context, action, perform, detail=detail, parent=parent)
    dialog.approved.connect(on_done)
    dialog.open()
    return dialog
