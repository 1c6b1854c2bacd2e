"""The client's own rules: where it may connect, how long it waits, how it backs off."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from typing import Any

import pytest
import requests

from sync import pairing
from sync.client import (
    InsecurePlatformUrlError,
    PlatformClient,
    ProblemResponse,
    RetryPolicy,
    SignatureRefused,
    Timeouts,
    check_platform_url,
)
from sync.signing import TerminalSigner
from tests.conftest import ManualClock
from tests.sync.conftest import FaultAdapter, Terminal, answer, fake_response


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://platform.example.com/", "https://platform.example.com"),
        ("https://platform.example.com/base/", "https://platform.example.com/base"),
        ("http://127.0.0.1:8700", "http://127.0.0.1:8700"),
        ("http://localhost:8700/", "http://localhost:8700"),
        ("http://[::1]:8700", "http://[::1]:8700"),
    ],
)
def test_platform_urls_are_https_or_this_machine(url: str, expected: str) -> None:
    assert check_platform_url(url) == expected


@pytest.mark.parametrize(
    "url",
    ["http://platform.example.com", "http://192.168.1.20:8700", "ftp://x", "https://x/?a=1", ""],
)
def test_other_urls_are_refused(url: str) -> None:
    with pytest.raises(InsecurePlatformUrlError):
        check_platform_url(url)


def test_backoff_grows_with_jitter_and_honours_retry_after() -> None:
    policy = RetryPolicy(attempts=6, base_delay=1, max_delay=8)
    assert [policy.delay(n, None, lambda: 0.0) for n in range(1, 6)] == [0.5, 1, 2, 4, 4]
    assert [policy.delay(n, None, lambda: 1.0) for n in range(1, 6)] == [1, 2, 4, 8, 8]
    assert policy.delay(1, 30, lambda: 0.5) == 30
    assert policy.delay(1, 10_000, lambda: 0.5) == policy.max_retry_after


class Recorder(FaultAdapter):
    def __init__(self) -> None:
        super().__init__()
        self.options: list[dict[str, Any]] = []

    def send(self, request: requests.PreparedRequest, **kwargs: Any) -> requests.Response:  # type: ignore[override]
        self.options.append(kwargs)
        return super().send(request, **kwargs)


def test_every_call_has_a_timeout_and_verifies_tls(
    terminals: Callable[..., Terminal],
) -> None:
    terminal = terminals("a", timeouts=Timeouts(connect=3, read=7))
    recorder = Recorder()
    terminal.client.session.mount("http://", recorder)
    terminal.check_in("SFK00000001")
    assert terminal.round().ok
    terminal.client.status()
    assert len(recorder.options) >= 4  # hello, push, pull, status
    for options in recorder.options:
        assert options["timeout"] == (3, 7)
        assert options["verify"] is True


def test_problems_become_typed_errors_and_server_time_is_observed() -> None:
    clock = ManualClock()
    adapter = FaultAdapter()
    session = requests.Session()
    session.mount("https://", adapter)
    client = PlatformClient("https://platform.example.com", clock=clock, session=session)
    platform_time = clock.device_now() + timedelta(hours=2)
    body = (
        '{"type": "https://station-pos.invalid/problems/bad_cursor", "title": "bad",'
        f' "status": 400, "server_time": "{platform_time.isoformat()}"}}'
    ).encode()
    adapter.add(
        "/v1/status",
        lambda request, send: fake_response(
            request, 400, body, {"Content-Type": "application/problem+json"}
        ),
    )
    with pytest.raises(ProblemResponse) as raised:
        client.status()
    assert raised.value.slug == "bad_cursor" and raised.value.status == 400
    assert abs(clock.trusted_now() - platform_time) < timedelta(seconds=1)
    assert client.reached


def test_an_unknown_key_is_refused_without_retrying(terminals: Callable[..., Terminal]) -> None:
    terminal = terminals("a")
    terminal.client.signer = TerminalSigner(
        "01a00000-0000-7000-8000-000000000000",
        pairing.load_private_key(terminal.station.paths),
        now=terminal.station.clock.trusted_now,
    )
    with pytest.raises(SignatureRefused) as raised:
        terminal.client.pull(None)
    assert raised.value.slug == "unknown_key"
    assert terminal.adapter.calls("/v1/sync/pull") == 1 and terminal.sleeps == []


def test_retry_after_as_a_date(terminals: Callable[..., Terminal]) -> None:
    terminal = terminals("a")
    later = format_datetime(datetime.now(UTC) + timedelta(seconds=120), usegmt=True)
    terminal.adapter.add("/v1/sync/pull", answer(503, {"Retry-After": later}))
    terminal.client.pull(None)
    assert 100 < terminal.sleeps[0] <= 121
