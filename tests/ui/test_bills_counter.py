"""The bill counter as staff use it: find a household, tick two bills, pay with ¥200 cash;
the change is shown and printed, the drawer opens, the receipt says 待确认; voids ask a
supervisor; flagged payments are listed until staff mark them done."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from station_app import bills, member_qr, shifts
from station_app import settings as S
from station_app.db.models import Bill, OutboxOp, Payment, Shift
from station_app.station import Station
from station_app.work import Actor
from tests.bills.conftest import FLOAT, Community, seed_community
from tests.printing.escpos_decoder import decode
from tests.printing.fake_printer import FakePrinter
from tests.ui.conftest import PINS
from tests.ui.test_login import log_in
from ui.bills import BillsPage
from ui.bills.counter import CounterScreen
from ui.main_window import StationWindow
from ui.override_dialog import OverrideDialog

CLERK = Actor("clerk-1", "张敏", "clerk")
WAIT = 10_000


def click(qtbot: QtBot, widget: QWidget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


@pytest.fixture
def printer() -> Iterator[FakePrinter]:
    with FakePrinter("online").start() as fake:
        yield fake


@pytest.fixture
def community(staffed_station: Station) -> Community:
    found = seed_community(staffed_station, staffed_station.clock.trusted_now(), with_staff=False)
    with staffed_station.work(CLERK) as work:
        shifts.open_shift(work, FLOAT)
    return found


@pytest.fixture
def counter_window(
    qtbot: QtBot,
    staffed_station: Station,
    community: Community,
    printer: FakePrinter,
    window_factory: Callable[[], StationWindow],
) -> StationWindow:
    staffed_station.settings.set(S.PRINTER_URI, printer.uri())
    window = window_factory()
    with qtbot.waitSignal(window.context.session.changed, timeout=WAIT):
        log_in(qtbot, window, "张敏", PINS["张敏"])
    return window


def bills_page(qtbot: QtBot, window: StationWindow) -> BillsPage:
    click(qtbot, window.home.nav_buttons["bills"])
    page = window.home.pages.currentWidget()
    assert isinstance(page, BillsPage)
    return page


def find_household(qtbot: QtBot, counter: CounterScreen, text: str) -> None:
    counter.search.setFocus()
    if text.isascii():
        qtbot.keyClicks(counter.search, text)
    else:  # Chinese comes committed by the input method, as on the PC
        event = QInputMethodEvent()
        event.setCommitString(text)
        QApplication.sendEvent(counter.search, event)
    qtbot.keyClick(counter.search, Qt.Key.Key_Return)


def tick_only(qtbot: QtBot, counter: CounterScreen, bill_ids: set[str]) -> None:
    table = counter.bills
    for row, bill in enumerate(table.bills()):
        if table.is_checked(row) != (bill.id in bill_ids):
            rect = table.visualItemRect(table.item(row, 1))
            qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert {bill.id for bill in table.checked()} == bill_ids


def test_pay_two_bills_with_200_cash(
    qtbot: QtBot,
    counter_window: StationWindow,
    community: Community,
    printer: FakePrinter,
    staffed_station: Station,
) -> None:
    counter = bills_page(qtbot, counter_window).counter
    assert counter.search.hasFocus()
    find_household(qtbot, counter, "3栋2单元501")
    assert counter.household.text() == "3栋2单元501"
    assert len(counter.bills.bills()) == 5 and len(counter.bills.checked()) == 5
    tick_only(qtbot, counter, {community.water, community.water_old})
    assert "¥74.70" in counter.ticked.text()
    form = counter.form
    assert form.due.text() == "¥74.70"
    assert form.confirm.text() == "收款 ¥74.70"
    click(qtbot, form.quick[2])  # ¥200
    assert form.cash.text() == "200.00"
    assert form.change.text() == "¥125.30"

    click(qtbot, form.confirm)
    qtbot.waitUntil(lambda: counter.panel.currentWidget() is counter.success, timeout=WAIT)
    success = counter.success
    assert success.change.text() == "¥125.30"
    assert success.pending.isVisible() and success.pending.text() == "待确认"
    with staffed_station.database.reading() as session:
        payment = session.execute(select(Payment)).scalar_one()
    assert payment.receipt_no in success.receipt.text()
    assert (payment.total_fen, payment.change_fen, payment.status) == (7470, 12530, "pending")

    qtbot.waitUntil(lambda: len(printer.jobs) == 1, timeout=WAIT)
    decoded = decode(printer.jobs[0])
    lines = [line.text for line in decoded.text_lines]
    text = "\n".join(lines)
    assert "缴费凭证" in text and f"单号：{payment.receipt_no}" in text
    assert "【待确认】" in text  # every payment waits for the platform, offline or not
    assert "房号：3栋2单元501" in text
    assert "账期：2026-10" in text and "账期：2026-09" in text
    assert any(line.startswith("找零") and line.endswith("￥125.30") for line in lines)
    assert any(line.startswith("实收") and line.endswith("200.00") for line in lines)
    assert decoded.markers("DRAWER") and decoded.markers("CUT")
    assert any(payment.receipt_no in str(marker) for marker in decoded.markers("QR"))

    click(qtbot, success.next_button)
    assert counter.panel.currentWidget() is counter.form and counter.search.hasFocus()


def test_offline_and_online_payments_both_print_pending(
    qtbot: QtBot,
    counter_window: StationWindow,
    community: Community,
    printer: FakePrinter,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Offline, a biller that wants the station online is refused; online it is paid. Either
    way the payment waits for the platform, so both receipts say 待确认."""
    counter = bills_page(qtbot, counter_window).counter
    assert not counter.online()  # not paired: no sync round ever reached the platform
    find_household(qtbot, counter, "3-2-501")
    tick_only(qtbot, counter, {community.electricity})
    counter.form.cash.setText("100")
    click(qtbot, counter.form.confirm)
    qtbot.waitUntil(lambda: counter.form.message.tone == "error", timeout=WAIT)
    assert "联网" in counter.form.message.text()
    assert counter.panel.currentWidget() is counter.form

    tick_only(qtbot, counter, {community.water})
    click(qtbot, counter.form.exact)
    assert counter.form.change.text() == "¥0.00"
    click(qtbot, counter.form.confirm)
    qtbot.waitUntil(lambda: counter.panel.currentWidget() is counter.success, timeout=WAIT)
    assert counter.success.pending.isVisible()
    qtbot.waitUntil(lambda: len(printer.jobs) == 1, timeout=WAIT)
    assert "【待确认】" in [line.text for line in decode(printer.jobs[0]).text_lines]

    monkeypatch.setattr(counter, "online", lambda: True)
    click(qtbot, counter.success.next_button)
    find_household(qtbot, counter, "3-2-501")
    tick_only(qtbot, counter, {community.electricity})
    click(qtbot, counter.form.quick[1])  # ¥100
    click(qtbot, counter.form.confirm)
    qtbot.waitUntil(lambda: counter.panel.currentWidget() is counter.success, timeout=WAIT)
    assert counter.success.pending.isVisible()
    qtbot.waitUntil(lambda: len(printer.jobs) == 2, timeout=WAIT)
    online_receipt = [line.text for line in decode(printer.jobs[1]).text_lines]
    assert "电费" in online_receipt and "【待确认】" in online_receipt


