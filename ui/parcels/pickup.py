"""Pickup (出库): find parcels by code, phone tail, member QR or waybill; tick; hand over.

One field takes every kind of input and routes it by its shape (DESIGN.md §8): a member QR,
four digits (phone tail), a pickup code, or a waybill number. Each lookup adds to the list,
so several codes scanned in a row make a batch. Phone numbers are masked on this screen.
Recent pickups (the undo window) are listed beside it; a clerk's undo asks a supervisor.
"""

from __future__ import annotations

import re
from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import select
from sqlalchemy.orm import Session

from station_app import member_qr, parcels
from station_app.db.models import AuditEntry
from station_app.i18n import UserError
from station_app.parcels import COLLECTORS, PICKED_UP, UNDO_WINDOW, Evidence, ParcelView
from station_app.parcels.scans import tidy
from station_app.shelves import parse_code
from station_app.work import Actor, Work
from ui.context import AppContext
from ui.errors import describe
from ui.override_dialog import OverrideDialog, run_guarded
from ui.parcels.form import TOUCH, button, caption, hint, keep_scan_focus, line_edit
from ui.parcels.parcel_table import ParcelTable, local_time
from ui.parcels.pickup_slip import queue_pickup_slip
from ui.parcels.screen import ParcelScreen

RECENT_READ = 100
"""Pickup audit entries read back to find the recent ones (a busy ten minutes)."""
_TAIL = re.compile(r"^[0-9]{4}$")


def recent_pickups(session: Session, now: datetime) -> list[ParcelView]:
    """Parcels picked up within the undo window and not put back, newest first."""
    cutoff = now - UNDO_WINDOW
    # parcels.picked_up_at has no index; the audit log's action index, read newest first,
    # finds the last pickups without walking years of picked-up parcels.
    rows = session.execute(
        select(AuditEntry.entity_id, AuditEntry.at)
        .where(AuditEntry.action == "parcel.pick_up")
        .order_by(AuditEntry.seq.desc())
        .limit(RECENT_READ)
    ).all()
    found: dict[str, ParcelView] = {}
    for parcel_id, at in rows:
        if at < cutoff:
            break
        if parcel_id is None or parcel_id in found:
            continue
        parcel = parcels.get(session, parcel_id)
        if (
            parcel is not None
            and parcel.status == PICKED_UP
            and parcel.picked_up_at is not None
            and parcel.picked_up_at >= cutoff
        ):
            found[parcel_id] = parcel
    return sorted(found.values(), key=lambda p: p.picked_up_at or now, reverse=True)


