"""RFC 9457 problem details: every error the platform returns has a stable type and title."""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from datetime import datetime
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from sqlalchemy.exc import DataError, IntegrityError
from starlette.exceptions import HTTPException as StarletteHTTPException

from sync.messages import problem_type, utc_text

log = logging.getLogger(__name__)

PROBLEM_JSON = "application/problem+json"

TITLES: dict[str, str] = {
    "invalid_request": "The request body or parameters are not valid",
    "conflicting_reference": "The request names a record that does not exist or already does",
    "not_found": "No such resource",
    "method_not_allowed": "Method not allowed",
    "http_error": "HTTP error",
    "internal_error": "Internal error",
    "unauthorized": "Authentication required",
    "unknown_key": "Unknown terminal key",
    "revoked_key": "The terminal's key is revoked",
    "bad_signature": "The request signature is not valid",
    "stale_signature": "The signature's created time is outside the allowed window",
    "replayed_nonce": "The signature's nonce was already used",
    "enrollment_code_unknown": "Unknown enrollment code",
    "enrollment_code_expired": "The enrollment code has expired",
    "enrollment_code_used": "The enrollment code was already used",
    "key_in_use": "This public key is already paired",
    "bad_public_key": "The public key is not a raw Ed25519 key",
    "seq_gap": "Ops are missing before this seq",
    "seq_reuse": "A seq was reused for a different op",
    "terminal_quarantined": "The terminal is quarantined and needs a technician",
    "epoch_mismatch": "The terminal is on another epoch",
    "bad_cursor": "The pull cursor is not valid",
    "conflict": "The request conflicts with the current state",
}


class ProblemError(Exception):
    """Raised anywhere in a request; rendered as ``application/problem+json``."""

    def __init__(
        self, status: int, slug: str, detail: str | None = None, **extensions: Any
    ) -> None:
        self.status = status
        self.slug = slug
        self.detail = detail
        self.extensions = extensions
        self.headers: dict[str, str] = {}
        super().__init__(f"{status} {slug}: {detail or ''}")


def problem_response(
    now: datetime,
    status: int,
    slug: str,
    detail: str | None = None,
    *,
    headers: Mapping[str, str] | None = None,
    **extensions: Any,
) -> JSONResponse:
    body: dict[str, Any] = {
        "type": problem_type(slug),
        "title": TITLES.get(slug, slug.replace("_", " ")),
        "status": status,
        **({"detail": detail} if detail else {}),
        "server_time": utc_text(now),
        **extensions,
    }
    return JSONResponse(body, status_code=status, media_type=PROBLEM_JSON, headers=headers)


def install(app: FastAPI, now: Callable[[], datetime]) -> None:
    """Render every error, including FastAPI's own, as problem details."""

    async def on_problem(request: Request, error: Exception) -> JSONResponse:
        assert isinstance(error, ProblemError)
        return problem_response(
            now(), error.status, error.slug, error.detail, headers=error.headers, **error.extensions
        )

    async def on_validation(request: Request, error: Exception) -> JSONResponse:
        assert isinstance(error, RequestValidationError)
        errors = [
            {"loc": list(item.get("loc", ())), "msg": str(item.get("msg", ""))}
            for item in error.errors()
        ]
        return problem_response(now(), 422, "invalid_request", errors=errors)

    async def on_http(request: Request, error: Exception) -> JSONResponse:
        assert isinstance(error, StarletteHTTPException)
        slug = {404: "not_found", 405: "method_not_allowed", 401: "unauthorized"}.get(
            error.status_code, "http_error"
        )
        return problem_response(
            now(), error.status_code, slug, str(error.detail), headers=error.headers
        )

    async def on_integrity(request: Request, error: Exception) -> JSONResponse:
        # A reference the handler did not check (an admin body naming an unknown
        # community, a repeated id): the transaction rolled back; the caller's mistake.
        log.info("integrity error on %s %s: %s", request.method, request.url.path, error)
        return problem_response(now(), 409, "conflicting_reference")

    async def on_data(request: Request, error: Exception) -> JSONResponse:
        # A value the database cannot hold (PostgreSQL: a NUL byte in text, a number out
        # of range) that validation let through: the request's fault, nothing was stored.
        log.info("data error on %s %s: %s", request.method, request.url.path, error)
        return problem_response(now(), 422, "invalid_request", "a value cannot be stored")

    async def on_crash(request: Request, error: Exception) -> JSONResponse:
        log.exception("unhandled error on %s %s", request.method, request.url.path)
        return problem_response(now(), 500, "internal_error")

    app.add_exception_handler(ProblemError, on_problem)
    app.add_exception_handler(RequestValidationError, on_validation)
    app.add_exception_handler(StarletteHTTPException, on_http)
    app.add_exception_handler(IntegrityError, on_integrity)
    app.add_exception_handler(DataError, on_data)
    app.add_exception_handler(Exception, on_crash)
