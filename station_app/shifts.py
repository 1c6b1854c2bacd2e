"""Shifts: open with a counted float, cash in and out, X report, close with a Z report.

Every cash movement is a row in ``cash_movements`` (signed as the drawer sees it), and the
cash a drawer should hold is the sum of those rows: never a running total that could drift.
One shift is open per terminal at a time; every money operation belongs to it.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session, aliased

from station_app import permissions
from station_app.counters import next_value
from station_app.db.models import (
    CashMovement,
    Payment,
    Redemption,
    Shift,
    Staff,
    StationIdentity,
    VoucherRefund,
)
from station_app.db.prepared import Prepared
from station_app.db.types import format_utc
from station_app.i18n import QT_TRANSLATE_NOOP, Message, UserError
from station_app.ids import new_id
from station_app.money import check_fen, format_fen
from station_app.work import Actor, Work

DENOMINATIONS: tuple[str, ...] = ("10000", "5000", "2000", "1000", "500", "100", "50", "10")
"""Notes and coins counted in the drawer, in fen: ¥100 50 20 10 5 1, ¥0.5, ¥0.1."""
MAX_PIECES = 100_000  # per denomination: far above any drawer, catches a slip on the keypad
REASON_LENGTH = 200

FLOAT = "float"
CASH_IN = "cash_in"
CHANGE_OUT = "change_out"
PAID_IN = "paid_in"
PAID_OUT = "paid_out"
VOID_REVERSAL = "void_reversal"


class ShiftError(UserError):
    pass


# --- counting -------------------------------------------------------------------------


def count_cash(counts: Mapping[str, int]) -> tuple[dict[str, int], int]:
    """Pieces per denomination → (every denomination with its count, total fen)."""
    unknown = sorted(set(counts) - set(DENOMINATIONS))
    if unknown:
        raise ShiftError(
            QT_TRANSLATE_NOOP("Shifts", "Unknown denomination {value}."), value=unknown[0]
        )
    normalized: dict[str, int] = {}
    for denomination in DENOMINATIONS:
        pieces = counts.get(denomination, 0)
        if isinstance(pieces, bool) or not isinstance(pieces, int):
            raise TypeError(f"count for {denomination} must be int, not {type(pieces).__name__}")
        if not 0 <= pieces <= MAX_PIECES:
            raise ShiftError(
                QT_TRANSLATE_NOOP("Shifts", "A count must be between 0 and {limit}."),
                limit=MAX_PIECES,
            )
        normalized[denomination] = pieces
    total = sum(int(denomination) * pieces for denomination, pieces in normalized.items())
    return normalized, check_fen(total)


def _reason(reason: str | None, missing: Message) -> str:
    cleaned = " ".join((reason or "").split())
    if not cleaned:
        raise ShiftError(missing)
    if len(cleaned) > REASON_LENGTH:
        raise ShiftError(
            QT_TRANSLATE_NOOP("Shifts", "A reason has at most {limit} characters."),
            limit=REASON_LENGTH,
        )
    return cleaned


# --- the open shift -------------------------------------------------------------------


def current_shift(session: Session, terminal_code: str) -> Shift | None:
    return session.execute(
        select(Shift).where(Shift.terminal_code == terminal_code, Shift.status == "open")
    ).scalar_one_or_none()


_OPEN_SHIFT_ID = Prepared(
    text("SELECT id FROM shifts WHERE terminal_code = :code AND status = 'open'")
)
_STAFF_ACTIVE = Prepared(text("SELECT active FROM staff WHERE id = :id"))


def _checked_shift_id(work: Work, shift_id: str | None) -> str:
    if shift_id is None:
        raise ShiftError(
            QT_TRANSLATE_NOOP("Shifts", "No shift is open. Open a shift before taking money.")
        )
    if work.shift_id is not None and work.shift_id != shift_id:
        # The screen still holds a shift that was closed meanwhile.
        raise ShiftError(
            QT_TRANSLATE_NOOP("Shifts", "That shift is closed. Log in again to continue.")
        )
    work.shift_id = shift_id
    return shift_id


def require_open_shift(work: Work) -> Shift:
    """The terminal's open shift; money operations call this first."""
    shift = current_shift(work.session, work.terminal.code)
    _checked_shift_id(work, shift.id if shift is not None else None)
    assert shift is not None
    return shift


