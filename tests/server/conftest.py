"""A real platform (FastAPI app on a SQLite file) and terminals that sign like stations do."""

from __future__ import annotations

import functools
import itertools
import os
import shutil
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest
import requests
from fastapi.testclient import TestClient
from sqlalchemy import create_engine, inspect, text

from station_app.ids import new_id
from station_app.staff import hash_pin
from sync.messages import utc_text
from sync.server.app import create_app
from sync.server.config import ServerConfig
from sync.server.platform import Platform, open_platform
from sync.signing import TerminalSigner, encode_public_key, generate_private_key

ADMIN_TOKEN = "test-admin-token"
BASE = "http://testserver"


class PlatformClock:
    """The platform's clock, moved by hand; terminals sign with it (their trusted time)."""

    def __init__(self, start: datetime = datetime(2026, 11, 26, 2, 0, tzinfo=UTC)) -> None:
        self.wall = start

    def now(self) -> datetime:
        return self.wall

    def advance(self, delta: timedelta) -> None:
        self.wall += delta


@pytest.fixture
def platform_clock() -> PlatformClock:
    return PlatformClock()


TEST_DB_URL_ENV = "STATION_PLATFORM_TEST_DB_URL"
"""Set (``postgresql+psycopg://…``, see ``.ci/postgres-tests``): the platform under test
uses that database, emptied before each test; unset: a SQLite file per test."""


