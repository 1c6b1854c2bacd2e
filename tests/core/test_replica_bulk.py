"""The replica's set-based path: a page of many rows lands with a few statements per
entity, and still keeps every rule of the row-by-row one (stale versions, rows with unsent
ops, bill lines, a bad page changing nothing)."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import func, select

from station_app import replica
from station_app.db.models import (
    Base,
    Bill,
    BillLine,
    Household,
    Resident,
    Staff,
    SyncState,
    VoucherAccount,
    VoucherLot,
)
from station_app.replica import ReplicaError
from station_app.station import Station
from station_app.work import Actor


def household(n: int, version: int = 1, room: str | None = None) -> dict[str, Any]:
    return {
        "entity": "household",
        "id": f"h{n}",
        "op": "upsert",
        "version": version,
        "data": {"building": "3", "unit": "2", "room": room or f"{n:03d}"},
    }


def resident(n: int, household_n: int, version: int = 1) -> dict[str, Any]:
    return {
        "entity": "resident",
        "id": f"r{n}",
        "op": "upsert",
        "version": version,
        "data": {
            "household_id": f"h{household_n}",
            "name": f"居民{n}",
            "phone": f"1380000{n:04d}",
        },
    }


def bill(n: int, household_n: int, version: int = 1, lines: int = 2) -> dict[str, Any]:
    return {
        "entity": "bill",
        "id": f"b{n}",
        "op": "upsert",
        "version": version,
        "data": {
            "household_id": f"h{household_n}",
            "biller_id": "water",
            "account_no": f"W-{n:04d}",
            "period": "2026-10",
            "amount_due_fen": 100 * n + version,
            "status": "unpaid",
            "lines": [
                {"description": f"第{i + 1}项 v{version}", "unit_price_fen": 1, "amount_fen": 1}
                for i in range(lines)
            ],
        },
    }


def lot(n: int, account: str = "a1", version: int = 1, remaining: int = 500) -> dict[str, Any]:
    return {
        "entity": "voucher_lot",
        "id": f"lot{n}",
        "op": "upsert",
        "version": version,
        "data": {
            "account_id": account,
            "amount_fen": 500,
            "remaining_fen": remaining,
            "effective_at": "2026-10-01T00:00:00.000000Z",
            "expires_at": "2027-10-01T00:00:00.000000Z",
        },
    }


def deleted(entity: str, row_id: str, version: int) -> dict[str, Any]:
    return {"entity": entity, "id": row_id, "op": "delete", "version": version}


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
ACCOUNT = {
    "entity": "voucher_account",
    "id": "a1",
    "op": "upsert",
    "version": 1,
    "data": {"household_id": "h1", "holder_name": "王芳", "status": "active"},
}


def community(households: int = 30) -> list[dict[str, Any]]:
    """Households each followed by their residents, as the platform's log interleaves them."""
    page: list[dict[str, Any]] = [BILLER]
    for n in range(1, households + 1):
        page += [household(n), resident(2 * n, n), resident(2 * n + 1, n), bill(n, n)]
    return [*page, ACCOUNT, *(lot(n) for n in range(1, 11))]


def apply(station: Station, page: list[dict[str, Any]]) -> replica.ApplyReport:
    with station.work(Actor.system()) as work:
        return replica.apply_changes(work.session, page)


def snapshot(station: Station) -> dict[str, list[tuple[Any, ...]]]:
    """Every replicated table's rows, to compare before and after."""
    tables = {spec.model.__tablename__ for spec in replica.ENTITIES.values()} | {
        "bill_lines",
        "sync_state",
    }
    with station.database.reading() as session:
        return {
            name: sorted(
                tuple(row) for row in session.execute(select(Base.metadata.tables[name])).all()
            )
            for name in sorted(tables)
        }


def test_a_page_of_new_stored_and_deleted_rows_lands_whole(station: Station) -> None:
    apply(station, community())
    page = [
        household(1, version=2, room="901"),  # stored: updated
        deleted("resident", "r4", 2),  # stored: deleted
        deleted("resident", "r5", 2),
        deleted("bill", "b2", 2),  # with its lines
        deleted("household", "h2", 2),  # after its residents and its bill
        household(31),  # new
        resident(62, 31),
        bill(31, 31, lines=3),
        bill(1, 1, version=2, lines=1),  # stored: its lines replaced
        lot(3, version=2, remaining=120),
        lot(11),
        household(5, version=0, room="stale"),  # older than the stored version 1
        deleted("notice", "never-sent", 1),  # nothing to delete
    ]
    report = apply(station, page)
    assert (report.upserted, report.deleted, report.stale) == (7, 4, 1)
    assert report.by_entity == {"household": 2, "resident": 1, "bill": 2, "voucher_lot": 2}
    with station.database.reading() as session:
        assert session.get(Household, "h1").room == "901"  # type: ignore[union-attr]
        assert session.get(Household, "h1").version == 2  # type: ignore[union-attr]
        assert session.get(Household, "h2") is None
        assert session.get(Resident, "r4") is None and session.get(Bill, "b2") is None
        assert session.get(Resident, "r2") is not None
        assert session.get(Household, "h5").room == "005"  # type: ignore[union-attr]
        assert session.get(Resident, "r62").phone_tail == "0062"  # type: ignore[union-attr]
        lines = session.execute(
            select(BillLine.bill_id, BillLine.description).order_by(BillLine.id)
        ).all()
        assert [tuple(line) for line in lines if line[0] == "b1"] == [("b1", "第1项 v2")]
        assert sum(1 for line in lines if line[0] == "b31") == 3
        assert not any(line[0] == "b2" for line in lines)
        assert session.get(VoucherLot, "lot3").remaining_fen == 120  # type: ignore[union-attr]
        assert session.get(VoucherLot, "lot11").priority == 0  # type: ignore[union-attr]
        count = session.execute(select(func.count()).select_from(Household)).scalar_one()
        assert count == 30