def require_open_shift_id(work: Work) -> str:
    """``require_open_shift`` for a service that needs only the id (no ORM row loaded)."""
    work.flush_pending()
    found = _OPEN_SHIFT_ID.run(work.session, {"code": work.terminal.code}).fetchone()
    return _checked_shift_id(work, None if found is None else str(found[0]))


def _staff(work: Work) -> Staff:
    staff = work.session.get(Staff, work.actor.staff_id) if work.actor.staff_id else None
    if staff is None or not staff.active:
        raise ShiftError(QT_TRANSLATE_NOOP("Shifts", "Log in as a staff member first."))
    return staff


def _staff_id(work: Work) -> str:
    """``_staff`` for the cash ledger, which needs only the id (no ORM row loaded)."""
    staff_id = work.actor.staff_id
    active = False
    if staff_id is not None:
        work.flush_pending()
        found = _STAFF_ACTIVE.run(work.session, {"id": staff_id}).fetchone()
        active = found is not None and bool(found[0])
    if staff_id is None or not active:
        raise ShiftError(QT_TRANSLATE_NOOP("Shifts", "Log in as a staff member first."))
    return staff_id


def open_shift(work: Work, float_denominations: Mapping[str, int]) -> Shift:
    """Start the terminal's shift with the float counted note by note."""
    staff = _staff(work)
    existing = current_shift(work.session, work.terminal.code)
    if existing is not None:
        opener = work.session.get(Staff, existing.staff_id)
        raise ShiftError(
            QT_TRANSLATE_NOOP("Shifts", "A shift is already open on this terminal ({name})."),
            name=opener.name if opener else existing.staff_id,
        )
    denominations, float_fen = count_cash(float_denominations)
    shift = Shift(
        id=new_id(),
        terminal_code=work.terminal.code,
        staff_id=staff.id,
        status="open",
        opened_at=work.now,
        float_fen=float_fen,
        float_denominations=denominations,
    )
    work.session.add(shift)
    work.session.flush()
    work.shift_id = shift.id
    _add_movements(work, _movement(work, shift.id, staff.id, FLOAT, float_fen))
    work.record(
        "shift.open",
        entity="shift",
        entity_id=shift.id,
        op_type="shift.open",
        payload={
            "shift_id": shift.id,
            "staff_id": staff.id,
            "terminal_code": shift.terminal_code,
            "opened_at": format_utc(shift.opened_at),
            "float_fen": float_fen,
            "denominations": denominations,
        },
        details={"float_fen": float_fen},
    )
    return shift


# --- cash movements -------------------------------------------------------------------


@dataclass(frozen=True)
class Movement:
    """A cash movement as written to the ledger (``cash_movements``; not an ORM row)."""

    id: str
    shift_id: str
    kind: str
    amount_fen: int
    staff_id: str
    at: datetime
    reason: str | None = None
    ref_type: str | None = None
    ref_id: str | None = None
    tender: str = "cash"


def _movement(
    work: Work,
    shift_id: str,
    staff_id: str,
    kind: str,
    amount_fen: int,
    *,
    reason: str | None = None,
    ref_type: str | None = None,
    ref_id: str | None = None,
) -> Movement:
    return Movement(
        id=new_id(),
        shift_id=shift_id,
        kind=kind,
        amount_fen=check_fen(amount_fen, allow_negative=True),
        staff_id=staff_id,
        at=work.now,
        reason=reason,
        ref_type=ref_type,
        ref_id=ref_id,
    )


