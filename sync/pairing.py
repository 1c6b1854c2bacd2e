"""Pairing a terminal with the platform, and the terminal's key file.

``pair(station, url, code)`` makes an Ed25519 key here, sends only its public half with the
one-time enrollment code, and stores the answer in ``station_identity`` (plus the
``sync.platform_url`` setting), audited. The private key never leaves this machine: it is
written to ``<data dir>/terminal.key`` before the identity is committed.

Key file protection: on POSIX the file is created with mode 0600 (owner read/write only)
and the mode is checked when it is read. On Windows file modes do not apply; the file lives
in the per-user data folder (%LOCALAPPDATA%\\StationPOS), whose inherited ACL grants the
user, SYSTEM and Administrators only. A site that wants it tighter removes inheritance with
``icacls terminal.key /inheritance:r /grant:r "%USERNAME%:F"``.
"""

from __future__ import annotations

import logging
import os
import stat
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

import station_app
from station_app import settings as S
from station_app.db.models import SyncState
from station_app.i18n import QT_TRANSLATE_NOOP, UserError
from station_app.paths import StationPaths
from station_app.station import Station
from station_app.work import Actor
from sync.client import (
    EnrollmentRefused,
    InsecurePlatformUrlError,
    PlatformClient,
    PlatformUnreachable,
    ProblemResponse,
    SyncError,
    check_platform_url,
)
from sync.messages import PairRequest
from sync.signing import (
    TerminalSigner,
    decode_private_key,
    encode_private_key,
    encode_public_key,
    generate_private_key,
)

log = logging.getLogger(__name__)

KEY_FILE = "terminal.key"
PAIRED_ACTION = "terminal.paired"


class PairingError(UserError):
    """Pairing did not happen; the station is as it was."""


def key_path(paths: StationPaths) -> Path:
    return paths.data_dir / KEY_FILE


