"""Shifts and the cash drawer: station-owned facts the platform keeps and checks.

The platform never refuses them; it flags totals that do not add up (denominations
against the stated amount, counted against expected cash).
"""

from __future__ import annotations

from typing import Any

from station_app.ids import new_id
from sync.messages import CashMovementPayload, ShiftClosePayload, ShiftOpenPayload
from sync.server.models import CashMovement, Shift
from sync.server.op_context import OpContext, OpRejected


def denominations_total(denominations: dict[str, int]) -> int | None:
    """``{"<fen>": count}`` → fen, or None when a key is not a denomination."""
    total = 0
    for value, count in denominations.items():
        if not (value.isascii() and value.isdigit()):  # "²".isdigit() is True
            return None
        total += int(value) * count
    return total


def _check_count(
    ctx: OpContext, shift_id: str, stated_fen: int, denominations: dict[str, int] | None
) -> None:
    if denominations is None:
        return
    counted = denominations_total(denominations)
    if counted != stated_fen:
        ctx.flag(
            "denominations_mismatch",
            entity="shift",
            entity_id=shift_id,
            stated_fen=stated_fen,
            denominations_fen=counted,
        )


def apply_shift_open(ctx: OpContext, p: ShiftOpenPayload) -> dict[str, Any]:
    existing = ctx.session.get(Shift, p.shift_id)
    if existing is not None:
        raise OpRejected("shift_exists", shift_id=p.shift_id)
    _check_count(ctx, p.shift_id, p.float_fen, p.denominations)
    ctx.session.add(
        Shift(
            id=p.shift_id,
            station_id=ctx.station.id,
            terminal_id=ctx.terminal.id,
            staff_id=p.staff_id,
            status="open",
            opened_at=p.opened_at or ctx.at,
            float_fen=p.float_fen,
            float_denominations=p.denominations,
        )
    )
    return {"shift_id": p.shift_id}


def apply_shift_close(ctx: OpContext, p: ShiftClosePayload) -> dict[str, Any]:
    shift = ctx.session.get(Shift, p.shift_id, with_for_update=True)
    if shift is None:
        # The open never reached us (a lost op is a bug elsewhere): keep the close anyway.
        ctx.flag("shift_unknown", entity="shift", entity_id=p.shift_id)
        shift = Shift(
            id=p.shift_id,
            station_id=ctx.station.id,
            terminal_id=ctx.terminal.id,
            staff_id=p.staff_id,
            opened_at=ctx.at,
            float_fen=0,
        )
        ctx.session.add(shift)
    elif shift.status == "closed":
        raise OpRejected("shift_closed", shift_id=p.shift_id)
    _check_count(ctx, p.shift_id, p.counted_fen, p.denominations)
    variance = p.counted_fen - p.expected_fen
    if variance != 0:
        ctx.flag(
            "cash_variance",
            entity="shift",
            entity_id=p.shift_id,
            expected_fen=p.expected_fen,
            counted_fen=p.counted_fen,
            variance_fen=variance,
        )
    shift.status = "closed"
    shift.closed_at = p.closed_at or ctx.at
    shift.closed_by = p.staff_id
    shift.counted_fen = p.counted_fen
    shift.expected_fen = p.expected_fen
    shift.counted_denominations = p.denominations
    shift.z_number = p.z_number
    return {"shift_id": p.shift_id, "variance_fen": variance}


def apply_cash_movement(ctx: OpContext, p: CashMovementPayload) -> dict[str, Any]:
    if ctx.session.get(CashMovement, p.movement_id) is not None:
        raise OpRejected("movement_exists", movement_id=p.movement_id)
    ctx.session.add(
        CashMovement(
            id=p.movement_id or new_id(),
            shift_id=p.shift_id,
            terminal_id=ctx.terminal.id,
            kind=p.kind,
            amount_fen=p.amount_fen,
            reason=p.reason,
            at=ctx.at,
        )
    )
    return {"movement_id": p.movement_id}
