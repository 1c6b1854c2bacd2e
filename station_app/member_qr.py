"""The member QR: a short-lived token the platform signs, checked at the station offline.

Format: ``SPM1.<claims>.<signature>``, both parts base64url without padding. ``claims`` is
JSON ``{"acc": account id, "hh": household id or null, "iat": issued, "exp": expires,
"nonce": text}`` with times in Unix seconds; ``signature`` is Ed25519 by the platform's key
over the ASCII text ``SPM1.<claims>``. The resident's app shows a fresh token every few
minutes, so a screenshot is soon worthless. The station holds the platform's public key
(``station_identity.platform_public_key``, base64 raw) from pairing.
"""

from __future__ import annotations

import base64
import binascii
import json
import re
import secrets
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat
from sqlalchemy.orm import Session

from station_app.db.models import StationIdentity
from station_app.i18n import QT_TRANSLATE_NOOP, UserError

PREFIX = "SPM1"
DEFAULT_VALIDITY = timedelta(minutes=5)
MAX_VALIDITY = timedelta(hours=1)
"""Longer-lived tokens are refused: the platform only issues short ones."""
CLOCK_LEEWAY = timedelta(seconds=60)
"""Trusted time and the platform's clock may differ a little."""
MAX_TOKEN_LENGTH = 1024
_BASE64URL = re.compile(r"^[A-Za-z0-9_-]+$")


class MemberQrError(UserError):
    """A member QR that cannot identify anyone."""


class MalformedMemberQrError(MemberQrError):
    pass


class ForgedMemberQrError(MemberQrError):
    pass


class ExpiredMemberQrError(MemberQrError):
    pass


class NotYetValidMemberQrError(MemberQrError):
    pass


class NoPlatformKeyError(MemberQrError):
    pass


@dataclass(frozen=True)
class MemberIdentity:
    account_id: str
    household_id: str | None
    issued_at: datetime
    expires_at: datetime
    nonce: str


def looks_like_member_qr(scanned: str) -> bool:
    """For routing a scan: the shape only, nothing verified."""
    return scanned.strip().startswith(PREFIX + ".")


def _b64encode(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def _b64decode(text: str) -> bytes:
    if not _BASE64URL.match(text):
        raise ValueError("not base64url")
    data = base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))
    if _b64encode(data) != text:  # one spelling per token: no stray bits, no lookalikes
        raise ValueError("not canonical base64url")
    return data


def encode_public_key(public_key: Ed25519PublicKey) -> str:
    """The form kept in ``station_identity.platform_public_key``: base64 of the raw 32 bytes."""
    return base64.b64encode(public_key.public_bytes(Encoding.Raw, PublicFormat.Raw)).decode()


def issue_member_qr(
    private_key: Ed25519PrivateKey,
    *,
    account_id: str,
    household_id: str | None,
    issued_at: datetime,
    validity: timedelta = DEFAULT_VALIDITY,
    nonce: str | None = None,
) -> str:
    """A signed token (the platform's side; the demo platform and tests use it too)."""
    claims = {
        "acc": account_id,
        "hh": household_id,
        "iat": int(issued_at.timestamp()),
        "exp": int((issued_at + validity).timestamp()),
        "nonce": nonce or secrets.token_urlsafe(12),
    }
    body = _b64encode(json.dumps(claims, separators=(",", ":")).encode("utf-8"))
    signed = f"{PREFIX}.{body}"
    return f"{signed}.{_b64encode(private_key.sign(signed.encode('ascii')))}"


def _malformed() -> MalformedMemberQrError:
    return MalformedMemberQrError(
        QT_TRANSLATE_NOOP(
            "MemberQr", "This is not a member QR code. Ask the resident to show it again."
        )
    )


def _public_key(public_key_b64: str | None) -> Ed25519PublicKey:
    if not public_key_b64:
        raise NoPlatformKeyError(
            QT_TRANSLATE_NOOP(
                "MemberQr",
                "The station is not paired with the platform yet, so member QR codes cannot"
                " be checked.",
            )
        )
    try:
        return Ed25519PublicKey.from_public_bytes(base64.b64decode(public_key_b64, validate=True))
    except (binascii.Error, ValueError):
        raise NoPlatformKeyError(
            QT_TRANSLATE_NOOP(
                "MemberQr",
                "The platform key stored at this station is damaged; pair the station again.",
            )
        ) from None


def _claims(body: str) -> dict[str, Any]:
    try:
        claims = json.loads(_b64decode(body))
    except (ValueError, UnicodeDecodeError):
        raise _malformed() from None
    if not isinstance(claims, dict):
        raise _malformed()
    account, household, nonce = claims.get("acc"), claims.get("hh"), claims.get("nonce")
    issued, expires = claims.get("iat"), claims.get("exp")
    if (
        not isinstance(account, str)
        or not 0 < len(account) <= 36
        or not (household is None or (isinstance(household, str) and len(household) <= 36))
        or not isinstance(nonce, str)
        or any(isinstance(t, bool) or not isinstance(t, int) for t in (issued, expires))
    ):
        raise _malformed()
    return claims


def verify_member_qr(token: str, public_key_b64: str | None, now: datetime) -> MemberIdentity:
    """Check the token offline against the platform's key at trusted time ``now``."""
    key = _public_key(public_key_b64)
    token = token.strip()
    parts = token.split(".")
    if len(token) > MAX_TOKEN_LENGTH or len(parts) != 3 or parts[0] != PREFIX:
        raise _malformed()
    try:
        signature = _b64decode(parts[2])
    except ValueError:
        raise _malformed() from None
    try:
        key.verify(signature, f"{parts[0]}.{parts[1]}".encode("ascii"))
    except (InvalidSignature, UnicodeEncodeError):
        raise ForgedMemberQrError(
            QT_TRANSLATE_NOOP(
                "MemberQr",
                "This member QR code was not issued by the platform (its signature does not"
                " match). Do not accept it.",
            )
        ) from None
    claims = _claims(parts[1])
    try:
        issued_at = datetime.fromtimestamp(claims["iat"], UTC)
        expires_at = datetime.fromtimestamp(claims["exp"], UTC)
    except (OverflowError, OSError, ValueError):  # a time no calendar (or time_t) holds
        raise _malformed() from None
    if expires_at <= issued_at or expires_at - issued_at > MAX_VALIDITY:
        raise _malformed()
    if issued_at > now + CLOCK_LEEWAY:
        raise NotYetValidMemberQrError(
            QT_TRANSLATE_NOOP(
                "MemberQr",
                "This member QR code is not valid yet. Check the station's clock, or ask"
                " the resident to refresh the code.",
            )
        )
    if now >= expires_at:
        raise ExpiredMemberQrError(
            QT_TRANSLATE_NOOP(
                "MemberQr",
                "This member QR code expired {minutes} min ago. Ask the resident to refresh"
                " it in the app.",
            ),
            minutes=int((now - expires_at).total_seconds() // 60),
        )
    return MemberIdentity(
        account_id=claims["acc"],
        household_id=claims.get("hh"),  # optional: a claim left out is no household
        issued_at=issued_at,
        expires_at=expires_at,
        nonce=claims["nonce"],
    )


def identify_member(session: Session, token: str, now: datetime) -> MemberIdentity:
    """Verify a scanned member QR with the key this station got at pairing."""
    identity = session.get(StationIdentity, 1)
    return verify_member_qr(token, identity.platform_public_key if identity else None, now)
