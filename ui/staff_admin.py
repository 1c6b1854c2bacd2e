"""Staff administration in Settings: add staff, reset a PIN, deactivate someone.

Every change goes through ``run_guarded(..., "staff_admin", ...)``: an admin's runs at once,
anyone else's waits for an admin's approval by PIN. While the terminal is paired, staff
come from the platform, so adding is off here (PIN resets and deactivation still work).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QRegularExpression, Qt, Signal
from PySide6.QtGui import QRegularExpressionValidator, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import select

from station_app import staff
from station_app.db.models import Staff
from station_app.work import Actor, Work
from ui.context import AppContext
from ui.errors import describe
from ui.override_dialog import OverrideDialog, run_guarded

CONTROL_HEIGHT = 48
"""Every control is tapped on a touch screen."""


@dataclass(frozen=True)
class StaffRow:
    id: str
    name: str
    role: str
    locked: bool


def read_staff(context: AppContext) -> list[StaffRow]:
    """Active staff, admins first (as the login screen orders them), with their lockout."""
    now = context.station.clock.trusted_now()
    with context.station.database.reading() as session:
        rows = session.execute(
            select(Staff).where(Staff.active.is_(True)).order_by(Staff.role.desc(), Staff.name)
        ).scalars()
        return [
            StaffRow(s.id, s.name, s.role, s.locked_until is not None and s.locked_until > now)
            for s in rows
        ]


def _button(text: str, accessible: str, name: str = "") -> QPushButton:
    button = QPushButton(text)
    if name:
        button.setObjectName(name)
    button.setMinimumHeight(CONTROL_HEIGHT)
    button.setAccessibleName(accessible)
    return button


def _pin_field(accessible: str) -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setValidator(QRegularExpressionValidator(QRegularExpression(r"\d{0,8}"), field))
    field.setMinimumHeight(CONTROL_HEIGHT)
    field.setAccessibleName(accessible)
    return field


class StaffForm(QDialog):
    """Name, role and PIN of a new staff member, or a new PIN for ``reset_for``."""

    submitted = Signal()

    def __init__(self, *, reset_for: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("staffForm")
        self.setModal(True)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._busy = False
        adding = reset_for is None
        heading = (
            self.tr("Add staff") if adding else self.tr("New PIN for {name}").format(name=reset_for)
        )
        self.setWindowTitle(heading)
        title = QLabel(heading)
        title.setObjectName("screenTitle")
        self.name = QLineEdit()
        self.name.setMinimumHeight(CONTROL_HEIGHT)
        self.name.setMaxLength(staff.NAME_LENGTH)
        self.name.setAccessibleName(self.tr("Name"))
        self.role = QComboBox()
        self.role.setMinimumHeight(CONTROL_HEIGHT)
        self.role.setAccessibleName(self.tr("Role"))
        for role in staff.ROLES:
            self.role.addItem(role_name(role), role)
        self.pin = _pin_field(self.tr("PIN"))
        self.pin_again = _pin_field(self.tr("PIN again"))
        self.pin_again.returnPressed.connect(self._submit)
        self.message = QLabel()
        self.message.setObjectName("error")
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Staff form message"))
        self.save = _button(
            self.tr("Add") if adding else self.tr("Save PIN"),
            self.tr("Add the staff member") if adding else self.tr("Save the new PIN"),
            "primary",
        )
        self.save.clicked.connect(self._submit)
        self.cancel = _button(self.tr("Cancel"), self.tr("Cancel"), "secondary")
        self.cancel.clicked.connect(self.reject)

        form = QFormLayout()
        if adding:
            form.addRow(self.tr("Name"), self.name)
            form.addRow(self.tr("Role"), self.role)
        else:
            self.name.hide()
            self.role.hide()
        form.addRow(self.tr("PIN (4 to 8 digits)") if adding else self.tr("New PIN"), self.pin)
        form.addRow(self.tr("PIN again"), self.pin_again)
        buttons = QHBoxLayout()
        buttons.addWidget(self.cancel)
        buttons.addWidget(self.save, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 24)
        layout.addWidget(title)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.setMinimumWidth(520)

    def _submit(self) -> None:
        # The core checks the PIN's shape; only the typo check lives here.
        if self.pin.text() != self.pin_again.text():
            self.message.setText(self.tr("The two PINs differ. Type them again."))
            self.pin.clear()
            self.pin_again.clear()
            self.pin.setFocus()
            return
        self.message.clear()
        self.submitted.emit()

    def set_busy(self, busy: bool) -> None:
        self._busy = busy
        for control in (self.name, self.role, self.pin, self.pin_again, self.save, self.cancel):
            control.setEnabled(not busy)

    def reject(self) -> None:
        # Escape must not close the form under a change still running: its outcome lands here.
        if not self._busy:
            super().reject()

    def refused(self, error: BaseException) -> None:
        self.set_busy(False)
        self.message.setText(describe(error))


class DeactivateConfirm(QDialog):
    """Asks once more: deactivating is not undone from this terminal."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("staffDeactivate")
        self.setModal(True)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(self.tr("Deactivate staff"))
        question = QLabel(
            self.tr("Deactivate {name}? They can no longer log in; their history stays.").format(
                name=name
            )
        )
        question.setWordWrap(True)
        self.cancel = _button(self.tr("Cancel"), self.tr("Keep {name}").format(name=name))
        self.cancel.clicked.connect(self.reject)
        self.yes = _button(
            self.tr("Deactivate"), self.tr("Deactivate {name}").format(name=name), "primary"
        )
        buttons = QHBoxLayout()
        buttons.addWidget(self.cancel)
        buttons.addWidget(self.yes, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 24)
        layout.addWidget(question)
        layout.addLayout(buttons)
        self.setMinimumWidth(480)


