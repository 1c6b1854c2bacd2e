"""The kiosk walked by touch: pickup by code and member QR, balance, bills, notices, idle.

Every tap is a mouse click on the real widgets (the keypad included); the scanner is the
keyboard wedge it is (fast keystrokes + Enter). Timers are fired by hand: no sleeps.
The fixtures here are shared by the other kiosk test modules.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QCloseEvent, QKeyEvent
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QWidget
from sqlalchemy import func, select

from station_app import member_qr, parcels, replica, staff
from station_app import settings as S
from station_app.db.models import (
    AuditEntry,
    OutboxOp,
    Parcel,
    Payment,
    PrintJob,
    Receipt,
    Redemption,
    Staff,
    SyncState,
)
from station_app.printing.receipts import from_body
from station_app.shelves import ShelfLayout
from station_app.station import Station
from station_app.work import Actor
from tests.conftest import ManualClock
from ui.app import set_up_application
from ui.context import AppContext
from ui.i18n import Translations
from ui.kiosk import KioskWindow
from ui.kiosk.keypad import BACK, Keypad
from ui.tasks import Tasks

CLERK = Actor("clerk-1", "张敏", "clerk")
PIN = "1357"
ZHANG_PHONE = "13812341234"
AYGUL_PHONE = "15099998888"
LOCAL = timedelta(hours=8)


def local(year: int, month: int, day: int, hour: int = 0) -> datetime:
    """A Beijing-time wall clock as an aware UTC instant."""
    return datetime(year, month, day, hour, tzinfo=UTC) - LOCAL


def utc_text(instant: datetime) -> str:
    return instant.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


@dataclass
class World:
    """A station with a small community, parcels, vouchers, bills and notices."""

    station: Station
    clock: ManualClock
    platform_key: Ed25519PrivateKey
    zhang_codes: list[str]
    aygul_code: str

    def member_qr(
        self, account: str = "acc-zhang", household: str | None = "h1", **age: int
    ) -> str:
        issued = self.clock.trusted_now() - timedelta(**age) if age else self.clock.trusted_now()
        return member_qr.issue_member_qr(
            self.platform_key, account_id=account, household_id=household, issued_at=issued
        )

    def count(self, model: Any) -> int:
        with self.station.database.reading() as session:
            return int(session.scalar(select(func.count()).select_from(model)) or 0)


def community_changes(now: datetime) -> list[dict[str, Any]]:
    def change(entity: str, key: str, data: dict[str, Any]) -> dict[str, Any]:
        return {"entity": entity, "id": key, "op": "upsert", "version": 1, "data": data}

    return [
        change("household", "h1", {"building": "3", "unit": "2", "room": "501"}),
        change("household", "h2", {"building": "5", "unit": "1", "room": "302"}),
        change("resident", "r1", {"household_id": "h1", "name": "张伟", "phone": ZHANG_PHONE}),
        change("resident", "r2", {"household_id": "h2", "name": "阿依古丽", "phone": AYGUL_PHONE}),
        change(
            "voucher_account",
            "acc-zhang",
            {"household_id": "h1", "holder_name": "张伟", "status": "active"},
        ),
        # Spendable, expiring at the end of this month (1 Dec, midnight Beijing time).
        change(
            "voucher_lot",
            "lot-nov",
            {
                "account_id": "acc-zhang",
                "amount_fen": 16667,
                "remaining_fen": 12000,
                "effective_at": utc_text(local(2026, 11, 1)),
                "expires_at": utc_text(local(2026, 12, 1)),
            },
        ),
        change(
            "voucher_lot",
            "lot-dec",
            {
                "account_id": "acc-zhang",
                "amount_fen": 16667,
                "remaining_fen": 16667,
                "effective_at": utc_text(local(2026, 10, 1)),
                "expires_at": utc_text(local(2027, 1, 1)),
            },
        ),
        # Not yet effective: an upcoming credit.
        change(
            "voucher_lot",
            "lot-next",
            {
                "account_id": "acc-zhang",
                "amount_fen": 16666,
                "remaining_fen": 16666,
                "effective_at": utc_text(local(2026, 12, 1)),
                "expires_at": utc_text(local(2027, 2, 1)),
            },
        ),
        change(
            "biller",
            "b-water",
            {
                "name": "乌鲁木齐水务",
                "kind": "water",
                "allow_partial": False,
                "allow_offline": True,
                "allow_vouchers": True,
            },
        ),
        change(
            "biller",
            "b-property",
            {
                "name": "幸福里物业",
                "kind": "property",
                "allow_partial": True,
                "allow_offline": True,
                "allow_vouchers": False,
            },
        ),
        change(
            "bill",
            "bill-water",
            {
                "household_id": "h1",
                "biller_id": "b-water",
                "account_no": "W3025010",
                "period": "2026-10",
                "amount_due_fen": 4560,
                "due_date": "2026-12-10",
                "status": "unpaid",
            },
        ),
        change(
            "bill",
            "bill-property",
            {
                "household_id": "h1",
                "biller_id": "b-property",
                "account_no": "P3-2-501",
                "period": "2026-Q4",
                "amount_due_fen": 36000,
                "due_date": "2026-12-31",
                "status": "unpaid",
            },
        ),
        change(
            "notice",
            "n-water",
            {
                "kind": "outage",
                "title": "11月28日停水通知",
                "body": "因管道检修，3号楼、5号楼 11月28日 9:00–17:00 停水，请提前储水。",
                "starts_at": utc_text(now - timedelta(days=1)),
                "ends_at": utc_text(now + timedelta(days=3)),
            },
        ),
        change(
            "notice",
            "n-flu",
            {
                "kind": "announcement",
                "title": "免费接种流感疫苗",
                "body": "社区卫生服务站 12月1日至5日为60岁以上居民免费接种流感疫苗。",
                "starts_at": utc_text(now - timedelta(days=2)),
                "ends_at": None,
            },
        ),
        change(
            "policy",
            "station-policy",
            {
                "data": {
                    "offline_limits": {
                        "per_transaction_fen": 50000,
                        "per_account_day_fen": 100000,
                        "station_outstanding_fen": 1000000,
                        "max_offline_age_hours": 24,
                    }
                }
            },
        ),
    ]


@pytest.fixture
def world(station: Station, clock: ManualClock) -> World:
    key = Ed25519PrivateKey.generate()
    with station.work(Actor.system()) as work:
        work.session.add(
            Staff(id=CLERK.staff_id, name=CLERK.name, role="clerk", pin_hash=staff.hash_pin(PIN))
        )
        identity = station.identity(work.session)
        identity.station_name = "幸福里社区服务站"
        identity.platform_public_key = member_qr.encode_public_key(key.public_key())
        replica.apply_changes(work.session, community_changes(work.now))
        state = work.session.get(SyncState, 1)
        assert state is not None
        state.last_success_at = work.now  # a recent sync: offline voucher limits allow it
    layout = ShelfLayout.from_settings(station.settings)
    codes = []
    with station.work(CLERK) as work:
        for number, phone in enumerate((ZHANG_PHONE, ZHANG_PHONE, AYGUL_PHONE)):
            parcel = parcels.check_in(
                work, layout, waybill_no=f"SF14000000000{number}", carrier="SF", phone=phone
            )
            codes.append(parcel.pickup_code)
    return World(station, clock, key, codes[:2], codes[2])


@pytest.fixture
def kiosk(qtbot: Any, qapp: QApplication, world: World) -> Iterator[KioskWindow]:
    translations = set_up_application(qapp, "zh_CN", world.station.paths.cache_dir)
    tasks = Tasks()
    shown = KioskWindow(AppContext(station=world.station, tasks=tasks), translations)
    qtbot.addWidget(shown)
    shown.resize(1280, 800)
    shown.show()
    qtbot.waitExposed(shown)
    yield shown
    # Back to Chinese while the window is whole: the switch reaches every window.
    Translations(qapp, world.station.paths.cache_dir).install("zh_CN")
    QApplication.processEvents()
    shown.unlocked = True  # now it may close
    qapp.removeEventFilter(shown)
    shown.stop_background()
    tasks.wait()
    shown.close()
    shown.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def tap(qtbot: Any, button: QAbstractButton) -> None:
    assert button.isVisible() and button.isEnabled(), button.accessibleName()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    QApplication.processEvents()  # e.g. the posted LanguageChange after a language switch


def type_on(qtbot: Any, keypad: Keypad, text: str) -> None:
    """Touch the keypad's keys one by one, then OK."""
    for key in text:
        tap(qtbot, keypad.keys[key])
    tap(qtbot, keypad.ok)


