"""What every screen needs: the station core, the background tasks, who is logged in."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from station_app.station import Station
from station_app.work import Actor
from ui.tasks import Tasks

if TYPE_CHECKING:
    from ui.print_service import PrintService


class Session(QObject):
    """The logged-in staff member; screens follow its signals."""

    changed = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.actor: Actor | None = None
        self.shift_id: str | None = None

    def log_in(self, actor: Actor) -> None:
        self.actor = actor
        self.changed.emit()

    def lock(self) -> None:
        self.actor = None
        self.changed.emit()


@dataclass
class AppContext:
    station: Station
    tasks: Tasks
    demo: bool = False
    demo_pins: list[tuple[str, str, str]] = field(default_factory=list)
    session: Session = field(default_factory=Session)
    printing: PrintService | None = None
    """Set by the window: call ``context.printing.kick()`` after enqueueing a receipt."""
