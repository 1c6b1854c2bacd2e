"""The station's HTTP client for the platform's sync API (PROTOCOL.md).

Every call has a connect and a read timeout, TLS verification is always on (plain http is
accepted only for a loopback platform: the demo and tests), and every request except
pairing is signed with the terminal's key (``sync.signing.TerminalSigner``).

- Each response's ``server_time`` (problem bodies included) goes to
  ``clock.observe_server_time``, so trusted time follows the platform.
- Connection errors, timeouts, 5xx and 429 are retried with exponential backoff and jitter
  (``Retry-After`` honoured). A retry sends the same body again, signed afresh: the ops in
  it keep their seq and op_id, so the platform answers a repeat as a ``duplicate``.
- A 401 for a stale ``created`` or a reused nonce is retried once at once: the problem body
  carried the platform's clock, so the new signature is dated right.
- Problem details (RFC 9457) become typed exceptions, chosen by the problem's slug.
"""

from __future__ import annotations

import ipaddress
import json
import logging
import random
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import Any, TypeVar
from urllib.parse import urlsplit

import requests
from pydantic import BaseModel, ValidationError

from station_app.clock import Clock
from station_app.db.types import parse_utc
from sync.messages import (
    DEFAULT_PULL_LIMIT,
    HelloRequest,
    HelloResponse,
    OpResult,
    PairRequest,
    PairResponse,
    Problem,
    PullResponse,
    PushRequest,
    PushResponse,
)
from sync.signing import TerminalSigner

log = logging.getLogger(__name__)

M = TypeVar("M", bound=BaseModel)

RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})
RESIGN_SLUGS = frozenset({"stale_signature", "replayed_nonce"})


# --- errors ---------------------------------------------------------------------------


class SyncError(Exception):
    """Anything that stopped a call to the platform."""


class InsecurePlatformUrlError(SyncError, ValueError):
    """Not https (plain http is only for a platform on this machine)."""


class PlatformUnreachable(SyncError):  # noqa: N818 - a state, not a bug
    """No usable answer after the retries: network down, timeouts, 5xx, 429, or the demo's
    "simulate offline" switch (``simulated``)."""

    def __init__(self, detail: str, *, simulated: bool = False) -> None:
        self.simulated = simulated
        super().__init__(detail)


class BadResponse(SyncError):  # noqa: N818
    """The platform answered, but not with what the protocol says."""


class ProblemResponse(SyncError):  # noqa: N818
    """An ``application/problem+json`` answer that a retry will not change."""

    def __init__(self, status: int, problem: Problem) -> None:
        self.status = status
        self.problem = problem
        super().__init__(f"{status} {problem.slug}: {problem.detail or problem.title}")

    @property
    def slug(self) -> str:
        return self.problem.slug

    def extra(self, name: str) -> Any:
        return (self.problem.model_extra or {}).get(name)


class SignatureRefused(ProblemResponse):
    """401: unknown or revoked key, bad signature, stale ``created``, replayed nonce."""


class EnrollmentRefused(ProblemResponse):
    """400/409 at pairing: the code is unknown, expired or used, or the key is taken."""


class TerminalQuarantined(ProblemResponse):
    """403: the platform stopped taking this terminal's ops; a technician must look."""


class SeqReuse(ProblemResponse):
    """409: a seq was sent again for a different op (the platform quarantines the terminal)."""


class EpochMismatch(ProblemResponse):
    """409: the terminal pushes on an epoch the platform has moved past (say hello)."""

    @property
    def expected_epoch(self) -> int | None:
        value = self.extra("expected_epoch")
        return value if isinstance(value, int) else None


class SeqGap(ProblemResponse):
    """409: the platform expects an earlier seq; the ops before the stop were applied."""

    @property
    def expected_seq(self) -> int:
        value = self.extra("expected_seq")
        if not isinstance(value, int):
            raise BadResponse("seq_gap without expected_seq")
        return value

    @property
    def results(self) -> list[OpResult]:
        """Answers for the ops applied before the gap (to store like a normal push)."""
        raw = self.extra("results") or []
        try:
            return [OpResult.model_validate(item) for item in raw]
        except ValidationError as error:
            raise BadResponse(f"seq_gap results malformed: {error}") from error


