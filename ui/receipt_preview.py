"""The demo's receipt window: shows the PNG the virtual printer (``preview://``) made.

``PreviewBridge`` carries a printed receipt from the print worker to the GUI thread; the
worker never touches the window.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)


class PreviewBridge(QObject):
    """Give ``listener`` to ``PreviewPrinter.listeners``; connect ``printed`` to the window."""

    printed = Signal(str)

    def listener(self, path: Path) -> None:
        # Called on the print worker: a queued signal hands the path to the GUI thread.
        self.printed.emit(str(path))


class ReceiptPreview(QWidget):
    """A receipt image on a paper-white strip, scrollable when longer than the window."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.image = QLabel()
        self.image.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.image.setAccessibleName(self.tr("Receipt image"))
        self.caption = QLabel(self.tr("No receipt printed yet."))
        self.caption.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        scroll = QScrollArea()
        scroll.setWidget(self.image)
        scroll.setWidgetResizable(True)
        scroll.setStyleSheet("QScrollArea { background: #d9d9d9; }")
        layout = QVBoxLayout(self)
        layout.addWidget(self.caption)
        layout.addWidget(scroll, 1)

    def show_image(self, path: Path | str) -> bool:
        pixmap = QPixmap(str(path))
        if pixmap.isNull():
            self.image.clear()
            self.caption.setText(self.tr("The receipt image cannot be opened."))
            return False
        self.image.setPixmap(pixmap)
        self.caption.setText(Path(path).name)
        return True

    def has_image(self) -> bool:
        pixmap = self.image.pixmap()
        return pixmap is not None and not pixmap.isNull()


class ReceiptPreviewDialog(QDialog):
    """A non-modal window that follows the virtual printer: each receipt replaces the last."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Printed receipt (demo printer)"))
        self.setModal(False)
        self.preview = ReceiptPreview(self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.preview, 1)
        layout.addWidget(buttons)
        self.resize(480, 720)

    def show_receipt(self, path: str) -> None:
        self.preview.show_image(path)
        self.show()
        self.raise_()
