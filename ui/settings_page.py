"""Settings (设置): printer, language. Each change is saved at once and announced."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from station_app import settings as S
from ui.context import AppContext
from ui.printer_settings import PrinterSettingsPage
from ui.staff_admin import StaffAdminPanel


class SettingsPage(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        station = context.station
        title = QLabel(self.tr("Settings"))
        title.setObjectName("screenTitle")
        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("Language"))
        self.language.addItem("简体中文", "zh_CN")
        self.language.addItem("English", "en")
        self.language.addItem("ئۇيغۇرچە", "ug")
        self.language.setCurrentIndex(
            max(0, self.language.findData(station.settings.get(S.LANGUAGE)))
        )
        self.language.currentIndexChanged.connect(self._language_chosen)
        self.language_note = QLabel()
        self.language_note.setObjectName("hint")
        general = QFrame()
        general.setObjectName("card")
        form = QFormLayout(general)
        form.addRow(self.tr("Language"), self.language)
        form.addRow("", self.language_note)
        self.printer = PrinterSettingsPage(
            station.settings,
            context.tasks,
            station_name=station.info().station_name,
            preview_folder=station.paths.receipts_dir,
        )
        self.printer.testFinished.connect(self._after_test_print)
        self.staff_admin = StaffAdminPanel(context)
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(32, 24, 32, 24)
        layout.addWidget(title)
        layout.addWidget(general)
        layout.addWidget(self.printer)
        layout.addWidget(self.staff_admin)
        layout.addStretch(1)
        # The staff list makes the page taller than a 768-line counter screen.
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

    def _after_test_print(self, *_: object) -> None:
        if self.context.printing is not None:
            self.context.printing.kick()

    def _language_chosen(self) -> None:
        self.context.station.settings.set(S.LANGUAGE, str(self.language.currentData()))
        self.language_note.setText(self.tr("The new language shows after the next start."))
