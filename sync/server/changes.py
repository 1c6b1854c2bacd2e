"""The change log terminals pull (PROTOCOL.md "Pull").

Every write a terminal must hear of calls ``publish(session, row, at=...)`` in the same
transaction. The entry's ``position`` comes from a counter row updated in that
transaction: the row lock makes writers take positions in commit order, so a terminal
that has read up to position N never later finds a new entry below N. The ``data`` of
each entity has exactly the shape of ``station_app.replica.ENTITIES``.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import inspect, or_, select, text
from sqlalchemy.orm import Session

from sync.messages import Change, utc_text
from sync.server.models import (
    Base,
    Bill,
    Biller,
    CatalogItem,
    ChangeLogEntry,
    Counter,
    EntityVersion,
    Household,
    Notice,
    Parcel,
    Policy,
    Resident,
    Staff,
    Station,
    VoucherAccount,
    VoucherLot,
)

CHANGE_COUNTER = "change_log"
COUNTERS = (CHANGE_COUNTER,)


def ensure_counters(session: Session) -> None:
    for name in COUNTERS:
        if session.get(Counter, name) is None:
            session.add(Counter(name=name, value=0))


def next_value(session: Session, name: str) -> int:
    """Advance a counter inside the caller's transaction (the row stays locked until commit)."""
    value = session.execute(
        text("UPDATE counters SET value = value + 1 WHERE name = :name RETURNING value"),
        {"name": name},
    ).scalar_one()
    return int(value)


def current_position(session: Session) -> int:
    counter = session.get(Counter, CHANGE_COUNTER)
    return counter.value if counter else 0


@dataclass(frozen=True)
class Scope:
    community_id: str
    station_id: str | None = None
    """None: every station of the community."""


def _instant(value: datetime | None) -> str | None:
    return None if value is None else utc_text(value)


def _staff(session: Session, row: Staff) -> tuple[Scope, dict[str, Any]]:
    data = {"name": row.name, "role": row.role, "pin_hash": row.pin_hash, "active": row.active}
    return Scope(row.community_id, row.station_id), data


def _household(session: Session, row: Household) -> tuple[Scope, dict[str, Any]]:
    data = {
        "community_id": row.community_id,
        "building": row.building,
        "unit": row.unit,
        "room": row.room,
    }
    return Scope(row.community_id), data


def _resident(session: Session, row: Resident) -> tuple[Scope, dict[str, Any]]:
    household = session.get(Household, row.household_id)
    assert household is not None, "resident without household"
    data = {
        "household_id": row.household_id,
        "name": row.name,
        "phone": row.phone,
        "is_primary": row.is_primary,
    }
    return Scope(household.community_id), data


def _biller(session: Session, row: Biller) -> tuple[Scope, dict[str, Any]]:
    data = {
        "name": row.name,
        "kind": row.kind,
        "allow_partial": row.allow_partial,
        "allow_offline": row.allow_offline,
        "allow_vouchers": row.allow_vouchers,
    }
    return Scope(row.community_id), data


def bill_lines(bill: Bill) -> list[dict[str, Any]]:
    return [
        {
            "description": line.description,
            "quantity": line.quantity,
            "unit": line.unit,
            "unit_price_fen": line.unit_price_fen,
            "amount_fen": line.amount_fen,
        }
        for line in sorted(bill.lines, key=lambda line: line.position)
    ]


def _bill(session: Session, row: Bill) -> tuple[Scope, dict[str, Any]]:
    data = {
        "household_id": row.household_id,
        "biller_id": row.biller_id,
        "account_no": row.account_no,
        "period": row.period,
        "amount_due_fen": row.amount_due_fen,
        "arrears_fen": row.arrears_fen,
        "paid_fen": row.paid_fen,
        "due_date": row.due_date.isoformat() if row.due_date else None,
        "barcode": row.barcode,
        "status": row.status,
        "lines": bill_lines(row),
    }
    return Scope(row.community_id), data


def _account(session: Session, row: VoucherAccount) -> tuple[Scope, dict[str, Any]]:
    data = {"household_id": row.household_id, "holder_name": row.holder_name, "status": row.status}
    return Scope(row.community_id), data


