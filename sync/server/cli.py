"""``station-platform`` (``python -m sync.server``): serve, seed-demo, enroll."""

from __future__ import annotations

import argparse
import ipaddress
import logging
import sys
from collections.abc import Sequence

from sync.server.config import ADMIN_TOKEN_ENV, DB_URL_ENV, DEFAULT_DB_URL, ServerConfig
from sync.server.platform import open_platform


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="station-platform", description="Reference platform for Station POS terminals."
    )
    commands = parser.add_subparsers(dest="command", required=True)

    def with_db(command: argparse.ArgumentParser) -> argparse.ArgumentParser:
        command.add_argument(
            "--db",
            metavar="URL",
            help=f"SQLAlchemy URL (default ${DB_URL_ENV} or {DEFAULT_DB_URL}; "
            "postgresql+psycopg://… for production)",
        )
        return command

    serve = with_db(commands.add_parser("serve", help="run the HTTP API"))
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8700)
    serve.add_argument(
        "--admin-token", help=f"bearer token for /v1/admin (default ${ADMIN_TOKEN_ENV})"
    )
    serve.add_argument(
        "--public-base-url",
        help="https://host as terminals address it, when behind a TLS proxy",
    )
    serve.add_argument("--min-app-version", help="older terminals are told to upgrade")
    with_db(commands.add_parser("seed-demo", help="create the demo community (once)"))
    enroll = with_db(commands.add_parser("enroll", help="print a one-time enrollment code"))
    enroll.add_argument("--station", required=True, help="station id or code (e.g. S001)")
    return parser


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")
    if args.command == "serve":
        return _serve(args)
    config = ServerConfig.from_environment(database_url=args.db)
    platform = open_platform(config)
    try:
        if args.command == "seed-demo":
            from sync.server.demo import seed_demo

            with platform.database.transaction() as session:
                summary = seed_demo(session, platform.now())
            verb = "created" if summary.created else "already there"
            print(
                f"demo community {verb}: station {summary.station_code} ({summary.station_id}), "
                f"{summary.households} households, {summary.residents} residents, "
                f"{summary.bills} bills, {summary.voucher_accounts} voucher accounts, "
                f"{summary.voucher_lots} lots"
            )
            return 0
        from sync.server.directory import find_station
        from sync.server.problems import ProblemError
        from sync.server.terminals import create_enrollment_code

        try:
            with platform.database.transaction() as session:
                station = find_station(session, args.station)
                code, expires_at = create_enrollment_code(
                    session, platform.now(), station_id=station.id, ttl=config.enrollment_ttl
                )
        except ProblemError as error:
            print(f"error: {error.detail}", file=sys.stderr)
            return 2
        print(code)
        print(
            f"station {station.code} ({station.name}); "
            f"single use, valid until {expires_at:%Y-%m-%d %H:%M} UTC",
            file=sys.stderr,
        )
        return 0
    finally:
        platform.close()


def _serve(args: argparse.Namespace) -> int:
    import uvicorn

    from sync.server.app import create_app

    config = ServerConfig.from_environment(
        database_url=args.db,
        admin_token=args.admin_token,
        public_base_url=args.public_base_url,
        min_app_version=args.min_app_version,
    )
    if not args.admin_token and not _env_token():
        print(f"admin token for this run: {config.admin_token}", file=sys.stderr)
    if not _is_loopback(args.host) and not args.public_base_url:
        print(
            "warning: terminals must reach the platform over HTTPS; serve plain HTTP only on "
            "loopback or behind a TLS proxy (--public-base-url https://…)",
            file=sys.stderr,
        )
    platform = open_platform(config)
    try:
        uvicorn.run(create_app(platform), host=args.host, port=args.port, log_level="info")
    finally:
        platform.close()
    return 0


def _env_token() -> bool:
    import os

    return bool(os.environ.get(ADMIN_TOKEN_ENV))
