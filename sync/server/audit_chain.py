"""``audit.append``: a terminal's hash-chained audit entries, checked as they arrive.

Each entry must recompute to its hash (``station_app.audit.entry_hash``) and chain to the
entry before it. A chain that continues from an older entry (a terminal restored from a
backup) is a fork; one that continues from nothing known is broken. Both are kept and
flagged: the evidence matters more than the refusal.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from station_app.audit import GENESIS, entry_hash
from station_app.ids import new_id
from sync.messages import AuditAppendPayload, AuditEntryPayload
from sync.server.models import TerminalAuditEntry
from sync.server.op_context import OpContext


def _recomputed(entry: AuditEntryPayload) -> str:
    return entry_hash(
        entry.prev_hash,
        seq=entry.seq,
        at=entry.at,
        staff_id=entry.staff_id,
        action=entry.action,
        entity=entry.entity,
        entity_id=entry.entity_id,
        details=entry.details,
    )


def _stored(ctx: OpContext, seq: int, hash_: str) -> bool:
    found = ctx.session.execute(
        select(TerminalAuditEntry.id).where(
            TerminalAuditEntry.terminal_id == ctx.terminal.id,
            TerminalAuditEntry.seq == seq,
            TerminalAuditEntry.hash == hash_,
        )
    ).first()
    return found is not None


def apply_audit_append(ctx: OpContext, p: AuditAppendPayload) -> dict[str, Any]:
    terminal = ctx.terminal
    stored = 0
    skipped = 0
    for entry in sorted(p.entries, key=lambda e: e.seq):
        if entry.seq <= terminal.audit_seq and _stored(ctx, entry.seq, entry.hash):
            skipped += 1  # already have it (a resend)
            continue
        if _recomputed(entry) != entry.hash:
            ctx.flag("audit_hash_mismatch", entity="audit", entity_id=None, audit_seq=entry.seq)
        continues_head = entry.seq == terminal.audit_seq + 1 and entry.prev_hash == (
            terminal.audit_hash or GENESIS
        )
        if not continues_head:
            known_parent = (entry.seq == 1 and entry.prev_hash == GENESIS) or _stored(
                ctx, entry.seq - 1, entry.prev_hash
            )
            ctx.flag(
                "audit_fork" if known_parent else "audit_chain_broken",
                entity="audit",
                audit_seq=entry.seq,
                expected_seq=terminal.audit_seq + 1,
            )
        ctx.session.add(
            TerminalAuditEntry(
                id=new_id(),
                terminal_id=terminal.id,
                seq=entry.seq,
                at=entry.at,
                staff_id=entry.staff_id,
                action=entry.action,
                entity=entry.entity,
                entity_id=entry.entity_id,
                details=entry.details,
                prev_hash=entry.prev_hash,
                hash=entry.hash,
            )
        )
        ctx.session.flush()
        terminal.audit_seq = entry.seq
        terminal.audit_hash = entry.hash
        stored += 1
    return {"stored": stored, "skipped": skipped, "audit_seq": terminal.audit_seq}