def role_name(role: str) -> str:
    return {
        "clerk": QCoreApplication.translate("StaffAdminPanel", "Clerk"),
        "supervisor": QCoreApplication.translate("StaffAdminPanel", "Supervisor"),
        "admin": QCoreApplication.translate("StaffAdminPanel", "Administrator"),
    }.get(role, role)


class StaffAdminPanel(QFrame):
    changed = Signal()
    """A staff member was added, got a new PIN or was deactivated."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setObjectName("card")
        self.rows: list[StaffRow] = []
        self.form: StaffForm | None = None
        self.approval: OverrideDialog | None = None
        """The open supervisor-approval dialog, while a non-admin's change waits for it."""
        self.confirm: DeactivateConfirm | None = None
        title = QLabel(self.tr("Staff"))
        title.setObjectName("cardTitle")
        self.paired_note = QLabel(
            self.tr("This terminal is paired: staff are added on the platform and come by sync.")
        )
        self.paired_note.setObjectName("hint")
        self.paired_note.setWordWrap(True)
        self.table = QTableWidget(0, 3)
        self.table.setAccessibleName(self.tr("Staff list"))
        self.table.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Role"), self.tr("Login")])
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(CONTROL_HEIGHT + 4)  # rows are tapped
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setMinimumHeight(220)
        self.table.itemSelectionChanged.connect(self._follow_selection)
        self.add_button = _button(self.tr("Add staff"), self.tr("Add a staff member"), "primary")
        self.add_button.clicked.connect(self.open_add)
        self.reset_button = _button(self.tr("Reset PIN"), self.tr("Reset the chosen person's PIN"))
        self.reset_button.clicked.connect(self.open_reset)
        self.deactivate_button = _button(
            self.tr("Deactivate"), self.tr("Deactivate the chosen person"), "secondary"
        )
        self.deactivate_button.clicked.connect(self.open_deactivate)
        self.message = QLabel()
        self.message.setObjectName("hint")
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Staff message"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.reset_button)
        buttons.addWidget(self.deactivate_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.paired_note)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        self.refresh()

    # --- the list ----------------------------------------------------------------------

    def refresh(self) -> None:
        paired = self.context.station.info().paired
        self.paired_note.setVisible(paired)
        self.add_button.setEnabled(not paired)
        chosen = self.selected()
        self.rows = read_staff(self.context)
        self.table.setRowCount(len(self.rows))
        for index, row in enumerate(self.rows):
            cells = (
                row.name,
                role_name(row.role),
                self.tr("Locked (too many wrong PINs)") if row.locked else self.tr("Can log in"),
            )
            for column, text in enumerate(cells):
                self.table.setItem(index, column, QTableWidgetItem(text))
        if chosen is not None:
            self.select(chosen.name, missing_ok=True)
        self._follow_selection()

    def selected(self) -> StaffRow | None:
        indexes = self.table.selectionModel().selectedRows()
        if not indexes or indexes[0].row() >= len(self.rows):
            return None
        return self.rows[indexes[0].row()]

    def select(self, name: str, *, missing_ok: bool = False) -> None:
        for index, row in enumerate(self.rows):
            if row.name == name:
                self.table.selectRow(index)
                return
        if not missing_ok:
            raise KeyError(name)

    def row_named(self, name: str) -> StaffRow | None:
        return next((row for row in self.rows if row.name == name), None)

    def _follow_selection(self) -> None:
        chosen = self.selected() is not None
        self.reset_button.setEnabled(chosen)
        self.deactivate_button.setEnabled(chosen)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh()  # a sync or a lockout may have changed the list meanwhile

    # --- the changes -------------------------------------------------------------------

    def open_add(self) -> None:
        form = StaffForm(parent=self)

        def submitted() -> None:
            # Read on the GUI thread: ``perform`` runs on the worker and never touches widgets.
            name, role, pin = form.name.text(), str(form.role.currentData()), form.pin.text()

            def perform(work: Work, approver: Actor | None) -> str:
                card = staff.create_local_staff(work, name, role, pin, override=approver)
                return card.name

            self._guarded(
                form, perform, lambda added: self.tr("{name} was added.").format(name=added)
            )

        form.submitted.connect(submitted)
        self._show_form(form)

    def open_reset(self) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        form = StaffForm(reset_for=chosen.name, parent=self)

        def submitted() -> None:
            pin = form.pin.text()

            def perform(work: Work, approver: Actor | None) -> None:
                # No old PIN: this is the admin reset, which also lifts a lockout.
                staff.change_pin(work, chosen.id, pin, override=approver)

            self._guarded(
                form,
                perform,
                lambda _: self.tr("{name} has a new PIN.").format(name=chosen.name),
            )

        form.submitted.connect(submitted)
        self._show_form(form)

    def open_deactivate(self) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        dialog = DeactivateConfirm(chosen.name, parent=self)

        def perform(work: Work, approver: Actor | None) -> None:
            staff.deactivate_staff(work, chosen.id, override=approver)

        def confirmed() -> None:
            dialog.accept()
            self._run(
                perform,
                parent=self,
                done=lambda _: self.tr("{name} was deactivated.").format(name=chosen.name),
                failed=self._show_refusal,
            )

        dialog.yes.clicked.connect(confirmed)
        dialog.finished.connect(self._forget_confirm)
        self.confirm = dialog
        dialog.open()

    def _forget_confirm(self) -> None:
        self.confirm = None

    def _show_form(self, form: StaffForm) -> None:
        form.finished.connect(self._forget_form)
        self.form = form
        self.message.clear()
        form.open()
        (form.name if form.name.isVisible() else form.pin).setFocus()

    def _forget_form(self) -> None:
        self.form = None

    def _guarded(
        self,
        form: StaffForm,
        perform: Callable[[Work, Actor | None], Any],
        done: Callable[[Any], str],
    ) -> None:
        form.set_busy(True)

        def finished(note: str) -> None:
            form.accept()
            self.message.setText(note)

        self._run(perform, parent=form, done=done, failed=form.refused, after=finished)
        if self.approval is not None:
            # Waiting for an approver: a cancel there gives the form back.
            self.approval.rejected.connect(lambda: form.set_busy(False))

    def _run(
        self,
        perform: Callable[[Work, Actor | None], Any],
        *,
        parent: QWidget,
        done: Callable[[Any], str],
        failed: Callable[[BaseException], None],
        after: Callable[[str], None] | None = None,
    ) -> None:
        def succeeded(result: object) -> None:
            note = done(result)
            if after is not None:
                after(note)
            else:
                self.message.setText(note)
            self.refresh()
            self.changed.emit()

        self.approval = run_guarded(
            self.context,
            "staff_admin",
            perform,
            parent=parent,
            on_done=succeeded,
            on_error=failed,
        )
        if self.approval is not None:
            self.approval.finished.connect(self._forget_approval)

    def _forget_approval(self) -> None:
        self.approval = None

    def _show_refusal(self, error: BaseException) -> None:
        self.message.setText(describe(error))
