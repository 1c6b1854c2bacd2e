"""Apply the platform's changes (PROTOCOL.md "Pull") to the local tables.

One function, ``apply_changes``, takes a page of ``{"entity", "id", "op", "version",
"data"}`` and upserts or deletes rows. Each change is validated before anything is written:
a malformed page raises ``ReplicaError`` and the caller's transaction rolls it all back.
A row that still has unsent local ops is left alone (its ops come back as the platform's
truth later), and an older version never overwrites a newer one.

A page is written entity by entity with a few set-based statements (the stored versions
in one query, then inserts and updates as executemany, deletions by id): a new terminal's
first pull is 690,000 changes, nearly all inserts. Parents' rows are written before their
children's and deletions come last, children first; parcels go row by row (below).

Two local rules the platform does not share are kept here, so a page never fails forever:

- Pickup codes are unique among parcels in station here; the platform only flags a clash
  (``pickup_code_clash``: two terminals, or a terminal restored from an old backup, gave one
  code to two parcels). The parcel checked in first (then the smaller id) keeps the code;
  the other takes the lowest free seq on its own layer and gets a ``code_changed`` event,
  which ``sync.attention`` lists so staff relabel it. A parcel relabelled so keeps its
  local code when the platform sends it again with the clashing one.
- A parcel the platform deletes loses its parcel events with it (the audit log keeps the
  history); without that the events' foreign key would refuse the delete.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from functools import cache, lru_cache
from typing import Any

from sqlalchemy import Insert, String, Table, Update, bindparam, delete, insert, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session
from sqlalchemy.sql.schema import ScalarElementColumnDefault

from station_app import outbox
from station_app.db.models import (
    Base,
    Bill,
    Biller,
    BillLine,
    CatalogItem,
    Household,
    Notice,
    OutboxOp,
    OutboxRef,
    Parcel,
    ParcelEvent,
    Policy,
    Resident,
    Staff,
    SyncState,
    VoucherAccount,
    VoucherLot,
)
from station_app.db.types import canonical_json, format_utc, parse_utc
from station_app.i18n import QT_TRANSLATE_NOOP, UserError
from station_app.ids import new_id
from station_app.shelves import IN_STATION, Slot, free_seq

Converter = Callable[[Any], Any]


class ReplicaError(UserError):
    """A change from the platform that cannot be applied; nothing from its page is."""


def _fail(entity: str, row_id: object, problem: str) -> ReplicaError:
    return ReplicaError(
        QT_TRANSLATE_NOOP(
            "Sync", "The platform sent data that cannot be used ({entity} {id}: {problem})."
        ),
        entity=entity,
        id=row_id,
        problem=problem,
    )


SQLITE_INT = range(-(2**63), 2**63)
"""What an SQLite INTEGER holds: a bigger number from the wire is refused, not a crash."""


def _storable(value: str) -> str:
    # JSON may carry a lone surrogate ("\ud800"): Python keeps it, UTF-8 (SQLite) cannot.
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise ValueError("not valid text (a lone surrogate)") from None
    return value


def _text(limit: int) -> Converter:
    def convert(value: Any) -> str:
        if not isinstance(value, str):
            raise ValueError("expected text")
        if len(value) > limit:
            raise ValueError(f"longer than {limit} characters")
        return _storable(value)

    return convert


def _fen(value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValueError("expected integer fen")
    if value < 0:
        raise ValueError("negative amount")
    if value not in SQLITE_INT:
        raise ValueError("amount too large")
    return value


def _int(value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValueError("expected an integer")
    if value not in SQLITE_INT:
        raise ValueError("integer too large")
    return value


def _bool(value: Any) -> bool:
    if not isinstance(value, bool):
        raise ValueError("expected true or false")
    return value


_parse_utc = lru_cache(maxsize=4096)(parse_utc)  # instants repeat (see _utc_text)


def _instant(value: Any) -> datetime:
    if not isinstance(value, str):
        raise ValueError("expected an RFC 3339 time")
    try:
        return _parse_utc(value)
    except OverflowError:  # 9999-12-31T23:59:59-23:59 is past the last UTC instant
        raise ValueError("out of range") from None


def _date(value: Any) -> date:
    if not isinstance(value, str):
        raise ValueError("expected a date")
    return date.fromisoformat(value)


def _choice(*options: str) -> Converter:
    def convert(value: Any) -> str:
        if value not in options:
            raise ValueError(f"expected one of {', '.join(options)}")
        return str(value)

    return convert


def _phone(value: Any) -> str:
    text = _text(20)(value)
    digits = text.replace("*", "").replace("-", "").replace(" ", "")
    if len(digits) < 4 or not digits.isdigit():
        raise ValueError("not a phone number")
    return text


def _object(value: Any) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise ValueError("expected an object")
    _storable(canonical_json(value))
    return value


@dataclass(frozen=True)
class Field:
    convert: Converter
    required: bool = True


@dataclass(frozen=True)
class EntitySpec:
    model: type[Base]
    fields: Mapping[str, Field]
    derive: Callable[[dict[str, Any]], dict[str, Any]] = field(default=lambda data: {})


def _opt(convert: Converter) -> Field:
    return Field(convert, required=False)


def _tail(data: dict[str, Any]) -> dict[str, Any]:
    return {"phone_tail": "".join(ch for ch in data["phone"] if ch.isdigit())[-4:]}


ENTITIES: dict[str, EntitySpec] = {
    "staff": EntitySpec(
        Staff,
        {
            "name": Field(_text(60)),
            "role": Field(_choice("clerk", "supervisor", "admin")),
            "pin_hash": Field(_text(200)),
            "active": _opt(_bool),
        },
    ),
    "household": EntitySpec(
        Household,
        {
            "community_id": _opt(_text(36)),
            "building": Field(_text(20)),
            "unit": Field(_text(20)),
            "room": Field(_text(20)),
        },
    ),
    "resident": EntitySpec(
        Resident,
        {
            "household_id": Field(_text(36)),
            "name": Field(_text(60)),
            "phone": Field(_phone),
            "is_primary": _opt(_bool),
        },
        derive=_tail,
    ),
    "biller": EntitySpec(
        Biller,
        {
            "name": Field(_text(60)),
            "kind": Field(
                _choice("water", "electricity", "gas", "property", "parking", "sanitation")
            ),
            "allow_partial": Field(_bool),
            "allow_offline": Field(_bool),
            "allow_vouchers": Field(_bool),
        },
    ),
    "bill": EntitySpec(
        Bill,
        {
            "household_id": Field(_text(36)),
            "biller_id": Field(_text(36)),
            "account_no": Field(_text(40)),
            "period": Field(_text(20)),
            "amount_due_fen": Field(_fen),
            "arrears_fen": _opt(_fen),
            "paid_fen": _opt(_fen),
            "due_date": _opt(_date),
            "barcode": _opt(_text(60)),
            "status": Field(_choice("unpaid", "partial", "paid")),
        },
    ),
    "voucher_account": EntitySpec(
        VoucherAccount,
        {
            "household_id": _opt(_text(36)),
            "holder_name": Field(_text(60)),
            "status": Field(_choice("active", "frozen")),
        },
    ),
    "voucher_lot": EntitySpec(
        VoucherLot,
        {
            "account_id": Field(_text(36)),
            "amount_fen": Field(_fen),
            "remaining_fen": Field(_fen),
            "effective_at": Field(_instant),
            "expires_at": _opt(_instant),
            "priority": _opt(_int),
        },
    ),
    "catalog_item": EntitySpec(
        CatalogItem,
        {
            "barcode": _opt(_text(40)),
            "name": Field(_text(100)),
            "kind": Field(_choice("goods", "service")),
            "price_fen": Field(_fen),
            "active": _opt(_bool),
        },
    ),
    "notice": EntitySpec(
        Notice,
        {
            "kind": Field(_choice("outage", "announcement", "service")),
            "title": Field(_text(120)),
            "body": Field(_text(4000)),
            "starts_at": Field(_instant),
            "ends_at": _opt(_instant),
        },
    ),
    "parcel": EntitySpec(
        Parcel,
        {
            "carrier": Field(_text(20)),
            "waybill_no": Field(_text(40)),
            "phone": Field(_phone),
            "recipient_name": _opt(_text(60)),
            "household_id": _opt(_text(36)),
            "shelf": Field(_text(10)),
            "layer": Field(_int),
            "slot_seq": Field(_int),
            "pickup_code": Field(_text(20)),
            "status": Field(_choice("in_station", "picked_up", "returned")),
            "checked_in_at": Field(_instant),
            "picked_up_at": _opt(_instant),
            "pickup_method": _opt(_text(16)),
            "returned_at": _opt(_instant),
            "terminal_id": _opt(_text(36)),
        },
        derive=_tail,
    ),
    "policy": EntitySpec(Policy, {"data": Field(_object)}),
}


@dataclass
class ApplyReport:
    upserted: int = 0
    deleted: int = 0
    stale: int = 0
    held_for_unsent_ops: int = 0
    relabelled: list[str] = field(default_factory=list)
    """Ids of parcels whose pickup code changed here because of a clash."""
    by_entity: dict[str, int] = field(default_factory=dict)


@dataclass(frozen=True)
class _Checked:
    entity: str
    id: str
    op: str
    version: int
    values: dict[str, Any]
    lines: list[dict[str, Any]] | None


def _check(change: Any) -> _Checked:
    if not isinstance(change, dict):
        raise _fail("?", "?", "a change is not an object")
    entity = change.get("entity")
    row_id = change.get("id")
    if not isinstance(entity, str) or entity not in ENTITIES:  # a list is not even hashable
        raise _fail(str(entity)[:40], row_id, "unknown entity")
    if not isinstance(row_id, str) or not row_id or len(row_id) > 36:
        raise _fail(entity, row_id, "bad id")
    try:
        _storable(row_id)
    except ValueError:
        raise _fail(entity, ascii(row_id), "bad id") from None
    op = change.get("op")
    version = change.get("version", 0)
    if op not in ("upsert", "delete"):
        raise _fail(entity, row_id, "op must be upsert or delete")
    if isinstance(version, bool) or not isinstance(version, int) or not 0 <= version < 2**63:
        raise _fail(entity, row_id, "bad version")
    if op == "delete":
        return _Checked(entity, row_id, op, version, {}, None)
    data = change.get("data")
    if not isinstance(data, dict):
        raise _fail(entity, row_id, "upsert without data")
    spec = ENTITIES[entity]
    values: dict[str, Any] = {}
    for name, rule in spec.fields.items():
        if data.get(name) is None:
            if rule.required:
                raise _fail(entity, row_id, f"{name} is missing")
            continue
        try:
            values[name] = rule.convert(data[name])
        except ValueError as error:
            raise _fail(entity, row_id, f"{name}: {error}") from None
    values.update(spec.derive(values))
    lines = _check_lines(row_id, data.get("lines")) if entity == "bill" else None
    return _Checked(entity, row_id, op, version, values, lines)


def _check_lines(bill_id: str, raw: Any) -> list[dict[str, Any]]:
    if raw is None:
        return []
    if not isinstance(raw, list):
        raise _fail("bill", bill_id, "lines must be a list")
    lines = []
    for position, line in enumerate(raw):
        if not isinstance(line, dict):
            raise _fail("bill", bill_id, "a line is not an object")
        try:
            lines.append(
                {
                    "position": position,
                    "description": _text(100)(line.get("description")),
                    "quantity": _text(20)(str(line.get("quantity", "1"))),
                    "unit": _text(10)(line.get("unit", "")),
                    "unit_price_fen": _fen(line.get("unit_price_fen")),
                    "amount_fen": _fen(line.get("amount_fen")),
                }
            )
        except ValueError as error:
            raise _fail("bill", bill_id, f"line {position + 1}: {error}") from None
    return lines


def apply_changes(
    session: Session, changes: Iterable[Any], *, now: datetime | None = None
) -> ApplyReport:
    """Validate the whole page, then apply it inside the caller's transaction.

    ``now`` (trusted time) dates the parcel events this page writes, if any.
    """
    checked = [_check(change) for change in changes]
    try:
        return _apply(session, checked, now or datetime.now(UTC))
    except IntegrityError as error:
        # A row pointing at a parent the page never sent, a duplicate key: the page is bad.
        raise _fail("page", "?", f"inconsistent rows ({error.orig})") from None


_CHUNK = 500  # ids per IN (...) query, well under SQLite's variable limit


def _chunks(ids: Iterable[str]) -> Iterator[list[str]]:
    ordered = sorted(ids)
    for start in range(0, len(ordered), _CHUNK):
        yield ordered[start : start + _CHUNK]


def _apply(session: Session, checked: list[_Checked], now: datetime) -> ApplyReport:
    # What the caller added through the ORM lands first: the statements below bypass its
    # unit of work.
    session.flush()
    report = ApplyReport()
    unsent = _UnsentOps(session)
    by_entity: dict[str, list[_Checked]] = {}
    for change in checked:
        by_entity.setdefault(change.entity, []).append(change)
    # A page interleaves entities (a household, its residents, the next household …):
    # each entity's rows are written together, parents before children, and rows the page
    # deletes go last, children before parents. Each row still goes through its own
    # changes in page order.
    plans = [
        _plan_rows(session, entity, changes, report, unsent)
        for entity, changes in sorted(by_entity.items(), key=lambda item: _DEPENDS[item[0]])
        if entity != "parcel"
    ]
    for plan in plans:
        plan.write(session)
    if "parcel" in by_entity:
        codes = _ParcelCodes(report, now, checked)
        _apply_parcels(session, by_entity["parcel"], report, unsent, codes)
        codes.flush(session)
    for plan in reversed(plans):
        plan.delete(session)
    return report


_DEPENDS = {
    entity: [table.name for table in Base.metadata.sorted_tables].index(spec.model.__tablename__)
    for entity, spec in ENTITIES.items()
}
"""Each entity's place in foreign-key order (a parent's table sorts before its children's)."""


