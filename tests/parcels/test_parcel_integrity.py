"""Every change leaves its op, audit entry and event; lookups use their indexes; junk is refused."""

from __future__ import annotations

import contextlib
import re
import string
from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Any

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from station_app import audit, parcels
from station_app.carriers import CarrierError
from station_app.db.models import AuditEntry, OutboxOp, Parcel, ParcelEvent
from station_app.db.types import format_utc
from station_app.parcels import ParcelError, ParcelView
from station_app.shelves import IN_STATION, ShelfLayout
from station_app.station import Station

from ..conftest import ManualClock
from .conftest import Counts, Crew

pytestmark = pytest.mark.usefixtures("community")

OP_ACTIONS = {
    "parcel.check_in": "checked_in",
    "parcel.pick_up": "picked_up",
    "parcel.undo_pick_up": "pickup_undone",
    "parcel.remind": "reminded",
    "parcel.return": "returned",
}


def test_every_change_has_its_op_audit_entry_and_event(
    receive: Callable[..., ParcelView],
    run: Callable[..., Any],
    crew: Crew,
    clock: ManualClock,
    layout: ShelfLayout,
    station: Station,
) -> None:
    a, b, c, d = (receive() for _ in range(4))
    run(crew.clerk, parcels.pick_up, [a.id, b.id], method="code")
    run(crew.supervisor, parcels.undo_pick_up, b.id, layout)
    clock.advance(timedelta(days=9))
    run(crew.clerk, parcels.remind, [c.id, d.id])
    run(crew.clerk, parcels.return_to_courier, waybill_no=d.waybill_no, courier="刘师傅")
    run(crew.clerk, parcels.stocktake, "1", [b.pickup_code, c.waybill_no])

    with station.database.reading() as session:
        ops = list(session.execute(select(OutboxOp).order_by(OutboxOp.seq)).scalars())
        entries = list(session.execute(select(AuditEntry).order_by(AuditEntry.seq)).scalars())
        events = list(session.execute(select(ParcelEvent)).scalars())
        chain = audit.verify(session)
    assert chain.ok and chain.entries == len(entries)
    assert [op.seq for op in ops] == list(range(1, len(ops) + 1))
    assert [op.type for op in ops] == [
        *["parcel.check_in"] * 4,
        *["parcel.pick_up"] * 2,
        "parcel.undo_pick_up",
        *["parcel.remind"] * 2,
        "parcel.return",
    ]
    audited = {entry.details.get("op_seq"): entry for entry in entries}
    for op in ops:
        entry = audited[op.seq]
        assert (entry.action, entry.entity, entry.entity_id) == (op.type, "parcel", op.entity_id)
        assert entry.staff_id == op.staff_id
        kinds = [e.kind for e in events if e.parcel_id == op.entity_id and e.at == op.trusted_time]
        assert OP_ACTIONS[op.type] in kinds
    assert len(events) == len(ops)
    assert [e.action for e in entries if "op_seq" not in e.details] == ["parcel.stocktake"]


def _plan(session: Session, statement: Select[Any]) -> str:
    compiled = statement.compile(dialect=session.get_bind().dialect)
    params = tuple(
        format_utc(value) if isinstance(value, datetime) else value
        for value in (compiled.params[name] for name in compiled.positiontup or ())
    )
    rows = session.connection().exec_driver_sql(f"EXPLAIN QUERY PLAN {compiled}", params)
    return " | ".join(str(row[3]) for row in rows)


def test_code_and_tail_lookups_use_the_partial_indexes(
    receive: Callable[..., ParcelView], run: Callable[..., Any], crew: Crew, station: Station
) -> None:
    for _ in range(30):
        receive()
    run(crew.clerk, parcels.pick_up_by_code, "1-1-5")
    with station.database.reading() as session:
        by_code = _plan(session, parcels.code_statement("1-1-3"))
        by_tail = _plan(session, parcels.tail_statement("1234"))
        on_layer = _plan(
            session,
            select(Parcel.slot_seq).where(IN_STATION, Parcel.shelf == "1", Parcel.layer == 1),
        )
    assert "USING INDEX uq_parcels_code_in_station (pickup_code=?)" in by_code, by_code
    assert "USING INDEX ix_parcels_tail_in_station (phone_tail=?)" in by_tail, by_tail
    assert "ix_parcels_slot_in_station (shelf=? AND layer=?)" in on_layer, on_layer
    for plan in (by_code, by_tail, on_layer):
        assert not re.search(r"\bSCAN\b", plan), plan