def _add_movements(work: Work, *movements: Movement) -> None:
    """Append to the ledger with a prepared INSERT (the ORM's flush costs several times it)."""
    work.insert(
        CashMovement,
        *(
            {
                "id": row.id,
                "shift_id": row.shift_id,
                "kind": row.kind,
                "tender": row.tender,
                "amount_fen": row.amount_fen,
                "reason": row.reason,
                "ref_type": row.ref_type,
                "ref_id": row.ref_id,
                "staff_id": row.staff_id,
                "at": row.at,
            }
            for row in movements
        ),
    )


def expected_cash(session: Session, shift_id: str) -> int:
    """What the drawer should hold: the sum of the shift's ledger."""
    total = session.execute(
        select(func.coalesce(func.sum(CashMovement.amount_fen), 0)).where(
            CashMovement.shift_id == shift_id
        )
    ).scalar_one()
    return int(total)


def _record_movement(
    work: Work, shift: Shift, movement: Movement, override: Actor | None = None
) -> None:
    approval = (
        {"approved_by_id": override.staff_id, "approved_by_name": override.name}
        if override is not None
        else {}
    )
    work.record(
        f"cash.{movement.kind}",
        entity="cash_movement",
        entity_id=movement.id,
        op_type="cash.movement",
        payload={
            "movement_id": movement.id,
            "shift_id": shift.id,
            "kind": movement.kind,
            "amount_fen": movement.amount_fen,
            "reason": movement.reason,
            "at": format_utc(movement.at),
            **({"supervisor_id": override.staff_id} if override is not None else {}),
        },
        details={
            "amount_fen": movement.amount_fen,
            "reason": movement.reason,
            **approval,
        },
        also_about=(("shift", shift.id),),
    )


def paid_in(work: Work, amount_fen: int, reason: str) -> Movement:
    """Cash put into the drawer that is not a sale (e.g. more change from the safe)."""
    shift = require_open_shift(work)
    check_fen(amount_fen, allow_zero=False)
    why = _reason(reason, QT_TRANSLATE_NOOP("Shifts", "Say why cash is paid in."))
    movement = _movement(work, shift.id, _staff_id(work), PAID_IN, amount_fen, reason=why)
    _add_movements(work, movement)
    _record_movement(work, shift, movement)
    return movement


def paid_out(
    work: Work, amount_fen: int, reason: str, *, override: Actor | None = None
) -> Movement:
    """Cash taken out of the drawer that is not change (guarded: a supervisor approves)."""
    shift = require_open_shift(work)
    permissions.require(work.actor, "paid_out", override=override)
    check_fen(amount_fen, allow_zero=False)
    why = _reason(reason, QT_TRANSLATE_NOOP("Shifts", "Say why cash is paid out."))
    expected = expected_cash(work.session, shift.id)
    if amount_fen > expected:
        raise ShiftError(
            QT_TRANSLATE_NOOP("Shifts", "The drawer should hold only {expected}."),
            expected=format_fen(expected),
        )
    movement = _movement(work, shift.id, _staff_id(work), PAID_OUT, -amount_fen, reason=why)
    _add_movements(work, movement)
    _record_movement(work, shift, movement, override)
    return movement


def record_cash_sale(
    work: Work,
    ref_type: str,
    ref_id: str,
    cash_in_fen: int,
    change_fen: int,
    *,
    shift_id: str | None = None,
) -> list[Movement]:
    """The cash side of a sale: tendered cash in (+), change out (−).

    ``shift_id``: the open shift the caller has just required in this unit of work
    (``require_open_shift_id``), so it is not looked up again.
    No op or audit entry of its own: the calling service's op (``bill.pay``) carries the
    tender and is recorded in the same unit of work.
    """
    if shift_id is None or shift_id != work.shift_id:
        shift_id = require_open_shift_id(work)
    check_fen(cash_in_fen, allow_zero=False)
    check_fen(change_fen)
    if change_fen > cash_in_fen:
        raise ShiftError(
            QT_TRANSLATE_NOOP("Shifts", "The change cannot be more than the cash tendered.")
        )
    staff_id = _staff_id(work)
    movements = [
        _movement(work, shift_id, staff_id, CASH_IN, cash_in_fen, ref_type=ref_type, ref_id=ref_id)
    ]
    if change_fen:
        movements.append(
            _movement(
                work, shift_id, staff_id, CHANGE_OUT, -change_fen, ref_type=ref_type, ref_id=ref_id
            )
        )
    _add_movements(work, *movements)
    return movements