class _UnsentOps:
    """``outbox.has_unsent`` for every row at once, read the first time a stored row is
    met (an initial pull meets none). Applying a page adds no ops, so it stays true."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self.rows: set[tuple[str, str]] | None = None

    def __contains__(self, key: tuple[str, str]) -> bool:
        if self.rows is None:
            found = self.session.execute(
                select(OutboxRef.entity, OutboxRef.entity_id)
                .join(OutboxOp, OutboxOp.seq == OutboxRef.seq)
                .where(OutboxOp.status == outbox.PENDING)
            )
            self.rows = {(entity, entity_id) for entity, entity_id in found}
        return key in self.rows


@cache
def _defaults(entity: str) -> dict[str, Any]:
    """What an optional field the change leaves out is set to: its column's default."""
    spec = ENTITIES[entity]
    table = Base.metadata.tables[spec.model.__tablename__]
    defaults: dict[str, Any] = {}
    for name, rule in spec.fields.items():
        if not rule.required:
            default = table.c[name].default
            assert default is None or isinstance(default, ScalarElementColumnDefault), name
            defaults[name] = default.arg if default is not None else None
    return defaults


@cache
def _instant_fields(entity: str) -> tuple[str, ...]:
    return tuple(n for n, rule in ENTITIES[entity].fields.items() if rule.convert is _instant)