def test_a_field_left_out_takes_its_column_default_again(station: Station) -> None:
    staff: dict[str, Any] = {
        "entity": "staff",
        "id": "s1",
        "op": "upsert",
        "version": 1,
        "data": {"name": "张敏", "role": "clerk", "pin_hash": "x", "active": False},
    }
    apply(station, [staff])
    apply(station, [{**staff, "version": 2, "data": {**staff["data"], "active": None}}])
    with station.database.reading() as session:
        row = session.get(Staff, "s1")
        assert row is not None and row.active is True and row.source == "platform"


def test_rows_with_unsent_ops_are_kept_and_the_rest_of_the_page_lands(
    station: Station, system: Actor
) -> None:
    apply(station, community(households=3))
    with station.work(system) as work:
        work.record(
            "household.touch", entity="household", entity_id="h2", op_type="audit.append",
            payload={}, also_about=(("voucher_lot", "lot4"),),
        )  # fmt: skip
    page = [
        household(1, version=5, room="501"),
        household(2, version=5, room="held"),
        deleted("household", "h2", 6),
        lot(4, version=3, remaining=0),
        lot(5, version=3, remaining=0),
    ]
    report = apply(station, page)
    assert report.held_for_unsent_ops == 3
    with station.database.reading() as session:
        assert session.get(Household, "h1").room == "501"  # type: ignore[union-attr]
        held = session.get(Household, "h2")
        assert held is not None and (held.room, held.version) == ("002", 1)
        assert session.get(VoucherLot, "lot4").remaining_fen == 500  # type: ignore[union-attr]
        assert session.get(VoucherLot, "lot5").remaining_fen == 0  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("spoiler", "problem"),
    [
        ({"entity": "household", "id": "hx", "op": "upsert", "version": 1}, "upsert without"),
        (resident(999, household_n=404), "inconsistent"),  # its household was never sent
        (deleted("household", "h3", 9), "inconsistent"),  # its residents still point at it
        ({**lot(99), "data": {**lot(99)["data"], "remaining_fen": -1}}, "negative"),
    ],
)
def test_a_bad_change_anywhere_in_a_big_page_changes_nothing(
    station: Station, spoiler: dict[str, Any], problem: str
) -> None:
    apply(station, community(households=5))
    with station.work(Actor.system()) as work:
        replica.apply_page(work.session, [], "cursor-1")
    before = snapshot(station)
    page = [
        household(1, version=2, room="changed"),
        deleted("resident", "r4", 2),
        *community(households=40)[20:],  # new households, residents, bills, lots
        lot(1, version=2, remaining=1),
        spoiler,
        household(50),
    ]
    with pytest.raises(ReplicaError, match=problem), station.work(Actor.system()) as work:
        replica.apply_page(work.session, page, "cursor-2")
    assert snapshot(station) == before
    with station.database.reading() as session:
        assert session.get(SyncState, 1).cursor == "cursor-1"  # type: ignore[union-attr]


def test_a_row_deleted_and_sent_again_in_one_page_is_the_last_one_sent(station: Station) -> None:
    apply(station, community(households=2))
    page = [
        deleted("bill", "b1", 2),
        bill(1, 1, version=3, lines=1),
        household(9),
        deleted("household", "h9", 2),  # added and deleted by the page: never stored
    ]
    report = apply(station, page)
    assert (report.upserted, report.deleted) == (2, 2)
    with station.database.reading() as session:
        stored = session.get(Bill, "b1")
        assert stored is not None and (stored.version, stored.amount_due_fen) == (3, 103)
        lines = session.execute(select(BillLine.description).where(BillLine.bill_id == "b1"))
        assert list(lines.scalars()) == ["第1项 v3"]
        assert session.get(Household, "h9") is None


def test_objects_the_session_holds_show_what_the_page_wrote(station: Station) -> None:
    apply(station, community(households=2))
    with station.work(Actor.system()) as work:
        loaded = work.session.get(Household, "h1")
        gone = work.session.get(Household, "h2")
        assert loaded is not None and gone is not None
        work.session.get(VoucherAccount, "a1")
        replica.apply_changes(
            work.session,
            [
                household(1, version=2, room="777"),
                deleted("resident", "r4", 2),
                deleted("resident", "r5", 2),
                deleted("bill", "b2", 2),
                deleted("household", "h2", 2),
            ],
        )
        assert loaded.room == "777"
        assert work.session.get(Household, "h2") is None


def test_the_order_of_a_page_does_not_matter_to_parents_and_children(station: Station) -> None:
    """Rows land entity by entity, parents first: a resident before its household is fine
    as long as the household is in the page too."""
    report = apply(station, [resident(1, 1), household(1), ACCOUNT, lot(1)])
    assert report.upserted == 4
