"""The replica: platform changes land in the local tables, or nothing of the page does."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from station_app import replica
from station_app.db.models import Bill, BillLine, Household, Resident, SyncState
from station_app.replica import ReplicaError
from station_app.station import Station
from station_app.work import Actor


def household(id: str = "h1", version: int = 1, room: str = "101") -> dict[str, Any]:
    return {
        "entity": "household",
        "id": id,
        "op": "upsert",
        "version": version,
        "data": {"building": "3", "unit": "2", "room": room},
    }


def bill(lines: int = 2) -> dict[str, Any]:
    return {
        "entity": "bill",
        "id": "b1",
        "op": "upsert",
        "version": 1,
        "data": {
            "household_id": "h1",
            "biller_id": "water",
            "account_no": "W-0301",
            "period": "2026-10",
            "amount_due_fen": 4560,
            "status": "unpaid",
            "due_date": "2026-11-30",
            "lines": [
                {
                    "description": "水费",
                    "quantity": "12.5",
                    "unit": "m³",
                    "unit_price_fen": 340,
                    "amount_fen": 4250,
                },
                {
                    "description": "污水处理费",
                    "quantity": "1",
                    "unit": "",
                    "unit_price_fen": 310,
                    "amount_fen": 310,
                },
            ][:lines],
        },
    }


BILLER = {
    "entity": "biller",
    "id": "water",
    "op": "upsert",
    "version": 1,
    "data": {
        "name": "自来水公司",
        "kind": "water",
        "allow_partial": False,
        "allow_offline": True,
        "allow_vouchers": True,
    },
}


def test_upsert_then_update_then_delete(station: Station, system: Actor) -> None:
    with station.work(system) as work:
        report = replica.apply_changes(work.session, [household()])
    assert report.upserted == 1
    with station.work(system) as work:
        replica.apply_changes(work.session, [household(version=2, room="102")])
    with station.database.reading() as session:
        row = session.get(Household, "h1")
        assert row is not None and row.room == "102" and row.version == 2
    with station.work(system) as work:
        report = replica.apply_changes(
            work.session, [{"entity": "household", "id": "h1", "op": "delete", "version": 3}]
        )
    assert report.deleted == 1
    with station.database.reading() as session:
        assert session.get(Household, "h1") is None


def test_an_older_version_never_overwrites_a_newer_one(station: Station, system: Actor) -> None:
    with station.work(system) as work:
        replica.apply_changes(work.session, [household(version=5, room="105")])
        report = replica.apply_changes(work.session, [household(version=4, room="104")])
    assert report.stale == 1
    with station.database.reading() as session:
        assert session.get(Household, "h1").room == "105"  # type: ignore[union-attr]


def test_bill_lines_are_replaced_with_the_bill(station: Station, system: Actor) -> None:
    with station.work(system) as work:
        replica.apply_changes(work.session, [household(), BILLER, bill(lines=2)])
        replica.apply_changes(work.session, [{**bill(lines=1), "version": 2}])
    with station.database.reading() as session:
        lines = session.execute(select(BillLine).where(BillLine.bill_id == "b1")).scalars().all()
        assert [line.description for line in lines] == ["水费"]
        assert session.get(Bill, "b1").amount_due_fen == 4560  # type: ignore[union-attr]


def test_resident_phone_tail_is_derived(station: Station, system: Actor) -> None:
    with station.work(system) as work:
        replica.apply_changes(
            work.session,
            [
                household(),
                {
                    "entity": "resident",
                    "id": "r1",
                    "op": "upsert",
                    "version": 1,
                    "data": {"household_id": "h1", "name": "阿依古丽", "phone": "13899991234"},
                },
            ],
        )
    with station.database.reading() as session:
        assert session.get(Resident, "r1").phone_tail == "1234"  # type: ignore[union-attr]


def test_a_row_with_unsent_ops_is_not_overwritten(station: Station, system: Actor) -> None:
    with station.work(system) as work:
        replica.apply_changes(work.session, [household()])
    with station.work(system) as work:
        work.record(
            "household.touch",
            entity="household",
            entity_id="h1",
            op_type="audit.append",
            payload={},
        )
    with station.work(system) as work:
        report = replica.apply_changes(work.session, [household(version=9, room="999")])
    assert report.held_for_unsent_ops == 1
    with station.database.reading() as session:
        assert session.get(Household, "h1").room == "101"  # type: ignore[union-attr]


def test_a_page_and_its_cursor_land_together(station: Station, system: Actor) -> None:
    with station.work(system) as work:
        replica.apply_page(work.session, [household()], "cursor-7")
    with pytest.raises(ReplicaError), station.work(system) as work:
        replica.apply_page(work.session, [household("h2"), {"entity": "nope"}], "cursor-8")
    with station.database.reading() as session:
        assert session.get(SyncState, 1).cursor == "cursor-7"  # type: ignore[union-attr]
        assert session.get(Household, "h2") is None


@pytest.mark.parametrize(
    ("change", "problem"),
    [
        (
            {"entity": "household", "id": "h", "op": "upsert", "version": 1, "data": {}},
            "building is missing",
        ),
        ({**BILLER, "data": {**BILLER["data"], "kind": "lottery"}}, "kind"),
        ({**bill(), "data": {**bill()["data"], "amount_due_fen": -1}}, "negative"),
        ({**bill(), "data": {**bill()["data"], "amount_due_fen": 12.5}}, "integer fen"),
        ({"entity": "household", "id": "h", "op": "merge", "version": 1}, "upsert or delete"),
        ({"entity": "household", "id": "", "op": "delete", "version": 1}, "bad id"),
        ("not a change", "not an object"),
    ],
)
def test_malformed_changes_are_refused_by_name(
    station: Station, system: Actor, change: Any, problem: str
) -> None:
    with pytest.raises(ReplicaError, match=problem), station.work(system) as work:
        replica.apply_changes(work.session, [household("ok"), change])
    with station.database.reading() as session:
        assert session.execute(select(func.count()).select_from(Household)).scalar() == 0


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=8),
    lambda children: (
        st.lists(children, max_size=3) | st.dictionaries(st.text(max_size=8), children, max_size=3)
    ),
    max_leaves=8,
)


@settings(max_examples=150, deadline=None)
@given(
    st.lists(
        st.fixed_dictionaries(
            {
                "entity": st.sampled_from([*replica.ENTITIES, "x"]),
                "id": st.text(max_size=5),
                "op": st.sampled_from(["upsert", "delete", "x"]),
                "version": json_values,
                "data": json_values,
            },
        ),
        max_size=4,
    )
)
def test_any_payload_is_applied_or_refused_without_a_crash(
    tmp_path_factory: pytest.TempPathFactory, changes: list[dict[str, Any]]
) -> None:
    from station_app.paths import StationPaths

    station = _shared_station(tmp_path_factory, StationPaths)
    try:
        with station.work(Actor.system()) as work:
            replica.apply_changes(work.session, changes)
            raise _Undo
    except (ReplicaError, _Undo):
        pass


class _Undo(Exception):  # noqa: N818
    """Rolls back each example so they do not interfere."""


_STATIONS: dict[str, Station] = {}


def _shared_station(factory: pytest.TempPathFactory, paths_type: Any) -> Station:
    if "s" not in _STATIONS:
        _STATIONS["s"] = Station(paths_type.under(factory.mktemp("fuzz")))
    return _STATIONS["s"]


def test_a_row_whose_parent_was_never_sent_is_refused(station: Station, system: Actor) -> None:
    orphan = {
        "entity": "resident",
        "id": "r1",
        "op": "upsert",
        "version": 1,
        "data": {"household_id": "missing", "name": "艾力", "phone": "13812345678"},
    }
    with pytest.raises(ReplicaError, match="inconsistent"), station.work(system) as work:
        replica.apply_changes(work.session, [orphan])
