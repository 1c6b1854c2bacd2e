"""The sync endpoints terminals call: pair (unsigned), hello, push, pull (signed)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Query, Request
from starlette.concurrency import run_in_threadpool

from sync.messages import (
    DEFAULT_PULL_LIMIT,
    MAX_PULL_LIMIT,
    HelloRequest,
    HelloResponse,
    PairRequest,
    PairResponse,
    PullResponse,
    PushRequest,
    PushResponse,
)
from sync.server import changes, terminals
from sync.server.authentication import Caller, authenticate_terminal
from sync.server.models import Terminal
from sync.server.platform import Platform
from sync.server.problems import ProblemError
from sync.server.push import push as apply_push

router = APIRouter(prefix="/v1", tags=["sync"])

PROBLEM_RESPONSES: dict[int | str, dict[str, object]] = {
    401: {"description": "Signature refused (problem+json)"},
    409: {"description": "seq_gap, seq_reuse or epoch_mismatch (problem+json)"},
}


def platform_of(request: Request) -> Platform:
    platform = request.app.state.platform
    assert isinstance(platform, Platform)
    return platform


async def signed_terminal(request: Request) -> Caller:
    body = await request.body()
    return await run_in_threadpool(authenticate_terminal, platform_of(request), request, body)


SignedCaller = Annotated[Caller, Depends(signed_terminal)]


@router.post("/terminals/pair", response_model=PairResponse)
def pair(body: PairRequest, request: Request) -> PairResponse:
    """Pair a terminal with a one-time enrollment code (unsigned: it has no key yet)."""
    platform = platform_of(request)
    now = platform.now()
    with platform.database.transaction() as session:
        paired = terminals.pair(session, now, body)
        return PairResponse(
            terminal_id=paired.terminal.id,
            terminal_code=paired.terminal.code,
            station_id=paired.station.id,
            station_name=paired.station.name,
            community_id=paired.station.community_id,
            community_name=paired.community_name,
            epoch=paired.terminal.epoch,
            platform_public_key=platform.public_key,
            server_time=now,
        )


@router.post("/sync/hello", response_model=HelloResponse, responses=PROBLEM_RESPONSES)
def hello(body: HelloRequest, caller: SignedCaller, request: Request) -> HelloResponse:
    platform = platform_of(request)
    now = platform.now()
    with platform.database.transaction() as session:
        terminal = session.get(Terminal, caller.terminal_id, with_for_update=True)
        assert terminal is not None
        terminal.last_seen_at = now
        outcome = terminals.hello(
            session, now, terminal, body, min_app_version=platform.config.min_app_version
        )
    return HelloResponse(
        expected_epoch=outcome.epoch,
        server_last_seq=outcome.server_last_seq,
        action=outcome.action,  # type: ignore[arg-type]
        min_app_version=platform.config.min_app_version,
        server_time=platform.now(),
    )


@router.post("/sync/push", response_model=PushResponse, responses=PROBLEM_RESPONSES)
def push(body: PushRequest, caller: SignedCaller, request: Request) -> PushResponse:
    platform = platform_of(request)
    results, ack_seq = apply_push(platform, caller.terminal_id, body)
    return PushResponse(results=results, ack_seq=ack_seq, server_time=platform.now())


@router.get("/sync/pull", response_model=PullResponse, responses=PROBLEM_RESPONSES)
def pull(
    caller: SignedCaller,
    request: Request,
    cursor: str | None = None,
    limit: Annotated[int, Query(ge=1, le=MAX_PULL_LIMIT)] = DEFAULT_PULL_LIMIT,
) -> PullResponse:
    platform = platform_of(request)
    try:
        after = changes.parse_cursor(cursor)
    except changes.BadCursorError as error:
        raise ProblemError(400, "bad_cursor", f"cursor {cursor!r} was not issued here") from error
    with platform.database.reading() as session:
        page = changes.pull(
            session,
            community_id=caller.community_id,
            station_id=caller.station_id,
            after=after,
            limit=limit,
        )
    return PullResponse(
        changes=page.changes,
        next_cursor=page.next_cursor,
        has_more=page.has_more,
        server_time=platform.now(),
    )