def test_short_cash_is_refused_and_nothing_is_taken(
    qtbot: QtBot, counter_window: StationWindow, community: Community, staffed_station: Station
) -> None:
    counter = bills_page(qtbot, counter_window).counter
    find_household(qtbot, counter, "XFL-03-2-501")  # the 户号 ticks its own bill
    assert [bill.id for bill in counter.bills.checked()] == [community.property_fee]
    counter.form.cash.setText("50")
    assert counter.form.change_caption.text() == "还差"
    click(qtbot, counter.form.confirm)
    qtbot.waitUntil(lambda: counter.form.message.tone == "error", timeout=WAIT)
    with staffed_station.database.reading() as session:
        assert session.execute(select(Payment)).first() is None


def test_a_phone_tail_lists_households_to_choose(
    qtbot: QtBot, counter_window: StationWindow, community: Community
) -> None:
    counter = bills_page(qtbot, counter_window).counter
    find_household(qtbot, counter, "1234")
    assert counter.households.isVisible()
    assert set(counter.households.household_ids()) == {community.household, community.neighbour}
    counter.households.choose(community.neighbour)
    assert counter.household.text() == "3栋2单元502"
    assert [bill.id for bill in counter.bills.bills()] == [community.neighbour_water]


def test_a_clerk_voids_with_a_supervisor_pin(
    qtbot: QtBot,
    counter_window: StationWindow,
    community: Community,
    staffed_station: Station,
    printer: FakePrinter,
) -> None:
    with staffed_station.work(CLERK) as work:
        paid = bills.pay(work, [community.water], cash_tendered_fen=5000)
    page = bills_page(qtbot, counter_window)
    click(qtbot, page.tabs["history"])
    history = page.history
    assert history.table.rowCount() == 1
    assert history.table.item(0, 6).text() == "待确认"
    history.table.selectRow(0)
    click(qtbot, history.void_button)
    assert "撤销原因" in history.message.text() or history.message.tone == "error"
    qtbot.keyClicks(history.reason, "wrong bill")
    click(qtbot, history.void_button)
    dialog = history.void_dialog
    assert isinstance(dialog, OverrideDialog)
    qtbot.waitUntil(dialog.isVisible, timeout=WAIT)
    dialog.select_approver("王强")
    tap_pin_into(qtbot, dialog, PINS["王强"])
    qtbot.waitUntil(lambda: history.message.tone == "ok", timeout=WAIT)
    assert paid.receipt_no in history.message.text()
    with staffed_station.database.reading() as session:
        payment = session.get(Payment, paid.payment_id)
        assert payment is not None and payment.status == "voided"
        assert payment.voided_by == "super-1"
        shift = session.execute(select(Shift)).scalar_one()
        assert shifts.expected_cash(session, shift.id) == 25000
    assert history.table.item(0, 6).text() == "已撤销"
    qtbot.waitUntil(lambda: len(printer.jobs) == 2, timeout=WAIT)  # payment, then its void
    voided = decode(printer.jobs[1])
    assert "撤销凭证" in "\n".join(line.text for line in voided.text_lines)
    assert voided.markers("DRAWER")  # the cash goes back