def _lot(session: Session, row: VoucherLot) -> tuple[Scope, dict[str, Any]]:
    account = session.get(VoucherAccount, row.account_id)
    assert account is not None, "lot without account"
    data = {
        "account_id": row.account_id,
        "amount_fen": row.amount_fen,
        "remaining_fen": row.remaining_fen,
        "effective_at": utc_text(row.effective_at),
        "expires_at": _instant(row.expires_at),
        "priority": row.priority,
    }
    return Scope(account.community_id), data


def _catalog_item(session: Session, row: CatalogItem) -> tuple[Scope, dict[str, Any]]:
    data = {
        "barcode": row.barcode,
        "name": row.name,
        "kind": row.kind,
        "price_fen": row.price_fen,
        "active": row.active,
    }
    return Scope(row.community_id), data


def _notice(session: Session, row: Notice) -> tuple[Scope, dict[str, Any]]:
    data = {
        "kind": row.kind,
        "title": row.title,
        "body": row.body,
        "starts_at": utc_text(row.starts_at),
        "ends_at": _instant(row.ends_at),
    }
    return Scope(row.community_id), data


PARCEL_COLUMNS = (
    "carrier",
    "waybill_no",
    "phone",
    "recipient_name",
    "household_id",
    "shelf",
    "layer",
    "slot_seq",
    "pickup_code",
    "status",
    "checked_in_at",
    "picked_up_at",
    "pickup_method",
    "returned_at",
    "terminal_id",
)
"""The ``parcels`` columns a terminal's copy holds."""


def parcel_data(parcel: Mapping[str, Any]) -> dict[str, Any]:
    """A parcel's pulled data from its column values (a row's mapping or the ORM's)."""
    data = {name: parcel[name] for name in PARCEL_COLUMNS}
    data["checked_in_at"] = utc_text(parcel["checked_in_at"])
    data["picked_up_at"] = _instant(parcel["picked_up_at"])
    data["returned_at"] = _instant(parcel["returned_at"])
    return data


def _parcel(session: Session, row: Parcel) -> tuple[Scope, dict[str, Any]]:
    station = session.get(Station, row.station_id)
    assert station is not None, "parcel without station"
    data = parcel_data({name: getattr(row, name) for name in PARCEL_COLUMNS})
    return Scope(station.community_id, station.id), data


def _policy(session: Session, row: Policy) -> tuple[Scope, dict[str, Any]]:
    return Scope(row.community_id), {"data": row.data}


Describe = Callable[[Session, Any], tuple[Scope, dict[str, Any]]]

ENTITY_OF: dict[type[Base], tuple[str, Describe]] = {
    Staff: ("staff", _staff),
    Household: ("household", _household),
    Resident: ("resident", _resident),
    Biller: ("biller", _biller),
    Bill: ("bill", _bill),
    VoucherAccount: ("voucher_account", _account),
    VoucherLot: ("voucher_lot", _lot),
    CatalogItem: ("catalog_item", _catalog_item),
    Notice: ("notice", _notice),
    Parcel: ("parcel", _parcel),
    Policy: ("policy", _policy),
}
"""Every entity a terminal pulls, by the table that holds it."""


def describe(session: Session, row: Base) -> tuple[str, Scope, dict[str, Any]]:
    entity, how = ENTITY_OF[type(row)]
    scope, data = how(session, row)
    return entity, scope, data


def publish(session: Session, row: Base, *, at: datetime) -> ChangeLogEntry:
    """Log an upsert of ``row`` (its current state) for the terminals in its scope."""
    new = inspect(row).pending
    entity, scope, data = describe(session, row)
    return _append(session, entity, str(row.id), scope, "upsert", data, at, new=new)  # type: ignore[attr-defined]


def publish_delete(session: Session, row: Base, *, at: datetime) -> ChangeLogEntry:
    """Log a delete; call before deleting ``row`` (its scope is read from it)."""
    entity, scope, _ = describe(session, row)
    return _append(session, entity, str(row.id), scope, "delete", None, at, new=False)  # type: ignore[attr-defined]


