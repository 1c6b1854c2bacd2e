"""Staff names as big touch cards, one chosen at a time: the login screen and the
supervisor's approval both start with "who are you?"."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QSize, Signal
from PySide6.QtWidgets import QButtonGroup, QGridLayout, QPushButton, QWidget

from station_app.login_roster import StaffCard


class StaffPicker(QWidget):
    tapped = Signal()  # a card was tapped: the PIN pad takes the focus next

    def __init__(
        self,
        *,
        columns: int,
        card_size: QSize,
        label: Callable[[StaffCard], str] = lambda card: card.name,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.columns = columns
        self.card_size = card_size
        self.label = label
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setSpacing(12)
        self.buttons = QButtonGroup(self)
        self.buttons.setExclusive(True)

    def set_cards(self, cards: Sequence[StaffCard]) -> None:
        """Show these people; when there is only one, they are already chosen."""
        for button in self.buttons.buttons():
            self.buttons.removeButton(button)
            button.deleteLater()
        for index, card in enumerate(cards):
            button = QPushButton(self.label(card))
            button.setObjectName("staffCard")
            button.setCheckable(True)
            button.setMinimumSize(self.card_size)
            button.setAccessibleName(card.name)
            button.setProperty("staff_id", card.id)
            button.clicked.connect(self.tapped)
            self.buttons.addButton(button)
            self.grid.addWidget(button, index // self.columns, index % self.columns)
        if len(cards) == 1:
            self.buttons.buttons()[0].setChecked(True)

    def chosen_id(self) -> str | None:
        chosen = self.buttons.checkedButton()
        return None if chosen is None else str(chosen.property("staff_id"))

    def names(self) -> list[str]:
        return [button.accessibleName() for button in self.buttons.buttons()]

    def select(self, name: str) -> None:
        for button in self.buttons.buttons():
            if button.accessibleName() == name:
                button.setChecked(True)
                return
        raise KeyError(name)