_BY_SLUG: dict[str, type[ProblemResponse]] = {
    "seq_gap": SeqGap,
    "seq_reuse": SeqReuse,
    "epoch_mismatch": EpochMismatch,
    "terminal_quarantined": TerminalQuarantined,
    "enrollment_code_unknown": EnrollmentRefused,
    "enrollment_code_expired": EnrollmentRefused,
    "enrollment_code_used": EnrollmentRefused,
    "key_in_use": EnrollmentRefused,
    "bad_public_key": EnrollmentRefused,
}


# --- settings for one client ----------------------------------------------------------


@dataclass(frozen=True)
class Timeouts:
    connect: float = 5.0
    read: float = 30.0

    def as_tuple(self) -> tuple[float, float]:
        return (self.connect, self.read)


@dataclass(frozen=True)
class RetryPolicy:
    attempts: int = 5
    """Tries per call, the first included."""
    base_delay: float = 1.0
    max_delay: float = 60.0
    max_retry_after: float = 300.0
    """A longer ``Retry-After`` is cut to this: the round gives up and the next one tries."""

    def delay(
        self, attempt: int, retry_after: float | None, jitter: Callable[[], float] = random.random
    ) -> float:
        """Seconds to wait before try ``attempt + 1``: exponential, half of it random."""
        ceiling = min(self.max_delay, self.base_delay * 2 ** (attempt - 1))
        backoff = ceiling / 2 + jitter() * ceiling / 2
        if retry_after is not None:
            return max(min(retry_after, self.max_retry_after), backoff)
        return backoff


class NetworkSwitch:
    """The demo's "simulate offline": while ``offline`` the client does not connect at all."""

    def __init__(self) -> None:
        self._offline = threading.Event()

    @property
    def offline(self) -> bool:
        return self._offline.is_set()

    @offline.setter
    def offline(self, value: bool) -> None:
        if value:
            self._offline.set()
        else:
            self._offline.clear()


def is_loopback(host: str) -> bool:
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def check_platform_url(url: str) -> str:
    """The base URL without a trailing slash; https, or http to this machine only."""
    parts = urlsplit(url.strip())
    if parts.scheme not in ("https", "http") or not parts.hostname:
        raise InsecurePlatformUrlError(f"not a platform URL: {url!r}")
    if parts.scheme == "http" and not is_loopback(parts.hostname):
        raise InsecurePlatformUrlError(
            f"{url} is plain http: the platform must be reached over https"
        )
    if parts.query or parts.fragment:
        raise InsecurePlatformUrlError(f"a platform URL has no query or fragment: {url!r}")
    return f"{parts.scheme}://{parts.netloc}{parts.path}".rstrip("/")


def _retry_after(response: requests.Response) -> float | None:
    value = response.headers.get("Retry-After")
    if not value:
        return None
    if value.strip().isdigit():
        return float(value.strip())
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - datetime.now(UTC)).total_seconds())


# --- the client -----------------------------------------------------------------------


