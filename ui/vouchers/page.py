"""The Vouchers section (消费券): the counter where residents spend their vouchers."""

from __future__ import annotations

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from ui.context import AppContext
from ui.vouchers.counter import VoucherCounter


class VouchersPage(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("vouchersPage")
        self.context = context
        self.counter = VoucherCounter(context)
        title = QLabel(self.tr("Vouchers"))
        title.setObjectName("screenTitle")
        bar = QHBoxLayout()
        bar.addWidget(title)
        bar.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 12)
        layout.addLayout(bar)
        layout.addWidget(self.counter, 1)
        context.session.changed.connect(self._session_changed)

    def _session_changed(self) -> None:
        if self.context.session.actor is None:
            self.counter.start_over()  # the next person at the counter starts clean
        else:
            self.counter.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.counter.refresh()
        self.counter.focus_entry()