def write_private_key(path: Path, key: Ed25519PrivateKey) -> None:
    """Create (or replace) the key file, readable by this user only (0600 on POSIX)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.unlink(missing_ok=True)
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(descriptor, "w", encoding="ascii") as handle:
        if os.name == "posix":
            os.fchmod(handle.fileno(), 0o600)  # whatever the umask said
        handle.write(encode_private_key(key) + "\n")
        handle.flush()
        os.fsync(handle.fileno())


def load_private_key(paths: StationPaths) -> Ed25519PrivateKey:
    path = key_path(paths)
    try:
        text = path.read_text(encoding="ascii").strip()
    except OSError as error:
        raise PairingError(
            QT_TRANSLATE_NOOP(
                "Sync", "The terminal's key file {path} cannot be read; pair the terminal again."
            ),
            path=str(path),
        ) from error
    if os.name == "posix" and stat.S_IMODE(path.stat().st_mode) & 0o077:
        log.warning("%s is readable by other users; run: chmod 600 %s", path, path)
    try:
        return decode_private_key(text)
    except ValueError as error:
        raise PairingError(
            QT_TRANSLATE_NOOP("Sync", "The terminal's key file {path} is damaged."),
            path=str(path),
        ) from error


@dataclass(frozen=True)
class Paired:
    terminal_id: str
    terminal_code: str
    station_id: str
    station_name: str
    community_id: str
    community_name: str
    epoch: int
    platform_url: str

    def as_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)


def _checked_url(url: str) -> str:
    try:
        return check_platform_url(url)
    except InsecurePlatformUrlError as error:
        raise PairingError(
            QT_TRANSLATE_NOOP(
                "Sync",
                "{url} cannot be used: the platform must be reached over https"
                " (plain http only on this computer).",
            ),
            url=url,
        ) from error


_REFUSALS = {
    "enrollment_code_unknown": QT_TRANSLATE_NOOP(
        "Sync", "The platform does not know the enrollment code {code}."
    ),
    "enrollment_code_expired": QT_TRANSLATE_NOOP(
        "Sync", "The enrollment code {code} has expired; ask for a new one."
    ),
    "enrollment_code_used": QT_TRANSLATE_NOOP(
        "Sync", "The enrollment code {code} was already used; ask for a new one."
    ),
}


def pair(
    station: Station,
    platform_url: str,
    code: str,
    *,
    terminal_name: str | None = None,
    client: PlatformClient | None = None,
) -> Paired:
    """Pair this (unpaired) terminal; on any refusal nothing is stored."""
    url = _checked_url(platform_url)
    info = station.info()
    if info.paired:
        raise PairingError(
            QT_TRANSLATE_NOOP(
                "Sync",
                "This terminal is already paired (terminal {terminal}). Pairing again needs a"
                " new data folder.",
            ),
            terminal=info.terminal_code,
        )
    key = generate_private_key()
    final = key_path(station.paths)
    pending = final.with_name(KEY_FILE + ".new")
    write_private_key(pending, key)
    client = client or PlatformClient(url, clock=station.clock)
    try:
        answer = client.pair(
            PairRequest(
                enrollment_code=code.strip(),
                public_key=encode_public_key(key),
                terminal_name=(terminal_name or info.terminal_name or "counter")[:100],
                app_version=station_app.__version__,
            )
        )
    except EnrollmentRefused as error:
        pending.unlink(missing_ok=True)
        message = _REFUSALS.get(error.slug) or QT_TRANSLATE_NOOP(
            "Sync", "The platform refused to pair this terminal ({reason})."
        ).with_params(reason=error.slug)
        raise PairingError(message, code=code) from error
    except (PlatformUnreachable, ProblemResponse, SyncError) as error:
        pending.unlink(missing_ok=True)
        raise PairingError(
            QT_TRANSLATE_NOOP("Sync", "Pairing failed: {reason}"), reason=str(error)
        ) from error
    # The key must be on disk before the identity that needs it is committed.
    pending.replace(final)
    with station.work(Actor.system()) as work:
        identity = station.identity(work.session)
        identity.terminal_id = answer.terminal_id
        identity.terminal_code = answer.terminal_code
        identity.station_id = answer.station_id
        identity.station_name = answer.station_name
        identity.community_id = answer.community_id
        identity.epoch = answer.epoch
        identity.platform_url = url
        identity.platform_public_key = answer.platform_public_key
        identity.paired_at = work.now
        if terminal_name:
            identity.terminal_name = terminal_name[:100]
        state = work.session.get(SyncState, 1)
        assert state is not None
        state.cursor = None
        state.server_last_seq = 0
        state.last_error = None
        if client.last_server_time is not None:
            state.server_time = client.last_server_time
            state.device_time_at_server_time = client.last_device_time
        work.audit(
            PAIRED_ACTION,
            entity="terminal",
            entity_id=answer.terminal_id,
            details={
                "terminal_code": answer.terminal_code,
                "station_id": answer.station_id,
                "station": answer.station_name,
                "community_id": answer.community_id,
                "platform_url": url,
                "epoch": answer.epoch,
            },
        )
    station.settings.set(S.PLATFORM_URL, url)
    log.info("paired as %s (%s) with %s", answer.terminal_code, answer.terminal_id, url)
    return Paired(
        terminal_id=answer.terminal_id,
        terminal_code=answer.terminal_code,
        station_id=answer.station_id,
        station_name=answer.station_name,
        community_id=answer.community_id,
        community_name=answer.community_name,
        epoch=answer.epoch,
        platform_url=url,
    )


def repoint(station: Station, platform_url: str) -> None:
    """Keep the pairing, change where the platform is (the demo's port changes each run)."""
    url = _checked_url(platform_url)
    with station.work(Actor.system()) as work:
        identity = station.identity(work.session)
        if identity.platform_url == url:
            return
        previous = identity.platform_url
        identity.platform_url = url
        work.audit(
            "terminal.platform_moved",
            entity="terminal",
            entity_id=identity.terminal_id,
            details={"from": previous, "to": url},
        )
    station.settings.set(S.PLATFORM_URL, url)


def terminal_client(station: Station, **options: Any) -> PlatformClient:
    """A signing client for this paired terminal (``options`` go to ``PlatformClient``)."""
    with station.database.reading() as session:
        identity = station.identity(session)
        terminal_id, url = identity.terminal_id, identity.platform_url
    if terminal_id is None or not url:
        raise PairingError(
            QT_TRANSLATE_NOOP("Sync", "This terminal is not paired with a platform yet.")
        )
    signer = TerminalSigner(
        terminal_id, load_private_key(station.paths), now=station.clock.trusted_now
    )
    return PlatformClient(url, clock=station.clock, signer=signer, **options)
