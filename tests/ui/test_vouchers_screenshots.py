"""The voucher counter over the demo community, in Chinese at 1280×800, as images.

Rendered into the test's temporary folder; with ``STATION_SCREENSHOTS=1`` the images also
go to docs/screenshots (what the README shows).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from station_app import member_qr, vouchers
from station_app.db.models import VoucherAccount
from station_app.station import Station
from station_app.vouchers import CatalogLine
from station_app.work import Actor
from tests.ui.demo_counter import demo_counter, save_screenshot
from tests.vouchers.voucher_builders import mark_synced
from ui.main_window import StationWindow
from ui.vouchers import VouchersPage
from ui.vouchers.redemption_receipt import last_day


@pytest.fixture
def demo_window(qtbot: Any, qapp: QApplication, station: Station) -> Iterator[StationWindow]:
    """The counter window over the demo community, 张敏 (clerk) logged in, shift open."""
    with demo_counter(
        qtbot, qapp, station, "vouchers", prepare=lambda work: mark_synced(work.session, work.now)
    ) as shown:
        yield shown


def expiring_account(station: Station) -> tuple[str, str | None]:
    """An active account with money that expires this month (the 本月到期 line shows)."""
    now = station.clock.trusted_now()
    today = now.astimezone(ZoneInfo("Asia/Shanghai")).date()
    with station.database.reading() as session:
        accounts = session.execute(
            select(VoucherAccount).where(VoucherAccount.status == "active")
        ).scalars()
        for account in accounts:
            found = vouchers.balance(session, account.id, now)
            soonest = found.soonest_expiry
            if soonest is None or found.total_fen < 50_000 or not found.upcoming:
                continue
            day = last_day(soonest.expires_at, "Asia/Shanghai")
            if (day.year, day.month) == (today.year, today.month):
                return account.id, account.household_id
    raise AssertionError("the demo has no account with vouchers expiring this month")


def test_screenshots(qtbot: Any, demo_window: StationWindow, tmp_path: Path) -> None:
    page = demo_window.home.pages.currentWidget()
    assert isinstance(page, VouchersPage)
    counter = page.counter
    station = demo_window.context.station
    actor = demo_window.context.session.actor
    assert actor is not None
    account_id, household_id = expiring_account(station)
    key = Ed25519PrivateKey.generate()
    with station.work(Actor.system()) as work:
        station.identity(work.session).platform_public_key = member_qr.encode_public_key(
            key.public_key()
        )
    # Earlier visits, for the ledger.
    with station.database.reading() as session:
        items = {entry.name: entry for entry in vouchers_catalog(session)}
    for names in (["米泉大米 5kg", "鲜鸡蛋 30枚"], ["家政保洁 2小时"]):
        with station.work(actor) as work:
            vouchers.redeem(work, account_id, [CatalogLine(items[name].id) for name in names])

    token = member_qr.issue_member_qr(
        key, account_id=account_id, household_id=household_id, issued_at=station.clock.trusted_now()
    )
    counter.scan.setText(token)
    qtbot.keyClick(counter.scan, Qt.Key.Key_Return)
    assert counter.account_id == account_id
    assert counter.balance.expiry.isVisible() and "本月到期" in counter.balance.expiry.text()
    assert counter.balance.ledger.rowCount() == 2
    save_screenshot(demo_window, "vouchers-balance.png", tmp_path)

    for barcode in ("6901234001020", "6901234001037", "6901234001020", "6901234001167"):
        counter.scan.setText(barcode)
        qtbot.keyClick(counter.scan, Qt.Key.Key_Return)
    counter.catalog.choose("理发 成人")
    assert len(counter.cart.cart) == 4
    save_screenshot(demo_window, "vouchers-redeem.png", tmp_path)

    qtbot.mouseClick(counter.confirm, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: counter.panel.currentWidget() is counter.result, timeout=10_000)
    assert "本月到期" in counter.result.expiring.text()
    save_screenshot(demo_window, "vouchers-redeemed.png", tmp_path, publish=False)  # for a look


def vouchers_catalog(session: Any) -> list[Any]:
    from station_app.catalog import active_items

    return active_items(session)