def _append(
    session: Session,
    entity: str,
    entity_id: str,
    scope: Scope,
    op: str,
    data: dict[str, Any] | None,
    at: datetime,
    *,
    new: bool,
) -> ChangeLogEntry:
    # Seeding publishes thousands of rows: no flush per change, versions cached per session.
    versions: dict[tuple[str, str], EntityVersion] = session.info.setdefault("versions", {})
    key = (entity, entity_id)
    with session.no_autoflush:
        # The counter first: its row lock orders every writer of the change log, so the
        # version read next is the newest committed one (PostgreSQL reads committed data;
        # two admin edits of one row must not both become version n + 1).
        position = next_value(session, CHANGE_COUNTER)
        version = versions.get(key)
        if version is None and not new:
            version = session.get(EntityVersion, key, populate_existing=True)
        if version is None:
            version = EntityVersion(entity=entity, entity_id=entity_id, version=0)
            session.add(version)
        versions[key] = version
        version.version += 1
        entry = ChangeLogEntry(
            position=position,
            community_id=scope.community_id,
            station_id=scope.station_id,
            entity=entity,
            entity_id=entity_id,
            op=op,
            version=version.version,
            data=data,
            at=at,
        )
        session.add(entry)
    return entry


@dataclass(frozen=True)
class Page:
    changes: list[Change]
    next_cursor: str
    has_more: bool


class BadCursorError(ValueError):
    pass


def parse_cursor(cursor: str | None) -> int:
    """The cursor is opaque to terminals; here it is a change-log position in decimal."""
    if cursor is None or cursor == "":
        return 0
    # ASCII digits only: str.isdigit() also accepts "¹", which int() refuses.
    if not cursor.isascii() or not cursor.isdigit() or len(cursor) > 18:
        raise BadCursorError(cursor)
    return int(cursor)


def pull(session: Session, *, community_id: str, station_id: str, after: int, limit: int) -> Page:
    """The page after position ``after``.

    Each entity in the page is sent once, as it is now (its newest entry), at its first
    position in the page; a row the platform has since deleted is sent only as that
    delete, at the delete's position. A terminal therefore never steps a row back to an
    older state than the one it may already hold: replaying a parcel's "in station" after
    it was picked up and its waybill checked in again would break the station's "one
    parcel in station per waybill" rule halfway through the page.
    """
    in_scope = (
        ChangeLogEntry.community_id == community_id,
        or_(ChangeLogEntry.station_id.is_(None), ChangeLogEntry.station_id == station_id),
    )
    rows = list(
        session.execute(
            select(ChangeLogEntry)
            .where(ChangeLogEntry.position > after, *in_scope)
            .order_by(ChangeLogEntry.position)
            .limit(limit + 1)
        ).scalars()
    )
    has_more = len(rows) > limit
    rows = rows[:limit]
    newest = _newest_entries(session, rows, after, (community_id, station_id))
    changes: list[Change] = []
    sent: set[tuple[str, str]] = set()
    for row in rows:
        key = (row.entity, row.entity_id)
        entry = newest.get(key, row)
        if key in sent or (entry.op == "delete" and entry.position != row.position):
            continue
        sent.add(key)
        changes.append(
            Change(
                entity=entry.entity,
                id=entry.entity_id,
                op="delete" if entry.op == "delete" else "upsert",
                version=entry.version,
                data=entry.data,
            )
        )
    next_cursor = str(rows[-1].position) if rows else str(after)
    return Page(changes, next_cursor, has_more)


_CHUNK = 500  # ids per IN (...), well under SQLite's variable limit


def _newest_entries(
    session: Session, rows: list[ChangeLogEntry], after: int, in_scope: tuple[str, str]
) -> dict[tuple[str, str], ChangeLogEntry]:
    """The newest entry in scope of each entity in ``rows`` (later pages included)."""
    by_entity: dict[str, set[str]] = {}
    for row in rows:
        by_entity.setdefault(row.entity, set()).add(row.entity_id)
    newest: dict[tuple[str, str], ChangeLogEntry] = {}
    for entity, id_set in by_entity.items():
        ids = sorted(id_set)
        for start in range(0, len(ids), _CHUNK):
            for entry in session.execute(
                select(ChangeLogEntry)
                .where(
                    ChangeLogEntry.entity == entity,
                    ChangeLogEntry.entity_id.in_(ids[start : start + _CHUNK]),
                    ChangeLogEntry.position > after,
                )
                .order_by(ChangeLogEntry.position)
            ).scalars():
                if entry.community_id == in_scope[0] and entry.station_id in (None, in_scope[1]):
                    newest[(entry.entity, entry.entity_id)] = entry
    return newest
