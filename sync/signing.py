"""RFC 9421 request signatures with the terminal's Ed25519 key (PROTOCOL.md "Identity").

A terminal signs every request except pairing: covered components ``@method``,
``@target-uri`` and, when there is a body, ``content-digest`` (RFC 9530, sha-256);
parameters ``created``, ``keyid`` (the terminal id), ``alg`` and a fresh ``nonce``.
The station attaches ``TerminalSigner`` to its ``requests`` session; the platform checks
with ``verify_request``. Both sides use the ``http-message-signatures`` library.
"""

from __future__ import annotations

import base64
import binascii
import secrets
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

import requests
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.serialization import (
    Encoding,
    NoEncryption,
    PrivateFormat,
    PublicFormat,
)
from http_message_signatures import (
    HTTPMessageSigner,
    HTTPMessageVerifier,
    HTTPSignatureKeyResolver,
    InvalidSignature,
    algorithms,
)
from http_message_signatures.exceptions import HTTPMessageSignaturesException

COVERED_COMPONENTS = ("@method", "@target-uri")
SIGNATURE_LABEL = "terminal"
CREATED_TOLERANCE = timedelta(seconds=300)
"""The platform refuses a signature created further than this from its own clock."""


# --- keys -----------------------------------------------------------------------------


def generate_private_key() -> Ed25519PrivateKey:
    return Ed25519PrivateKey.generate()


def encode_private_key(key: Ed25519PrivateKey) -> str:
    raw = key.private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption())
    return base64.b64encode(raw).decode("ascii")


def decode_private_key(text: str) -> Ed25519PrivateKey:
    return Ed25519PrivateKey.from_private_bytes(_raw_key(text))


def encode_public_key(key: Ed25519PublicKey | Ed25519PrivateKey) -> str:
    public = key.public_key() if isinstance(key, Ed25519PrivateKey) else key
    return base64.b64encode(public.public_bytes(Encoding.Raw, PublicFormat.Raw)).decode("ascii")


def decode_public_key(text: str) -> Ed25519PublicKey:
    """Raises ``ValueError`` unless ``text`` is base64 of a raw 32-byte Ed25519 key."""
    return Ed25519PublicKey.from_public_bytes(_raw_key(text))


def _raw_key(text: str) -> bytes:
    try:
        raw = base64.b64decode(text, validate=True)
    except binascii.Error as error:
        raise ValueError("not base64") from error
    if len(raw) != 32:
        raise ValueError("an Ed25519 key is 32 bytes")
    return raw


# --- the station side -----------------------------------------------------------------


class _OneKey(HTTPSignatureKeyResolver):
    def __init__(self, key_id: str, key: Ed25519PrivateKey) -> None:
        self._key_id = key_id
        self._key = key

    def resolve_private_key(self, key_id: str) -> Ed25519PrivateKey:
        if key_id != self._key_id:
            raise KeyError(key_id)
        return self._key

    def resolve_public_key(self, key_id: str) -> Ed25519PublicKey | None:
        return self._key.public_key() if key_id == self._key_id else None


class TerminalSigner(requests.auth.AuthBase):
    """Signs each prepared request as the terminal ``terminal_id``.

    ``now`` should be the station's trusted clock: a device clock set wrong would put
    ``created`` outside the platform's window and every request would be refused.
    """

    def __init__(
        self,
        terminal_id: str,
        private_key: Ed25519PrivateKey,
        *,
        now: Callable[[], datetime] | None = None,
    ) -> None:
        self.terminal_id = terminal_id
        self._now = now or (lambda: datetime.now(UTC))
        self._signer = HTTPMessageSigner(
            signature_algorithm=algorithms.ED25519, key_resolver=_OneKey(terminal_id, private_key)
        )

    def __call__(self, request: requests.PreparedRequest) -> requests.PreparedRequest:
        body = request.body
        if isinstance(body, str):
            body = body.encode("utf-8")
        if body is not None and not isinstance(body, bytes):
            raise TypeError("a signed request needs its body as bytes (streams cannot be digested)")
        for name in ("Content-Digest", "Signature", "Signature-Input"):
            request.headers.pop(name, None)  # a retried request is signed afresh
        self._signer.sign(
            request,
            key_id=self.terminal_id,
            created=self._now(),
            nonce=new_nonce(),
            label=SIGNATURE_LABEL,
            covered_component_ids=COVERED_COMPONENTS,
            body=body or None,
        )
        return request


def new_nonce() -> str:
    return secrets.token_urlsafe(18)