def scan(qtbot: Any, kiosk: KioskWindow, text: str) -> None:
    """The wedge scanner: the whole code as keystrokes, then Enter."""
    qtbot.keyClicks(kiosk, text)
    qtbot.keyClick(kiosk, Qt.Key.Key_Return)


def texts(widget: QWidget) -> str:
    """Every visible label's text under ``widget`` (what the resident can read)."""
    QApplication.processEvents()  # widgets added to a shown layout appear on the next turn
    return plain(
        "\n".join(
            shown.text() for shown in widget.findChildren(QLabel) if shown.isVisibleTo(widget)
        )
    )


def plain(text: str) -> str:
    """Without the invisible direction marks (isolates, RLM) the kiosk puts around values."""
    return text.translate({0x2068: None, 0x2069: None, 0x200F: None})


def pickup_slips(world: World) -> list[Any]:
    with world.station.database.reading() as session:
        rows = session.execute(
            select(Receipt).join(PrintJob, PrintJob.receipt_id == Receipt.id)
        ).scalars()
        return [from_body(row.body) for row in rows if row.kind == "pickup"]


# --- pickup ---------------------------------------------------------------------------


def test_pickup_by_code_on_the_keypad(qtbot: Any, kiosk: KioskWindow, world: World) -> None:
    assert kiosk.current is kiosk.idle
    tap(qtbot, kiosk.idle.start)
    assert kiosk.current is kiosk.home
    tap(qtbot, kiosk.home.tiles["pickup"])
    assert kiosk.current is kiosk.pickup_code and kiosk.nav_bar.isVisible()

    code = world.zhang_codes[0]
    type_on(qtbot, kiosk.pickup_code.keypad, code)
    screen = kiosk.parcel_list
    assert kiosk.current is screen
    shown = texts(screen)
    assert code in shown
    assert "138****1234" in shown and ZHANG_PHONE not in shown
    shelf, layer, _seq = code.split("-")
    assert f"{shelf}号货架第{layer}层" in shown or f"货架 {shelf}" in shown

    tap(qtbot, screen.taken)
    assert kiosk.current is kiosk.done
    assert "1" in texts(kiosk.done)
    with world.station.database.reading() as session:
        parcel = session.execute(select(Parcel).where(Parcel.waybill_no == "SF140000000000"))
        row = parcel.scalar_one()
        assert row.status == "picked_up"
        assert row.collector_kind == "self"
        assert row.pickup_method in ("kiosk_code", "code")
        assert row.picked_up_by is None  # the kiosk, not a staff member
    slips = pickup_slips(world)
    assert len(slips) == 1 and slips[0].phone == "138****1234"
    assert slips[0].parcels[0].pickup_code == code
    # Nothing of the resident stays behind on any screen.
    assert screen.parcels == [] and code not in texts(kiosk)


