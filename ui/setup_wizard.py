"""First run: name the station and the terminal, create the first admin with a PIN.

Shown instead of the login screen while the station has no staff at all (never in demo
mode: the demo seeds its own staff).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from station_app import staff
from station_app.i18n import UserError
from station_app.setup import PLACE_NAME_LENGTH, set_up_station
from station_app.work import Actor
from ui.context import AppContext
from ui.errors import describe
from ui.pin_pad import PinPad


class SetupWizard(QWidget):
    completed = Signal(object)  # the admin's StaffCard

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setObjectName("setupWizard")
        self._first_pin: str | None = None
        self.title = QLabel(self.tr("Set up this station"))
        self.title.setObjectName("screenTitle")
        self.step_label = QLabel()
        self.step_label.setObjectName("hint")
        self.steps = QStackedWidget()
        self.steps.setObjectName("wizardSteps")
        self.steps.addWidget(self._names_step())
        self.steps.addWidget(self._pin_step())
        self.message = QLabel()
        self.message.setObjectName("error")
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Set-up message"))
        card = QFrame()
        card.setObjectName("card")
        card.setMinimumWidth(700)
        card.setMaximumWidth(820)
        inner = QVBoxLayout(card)
        inner.setContentsMargins(32, 24, 32, 24)
        inner.addWidget(self.step_label)
        inner.addWidget(self.steps)
        inner.addWidget(self.message)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 32, 48, 32)
        layout.addWidget(self.title)
        layout.addWidget(card, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(1)
        self.show_names()

    def _field(self, accessible: str, placeholder: str) -> QLineEdit:
        field = QLineEdit()
        field.setMaxLength(PLACE_NAME_LENGTH)
        field.setMinimumHeight(52)
        field.setMinimumWidth(380)
        field.setAccessibleName(accessible)
        field.setPlaceholderText(placeholder)
        return field

    def _names_step(self) -> QWidget:
        page = QWidget()
        page.setObjectName("wizardStep")
        intro = QLabel(
            self.tr(
                "Welcome. Name this service station and this counter, then create the"
                " administrator who will manage staff and settings."
            )
        )
        intro.setObjectName("hint")
        intro.setWordWrap(True)
        self.station_name = self._field(
            self.tr("Station name"), self.tr("for example: Xingfuli Community Service Station")
        )
        self.terminal_name = self._field(
            self.tr("Terminal name"), self.tr("for example: Counter 1")
        )
        self.admin_name = self._field(self.tr("Administrator name"), self.tr("your full name"))
        form = QFormLayout()
        form.setVerticalSpacing(14)
        form.setHorizontalSpacing(18)
        for text, field in (
            (self.tr("Station name"), self.station_name),
            (self.tr("Terminal name"), self.terminal_name),
            (self.tr("Administrator"), self.admin_name),
        ):
            label = QLabel(text)
            label.setObjectName("fieldLabel")
            label.setMinimumHeight(52)  # level with the field beside it
            label.setBuddy(field)
            form.addRow(label, field)
        self.next_button = QPushButton(self.tr("Next: choose a PIN"))
        self.next_button.setObjectName("primary")
        self.next_button.setMinimumHeight(60)
        self.next_button.setAccessibleName(self.tr("Next: choose a PIN"))
        self.next_button.clicked.connect(self._names_done)
        for field, following in (
            (self.station_name, self.terminal_name),
            (self.terminal_name, self.admin_name),
        ):
            field.returnPressed.connect(following.setFocus)
        self.admin_name.returnPressed.connect(self._names_done)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(intro)
        layout.addSpacing(12)
        layout.addLayout(form)
        layout.addSpacing(24)
        layout.addWidget(self.next_button)
        layout.addStretch(1)
        return page

    def _pin_step(self) -> QWidget:
        page = QWidget()
        page.setObjectName("wizardStep")
        self.pin_prompt = QLabel()
        self.pin_prompt.setObjectName("cardTitle")
        self.pin_prompt.setWordWrap(True)
        self.pin_hint = QLabel(
            self.tr("4 to 8 digits. The administrator logs in with it and approves overrides.")
        )
        self.pin_hint.setObjectName("hint")
        self.pin_hint.setWordWrap(True)
        self.pad = PinPad()
        self.pad.submitted.connect(self._pin_entered)
        self.back_button = QPushButton(self.tr("Back"))
        self.back_button.setObjectName("secondary")
        self.back_button.setMinimumHeight(56)
        self.back_button.setAccessibleName(self.tr("Back to the names"))
        self.back_button.clicked.connect(self.show_names)
        left = QVBoxLayout()
        left.addWidget(self.pin_prompt)
        left.addWidget(self.pin_hint)
        left.addStretch(1)
        left.addWidget(self.back_button)
        layout = QHBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(32)
        layout.addLayout(left, 1)
        layout.addWidget(self.pad)
        return page

    def show_names(self) -> None:
        self._first_pin = None
        self.pad.clear()
        self.message.clear()
        self.step_label.setText(self.tr("Step 1 of 2: names"))
        self.steps.setCurrentIndex(0)
        self.station_name.setFocus()

    def _names_done(self) -> None:
        if not all(
            field.text().strip()
            for field in (self.station_name, self.terminal_name, self.admin_name)
        ):
            self.message.setText(self.tr("Fill in all three names."))
            return
        self._ask_first_pin()
        self.steps.setCurrentIndex(1)
        self.pad.setFocus()

    def _ask_first_pin(self, message: str = "") -> None:
        self._first_pin = None
        self.step_label.setText(self.tr("Step 2 of 2: administrator PIN"))
        self.pin_prompt.setText(
            self.tr("{name}, choose your PIN").format(name=self.admin_name.text().strip())
        )
        self.pad.ok.setText(self.tr("Next"))
        self.pad.ok.setAccessibleName(self.tr("Next"))
        self.pad.clear()
        self.message.setText(message)

    def _pin_entered(self, pin: str) -> None:
        if self._first_pin is None:
            try:
                self._first_pin = staff.check_pin_shape(pin)
            except UserError as error:
                self.pad.clear()
                self.message.setText(describe(error))
                return
            self.pin_prompt.setText(self.tr("Enter the same PIN again"))
            self.pad.ok.setText(self.tr("Finish set-up"))
            self.pad.ok.setAccessibleName(self.tr("Finish set-up"))
            self.message.clear()
            self.pad.clear()
            return
        if pin != self._first_pin:
            self._ask_first_pin(self.tr("The two PINs differ. Choose a PIN again."))
            return
        self._finish(pin)

    def _finish(self, pin: str) -> None:
        station = self.context.station
        names = (
            self.station_name.text(),
            self.terminal_name.text(),
            self.admin_name.text(),
        )

        def set_up() -> staff.StaffCard:
            with station.work(Actor.system()) as work:
                return set_up_station(work, *names, pin)

        self.pad.setEnabled(False)
        self.back_button.setEnabled(False)
        self.message.setText(self.tr("Setting up…"))
        self.context.tasks.run(set_up, on_done=self._done, on_error=self._failed)

    def _done(self, admin: staff.StaffCard) -> None:
        self.pad.setEnabled(True)
        self.back_button.setEnabled(True)
        self.message.clear()
        self.completed.emit(admin)

    def _failed(self, error: BaseException) -> None:
        self.pad.setEnabled(True)
        self.back_button.setEnabled(True)
        # A name the core refused is fixed on the first step; the PIN is chosen again.
        self.show_names()
        self.message.setText(describe(error))
