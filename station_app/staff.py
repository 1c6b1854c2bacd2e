"""Staff: PIN login (argon2id, lockout), supervisor override by PIN, local staff admin."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from station_app import permissions
from station_app.db.models import Staff, StationIdentity
from station_app.i18n import QT_TRANSLATE_NOOP, UserError
from station_app.ids import new_id
from station_app.login_roster import StaffCard
from station_app.settings import LOGIN_LOCKOUT_MINUTES, LOGIN_MAX_FAILURES
from station_app.work import Actor, Work

ROLES = ("clerk", "supervisor", "admin")
PIN_LENGTHS = range(4, 9)

_hasher = PasswordHasher()  # argon2id with the library's current defaults


class LoginError(UserError):
    pass


def check_pin_shape(pin: str) -> str:
    if not pin.isdigit() or len(pin) not in PIN_LENGTHS:
        raise LoginError(QT_TRANSLATE_NOOP("Login", "A PIN is 4 to 8 digits."))
    return pin


def hash_pin(pin: str) -> str:
    return _hasher.hash(check_pin_shape(pin))


def pin_matches(pin_hash: str, pin: str) -> bool:
    try:
        return _hasher.verify(pin_hash, pin)
    except (VerificationError, InvalidHashError):
        return False


def active_staff(session: Session) -> list[StaffCard]:
    rows = session.execute(
        select(Staff).where(Staff.active.is_(True)).order_by(Staff.role.desc(), Staff.name)
    ).scalars()
    return [StaffCard(s.id, s.name, s.role) for s in rows]


@dataclass(frozen=True)
class LoginOutcome:
    """A login either gives an actor or a refusal; a refusal's writes (count, audit) stay."""

    actor: Actor | None
    refusal: LoginError | None = None

    def actor_or_raise(self) -> Actor:
        if self.refusal is not None:
            raise self.refusal
        assert self.actor is not None
        return self.actor


def log_in(
    work: Work, staff_id: str, pin: str, *, max_failures: int, lockout: timedelta
) -> LoginOutcome:
    """Check a PIN. Wrong PINs count towards a lockout; every attempt is audited.

    The caller commits the unit of work, then calls ``actor_or_raise()``.
    """
    staff = work.session.get(Staff, staff_id)
    if staff is None or not staff.active:
        return LoginOutcome(None, _unknown_staff())
    attempt = _attempt_pin(work, staff, pin, max_failures=max_failures, lockout=lockout)
    if attempt.counted:
        work.audit(
            "staff.login_failed",
            entity="staff",
            entity_id=staff.id,
            details={"locked": attempt.locked},
        )
    elif attempt.refusal is None:
        work.audit("staff.login", entity="staff", entity_id=staff.id)
    if attempt.refusal is not None:
        return LoginOutcome(None, attempt.refusal)
    return LoginOutcome(_actor(staff))


@dataclass(frozen=True)
class _Attempt:
    refusal: LoginError | None
    counted: bool = False
    """A wrong PIN that counted towards the lockout (a locked account counts nothing)."""
    locked: bool = False