def test_a_wrong_code_is_told_kindly_and_nothing_changes(
    qtbot: Any, kiosk: KioskWindow, world: World
) -> None:
    tap(qtbot, kiosk.idle.start)
    tap(qtbot, kiosk.home.tiles["pickup"])
    screen = kiosk.pickup_code
    type_on(qtbot, screen.keypad, "9-9-9999")
    assert kiosk.current is screen
    assert screen.message.isVisible() and screen.message.property("tone") == "error"
    assert "9-9-9999" in screen.message.text() and "短信" in screen.message.text()
    assert screen.keypad.value == ""
    # Not even the shape of a code: the keypad's ⌫ fixes a slip of the finger.
    for key in "12":
        tap(qtbot, screen.keypad.keys[key])
    tap(qtbot, screen.keypad.keys[BACK])
    assert screen.keypad.value == "1"
    tap(qtbot, screen.keypad.ok)
    assert "3-2-1045" in screen.message.text()
    assert world.count(OutboxOp) == 3  # the three check-ins only


def test_too_many_wrong_codes_rest_the_keypad(qtbot: Any, kiosk: KioskWindow, world: World) -> None:
    tap(qtbot, kiosk.idle.start)
    tap(qtbot, kiosk.home.tiles["pickup"])
    screen = kiosk.pickup_code
    for attempt in range(5):
        type_on(qtbot, screen.keypad, f"9-9-{attempt + 1}")
    assert not screen.keypad.isEnabled()
    screen.rest.timeout.emit()
    assert screen.keypad.isEnabled()
    type_on(qtbot, screen.keypad, world.zhang_codes[1])
    assert kiosk.current is kiosk.parcel_list


