"""Leaving kiosk mode: only staff, by name and PIN (the counter's own login rules).

Opened by a hidden gesture (a long press in the top corner, or five taps on the title);
a resident who opens it by chance just closes it. A wrong PIN counts towards the staff
member's lockout, as at the counter.
"""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from station_app import settings as S
from station_app import staff
from station_app.work import Actor
from ui.context import AppContext
from ui.kiosk.formats import fill
from ui.kiosk.keypad import Keypad
from ui.kiosk.refusals import kind_render
from ui.kiosk.screen import KioskMessage, label, name_button, push_button

COUNTER, QUIT = "counter", "quit"


class StaffExitDialog(QDialog):
    """Choose your name, type your PIN, then: open the counter, or close the app."""

    chosen = Signal(str)  # COUNTER | QUIT

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.actor: Actor | None = None
        self.setObjectName("staffExit")
        self.setModal(True)
        self.setWindowFlag(Qt.WindowType.FramelessWindowHint)
        self.heading = label("kioskBody")
        self.names = QButtonGroup(self)
        self.names.setExclusive(True)
        names_box = QGridLayout()
        names_box.setSpacing(12)
        with context.station.database.reading() as session:
            cards = staff.active_staff(session)
        for index, person in enumerate(cards):
            button = QPushButton(person.name)
            button.setObjectName("staffName")
            button.setCheckable(True)
            button.setMinimumHeight(64)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setAccessibleName(person.name)
            button.setProperty("staff_id", person.id)
            self.names.addButton(button)
            names_box.addWidget(button, index // 3, index % 3)
        if len(cards) == 1:
            self.names.buttons()[0].setChecked(True)
        self.keypad = Keypad(max_length=8, masked=True)
        self.keypad.submitted.connect(self._check)
        self.message = KioskMessage()
        self.cancel = push_button("kioskNav", height=80)
        self.cancel.clicked.connect(self.reject)
        self.to_counter = push_button("kioskPrimary", height=88)
        self.to_counter.clicked.connect(lambda: self._leave(COUNTER))
        self.quit = push_button("kioskNav", height=80)
        self.quit.clicked.connect(lambda: self._leave(QUIT))
        self.to_counter.hide()
        self.quit.hide()
        left = QVBoxLayout()
        left.setSpacing(16)
        left.addWidget(self.heading)
        left.addLayout(names_box)
        left.addWidget(self.message)
        left.addStretch(1)
        left.addWidget(self.to_counter)
        left.addWidget(self.quit)
        left.addWidget(self.cancel)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(40, 32, 40, 32)
        layout.setSpacing(40)
        layout.addLayout(left, 3)
        layout.addWidget(self.keypad, 2)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Staff only"))
        self.heading.setText(
            self.tr("Staff only: choose your name and enter your PIN")
            if self.actor is None
            else fill(self.tr("{name}: leave the kiosk"), name=self.actor.name)
        )
        self.keypad.set_ok_text(self.tr("Check PIN"))
        self.keypad.set_placeholder(self.tr("PIN"))
        name_button(self.cancel, self.tr("Cancel"), self.tr("Cancel and stay in kiosk mode"))
        name_button(self.to_counter, self.tr("Open the counter login"))
        name_button(self.quit, self.tr("Close Station POS"))

    def _check(self, pin: str) -> None:
        chosen = self.names.checkedButton()
        if chosen is None:
            self.message.error(lambda: self.tr("First choose your name."))
            self.keypad.clear()
            return
        staff_id = str(chosen.property("staff_id"))
        station = self.context.station
        max_failures = station.settings.get(S.LOGIN_MAX_FAILURES)
        lockout = timedelta(minutes=station.settings.get(S.LOGIN_LOCKOUT_MINUTES))

        def attempt() -> Actor:
            with station.work(Actor.system()) as work:
                outcome = staff.log_in(
                    work, staff_id, pin, max_failures=max_failures, lockout=lockout
                )
                if outcome.actor is not None:
                    work.audit("kiosk.unlock", entity="staff", entity_id=staff_id)
            return outcome.actor_or_raise()

        self.keypad.setEnabled(False)
        self.message.show_text(lambda: self.tr("Checking…"))
        self.context.tasks.run(attempt, on_done=self._accepted, on_error=self._refused)

    def _accepted(self, actor: Actor) -> None:
        self.actor = actor
        self.keypad.clear()
        self.keypad.hide()
        self.message.clear_message()
        self.to_counter.show()
        self.quit.show()
        self.retranslate()

    def _refused(self, error: BaseException) -> None:
        self.keypad.setEnabled(True)
        self.keypad.clear()
        self.message.error(kind_render(error))

    def _leave(self, how: str) -> None:
        if self.actor is None:
            return
        self.chosen.emit(how)
        self.accept()
