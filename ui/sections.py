"""The counter's sections (DESIGN.md §8). Each capability fills its section as it lands."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from station_app.i18n import QT_TRANSLATE_NOOP, Message
from ui.context import AppContext
from ui.i18n import tr_message

PageFactory = Callable[[AppContext], QWidget]


@dataclass(frozen=True)
class Section:
    key: str
    title: Message
    coming: Message
    """What the section will do, shown until it is built."""
    factory: PageFactory | None = None


def _parcels_page(context: AppContext) -> QWidget:
    from ui.parcels import ParcelsPage

    return ParcelsPage(context)


def _bills_page(context: AppContext) -> QWidget:
    from ui.bills import BillsPage

    return BillsPage(context)


def _vouchers_page(context: AppContext) -> QWidget:
    from ui.vouchers import VouchersPage

    return VouchersPage(context)


def _shift_page(context: AppContext) -> QWidget:
    from ui.shift_page import ShiftPage

    return ShiftPage(context)


def _settings_page(context: AppContext) -> QWidget:
    from ui.settings_page import SettingsPage

    return SettingsPage(context)


def _notices_page(context: AppContext) -> QWidget:
    from ui.notices_page import NoticesPage

    return NoticesPage(context)


SECTIONS: list[Section] = [
    Section(
        "parcels",
        QT_TRANSLATE_NOOP("Sections", "Parcels"),
        QT_TRANSLATE_NOOP(
            "Sections",
            "check-in, pickup by code, phone tail or member QR, overdue, returns, stocktake.",
        ),
        _parcels_page,
    ),
    Section(
        "bills",
        QT_TRANSLATE_NOOP("Sections", "Bills"),
        QT_TRANSLATE_NOOP(
            "Sections", "water, electricity, gas, property, parking and sanitation bills."
        ),
        _bills_page,
    ),
    Section(
        "vouchers",
        QT_TRANSLATE_NOOP("Sections", "Vouchers"),
        QT_TRANSLATE_NOOP(
            "Sections", "voucher balance, expiry and redemption for goods and services."
        ),
        _vouchers_page,
    ),
    Section(
        "shifts",
        QT_TRANSLATE_NOOP("Sections", "Shift"),
        QT_TRANSLATE_NOOP(
            "Sections", "open and close the shift, count the drawer, X and Z reports."
        ),
        _shift_page,
    ),
    Section(
        "notices",
        QT_TRANSLATE_NOOP("Sections", "Notices"),
        QT_TRANSLATE_NOOP("Sections", "outages and announcements for residents."),
        _notices_page,
    ),
    Section(
        "settings",
        QT_TRANSLATE_NOOP("Sections", "Settings"),
        QT_TRANSLATE_NOOP("Sections", "printer, language, sync and station settings."),
        _settings_page,
    ),
]


class ComingSoonPage(QWidget):
    """Says plainly that a section is not built yet, and what it will do."""

    def __init__(self, section: Section, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        title = QLabel(tr_message(section.title))
        title.setObjectName("screenTitle")
        body = QLabel(
            self.tr("This section is not built yet. It will offer {what}").format(
                what=tr_message(section.coming)
            )
        )
        body.setObjectName("hint")
        body.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 24)
        layout.addWidget(title)
        layout.addWidget(body)
        layout.addStretch(1)
        layout.setAlignment(Qt.AlignmentFlag.AlignTop)