_utc_text = lru_cache(maxsize=4096)(format_utc)
"""The stored text of an instant. A platform's instants repeat (a programme's monthly lots
start and end on the same days for every household): each is formatted once."""


def _row_values(change: _Checked) -> dict[str, Any]:
    """Every field of the entity (the same keys for every row, as executemany needs),
    instants as the text they are stored as."""
    values = {**_defaults(change.entity), **change.values, "version": change.version}
    for name in _instant_fields(change.entity):
        if values[name] is not None:
            values[name] = _utc_text(values[name])
    return values


@cache
def _statements(entity: str, names: tuple[str, ...]) -> tuple[Insert, Update]:
    """The entity's insert, and its update by ``replica_id``, of the columns ``names``."""
    table = Base.metadata.tables[ENTITIES[entity].model.__tablename__]
    instants = _instant_fields(entity)
    values = {
        name: bindparam(name, type_=String() if name in instants else table.c[name].type)
        for name in names
    }
    return (
        insert(table).values(id=bindparam("id"), **values),
        update(table).where(table.c.id == bindparam("replica_id")).values(**values),
    )


@dataclass
class _RowPlan:
    """What a page does to one entity's table, as set-based statements."""

    entity: str
    model: Any
    table: Table
    updated: list[_Checked]
    inserted: list[_Checked]
    deleted: list[str]

    def write(self, session: Session) -> None:
        if self.updated:
            rows = [_row_values(change) for change in self.updated]
            _, updating = _statements(self.entity, tuple(rows[0]))
            for row, change in zip(rows, self.updated, strict=True):
                row["replica_id"] = change.id
            session.execute(updating, rows)
        if self.inserted:
            rows = [_row_values(change) for change in self.inserted]
            inserting, _ = _statements(self.entity, tuple(rows[0]))
            for row, change in zip(rows, self.inserted, strict=True):
                row["id"] = change.id
            session.execute(inserting, rows)
        if self.entity == "bill":
            for chunk in _chunks(change.id for change in self.updated):
                session.execute(delete(BillLine).where(BillLine.bill_id.in_(chunk)))
            lines = [
                {"id": f"{change.id}:{line['position']}", "bill_id": change.id, **line}
                for change in (*self.updated, *self.inserted)
                for line in change.lines or ()
            ]
            if lines:
                session.execute(insert(_BILL_LINES), lines)
        _expire_loaded(session, self.model, (change.id for change in self.updated), gone=False)

    def delete(self, session: Session) -> None:
        for chunk in _chunks(self.deleted):
            if self.entity == "bill":
                session.execute(delete(BillLine).where(BillLine.bill_id.in_(chunk)))
            session.execute(delete(self.table).where(self.table.c.id.in_(chunk)))
        _expire_loaded(session, self.model, self.deleted, gone=True)


