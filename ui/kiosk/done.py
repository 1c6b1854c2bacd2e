"""The end of a service: what happened, in big words, and the way home."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QVBoxLayout

from ui.kiosk.screen import KioskScreen, Render, label, name_button, push_button

if TYPE_CHECKING:
    from ui.kiosk.window import KioskWindow


class DoneScreen(KioskScreen):
    def __init__(self, kiosk: KioskWindow) -> None:
        super().__init__(kiosk)
        self.setObjectName("doneScreen")
        self.result: Render | None = None
        self.tick = label("bigAmount", wrap=False)
        self.tick.setText("✓")
        self.tick.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.words = label("kioskBody")
        self.words.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.home = push_button("kioskPrimary", height=88)
        self.home.clicked.connect(self.kiosk.go_home)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(96, 48, 96, 40)
        layout.setSpacing(32)
        layout.addStretch(1)
        layout.addWidget(self.tick)
        layout.addWidget(self.heading)
        layout.addWidget(self.words)
        layout.addStretch(1)
        layout.addWidget(self.home)
        self.heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.retranslate()

    def show_result(self, render: Render) -> None:
        self.result = render
        self.retranslate()

    def clear(self) -> None:
        super().clear()
        self.result = None
        self.words.clear()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Done"))
        self.tick.setAccessibleName(self.tr("Done"))
        self.words.setText(self.result() if self.result is not None else "")
        name_button(self.home, self.tr("Back to the start"))