@pytest.fixture(scope="session")
def migrated_database(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One migrated database file, copied for each test (migrating takes a while)."""
    path = tmp_path_factory.mktemp("template") / "platform.db"
    open_platform(ServerConfig(database_url=f"sqlite:///{path}")).close()
    return path


@pytest.fixture(scope="session")
def server_database() -> Iterator[str | None]:
    """The external test database, its schema rebuilt once by the migrations."""
    url = os.environ.get(TEST_DB_URL_ENV)
    if not url:
        yield None
        return
    engine = create_engine(url)
    with engine.begin() as connection:
        connection.execute(text("DROP SCHEMA IF EXISTS public CASCADE"))
        connection.execute(text("CREATE SCHEMA public"))
    open_platform(ServerConfig(database_url=url)).close()
    yield url
    engine.dispose()


def emptied(url: str) -> str:
    """Every table but the migrations' own emptied, in one statement."""
    engine = create_engine(url)
    try:
        with engine.begin() as connection:
            tables = [
                name for name in inspect(connection).get_table_names() if name != "alembic_version"
            ]
            quoted = ", ".join(f'"{name}"' for name in tables)
            connection.execute(text(f"TRUNCATE {quoted} RESTART IDENTITY CASCADE"))
    finally:
        engine.dispose()
    return url


@pytest.fixture
def platform_database_url(
    tmp_path: Path, migrated_database: Path, server_database: str | None
) -> str:
    if server_database:
        return emptied(server_database)
    path = tmp_path / "platform.db"
    shutil.copyfile(migrated_database, path)
    return f"sqlite:///{path}"


@pytest.fixture
def platform(platform_clock: PlatformClock, platform_database_url: str) -> Iterator[Platform]:
    config = ServerConfig(
        database_url=platform_database_url, admin_token=ADMIN_TOKEN, now=platform_clock.now
    )
    opened = open_platform(config)
    yield opened
    opened.close()


@functools.cache
def pin_hash(pin: str) -> str:
    """Argon2 is slow on purpose; tests hash each PIN once."""
    return hash_pin(pin)


@pytest.fixture
def client(platform: Platform) -> Iterator[TestClient]:
    with TestClient(create_app(platform), base_url=BASE) as test_client:
        yield test_client


class Admin:
    def __init__(self, client: TestClient) -> None:
        self.client = client
        self.headers = {"Authorization": f"Bearer {ADMIN_TOKEN}"}

    def post(self, path: str, body: dict[str, Any] | None = None) -> dict[str, Any]:
        response = self.client.post(f"/v1/admin{path}", json=body or {}, headers=self.headers)
        assert response.status_code in (200, 201), response.text
        result: dict[str, Any] = response.json()
        return result

    def get(self, path: str, **params: Any) -> dict[str, Any]:
        response = self.client.get(f"/v1/admin{path}", params=params, headers=self.headers)
        assert response.status_code == 200, response.text
        result: dict[str, Any] = response.json()
        return result

    def flags(self, **params: Any) -> list[dict[str, Any]]:
        items: list[dict[str, Any]] = self.get("/flags", **params)["items"]
        return items


@pytest.fixture
def admin(client: TestClient) -> Admin:
    return Admin(client)


@dataclass
class Community:
    """A small community: enough rows for every op type."""

    id: str
    station_id: str
    household_id: str
    resident_phone: str
    water_id: str
    bill_id: str
    bill_fen: int
    account_id: str
    lot_ids: list[str]
    supervisor_id: str
    clerk_id: str
    catalog_item_id: str
    extra: dict[str, Any] = field(default_factory=dict)


def make_community(admin: Admin, now: datetime, *, name: str = "测试社区") -> Community:
    community = admin.post("/communities", {"name": name})
    station = admin.post("/stations", {"community_id": community["id"], "name": f"{name}服务站"})
    household = admin.post(
        "/households",
        {"community_id": community["id"], "building": "1栋", "unit": "1单元", "room": "101"},
    )
    resident = admin.post(
        "/residents",
        {
            "household_id": household["id"],
            "name": "王芳",
            "phone": "13812341234",
            "is_primary": True,
        },
    )
    water = admin.post(
        "/billers",
        {"community_id": community["id"], "name": "水务", "kind": "water", "allow_vouchers": True},
    )
    bill = admin.post(
        "/bills",
        {
            "household_id": household["id"],
            "biller_id": water["id"],
            "account_no": "W000001",
            "period": "2026-11",
            "due_date": "2026-12-25",
            "lines": [
                {
                    "description": "居民生活用水",
                    "quantity": "12.5",
                    "unit": "m³",
                    "unit_price_fen": 345,
                    "amount_fen": 4313,
                }
            ],
        },
    )
    account = admin.post(
        "/voucher-accounts",
        {"community_id": community["id"], "household_id": household["id"], "holder_name": "王芳"},
    )
    programme = admin.post(
        "/voucher-programmes",
        {
            "community_id": community["id"],
            "name": "购房消费券",
            "total_fen": 30_000,
            "months": 3,
            "expiry_months": 2,
            "starts_at": utc_text(now - timedelta(days=40)),
            "account_ids": [account["id"]],
        },
    )
    assert programme["lots"] == 3
    lots = admin.get(f"/voucher-accounts/{account['id']}")["lots"]
    supervisor = admin.post(
        "/staff",
        {
            "community_id": community["id"],
            "station_id": station["id"],
            "name": "王强",
            "role": "supervisor",
            "pin_hash": pin_hash("2222"),
        },
    )
    clerk = admin.post(
        "/staff",
        {
            "community_id": community["id"],
            "name": "张丽",
            "role": "clerk",
            "pin_hash": pin_hash("1111"),
        },
    )
    item = admin.post(
        "/catalog",
        {"community_id": community["id"], "name": "大米 5kg", "kind": "goods", "price_fen": 6990},
    )
    admin.post(
        "/notices",
        {
            "community_id": community["id"],
            "kind": "outage",
            "title": "停水通知",
            "body": "周六停水",
            "starts_at": utc_text(now),
        },
    )
    return Community(
        id=community["id"],
        station_id=station["id"],
        household_id=household["id"],
        resident_phone=resident["phone"],
        water_id=water["id"],
        bill_id=bill["id"],
        bill_fen=bill["amount_due_fen"],
        account_id=account["id"],
        lot_ids=[lot["id"] for lot in lots],
        supervisor_id=supervisor["id"],
        clerk_id=clerk["id"],
        catalog_item_id=item["id"],
    )


@pytest.fixture
def community(admin: Admin, platform_clock: PlatformClock) -> Community:
    return make_community(admin, platform_clock.now())


class Terminal:
    """A paired terminal: signs each request with its own key, numbers its ops."""

    def __init__(self, client: TestClient, clock: PlatformClock, pairing: dict[str, Any]) -> None:
        self.client = client
        self.clock = clock
        self.id: str = pairing["terminal_id"]
        self.code: str = pairing["terminal_code"]
        self.epoch: int = pairing["epoch"]
        self.pairing = pairing
        self.key = pairing.pop("_key")
        self.signer = TerminalSigner(self.id, self.key, now=clock.now)
        self.seq = itertools.count(1)
        self.shift_id = new_id()

    def prepared(
        self, method: str, path: str, body: dict[str, Any] | None = None
    ) -> requests.PreparedRequest:
        request = requests.Request(method, BASE + path, json=body).prepare()
        return self.signer(request)

    def send(self, prepared: requests.PreparedRequest) -> httpx.Response:
        assert prepared.method is not None and prepared.url is not None
        body = prepared.body
        assert body is None or isinstance(body, bytes)
        return self.client.request(
            prepared.method, prepared.url, content=body, headers=dict(prepared.headers)
        )

    def call(self, method: str, path: str, body: dict[str, Any] | None = None) -> httpx.Response:
        return self.send(self.prepared(method, path, body))

    def hello(self, last_seq: int, **extra: Any) -> httpx.Response:
        body = {
            "epoch": self.epoch,
            "last_seq": last_seq,
            "db_instance_id": "db-1",
            "app_version": "1.0.0",
            "schema_version": "0001",
            **extra,
        }
        return self.call("POST", "/v1/sync/hello", body)

    def op(
        self,
        type_: str,
        payload: dict[str, Any],
        *,
        seq: int | None = None,
        offline: bool = True,
        device_time: datetime | None = None,
    ) -> dict[str, Any]:
        now = self.clock.now()
        return {
            "op_id": new_id(),
            "seq": next(self.seq) if seq is None else seq,
            "type": type_,
            "payload": payload,
            "device_time": utc_text(device_time or now),
            "trusted_time": utc_text(now),
            "staff_id": None,
            "shift_id": self.shift_id,
            "offline": offline,
        }

    def push(self, *ops: dict[str, Any], epoch: int | None = None) -> httpx.Response:
        return self.call("POST", "/v1/sync/push", {"epoch": epoch or self.epoch, "ops": list(ops)})

    def push_ok(self, *ops: dict[str, Any]) -> list[dict[str, Any]]:
        response = self.push(*ops)
        assert response.status_code == 200, response.text
        results: list[dict[str, Any]] = response.json()["results"]
        return results

    def pull_all(self, cursor: str = "", limit: int = 500) -> tuple[list[dict[str, Any]], str]:
        changes: list[dict[str, Any]] = []
        while True:
            response = self.call("GET", f"/v1/sync/pull?cursor={cursor}&limit={limit}")
            assert response.status_code == 200, response.text
            page = response.json()
            changes.extend(page["changes"])
            cursor = page["next_cursor"]
            if not page["has_more"]:
                return changes, cursor


def pair(client: TestClient, admin: Admin, station_id: str, name: str) -> dict[str, Any]:
    code = admin.post(f"/stations/{station_id}/enrollment-codes")["code"]
    key = generate_private_key()
    response = client.post(
        "/v1/terminals/pair",
        json={
            "enrollment_code": code,
            "public_key": encode_public_key(key),
            "terminal_name": name,
            "app_version": "1.0.0",
        },
    )
    assert response.status_code == 200, response.text
    return {**response.json(), "_key": key}


@pytest.fixture
def terminal(
    client: TestClient, admin: Admin, community: Community, platform_clock: PlatformClock
) -> Terminal:
    return Terminal(client, platform_clock, pair(client, admin, community.station_id, "counter-1"))


@pytest.fixture
def kiosk(
    client: TestClient, admin: Admin, community: Community, platform_clock: PlatformClock
) -> Terminal:
    return Terminal(client, platform_clock, pair(client, admin, community.station_id, "counter-2"))
