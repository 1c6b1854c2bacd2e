"""The bill screens over the demo community, in Chinese at 1280×800, as images.

Each screen is rendered into the test's temporary folder; with ``STATION_SCREENSHOTS=1`` the
images also go to docs/screenshots (what the README shows).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import func, select

from station_app import bills, member_qr
from station_app.db.models import Bill, Household, OutboxOp, VoucherAccount
from station_app.station import Station
from station_app.work import Actor
from tests.ui.demo_counter import demo_counter, save_screenshot
from ui.bills import BillsPage
from ui.main_window import StationWindow


@pytest.fixture
def demo_window(qtbot: Any, qapp: QApplication, station: Station) -> Iterator[StationWindow]:
    """The counter window over the demo community, 张敏 (clerk) logged in, shift open."""
    with demo_counter(qtbot, qapp, station, "bills") as shown:
        yield shown


def busy_household(station: Station) -> tuple[Household, str]:
    """A household with several open bills and a voucher account (what the counter sees)."""
    with station.database.reading() as session:
        row = session.execute(
            select(Household, VoucherAccount.id)
            .join(Bill, Bill.household_id == Household.id)
            .join(VoucherAccount, VoucherAccount.household_id == Household.id)
            .where(Bill.status != "paid", VoucherAccount.status == "active")
            .group_by(Household.id)
            .having(func.count(Bill.id) >= 5, func.sum(Bill.arrears_fen) > 0)
            .order_by(Household.building, Household.unit, Household.room)
            .limit(1)
        ).one()
        session.expunge(row[0])
        return row[0], row[1]


def scan(qtbot: Any, page: BillsPage, text: str) -> None:
    field = page.counter.search
    field.setFocus()
    field.setText(text)
    qtbot.keyClick(field, Qt.Key.Key_Return)


def test_screenshots(qtbot: Any, demo_window: StationWindow, tmp_path: Path) -> None:
    page = demo_window.home.pages.currentWidget()
    assert isinstance(page, BillsPage)
    station = demo_window.context.station
    household, account_id = busy_household(station)
    key = Ed25519PrivateKey.generate()
    with station.work(Actor.system()) as work:
        station.identity(work.session).platform_public_key = member_qr.encode_public_key(
            key.public_key()
        )

    # Lookup: the address typed, every open bill of the household ticked.
    scan(qtbot, page, f"{household.building}-{household.unit}-{household.room}")
    counter = page.counter
    assert counter.bills.rowCount() >= 5
    save_screenshot(demo_window, "bills-lookup.png", tmp_path)

    # Payment: the member QR scanned (vouchers), two bills ticked, ¥20 in vouchers, ¥200 cash.
    token = member_qr.issue_member_qr(
        key, account_id=account_id, household_id=household.id, issued_at=station.clock.trusted_now()
    )
    scan(qtbot, page, token)
    shown = counter.bills.bills()
    chosen = [b.id for b in shown if b.allow_vouchers][:1] + [
        b.id for b in shown if not b.allow_vouchers or b.biller_kind == "sanitation"
    ][:1]
    counter.bills.check_all(False)
    for bill_id in chosen:
        counter.bills.set_checked(bill_id, True)
    counter.form.voucher.setText("20")
    qtbot.mouseClick(counter.form.quick[2], Qt.MouseButton.LeftButton)
    assert counter.form.change.text().startswith("¥")
    save_screenshot(demo_window, "bills-payment.png", tmp_path)

    # Needs attention: two payments the platform flagged after a sync.
    actor = demo_window.context.session.actor
    assert actor is not None
    paid: list[bills.PaymentResult] = []
    with station.database.reading() as session:
        others = session.execute(
            select(Bill.id, Bill.household_id)
            .join(Household, Household.id == Bill.household_id)
            .where(Bill.status == "unpaid", Bill.household_id != household.id)
            .order_by(Household.building.desc(), Bill.period.desc())
            .limit(2)
        ).all()
    for bill_id, _household in others:
        with station.work(actor) as work:
            paid.append(bills.pay(work, [bill_id], cash_tendered_fen=50000))
    reasons = ["bill_already_paid", "overpayment"]
    with station.work(Actor.system()) as work:
        for result, reason in zip(paid, reasons, strict=True):
            op = work.session.execute(
                select(OutboxOp).where(
                    OutboxOp.type == "bill.pay", OutboxOp.entity_id == result.payment_id
                )
            ).scalar_one()
            credit = result.total_fen if reason == "bill_already_paid" else 1000
            op.status, op.reason, op.acked_at = "flagged", reason, work.now
            op.result = {"status": "flagged", "flags": [reason], "result": {"credit_fen": credit}}
            bills.settle_payment(work, result.payment_id)
    page.open("attention")
    assert page.attention.table.rowCount() == 2
    page.attention.table.selectRow(0)
    save_screenshot(demo_window, "bills-attention.png", tmp_path)

    # History: rendered for a look, not published.
    page.open("history")
    assert page.history.table.rowCount() == 2
    save_screenshot(demo_window, "bills-history.png", tmp_path, publish=False)
