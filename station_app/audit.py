"""The audit log: append-only and hash-chained, so an edited or removed row is detectable.

``hash = sha256(prev_hash + canonical(entry))``; the first entry chains from ``GENESIS``.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from station_app.counters import next_value
from station_app.db.models import AuditEntry
from station_app.db.prepared import Prepared
from station_app.db.types import canonical_json, format_utc

GENESIS = "0" * 64
_INSERT = Prepared.insert(
    AuditEntry,
    ("seq", "at", "staff_id", "action", "entity", "entity_id", "details", "prev_hash", "hash"),
)
_HASH_OF = Prepared(text("SELECT hash FROM audit_log WHERE seq = :seq"))


@dataclass(frozen=True)
class AuditRecord:
    """The entry just appended (the row itself is written with a prepared INSERT)."""

    seq: int
    hash: str


def entry_hash(
    prev_hash: str,
    *,
    seq: int,
    at: datetime,
    staff_id: str | None,
    action: str,
    entity: str | None,
    entity_id: str | None,
    details: dict[str, Any],
) -> str:
    canonical = canonical_json(
        {
            "seq": seq,
            "at": format_utc(at),
            "staff_id": staff_id,
            "action": action,
            "entity": entity,
            "entity_id": entity_id,
            "details": details,
        }
    )
    return hashlib.sha256((prev_hash + canonical).encode("utf-8")).hexdigest()


def append(
    session: Session,
    *,
    at: datetime,
    action: str,
    staff_id: str | None = None,
    entity: str | None = None,
    entity_id: str | None = None,
    details: dict[str, Any] | None = None,
) -> AuditRecord:
    """Append one entry inside the caller's transaction."""
    details = details or {}
    seq = next_value(session, "audit")
    prev_hash = GENESIS
    if seq > 1:
        # Only the previous hash: the chain needs nothing else of that entry.
        found = _HASH_OF.run(session, {"seq": seq - 1}).fetchone()
        assert found is not None, "audit chain has a gap"
        prev_hash = str(found[0])
    digest = entry_hash(
        prev_hash,
        seq=seq,
        at=at,
        staff_id=staff_id,
        action=action,
        entity=entity,
        entity_id=entity_id,
        details=details,
    )
    _INSERT.run(
        session,
        {
            "seq": seq,
            "at": at,
            "staff_id": staff_id,
            "action": action,
            "entity": entity,
            "entity_id": entity_id,
            "details": details,
            "prev_hash": prev_hash,
            "hash": digest,
        },
    )
    return AuditRecord(seq, digest)


@dataclass(frozen=True)
class ChainReport:
    ok: bool
    entries: int
    first_bad_seq: int | None = None
    problem: str = ""


def verify_entries(entries: Iterable[AuditEntry]) -> ChainReport:
    prev_hash = GENESIS
    expected_seq = 1
    count = 0
    for entry in entries:
        count += 1
        if entry.seq != expected_seq:
            return ChainReport(False, count, expected_seq, f"entry {expected_seq} is missing")
        if entry.prev_hash != prev_hash:
            return ChainReport(False, count, entry.seq, "does not chain to the entry before it")
        recomputed = entry_hash(
            prev_hash,
            seq=entry.seq,
            at=entry.at,
            staff_id=entry.staff_id,
            action=entry.action,
            entity=entry.entity,
            entity_id=entry.entity_id,
            details=entry.details,
        )
        if recomputed != entry.hash:
            return ChainReport(False, count, entry.seq, "content does not match its hash")
        prev_hash = entry.hash
        expected_seq += 1
    return ChainReport(True, count)


def verify(session: Session) -> ChainReport:
    """Walk the whole chain in seq order; report the first entry that fails."""
    rows = session.execute(
        select(AuditEntry).order_by(AuditEntry.seq).execution_options(yield_per=2000)
    ).scalars()
    return verify_entries(rows)
