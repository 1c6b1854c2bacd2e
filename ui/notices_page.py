"""Notices (信息服务): what residents are told about outages and announcements."""

from __future__ import annotations

from zoneinfo import ZoneInfo

from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget
from sqlalchemy import or_, select

from station_app import settings as S
from station_app.db.models import Notice
from ui.context import AppContext


class NoticesPage(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        title = QLabel(self.tr("Notices"))
        title.setObjectName("screenTitle")
        self.list_box = QWidget()
        self.list_layout = QVBoxLayout(self.list_box)
        self.list_layout.setSpacing(12)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.list_box)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 24)
        layout.addWidget(title)
        layout.addWidget(scroll, 1)
        self.refresh()

    def refresh(self) -> None:
        while (item := self.list_layout.takeAt(0)) is not None:
            if (widget := item.widget()) is not None:
                widget.deleteLater()
        station = self.context.station
        now = station.clock.trusted_now()
        zone = ZoneInfo(station.settings.get(S.TIMEZONE))
        with station.database.reading() as session:
            notices = (
                session.execute(
                    select(Notice)
                    .where(
                        Notice.starts_at <= now, or_(Notice.ends_at.is_(None), Notice.ends_at > now)
                    )
                    .order_by(Notice.starts_at.desc())
                )
                .scalars()
                .all()
            )
        if not notices:
            empty = QLabel(self.tr("No notices at the moment."))
            empty.setObjectName("hint")
            self.list_layout.addWidget(empty)
        kinds = {
            "outage": self.tr("Outage"),
            "announcement": self.tr("Announcement"),
            "service": self.tr("Service"),
        }
        for notice in notices:
            card = QFrame()
            card.setObjectName("card")
            box = QVBoxLayout(card)
            heading = QLabel(notice.title)
            heading.setObjectName("cardTitle")
            heading.setWordWrap(True)
            when = QLabel(
                f"{kinds.get(notice.kind, notice.kind)} · "
                + notice.starts_at.astimezone(zone).strftime("%Y-%m-%d %H:%M")
            )
            when.setObjectName("hint")
            body = QLabel(notice.body)
            body.setWordWrap(True)
            box.addWidget(heading)
            box.addWidget(when)
            box.addWidget(body)
            self.list_layout.addWidget(card)
        self.list_layout.addStretch(1)
