"""The RFC 9421 scheme on its own: what the station signs is what the platform accepts."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
import requests
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from http_message_signatures import HTTPMessageSigner, algorithms

from sync.signing import (
    SignatureRefused,
    TerminalSigner,
    VerifiedRequest,
    decode_private_key,
    decode_public_key,
    encode_private_key,
    encode_public_key,
    generate_private_key,
    verify_request,
)

NOW = datetime(2026, 11, 26, 2, 0, tzinfo=UTC)
URL = "https://platform.example/v1/sync/push"


def _signed(
    *, at: datetime = NOW, key_id: str = "t1"
) -> tuple[requests.PreparedRequest, Ed25519PublicKey]:
    key = generate_private_key()
    request = requests.Request("POST", URL, json={"epoch": 1, "ops": []}).prepare()
    TerminalSigner(key_id, key, now=lambda: at)(request)
    return request, key.public_key()


def _verify(
    request: requests.PreparedRequest, public: Ed25519PublicKey, **overrides: object
) -> VerifiedRequest:
    body = request.body if isinstance(request.body, bytes) else b""
    values: dict[str, object] = {
        "method": request.method,
        "url": request.url,
        "headers": list(request.headers.items()),
        "body": body,
        "lookup_key": lambda key_id: (
            public if key_id == "t1" else SignatureRefused("unknown_key", "")
        ),
        "now": NOW,
    }
    values.update(overrides)
    return verify_request(**values)  # type: ignore[arg-type]


def test_a_signed_request_verifies_and_names_its_terminal() -> None:
    request, public = _signed()
    assert "content-digest" in request.headers["Signature-Input"]
    assert str(request.headers["Content-Digest"]).startswith("sha-256=:")
    verified = _verify(request, public)
    assert verified.key_id == "t1"
    assert verified.created == NOW
    assert len(verified.nonce) >= 16


def test_each_signature_has_a_fresh_nonce() -> None:
    key = generate_private_key()
    signer = TerminalSigner("t1", key, now=lambda: NOW)
    first = signer(requests.Request("GET", URL).prepare())
    second = signer(requests.Request("GET", URL).prepare())
    assert first.headers["Signature"] != second.headers["Signature"]
    assert "Content-Digest" not in first.headers  # no body, no digest


@pytest.mark.parametrize(
    ("change", "slug"),
    [
        ({"body": b'{"epoch": 2, "ops": []}'}, "bad_signature"),
        ({"url": URL + "?x=1"}, "bad_signature"),
        ({"method": "PUT"}, "bad_signature"),
        ({"now": NOW + timedelta(seconds=301)}, "stale_signature"),
        ({"now": NOW - timedelta(seconds=301)}, "stale_signature"),
        ({"lookup_key": lambda key_id: SignatureRefused("revoked_key", "")}, "revoked_key"),
        ({"headers": [("Content-Type", "application/json")]}, "bad_signature"),
    ],
)
def test_tampered_or_stale_requests_are_refused(change: dict[str, object], slug: str) -> None:
    request, public = _signed()
    with pytest.raises(SignatureRefused) as refused:
        _verify(request, public, **change)
    assert refused.value.slug == slug


def test_created_within_the_window_is_accepted() -> None:
    request, public = _signed(at=NOW - timedelta(seconds=299))
    assert _verify(request, public).key_id == "t1"


def test_unknown_key_is_named() -> None:
    request, public = _signed(key_id="stranger")
    with pytest.raises(SignatureRefused) as refused:
        _verify(request, public)
    assert refused.value.slug == "unknown_key"


def test_a_signature_without_nonce_is_refused() -> None:
    key = generate_private_key()

    class Key:
        def resolve_private_key(self, key_id: str) -> Ed25519PrivateKey:
            return key

    request = requests.Request("GET", URL).prepare()
    HTTPMessageSigner(signature_algorithm=algorithms.ED25519, key_resolver=Key()).sign(  # type: ignore[arg-type]
        request, key_id="t1", created=NOW, covered_component_ids=("@method", "@target-uri")
    )
    with pytest.raises(SignatureRefused, match="nonce"):
        _verify(request, key.public_key())


def test_keys_round_trip_as_base64_raw() -> None:
    key = generate_private_key()
    again = decode_private_key(encode_private_key(key))
    assert encode_public_key(again) == encode_public_key(key)
    assert encode_public_key(decode_public_key(encode_public_key(key))) == encode_public_key(key)
    with pytest.raises(ValueError):
        decode_public_key("bm90IGEga2V5")
    with pytest.raises(ValueError):
        decode_public_key("***")
