"""The voucher counter as staff use it, offline: scan the member QR, scan the items, redeem;
the receipt says what was spent, what is left and what expires this month. An offline
limit asks a supervisor; household lookup only where the station allows it."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import UTC, datetime

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from station_app import member_qr, shifts
from station_app import settings as S
from station_app.db.models import AuditEntry, OutboxOp, Redemption
from station_app.station import Station
from station_app.work import Actor
from tests.bills.conftest import FLOAT
from tests.printing.escpos_decoder import decode
from tests.printing.fake_printer import FakePrinter
from tests.ui.conftest import PINS
from tests.ui.test_login import log_in
from tests.vouchers.voucher_builders import (
    add_account,
    add_catalog_item,
    add_household,
    add_lot,
    mark_synced,
    set_limits,
)
from ui.main_window import StationWindow
from ui.override_dialog import OverrideDialog
from ui.vouchers import VouchersPage
from ui.vouchers.counter import VoucherCounter

CLERK = Actor("clerk-1", "张敏", "clerk")
WAIT = 10_000
RICE, EGGS = "6901234001013", "6901234001051"
MONTH_END = datetime(2026, 11, 30, 16, 0, tzinfo=UTC)  # 1 Dec 00:00 Beijing: ends 30 Nov
LATER = datetime(2027, 5, 31, 16, 0, tzinfo=UTC)
NEXT_MONTH = MONTH_END


def click(qtbot: QtBot, widget: QWidget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


@pytest.fixture
def printer() -> Iterator[FakePrinter]:
    with FakePrinter("online").start() as fake:
        yield fake


@pytest.fixture
def key(staffed_station: Station) -> Ed25519PrivateKey:
    """The platform's member-QR key, as pairing would have stored it."""
    private = Ed25519PrivateKey.generate()
    with staffed_station.work(Actor.system()) as work:
        staffed_station.identity(work.session).platform_public_key = member_qr.encode_public_key(
            private.public_key()
        )
    return private


@pytest.fixture
def account(staffed_station: Station) -> str:
    with staffed_station.work(Actor.system()) as work:
        session = work.session
        mark_synced(session, work.now)
        set_limits(session, per_transaction_fen=20000)
        household = add_household(session, "hh-1")
        account_id = add_account(session, "acc-1", household_id=household, holder="王小芳")
        add_lot(session, account_id, 30000, expires_at=MONTH_END)
        add_lot(session, account_id, 50000, expires_at=LATER)
        add_lot(session, account_id, 20000, effective_at=NEXT_MONTH, expires_at=LATER)
        add_catalog_item(session, "米泉大米 5kg", 3990, barcode=RICE)
        add_catalog_item(session, "鲜鸡蛋 30枚", 2600, barcode=EGGS)
    with staffed_station.work(CLERK) as work:
        shifts.open_shift(work, FLOAT)
    return account_id


@pytest.fixture
def counter_window(
    qtbot: QtBot,
    staffed_station: Station,
    account: str,
    printer: FakePrinter,
    window_factory: Callable[[], StationWindow],
) -> StationWindow:
    staffed_station.settings.set(S.PRINTER_URI, printer.uri())
    window = window_factory()
    with qtbot.waitSignal(window.context.session.changed, timeout=WAIT):
        log_in(qtbot, window, "张敏", PINS["张敏"])
    return window


def vouchers_page(qtbot: QtBot, window: StationWindow) -> VoucherCounter:
    click(qtbot, window.home.nav_buttons["vouchers"])
    page = window.home.pages.currentWidget()
    assert isinstance(page, VouchersPage)
    return page.counter


def scan(qtbot: QtBot, counter: VoucherCounter, text: str) -> None:
    """A keyboard-wedge scanner: fast keystrokes, then Enter."""
    assert counter.scan.hasFocus()
    qtbot.keyClicks(counter.scan, text)
    qtbot.keyClick(counter.scan, Qt.Key.Key_Return)


def qr(key: Ed25519PrivateKey, station: Station, account_id: str) -> str:
    return member_qr.issue_member_qr(
        key, account_id=account_id, household_id="hh-1", issued_at=station.clock.trusted_now()
    )


