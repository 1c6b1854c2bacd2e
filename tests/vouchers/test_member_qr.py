"""Member QR tokens: verified offline with the platform's key; every bad token refused."""

from __future__ import annotations

import base64
import json
from datetime import UTC, datetime, timedelta

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from hypothesis import given
from hypothesis import strategies as st

from station_app.db.models import StationIdentity
from station_app.member_qr import (
    CLOCK_LEEWAY,
    ExpiredMemberQrError,
    ForgedMemberQrError,
    MalformedMemberQrError,
    MemberQrError,
    NoPlatformKeyError,
    NotYetValidMemberQrError,
    encode_public_key,
    identify_member,
    issue_member_qr,
    looks_like_member_qr,
    verify_member_qr,
)
from station_app.station import Station
from station_app.work import Actor

NOW = datetime(2026, 11, 26, 2, 0, tzinfo=UTC)
PLATFORM = Ed25519PrivateKey.from_private_bytes(bytes(range(32)))
PUBLIC = encode_public_key(PLATFORM.public_key())


def _token(**kwargs: object) -> str:
    options: dict[str, object] = {
        "account_id": "acc-1",
        "household_id": "hh-1",
        "issued_at": NOW,
        "nonce": "n-1",
    }
    options.update(kwargs)
    return issue_member_qr(PLATFORM, **options)  # type: ignore[arg-type]


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def test_a_valid_token_verifies_offline() -> None:
    token = _token()
    assert looks_like_member_qr(token) and token.startswith("SPM1.")
    member = verify_member_qr(token + "\r\n", PUBLIC, NOW + timedelta(minutes=4))
    assert (member.account_id, member.household_id, member.nonce) == ("acc-1", "hh-1", "n-1")
    assert member.expires_at - member.issued_at == timedelta(minutes=5)


def test_a_token_signed_by_another_key_is_forged() -> None:
    other = Ed25519PrivateKey.generate()
    token = issue_member_qr(other, account_id="acc-1", household_id=None, issued_at=NOW)
    with pytest.raises(ForgedMemberQrError) as refused:
        verify_member_qr(token, PUBLIC, NOW)
    assert "not issued by the platform" in str(refused.value)


def test_changed_claims_break_the_signature() -> None:
    prefix, _, signature = _token().split(".")
    claims = {"acc": "someone-else", "hh": "hh-1", "iat": 0, "exp": 10**10, "nonce": "n"}
    forged = f"{prefix}.{_b64(json.dumps(claims).encode())}.{signature}"
    with pytest.raises(ForgedMemberQrError):
        verify_member_qr(forged, PUBLIC, NOW)


def test_expired_and_not_yet_valid_are_told_apart() -> None:
    token = _token()
    with pytest.raises(ExpiredMemberQrError) as expired:
        verify_member_qr(token, PUBLIC, NOW + timedelta(minutes=12))
    assert "expired 7 min ago" in str(expired.value)
    with pytest.raises(ExpiredMemberQrError):
        verify_member_qr(token, PUBLIC, NOW + timedelta(minutes=5))
    verify_member_qr(token, PUBLIC, NOW - CLOCK_LEEWAY)  # a little clock difference is fine
    with pytest.raises(NotYetValidMemberQrError):
        verify_member_qr(token, PUBLIC, NOW - CLOCK_LEEWAY - timedelta(seconds=1))


def _signed(claims: object) -> str:
    body = _b64(json.dumps(claims).encode())
    return f"SPM1.{body}.{_b64(PLATFORM.sign(f'SPM1.{body}'.encode()))}"


@pytest.mark.parametrize(
    "token",
    [
        "",
        "hello",
        "SPM1.abc",
        "SPM2.abc.def",
        "SPM1.a+b.c",
        "SPM1.abc.d$f",
        "SPM1." + "A" * 2000 + ".x",
        _signed(["not", "an", "object"]),
        _signed({"acc": "", "hh": None, "iat": 1, "exp": 2, "nonce": "n"}),
        _signed({"acc": "a", "hh": None, "iat": "1", "exp": 2, "nonce": "n"}),
        _signed({"acc": "a", "hh": 5, "iat": 1, "exp": 2, "nonce": "n"}),
        _signed({"acc": "a", "hh": None, "iat": True, "exp": 2, "nonce": "n"}),
        _signed({"acc": "a", "hh": None, "iat": 1, "exp": 2}),
    ],
)
def test_malformed_tokens(token: str) -> None:
    with pytest.raises((MalformedMemberQrError, ForgedMemberQrError)):
        verify_member_qr(token, PUBLIC, NOW)


def test_signed_garbage_is_malformed_not_forged() -> None:
    with pytest.raises(MalformedMemberQrError) as refused:
        verify_member_qr(_signed({"acc": 1}), PUBLIC, NOW)
    assert "not a member QR code" in str(refused.value)


def test_long_lived_tokens_are_refused() -> None:
    with pytest.raises(MalformedMemberQrError):
        verify_member_qr(_token(validity=timedelta(days=1)), PUBLIC, NOW)
    with pytest.raises(MalformedMemberQrError):
        verify_member_qr(_token(validity=timedelta(0)), PUBLIC, NOW)


def test_without_a_platform_key_nothing_verifies() -> None:
    for key in (None, "", "not base64!", base64.b64encode(b"short").decode()):
        with pytest.raises(NoPlatformKeyError):
            verify_member_qr(_token(), key, NOW)


def test_identify_member_uses_the_paired_key(station: Station) -> None:
    with station.database.reading() as session, pytest.raises(NoPlatformKeyError):
        identify_member(session, _token(), NOW)
    with station.work(Actor.system()) as work:
        identity = work.session.get(StationIdentity, 1)
        assert identity is not None
        identity.platform_public_key = PUBLIC
    with station.database.reading() as session:
        assert identify_member(session, _token(), NOW).account_id == "acc-1"


@given(st.text(max_size=300))
def test_any_scanned_text_is_refused_cleanly(text: str) -> None:
    with pytest.raises(MemberQrError):
        verify_member_qr(text, PUBLIC, NOW)


@given(st.integers(0, 2), st.integers(0, 300), st.binary(min_size=1, max_size=1))
def test_any_flipped_byte_is_refused(part: int, position: int, byte: bytes) -> None:
    pieces = _token().split(".")
    raw = bytearray(pieces[part].encode())
    position %= len(raw)
    if raw[position] == byte[0]:
        return
    raw[position] = byte[0]
    pieces[part] = raw.decode("latin-1")
    with pytest.raises(MemberQrError):
        verify_member_qr(".".join(pieces), PUBLIC, NOW)


def test_a_lookalike_spelling_of_the_signature_is_refused() -> None:
    prefix, body, signature = _token().split(".")
    # 64 bytes take 86 characters; the last one carries 4 unused bits.
    last = signature[-1]
    twin = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
    index = twin.index(last)
    lookalike = signature[:-1] + twin[index ^ 1]
    with pytest.raises(MemberQrError):
        verify_member_qr(f"{prefix}.{body}.{lookalike}", PUBLIC, NOW)
