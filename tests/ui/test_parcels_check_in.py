"""Check-in at the counter, driven by the scanner: waybill, phone, Enter, next parcel."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import func, select

from station_app.db.models import Parcel
from station_app.station import Station

from .test_parcels_counter import open_counter, scan

# (waybill, carrier the prefix rules suggest): SF, ZTO (78 + 12 digits), YTO (YT + 13 digits).
SHAPES = [("SF{:013d}", "SF"), ("78{:012d}", "ZTO"), ("YT{:013d}", "YTO")]
PHONES = ["13812341234", "13900005678", "15099998888", "18600001111", "13712341234"]


def test_fifty_parcels_checked_in_with_the_scanner_and_the_phone_digits_only(
    qtbot: Any, qapp: QApplication, staffed_station: Station
) -> None:
    with open_counter(qtbot, qapp, staffed_station) as counter:
        screen = counter.page.open("check_in")
        expected: dict[str, tuple[str, str]] = {}
        for number in range(50):
            shape, carrier = SHAPES[number % len(SHAPES)]
            waybill = shape.format(4_200_000 + number)
            phone = PHONES[number % len(PHONES)]
            expected[waybill] = (carrier, phone)
            assert QApplication.focusWidget() is screen.waybill
            scan(qtbot, waybill)
            assert screen.carrier.currentData() == carrier
            assert QApplication.focusWidget() is screen.phone
            scan(qtbot, phone)  # typed digits, then Enter
            assert QApplication.focusWidget() is screen.name
            qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)  # no name: confirm
            assert screen.message.tone == "ok", screen.message.text()
        assert screen.batch.rowCount() == 50
        assert "50" in screen.batch_title.text()
        newest = screen.batch.parcels()[0]
        assert newest.waybill_no == SHAPES[49 % 3][0].format(4_200_049)
        assert screen.code.text() == newest.pickup_code

    with staffed_station.database.reading() as session:
        rows = session.execute(select(Parcel)).scalars().all()
        assert len(rows) == 50
        assert len({row.pickup_code for row in rows}) == 50
        for row in rows:
            assert (row.carrier, row.phone) == expected[row.waybill_no]
            assert row.status == "in_station" and row.picked_up_at is None
            assert row.pickup_code == f"{row.shelf}-{row.layer}-{row.slot_seq}"
            assert row.checked_in_by == "clerk-1"
        # Known residents' phones are matched to their household; a stranger's is not.
        matched = {row.phone: row.household_id for row in rows}
        assert matched["13812341234"] == "h1" and matched["13712341234"] == "h2"
        assert matched["18600001111"] is None


def test_a_duplicate_waybill_is_refused_and_the_input_kept(
    qtbot: Any, qapp: QApplication, staffed_station: Station
) -> None:
    with open_counter(qtbot, qapp, staffed_station) as counter:
        first = counter.receive("SF1400000000001")
        screen = counter.page.open("check_in")
        scan(qtbot, "SF1400000000001")
        assert screen.message.tone == "error"
        assert "SF1400000000001" in screen.message.text()
        assert first.pickup_code in screen.message.text()
        assert "已在站" in screen.message.text()
        assert screen.waybill.text() == "SF1400000000001"
        assert QApplication.focusWidget() is screen.waybill
        # Escape clears the entry; the next scan starts afresh.
        qtbot.keyClick(screen.waybill, Qt.Key.Key_Escape)
        assert screen.waybill.text() == "" and screen.message.text() == ""
        scan(qtbot, "SF1400000000002")
        scan(qtbot, "13812341234")
        assert "张伟" in screen.household.text()
        scan(qtbot, "")
        assert screen.message.tone == "ok"
    with staffed_station.database.reading() as session:
        assert session.scalar(select(func.count()).select_from(Parcel)) == 2


def test_a_virtual_number_asks_for_the_last_four(
    qtbot: Any, qapp: QApplication, staffed_station: Station
) -> None:
    with open_counter(qtbot, qapp, staffed_station) as counter:
        screen = counter.page.open("check_in")
        assert screen.tail.isHidden()
        scan(qtbot, "JD0123456789012")
        assert screen.carrier.currentData() == "JD"
        scan(qtbot, "17012345678转9012")
        assert not screen.tail.isHidden()
        assert QApplication.focusWidget() is screen.tail
        scan(qtbot, "5678")
        assert QApplication.focusWidget() is screen.name
        scan(qtbot, "李娟")
        assert screen.message.tone == "ok", screen.message.text()
        assert screen.tail.isHidden()
    with staffed_station.database.reading() as session:
        parcel = session.execute(select(Parcel)).scalar_one()
        assert (parcel.phone, parcel.phone_tail, parcel.recipient_name) == (
            "17012345678-9012",
            "5678",
            "李娟",
        )
        assert parcel.household_id == "h1"  # tail 5678 and the name 李娟


def test_an_unknown_carrier_must_be_chosen(
    qtbot: Any, qapp: QApplication, staffed_station: Station
) -> None:
    with open_counter(qtbot, qapp, staffed_station) as counter:
        screen = counter.page.open("check_in")
        scan(qtbot, "XX12345678")
        assert screen.carrier.currentIndex() == -1
        scan(qtbot, "13812341234")
        scan(qtbot, "")
        assert screen.message.tone == "error"
        assert QApplication.focusWidget() is screen.carrier
        screen.carrier.setCurrentIndex(screen.carrier.findData("OTHER"))
        screen.check_in()
        assert screen.message.tone == "ok", screen.message.text()