def _attempt_pin(
    work: Work, staff: Staff, pin: str, *, max_failures: int, lockout: timedelta
) -> _Attempt:
    """The lockout rule shared by login and supervisor override."""
    if staff.locked_until is not None and staff.locked_until > work.now:
        return _Attempt(
            LoginError(
                QT_TRANSLATE_NOOP("Login", "Too many wrong PINs. Try again in {minutes} min."),
                minutes=_minutes_left(staff.locked_until, work.now),
            )
        )
    if not pin_matches(staff.pin_hash, pin):
        staff.failed_attempts += 1
        if staff.failed_attempts >= max_failures:
            staff.locked_until = work.now + lockout
            staff.failed_attempts = 0
            return _Attempt(
                LoginError(
                    QT_TRANSLATE_NOOP(
                        "Login", "Too many wrong PINs. {name} is locked for {minutes} min."
                    ),
                    name=staff.name,
                    minutes=int(lockout.total_seconds() // 60),
                ),
                counted=True,
                locked=True,
            )
        return _Attempt(
            LoginError(
                QT_TRANSLATE_NOOP("Login", "Wrong PIN. {left} tries left."),
                left=max_failures - staff.failed_attempts,
            ),
            counted=True,
        )
    staff.failed_attempts = 0
    staff.locked_until = None
    return _Attempt(None)


def _minutes_left(until: datetime, now: datetime) -> int:
    return max(1, int((until - now).total_seconds() + 59) // 60)


def _unknown_staff() -> LoginError:
    return LoginError(QT_TRANSLATE_NOOP("Login", "Unknown or inactive staff member."))


def _actor(staff: Staff) -> Actor:
    return Actor(staff.id, staff.name, staff.role)


# --- supervisor override ----------------------------------------------------------------

DEFAULT_MAX_FAILURES = LOGIN_MAX_FAILURES.default
DEFAULT_LOCKOUT = timedelta(minutes=LOGIN_LOCKOUT_MINUTES.default)


@dataclass(frozen=True)
class OverrideOutcome:
    """A supervisor's approval, or why not. Like a login, a refusal's writes must stay."""

    approver: Actor | None
    refusal: UserError | None = None

    def approver_or_raise(self) -> Actor:
        if self.refusal is not None:
            raise self.refusal
        assert self.approver is not None
        return self.approver


def authorize_override(
    work: Work,
    action: str,
    supervisor_id: str,
    pin: str,
    *,
    max_failures: int = DEFAULT_MAX_FAILURES,
    lockout: timedelta = DEFAULT_LOCKOUT,
) -> OverrideOutcome:
    """A supervisor approves ``action`` for the clerk at the counter (``work.actor``) by PIN.

    A wrong PIN counts towards the supervisor's lockout and is audited ``override.refused``;
    so the caller must let the unit of work commit before raising the refusal::

        with station.work(clerk, shift_id=shift_id) as work:
            outcome = authorize_override(work, "paid_out", supervisor_id, pin)
            if outcome.approver is not None:
                shifts.paid_out(work, amount_fen, reason, override=outcome.approver)
        outcome.approver_or_raise()
    """
    clerk = work.actor
    supervisor = work.session.get(Staff, supervisor_id)
    if supervisor is None or not supervisor.active:
        return OverrideOutcome(None, _unknown_staff())
    details: dict[str, object] = {
        "action": action,
        "clerk_id": clerk.staff_id,
        "clerk_name": clerk.name,
        "supervisor_id": supervisor.id,
        "supervisor_name": supervisor.name,
    }
    if supervisor.id == clerk.staff_id or not permissions.allowed(supervisor.role, action):
        return OverrideOutcome(
            None,
            permissions.PermissionRefused(
                action,
                QT_TRANSLATE_NOOP("Permissions", "{name} may not approve this: {action}."),
                name=supervisor.name,
            ),
        )
    attempt = _attempt_pin(work, supervisor, pin, max_failures=max_failures, lockout=lockout)
    if attempt.refusal is not None:
        work.audit(
            "override.refused",
            entity="staff",
            entity_id=supervisor.id,
            details={**details, "locked": attempt.locked, "counted": attempt.counted},
        )
        return OverrideOutcome(None, attempt.refusal)
    work.audit("override.granted", entity="staff", entity_id=supervisor.id, details=details)
    return OverrideOutcome(_actor(supervisor))


# --- staff administration ---------------------------------------------------------------


class StaffError(UserError):
    pass


NAME_LENGTH = 60


def check_name(name: str) -> str:
    cleaned = " ".join(name.split())
    if not cleaned:
        raise StaffError(QT_TRANSLATE_NOOP("Staff", "Enter a name."))
    if len(cleaned) > NAME_LENGTH:
        raise StaffError(
            QT_TRANSLATE_NOOP("Staff", "A name has at most {limit} characters."),
            limit=NAME_LENGTH,
        )
    return cleaned


def _check_role(role: str) -> str:
    if role not in ROLES:
        raise StaffError(QT_TRANSLATE_NOOP("Staff", "Unknown role {role}."), role=role)
    return role


def _payload(staff: Staff) -> dict[str, object]:
    # The platform holds every PIN hash already (it sends them in the staff entity).
    return {
        "staff_id": staff.id,
        "name": staff.name,
        "role": staff.role,
        "active": staff.active,
        "pin_hash": staff.pin_hash,
        "source": staff.source,
    }


def add_staff(work: Work, name: str, role: str, pin: str, *, action: str) -> StaffCard:
    """Create a local staff row with its op and audit entry (callers check who may)."""
    staff = Staff(
        id=new_id(),
        name=check_name(name),
        role=_check_role(role),
        pin_hash=hash_pin(pin),
        active=True,
        source="local",
        failed_attempts=0,
        version=0,
    )
    work.session.add(staff)
    work.session.flush()
    work.record(
        action,
        entity="staff",
        entity_id=staff.id,
        op_type="staff.upsert",
        payload=_payload(staff),
        details={"name": staff.name, "role": staff.role},
    )
    return StaffCard(staff.id, staff.name, staff.role)


def create_local_staff(
    work: Work, name: str, role: str, pin: str, *, override: Actor | None = None
) -> StaffCard:
    """An admin adds staff here while the terminal is not paired; later the platform does."""
    permissions.require(work.actor, "staff_admin", override=override)
    identity = work.session.get(StationIdentity, 1)
    if identity is not None and identity.terminal_id is not None:
        raise StaffError(
            QT_TRANSLATE_NOOP(
                "Staff", "This terminal is paired: add staff on the platform, then sync."
            )
        )
    return add_staff(work, name, role, pin, action="staff.created")


def _get(work: Work, staff_id: str) -> Staff:
    staff = work.session.get(Staff, staff_id)
    if staff is None:
        raise StaffError(QT_TRANSLATE_NOOP("Staff", "Unknown staff member."))
    return staff


def change_pin(
    work: Work,
    staff_id: str,
    new_pin: str,
    *,
    old_pin: str | None = None,
    override: Actor | None = None,
) -> None:
    """Staff change their own PIN with the old one; an admin resets anyone's (and unlocks)."""
    staff = _get(work, staff_id)
    if work.actor.staff_id == staff.id and old_pin is not None:
        if not pin_matches(staff.pin_hash, old_pin):
            raise StaffError(QT_TRANSLATE_NOOP("Staff", "The current PIN is wrong."))
        action = "staff.pin_changed"
    else:
        permissions.require(work.actor, "staff_admin", override=override)
        action = "staff.pin_reset"
    staff.pin_hash = hash_pin(new_pin)
    staff.failed_attempts = 0
    staff.locked_until = None
    work.record(
        action,
        entity="staff",
        entity_id=staff.id,
        op_type="staff.upsert",
        payload=_payload(staff),
        details={"name": staff.name},
    )


def deactivate_staff(work: Work, staff_id: str, *, override: Actor | None = None) -> None:
    """The person can no longer log in; their history stays."""
    permissions.require(work.actor, "staff_admin", override=override)
    staff = _get(work, staff_id)
    if not staff.active:
        return
    if staff.role == "admin":
        admins = work.session.execute(
            select(func.count())
            .select_from(Staff)
            .where(Staff.active.is_(True), Staff.role == "admin")
        ).scalar_one()
        # Without an active admin nobody could manage staff or settings on this terminal.
        if admins <= 1:
            raise StaffError(
                QT_TRANSLATE_NOOP("Staff", "{name} is the last admin and stays active."),
                name=staff.name,
            )
    staff.active = False
    work.record(
        "staff.deactivated",
        entity="staff",
        entity_id=staff.id,
        op_type="staff.upsert",
        payload=_payload(staff),
        details={"name": staff.name},
    )
