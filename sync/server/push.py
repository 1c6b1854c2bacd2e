"""Applying a terminal's pushed ops (PROTOCOL.md "Push").

Ops are applied strictly in ``seq`` order. A batch is one transaction: the terminal row is
locked once, each op is applied with its ``applied_ops`` row and the terminal's cursor,
and everything commits together, so an op is applied exactly once:

- ``seq <= cursor``: the same op (op_id and payload hash) is a ``duplicate`` answered with
  the stored result; anything else is ``409 seq_reuse`` and quarantines the terminal.
- ``seq > cursor + 1``: ``409 seq_gap`` with ``expected_seq``; nothing from there is applied.
- A business refusal is ``rejected`` with a reason and still advances the cursor, so a bad
  op never blocks the queue (a savepoint takes back what its handler wrote).

On a gap or a reuse the ops before it, and the quarantine, are committed before the 409
goes out (the answer carries their results). An unexpected error rolls the whole batch
back: none of it was applied, and the terminal's retry applies it again.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from pydantic import BaseModel, ValidationError
from sqlalchemy import select
from sqlalchemy.exc import DBAPIError, IntegrityError
from sqlalchemy.orm import Session

from station_app.db.types import canonical_json
from station_app.ids import new_id
from sync.messages import OP_PAYLOADS, OpResult, PushOp, PushRequest, utc_text
from sync.server import audit_chain, bills, directory, parcels, shifts, vouchers
from sync.server.models import AppliedOp, Flag, Station, Terminal
from sync.server.op_context import BatchShared, OpContext, OpRejected
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

REFUSE_BEFORE_WRITING = parcels.PARCEL_OPS
"""Handlers that write nothing to the database before they are done (parcels.py keeps the
batch's parcels in memory): they run without a savepoint. Should the batch's writes still
break a constraint, it is applied again with a savepoint per op, each op's parcels written
in it, so that op alone is refused."""

_CHUNK = 500  # ids per IN (...), well under SQLite's variable limit
_RETRIES = 2
_TRANSIENT = frozenset({"40P01", "40001"})  # deadlock_detected, serialization_failure


def payload_hash(op: PushOp) -> str:
    return hashlib.sha256(
        canonical_json({"type": op.type, "payload": op.payload}).encode("utf-8")
    ).hexdigest()


class _SavepointNeeded(Exception):  # noqa: N818 - not an error: a signal to push()
    """An op applied without a savepoint failed a constraint (the transaction may be lost)."""


@dataclass(frozen=True)
class _Gap:
    expected_seq: int


@dataclass(frozen=True)
class _Reuse:
    seq: int
    detail: str


@dataclass(frozen=True)
class _Applied:
    """An ``applied_ops`` row as the batch needs it (stored, or written by this batch)."""

    op_id: str
    seq: int
    payload_hash: str
    status: str
    reason: str | None
    result: dict[str, Any]
    flags: list[str]

    @classmethod
    def of(cls, row: AppliedOp) -> _Applied:
        return cls(
            row.op_id, row.seq, row.payload_hash, row.status, row.reason, row.result, row.flags
        )

    def duplicate(self, op: PushOp) -> OpResult:
        return OpResult(
            op_id=op.op_id,
            seq=op.seq,
            status="duplicate",
            result=self.result,
            reason=self.reason,
            flags=list(self.flags),
            original_status=self.status,  # type: ignore[arg-type]
        )


@dataclass
class _Batch:
    """One push request's transaction and what its ops share."""

    platform: Platform
    session: Session
    terminal: Terminal
    station: Station
    by_seq: dict[int, _Applied]
    """This epoch's applied ops at the seqs the batch repeats, and the batch's own."""
    by_op_id: dict[str, _Applied]
    """Applied ops (any epoch) with the op_ids of the batch, and the batch's own."""
    shared: BatchShared
    savepoints: bool
    """A savepoint for every op, not only those that may refuse after writing."""
    cursor: int
    """The terminal's ``last_seq`` as the batch moves it (stored on the row at the end, so
    the row is not flushed once per op)."""


def push(platform: Platform, terminal_id: str, request: PushRequest) -> tuple[list[OpResult], int]:
    """Apply a batch; return the per-op results and the ack seq (the cursor after it)."""
    if not request.ops:
        with platform.database.reading() as session:
            return [], _terminal_for_push(session, terminal_id, request.epoch).last_seq
    savepoints = False
    retries = 0
    while True:
        try:
            return _push(platform, terminal_id, request, savepoints=savepoints)
        except _SavepointNeeded:
            log.warning("a push batch hit a constraint; applying it again with savepoints")
            savepoints = True  # never raised again
        except DBAPIError as error:
            # PostgreSQL picked this batch as a deadlock's (or serialisation's) victim: it
            # holds its rows' locks until commit, so two terminals of a station can cross.
            if getattr(error.orig, "sqlstate", None) not in _TRANSIENT or retries == _RETRIES:
                raise
            retries += 1
            log.warning("push batch rolled back (%s); applying it again", error.orig)


def _push(
    platform: Platform, terminal_id: str, request: PushRequest, *, savepoints: bool
) -> tuple[list[OpResult], int]:
    results: list[OpResult] = []
    stop: tuple[PushOp, _Gap | _Reuse] | None = None
    with platform.database.transaction() as session:
        terminal = _terminal_for_push(session, terminal_id, request.epoch)
        ops = sorted(request.ops, key=lambda op: op.seq)
        batch = _start(platform, session, terminal, ops, savepoints=savepoints)
        for op in ops:
            outcome = _apply_one(batch, op)
            if isinstance(outcome, _Gap | _Reuse):
                stop = (op, outcome)
                break
            results.append(outcome)
        _finish(batch)
        if stop is not None and isinstance(stop[1], _Reuse):
            terminal.quarantined = True
            terminal.quarantine_reason = f"seq {stop[1].seq} reused: {stop[1].detail}"
        ack_seq = terminal.last_seq
    if stop is None:
        return results, ack_seq
    op, problem = stop
    answered = [result.model_dump(mode="json") for result in results]
    if isinstance(problem, _Gap):
        raise ProblemError(
            409,
            "seq_gap",
            f"expected seq {problem.expected_seq}, got {op.seq}",
            expected_seq=problem.expected_seq,
            ack_seq=ack_seq,
            results=answered,
        )
    raise ProblemError(
        409, "seq_reuse", problem.detail, seq=problem.seq, ack_seq=ack_seq, results=answered
    )


def _terminal_for_push(session: Session, terminal_id: str, epoch: int) -> Terminal:
    terminal = session.get(Terminal, terminal_id, with_for_update=True)
    assert terminal is not None, "authenticated terminal vanished"
    if terminal.quarantined:
        raise ProblemError(403, "terminal_quarantined", terminal.quarantine_reason)
    if epoch != terminal.epoch:
        raise ProblemError(409, "epoch_mismatch", expected_epoch=terminal.epoch)
    return terminal


def _start(
    platform: Platform,
    session: Session,
    terminal: Terminal,
    ops: list[PushOp],
    *,
    savepoints: bool,
) -> _Batch:
    """Read what the batch's checks need in a few queries instead of a few per op."""
    station = session.get(Station, terminal.station_id)
    assert station is not None
    by_op_id: dict[str, _Applied] = {}
    op_ids = sorted({op.op_id for op in ops})
    for start in range(0, len(op_ids), _CHUNK):
        for row in session.execute(
            select(AppliedOp).where(
                AppliedOp.terminal_id == terminal.id,
                AppliedOp.op_id.in_(op_ids[start : start + _CHUNK]),
            )
        ).scalars():
            by_op_id[row.op_id] = _Applied.of(row)
    by_seq: dict[int, _Applied] = {}
    repeated = sorted({op.seq for op in ops if op.seq <= terminal.last_seq})
    for start in range(0, len(repeated), _CHUNK):
        for row in session.execute(
            select(AppliedOp).where(
                AppliedOp.terminal_id == terminal.id,
                AppliedOp.epoch == terminal.epoch,
                AppliedOp.seq.in_(repeated[start : start + _CHUNK]),
            )
        ).scalars():
            by_seq[row.seq] = _Applied.of(row)
    shared = BatchShared()
    fresh = [op for op in ops if op.seq > terminal.last_seq]
    parcels.prepare_batch(session, shared, station, fresh)
    return _Batch(
        platform,
        session,
        terminal,
        station,
        by_seq,
        by_op_id,
        shared,
        savepoints=savepoints,
        cursor=terminal.last_seq,
    )


def _finish(batch: _Batch) -> None:
    try:
        batch.shared.parcels.flush(batch.session.connection())
    except IntegrityError as error:
        if batch.savepoints:
            raise
        raise _SavepointNeeded from error  # each op's parcels then go out in its savepoint
    batch.shared.writes.write(batch.session)
    batch.terminal.last_seq = batch.cursor
    batch.terminal.last_seen_at = batch.platform.now()


def _apply_one(batch: _Batch, op: PushOp) -> OpResult | _Gap | _Reuse:
    terminal = batch.terminal
    digest = payload_hash(op)
    if op.seq <= batch.cursor:
        # Sent in an earlier epoch (before a restore) if this epoch has nothing at the seq.
        stored = batch.by_seq.get(op.seq) or batch.by_op_id.get(op.op_id)
        if stored is None or stored.op_id != op.op_id or stored.payload_hash != digest:
            return _Reuse(op.seq, "a different op was already applied at this seq")
        return stored.duplicate(op)
    if op.seq > batch.cursor + 1:
        return _Gap(batch.cursor + 1)
    earlier = batch.by_op_id.get(op.op_id)
    if earlier is not None and earlier.seq == op.seq and earlier.payload_hash == digest:
        # The very op, applied in an earlier epoch: after a recover the terminal sends again
        # what it never saw answered (its backup predates the answer). Once is enough.
        batch.cursor = op.seq
        return earlier.duplicate(op)
    if earlier is not None:
        return _Reuse(op.seq, f"op {op.op_id} was already applied at seq {earlier.seq}")
    platform = batch.platform
    now = platform.now()
    ctx = OpContext(
        batch.session,
        terminal,
        batch.station,
        op,
        now,
        refund_lot_days=platform.config.refund_lot_days,
        shared=batch.shared,
    )
    savepoint = batch.savepoints or op.type not in REFUSE_BEFORE_WRITING
    status, reason, result = _run_handler(ctx, savepoint=savepoint, flush=batch.savepoints)
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
    applied = _Applied(op.op_id, op.seq, digest, status, reason, result, list(ctx.flags))
    ctx.insert(
        AppliedOp,
        {
            "terminal_id": terminal.id,
            "epoch": terminal.epoch,
            "seq": op.seq,
            "op_id": op.op_id,
            "type": op.type,
            "payload_hash": digest,
            "status": status,
            "reason": reason,
            "result": result,
            "flags": applied.flags,
            "applied_at": now,
        },
    )
    batch.shared.keep_op()
    batch.by_seq[op.seq] = batch.by_op_id[op.op_id] = applied
    batch.cursor = op.seq
    return OpResult(
        op_id=op.op_id,
        seq=op.seq,
        status=status,  # type: ignore[arg-type]
        result=result,
        reason=reason,
        flags=list(ctx.flags),
    )


def _run_handler(
    ctx: OpContext, *, savepoint: bool, flush: bool
) -> tuple[str, str | None, dict[str, Any]]:
    """Apply the op; with ``flush``, its parcels are written inside its savepoint (so a
    constraint they break refuses this op alone)."""
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
    handler = HANDLERS[op.type]
    try:
        if savepoint:
            with ctx.session.begin_nested():
                result = handler(ctx, payload)
                if flush:
                    ctx.shared.parcels.flush(ctx.session.connection())
        else:
            try:
                result = handler(ctx, payload)
            except IntegrityError as error:
                raise _SavepointNeeded from error
    except OpRejected as refusal:
        ctx.flags.clear()  # the savepoint took their rows back (or there were none)
        ctx.shared.drop_op()  # and these were never written
        return "rejected", refusal.reason, refusal.result
    except IntegrityError as error:
        log.warning("op %s (%s) conflicts with stored rows: %s", op.op_id, op.type, error)
        ctx.flags.clear()
        ctx.shared.drop_op()
        _flag_refusal(ctx, "integrity_conflict")
        return "rejected", "integrity_conflict", {}
    return "applied", None, result


def _flag_refusal(ctx: OpContext, kind: str, **details: Any) -> None:
    """A refusal the station cannot fix by itself (a bug): staff must see it."""
    ctx.insert(
        Flag,
        {
            "id": new_id(),
            "community_id": ctx.community_id,
            "station_id": ctx.station.id,
            "terminal_id": ctx.terminal.id,
            "op_id": ctx.op.op_id,
            "kind": kind,
            "entity": None,
            "entity_id": None,
            "details": {"op_type": ctx.op.type, "seq": ctx.op.seq, **details},
            "status": "open",
            "created_at": ctx.now,
        },
    )
