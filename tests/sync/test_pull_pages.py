"""A pull of many pages against the real platform: the next pages are fetched while one is
written, the pages already fetched land in one transaction (each page whole or not at
all), and the engine reports its progress for the status bar."""

from __future__ import annotations

import json
import sqlite3
import threading
from collections.abc import Callable
from typing import Any

import requests
from sqlalchemy import select

from station_app import replica
from station_app.db.models import SyncState
from sync.engine import PullProgress
from tests.sync.conftest import Send, Terminal, fake_response, refuse

PULL = "/v1/sync/pull"


def cursor(terminal: Terminal) -> str | None:
    with terminal.station.database.reading() as session:
        return session.get(SyncState, 1).cursor  # type: ignore[union-attr]


def stored(terminal: Terminal, changes: list[dict[str, Any]]) -> list[str]:
    """The ids of these changes' rows that the station holds."""
    found = []
    with terminal.station.database.reading() as session:
        for change in changes:
            model: Any = replica.ENTITIES[change["entity"]].model
            if session.execute(select(model.id).where(model.id == change["id"])).first():
                found.append(change["id"])
    return found


class Pages:
    """Records what the platform answered each pull with."""

    def __init__(self) -> None:
        self.answers: list[dict[str, Any]] = []

    def passed(self, request: requests.PreparedRequest, send: Send) -> requests.Response:
        response = send()
        self.answers.append(response.json())
        return response

    def spoiled(self, request: requests.PreparedRequest, send: Send) -> requests.Response:
        """The real page with one change no station can use added at its end."""
        body = send().json()
        self.answers.append(body)
        bad = {"entity": "lottery_ticket", "id": "t1", "op": "upsert", "version": 1, "data": {}}
        spoiled = {**body, "changes": [*body["changes"], bad]}
        headers = {"Content-Type": "application/json"}
        return fake_response(request, 200, json.dumps(spoiled).encode(), headers)


def no_pull_thread() -> bool:
    return not any(thread.name == "pull" for thread in threading.enumerate())


def test_progress_is_reported_as_pages_land(terminals: Callable[..., Terminal]) -> None:
    terminal = terminals("a")
    terminal.engine.pull_limit = 2
    progress: list[PullProgress] = []
    terminal.engine.on_pull_page = progress.append
    report = terminal.round()
    assert report.ok and report.pages > 3
    assert progress[-1] == PullProgress(report.pages, report.pulled, has_more=False)
    assert all(step.has_more for step in progress[:-1])
    assert [step.changes for step in progress] == sorted({step.changes for step in progress})
    assert no_pull_thread()


def test_a_refused_page_changes_nothing_and_the_pages_fetched_before_it_land(
    terminals: Callable[..., Terminal],
) -> None:
    """Pages 1–3 wait while another connection holds the write lock, so they land in one
    transaction: page 3 is refused, pages 1 and 2 are kept with their cursor."""
    terminal = terminals("a")
    terminal.engine.pull_limit = 2
    progress: list[PullProgress] = []
    terminal.engine.on_pull_page = progress.append
    pages = Pages()
    locks: list[sqlite3.Connection] = []

    def hold_the_write_lock(request: requests.PreparedRequest, send: Send) -> requests.Response:
        writer = sqlite3.connect(terminal.station.paths.database, check_same_thread=False)
        writer.isolation_level = None
        writer.execute("BEGIN IMMEDIATE")
        locks.append(writer)
        return pages.passed(request, send)

    def release_it(request: requests.PreparedRequest, send: Send) -> requests.Response:
        locks[0].rollback()
        locks[0].close()
        return pages.passed(request, send)

    terminal.adapter.add(PULL, hold_the_write_lock)
    terminal.adapter.add(PULL, pages.passed)
    terminal.adapter.add(PULL, pages.spoiled)
    terminal.adapter.add(PULL, release_it)  # page 4, asked for once page 3 is waiting

    report = terminal.round()

    assert not report.ok and "unknown entity" in (report.error or "")
    assert report.pages == 2 and progress == [PullProgress(2, report.pulled, has_more=True)]
    assert cursor(terminal) == pages.answers[1]["next_cursor"]
    kept = [*pages.answers[0]["changes"], *pages.answers[1]["changes"]]
    assert stored(terminal, kept) == [change["id"] for change in kept]
    assert stored(terminal, pages.answers[2]["changes"]) == []
    assert no_pull_thread()

    again = terminal.round()
    assert again.ok and stored(terminal, pages.answers[2]["changes"])


def test_a_network_failure_mid_pull_keeps_the_pages_before_it(
    terminals: Callable[..., Terminal],
) -> None:
    terminal = terminals("a")
    terminal.engine.pull_limit = 2
    pages = Pages()
    terminal.adapter.add(PULL, pages.passed, times=2)
    terminal.adapter.add(PULL, refuse, times=4)  # every try of the client's retry policy

    report = terminal.round()

    assert not report.ok and report.error_kind == "offline"
    assert report.pages == 2 and cursor(terminal) == pages.answers[1]["next_cursor"]
    assert no_pull_thread()
    again = terminal.round()
    assert again.ok and again.pulled > 0 and not again.error