class PlatformClient:
    def __init__(
        self,
        base_url: str,
        *,
        clock: Clock,
        signer: TerminalSigner | None = None,
        session: requests.Session | None = None,
        timeouts: Timeouts = Timeouts(),
        retry: RetryPolicy = RetryPolicy(),
        sleep: Callable[[float], None] = time.sleep,
        network: NetworkSwitch | None = None,
    ) -> None:
        self.base_url = check_platform_url(base_url)
        self.clock = clock
        self.signer = signer
        self.timeouts = timeouts
        self.retry = retry
        self.sleep = sleep
        self.network = network or NetworkSwitch()
        self.session = session or requests.Session()
        if is_loopback(urlsplit(self.base_url).hostname or ""):
            self.session.trust_env = False  # no proxy between us and this machine
        self.reached = False
        """True once any HTTP answer came back (the status bar's "online")."""
        self.last_server_time: datetime | None = None
        self.last_device_time: datetime | None = None
        self.calls = 0
        """HTTP requests sent (retries included): for tests and the round's summary."""

    # -- endpoints

    def status(self) -> dict[str, Any]:
        """Unsigned ``GET /v1/status``: the platform's clock and protocol version."""
        return self._call("GET", "/v1/status", signed=False)

    def pair(self, request: PairRequest) -> PairResponse:
        # Not retried: a code is single use, so a lost answer cannot be asked for again.
        body = self._call("POST", "/v1/terminals/pair", body=request, signed=False, attempts=1)
        return self._parse(PairResponse, body)

    def hello(self, request: HelloRequest) -> HelloResponse:
        return self._parse(HelloResponse, self._call("POST", "/v1/sync/hello", body=request))

    def push(self, request: PushRequest) -> PushResponse:
        return self._parse(PushResponse, self._call("POST", "/v1/sync/push", body=request))

    def pull(self, cursor: str | None, limit: int = DEFAULT_PULL_LIMIT) -> PullResponse:
        params = {"cursor": cursor or "", "limit": str(limit)}
        return self._parse(PullResponse, self._call("GET", "/v1/sync/pull", params=params))

    # -- plumbing

    def _parse(self, model: type[M], body: dict[str, Any]) -> M:
        try:
            return model.model_validate(body)
        except ValidationError as error:
            raise BadResponse(f"unexpected {model.__name__}: {error}") from error

    def _call(
        self,
        method: str,
        path: str,
        *,
        body: BaseModel | None = None,
        params: dict[str, str] | None = None,
        signed: bool = True,
        attempts: int | None = None,
    ) -> dict[str, Any]:
        if signed and self.signer is None:
            raise SyncError("this terminal is not paired: no key to sign with")
        data = None
        headers = {"Accept": "application/json, application/problem+json"}
        if body is not None:
            data = json.dumps(body.model_dump(mode="json"), ensure_ascii=False).encode("utf-8")
            headers["Content-Type"] = "application/json"
        tries = attempts or self.retry.attempts
        resigned = False
        attempt = 0
        while True:
            attempt += 1
            if self.network.offline:
                raise PlatformUnreachable("offline (simulated)", simulated=True)
            retry_after: float | None = None
            try:
                self.calls += 1
                response = self.session.request(
                    method,
                    self.base_url + path,
                    params=params,
                    data=data,
                    headers=headers,
                    auth=self.signer if signed else None,
                    timeout=self.timeouts.as_tuple(),
                    verify=True,
                    allow_redirects=False,  # a redirect could leave https or the platform
                )
            except (
                requests.ConnectionError,
                requests.Timeout,
                requests.exceptions.ChunkedEncodingError,  # the answer broke off midway
            ) as error:
                failure: str = f"{type(error).__name__}: {error}"
            else:
                self.reached = True
                payload = self._json(response)
                self._observe(payload)
                if response.status_code < 300 and payload is not None:
                    return payload
                problem = self._problem(response, payload)
                if (
                    response.status_code == 401
                    and signed
                    and problem.slug in RESIGN_SLUGS
                    and not resigned
                ):
                    resigned = True  # signed again with the clock the problem just gave us
                    attempt -= 1
                    continue
                if response.status_code not in RETRY_STATUSES:
                    kind = _BY_SLUG.get(problem.slug)
                    if kind is None:
                        kind = SignatureRefused if response.status_code == 401 else ProblemResponse
                    raise kind(response.status_code, problem)
                failure = f"HTTP {response.status_code} {problem.slug}"
                retry_after = _retry_after(response)
            if attempt >= tries:
                raise PlatformUnreachable(f"{method} {path}: {failure} (after {attempt} tries)")
            delay = self.retry.delay(attempt, retry_after)
            log.info(
                "%s %s failed (%s); try %d in %.1f s", method, path, failure, attempt + 1, delay
            )
            self.sleep(delay)

    def _json(self, response: requests.Response) -> dict[str, Any] | None:
        try:
            payload = response.json()
        except ValueError:
            return None
        return payload if isinstance(payload, dict) else None

    def _observe(self, payload: dict[str, Any] | None) -> None:
        text = payload.get("server_time") if payload else None
        if not isinstance(text, str):
            return
        try:
            server_time = parse_utc(text)
        except ValueError:
            log.warning("unparseable server_time %r", text)
            return
        self.clock.observe_server_time(server_time)
        self.last_server_time = server_time
        self.last_device_time = self.clock.device_now()

    def _problem(self, response: requests.Response, payload: dict[str, Any] | None) -> Problem:
        if payload is not None:
            try:
                return Problem.model_validate({"status": response.status_code, **payload})
            except ValidationError:
                log.warning("HTTP %s with a malformed problem body", response.status_code)
        return Problem(
            type=f"about:blank#http-{response.status_code}",
            title=response.reason or "HTTP error",
            status=response.status_code,
            detail=response.text[:200] if response.text else None,
        )

    def close(self) -> None:
        self.session.close()