def test_pickup_by_member_qr_lists_the_households_parcels(
    qtbot: Any, kiosk: KioskWindow, world: World
) -> None:
    tap(qtbot, kiosk.idle.start)
    tap(qtbot, kiosk.home.tiles["pickup"])
    scan(qtbot, kiosk, world.member_qr())
    screen = kiosk.parcel_list
    assert kiosk.current is screen
    assert {p.pickup_code for p in screen.parcels} == set(world.zhang_codes)
    assert world.aygul_code not in texts(screen)
    tap(qtbot, screen.taken)
    with world.station.database.reading() as session:
        methods = set(
            session.execute(
                select(Parcel.pickup_method).where(Parcel.status == "picked_up")
            ).scalars()
        )
    assert methods <= {"kiosk_qr", "member_qr"} and methods
    slips = pickup_slips(world)
    assert len(slips) == 1 and len(slips[0].parcels) == 2


def test_expired_and_forged_member_qr_are_refused_kindly(
    qtbot: Any, kiosk: KioskWindow, world: World
) -> None:
    tap(qtbot, kiosk.idle.start)
    tap(qtbot, kiosk.home.tiles["pickup"])
    screen = kiosk.pickup_code
    scan(qtbot, kiosk, world.member_qr(minutes=30))
    assert kiosk.current is screen
    assert "过期" in screen.message.text() and "刷新" in screen.message.text()

    forger = Ed25519PrivateKey.generate()
    forged = member_qr.issue_member_qr(
        forger, account_id="acc-zhang", household_id="h1", issued_at=world.clock.trusted_now()
    )
    scan(qtbot, kiosk, forged)
    assert kiosk.current is screen
    assert "会员码" in screen.message.text()
    assert "伪造" not in screen.message.text()  # no blame on the resident
    scan(qtbot, kiosk, "SPM1.garbage")
    assert screen.message.property("tone") == "error"
    assert world.count(Parcel) == 3 and pickup_slips(world) == []


def test_back_and_home_clear_what_was_shown(qtbot: Any, kiosk: KioskWindow, world: World) -> None:
    tap(qtbot, kiosk.idle.start)
    tap(qtbot, kiosk.home.tiles["pickup"])
    type_on(qtbot, kiosk.pickup_code.keypad, world.zhang_codes[0])
    assert kiosk.current is kiosk.parcel_list
    tap(qtbot, kiosk.back_button)
    assert kiosk.current is kiosk.pickup_code
    assert kiosk.parcel_list.parcels == []
    assert world.zhang_codes[0] not in texts(kiosk.parcel_list)
    tap(qtbot, kiosk.home_button)
    assert kiosk.current is kiosk.home and not kiosk.nav_bar.isVisible()
    assert world.count(Parcel) == 3


# --- vouchers -------------------------------------------------------------------------


