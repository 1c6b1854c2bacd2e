"""A real uvicorn on 127.0.0.1 (ephemeral port, background thread) and a real requests client
signing with ``TerminalSigner``, as the station's sync client will."""

from __future__ import annotations

from typing import Any

import requests

from station_app.ids import new_id
from sync.messages import PullResponse, PushResponse, utc_text
from sync.server.app import create_app
from sync.server.embedded import BackgroundServer
from sync.server.platform import Platform
from sync.signing import TerminalSigner, encode_public_key, generate_private_key
from tests.server.conftest import ADMIN_TOKEN, PlatformClock

TIMEOUT = 10


def _session() -> requests.Session:
    session = requests.Session()
    session.trust_env = False  # no proxy between us and loopback
    return session


def test_pair_hello_push_pull_over_real_http(
    platform: Platform, platform_clock: PlatformClock
) -> None:
    server = BackgroundServer(create_app(platform))
    base = server.start()
    try:
        assert server.running and server.port != 0 and base.startswith("http://127.0.0.1:")
        admin = _session()
        admin.headers["Authorization"] = f"Bearer {ADMIN_TOKEN}"

        def post(path: str, body: dict[str, Any]) -> dict[str, Any]:
            response = admin.post(f"{base}/v1/admin{path}", json=body, timeout=TIMEOUT)
            assert response.status_code == 201, response.text
            result: dict[str, Any] = response.json()
            return result

        community = post("/communities", {"name": "直播社区"})
        station = post("/stations", {"community_id": community["id"], "name": "一站"})
        code = admin.post(
            f"{base}/v1/admin/stations/{station['id']}/enrollment-codes", timeout=TIMEOUT
        ).json()["code"]

        key = generate_private_key()
        paired = _session().post(
            f"{base}/v1/terminals/pair",
            json={
                "enrollment_code": code,
                "public_key": encode_public_key(key),
                "terminal_name": "counter-1",
                "app_version": "1.0.0",
            },
            timeout=TIMEOUT,
        )
        assert paired.status_code == 200, paired.text
        terminal = _session()
        terminal.auth = TerminalSigner(paired.json()["terminal_id"], key, now=platform_clock.now)

        hello = terminal.post(
            f"{base}/v1/sync/hello",
            json={"epoch": 1, "last_seq": 0, "db_instance_id": "db", "app_version": "1.0.0"},
            timeout=TIMEOUT,
        )
        assert hello.status_code == 200 and hello.json()["action"] == "ok"

        now = utc_text(platform_clock.now())
        op: dict[str, Any] = {
            "op_id": new_id(),
            "seq": 1,
            "type": "parcel.check_in",
            "payload": {
                "parcel_id": "live-1",
                "carrier": "ZTO",
                "waybill_no": "ZT7788",
                "phone": "13900001111",
                "pickup_code": "1-1-0001",
                "shelf": "1",
                "checked_in_at": now,
            },
            "device_time": now,
            "trusted_time": now,
            "offline": False,
        }
        pushed = terminal.post(
            f"{base}/v1/sync/push", json={"epoch": 1, "ops": [op]}, timeout=TIMEOUT
        )
        assert pushed.status_code == 200, pushed.text
        assert PushResponse.model_validate(pushed.json()).results[0].status == "applied"

        cursor, entities = "", list[str]()
        while True:
            response = terminal.get(
                f"{base}/v1/sync/pull", params={"cursor": cursor, "limit": "1"}, timeout=TIMEOUT
            )
            assert response.status_code == 200, response.text
            page = PullResponse.model_validate(response.json())
            entities += [change.entity for change in page.changes]
            cursor = page.next_cursor
            if not page.has_more:
                break
        assert entities == ["policy", "parcel"]

        replay = terminal.auth(requests.Request("GET", f"{base}/v1/sync/pull").prepare())
        assert _session().send(replay, timeout=TIMEOUT).status_code == 200
        again = _session().send(replay, timeout=TIMEOUT)
        assert again.status_code == 401 and again.json()["type"].endswith("/replayed_nonce")
    finally:
        server.stop()
    assert not server.running