# --- the platform side ----------------------------------------------------------------


class SignatureRefused(Exception):  # noqa: N818 - a refusal, not a bug
    """Why a request's signature is not accepted; ``slug`` is the problem type's slug."""

    def __init__(self, slug: str, detail: str) -> None:
        self.slug = slug
        self.detail = detail
        super().__init__(f"{slug}: {detail}")


@dataclass(frozen=True)
class VerifiedRequest:
    key_id: str
    created: datetime
    nonce: str


@dataclass(frozen=True)
class RequestView:
    """What the library reads from a request: method, absolute URL, header field lines."""

    method: str
    url: str
    headers: _FieldLines


class _FieldLines:
    """Read-only header lines (repeated fields kept) in the shape the library expects."""

    def __init__(self, lines: Iterable[tuple[str, str]]) -> None:
        self._lines = list(lines)

    def items(self) -> list[tuple[str, str]]:
        return list(self._lines)

    def __iter__(self) -> Any:
        return iter(dict.fromkeys(name for name, _ in self._lines))

    def __contains__(self, name: object) -> bool:
        return isinstance(name, str) and any(n.lower() == name.lower() for n, _ in self._lines)


class _KeyLookup(HTTPSignatureKeyResolver):
    """Looks a terminal's key up once and remembers why it could not (for the 401's type)."""

    def __init__(self, lookup: Callable[[str], Ed25519PublicKey | SignatureRefused]) -> None:
        self._lookup = lookup
        self.refusal: SignatureRefused | None = None

    def resolve_public_key(self, key_id: str) -> Ed25519PublicKey | None:
        found = self._lookup(key_id)
        if isinstance(found, SignatureRefused):
            self.refusal = found
            return None
        return found

    def resolve_private_key(self, key_id: str) -> Ed25519PrivateKey:
        raise KeyError("the platform holds no terminal private keys")


class _StaleSignature(InvalidSignature):
    pass


class _Verifier(HTTPMessageVerifier):
    """The library's verifier with the platform's clock and a symmetric ±300 s window."""

    def __init__(self, *, key_resolver: _KeyLookup, now: datetime) -> None:
        super().__init__(signature_algorithm=algorithms.ED25519, key_resolver=key_resolver)
        self._server_now = now

    def validate_created_and_expires(self, sig_input: Any, max_age: Any = None) -> None:
        created = sig_input.params.get("created")
        if created is None:
            raise _StaleSignature('the signature has no "created" parameter')
        instant = self._parse_integer_timestamp(created, field_name="created")
        if abs(instant - self._server_now) > CREATED_TOLERANCE:
            raise _StaleSignature("the signature was created too far from the platform's time")
        expires = sig_input.params.get("expires")
        if (
            expires is not None
            and self._parse_integer_timestamp(expires, field_name="expires") < self._server_now
        ):
            raise _StaleSignature("the signature has expired")


def verify_request(
    *,
    method: str,
    url: str,
    headers: Iterable[tuple[str, str]],
    body: bytes,
    lookup_key: Callable[[str], Ed25519PublicKey | SignatureRefused],
    now: datetime,
) -> VerifiedRequest:
    """Check one request's signature; raise ``SignatureRefused`` with a stable slug.

    ``lookup_key(key_id)`` returns the terminal's public key or the refusal (unknown,
    revoked). Replay (the nonce) is the caller's to check: it needs storage.
    """
    message = RequestView(method.upper(), url, _FieldLines(headers))
    lookup = _KeyLookup(lookup_key)
    verifier = _Verifier(key_resolver=lookup, now=now)
    try:
        results = verifier.verify(
            message, max_age=None, require_components=COVERED_COMPONENTS, body=body
        )
    except _StaleSignature as error:
        raise SignatureRefused("stale_signature", str(error)) from error
    except InvalidSignature as error:
        if lookup.refusal is not None:
            raise lookup.refusal from error
        raise SignatureRefused("bad_signature", str(error)) from error
    except HTTPMessageSignaturesException as error:
        raise SignatureRefused("bad_signature", str(error)) from error
    if len(results) != 1:
        raise SignatureRefused("bad_signature", "expected exactly one signature")
    params: Mapping[str, Any] = results[0].parameters
    nonce = params.get("nonce")
    if not isinstance(nonce, str) or not 8 <= len(nonce) <= 128:
        raise SignatureRefused("bad_signature", "the signature has no usable nonce")
    created = datetime.fromtimestamp(int(params["created"]), tz=UTC)
    return VerifiedRequest(str(params["keyid"]), created, nonce)