def test_scan_qr_scan_items_redeem_and_print(
    qtbot: QtBot,
    counter_window: StationWindow,
    staffed_station: Station,
    key: Ed25519PrivateKey,
    account: str,
    printer: FakePrinter,
) -> None:
    counter = vouchers_page(qtbot, counter_window)
    assert counter.scan.hasFocus()
    scan(qtbot, counter, qr(key, staffed_station, account))
    card = counter.balance
    assert card.holder.text() == "王小芳" and card.total.text() == "¥800.00"
    assert "本月到期" in card.expiry.text() and "¥300.00" in card.expiry.text()
    assert "2026-11-30" in card.expiry.text()
    assert card.lots.rowCount() == 2 and "¥200.00" in card.upcoming.text()
    assert counter.message.tone == "ok"

    scan(qtbot, counter, RICE)
    scan(qtbot, counter, EGGS)
    scan(qtbot, counter, RICE)  # the same barcode again counts up
    assert [(line.entry.name, line.quantity) for line in counter.cart.cart] == [
        ("米泉大米 5kg", 2),
        ("鲜鸡蛋 30枚", 1),
    ]
    assert counter.total.text() == "¥105.80"
    scan(qtbot, counter, "0000000000000")
    assert counter.message.tone == "error" and "0000000000000" in counter.message.text()

    click(qtbot, counter.confirm)
    qtbot.waitUntil(lambda: counter.panel.currentWidget() is counter.result, timeout=WAIT)
    result = counter.result
    assert result.spent.text() == "¥105.80"
    assert "¥694.20" in result.left.text()
    assert result.state.text() == "待确认"
    assert "本月到期" in result.expiring.text() and "¥194.20" in result.expiring.text()
    with staffed_station.database.reading() as session:
        redemption = session.execute(select(Redemption)).scalar_one()
        op = session.execute(select(OutboxOp).where(OutboxOp.type == "voucher.redeem")).scalar_one()
    assert (redemption.total_fen, redemption.offline, redemption.status) == (10580, True, "pending")
    assert op.offline and redemption.receipt_no in result.receipt.text()
    assert counter.balance.ledger.rowCount() == 1

    qtbot.waitUntil(lambda: len(printer.jobs) == 1, timeout=WAIT)
    lines = [line.text for line in decode(printer.jobs[0]).text_lines]
    text = "\n".join(lines)
    assert f"单号：{redemption.receipt_no}" in text and "【待确认】" in text
    assert "米泉大米 5kg" in text and "鲜鸡蛋 30枚" in text
    assert any(line.startswith("本次消费") and line.endswith("￥105.80") for line in lines)
    assert any(line.startswith("剩余余额") and line.endswith("￥694.20") for line in lines)
    assert any(line.startswith("本月到期") and line.endswith("￥194.20") for line in lines)
    assert any(line.startswith("到期日") and line.endswith("2026-11-30") for line in lines)
    assert "王*芳" in text  # the holder's name is masked on paper

    click(qtbot, result.next_button)
    assert counter.panel.currentWidget() is counter.cart_card and counter.scan.hasFocus()
    assert counter.account_id is None and not counter.cart.cart


def test_an_offline_limit_asks_a_supervisor(
    qtbot: QtBot,
    counter_window: StationWindow,
    staffed_station: Station,
    key: Ed25519PrivateKey,
    account: str,
    printer: FakePrinter,
) -> None:
    counter = vouchers_page(qtbot, counter_window)
    scan(qtbot, counter, qr(key, staffed_station, account))
    for _ in range(6):
        counter.catalog.choose("米泉大米 5kg")
    assert counter.total.text() == "¥239.40"  # over the ¥200.00 per transaction
    click(qtbot, counter.confirm)
    qtbot.waitUntil(lambda: counter.cart_message.tone == "error", timeout=WAIT)
    assert "¥200.00" in counter.cart_message.text()
    assert counter.approve.isVisible()
    with staffed_station.database.reading() as session:
        assert session.execute(select(Redemption)).first() is None

    click(qtbot, counter.approve)
    dialog = counter.dialog
    assert isinstance(dialog, OverrideDialog)
    qtbot.waitUntil(dialog.isVisible, timeout=WAIT)
    dialog.select_approver("王强")
    for digit in PINS["王强"]:
        click(qtbot, dialog.pad.keys[digit])
    click(qtbot, dialog.pad.ok)
    qtbot.waitUntil(lambda: counter.panel.currentWidget() is counter.result, timeout=WAIT)
    with staffed_station.database.reading() as session:
        redemption = session.execute(select(Redemption)).scalar_one()
    assert (redemption.total_fen, redemption.override_by) == (23940, "super-1")
    qtbot.waitUntil(lambda: len(printer.jobs) == 1, timeout=WAIT)


def test_household_lookup_only_where_the_station_allows_it(
    qtbot: QtBot, counter_window: StationWindow, staffed_station: Station, account: str
) -> None:
    counter = vouchers_page(qtbot, counter_window)
    scan(qtbot, counter, "3-2-401")
    assert counter.message.tone == "error" and "会员码" in counter.message.text()
    assert counter.account_id is None

    staffed_station.settings.set(S.VOUCHERS_ALLOW_ASSISTED_LOOKUP, True)
    scan(qtbot, counter, "3-2-401")
    assert counter.account_id == account and counter.balance.total.text() == "¥800.00"
    with staffed_station.database.reading() as session:
        looked_up = session.execute(
            select(AuditEntry).where(AuditEntry.action == "voucher.assisted_lookup")
        ).scalar_one()
    assert looked_up.staff_id == "clerk-1"