def tap_pin_into(qtbot: QtBot, dialog: OverrideDialog, pin: str) -> None:
    for digit in pin:
        click(qtbot, dialog.pad.keys[digit])
    click(qtbot, dialog.pad.ok)


def test_flagged_payments_are_listed_until_marked_done(
    qtbot: QtBot, counter_window: StationWindow, community: Community, staffed_station: Station
) -> None:
    with staffed_station.work(CLERK) as work:
        paid = bills.pay(work, [community.water], cash_tendered_fen=5000)
    with staffed_station.work(Actor.system()) as work:
        op = work.session.execute(select(OutboxOp).where(OutboxOp.type == "bill.pay")).scalar_one()
        op.status, op.reason, op.acked_at = "flagged", "bill_already_paid", work.now
        op.result = {
            "status": "flagged",
            "flags": ["bill_already_paid"],
            "result": {"credit_fen": 4280},
        }
        bills.settle_payment(work, paid.payment_id)
    page = bills_page(qtbot, counter_window)
    click(qtbot, page.tabs["attention"])
    screen = page.attention
    assert screen.table.rowCount() == 1
    assert screen.table.item(0, 1).text() == paid.receipt_no
    assert "抵扣" in screen.table.item(0, 6).text() or "余额" in screen.table.item(0, 6).text()
    screen.table.selectRow(0)
    click(qtbot, screen.done)
    assert screen.table.rowCount() == 0 and screen.empty.isVisible()


def test_part_payment_only_where_the_biller_takes_it(
    qtbot: QtBot, counter_window: StationWindow, community: Community, staffed_station: Station
) -> None:
    counter = bills_page(qtbot, counter_window).counter
    find_household(qtbot, counter, "3-2-501")
    tick_only(qtbot, counter, {community.water})
    assert not counter.form.part.isVisible()  # water is paid in full
    tick_only(qtbot, counter, {community.property_fee})
    assert counter.form.part.isVisible()
    qtbot.keyClicks(counter.form.part, "100")
    assert counter.form.due.text() == "¥100.00"
    click(qtbot, counter.form.exact)
    click(qtbot, counter.form.confirm)
    qtbot.waitUntil(lambda: counter.panel.currentWidget() is counter.success, timeout=WAIT)
    with staffed_station.database.reading() as session:
        bill = session.get(Bill, community.property_fee)
        assert bill is not None and (bill.paid_fen, bill.status) == (10000, "partial")


def test_member_qr_brings_the_vouchers_for_a_mixed_payment(
    qtbot: QtBot, counter_window: StationWindow, community: Community, staffed_station: Station
) -> None:
    key = Ed25519PrivateKey.generate()
    with staffed_station.work(Actor.system()) as work:
        staffed_station.identity(work.session).platform_public_key = member_qr.encode_public_key(
            key.public_key()
        )
    token = member_qr.issue_member_qr(
        key,
        account_id=community.account,
        household_id=community.household,
        issued_at=staffed_station.clock.trusted_now(),
    )
    counter = bills_page(qtbot, counter_window).counter
    find_household(qtbot, counter, token)
    form = counter.form
    assert form.account.isVisible() and "可用 ¥200.00" in form.account.currentText()
    tick_only(qtbot, counter, {community.water, community.parking})
    click(qtbot, form.all_vouchers)
    assert form.voucher.text() == "42.80"  # parking takes no vouchers
    assert form.cash_note.text() == "消费券 ¥42.80 + 现金 ¥150.00"
    click(qtbot, form.quick[2])
    assert form.change.text() == "¥50.00"
    click(qtbot, form.confirm)
    qtbot.waitUntil(lambda: counter.panel.currentWidget() is counter.success, timeout=WAIT)
    with staffed_station.database.reading() as session:
        payment = session.execute(select(Payment)).scalar_one()
    assert (payment.voucher_fen, payment.cash_fen, payment.change_fen) == (4280, 15000, 5000)