def test_voucher_balance_by_member_qr(qtbot: Any, kiosk: KioskWindow, world: World) -> None:
    tap(qtbot, kiosk.idle.start)
    tap(qtbot, kiosk.home.tiles["vouchers"])
    assert kiosk.current is kiosk.member_scan
    scan(qtbot, kiosk, world.member_qr())
    screen = kiosk.balance
    assert kiosk.current is screen
    shown = texts(screen)
    assert "¥286.67" in shown  # 120.00 + 166.67 spendable now
    assert "本月到期" in shown and "¥120.00" in shown and "2026年11月30日" in shown
    assert "¥166.66" in shown and "2026年12月1日" in shown  # the coming credit
    assert "张*" in shown and "张伟" not in shown
    tap(qtbot, kiosk.home_button)
    assert screen.balance is None and "¥286.67" not in texts(screen)


def test_voucher_balance_refuses_an_expired_code(
    qtbot: Any, kiosk: KioskWindow, world: World
) -> None:
    tap(qtbot, kiosk.idle.start)
    tap(qtbot, kiosk.home.tiles["vouchers"])
    scan(qtbot, kiosk, world.member_qr(minutes=10))
    assert kiosk.current is kiosk.member_scan
    assert "过期" in kiosk.member_scan.message.text()
    scan(qtbot, kiosk, world.member_qr(account="acc-nobody"))
    assert kiosk.current is kiosk.member_scan
    assert "柜台" in kiosk.member_scan.message.text()


# --- bills ----------------------------------------------------------------------------


def test_bills_of_the_household_and_the_ones_the_kiosk_cannot_take(
    qtbot: Any, kiosk: KioskWindow, world: World
) -> None:
    tap(qtbot, kiosk.idle.start)
    tap(qtbot, kiosk.home.tiles["bills"])
    assert kiosk.current is kiosk.member_scan
    scan(qtbot, kiosk, world.member_qr())
    screen = kiosk.bills
    assert kiosk.current is screen
    shown = texts(screen)
    assert "乌鲁木齐水务" in shown and "¥45.60" in shown
    assert "幸福里物业" in shown and "¥360.00" in shown
    assert set(screen.pay_buttons) == {"bill-water"}  # property takes no vouchers
    assert "柜台" in shown
    tap(qtbot, screen.pay_buttons["bill-water"])  # type: ignore[arg-type]
    pay = kiosk.bill_pay
    assert kiosk.current is pay
    assert "¥45.60" in texts(pay) and "¥241.07" in texts(pay)  # 286.67 − 45.60
    tap(qtbot, kiosk.back_button)
    assert kiosk.current is screen and pay.bill is None


def test_paying_a_bill_with_vouchers_prints_a_receipt(
    qtbot: Any, kiosk: KioskWindow, world: World
) -> None:
    tap(qtbot, kiosk.idle.start)
    tap(qtbot, kiosk.home.tiles["bills"])
    scan(qtbot, kiosk, world.member_qr())
    tap(qtbot, kiosk.bills.pay_buttons["bill-water"])  # type: ignore[arg-type]
    pay = kiosk.bill_pay
    tap(qtbot, pay.pay)
    assert kiosk.current is kiosk.done, pay.message.text()
    assert "¥45.60" in texts(kiosk.done)
    with world.station.database.reading() as session:
        payment = session.execute(select(Payment)).scalar_one()
        assert (payment.channel, payment.cash_fen, payment.voucher_fen) == ("kiosk", 0, 4560)
        assert payment.shift_id is None and payment.staff_id is None
        redemption = session.execute(select(Redemption)).scalar_one()
        assert redemption.total_fen == 4560 and redemption.payment_id == payment.id
        kinds = list(session.execute(select(Receipt.kind)).scalars())
        jobs = list(session.execute(select(PrintJob.kick_drawer)).scalars())
    assert kinds == ["payment"] and jobs == [False]  # no cash: the drawer stays shut
    # The balance the next resident would see is already lower (the local ledger).
    tap(qtbot, kiosk.home_button)
    tap(qtbot, kiosk.home.tiles["vouchers"])
    scan(qtbot, kiosk, world.member_qr())
    assert "¥241.07" in texts(kiosk.balance)


