"""The real platform served by uvicorn on 127.0.0.1, and real stations syncing with it.

Faults are injected at the edge only: ``FaultAdapter`` is a ``requests`` transport adapter
that can lose a response after the platform committed, refuse to connect, answer for the
platform, replay a request, or run a hook around a call. Nothing sleeps: the client's
backoff sleep is recorded, and waiting is done on events with short timeouts.
"""

from __future__ import annotations

import shutil
from collections import deque
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest
import requests
from fastapi.testclient import TestClient
from requests.adapters import HTTPAdapter
from requests.structures import CaseInsensitiveDict
from sqlalchemy import func, select

from station_app.db.models import OutboxOp, Parcel
from station_app.paths import StationPaths
from station_app.shelves import ShelfLayout
from station_app.station import Station
from station_app.work import Actor
from sync import pairing
from sync.client import PlatformClient, RetryPolicy, Timeouts
from sync.engine import SyncEngine
from sync.server.app import create_app
from sync.server.config import ServerConfig
from sync.server.embedded import BackgroundServer
from sync.server.platform import Platform, open_platform
from tests.conftest import ManualClock
from tests.server.conftest import ADMIN_TOKEN, Admin, Community, PlatformClock, make_community

Send = Callable[[], requests.Response]
Fault = Callable[[requests.PreparedRequest, Send], requests.Response]


class FaultAdapter(HTTPAdapter):
    """Forwards to the real server unless a queued fault for the request's path says else."""

    def __init__(self) -> None:
        super().__init__(max_retries=0)
        self.faults: dict[str, deque[Fault]] = {}
        self.log: list[tuple[str, str]] = []

    def add(self, path: str, fault: Fault, times: int = 1) -> None:
        self.faults.setdefault(path, deque()).extend([fault] * times)

    def send(  # type: ignore[override]
        self, request: requests.PreparedRequest, **kwargs: Any
    ) -> requests.Response:
        path = urlsplit(request.url or "").path
        self.log.append((request.method or "", path))
        queue = self.faults.get(path)
        fault = queue.popleft() if queue else None

        def forward() -> requests.Response:
            return super(FaultAdapter, self).send(request, **kwargs)

        return fault(request, forward) if fault else forward()

    def calls(self, path: str) -> int:
        return sum(1 for _method, called in self.log if called == path)


def lose_response(request: requests.PreparedRequest, send: Send) -> requests.Response:
    """The platform commits, the answer never arrives."""
    send()
    raise requests.ConnectionError("connection reset after the request was sent")


def refuse(request: requests.PreparedRequest, send: Send) -> requests.Response:
    raise requests.ConnectionError("connection refused")


def fake_response(
    request: requests.PreparedRequest,
    status: int,
    body: bytes = b"",
    headers: dict[str, str] | None = None,
) -> requests.Response:
    response = requests.Response()
    response.status_code = status
    response._content = body
    response.headers = CaseInsensitiveDict(headers or {})
    response.request = request
    response.url = request.url or ""
    response.reason = "fake"
    return response


def answer(status: int, headers: dict[str, str] | None = None) -> Fault:
    def fault(request: requests.PreparedRequest, send: Send) -> requests.Response:
        return fake_response(request, status, b"", headers)

    return fault


def around(
    before: Callable[[], None] | None = None, after: Callable[[], None] | None = None
) -> Fault:
    """Run hooks just before the request is sent and just after its answer arrived."""

    def fault(request: requests.PreparedRequest, send: Send) -> requests.Response:
        if before:
            before()
        response = send()
        if after:
            after()
        return response

    return fault


@dataclass
class Clocks:
    """The platform's clock and the stations' device clocks, moved together."""

    platform: PlatformClock
    stations: list[ManualClock] = field(default_factory=list)

    def station(self, skew: timedelta = timedelta(0)) -> ManualClock:
        clock = ManualClock(self.platform.now() + skew)
        self.stations.append(clock)
        return clock

    def advance(self, delta: timedelta) -> None:
        self.platform.advance(delta)
        for clock in self.stations:
            clock.advance(delta)


@pytest.fixture
def clocks() -> Clocks:
    return Clocks(PlatformClock())


@pytest.fixture(scope="session")
def platform_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("sync-template") / "platform.db"
    open_platform(ServerConfig(database_url=f"sqlite:///{path}")).close()
    return path


