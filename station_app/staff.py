"""Staff PIN login: argon2id hashes, lockout after repeated failures."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import select
from sqlalchemy.orm import Session

from station_app.db.models import Staff
from station_app.i18n import QT_TRANSLATE_NOOP, UserError
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


@dataclass(frozen=True)
class StaffCard:
    """What the login screen shows: no hashes leave this module."""

    id: str
    name: str
    role: str


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
        return LoginOutcome(
            None, LoginError(QT_TRANSLATE_NOOP("Login", "Unknown or inactive staff member."))
        )
    if staff.locked_until is not None and staff.locked_until > work.now:
        return LoginOutcome(
            None,
            LoginError(
                QT_TRANSLATE_NOOP("Login", "Too many wrong PINs. Try again in {minutes} min."),
                minutes=_minutes_left(staff.locked_until, work.now),
            ),
        )
    if not pin_matches(staff.pin_hash, pin):
        staff.failed_attempts += 1
        locked = staff.failed_attempts >= max_failures
        if locked:
            staff.locked_until = work.now + lockout
            staff.failed_attempts = 0
        work.audit(
            "staff.login_failed", entity="staff", entity_id=staff.id, details={"locked": locked}
        )
        if locked:
            return LoginOutcome(
                None,
                LoginError(
                    QT_TRANSLATE_NOOP(
                        "Login", "Too many wrong PINs. {name} is locked for {minutes} min."
                    ),
                    name=staff.name,
                    minutes=int(lockout.total_seconds() // 60),
                ),
            )
        return LoginOutcome(
            None,
            LoginError(
                QT_TRANSLATE_NOOP("Login", "Wrong PIN. {left} tries left."),
                left=max_failures - staff.failed_attempts,
            ),
        )
    staff.failed_attempts = 0
    staff.locked_until = None
    work.audit("staff.login", entity="staff", entity_id=staff.id)
    return LoginOutcome(Actor(staff.id, staff.name, staff.role))


def _minutes_left(until: datetime, now: datetime) -> int:
    return max(1, int((until - now).total_seconds() + 59) // 60)
