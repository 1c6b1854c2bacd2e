"""Online redemption against the reference platform: the op is pushed at once and the counter
waits for the answer. Applied → spent; rejected (a frozen account) → nothing spent; no
answer in time → it stays pending and a later round settles it. Then the same through the
counter screen, with the window's own sync worker."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from station_app import member_qr, vouchers
from station_app import settings as S
from station_app.db.models import Redemption, VoucherLedgerEntry
from station_app.station import Station
from station_app.vouchers import CatalogLine
from station_app.work import Actor
from sync.online_redeem import UNANSWERED, push_and_wait
from sync.server.platform import Platform
from tests.printing.escpos_decoder import decode
from tests.printing.fake_printer import FakePrinter
from tests.server.conftest import Admin, Community
from tests.sync.conftest import Terminal, around
from tests.ui.test_login import log_in
from ui.app import build_window, set_up_application
from ui.context import AppContext
from ui.main_window import StationWindow
from ui.tasks import Tasks
from ui.vouchers import VouchersPage

WAIT = 15_000
PRICE = 6990  # 大米 5kg in the test community


@pytest.fixture
def terminal(terminals: Callable[..., Terminal]) -> Terminal:
    made = terminals("counter")
    assert made.round().ok  # accounts, lots, catalog, staff and limits from the platform
    return made


def clerk(community: Community) -> Actor:
    return Actor(community.clerk_id, "张丽", "clerk")


def redeem_online(station: Station, community: Community) -> str:
    with station.work(clerk(community), online=True) as work:
        result = vouchers.redeem(
            work, community.account_id, [CatalogLine(community.catalog_item_id)]
        )
    return result.redemption_id


def spendable(station: Station, account_id: str) -> int:
    with station.database.reading() as session:
        return vouchers.balance(session, account_id, station.clock.trusted_now()).total_fen


def status(station: Station, redemption_id: str) -> str:
    with station.database.reading() as session:
        redemption = session.get(Redemption, redemption_id)
        assert redemption is not None
        return redemption.status


def freeze(admin: Admin, community: Community) -> None:
    admin.post(f"/voucher-accounts/{community.account_id}/status", {"status": "frozen"})


def test_an_online_redemption_waits_for_the_platforms_yes(
    terminal: Terminal, community: Community
) -> None:
    before = spendable(terminal.station, community.account_id)
    redemption_id = redeem_online(terminal.station, community)
    answer = push_and_wait(terminal.engine, redemption_id, timeout_seconds=5)
    assert answer.answered and answer.status == "applied"
    assert status(terminal.station, redemption_id) == "applied"
    assert spendable(terminal.station, community.account_id) == before - PRICE


def test_a_rejected_online_redemption_spends_nothing(
    terminal: Terminal, community: Community, admin: Admin
) -> None:
    freeze(admin, community)  # on the platform only: the station has not pulled it yet
    before = spendable(terminal.station, community.account_id)
    redemption_id = redeem_online(terminal.station, community)
    assert spendable(terminal.station, community.account_id) == before - PRICE
    answer = push_and_wait(terminal.engine, redemption_id, timeout_seconds=5)
    assert answer.rejected and answer.reason == "account_frozen"
    assert status(terminal.station, redemption_id) == "rejected"
    assert spendable(terminal.station, community.account_id) == before
    with terminal.station.database.reading() as session:
        net = session.execute(
            select(func.sum(VoucherLedgerEntry.amount_fen)).where(
                VoucherLedgerEntry.redemption_id == redemption_id
            )
        ).scalar_one()
    assert net == 0


def test_no_answer_in_time_leaves_it_pending_for_a_later_round(
    terminal: Terminal, community: Community
) -> None:
    gate = threading.Event()

    def held() -> None:
        gate.wait(WAIT / 1000)  # the platform is slow: the push hangs until the test lets go

    terminal.adapter.add("/v1/sync/push", around(before=held))
    redemption_id = redeem_online(terminal.station, community)
    answer = push_and_wait(terminal.engine, redemption_id, timeout_seconds=0.2)
    assert answer.status == UNANSWERED and not answer.answered
    assert status(terminal.station, redemption_id) == "pending"
    with terminal.station.database.reading() as session:
        waited = session.get(Redemption, redemption_id)
        assert waited is not None and waited.offline  # counts against the offline limits now
    gate.set()
    # The push left running takes the engine's lock: this round starts once it has ended.
    assert terminal.round(pull=False).ok
    assert status(terminal.station, redemption_id) == "applied"


# --- the counter screen, online --------------------------------------------------------


@pytest.fixture
def online_window(
    qtbot: QtBot, qapp: QApplication, terminal: Terminal
) -> Iterator[tuple[StationWindow, FakePrinter]]:
    with FakePrinter("online").start() as printer:
        terminal.station.settings.set(S.PRINTER_URI, printer.uri())
        tasks = Tasks()
        set_up_application(qapp, "zh_CN", terminal.station.paths.cache_dir)
        window = build_window(AppContext(station=terminal.station, tasks=tasks))
        qtbot.addWidget(window)
        window.resize(1280, 800)
        window.show()
        yield window, printer
        window.stop_background()
        window.status.timer.stop()
        window.printing.stop()
        window.receipt_preview.close()
        tasks.wait()


def scan(qtbot: QtBot, page: VouchersPage, text: str) -> None:
    page.counter.scan.setText(text)
    qtbot.keyClick(page.counter.scan, Qt.Key.Key_Return)


def test_the_counter_waits_for_and_honours_the_platform(
    qtbot: QtBot,
    online_window: tuple[StationWindow, FakePrinter],
    terminal: Terminal,
    community: Community,
    platform: Platform,
    admin: Admin,
) -> None:
    window, printer = online_window
    worker = window.sync
    assert worker is not None
    qtbot.waitUntil(
        lambda: worker.last_report is not None and worker.last_report.reached_platform,
        timeout=WAIT,
    )
    with qtbot.waitSignal(window.context.session.changed, timeout=WAIT):
        log_in(qtbot, window, "张丽", "1111")
    window.home.open_section("vouchers")
    page = window.home.pages.currentWidget()
    assert isinstance(page, VouchersPage)
    counter = page.counter
    station = terminal.station

    def token() -> str:
        return member_qr.issue_member_qr(
            platform.key,
            account_id=community.account_id,
            household_id=community.household_id,
            issued_at=station.clock.trusted_now(),
        )

    before = spendable(station, community.account_id)
    scan(qtbot, page, token())
    assert counter.account_id == community.account_id
    counter.catalog.choose("大米 5kg")
    assert counter.online_engine() is worker.engine
    qtbot.mouseClick(counter.confirm, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: counter.panel.currentWidget() is counter.result, timeout=WAIT)
    assert counter.last_answer is not None and counter.last_answer.status == "applied"
    assert counter.result.state.objectName() == "confirmedBadge"
    assert spendable(station, community.account_id) == before - PRICE
    qtbot.waitUntil(lambda: len(printer.jobs) == 1, timeout=WAIT)
    confirmed = "\n".join(line.text for line in decode(printer.jobs[0]).text_lines)
    assert "大米 5kg" in confirmed and "【待确认】" not in confirmed  # the platform said yes

    freeze(admin, community)
    qtbot.mouseClick(counter.result.next_button, Qt.MouseButton.LeftButton)
    scan(qtbot, page, token())
    counter.catalog.choose("大米 5kg")
    qtbot.mouseClick(counter.confirm, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: counter.panel.currentWidget() is counter.result, timeout=WAIT)
    assert counter.last_answer is not None and counter.last_answer.rejected
    assert counter.result.state.objectName() == "refusedBadge"
    assert counter.message.tone == "error"
    assert spendable(station, community.account_id) == before - PRICE  # nothing more spent
    with station.database.reading() as session:
        statuses = sorted(session.execute(select(Redemption.status)).scalars())
    assert statuses == ["applied", "rejected"]
    assert len(printer.jobs) == 1  # no receipt for a refusal