_JUNK = string.ascii_letters + string.digits + "-*#, \t\r\n\x00\x1b\x7f\u3000转－"
scanner_strings = st.one_of(
    st.text(max_size=60),
    st.text(alphabet=_JUNK, max_size=50),
    st.from_regex(r"\A[A-Za-z]{0,3}[0-9]{0,16}[a-z]?\Z"),
)
_WAYBILL = re.compile(r"^[A-Z0-9][A-Z0-9-]{7,39}$")
_BIG = ShelfLayout(tuple(str(n) for n in range(1, 10)), layers=20, slots_per_layer=9999)
_SETTINGS = settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)


@_SETTINGS
@given(
    waybill=st.one_of(scanner_strings, st.from_regex(r"\A(SF|JT|YT)?[0-9]{6,16}\Z")),
    phone=st.one_of(scanner_strings, st.sampled_from(["13812341234", "138****1234"])),
)
def test_garbage_check_in_is_refused_and_changes_nothing(
    run: Callable[..., Any], crew: Crew, counts: Callable[[], Counts], waybill: str, phone: str
) -> None:
    before = counts()
    try:
        parcel = run(
            crew.clerk,
            parcels.check_in,
            _BIG,
            waybill_no=waybill,
            carrier="SF",
            phone=phone,
            tail="1234",
        )
    except ParcelError as refusal:
        event(type(refusal).__name__)
        assert str(refusal)  # a message a person can read
        assert counts() == before
        return
    # Accepted only when both look right, and then stored tidy.
    event("accepted")
    assert _WAYBILL.match(parcel.waybill_no), parcel.waybill_no
    assert sum(ch.isdigit() for ch in parcel.waybill_no) >= 6
    assert parcel.waybill_no == parcels.normalize_waybill(waybill)
    assert re.fullmatch(r"[0-9*-]{4,20}", parcel.phone), parcel.phone
    assert parcel.phone_tail == "1234"
    after = counts()
    assert (after.parcels, after.events, after.ops, after.audit) == (
        before.parcels + 1,
        before.events + 1,
        before.ops + 1,
        before.audit + 1,
    )


@_SETTINGS
@given(scan=scanner_strings)
def test_garbage_pickup_scans_are_refused_and_change_nothing(
    run: Callable[..., Any],
    crew: Crew,
    counts: Callable[[], Counts],
    station: Station,
    scan: str,
) -> None:
    before = counts()
    with pytest.raises(ParcelError):
        run(crew.clerk, parcels.pick_up_by_code, scan)  # nothing is in station
    with pytest.raises(ParcelError):
        run(crew.clerk, parcels.return_to_courier, waybill_no=scan, courier="刘师傅")
    # Not four digits: refused, which is fine too.
    with station.database.reading() as session, contextlib.suppress(ParcelError):
        assert parcels.find_by_tail(session, scan) == []
    assert counts() == before


@_SETTINGS
@given(carrier=st.text(max_size=25))
def test_unknown_carriers_are_refused(
    run: Callable[..., Any], crew: Crew, counts: Callable[[], Counts], carrier: str
) -> None:
    before = counts()
    known = {"SF", "ZTO", "YTO", "YD", "STO", "JD", "EMS", "JT", "OTHER"}
    if carrier.strip().upper() in known:
        return
    with pytest.raises(CarrierError):
        run(
            crew.clerk,
            parcels.check_in,
            _BIG,
            waybill_no="SF1234567890123",
            carrier=carrier,
            phone="13812341234",
        )
    assert counts() == before
