"""The login screen: pick your name, type your PIN on the pad."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from station_app import settings as S
from station_app.login_roster import LoginRoster, StaffCard
from ui.pin_pad import PinPad
from ui.staff_picker import StaffPicker

if TYPE_CHECKING:  # the station's modules load after this screen is up (see attach)
    from station_app.work import Actor
    from ui.context import AppContext


class LoginScreen(QWidget):
    logged_in = Signal(object)  # Actor

    def __init__(
        self,
        context: AppContext | None,
        parent: QWidget | None = None,
        *,
        roster: LoginRoster | None = None,
    ) -> None:
        """With a context, a working screen; with only a ``roster`` (read early, see
        ``station_app.login_roster``), the same screen shown while the station opens, made
        working by ``attach``. A PIN submitted before that waits for it."""
        super().__init__(parent)
        self.context = context
        self._waiting_pin: str | None = None
        self.setObjectName("loginScreen")
        self.title = QLabel()
        self.title.setObjectName("screenTitle")
        self.subtitle = QLabel(self.tr("Choose your name, then enter your PIN"))
        self.subtitle.setObjectName("hint")
        self.staff = StaffPicker(
            columns=3,
            card_size=QSize(150, 84),
            label=lambda card: f"{card.name}\n{self._role_name(card.role)}",
        )
        self.message = QLabel()
        self.message.setObjectName("error")
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Login message"))
        self.demo_hint = QLabel()
        self.demo_hint.setObjectName("demoHint")
        self.demo_hint.setWordWrap(True)
        self.pad = PinPad()
        self.pad.submitted.connect(self._submit)
        self.staff.tapped.connect(self.pad.setFocus)

        left = QVBoxLayout()
        left.addWidget(self.title)
        left.addWidget(self.subtitle)
        left.addWidget(self.staff)
        left.addStretch(1)
        left.addWidget(self.demo_hint)
        card = QFrame()
        card.setObjectName("card")
        right = QVBoxLayout(card)
        right.addWidget(self.pad)
        right.addWidget(self.message)
        right.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(48, 40, 48, 40)
        layout.setSpacing(48)
        layout.addLayout(left, 3)
        layout.addWidget(card, 2)
        if context is not None:
            self.refresh()
        else:
            assert roster is not None, "a login screen needs a context or a roster"
            self._show_roster(roster.station_name, roster.cards)

    def attach(self, context: AppContext) -> None:
        """The station is open: logins work now (the roster shown was read from it)."""
        self.context = context
        if self._waiting_pin is not None:
            pin, self._waiting_pin = self._waiting_pin, None
            self._submit(pin)

    def refresh(self) -> None:
        """Reload the station name and staff list (after set-up or a sync)."""
        from station_app import staff

        assert self.context is not None
        info = self.context.station.info()
        with self.context.station.database.reading() as session:
            cards = staff.active_staff(session)
        self._show_roster(info.station_name, cards)

    def _show_roster(self, station_name: str, cards: Sequence[StaffCard]) -> None:
        self.title.setText(station_name or self.tr("Station POS"))
        self.staff.set_cards(cards)
        if self.context is not None and self.context.demo and self.context.demo_pins:
            pins = "\n".join(
                self.tr("{name} ({role}): {pin}").format(
                    name=name, role=self._role_name(role), pin=pin
                )
                for name, role, pin in self.context.demo_pins
            )
            self.demo_hint.setText(self.tr("Demo mode. PINs:") + "\n" + pins)
            self.demo_hint.show()
        else:
            self.demo_hint.hide()
        self.message.clear()
        self.pad.clear()
        self.pad.setFocus()

    def _role_name(self, role: str) -> str:
        return {
            "clerk": self.tr("Clerk"),
            "supervisor": self.tr("Supervisor"),
            "admin": self.tr("Administrator"),
        }.get(role, role)

    def select_staff(self, name: str) -> None:
        self.staff.select(name)

    def _submit(self, pin: str) -> None:
        staff_id = self.staff.chosen_id()
        if staff_id is None:
            self.message.setText(self.tr("First choose your name."))
            self.pad.clear()
            return
        if self.context is None:  # still opening the station: this PIN goes in after it
            self._waiting_pin = pin
            self.pad.setEnabled(False)
            self.message.setText(self.tr("Checking…"))
            return
        from station_app import staff
        from station_app.work import Actor

        station = self.context.station
        max_failures = station.settings.get(S.LOGIN_MAX_FAILURES)
        lockout = timedelta(minutes=station.settings.get(S.LOGIN_LOCKOUT_MINUTES))

        def attempt() -> Actor:
            with station.work(Actor.system()) as work:
                outcome = staff.log_in(
                    work, staff_id, pin, max_failures=max_failures, lockout=lockout
                )
            return outcome.actor_or_raise()

        self.pad.setEnabled(False)
        self.message.setText(self.tr("Checking…"))
        self.context.tasks.run(attempt, on_done=self._accepted, on_error=self._refused)

    def _accepted(self, actor: Actor) -> None:
        self.pad.setEnabled(True)
        self.pad.clear()
        self.message.clear()
        self.logged_in.emit(actor)

    def _refused(self, error: BaseException) -> None:
        from ui.errors import describe

        self.pad.setEnabled(True)
        self.pad.clear()
        self.message.setText(describe(error))
        self.pad.setFocus()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.pad.setFocus()
