"""``station-app``: the GUI and a technician's subcommands.

This is the one composition root allowed to wire ``ui`` and ``sync`` into the core, and it
imports them lazily so that the admin subcommands start without Qt.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from station_app import __version__, crash_log
from station_app.db.errors import StorageEnvironmentError
from station_app.i18n import UserError
from station_app.logs import configure_logging
from station_app.paths import StationPaths
from station_app.settings import LANGUAGE

log = logging.getLogger("station_app")


def _paths(args: argparse.Namespace) -> StationPaths:
    if args.data_dir:
        return StationPaths.under(Path(args.data_dir))
    if getattr(args, "demo", False):
        return StationPaths.under(StationPaths.for_user().data_dir / "demo")
    return StationPaths.for_user()


def _open_station(args: argparse.Namespace) -> object:
    from station_app.station import Station

    paths = _paths(args)
    configure_logging(paths.log_dir)
    return Station(paths)


def cmd_selfcheck(args: argparse.Namespace) -> int:
    from station_app.maintenance import selfcheck
    from station_app.station import Station

    station = _open_station(args)
    assert isinstance(station, Station)
    report = selfcheck(station)
    print(json.dumps(report, ensure_ascii=False, indent=2))
    return 0 if report["ok"] else 1


def cmd_backup(args: argparse.Namespace) -> int:
    from station_app.maintenance import backup
    from station_app.station import Station

    station = _open_station(args)
    assert isinstance(station, Station)
    target = backup(station, Path(args.path) if args.path else None)
    print(target)
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    from station_app.maintenance import restore

    paths = _paths(args)
    configure_logging(paths.log_dir)
    safety = restore(paths, Path(args.path))
    print(f"restored {args.path}; the previous database was saved as {safety}")
    return 0


def cmd_verify_audit(args: argparse.Namespace) -> int:
    from station_app import audit
    from station_app.station import Station

    station = _open_station(args)
    assert isinstance(station, Station)
    with station.database.reading() as session:
        report = audit.verify(session)
    if report.ok:
        print(f"audit chain ok: {report.entries} entries")
        return 0
    print(
        f"audit chain BROKEN at entry {report.first_bad_seq}: {report.problem}",
        file=sys.stderr,
    )
    return 1


def print_test(argv: list[str]) -> int:
    # Its own argparse (in the printing package) owns the options, --help included.
    from station_app.printing.print_test import print_test_command

    return print_test_command(argv)


def cmd_pair(args: argparse.Namespace) -> int:
    from station_app.station import Station
    from sync.pairing import pair

    station = _open_station(args)
    assert isinstance(station, Station)
    try:
        paired = pair(station, args.platform, args.code, terminal_name=args.name)
    finally:
        station.close()
    print(json.dumps(paired.as_dict(), ensure_ascii=False, indent=2))
    return 0


def cmd_sync(args: argparse.Namespace) -> int:
    import time

    from station_app import settings as S
    from station_app.station import Station
    from sync.engine import SyncEngine
    from sync.pairing import terminal_client

    station = _open_station(args)
    assert isinstance(station, Station)
    client = terminal_client(station)
    engine = SyncEngine(station, client)
    try:
        while True:
            report = engine.run_round()
            print(json.dumps(report.as_dict(), ensure_ascii=False, indent=2), flush=True)
            if args.once:
                return 0 if report.ok else 1
            time.sleep(station.settings.get(S.SYNC_INTERVAL_SECONDS))
    except KeyboardInterrupt:
        return 0
    finally:
        client.close()
        station.close()


def cmd_gui(args: argparse.Namespace) -> int:
    from ui.app import run_gui

    return run_gui(_paths(args), demo=args.demo, language=args.lang, kiosk=args.kiosk)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="station-app",
        description="Station POS: counter and kiosk app for community service stations.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("--data-dir", help="keep data, settings and logs in this folder")
    parser.add_argument("--demo", action="store_true", help="run with a seeded demo community")
    parser.add_argument(
        "--lang",
        choices=LANGUAGE.choices,
        help="language of the screens (ug: Uyghur, right to left); kept as the setting",
    )
    parser.add_argument(
        "--kiosk",
        action="store_true",
        help="self-service kiosk: full screen, touch only; a staff PIN leaves it",
    )
    parser.set_defaults(handler=cmd_gui)
    commands = parser.add_subparsers(title="technician commands", metavar="COMMAND")

    def add(
        name: str, handler: Callable[[argparse.Namespace], int], help: str
    ) -> argparse.ArgumentParser:
        sub = commands.add_parser(name, help=help, description=help)
        sub.add_argument("--data-dir", default=argparse.SUPPRESS, help=argparse.SUPPRESS)
        sub.set_defaults(handler=handler)
        return sub

    add("selfcheck", cmd_selfcheck, "check schema, integrity, audit chain; print JSON")
    add(
        "backup", cmd_backup, "copy the database to PATH (default: the backups folder)"
    ).add_argument("path", nargs="?")
    add(
        "restore", cmd_restore, "replace the database with a backup (app must be closed)"
    ).add_argument("path")
    add("verify-audit", cmd_verify_audit, "verify the audit log's hash chain")
    pair = add("pair", cmd_pair, "pair this terminal with the platform (one-time code)")
    pair.add_argument("--platform", required=True, metavar="URL", help="https://platform…")
    pair.add_argument("--code", required=True, help="enrollment code, e.g. K7Q-4M2-P9X")
    pair.add_argument("--name", help="this terminal's name on the platform (e.g. counter-1)")
    add("sync", cmd_sync, "sync with the platform; print each round's summary (JSON)").add_argument(
        "--once", action="store_true", help="one round, then exit (1 if it failed)"
    )
    commands.add_parser("print-test", help="print a test receipt (print-test --help)")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    arguments = list(sys.argv[1:] if argv is None else argv)
    if arguments[:1] == ["print-test"]:
        if argv is None:
            crash_log.install(StationPaths.for_user().log_dir)
        return print_test(arguments[1:])
    args = build_parser().parse_args(arguments)
    if argv is None:  # a real start; tests call main(argv) and keep their own hooks
        crash_log.install(_paths(args).log_dir)
    try:
        result: int = args.handler(args)
        return result
    except StorageEnvironmentError as error:  # a UserError too: the machine's, exit 3
        print(f"error: {error.message.source} ({error.detail})", file=sys.stderr)
        return 3
    except UserError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
