"""What every parcel screen shares: the station, who is at the counter, the message line."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtWidgets import QWidget

from station_app.i18n import QT_TRANSLATE_NOOP, UserError
from station_app.shelves import ShelfLayout
from station_app.work import Work
from ui.context import AppContext
from ui.parcels.form import StatusLine


class NotLoggedInError(UserError):
    pass


class ParcelScreen(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.station = context.station
        self.message = StatusLine(self.tr("Message"))

    def refresh(self) -> None:
        """Re-read what the screen shows (it is shown again, or someone logged in)."""

    def focus_entry(self) -> None:
        """Put the cursor where the next scan belongs."""

    def shelf_layout(self) -> ShelfLayout:
        # Read each time: a technician may change the shelves while the app runs.
        return ShelfLayout.from_settings(self.station.settings)

    @contextmanager
    def work(self) -> Iterator[Work]:
        """One unit of work as the staff member at the counter, in their shift."""
        actor = self.context.session.actor
        if actor is None:
            raise NotLoggedInError(QT_TRANSLATE_NOOP("ParcelScreen", "Log in first."))
        with self.station.work(actor, shift_id=self.context.session.shift_id) as work:
            yield work
