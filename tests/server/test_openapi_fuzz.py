"""Generated requests for every operation of the platform's own OpenAPI: never a 5xx.

schemathesis turns ``/openapi.json`` into requests (valid and invalid bodies, paths and
query strings); each is sent three ways through the ASGI app: as generated (no
credentials), with the admin token, and signed by a paired terminal (so the sync
endpoints' business code is reached, not only the signature check). Without credentials
a protected endpoint answers 401 or 422 problem+json; nothing ever answers 500.

``OPENAPI_FUZZ_EXAMPLES`` raises the examples per way (default 400: ~10 s each).
"""

from __future__ import annotations

import os
import tempfile
from typing import Any

import pytest
import requests
import schemathesis
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from schemathesis import Case

from sync.server.app import create_app
from sync.server.config import ServerConfig
from sync.server.platform import Platform, open_platform
from tests.server.conftest import ADMIN_TOKEN, BASE, Terminal

EXAMPLES = int(os.environ.get("OPENAPI_FUZZ_EXAMPLES", "400"))
PUBLIC = {"/v1/status", "/v1/terminals/pair"}
PROBLEM = "application/problem+json"


def _openapi() -> dict[str, Any]:
    """The document the platform serves (generating it needs a platform, not its data)."""
    with tempfile.TemporaryDirectory() as folder:
        platform = open_platform(ServerConfig(database_url=f"sqlite:///{folder}/schema.db"))
        try:
            return create_app(platform).openapi()
        finally:
            platform.close()


_SCHEMA = schemathesis.openapi.from_dict(_openapi())
CASES: st.SearchStrategy[Case] = _SCHEMA.as_strategy()
SYNC_CASES: st.SearchStrategy[Case] = _SCHEMA.include(path_regex="^/v1/sync/").as_strategy()

FUZZ = settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[
        HealthCheck.function_scoped_fixture,
        HealthCheck.too_slow,
        HealthCheck.filter_too_much,
    ],
)


def prepared(case: Case, headers: dict[str, str] | None = None) -> requests.PreparedRequest:
    kwargs: dict[str, Any] = case.as_transport_kwargs(base_url=BASE, headers=headers)
    kwargs.pop("cookies", None)
    return requests.Request(**kwargs).prepare()


def send(client: TestClient, request: requests.PreparedRequest) -> Any:
    assert request.method is not None and request.url is not None
    body = request.body.encode("utf-8") if isinstance(request.body, str) else request.body
    return client.request(request.method, request.url, content=body, headers=dict(request.headers))


def no_server_error(case: Case, response: Any) -> None:
    assert response.status_code < 500, (
        f"{case.method} {case.formatted_path} → {response.status_code}: {response.text[:500]}"
    )


def test_the_schema_covers_every_route(platform: Platform) -> None:
    served = create_app(platform).openapi()
    assert set(served["paths"]) == set(_SCHEMA.raw_schema["paths"])


@FUZZ
@given(case=CASES)
def test_requests_without_credentials(client: TestClient, case: Case) -> None:
    response = send(client, prepared(case))
    no_server_error(case, response)
    if case.path not in PUBLIC:
        assert response.status_code in (401, 422), (case.formatted_path, response.status_code)
        assert response.headers["content-type"].startswith(PROBLEM)
        assert "server_time" in response.json()


@FUZZ
@given(case=CASES)
def test_requests_with_the_admin_token(client: TestClient, case: Case) -> None:
    response = send(client, prepared(case, {"Authorization": f"Bearer {ADMIN_TOKEN}"}))
    no_server_error(case, response)
    if response.status_code >= 400:
        assert response.headers["content-type"].startswith(PROBLEM), response.text


@FUZZ
@given(case=SYNC_CASES)
def test_requests_signed_by_a_terminal(client: TestClient, terminal: Terminal, case: Case) -> None:
    response = send(client, terminal.signer(prepared(case)))
    no_server_error(case, response)
    if response.status_code >= 400:
        assert response.headers["content-type"].startswith(PROBLEM), response.text


@pytest.fixture
def client(platform: Platform) -> Any:
    # Errors must come back as answers, never as exceptions through the test client.
    with TestClient(create_app(platform), base_url=BASE, raise_server_exceptions=False) as made:
        yield made
