"""The platform's ASGI application: sync endpoints, admin API, problem details, OpenAPI."""

from __future__ import annotations

from typing import Any

from fastapi import FastAPI, Request

import station_app
from sync.messages import PROTOCOL_VERSION, utc_text
from sync.server import admin_api, problems, sync_api
from sync.server.platform import Platform


def create_app(platform: Platform) -> FastAPI:
    app = FastAPI(
        title="Station POS reference platform",
        version=f"{PROTOCOL_VERSION}.0 (app {station_app.__version__})",
        summary="Sync API for community service station terminals (PROTOCOL.md v1).",
        openapi_url="/openapi.json",
        docs_url="/docs",
        redoc_url=None,
    )
    app.state.platform = platform
    problems.install(app, platform.now)
    app.include_router(sync_api.router)
    app.include_router(admin_api.router)

    @app.get("/v1/status", tags=["sync"])
    def status(request: Request) -> dict[str, Any]:
        """Unsigned: the platform's clock and protocol version (for a first clock check)."""
        return {
            "protocol": PROTOCOL_VERSION,
            "server_time": utc_text(platform.now()),
            "min_app_version": platform.config.min_app_version,
        }

    return app
