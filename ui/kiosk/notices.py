"""Notices (信息服务) at the kiosk: the idle carousel and the notices screen.

The carousel is what the kiosk shows when nobody uses it: outages and announcements, one
at a time on a timer, and a large "touch to start". It shows nothing about any resident.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QVBoxLayout
from sqlalchemy import or_, select

from station_app import settings as S
from station_app.db.models import Notice
from station_app.i18n import QT_TRANSLATE_NOOP, Message
from station_app.station import Station
from ui.i18n import tr_message
from ui.kiosk.formats import fill, instant_day_text, isolate
from ui.kiosk.screen import (
    KioskScreen,
    card,
    empty_layout,
    label,
    name_button,
    push_button,
)

if TYPE_CHECKING:
    from ui.kiosk.window import KioskWindow

MAX_NOTICES = 20


@dataclass(frozen=True)
class NoticeView:
    kind: str
    title: str
    body: str
    starts_at: datetime


def current_notices(station: Station) -> list[NoticeView]:
    """Notices in force at trusted time, newest first."""
    now = station.clock.trusted_now()
    with station.database.reading() as session:
        rows = session.execute(
            select(Notice)
            .where(Notice.starts_at <= now, or_(Notice.ends_at.is_(None), Notice.ends_at > now))
            .order_by(Notice.starts_at.desc())
            .limit(MAX_NOTICES)
        ).scalars()
        return [NoticeView(n.kind, n.title, n.body, n.starts_at) for n in rows]


KIND_NAMES: dict[str, Message] = {
    "outage": QT_TRANSLATE_NOOP("KioskNotices", "Outage"),
    "announcement": QT_TRANSLATE_NOOP("KioskNotices", "Announcement"),
    "service": QT_TRANSLATE_NOOP("KioskNotices", "Service"),
}
OTHER_KIND = QT_TRANSLATE_NOOP("KioskNotices", "Notice")


def kind_name(kind: str) -> str:
    return tr_message(KIND_NAMES.get(kind, OTHER_KIND))


class IdleScreen(KioskScreen):
    """The notices carousel; a touch anywhere starts."""

    nav = False

    def __init__(self, kiosk: KioskWindow) -> None:
        super().__init__(kiosk)
        self.setObjectName("idleScreen")
        self.notices: list[NoticeView] = []
        self.index = 0
        self.board = QFrame()
        self.board.setObjectName("idleNotice")
        board = QVBoxLayout(self.board)
        board.setContentsMargins(48, 36, 48, 36)
        board.setSpacing(20)
        self.kind = label("idleKind", wrap=False)
        kind_row = QHBoxLayout()
        kind_row.addWidget(self.kind)
        kind_row.addStretch(1)
        self.title = label("idleTitle")
        self.body = label("idleBody")
        self.body.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeading)
        self.dots = label("idleDots", wrap=False)
        self.dots.setAlignment(Qt.AlignmentFlag.AlignCenter)
        board.addLayout(kind_row)
        board.addWidget(self.title)
        board.addWidget(self.body, 1)
        board.addWidget(self.dots)
        self.start = push_button("idleStart", height=96)
        self.start.clicked.connect(self.kiosk.wake)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(64, 32, 64, 40)
        layout.setSpacing(28)
        layout.addWidget(self.heading)
        layout.addWidget(self.board, 1)
        layout.addWidget(self.start)
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.next_notice)
        self.retranslate()

    def entered(self) -> None:
        self.notices = current_notices(self.station)
        self.index = 0
        seconds = self.station.settings.get(S.KIOSK_NOTICE_SECONDS)
        self.timer.start(seconds * 1000)
        self._show()

    def leave(self) -> None:
        self.timer.stop()

    def next_notice(self) -> None:
        if self.notices:
            self.index = (self.index + 1) % len(self.notices)
        self._show()

    def _show(self) -> None:
        if not self.notices:
            self.kind.hide()
            self.title.setText(self.station.info().station_name or self.tr("Welcome"))
            self.body.setText(self.tr("There are no notices at the moment."))
            self.dots.setText("")
            return
        notice = self.notices[self.index]
        self.kind.show()
        self.kind.setText(kind_name(notice.kind))
        # The platform writes notices in its own language: kept whole in a mirrored layout.
        self.title.setText(isolate(notice.title))
        self.body.setText(isolate(notice.body))
        self.dots.setText(
            fill(
                self.tr("Notice {number} of {count}"),
                number=self.index + 1,
                count=len(self.notices),
            )
        )
        self.board.setAccessibleName(notice.title)

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Community notices"))
        name_button(
            self.start,
            self.tr("Touch here to start"),
            self.tr("Start: collect parcels, check vouchers, pay bills"),
        )
        self._show()

    def on_scan(self, text: str) -> None:
        self.kiosk.wake()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.kiosk.wake()
        event.accept()


class NoticesScreen(KioskScreen):
    """Every notice in force, as large cards to scroll through."""

    def __init__(self, kiosk: KioskWindow) -> None:
        super().__init__(kiosk)
        self.setObjectName("noticesScreen")
        self.notices: list[NoticeView] = []
        scroll, self.list_layout = self.card_list()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(64, 32, 64, 24)
        layout.setSpacing(20)
        layout.addWidget(self.heading)
        layout.addWidget(scroll, 1)
        self.retranslate()

    def entered(self) -> None:
        self.notices = current_notices(self.station)
        self._fill()

    def clear(self) -> None:
        super().clear()
        self.notices = []
        empty_layout(self.list_layout)

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Notices"))
        self._fill()

    def _fill(self) -> None:
        empty_layout(self.list_layout)
        if not self.notices:
            empty = label("kioskBody")
            empty.setText(self.tr("There are no notices at the moment."))
            self.list_layout.addWidget(empty)
        for notice in self.notices:
            frame, box = card()
            heading = label("cardHeading")
            heading.setText(f"{kind_name(notice.kind)} · {isolate(notice.title)}")
            when = label("cardDetail")
            when.setText(instant_day_text(self.station, notice.starts_at))
            body = label("kioskCardBody")
            body.setText(isolate(notice.body))
            box.addWidget(heading)
            box.addWidget(when)
            box.addWidget(body)
            frame.setAccessibleName(notice.title)
            self.list_layout.addWidget(frame)
        self.list_layout.addStretch(1)
