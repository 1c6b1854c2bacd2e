"""The voucher counter over the demo community, in Chinese at 1280×800, as images.

Rendered into the test's temporary folder; with ``STATION_SCREENSHOTS=1`` the images also
go to docs/screenshots (what the README shows).
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from station_app import demo, member_qr, shifts, vouchers
from station_app.db.models import Staff, VoucherAccount
from station_app.station import Station
from station_app.vouchers import CatalogLine
from station_app.work import Actor
from tests.vouchers.voucher_builders import mark_synced
from ui.app import build_window, set_up_application
from ui.context import AppContext
from ui.main_window import StationWindow
from ui.tasks import Tasks
from ui.vouchers import VouchersPage
from ui.vouchers.redemption_receipt import last_day

ROOT = Path(__file__).resolve().parents[2]
FLOAT = {"10000": 3, "5000": 2, "1000": 10, "500": 10, "100": 20}


@pytest.fixture
def demo_window(qtbot: Any, qapp: QApplication, station: Station) -> Iterator[StationWindow]:
    """The counter window over the demo community, 张敏 (clerk) logged in, shift open."""
    demo.seed_demo(station)
    with station.database.reading() as session:
        clerk = session.execute(select(Staff).where(Staff.name == "张敏")).scalar_one()
        actor = Actor(clerk.id, clerk.name, clerk.role)
    with station.work(actor) as work:
        shifts.open_shift(work, FLOAT)
        mark_synced(work.session, work.now)
    set_up_application(qapp, "zh_CN", station.paths.cache_dir)
    tasks = Tasks()
    context = AppContext(station=station, tasks=tasks)
    shown = build_window(context)
    qtbot.addWidget(shown)
    shown.resize(1280, 800)
    shown.show()
    qtbot.waitExposed(shown)
    context.session.log_in(actor)
    shown.home.open_section("vouchers")
    yield shown
    shown.status.timer.stop()
    shown.printing.stop()
    tasks.wait()


def save(window: StationWindow, name: str, tmp_path: Path, *, publish: bool = True) -> Path:
    QApplication.processEvents()
    image = window.grab()
    assert (image.width(), image.height()) == (1280, 800)
    path = tmp_path / name
    assert image.save(str(path))
    if publish and os.environ.get("STATION_SCREENSHOTS") == "1":
        assert image.save(str(ROOT / "docs" / "screenshots" / name))
    return path


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
    save(demo_window, "vouchers-balance.png", tmp_path)

    for barcode in ("6901234001020", "6901234001037", "6901234001020", "6901234001167"):
        counter.scan.setText(barcode)
        qtbot.keyClick(counter.scan, Qt.Key.Key_Return)
    counter.catalog.choose("理发 成人")
    assert len(counter.cart.cart) == 4
    save(demo_window, "vouchers-redeem.png", tmp_path)

    qtbot.mouseClick(counter.confirm, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: counter.panel.currentWidget() is counter.result, timeout=10_000)
    assert "本月到期" in counter.result.expiring.text()
    save(demo_window, "vouchers-redeemed.png", tmp_path, publish=False)  # for a look


def vouchers_catalog(session: Any) -> list[Any]:
    from station_app.catalog import active_items

    return active_items(session)
