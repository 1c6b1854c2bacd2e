"""The audit viewer's queries, the CSV export and the shift history."""

from __future__ import annotations

import csv
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from station_app import shifts
from station_app.audit_queries import (
    CSV_COLUMNS,
    AuditFilters,
    audit_actions,
    audit_page,
    export_audit_csv,
)
from station_app.staff import create_local_staff
from station_app.station import Station
from station_app.work import Actor
from tests.conftest import ManualClock

from .conftest import Crew

DAY_ONE = datetime(2026, 11, 26, tzinfo=UTC)


@pytest.fixture
def two_days(station: Station, clock: ManualClock, crew: Crew, run: Callable[..., Any]) -> None:
    """Day one: the clerk's shift. Day two: the other clerk's shift with a paid-in."""
    run(crew.clerk, shifts.open_shift, crew.float)
    run(crew.clerk, shifts.close_shift, crew.float)
    clock.advance(timedelta(days=1))
    run(crew.clerk2, shifts.open_shift, {})
    run(crew.clerk2, shifts.paid_in, 5000, "备用金")


def test_filter_and_page(station: Station, crew: Crew, two_days: None) -> None:
    with station.database.reading() as session:
        everything = audit_page(session, page_size=4)
        assert everything.total == 9  # set-up 2, three staff, open, close, open, paid-in
        assert everything.pages == 3
        assert [row.seq for row in everything.rows] == [9, 8, 7, 6]  # newest first
        last = audit_page(session, page=2, page_size=4)
        assert [row.seq for row in last.rows] == [1]

        mine = audit_page(session, AuditFilters(staff_id=crew.clerk.staff_id))
        assert [row.action for row in mine.rows] == ["shift.close", "shift.open"]
        assert {row.staff_name for row in mine.rows} == {"张收银"}

        family = audit_page(session, AuditFilters(action="shift."))
        assert [row.action for row in family.rows] == ["shift.open", "shift.close", "shift.open"]
        exact = audit_page(session, AuditFilters(action="shift"))
        assert exact.total == 0

        day_two = audit_page(session, AuditFilters(since=DAY_ONE + timedelta(days=1)))
        assert [row.action for row in day_two.rows] == ["cash.paid_in", "shift.open"]
        day_one = audit_page(
            session, AuditFilters(since=DAY_ONE, until=DAY_ONE + timedelta(days=1))
        )
        assert day_one.total == 7

        assert audit_actions(session) == [
            "cash.paid_in",
            "shift.close",
            "shift.open",
            "staff.created",
            "station.set_up",
        ]


def test_csv_export(
    station: Station, crew: Crew, run: Callable[..., Any], tmp_path: Path, two_days: None
) -> None:
    run(crew.admin, create_local_staff, "马师傅", "clerk", "4444")
    path = tmp_path / "审计.csv"
    with station.database.reading() as session:
        written = export_audit_csv(session, path, AuditFilters(action="staff."))
    assert written == 5
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")  # Excel reads it as UTF-8
    with path.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert tuple(rows[0]) == CSV_COLUMNS
    assert [row[0] for row in rows[1:]] == ["1", "3", "4", "5", "10"]  # oldest first
    first = dict(zip(CSV_COLUMNS, rows[1], strict=True))
    assert first["local_time"] == "2026-11-26 10:00:00"  # Beijing time
    assert first["utc_time"] == "2026-11-26T02:00:00.000000Z"
    assert first["action"] == "staff.created"
    assert '"name":"王管理"' in first["details"]
    newest = dict(zip(CSV_COLUMNS, rows[-1], strict=True))
    assert (newest["staff_name"], newest["entity"]) == ("王管理", "staff")
    assert not list(tmp_path.glob("*.partial"))

    with station.database.reading() as session:
        assert export_audit_csv(session, tmp_path / "all.csv") == 10
        assert export_audit_csv(session, tmp_path / "urumqi.csv", timezone="Asia/Urumqi") == 10
    urumqi = (tmp_path / "urumqi.csv").read_text(encoding="utf-8-sig").splitlines()[1]
    assert ",2026-11-26 08:00:00," in urumqi


def test_csv_cells_never_start_a_formula(
    station: Station, crew: Crew, run: Callable[..., Any], tmp_path: Path
) -> None:
    card = run(crew.admin, create_local_staff, "=cmd", "clerk", "4444")
    run(Actor(card.id, card.name, card.role), shifts.open_shift, {})
    path = tmp_path / "audit.csv"
    with station.database.reading() as session:
        export_audit_csv(session, path)
    with path.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows[-1][CSV_COLUMNS.index("staff_name")] == "'=cmd"
    assert all(not cell.startswith(("=", "+", "@")) for row in rows for cell in row)


def test_shift_history(
    station: Station, clock: ManualClock, crew: Crew, run: Callable[..., Any], two_days: None
) -> None:
    with station.database.reading() as session:
        history = shifts.shift_history(session)
        assert [(s.staff_name, s.status, s.z_number) for s in history] == [
            ("阿依古丽", "open", None),
            ("张收银", "closed", 1),
        ]
        assert history[1].closed_by_name == "张收银"
        assert (history[1].float_fen, history[1].expected_fen, history[1].variance_fen) == (
            26050,
            26050,
            0,
        )
        mine = shifts.shift_history(session, staff_id=crew.clerk2.staff_id)
        assert [s.staff_name for s in mine] == ["阿依古丽"]
        day_one = shifts.shift_history(session, since=DAY_ONE, until=DAY_ONE + timedelta(days=1))
        assert [s.staff_name for s in day_one] == ["张收银"]
        assert shifts.shift_history(session, since=DAY_ONE + timedelta(days=2)) == []