def test_vouchers_short_of_a_bill_send_the_resident_to_the_counter(
    qtbot: Any, kiosk: KioskWindow, world: World
) -> None:
    tap(qtbot, kiosk.idle.start)
    tap(qtbot, kiosk.home.tiles["bills"])
    scan(qtbot, kiosk, world.member_qr())
    bill = next(b for b in kiosk.bills.owed.bills if b.id == "bill-water")  # type: ignore[union-attr]
    assert kiosk.bills.member is not None
    kiosk.bill_pay.show_bill(kiosk.bills.member, bill, balance_fen=1000)
    kiosk.open(kiosk.bill_pay)
    assert not kiosk.bill_pay.pay.isEnabled()
    assert "柜台" in kiosk.bill_pay.message.text()
    assert world.count(Redemption) == 0


# --- notices, idle, language ------------------------------------------------------------


def test_notices_screen_and_idle_carousel(qtbot: Any, kiosk: KioskWindow, world: World) -> None:
    idle = kiosk.idle
    assert len(idle.notices) == 2
    first = idle.title.text()
    idle.timer.timeout.emit()
    assert idle.title.text() != first
    idle.timer.timeout.emit()
    assert idle.title.text() == first
    tap(qtbot, idle.start)
    tap(qtbot, kiosk.home.tiles["notices"])
    assert kiosk.current is kiosk.notices
    assert "停水" in texts(kiosk.notices) and "流感" in texts(kiosk.notices)


def test_idle_warning_one_tap_continues(qtbot: Any, kiosk: KioskWindow, world: World) -> None:
    tap(qtbot, kiosk.idle.start)
    tap(qtbot, kiosk.home.tiles["pickup"])
    for key in world.zhang_codes[0][:3]:
        tap(qtbot, kiosk.pickup_code.keypad.keys[key])
    assert kiosk.inactivity.quiet.isActive()  # a resident is here: the quiet spell counts
    kiosk.inactivity.quiet.timeout.emit()
    assert kiosk.warning.isVisible()
    assert "20" in kiosk.warning.seconds.text()
    kiosk.inactivity.countdown.timeout.emit()
    assert "19" in kiosk.warning.seconds.text()
    tap(qtbot, kiosk.warning.carry_on)
    assert not kiosk.warning.isVisible()
    assert kiosk.current is kiosk.pickup_code
    assert kiosk.pickup_code.keypad.value == world.zhang_codes[0][:3]
    assert kiosk.inactivity.quiet.isActive()


def test_idle_reset_clears_every_screen_and_the_language(
    qtbot: Any, kiosk: KioskWindow, world: World
) -> None:
    tap(qtbot, kiosk.idle.start)
    tap(qtbot, kiosk.language)
    assert kiosk.translations.language == "en"
    tap(qtbot, kiosk.home.tiles["vouchers"])
    scan(qtbot, kiosk, world.member_qr())
    assert kiosk.current is kiosk.balance
    kiosk.inactivity.quiet.timeout.emit()
    for _ in range(20):
        kiosk.inactivity.countdown.timeout.emit()
    assert kiosk.current is kiosk.idle
    assert not kiosk.warning.isVisible() and not kiosk.nav_bar.isVisible()
    assert kiosk.translations.language == "zh_CN"
    assert kiosk.balance.balance is None
    assert kiosk.parcel_list.parcels == [] and kiosk.bills.owed is None
    everything = texts(kiosk)
    assert "¥286.67" not in everything and "张*" not in everything
    assert not kiosk.inactivity.quiet.isActive()  # nothing personal to watch


