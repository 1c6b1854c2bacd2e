"""First-run set-up: station identity and the first admin, once."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select

from station_app import audit
from station_app.db.models import Staff
from station_app.setup import SetUpError, set_up_station
from station_app.staff import LoginError, log_in
from station_app.station import Station
from station_app.work import Actor


def test_set_up_names_the_station_and_creates_the_admin(station: Station, system: Actor) -> None:
    assert not station.has_staff()
    with station.work(system) as work:
        admin = set_up_station(
            work, " 幸福社区  服务站 ", "柜台1", "王管理", "2580", terminal_code="c01"
        )

    info = station.info()
    assert (info.station_name, info.terminal_name, info.terminal_code) == (
        "幸福社区 服务站",
        "柜台1",
        "C01",
    )
    assert not info.paired
    assert station.has_staff()
    assert (admin.name, admin.role) == ("王管理", "admin")
    with station.database.reading() as session:
        row = session.get(Staff, admin.id)
        assert row is not None
        assert (row.source, row.active) == ("local", True)
        assert row.pin_hash.startswith("$argon2id$")
        entries = session.execute(select(audit.AuditEntry).order_by(audit.AuditEntry.seq))
        actions = [entry.action for entry in entries.scalars()]
        assert actions == ["staff.created", "station.set_up"]
        assert audit.verify(session).ok

    with station.work(system) as work:
        outcome = log_in(work, admin.id, "2580", max_failures=5, lockout=timedelta(minutes=5))
    assert outcome.actor_or_raise().role == "admin"


def test_terminal_code_stays_unless_given(station: Station, system: Actor) -> None:
    with station.work(system) as work:
        set_up_station(work, "站", "柜台", "管理员", "2580")
    assert station.info().terminal_code == "T01"


def test_set_up_is_refused_once_staff_exist(station: Station, system: Actor) -> None:
    with station.work(system) as work:
        set_up_station(work, "站一", "柜台", "管理员", "2580")
    with pytest.raises(SetUpError, match="already set up"), station.work(system) as work:
        set_up_station(work, "站二", "柜台", "另一个", "1111")
    assert station.info().station_name == "站一"
    with station.database.reading() as session:
        assert len(session.execute(select(Staff)).all()) == 1


@pytest.mark.parametrize(
    ("station_name", "terminal_name", "pin", "code", "error", "message"),
    [
        ("  ", "柜台", "2580", None, SetUpError, "station name"),
        ("站", "", "2580", None, SetUpError, "terminal name"),
        ("站" * 101, "柜台", "2580", None, SetUpError, "at most 100"),
        ("站", "柜台", "12", None, LoginError, "4 to 8 digits"),
        ("站", "柜台", "2580", "T-1", SetUpError, "terminal code"),
    ],
)
def test_bad_set_up_input_changes_nothing(
    station: Station,
    system: Actor,
    station_name: str,
    terminal_name: str,
    pin: str,
    code: str | None,
    error: type[Exception],
    message: str,
) -> None:
    with pytest.raises(error, match=message), station.work(system) as work:
        set_up_station(work, station_name, terminal_name, "管理员", pin, terminal_code=code)
    assert not station.has_staff()
    assert station.info().station_name == ""