_BILL_LINES = Base.metadata.tables["bill_lines"]


def _plan_rows(
    session: Session, entity: str, changes: list[_Checked], report: ApplyReport, unsent: _UnsentOps
) -> _RowPlan:
    """One query for the stored versions, then each row's changes in page order."""
    model = ENTITIES[entity].model
    table = Base.metadata.tables[model.__tablename__]
    stored: dict[str, int] = {}
    for chunk in _chunks({change.id for change in changes}):
        found = session.execute(select(table.c.id, table.c.version).where(table.c.id.in_(chunk)))
        stored.update((row_id, version) for row_id, version in found)
    current = dict(stored)  # each row as the changes so far leave it
    final: dict[str, _Checked | None] = {}  # None: deleted
    for change in changes:
        version = current.get(change.id)
        if version is not None:
            if change.version < version:
                report.stale += 1
                continue
            if (entity, change.id) in unsent:
                report.held_for_unsent_ops += 1
                continue
        if change.op == "delete":
            if version is not None:
                del current[change.id]
                final[change.id] = None
                report.deleted += 1
            continue
        current[change.id] = change.version
        final[change.id] = change
        report.upserted += 1
        report.by_entity[entity] = report.by_entity.get(entity, 0) + 1
    plan = _RowPlan(entity, model, table, [], [], [])
    for row_id, last in final.items():
        if last is None:
            if row_id in stored:
                plan.deleted.append(row_id)
        elif row_id in stored:
            plan.updated.append(last)  # deleted and sent again in one page: updated in place
        else:
            plan.inserted.append(last)
    return plan


