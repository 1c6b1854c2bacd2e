"""The counter's home after login: navigation rail on the left, the chosen section on the right."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ui.context import AppContext
from ui.i18n import tr_message
from ui.sections import SECTIONS, ComingSoonPage


class HomeScreen(QWidget):
    """Navigation rail on the left, the chosen section on the right."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        rail = QWidget()
        rail.setObjectName("navRail")
        rail_layout = QVBoxLayout(rail)
        rail_layout.setContentsMargins(12, 16, 12, 16)
        rail_layout.setSpacing(10)
        self.station_label = QLabel()
        self.station_label.setObjectName("railTitle")
        self.station_label.setWordWrap(True)
        rail_layout.addWidget(self.station_label)
        self.pages = QStackedWidget()
        self.nav = QButtonGroup(self)
        self.nav_buttons: dict[str, QPushButton] = {}
        for index, section in enumerate(SECTIONS):
            button = QPushButton(tr_message(section.title))
            button.setObjectName("navButton")
            button.setCheckable(True)
            button.setMinimumHeight(64)
            # A scan must land in the page's scan field, never on the navigation.
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setAccessibleName(tr_message(section.title))
            self.nav.addButton(button, index)
            self.nav_buttons[section.key] = button
            rail_layout.addWidget(button)
            # Pages are built when first opened: start-up pays only for the login screen.
            self.pages.addWidget(QWidget())
        rail_layout.addStretch(1)
        self.lock_button = QPushButton(self.tr("Lock"))
        self.lock_button.setObjectName("secondary")
        self.lock_button.setMinimumHeight(56)
        self.lock_button.setAccessibleName(self.tr("Lock the counter"))
        self.lock_button.clicked.connect(context.session.lock)
        rail_layout.addWidget(self.lock_button)
        self._built: set[int] = set()
        self.nav.idClicked.connect(self.show_page)
        self.nav.button(0).setChecked(True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(rail)
        layout.addWidget(self.pages, 1)
        self.station_label.setText(context.station.info().station_name)

    def refresh(self) -> None:
        """After a login: the station's name, and the chosen page built if it is not yet."""
        self.station_label.setText(self.context.station.info().station_name)
        self.show_page(max(0, self.nav.checkedId()))

    def show_page(self, index: int) -> None:
        if index not in self._built:
            section = SECTIONS[index]
            page = section.factory(self.context) if section.factory else ComingSoonPage(section)
            placeholder = self.pages.widget(index)
            assert placeholder is not None
            self.pages.insertWidget(index, page)
            self.pages.removeWidget(placeholder)
            placeholder.deleteLater()
            self._built.add(index)
        self.pages.setCurrentIndex(index)

    def open_section(self, key: str) -> None:
        self.nav_buttons[key].click()