def reverse_cash_sale(work: Work, ref_type: str, ref_id: str) -> Movement | None:
    """Take a voided sale's net cash back out of this shift's drawer (voids: same shift only).

    Returns None when the sale took no cash. Like ``record_cash_sale``, the void service
    records the op (``payment.void``).
    """
    shift = require_open_shift(work)
    rows = (
        work.session.execute(
            select(CashMovement).where(
                CashMovement.shift_id == shift.id,
                CashMovement.ref_type == ref_type,
                CashMovement.ref_id == ref_id,
            )
        )
        .scalars()
        .all()
    )
    if any(row.kind == VOID_REVERSAL for row in rows):
        raise ShiftError(QT_TRANSLATE_NOOP("Shifts", "This sale's cash was already reversed."))
    net = sum(row.amount_fen for row in rows)
    if net == 0:
        return None
    movement = _movement(
        work, shift.id, _staff_id(work), VOID_REVERSAL, -net, ref_type=ref_type, ref_id=ref_id
    )
    _add_movements(work, movement)
    return movement


# --- reports --------------------------------------------------------------------------


@dataclass(frozen=True)
class CashLine:
    """One paid-in or paid-out, as the report lists it (amount as a positive number)."""

    at: datetime
    amount_fen: int
    reason: str
    staff_name: str


@dataclass(frozen=True)
class ShiftReport:
    """Everything an X or Z report prints. Cash figures come from the shift's ledger.

    Movement totals are positive amounts, except ``void_reversal_fen`` which is signed as
    the drawer sees it (usually ≤ 0); so
    ``expected = float + cash_in − change_out + paid_in − paid_out + void_reversal``.
    """

    shift_id: str
    station_name: str
    terminal_code: str
    terminal_name: str
    staff_id: str
    staff_name: str
    status: str
    opened_at: datetime
    closed_at: datetime | None
    closed_by_id: str | None
    closed_by_name: str | None
    float_fen: int
    float_denominations: dict[str, int]
    cash_in_fen: int
    change_out_fen: int
    paid_in_fen: int
    paid_out_fen: int
    void_reversal_fen: int
    expected_fen: int
    counted_fen: int | None
    counted_denominations: dict[str, int] | None
    variance_fen: int | None
    variance_reason: str | None
    z_number: int | None
    tenders: dict[str, int]
    """Net sales by tender: ``cash`` from the ledger, ``voucher`` from payments and
    redemptions of the shift."""
    payment_count: int
    redemption_count: int
    """Voucher redemptions not part of a bill payment (those count as payments)."""
    voided_count: int
    voided_fen: int
    voucher_refunded_fen: int
    paid_ins: tuple[CashLine, ...]
    paid_outs: tuple[CashLine, ...]

    @property
    def kind(self) -> str:
        """``Z`` once the shift is closed (final), ``X`` while it is open (a snapshot)."""
        return "Z" if self.status == "closed" else "X"

    @property
    def cash_sales_fen(self) -> int:
        return self.tenders["cash"]


