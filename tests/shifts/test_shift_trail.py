"""Every change leaves an outbox op and an audit entry that names it; the chain verifies."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sqlalchemy import select

from station_app import audit, shifts
from station_app.db.models import AuditEntry, OutboxOp
from station_app.staff import change_pin, create_local_staff, deactivate_staff
from station_app.station import Station

from .conftest import Crew, Trail


def test_each_change_is_an_op_and_an_audit_entry(
    station: Station, crew: Crew, run: Callable[..., Any], trail: Trail
) -> None:
    changes: list[tuple[Callable[[], Any], str, str]] = [
        (
            lambda: run(crew.admin, create_local_staff, "马师傅", "clerk", "4444"),
            "staff.upsert",
            "staff.created",
        ),
        (
            lambda: run(crew.admin, change_pin, crew.clerk2.staff_id, "5555"),
            "staff.upsert",
            "staff.pin_reset",
        ),
        (
            lambda: run(crew.admin, deactivate_staff, crew.clerk2.staff_id),
            "staff.upsert",
            "staff.deactivated",
        ),
        (lambda: run(crew.clerk, shifts.open_shift, crew.float), "shift.open", "shift.open"),
        (lambda: run(crew.clerk, shifts.paid_in, 100, "零钱"), "cash.movement", "cash.paid_in"),
        (
            lambda: run(crew.supervisor, shifts.paid_out, 100, "水"),
            "cash.movement",
            "cash.paid_out",
        ),
        (lambda: run(crew.clerk, shifts.close_shift, crew.float), "shift.close", "shift.close"),
    ]
    for change, op_type, action in changes:
        ops, entries = trail.counts()
        change()
        assert trail.counts() == (ops + 1, entries + 1), action
        (op,) = trail.ops(1)
        (entry,) = trail.audit()
        assert (op.type, entry.action) == (op_type, action)
        assert entry.details["op_seq"] == op.seq
        assert (entry.entity, entry.entity_id) == (op.entity, op.entity_id)

    with station.database.reading() as session:
        assert audit.verify(session).ok
        seqs = list(session.execute(select(OutboxOp.seq).order_by(OutboxOp.seq)).scalars())
        assert seqs == list(range(1, len(seqs) + 1))  # gapless
        named = {
            entry.details.get("op_seq") for entry in session.execute(select(AuditEntry)).scalars()
        }
        assert set(seqs) <= named
