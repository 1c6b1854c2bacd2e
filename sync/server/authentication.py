"""Who is calling: a terminal proven by its RFC 9421 signature, or the admin's bearer token.

401 for an unknown or revoked key, a bad signature, ``created`` more than 300 s from the
platform's clock, or a nonce already seen in that window. The nonce is remembered in its
own transaction, before the request's work: a replay must fail even if the first request
is still running.
"""

from __future__ import annotations

import hmac
from dataclasses import dataclass

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from fastapi import Request
from sqlalchemy import delete
from sqlalchemy.exc import IntegrityError

from sync.server.models import Nonce, Station, Terminal
from sync.server.platform import Platform
from sync.server.problems import ProblemError
from sync.signing import SignatureRefused, decode_public_key, verify_request


@dataclass(frozen=True)
class Caller:
    terminal_id: str
    terminal_code: str
    station_id: str
    community_id: str


def target_uri(request: Request, public_base_url: str | None) -> str:
    """The URL as the terminal addressed it (``@target-uri``), from the raw request line."""
    scope = request.scope
    raw_path = scope.get("raw_path") or scope["path"].encode("utf-8")
    path = scope.get("root_path", "") if not scope.get("raw_path") else ""
    path += raw_path.decode("latin-1")
    query = scope.get("query_string", b"").decode("latin-1")
    if public_base_url:
        base = public_base_url.rstrip("/")
    else:
        host = request.headers.get("host")
        if host is None:
            server = scope.get("server") or ("localhost", None)
            host = server[0] if server[1] is None else f"{server[0]}:{server[1]}"
        base = f"{scope['scheme']}://{host}"
    return base + path + (f"?{query}" if query else "")


def _unauthorized(slug: str, detail: str) -> ProblemError:
    error = ProblemError(401, slug, detail)
    error.headers["WWW-Authenticate"] = 'Signature realm="station-platform"'
    return error


def authenticate_terminal(platform: Platform, request: Request, body: bytes) -> Caller:
    now = platform.now()
    found: dict[str, Caller] = {}

    def lookup(key_id: str) -> Ed25519PublicKey | SignatureRefused:
        with platform.database.reading() as session:
            terminal = session.get(Terminal, key_id)
            if terminal is None:
                return SignatureRefused("unknown_key", f"no terminal {key_id}")
            if terminal.revoked:
                return SignatureRefused("revoked_key", "the terminal was revoked")
            station = session.get(Station, terminal.station_id)
            assert station is not None
            found[key_id] = Caller(terminal.id, terminal.code, station.id, station.community_id)
            return decode_public_key(terminal.public_key)

    try:
        verified = verify_request(
            method=request.method,
            url=target_uri(request, platform.config.public_base_url),
            headers=request.headers.items(),
            body=body,
            lookup_key=lookup,
            now=now,
        )
    except SignatureRefused as refusal:
        raise _unauthorized(refusal.slug, refusal.detail) from refusal
    _remember_nonce(platform, verified.key_id, verified.nonce)
    return found[verified.key_id]


def _remember_nonce(platform: Platform, terminal_id: str, nonce: str) -> None:
    now = platform.now()
    try:
        with platform.database.transaction() as session:
            session.execute(delete(Nonce).where(Nonce.expires_at < now))
            if session.get(Nonce, (terminal_id, nonce)) is not None:
                raise _unauthorized("replayed_nonce", "this signature was already used")
            session.add(
                Nonce(
                    terminal_id=terminal_id, nonce=nonce, expires_at=now + platform.config.nonce_ttl
                )
            )
            session.flush()
    except IntegrityError as error:  # the same request racing itself
        raise _unauthorized("replayed_nonce", "this signature was already used") from error


def check_admin(platform: Platform, request: Request) -> None:
    header = request.headers.get("authorization", "")
    scheme, _, token = header.partition(" ")
    expected = platform.config.admin_token
    if scheme.lower() != "bearer" or not hmac.compare_digest(token.encode(), expected.encode()):
        error = ProblemError(401, "unauthorized", "admin bearer token required")
        error.headers["WWW-Authenticate"] = 'Bearer realm="station-platform-admin"'
        raise error