def x_report(session: Session, shift_id: str) -> ShiftReport:
    """The shift's figures now; for a closed shift, its Z report (reprints read this too)."""
    shift = session.get(Shift, shift_id)
    if shift is None:
        raise ShiftError(QT_TRANSLATE_NOOP("Shifts", "Unknown shift."))
    identity = session.get(StationIdentity, 1)
    by_kind = {
        kind: int(total)
        for kind, total in session.execute(
            select(CashMovement.kind, func.sum(CashMovement.amount_fen))
            .where(CashMovement.shift_id == shift.id)
            .group_by(CashMovement.kind)
        ).all()
    }
    expected = expected_cash(session, shift.id)
    paid_lines = _paid_lines(session, shift.id)

    payments = session.execute(
        select(
            func.count(),
            func.coalesce(func.sum(Payment.voucher_fen), 0),
        ).where(Payment.shift_id == shift.id, Payment.status != "voided")
    ).one()
    voided = session.execute(
        select(func.count(), func.coalesce(func.sum(Payment.total_fen), 0)).where(
            Payment.shift_id == shift.id, Payment.status == "voided"
        )
    ).one()
    redemptions = session.execute(
        select(func.count(), func.coalesce(func.sum(Redemption.total_fen), 0)).where(
            Redemption.shift_id == shift.id,
            Redemption.payment_id.is_(None),
            Redemption.status != "rejected",
        )
    ).one()
    # Refunds carry no shift: this database is one terminal's, so the shift's time window
    # tells which refunds were handed out during it.
    refund_window = [VoucherRefund.created_at >= shift.opened_at]
    if shift.closed_at is not None:
        refund_window.append(VoucherRefund.created_at <= shift.closed_at)
    refunded = session.execute(
        select(func.coalesce(func.sum(VoucherRefund.amount_fen), 0)).where(*refund_window)
    ).scalar_one()

    cash_in = by_kind.get(CASH_IN, 0)
    change_out = -by_kind.get(CHANGE_OUT, 0)
    void_reversal = by_kind.get(VOID_REVERSAL, 0)
    opener = session.get(Staff, shift.staff_id)
    closer = session.get(Staff, shift.closed_by) if shift.closed_by else None
    return ShiftReport(
        shift_id=shift.id,
        station_name=identity.station_name if identity else "",
        terminal_code=shift.terminal_code,
        terminal_name=identity.terminal_name if identity else "",
        staff_id=shift.staff_id,
        staff_name=opener.name if opener else shift.staff_id,
        status=shift.status,
        opened_at=shift.opened_at,
        closed_at=shift.closed_at,
        closed_by_id=shift.closed_by,
        closed_by_name=closer.name if closer else None,
        float_fen=by_kind.get(FLOAT, 0),
        float_denominations=dict(shift.float_denominations),
        cash_in_fen=cash_in,
        change_out_fen=change_out,
        paid_in_fen=by_kind.get(PAID_IN, 0),
        paid_out_fen=-by_kind.get(PAID_OUT, 0),
        void_reversal_fen=void_reversal,
        expected_fen=expected,
        counted_fen=shift.counted_fen,
        counted_denominations=(
            dict(shift.counted_denominations) if shift.counted_denominations else None
        ),
        variance_fen=shift.variance_fen,
        variance_reason=shift.variance_reason,
        z_number=shift.z_number,
        tenders={
            "cash": cash_in - change_out + void_reversal,
            "voucher": int(payments[1]) + int(redemptions[1]),
        },
        payment_count=int(payments[0]),
        redemption_count=int(redemptions[0]),
        voided_count=int(voided[0]),
        voided_fen=int(voided[1]),
        voucher_refunded_fen=int(refunded),
        paid_ins=tuple(line for kind, line in paid_lines if kind == PAID_IN),
        paid_outs=tuple(line for kind, line in paid_lines if kind == PAID_OUT),
    )


def z_report(session: Session, shift_id: str) -> ShiftReport:
    """A closed shift's final report (for a reprint; the reprint itself is guarded)."""
    report = x_report(session, shift_id)
    if report.kind != "Z":
        raise ShiftError(QT_TRANSLATE_NOOP("Shifts", "The shift is still open: no Z report yet."))
    return report


def _paid_lines(session: Session, shift_id: str) -> list[tuple[str, CashLine]]:
    rows = session.execute(
        select(CashMovement, Staff.name)
        .join(Staff, Staff.id == CashMovement.staff_id)
        .where(CashMovement.shift_id == shift_id, CashMovement.kind.in_((PAID_IN, PAID_OUT)))
        .order_by(CashMovement.at, CashMovement.id)
    ).all()
    return [
        (
            movement.kind,
            CashLine(movement.at, abs(movement.amount_fen), movement.reason or "", name),
        )
        for movement, name in rows
    ]


# --- closing --------------------------------------------------------------------------