def test_language_button_cycles_chinese_english_uyghur(
    qtbot: Any, kiosk: KioskWindow, qapp: QApplication
) -> None:
    tap(qtbot, kiosk.idle.start)
    home = kiosk.home
    assert home.tiles["pickup"].title.text() == "取快递"
    assert kiosk.language.text().startswith("English")
    tap(qtbot, kiosk.language)
    assert home.tiles["pickup"].title.text() == "Collect a parcel"
    assert qapp.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert kiosk.language.text().startswith("ئۇيغۇرچە")
    tap(qtbot, kiosk.language)
    assert kiosk.translations.language == "ug"
    assert qapp.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert kiosk.isRightToLeft() and home.isRightToLeft()
    assert home.tiles["pickup"].title.text() not in ("取快递", "Collect a parcel")
    assert any("\u0600" <= ch <= "\u06ff" for ch in home.tiles["pickup"].title.text())
    # The keypad reads left to right in every language.
    assert not kiosk.pickup_code.keypad.isRightToLeft()
    tap(qtbot, kiosk.language)
    assert home.tiles["pickup"].title.text() == "取快递"
    assert qapp.layoutDirection() == Qt.LayoutDirection.LeftToRight


# --- staying a kiosk ----------------------------------------------------------------------


def test_close_and_escape_keys_are_refused(qtbot: Any, kiosk: KioskWindow) -> None:
    assert not kiosk.close()
    assert kiosk.isVisible()
    event = QCloseEvent()
    kiosk.closeEvent(event)
    assert not event.isAccepted()
    for key, modifiers in [
        (Qt.Key.Key_F4, Qt.KeyboardModifier.AltModifier),
        (Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier),
        (Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier),
        (Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier),
    ]:
        press = QKeyEvent(QEvent.Type.KeyPress, key, modifiers)
        assert kiosk.eventFilter(kiosk, press), (key, modifiers)
        qtbot.keyClick(kiosk, key, modifiers)
        assert kiosk.isVisible()
    # Only the application quitting as a whole (Windows shutting down) closes it.
    assert not kiosk.eventFilter(kiosk, QEvent(QEvent.Type.Quit))
    assert kiosk.close()


def test_staff_pin_unlocks_the_kiosk(qtbot: Any, kiosk: KioskWindow, world: World) -> None:
    for _ in range(5):
        qtbot.mouseClick(kiosk.title, Qt.MouseButton.LeftButton)
    dialog = kiosk.exit_dialog
    assert dialog is not None and dialog.isVisible()
    type_on(qtbot, dialog.keypad, "0000")
    qtbot.waitUntil(lambda: dialog.keypad.isEnabled() and "PIN" in dialog.message.text())
    assert not kiosk.unlocked
    type_on(qtbot, dialog.keypad, PIN)
    qtbot.waitUntil(dialog.to_counter.isVisible)
    with qtbot.waitSignal(kiosk.leave) as left:
        tap(qtbot, dialog.to_counter)
    assert left.args == ["counter"]
    assert kiosk.unlocked
    with world.station.database.reading() as session:
        actions = list(session.execute(select(AuditEntry.action)).scalars())
    assert "kiosk.unlock" in actions and "staff.login_failed" in actions


def test_the_corner_long_press_opens_the_staff_dialog_and_a_reset_closes_it(
    qtbot: Any, kiosk: KioskWindow
) -> None:
    qtbot.mousePress(kiosk.corner, Qt.MouseButton.LeftButton)
    assert kiosk.corner.hold.isActive()
    kiosk.corner.hold.timeout.emit()
    qtbot.mouseRelease(kiosk.corner, Qt.MouseButton.LeftButton)
    assert kiosk.exit_dialog is not None
    kiosk.reset()
    assert kiosk.exit_dialog is None or not kiosk.exit_dialog.isVisible()
    assert not kiosk.unlocked


def test_large_text_setting_scales_the_kiosk(world: World) -> None:
    from ui.kiosk.style import font_sizes, kiosk_style_sheet

    normal = font_sizes(kiosk_style_sheet())
    large = font_sizes(kiosk_style_sheet(large_text=True))
    assert min(normal) >= 20
    assert all(big >= small * 1.2 for big, small in zip(large, normal, strict=True))
    assert S.KIOSK_LARGE_TEXT.default is False
