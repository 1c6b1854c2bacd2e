"""After check-in: overdue reminders, returns to the courier, stocktake, search and history."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from station_app import parcels
from station_app.db.models import OutboxOp, Parcel
from station_app.station import Station
from tests.conftest import ManualClock
from ui.parcels.overdue import OverdueScreen
from ui.parcels.returns import ReturnScreen
from ui.parcels.search import SearchScreen
from ui.parcels.stocktake import StocktakeScreen

from .test_parcels_counter import CLERK, click, open_counter, scan, tap_row


def status_of(station: Station, parcel_id: str) -> str:
    with station.database.reading() as session:
        parcel = session.get(Parcel, parcel_id)
        assert parcel is not None
        return parcel.status


def test_overdue_list_follows_the_clock_then_remind_and_return(
    qtbot: Any, qapp: QApplication, staffed_station: Station, clock: ManualClock
) -> None:
    with open_counter(qtbot, qapp, staffed_station) as counter:
        old = counter.receive("SF1400000000001")
        older = counter.receive("SF1400000000002", "15099998888")
        screen = counter.page.open("overdue")
        assert isinstance(screen, OverdueScreen)
        assert screen.table.rowCount() == 0
        clock.advance(timedelta(days=8))
        fresh = counter.receive("SF1400000000003")
        screen = counter.page.open("overdue")  # shown again: read again at trusted time
        assert isinstance(screen, OverdueScreen)
        assert {p.id for p in screen.table.parcels()} == {old.id, older.id}
        assert fresh.id not in {p.id for p in screen.table.parcels()}
        assert "7" in screen.summary.text()  # the retention days
        row = screen.table.row_of(old.id)
        assert row is not None
        assert screen.table.item(row, screen.table.columns.index("days")).text() == "8"

        click(qtbot, screen.remind)
        assert screen.message.tone == "error"  # nothing ticked yet
        tap_row(qtbot, screen.table, old.id)
        click(qtbot, screen.remind)
        assert screen.message.tone == "ok", screen.message.text()

        tap_row(qtbot, screen.table, older.id)
        click(qtbot, screen.return_button)
        assert screen.message.tone == "error"  # the courier's name is missing
        assert QApplication.focusWidget() is screen.courier
        scan(qtbot, "王师傅")
        assert screen.message.tone == "ok", screen.message.text()
        assert [p.id for p in screen.table.parcels()] == [old.id]
    assert status_of(staffed_station, older.id) == "returned"
    with staffed_station.database.reading() as session:
        kinds = [e.kind for e in parcels.history(session, old.id)]
        assert kinds == ["checked_in", "reminded"]
        op = session.execute(select(OutboxOp).where(OutboxOp.type == "parcel.remind")).scalar_one()
        assert op.payload["days_in_station"] == 8


def test_return_to_courier_by_scanning(
    qtbot: Any, qapp: QApplication, staffed_station: Station
) -> None:
    with open_counter(qtbot, qapp, staffed_station) as counter:
        first = counter.receive("78312345678901", carrier="ZTO")
        second = counter.receive("78312345678902", carrier="ZTO")
        screen = counter.page.open("return")
        assert isinstance(screen, ReturnScreen)
        assert QApplication.focusWidget() is screen.waybill
        scan(qtbot, first.waybill_no)
        assert screen.found.text() == first.pickup_code
        assert "138****1234" in screen.details.text()
        assert QApplication.focusWidget() is screen.courier
        scan(qtbot, "中通 王师傅")
        assert screen.message.tone == "ok", screen.message.text()
        assert QApplication.focusWidget() is screen.waybill
        # The courier's name stays for the next parcel: scan, Enter.
        scan(qtbot, second.waybill_no)
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
        assert screen.message.tone == "ok", screen.message.text()
        assert [p.id for p in screen.returned.parcels()] == [second.id, first.id]
        scan(qtbot, first.waybill_no)  # gone already
        assert screen.message.tone == "error"
    with staffed_station.database.reading() as session:
        rows = session.execute(select(Parcel)).scalars().all()
        assert {(r.status, r.return_courier) for r in rows} == {("returned", "中通 王师傅")}


def test_stocktake_reports_one_missing_and_one_unexpected(
    qtbot: Any, qapp: QApplication, staffed_station: Station
) -> None:
    with open_counter(qtbot, qapp, staffed_station) as counter:
        here = [counter.receive(f"SF140000000000{n}") for n in range(1, 4)]
        layout = counter.page.check_in.shelf_layout()
        with staffed_station.work(CLERK) as work:
            elsewhere = parcels.check_in(
                work,
                layout,
                waybill_no="SF1400000000009",
                carrier="SF",
                phone="15099998888",
                shelf="2",
            )
        assert {p.shelf for p in here} == {"1"}
        screen = counter.page.open("stocktake")
        assert isinstance(screen, StocktakeScreen)
        screen.choose_shelf("1")
        assert QApplication.focusWidget() is screen.scan
        scan(qtbot, here[0].pickup_code)
        scan(qtbot, here[1].waybill_no)  # a waybill counts as well as a code
        scan(qtbot, elsewhere.pickup_code)
        assert screen.message.tone == "error"  # not expected on shelf 1, said at once
        scan(qtbot, here[0].pickup_code)  # twice: once
        assert screen.scans.rowCount() == 3
        assert "2" in screen.progress.text() and "3" in screen.progress.text()
        click(qtbot, screen.finish)
        report = screen.report
        assert report is not None
        assert [p.id for p in report.missing] == [here[2].id]
        assert [(u.scanned, u.reason) for u in report.unexpected] == [
            (elsewhere.pickup_code, "elsewhere")
        ]
        assert [p.id for p in screen.missing.parcels()] == [here[2].id]
        assert screen.unexpected.rowCount() == 1
        why = screen.unexpected.item(0, 1).text()
        assert elsewhere.pickup_code in why
        assert screen.message.tone == "error"
    # Counting changes nothing about the parcels.
    assert status_of(staffed_station, here[2].id) == "in_station"


def test_search_shows_the_history(
    qtbot: Any, qapp: QApplication, staffed_station: Station, clock: ManualClock
) -> None:
    with open_counter(qtbot, qapp, staffed_station) as counter:
        parcel = counter.receive("SF1400000000001")
        counter.receive("SF1400000000002", "15099998888")
        with staffed_station.work(CLERK) as work:
            parcels.pick_up(work, [parcel.id], method="code")
        screen = counter.page.open("search")
        assert isinstance(screen, SearchScreen)
        screen.tail.setText("1234")
        click(qtbot, screen.search_button)
        assert [p.id for p in screen.results.parcels()] == [parcel.id]
        assert screen.history.count() == 2  # checked in, picked up (first row chosen)
        assert "138****1234" in [
            screen.results.item(0, c).text() for c in range(screen.results.columnCount())
        ]
        # By date (local days): yesterday finds nothing; today finds both.
        today = screen.until.date()
        screen.tail.clear()
        screen.by_date.setChecked(True)
        screen.since.setDate(today.addDays(-1))
        screen.until.setDate(today.addDays(-1))
        click(qtbot, screen.search_button)
        assert screen.results.rowCount() == 0
        screen.since.setDate(today)
        screen.until.setDate(today)
        click(qtbot, screen.search_button)
        assert screen.results.rowCount() == 2
