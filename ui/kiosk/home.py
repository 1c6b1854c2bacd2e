"""The kiosk's home: four large tiles, one per service (取快递 · 查消费券 · 缴费 · 公告)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QGridLayout,
    QLayout,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ui.kiosk.screen import KioskScreen, label

if TYPE_CHECKING:
    from ui.kiosk.window import KioskWindow

TILE_HEIGHT = 200
TILES = ("pickup", "vouchers", "bills", "notices")


class Tile(QPushButton):
    """A large button with a title and a smaller line saying what it does."""

    def __init__(self, key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("kioskTile")
        self.setProperty("tile", key)
        self.setMinimumHeight(TILE_HEIGHT)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.title = label("tileTitle")
        self.subtitle = label("tileSubtitle")
        for part in (self.title, self.subtitle):
            part.setAlignment(Qt.AlignmentFlag.AlignCenter)
            part.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        box = QVBoxLayout(self)
        # The tile keeps its own minimum size; the layout only places the two lines.
        box.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        box.setContentsMargins(24, 24, 24, 24)
        box.addStretch(1)
        box.addWidget(self.title)
        box.addWidget(self.subtitle)
        box.addStretch(1)

    def set_words(self, title: str, subtitle: str) -> None:
        self.title.setText(title)
        self.subtitle.setText(subtitle)
        self.setAccessibleName(title)
        self.setAccessibleDescription(subtitle)


class HomeScreen(KioskScreen):
    nav = False

    def __init__(self, kiosk: KioskWindow) -> None:
        super().__init__(kiosk)
        self.setObjectName("homeScreen")
        self.hint = label("kioskHint")
        grid = QGridLayout()
        grid.setSpacing(32)
        self.tiles: dict[str, Tile] = {}
        for index, key in enumerate(TILES):
            tile = Tile(key)
            tile.clicked.connect(lambda _=False, k=key: self.kiosk.start_flow(k))
            grid.addWidget(tile, index // 2, index % 2)
            self.tiles[key] = tile
        layout = QVBoxLayout(self)
        layout.setContentsMargins(64, 32, 64, 40)
        layout.setSpacing(24)
        layout.addWidget(self.heading)
        layout.addWidget(self.hint)
        layout.addLayout(grid, 1)
        layout.addWidget(self.message)
        self.retranslate()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("What would you like to do?"))
        self.hint.setText(self.tr("Touch a large button. Staff at the counter can help you."))
        words = {
            "pickup": (self.tr("Collect a parcel"), self.tr("with the pickup code or member code")),
            "vouchers": (self.tr("Voucher balance"), self.tr("balance and expiry dates")),
            "bills": (self.tr("Pay a bill"), self.tr("with your vouchers")),
            "notices": (self.tr("Notices"), self.tr("outages and announcements")),
        }
        for key, tile in self.tiles.items():
            tile.set_words(*words[key])
