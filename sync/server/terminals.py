"""Terminals: enrollment codes, pairing, the hello handshake and its epochs, revocation."""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from station_app.ids import new_id
from sync.messages import HelloRequest, PairRequest
from sync.server.directory import get_community, get_station
from sync.server.models import EnrollmentCode, Flag, Station, Terminal, TerminalEpoch
from sync.server.problems import ProblemError
from sync.signing import decode_public_key

CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"
"""No 0/O, 1/I/L: codes are read aloud and typed by hand."""
CODE_GROUPS = 3


def normalise_code(code: str) -> str:
    return "".join(ch for ch in code.upper() if ch.isalnum())


def display_code(code: str) -> str:
    return "-".join(code[i : i + CODE_GROUPS] for i in range(0, len(code), CODE_GROUPS))


def create_enrollment_code(
    session: Session, now: datetime, *, station_id: str, ttl: timedelta
) -> tuple[str, datetime]:
    """A single-use code for pairing one terminal to the station; shown as ``K7Q-4M2-P9X``."""
    get_station(session, station_id)
    code = "".join(secrets.choice(CODE_ALPHABET) for _ in range(9))
    expires_at = now + ttl
    session.add(
        EnrollmentCode(code=code, station_id=station_id, created_at=now, expires_at=expires_at)
    )
    session.flush()
    return display_code(code), expires_at


@dataclass(frozen=True)
class Paired:
    terminal: Terminal
    station: Station
    community_name: str


def pair(session: Session, now: datetime, request: PairRequest) -> Paired:
    code = session.get(
        EnrollmentCode, normalise_code(request.enrollment_code), with_for_update=True
    )
    if code is None:
        raise ProblemError(400, "enrollment_code_unknown")
    if code.used_at is not None:
        raise ProblemError(400, "enrollment_code_used")
    if code.expires_at <= now:
        raise ProblemError(400, "enrollment_code_expired")
    try:
        decode_public_key(request.public_key)
    except ValueError as error:
        raise ProblemError(400, "bad_public_key", str(error)) from error
    if session.execute(
        select(Terminal.id).where(Terminal.public_key == request.public_key)
    ).first():
        raise ProblemError(409, "key_in_use")
    station = get_station(session, code.station_id)
    count = session.execute(
        select(func.count()).select_from(Terminal).where(Terminal.station_id == station.id)
    ).scalar_one()
    terminal = Terminal(
        id=new_id(),
        station_id=station.id,
        code=f"{station.code}T{count + 1:02d}",
        name=request.terminal_name,
        public_key=request.public_key,
        app_version=request.app_version,
        epoch=1,
        last_seq=0,
        revoked=False,
        quarantined=False,
        audit_seq=0,
        paired_at=now,
    )
    session.add(terminal)
    session.flush()
    session.add(
        TerminalEpoch(terminal_id=terminal.id, epoch=1, base_seq=0, started_at=now, reason="paired")
    )
    code.used_at = now
    code.terminal_id = terminal.id
    return Paired(terminal, station, get_community(session, station.community_id).name)


def version_tuple(version: str) -> tuple[int, ...]:
    parts = []
    for piece in version.split("."):
        # ASCII digits only: str.isdigit() also accepts "²", which int() refuses.
        digits = "".join(ch for ch in piece if "0" <= ch <= "9")
        parts.append(int(digits) if digits else 0)
    return tuple(parts)


@dataclass(frozen=True)
class HelloOutcome:
    action: str
    epoch: int
    server_last_seq: int


def hello(
    session: Session,
    now: datetime,
    terminal: Terminal,
    request: HelloRequest,
    *,
    min_app_version: str,
) -> HelloOutcome:
    terminal.app_version = request.app_version
    terminal.db_instance_id = request.db_instance_id
    if version_tuple(request.app_version) < version_tuple(min_app_version):
        return HelloOutcome("upgrade_required", terminal.epoch, terminal.last_seq)
    if request.epoch > terminal.epoch:
        raise ProblemError(409, "epoch_mismatch", expected_epoch=terminal.epoch)
    behind = request.last_seq < terminal.last_seq
    if request.epoch == terminal.epoch and not behind:
        return HelloOutcome("ok", terminal.epoch, terminal.last_seq)
    if behind:
        # The terminal lost ops it had sent (restored from an old backup): a new epoch
        # starts from where it is, and it re-pulls before taking offline money again.
        lost_from = request.last_seq + 1
        previous = terminal.last_seq
        terminal.epoch += 1
        terminal.last_seq = request.last_seq
        session.add(
            TerminalEpoch(
                terminal_id=terminal.id,
                epoch=terminal.epoch,
                base_seq=request.last_seq,
                previous_last_seq=previous,
                started_at=now,
                reason="recover",
            )
        )
        station = session.get(Station, terminal.station_id)
        assert station is not None
        session.add(
            Flag(
                id=new_id(),
                community_id=station.community_id,
                station_id=station.id,
                terminal_id=terminal.id,
                kind="terminal_recovered",
                entity="terminal",
                entity_id=terminal.id,
                details={"lost_seqs": [lost_from, previous], "epoch": terminal.epoch},
                status="open",
                created_at=now,
            )
        )
    return HelloOutcome("recover", terminal.epoch, terminal.last_seq)


def revoke(session: Session, now: datetime, terminal_id: str) -> Terminal:
    terminal = session.get(Terminal, terminal_id)
    if terminal is None:
        raise ProblemError(404, "not_found", f"no terminal {terminal_id}")
    terminal.revoked = True
    terminal.revoked_at = now
    return terminal


def release_quarantine(session: Session, terminal_id: str) -> Terminal:
    terminal = session.get(Terminal, terminal_id)
    if terminal is None:
        raise ProblemError(404, "not_found", f"no terminal {terminal_id}")
    terminal.quarantined = False
    terminal.quarantine_reason = None
    return terminal
