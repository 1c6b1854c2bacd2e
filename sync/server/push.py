"""Applying a terminal's pushed ops (PROTOCOL.md "Push").

Ops are applied strictly in ``seq`` order, each in its own transaction together with its
``applied_ops`` row and the terminal's cursor, so an op is applied exactly once:

- ``seq <= cursor``: the same op (op_id and payload hash) is a ``duplicate`` answered with
  the stored result; anything else is ``409 seq_reuse`` and quarantines the terminal.
- ``seq > cursor + 1``: ``409 seq_gap`` with ``expected_seq``; nothing from there is applied.
- A business refusal is ``rejected`` with a reason and still advances the cursor, so a bad
  op never blocks the queue.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from pydantic import BaseModel, ValidationError
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from station_app.db.types import canonical_json
from station_app.ids import new_id
from sync.messages import OP_PAYLOADS, OpResult, PushOp, PushRequest, utc_text
from sync.server import audit_chain, bills, directory, parcels, shifts, vouchers
from sync.server.models import AppliedOp, Flag, Station, Terminal
from sync.server.op_context import OpContext, OpRejected
from sync.server.platform import Platform
from sync.server.problems import ProblemError

log = logging.getLogger(__name__)

Handler = Callable[[OpContext, Any], dict[str, Any]]

HANDLERS: dict[str, Handler] = {
    "shift.open": shifts.apply_shift_open,
    "shift.close": shifts.apply_shift_close,
    "cash.movement": shifts.apply_cash_movement,
    "parcel.check_in": parcels.apply_check_in,
    "parcel.pick_up": parcels.apply_pick_up,
    "parcel.return": parcels.apply_return,
    "parcel.remind": parcels.apply_remind,
    "parcel.undo_pick_up": parcels.apply_undo_pick_up,
    "bill.pay": bills.apply_bill_pay,
    "payment.void": bills.apply_payment_void,
    "voucher.redeem": vouchers.apply_redeem,
    "voucher.refund": vouchers.apply_refund,
    "audit.append": audit_chain.apply_audit_append,
    "staff.upsert": directory.apply_staff_upsert,
}
assert set(HANDLERS) == set(OP_PAYLOADS), "every op type needs a payload shape and a handler"


def payload_hash(op: PushOp) -> str:
    return hashlib.sha256(
        canonical_json({"type": op.type, "payload": op.payload}).encode("utf-8")
    ).hexdigest()


@dataclass(frozen=True)
class _Gap:
    expected_seq: int


@dataclass(frozen=True)
class _Reuse:
    seq: int
    detail: str


def push(platform: Platform, terminal_id: str, request: PushRequest) -> tuple[list[OpResult], int]:
    """Apply a batch; return the per-op results and the ack seq (the cursor after it)."""
    results: list[OpResult] = []
    ack_seq = 0
    for op in sorted(request.ops, key=lambda op: op.seq):
        with platform.database.transaction() as session:
            terminal = _terminal_for_push(session, terminal_id, request.epoch)
            outcome = _apply_one(platform, session, terminal, op)
            if isinstance(outcome, _Reuse):
                terminal.quarantined = True
                terminal.quarantine_reason = f"seq {outcome.seq} reused: {outcome.detail}"
            ack_seq = terminal.last_seq
        if isinstance(outcome, _Gap):
            raise ProblemError(
                409,
                "seq_gap",
                f"expected seq {outcome.expected_seq}, got {op.seq}",
                expected_seq=outcome.expected_seq,
                ack_seq=ack_seq,
                results=[r.model_dump(mode="json") for r in results],
            )
        if isinstance(outcome, _Reuse):
            raise ProblemError(
                409,
                "seq_reuse",
                outcome.detail,
                seq=outcome.seq,
                ack_seq=ack_seq,
                results=[r.model_dump(mode="json") for r in results],
            )
        results.append(outcome)
    if not request.ops:
        with platform.database.reading() as session:
            ack_seq = _terminal_for_push(session, terminal_id, request.epoch).last_seq
    return results, ack_seq


def _terminal_for_push(session: Session, terminal_id: str, epoch: int) -> Terminal:
    terminal = session.get(Terminal, terminal_id, with_for_update=True)
    assert terminal is not None, "authenticated terminal vanished"
    if terminal.quarantined:
        raise ProblemError(403, "terminal_quarantined", terminal.quarantine_reason)
    if epoch != terminal.epoch:
        raise ProblemError(409, "epoch_mismatch", expected_epoch=terminal.epoch)
    return terminal


def _apply_one(
    platform: Platform, session: Session, terminal: Terminal, op: PushOp
) -> OpResult | _Gap | _Reuse:
    digest = payload_hash(op)
    if op.seq <= terminal.last_seq:
        stored = session.get(AppliedOp, (terminal.id, terminal.epoch, op.seq))
        if stored is None:  # sent in an earlier epoch (before a restore)?
            stored = session.execute(
                select(AppliedOp).where(
                    AppliedOp.terminal_id == terminal.id, AppliedOp.op_id == op.op_id
                )
            ).scalar_one_or_none()
        if stored is None or stored.op_id != op.op_id or stored.payload_hash != digest:
            return _Reuse(op.seq, "a different op was already applied at this seq")
        return OpResult(
            op_id=op.op_id,
            seq=op.seq,
            status="duplicate",
            result=stored.result,
            reason=stored.reason,
            flags=list(stored.flags),
            original_status=stored.status,  # type: ignore[arg-type]
        )
    if op.seq > terminal.last_seq + 1:
        return _Gap(terminal.last_seq + 1)
    earlier = session.execute(
        select(AppliedOp).where(AppliedOp.terminal_id == terminal.id, AppliedOp.op_id == op.op_id)
    ).scalar_one_or_none()
    if earlier is not None and earlier.seq == op.seq and earlier.payload_hash == digest:
        # The very op, applied in an earlier epoch: after a recover the terminal sends again
        # what it never saw answered (its backup predates the answer). Once is enough.
        terminal.last_seq = op.seq
        terminal.last_seen_at = platform.now()
        return OpResult(
            op_id=op.op_id,
            seq=op.seq,
            status="duplicate",
            result=earlier.result,
            reason=earlier.reason,
            flags=list(earlier.flags),
            original_status=earlier.status,  # type: ignore[arg-type]
        )
    if earlier is not None:
        return _Reuse(op.seq, f"op {op.op_id} was already applied at seq {earlier.seq}")
    station = session.get(Station, terminal.station_id)
    assert station is not None
    now = platform.now()
    ctx = OpContext(
        session, terminal, station, op, now, refund_lot_days=platform.config.refund_lot_days
    )
    status, reason, result = _run_handler(ctx)
    if (
        status != "rejected"
        and abs(op.device_time - op.trusted_time) > platform.config.clock_skew_flag
    ):
        ctx.flag(
            "clock_skew",
            device_time=utc_text(op.device_time),
            trusted_time=utc_text(op.trusted_time),
        )
    if status != "rejected" and ctx.flags:
        status, reason = "flagged", ctx.flags[0]
    session.add(
        AppliedOp(
            terminal_id=terminal.id,
            epoch=terminal.epoch,
            seq=op.seq,
            op_id=op.op_id,
            type=op.type,
            payload_hash=digest,
            status=status,
            reason=reason,
            result=result,
            flags=list(ctx.flags),
            applied_at=now,
        )
    )
    terminal.last_seq = op.seq
    terminal.last_seen_at = now
    return OpResult(
        op_id=op.op_id,
        seq=op.seq,
        status=status,  # type: ignore[arg-type]
        result=result,
        reason=reason,
        flags=list(ctx.flags),
    )


def _run_handler(ctx: OpContext) -> tuple[str, str | None, dict[str, Any]]:
    op = ctx.op
    shape = OP_PAYLOADS.get(op.type)
    if shape is None:
        _flag_refusal(ctx, "unknown_op_type")
        return "rejected", "unknown_op_type", {}
    try:
        payload: BaseModel = shape.model_validate(op.payload)
    except ValidationError as error:
        errors = [
            {"loc": [str(part) for part in item["loc"]], "msg": item["msg"]}
            for item in error.errors()
        ]
        _flag_refusal(ctx, "invalid_payload", errors=errors)
        return "rejected", "invalid_payload", {"errors": errors}
    try:
        with ctx.session.begin_nested():
            result = HANDLERS[op.type](ctx, payload)
    except OpRejected as refusal:
        ctx.flags.clear()  # the savepoint took their rows back
        ctx.session.info.pop("versions", None)
        return "rejected", refusal.reason, refusal.result
    except IntegrityError as error:
        log.warning("op %s (%s) conflicts with stored rows: %s", op.op_id, op.type, error)
        ctx.flags.clear()
        ctx.session.info.pop("versions", None)
        _flag_refusal(ctx, "integrity_conflict")
        return "rejected", "integrity_conflict", {}
    return "applied", None, result


def _flag_refusal(ctx: OpContext, kind: str, **details: Any) -> None:
    """A refusal the station cannot fix by itself (a bug): staff must see it."""
    ctx.session.add(
        Flag(
            id=new_id(),
            community_id=ctx.community_id,
            station_id=ctx.station.id,
            terminal_id=ctx.terminal.id,
            op_id=ctx.op.op_id,
            kind=kind,
            entity=None,
            entity_id=None,
            details={"op_type": ctx.op.type, "seq": ctx.op.seq, **details},
            status="open",
            created_at=ctx.now,
        )
    )