def _expire_loaded(session: Session, model: Any, ids: Iterable[str], *, gone: bool) -> None:
    """Objects the session holds for rows written above no longer match them."""
    if not session.identity_map:
        return
    for row_id in ids:
        loaded = session.identity_map.get(Session.identity_key(model, row_id))
        if loaded is None:
            continue
        if gone:
            session.expunge(loaded)
        else:
            session.expire(loaded)


def _apply_parcels(
    session: Session,
    run: list[_Checked],
    report: ApplyReport,
    unsent: _UnsentOps,
    codes: _ParcelCodes,
) -> None:
    """Parcels row by row through the ORM: each may move another's pickup code (and they
    are few: those of other terminals of this station)."""
    rows: dict[str, Parcel] = {}
    for chunk in _chunks({change.id for change in run}):
        rows.update(
            (row.id, row)
            for row in session.execute(select(Parcel).where(Parcel.id.in_(chunk))).scalars()
        )
    defaults = _defaults("parcel")
    for change in run:
        row = rows.get(change.id)
        if row is not None:
            if change.version < row.version:
                report.stale += 1
                continue
            if ("parcel", change.id) in unsent:
                report.held_for_unsent_ops += 1
                continue
        if change.op == "delete":
            if row is not None:
                session.flush()  # a row this page added a moment ago is stored to delete
                session.execute(delete(ParcelEvent).where(ParcelEvent.parcel_id == change.id))
                session.delete(row)
                session.flush()  # so a later change in this page can insert the id afresh
                del rows[change.id]
                report.deleted += 1
            continue
        values = codes.place(session, change.id, row, change.values)
        if row is None:
            row = Parcel(id=change.id)
            session.add(row)
            rows[change.id] = row
        for name, value in {**defaults, **values}.items():
            setattr(row, name, value)
        row.version = change.version
        report.upserted += 1
        report.by_entity["parcel"] = report.by_entity.get("parcel", 0) + 1
    session.flush()