class PickupScreen(ParcelScreen):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.undo_dialog: OverrideDialog | None = None

        self.lookup = line_edit(
            self.tr("Pickup code, phone tail or member QR"),
            self.tr("Scan a pickup code or member QR, or type the phone's last four"),
            scan=True,
        )
        self.find_button = button(self.tr("Find"), self.tr("Find parcels"))
        self.results = ParcelTable(
            self.station,
            ("check", "code", "carrier", "waybill", "phone", "name", "checked_in"),
            self.tr("Parcels found: tap to tick"),
            checkable=True,
        )
        self.ticked = QLabel()
        self.ticked.setObjectName("hint")
        self.tick_all = button(self.tr("Tick all"), self.tr("Tick all parcels"))
        self.clear = button(self.tr("Clear list"), self.tr("Clear the list"))

        self.collectors = QButtonGroup(self)
        self.collector_buttons: dict[str, QPushButton] = {}
        labels = {
            "self": self.tr("Recipient"),
            "family": self.tr("Family"),
            "neighbour": self.tr("Neighbour"),
        }
        evidence = QFrame()
        evidence.setObjectName("card")
        grid = QGridLayout(evidence)
        grid.setContentsMargins(16, 12, 16, 12)
        grid.addWidget(caption(self.tr("Collected by")), 0, 0)
        for column, key in enumerate(COLLECTORS, start=1):
            choice = QPushButton(labels[key])
            choice.setObjectName("segment")
            choice.setCheckable(True)
            choice.setMinimumHeight(TOUCH)
            keep_scan_focus(choice)
            choice.setAccessibleName(self.tr("Collected by: {who}").format(who=labels[key]))
            self.collectors.addButton(choice)
            self.collector_buttons[key] = choice
            grid.addWidget(choice, 0, column)
        self.collector_name = line_edit(self.tr("Collector's name"), self.tr("Name (optional)"))
        self.note = line_edit(self.tr("Note"), self.tr("Note (optional)"))
        self.print_slip = QCheckBox(self.tr("Print pickup slip"))
        self.print_slip.setAccessibleName(self.tr("Print a pickup slip"))
        self.print_slip.setMinimumHeight(TOUCH)
        keep_scan_focus(self.print_slip)
        self.confirm = button(
            self.tr("Hand over"), self.tr("Hand over the ticked parcels"), primary=True
        )
        grid.addWidget(self.collector_name, 0, 4)
        grid.addWidget(self.note, 1, 0, 1, 2)
        grid.addWidget(self.print_slip, 1, 2, 1, 2)
        grid.addWidget(self.confirm, 1, 4)
        grid.setColumnStretch(4, 2)

        search_row = QHBoxLayout()
        search_row.addWidget(self.lookup, 1)
        search_row.addWidget(self.find_button)
        list_row = QHBoxLayout()
        list_row.addWidget(self.ticked, 1)
        list_row.addWidget(self.tick_all)
        list_row.addWidget(self.clear)
        left = QVBoxLayout()
        left.addLayout(search_row)
        left.addWidget(self.message)
        left.addWidget(self.results, 1)
        left.addLayout(list_row)
        left.addWidget(evidence)

        self.recent = ParcelTable(
            self.station,
            ("code", "picked_up", "phone"),
            self.tr("Pickups of the last minutes"),
        )
        self.undo = button(self.tr("Undo pickup"), self.tr("Undo the chosen pickup"))
        self.undo.setEnabled(False)
        recent_title = QLabel(self.tr("Recent pickups"))
        recent_title.setObjectName("cardTitle")
        recent_hint = hint(
            self.tr("Handed over by mistake? Choose it and undo within {minutes} minutes.").format(
                minutes=int(UNDO_WINDOW.total_seconds() // 60)
            )
        )
        right = QVBoxLayout()
        right.addWidget(recent_title)
        right.addWidget(recent_hint)
        right.addWidget(self.recent, 1)
        right.addWidget(self.undo)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.setSpacing(20)
        layout.addLayout(left, 7)
        layout.addLayout(right, 3)

        self.lookup.returnPressed.connect(self.find_parcels)
        self.find_button.clicked.connect(self.find_parcels)
        self.results.toggled.connect(self._count_ticked)
        self.tick_all.clicked.connect(lambda: self.results.check_all(True))
        self.clear.clicked.connect(self.clear_list)
        self.collectors.buttonToggled.connect(lambda _button, _on: self._collector_changed())
        self.confirm.clicked.connect(self.hand_over)
        self.recent.itemSelectionChanged.connect(
            lambda: self.undo.setEnabled(self.recent.current_parcel() is not None)
        )
        self.undo.clicked.connect(self.undo_pickup)
        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        escape.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        escape.activated.connect(self.clear_list)
        self._reset_evidence()
        self._count_ticked()

    # -- screen

    def refresh(self) -> None:
        with self.station.database.reading() as session:
            recent = recent_pickups(session, self.station.clock.trusted_now())
        self.recent.set_parcels(recent)
        self.undo.setEnabled(False)

    def focus_entry(self) -> None:
        self.lookup.setFocus()
        self.lookup.selectAll()

    def clear_list(self) -> None:
        self.results.clear_rows()
        self.lookup.clear()
        self._reset_evidence()
        self._count_ticked()
        self.message.note("")
        self.focus_entry()

    # -- finding

    def find_parcels(self) -> None:
        text = tidy(self.lookup.text())
        if not text:
            return
        try:
            if member_qr.looks_like_member_qr(text):
                self._by_member_qr(text)
            elif _TAIL.match(text):
                self._by_tail(text)
            elif parse_code(text) is not None:
                self._by_code(text)
            else:
                self._by_waybill(text)
        except UserError as error:
            self.message.error(describe(error))
            self.focus_entry()
            return
        self.lookup.clear()
        self.lookup.setFocus()
        self._count_ticked()

    def _by_code(self, text: str) -> None:
        with self.station.database.reading() as session:
            parcel = parcels.find_by_code(session, text)
        if parcel is None:
            self.message.error(
                self.tr("No parcel in station has the code {code}.").format(
                    code=parcels.normalize_code(text).code
                )
            )
            return
        self.results.add(parcel, checked=True, tag="code")
        self.results.set_checked(parcel.id, True)
        self.message.ok(self.tr("{code} found and ticked.").format(code=parcel.pickup_code))

    def _by_tail(self, tail: str) -> None:
        with self.station.database.reading() as session:
            found = parcels.find_by_tail(session, tail)
        if not found:
            self.message.error(self.tr("No parcel in station for tail {tail}.").format(tail=tail))
            return
        for parcel in found:
            self.results.add(parcel, tag="phone_tail")
        # The tail is not proof: staff ask the name and tick what the resident may take.
        self.message.note(
            self.tr("{count} parcels for tail {tail}: check the name, tick, hand over.").format(
                count=len(found), tail=tail
            )
        )

    def _by_member_qr(self, token: str) -> None:
        station = self.station
        with station.database.reading() as session:
            key = station.identity(session).platform_public_key
            member = member_qr.verify_member_qr(token, key, station.clock.trusted_now())
            if member.household_id is None:
                self.message.error(
                    self.tr("This member is not linked to a household: ask for the pickup code.")
                )
                return
            found = parcels.find_by_household(session, member.household_id)
        if not found:
            self.message.note(self.tr("The member's household has no parcel in station."))
            return
        for parcel in found:
            self.results.add(parcel, checked=True, tag="member_qr")
            self.results.set_checked(parcel.id, True)
        self.message.ok(
            self.tr("Member verified: {count} parcels ticked.").format(count=len(found))
        )

    def _by_waybill(self, text: str) -> None:
        waybill = parcels.normalize_waybill(text)
        with self.station.database.reading() as session:
            found = parcels.search(session, waybill=waybill, statuses=(parcels.IN_STATION,))
        if not found:
            self.message.error(
                self.tr("No parcel with waybill {waybill} is in station.").format(waybill=waybill)
            )
            return
        for parcel in found:
            self.results.add(parcel, checked=len(found) == 1, tag="waybill")
        self.message.ok(self.tr("Found by waybill {waybill}.").format(waybill=waybill))

    # -- handing over

    def evidence(self) -> Evidence:
        collector = next(
            (key for key, choice in self.collector_buttons.items() if choice.isChecked()), "self"
        )
        return Evidence(collector, self.collector_name.text() or None, self.note.text() or None)

    def choose_collector(self, key: str) -> None:
        self.collector_buttons[key].setChecked(True)

    def hand_over(self) -> None:
        chosen = self.results.checked()
        if not chosen:
            self.message.error(self.tr("Tick the parcels to hand over."))
            return
        evidence = self.evidence()
        slip = self.print_slip.isChecked()
        try:
            with self.work() as work:
                handed: list[ParcelView] = []
                methods = dict.fromkeys(self.results.tag(p.id) for p in chosen)
                for method in methods:
                    ids = [p.id for p in chosen if self.results.tag(p.id) == method]
                    handed += parcels.pick_up(work, ids, method=method, evidence=evidence)
                if slip:
                    queue_pickup_slip(work, self.station, handed, evidence)
        except UserError as error:
            self.message.error(describe(error))
            if evidence.collector == "neighbour" and not evidence.name:
                self.collector_name.setFocus()
            return
        self.results.remove(p.id for p in handed)
        self._reset_evidence()
        self._count_ticked()
        codes = "、".join(p.pickup_code for p in handed)
        done = self.tr("Handed over {count}: {codes}.").format(count=len(handed), codes=codes)
        if slip:
            done += " " + self.tr("The slip is printing.")
        self.message.ok(done)
        self.refresh()
        self.focus_entry()

    # -- undo

    def undo_pickup(self) -> None:
        parcel = self.recent.current_parcel()
        if parcel is None:
            self.message.error(self.tr("Choose the pickup to undo."))
            return
        layout = self.shelf_layout()
        old_code = parcel.pickup_code

        def perform(work: Work, approver: Actor | None) -> ParcelView:
            return parcels.undo_pick_up(work, parcel.id, layout, override=approver)

        self.undo.setEnabled(False)
        self.message.note(self.tr("Putting {code} back in station…").format(code=old_code))
        self.undo_dialog = run_guarded(
            self.context,
            "undo_pickup",
            perform,
            parent=self,
            on_done=lambda back: self._undone(back, old_code),
            on_error=self._undo_failed,
            detail=self.tr("Parcel {code} ({phone}), picked up at {time}.").format(
                code=old_code,
                phone=parcels.mask_phone(parcel.phone),
                time=local_time(self.station, parcel.picked_up_at, "%H:%M"),
            ),
        )
        if self.undo_dialog is not None:
            self.undo_dialog.finished.connect(lambda _result: self.refresh())

    def _undone(self, back: object, old_code: str) -> None:
        assert isinstance(back, ParcelView)
        if back.pickup_code == old_code:
            self.message.ok(self.tr("{code} is back in station.").format(code=back.pickup_code))
        else:
            # Another parcel took the old code meanwhile: the label must change too.
            self.message.ok(
                self.tr("{old} is back in station with the NEW code {code}: relabel it.").format(
                    old=old_code, code=back.pickup_code
                )
            )
        self.refresh()

    def _undo_failed(self, error: BaseException) -> None:
        self.message.error(describe(error))
        self.refresh()

    # -- parts

    def _reset_evidence(self) -> None:
        self.collector_buttons["self"].setChecked(True)
        self.collector_name.clear()
        self.note.clear()

    def _collector_changed(self) -> None:
        neighbour = self.collector_buttons["neighbour"].isChecked()
        self.collector_name.setPlaceholderText(
            self.tr("Neighbour's name (required)") if neighbour else self.tr("Name (optional)")
        )

    def _count_ticked(self) -> None:
        ticked, total = len(self.results.checked()), self.results.rowCount()
        self.ticked.setText(
            self.tr("{ticked} of {total} ticked").format(ticked=ticked, total=total)
        )
        self.confirm.setEnabled(ticked > 0)
        self.confirm.setText(
            self.tr("Hand over {count}").format(count=ticked) if ticked else self.tr("Hand over")
        )
