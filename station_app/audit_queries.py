"""Reading the audit log: filtered, paged for the viewer, and exported to CSV.

The log itself (append, verify) is ``station_app.audit``; this module only reads it.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from station_app.db.models import AuditEntry, Staff
from station_app.db.types import canonical_json, format_utc

PAGE_SIZE = 50
MAX_PAGE_SIZE = 500
CSV_COLUMNS = (
    "seq",
    "local_time",
    "utc_time",
    "staff_id",
    "staff_name",
    "action",
    "entity",
    "entity_id",
    "details",
    "hash",
)


@dataclass(frozen=True)
class AuditFilters:
    """All optional. ``action`` ending in ``.`` matches a family (``shift.`` → every shift
    action); otherwise it matches exactly. The range is ``[since, until)``."""

    staff_id: str | None = None
    action: str | None = None
    since: datetime | None = None
    until: datetime | None = None


@dataclass(frozen=True)
class AuditRow:
    seq: int
    at: datetime
    staff_id: str | None
    staff_name: str | None
    action: str
    entity: str | None
    entity_id: str | None
    details: dict[str, Any]
    hash: str


@dataclass(frozen=True)
class AuditPage:
    rows: list[AuditRow]
    total: int
    page: int
    page_size: int

    @property
    def pages(self) -> int:
        return max(1, -(-self.total // self.page_size))


def _filtered(query: Select, filters: AuditFilters) -> Select:
    if filters.staff_id is not None:
        query = query.where(AuditEntry.staff_id == filters.staff_id)
    if filters.action:
        if filters.action.endswith("."):
            escaped = filters.action.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
            query = query.where(AuditEntry.action.like(f"{escaped}%", escape="\\"))
        else:
            query = query.where(AuditEntry.action == filters.action)
    if filters.since is not None:
        query = query.where(AuditEntry.at >= filters.since)
    if filters.until is not None:
        query = query.where(AuditEntry.at < filters.until)
    return query


def _rows_query(filters: AuditFilters) -> Select:
    return _filtered(
        select(AuditEntry, Staff.name).outerjoin(Staff, Staff.id == AuditEntry.staff_id),
        filters,
    )


def _row(entry: AuditEntry, staff_name: str | None) -> AuditRow:
    return AuditRow(
        seq=entry.seq,
        at=entry.at,
        staff_id=entry.staff_id,
        staff_name=staff_name,
        action=entry.action,
        entity=entry.entity,
        entity_id=entry.entity_id,
        details=entry.details,
        hash=entry.hash,
    )


def audit_page(
    session: Session,
    filters: AuditFilters | None = None,
    *,
    page: int = 0,
    page_size: int = PAGE_SIZE,
) -> AuditPage:
    """One page of matching entries, newest first (``page`` counts from 0)."""
    filters = filters or AuditFilters()
    page = max(0, page)
    page_size = min(max(1, page_size), MAX_PAGE_SIZE)
    total = session.execute(
        _filtered(select(func.count()).select_from(AuditEntry), filters)
    ).scalar_one()
    rows = session.execute(
        _rows_query(filters)
        .order_by(AuditEntry.seq.desc())
        .offset(page * page_size)
        .limit(page_size)
    ).all()
    return AuditPage([_row(entry, name) for entry, name in rows], int(total), page, page_size)


def audit_actions(session: Session) -> list[str]:
    """Every action the log holds, for the viewer's filter list."""
    return list(
        session.execute(select(AuditEntry.action).distinct().order_by(AuditEntry.action))
        .scalars()
        .all()
    )


_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _cell(value: str | None) -> str:
    """Text as a spreadsheet shows it, never as a formula (staff names are typed in)."""
    text = value or ""
    return "'" + text if text.startswith(_FORMULA_START) else text


def export_audit_csv(
    session: Session,
    path: Path,
    filters: AuditFilters | None = None,
    *,
    timezone: str = "Asia/Shanghai",
) -> int:
    """Write matching entries, oldest first, to ``path``; returns how many.

    UTF-8 with a byte-order mark so Excel on a Chinese Windows opens it as UTF-8. Written to
    a temporary file and moved into place, so a failed export leaves no half file.
    """
    zone = ZoneInfo(timezone)
    query = (
        _rows_query(filters or AuditFilters())
        .order_by(AuditEntry.seq)
        .execution_options(yield_per=1000)
    )
    partial = path.with_name(path.name + ".partial")
    count = 0
    try:
        with partial.open("w", encoding="utf-8-sig", newline="") as handle:
            writer = csv.writer(handle)
            writer.writerow(CSV_COLUMNS)
            for entry, staff_name in session.execute(query):
                writer.writerow(
                    [
                        entry.seq,
                        entry.at.astimezone(zone).strftime("%Y-%m-%d %H:%M:%S"),
                        format_utc(entry.at),
                        entry.staff_id or "",
                        _cell(staff_name),
                        _cell(entry.action),
                        _cell(entry.entity),
                        _cell(entry.entity_id),
                        _cell(canonical_json(entry.details)),
                        entry.hash,
                    ]
                )
                count += 1
        partial.replace(path)
    finally:
        partial.unlink(missing_ok=True)
    return count