class _ParcelCodes:
    """Keeps pickup codes unique among parcels in station while a page lands."""

    def __init__(self, report: ApplyReport, now: datetime, checked: list[_Checked]) -> None:
        self.report = report
        self.now = now
        self.events: list[ParcelEvent] = []
        # Codes the page itself gives out: a parcel that moves must not land on one of them.
        self.claimed = {
            change.values["pickup_code"]
            for change in checked
            if change.entity == "parcel" and change.values.get("status") == "in_station"
        }

    def place(
        self, session: Session, parcel_id: str, row: Any, values: dict[str, Any]
    ) -> dict[str, Any]:
        """The values to store for an incoming parcel, its code moved if it must yield."""
        if values.get("status") != "in_station":
            return values
        code = values["pickup_code"]
        holder = session.execute(
            select(Parcel).where(IN_STATION, Parcel.pickup_code == code, Parcel.id != parcel_id)
        ).scalar_one_or_none()
        if holder is None:
            return values
        if (values["checked_in_at"], parcel_id) < (holder.checked_in_at, holder.id):
            # The incoming parcel was first: the one here moves to a free place.
            slot = self._free_slot(session, holder.shelf, holder.layer)
            self._moved(holder.id, code, slot.code, other=parcel_id)
            holder.slot_seq, holder.pickup_code = slot.seq, slot.code
            session.flush()
            return values
        if (
            row is not None
            and row.status == "in_station"
            and row.pickup_code != code
            and not _code_held(session, row.pickup_code, parcel_id)
        ):
            # Moved by an earlier page: it stays where staff relabelled it.
            kept = ("shelf", "layer", "slot_seq", "pickup_code")
            return {**values, **{name: getattr(row, name) for name in kept}}
        slot = self._free_slot(session, values["shelf"], values["layer"])
        self._moved(parcel_id, code, slot.code, other=holder.id)
        return {**values, "slot_seq": slot.seq, "pickup_code": slot.code}

    def _free_slot(self, session: Session, shelf: str, layer: int) -> Slot:
        slot = Slot(shelf, layer, free_seq(session, shelf, layer))
        while slot.code in self.claimed or _code_held(session, slot.code, ""):
            slot = Slot(shelf, layer, slot.seq + 1)
        return slot

    def _moved(self, parcel_id: str, old: str, new: str, *, other: str) -> None:
        self.report.relabelled.append(parcel_id)
        self.events.append(
            ParcelEvent(
                id=new_id(),
                parcel_id=parcel_id,
                kind=CODE_CHANGED,
                at=self.now,
                staff_id=None,
                details={
                    "from": old,
                    "to": new,
                    "reason": "pickup_code_clash",
                    "other_parcel_id": other,
                },
            )
        )

    def flush(self, session: Session) -> None:
        """Events after their parcels: a new parcel's row must exist first."""
        session.add_all(self.events)
        session.flush()
        self.events.clear()


CODE_CHANGED = "code_changed"
"""The parcel event of a pickup code moved by the clash rule (``details``: from, to)."""


def _code_held(session: Session, code: str, other_than: str) -> bool:
    found = session.execute(
        select(Parcel.id).where(IN_STATION, Parcel.pickup_code == code, Parcel.id != other_than)
    ).first()
    return found is not None


def apply_page(
    session: Session,
    changes: Iterable[Any],
    next_cursor: str | None,
    *,
    now: datetime | None = None,
) -> ApplyReport:
    """A pull page and its cursor in one transaction: both land or neither does."""
    report = apply_changes(session, changes, now=now)
    state = session.get(SyncState, 1)
    assert state is not None
    state.cursor = next_cursor
    return report