def close_shift(
    work: Work,
    counted_denominations: Mapping[str, int],
    variance_reason: str | None = None,
    *,
    override: Actor | None = None,
) -> ShiftReport:
    """Count the drawer, compare with the ledger, give the shift its Z number."""
    shift = require_open_shift(work)
    closer = _staff(work)
    if shift.staff_id != closer.id:
        permissions.require(work.actor, "close_other_shift", override=override)
    denominations, counted = count_cash(counted_denominations)
    expected = expected_cash(work.session, shift.id)
    variance = counted - expected
    reason = None
    if variance != 0:
        reason = _reason(
            variance_reason,
            QT_TRANSLATE_NOOP(
                "Shifts", "The count is {variance} off what is expected: say why."
            ).with_params(variance=format_fen(variance)),
        )
    # Gapless per terminal: the counter moves in this transaction, so a refusal returns it.
    z_number = next_value(work.session, f"z:{shift.terminal_code}")
    shift.status = "closed"
    shift.closed_at = work.now
    shift.closed_by = closer.id
    shift.counted_fen = counted
    shift.counted_denominations = denominations
    shift.expected_fen = expected
    shift.variance_fen = variance
    shift.variance_reason = reason
    shift.z_number = z_number
    work.session.flush()
    report = x_report(work.session, shift.id)
    approval = (
        {"approved_by_id": override.staff_id, "approved_by_name": override.name}
        if override is not None
        else {}
    )
    work.record(
        "shift.close",
        entity="shift",
        entity_id=shift.id,
        op_type="shift.close",
        payload={
            "shift_id": shift.id,
            "staff_id": shift.staff_id,
            "closed_by": closer.id,
            "closed_at": format_utc(work.now),
            "float_fen": report.float_fen,
            "counted_fen": counted,
            "expected_fen": expected,
            "variance_fen": variance,
            "variance_reason": reason,
            "denominations": denominations,
            "z_number": z_number,
            "tenders": report.tenders,
            "payment_count": report.payment_count,
        },
        details={
            "z_number": z_number,
            "expected_fen": expected,
            "counted_fen": counted,
            "variance_fen": variance,
            "variance_reason": reason,
            **approval,
        },
    )
    return report


# --- history --------------------------------------------------------------------------


@dataclass(frozen=True)
class ShiftSummary:
    id: str
    terminal_code: str
    staff_id: str
    staff_name: str
    status: str
    opened_at: datetime
    closed_at: datetime | None
    closed_by_name: str | None
    float_fen: int
    expected_fen: int | None
    counted_fen: int | None
    variance_fen: int | None
    z_number: int | None


def shift_history(
    session: Session,
    *,
    staff_id: str | None = None,
    since: datetime | None = None,
    until: datetime | None = None,
    limit: int = 200,
) -> list[ShiftSummary]:
    """Shifts opened in ``[since, until)``, newest first, optionally one person's."""
    opener = aliased(Staff)
    closer = aliased(Staff)
    query = (
        select(Shift, opener.name, closer.name)
        .join(opener, opener.id == Shift.staff_id)
        .outerjoin(closer, closer.id == Shift.closed_by)
        .order_by(Shift.opened_at.desc(), Shift.id.desc())
        .limit(limit)
    )
    if staff_id is not None:
        query = query.where(Shift.staff_id == staff_id)
    if since is not None:
        query = query.where(Shift.opened_at >= since)
    if until is not None:
        query = query.where(Shift.opened_at < until)
    return [
        ShiftSummary(
            id=shift.id,
            terminal_code=shift.terminal_code,
            staff_id=shift.staff_id,
            staff_name=opener_name,
            status=shift.status,
            opened_at=shift.opened_at,
            closed_at=shift.closed_at,
            closed_by_name=closer_name,
            float_fen=shift.float_fen,
            expected_fen=shift.expected_fen,
            counted_fen=shift.counted_fen,
            variance_fen=shift.variance_fen,
            z_number=shift.z_number,
        )
        for shift, opener_name, closer_name in session.execute(query).all()
    ]