@pytest.fixture
def platform(tmp_path: Path, clocks: Clocks, platform_template: Path) -> Iterator[Platform]:
    path = tmp_path / "platform.db"
    shutil.copyfile(platform_template, path)
    opened = open_platform(
        ServerConfig(
            database_url=f"sqlite:///{path}", admin_token=ADMIN_TOKEN, now=clocks.platform.now
        )
    )
    yield opened
    opened.close()


@pytest.fixture
def server_url(platform: Platform) -> Iterator[str]:
    server = BackgroundServer(create_app(platform))
    url = server.start()
    yield url
    server.stop()


@pytest.fixture
def admin(platform: Platform) -> Iterator[Admin]:
    with TestClient(create_app(platform), base_url="http://testserver") as client:
        yield Admin(client)


@pytest.fixture
def community(admin: Admin, clocks: Clocks) -> Community:
    return make_community(admin, clocks.platform.now())


@pytest.fixture
def unpaired(tmp_path: Path, clocks: Clocks) -> Iterator[Station]:
    station = Station(StationPaths.under(tmp_path / "unpaired"), clock=clocks.station())
    yield station
    station.close()


@dataclass
class Terminal:
    """A station paired with the platform, its faulty transport and its sync engine."""

    station: Station
    adapter: FaultAdapter
    client: PlatformClient
    engine: SyncEngine
    sleeps: list[float]

    def round(self, *, pull: bool = True) -> Any:
        return self.engine.run_round(pull=pull)

    def layout(self) -> ShelfLayout:
        return ShelfLayout.from_settings(self.station.settings)

    def check_in(
        self,
        waybill: str,
        *,
        phone: str = "13812341234",
        shelf: str | None = None,
        layer: int | None = None,
    ) -> str:
        from station_app.parcels import check_in

        with self.station.work(Actor.system()) as work:
            view = check_in(
                work,
                self.layout(),
                waybill_no=waybill,
                carrier="SF",
                phone=phone,
                shelf=shelf,
                layer=layer,
            )
        return view.id

    def ops(self) -> list[OutboxOp]:
        with self.station.database.reading() as session:
            return list(session.execute(select(OutboxOp).order_by(OutboxOp.seq)).scalars())

    def parcel(self, parcel_id: str) -> Parcel | None:
        with self.station.database.reading() as session:
            return session.get(Parcel, parcel_id)

    def count(self, model: Any) -> int:
        with self.station.database.reading() as session:
            return int(session.execute(select(func.count()).select_from(model)).scalar_one())

    def close(self) -> None:
        self.client.close()
        self.station.close()


def make_client(
    station: Station, adapter: FaultAdapter, sleeps: list[float], **options: Any
) -> PlatformClient:
    session = requests.Session()
    session.mount("http://", adapter)
    return pairing.terminal_client(
        station,
        session=session,
        timeouts=options.pop("timeouts", Timeouts(connect=2, read=5)),
        retry=options.pop("retry", RetryPolicy(attempts=4, base_delay=0.01, max_delay=0.05)),
        sleep=sleeps.append,
        **options,
    )


@pytest.fixture
def terminals(
    tmp_path: Path, server_url: str, admin: Admin, community: Community, clocks: Clocks
) -> Iterator[Callable[..., Terminal]]:
    """``terminals("a")`` pairs a new station (its own data dir) with the platform."""
    made: list[Terminal] = []

    def make(name: str = "a", *, skew: timedelta = timedelta(0), **options: Any) -> Terminal:
        station = Station(StationPaths.under(tmp_path / name), clock=clocks.station(skew))
        code = admin.post(f"/stations/{community.station_id}/enrollment-codes")["code"]
        pairing.pair(station, server_url, code, terminal_name=name)
        adapter = FaultAdapter()
        sleeps: list[float] = []
        client = make_client(station, adapter, sleeps, **options)
        terminal = Terminal(station, adapter, client, SyncEngine(station, client), sleeps)
        made.append(terminal)
        return terminal

    yield make
    for terminal in made:
        terminal.close()


def reopen(terminal: Terminal, clock: ManualClock) -> Terminal:
    """The same data dir opened again (after a restore): a new process, the same clock."""
    terminal.close()
    station = Station(terminal.station.paths, clock=clock)
    adapter = FaultAdapter()
    sleeps: list[float] = []
    client = make_client(station, adapter, sleeps)
    return Terminal(station, adapter, client, SyncEngine(station, client), sleeps)


def platform_now(clocks: Clocks) -> datetime:
    return clocks.platform.now()
