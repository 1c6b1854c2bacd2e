"""Admin API, OpenAPI, the schema migration, the demo seeder and the CLI."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from fastapi.testclient import TestClient
from sqlalchemy import func, select

from station_app.demo import DEMO_PINS
from station_app.staff import pin_matches
from sync.messages import utc_text
from sync.server.cli import main
from sync.server.config import ServerConfig
from sync.server.demo import seed_demo
from sync.server.models import Base, Bill, Staff
from sync.server.platform import Platform, open_platform
from sync.server.vouchers import add_months, monthly_amounts
from tests.server.conftest import Admin, Community, PlatformClock, Terminal, pair


def test_admin_needs_the_bearer_token(client: TestClient) -> None:
    for headers in ({}, {"Authorization": "Bearer wrong"}, {"Authorization": "Basic x"}):
        response = client.get("/v1/admin/communities", headers=headers)
        assert response.status_code == 401
        assert response.headers["content-type"] == "application/problem+json"
        assert response.json()["type"].endswith("/unauthorized")


def test_openapi_is_published(client: TestClient) -> None:
    schema = client.get("/openapi.json").json()
    paths = schema["paths"]
    for path in ("/v1/terminals/pair", "/v1/sync/hello", "/v1/sync/push", "/v1/sync/pull"):
        assert path in paths
    assert "/v1/admin/voucher-programmes" in paths
    assert "PushRequest" in schema["components"]["schemas"]


def test_status_tells_the_time(client: TestClient) -> None:
    assert client.get("/v1/status").json()["server_time"] == "2026-11-26T02:00:00Z"


def test_validation_errors_are_problems(admin: Admin, community: Community) -> None:
    response = admin.client.post(
        "/v1/admin/catalog",
        json={"community_id": community.id, "name": "x", "kind": "goods", "price_fen": 1.5},
        headers=admin.headers,
    )
    assert response.status_code == 422
    assert response.json()["errors"][0]["loc"][-1] == "price_fen"
    missing = admin.client.post(
        "/v1/admin/households",
        json={"community_id": "nope", "building": "1", "unit": "1", "room": "1"},
        headers=admin.headers,
    )
    assert missing.status_code == 404 and missing.json()["type"].endswith("/not_found")


def test_a_programme_splits_its_total_exactly(
    admin: Admin, community: Community, platform_clock: PlatformClock
) -> None:
    assert monthly_amounts(100, 3) == [34, 33, 33]
    start = platform_clock.now()
    account = admin.post(
        "/voucher-accounts", {"community_id": community.id, "holder_name": "赵六"}
    )["id"]
    issued = admin.post(
        "/voucher-programmes",
        {
            "community_id": community.id,
            "name": "十年期",
            "total_fen": 20_000_000,
            "months": 120,
            "expiry_months": 6,
            "starts_at": utc_text(start),
            "account_ids": [account],
        },
    )
    assert (issued["accounts"], issued["lots"]) == (1, 120)
    lots = admin.get(f"/voucher-accounts/{account}")["lots"]
    assert sum(lot["amount_fen"] for lot in lots) == 20_000_000
    assert lots[-1]["effective_at"] == utc_text(add_months(start, 119))
    assert lots[0]["expires_at"] == utc_text(add_months(start, 6))


def test_month_arithmetic_keeps_the_local_day() -> None:
    # 31 January, Beijing time → the last day of February.
    start = datetime(2026, 1, 30, 16, 0, tzinfo=UTC)  # 2026-01-31 00:00 +08:00
    assert add_months(start, 1) == datetime(2026, 2, 27, 16, 0, tzinfo=UTC)
    assert add_months(start, 12) == datetime(2027, 1, 30, 16, 0, tzinfo=UTC)


def test_flags_are_listed_and_resolved(admin: Admin, community: Community) -> None:
    assert admin.flags() == []
    # A flag from an admin-side event: a terminal recovering its history.
    terminal = Terminal(
        admin.client, PlatformClock(), pair(admin.client, admin, community.station_id, "t")
    )
    terminal.push_ok(terminal.op("parcel.remind", {"parcel_id": "x"}))
    terminal.hello(0)
    flags = admin.flags()
    assert [flag["kind"] for flag in flags] == ["terminal_recovered"]
    admin.post(f"/flags/{flags[0]['id']}/resolve", {"resolution": "restored from backup"})
    assert admin.flags() == []
    assert admin.flags(status="resolved")[0]["resolution"] == "restored from backup"


def test_notices_can_be_withdrawn(admin: Admin, community: Community) -> None:
    notice = admin.post(
        "/notices",
        {
            "community_id": community.id,
            "kind": "announcement",
            "title": "停电",
            "body": "明天停电",
            "starts_at": "2026-11-26T00:00:00Z",
        },
    )
    response = admin.client.delete(f"/v1/admin/notices/{notice['id']}", headers=admin.headers)
    assert response.status_code == 204


def test_the_migration_matches_the_models(platform: Platform) -> None:
    with platform.database.engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        assert compare_metadata(context, Base.metadata) == []


@pytest.mark.slow
def test_the_demo_community_from_the_cli(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    url = f"sqlite:///{tmp_path / 'demo.db'}"
    assert main(["seed-demo", "--db", url]) == 0
    assert "created: station S001" in capsys.readouterr().out
    platform = open_platform(ServerConfig(database_url=url))
    try:
        with platform.database.transaction() as session:
            summary = seed_demo(session, platform.now())
        assert not summary.created  # a second run leaves it alone
        assert summary.households >= 200 and summary.residents >= 600
        # The platform's demo is the station's demo (resources/demo/community.json).
        assert 0 < summary.voucher_accounts <= summary.households
        assert summary.voucher_lots > summary.voucher_accounts
        with platform.database.reading() as session:
            periods = session.execute(select(func.count(func.distinct(Bill.period)))).scalar_one()
            assert periods >= 3
            staff = {s.name: s for s in session.execute(select(Staff)).scalars()}
            for name, _role, pin in DEMO_PINS:
                assert pin_matches(staff[name].pin_hash, pin)
    finally:
        platform.close()
    assert main(["enroll", "--station", "S001", "--db", url]) == 0
    code = capsys.readouterr().out.strip()
    assert len(code) == 11 and code[3] == "-"
    assert main(["enroll", "--station", "S999", "--db", url]) == 2


def test_cli_needs_a_command(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main([])
