"""The machine fails the app: a locked database, a read-only data folder, a full disk, a
printer that vanishes mid-job. Each gives a clear error (English source, zh_CN
translation), loses nothing that was done before, changes nothing for the refused step,
and the station goes on working once the cause is gone.
"""

from __future__ import annotations

import contextlib
import os
import select
import socket
import sqlite3
import struct
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import event, func
from sqlalchemy import select as sql_select

from station_app.bills import pay
from station_app.db import database as database_module
from station_app.db.errors import (
    DatabaseCorruptError,
    DatabaseLockedError,
    DiskFullError,
    ReadOnlyStorageError,
    StorageEnvironmentError,
    StorageUnavailableError,
)
from station_app.db.models import AuditEntry, OutboxOp, Payment, PrintJob, Receipt
from station_app.paths import StationPaths
from station_app.printing.print_queue import PrintQueue, reprint, resolve_uncertain
from station_app.printing.printer import open_printer
from station_app.station import Station
from tests.printing.fake_printer import REPLIES, FakePrinter
from tests.reliability import community, invariants
from tests.reliability.community import CLERK
from tests.reliability.conftest import ROOT

TRANSLATIONS = ROOT / "resources" / "translations" / "station_zh_CN.ts"
STORAGE_ERRORS = (
    StorageEnvironmentError,
    DiskFullError,
    DatabaseLockedError,
    ReadOnlyStorageError,
    StorageUnavailableError,
    DatabaseCorruptError,
)


def translations(context: str) -> dict[str, str]:
    """Source → finished translation for one context of the zh_CN catalogue."""
    found = {}
    for node in ET.parse(TRANSLATIONS).getroot().iter("context"):
        if node.findtext("name") != context:
            continue
        for message in node.iter("message"):
            translation = message.find("translation")
            if translation is not None and translation.get("type") not in ("unfinished",):
                found[message.findtext("source") or ""] = translation.text or ""
    return found


def assert_translated(error: BaseException) -> None:
    assert isinstance(error, StorageEnvironmentError), repr(error)
    message = type(error).message
    zh = translations(message.context).get(message.source)
    assert zh, f"no zh_CN translation for {message.source!r}"


def counts(station: Station) -> dict[str, int]:
    with station.database.reading() as session:
        return {
            model.__tablename__: int(
                session.execute(sql_select(func.count()).select_from(model)).scalar_one()
            )
            for model in (Payment, OutboxOp, AuditEntry, Receipt, PrintJob)
        }


@pytest.fixture
def counter(tmp_path: Path) -> Iterator[tuple[Station, str]]:
    """A seeded station (real clock) and its open shift."""
    station = Station(StationPaths.under(tmp_path / "station"))
    shift_id = community.seed(station, households=40)
    yield station, shift_id
    station.close()


def pay_bill(station: Station, shift_id: str, number: int) -> str:
    with station.work(CLERK, shift_id=shift_id) as work:
        return pay(work, [f"bill-{number:05d}"], cash_tendered_fen=5000).payment_id


def test_every_storage_error_has_a_zh_cn_translation() -> None:
    for kind in STORAGE_ERRORS:
        assert_translated(kind("detail"))


# --- locked by another process -----------------------------------------------------------

LOCKER = """
import sqlite3, sys
db = sqlite3.connect(sys.argv[1], isolation_level=None)
db.execute("BEGIN EXCLUSIVE")
print("LOCKED", flush=True)
sys.stdin.readline()
db.execute("ROLLBACK")
"""


def test_a_database_locked_by_another_process_refuses_and_loses_nothing(
    counter: tuple[Station, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    station, shift_id = counter
    done = pay_bill(station, shift_id, 1)
    # A short busy timeout (the app waits 5 s): same refusal, sooner.
    monkeypatch.setattr(database_module, "BUSY_TIMEOUT_MS", 100)
    monkeypatch.setattr(
        database_module,
        "PRAGMAS",
        (
            *(p for p in database_module.PRAGMAS if "busy_timeout" not in p),
            "PRAGMA busy_timeout=100",
        ),
    )
    impatient = Station(station.paths)
    locker = subprocess.Popen(
        [sys.executable, "-c", LOCKER, str(station.paths.database)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert locker.stdout is not None and locker.stdout.readline().strip() == "LOCKED"
        before = counts(impatient)
        with pytest.raises(DatabaseLockedError) as refused:
            pay_bill(impatient, shift_id, 2)
        assert_translated(refused.value)
        assert counts(impatient) == before
        # Readers are not blocked in WAL: the screens can still show what is there.
        with impatient.database.reading() as session:
            assert session.get(Payment, done) is not None
    finally:
        assert locker.stdin is not None
        locker.stdin.write("\n")
        locker.stdin.close()
        locker.wait(timeout=10)
    pay_bill(impatient, shift_id, 2)  # the other program let go: the counter works again
    assert invariants.problems(impatient) == []
    impatient.close()


# --- a read-only data folder ---------------------------------------------------------------


@contextlib.contextmanager
def read_only(folder: Path) -> Iterator[None]:
    """Make the folder and its files read-only the way this machine allows.

    As root, file modes are ignored: ``chattr +i`` (immutable) where the file system and
    capabilities allow it; otherwise plain modes (a normal user, as in CI).
    """
    paths = [folder, *sorted(path for path in folder.iterdir() if path.is_file())]
    if os.geteuid() != 0:
        modes = {path: path.stat().st_mode for path in paths}
        for path in paths:
            path.chmod(0o555 if path.is_dir() else 0o444)
        try:
            yield
        finally:
            for path, mode in modes.items():
                path.chmod(mode)
        return
    result = subprocess.run(["chattr", "+i", *map(str, paths)], capture_output=True, check=False)
    if result.returncode != 0:
        subprocess.run(["chattr", "-i", *map(str, paths)], capture_output=True, check=False)
        pytest.skip(f"cannot make files read-only as root here: {result.stderr!r}")
    try:
        yield
    finally:
        subprocess.run(["chattr", "-i", *map(str, paths)], check=True)


def test_a_read_only_data_folder_at_start_is_a_clear_error(tmp_path: Path) -> None:
    paths = StationPaths.under(tmp_path / "station")
    station = Station(paths)
    shift_id = community.seed(station, households=5)
    station.close()
    before = paths.database.read_bytes()
    refused: StorageEnvironmentError | None = None
    with read_only(paths.data_dir):
        try:
            opened = Station(paths)  # as root (chattr): SQLite cannot make its -shm file
        except StorageEnvironmentError as error:
            refused = error
        else:  # a build that opens it read-only refuses the first write instead
            with pytest.raises(StorageEnvironmentError) as caught:
                pay_bill(opened, shift_id, 1)
            refused = caught.value
            opened.close()
    assert isinstance(refused, ReadOnlyStorageError | StorageUnavailableError), refused
    assert_translated(refused)
    assert paths.database.read_bytes() == before
    reopened = Station(paths)  # permissions fixed: it opens as before
    assert invariants.problems(reopened) == []
    reopened.close()


CRASHED_WORK = """
import os, sys
from pathlib import Path
from station_app.paths import StationPaths
from station_app.station import Station
from tests.reliability import community
station = Station(StationPaths.under(Path(sys.argv[1])))
community.seed(station, households=5)
os._exit(0)  # no clean close: the -wal and -shm files stay, as after a power cut
"""

PAY_ON_READ_ONLY = """
import sys
from pathlib import Path
from station_app.bills import pay
from station_app.db.errors import StorageEnvironmentError
from station_app.paths import StationPaths
from station_app.shifts import current_shift
from station_app.station import Station
from tests.reliability.community import CLERK
try:
    station = Station(StationPaths.under(Path(sys.argv[1])))
    with station.database.reading() as session:
        shift = current_shift(session, "C01")
    print("READ", flush=True)  # the app starts and shows what is there
    with station.work(CLERK, shift_id=shift.id) as work:
        pay(work, ["bill-00001"], cash_tendered_fen=5000)
except StorageEnvironmentError as error:
    print(type(error).__name__)
else:
    print("PAID")
"""


def test_a_data_folder_read_only_after_a_crash_opens_reads_and_refuses_writes(
    tmp_path: Path,
) -> None:
    """The disk came back read-only after a power cut (ext4 remounts ro on errors): the
    app starts, shows what is there, and refuses a payment in words; nothing is lost."""
    paths = StationPaths.under(tmp_path / "station")
    env = {**os.environ, "PYTHONPATH": str(ROOT)}

    def python(code: str) -> str:
        result = subprocess.run(
            [sys.executable, "-c", code, str(paths.data_dir)],
            cwd=ROOT, env=env, capture_output=True, text=True, timeout=120, check=False,
        )  # fmt: skip
        assert result.returncode == 0, result.stderr[-2000:]
        return result.stdout.strip()

    python(CRASHED_WORK)
    assert paths.database.with_name("station.db-wal").exists()
    with read_only(paths.data_dir):
        said = python(PAY_ON_READ_ONLY).splitlines()
    if os.geteuid() == 0:  # chattr +i: SQLite opens the files read-only and reads them
        assert said == ["READ", "ReadOnlyStorageError"]
    else:  # modes: depending on the SQLite build it may not open at all; in words either way
        assert said[-1] in ("ReadOnlyStorageError", "StorageUnavailableError"), said
    station = Station(paths)
    assert counts(station)["payments"] == 0
    assert invariants.problems(station) == []
    station.close()
    assert python(PAY_ON_READ_ONLY).splitlines() == ["READ", "PAID"]


# --- a full disk ----------------------------------------------------------------------------


@contextlib.contextmanager
def disk_full(station: Station) -> Iterator[None]:
    """Cap the database at its current size: SQLite answers exactly as on a full disk once
    a write needs a new page."""

    @event.listens_for(station.database.engine, "connect")
    def cap(dbapi_connection: sqlite3.Connection, _record: object) -> None:
        size = dbapi_connection.execute("PRAGMA page_count").fetchone()[0]
        dbapi_connection.execute(f"PRAGMA max_page_count = {size}")

    station.database.engine.dispose()
    try:
        yield
    finally:
        event.remove(station.database.engine, "connect", cap)
        station.database.engine.dispose()


def test_a_full_disk_refuses_the_payment_whole_and_keeps_the_ones_before(
    counter: tuple[Station, str],
) -> None:
    station, shift_id = counter
    paid = [pay_bill(station, shift_id, 0)]
    refused_at = None
    with disk_full(station):
        for number in range(1, 40):
            before = counts(station)
            try:
                paid.append(pay_bill(station, shift_id, number))
            except DiskFullError as error:
                assert_translated(error)
                assert counts(station) == before  # nothing of it was written
                refused_at = number
                break
    assert refused_at is not None, "the capped database never filled up"
    assert invariants.problems(station, [("pay", payment) for payment in paid]) == []
    paid.append(pay_bill(station, shift_id, refused_at))  # space freed: the same bill pays
    assert invariants.problems(station, [("pay", payment) for payment in paid]) == []


# --- a printer vanishing mid-job -----------------------------------------------------------


class VanishingPrinter(FakePrinter):
    """Answers its status like a good printer, takes the first bytes of a job, then
    disappears: the connection is reset (power cut, cable pulled)."""

    def __init__(self, after_bytes: int = 64) -> None:
        super().__init__("online")
        self.after_bytes = after_bytes
        self.vanish = True
        # A small receive window, so a job cannot hide in the socket buffers.
        self._server.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4096)

    def _read(self, connection: socket.socket, data: bytearray) -> None:
        if not self.vanish:
            super()._read(connection, data)
            return
        job = 0
        while not self._stop.is_set():
            ready, _, _ = select.select([connection], [], [], 0.02)
            if not ready:
                continue
            chunk = connection.recv(256)
            if not chunk:
                return
            with self._lock:
                data.extend(chunk)
            if chunk[:2] == b"\x10\x04" and len(chunk) == 3:
                connection.sendall(bytes((REPLIES["online"][chunk[2]],)))
                continue
            job += len(chunk)
            if job >= self.after_bytes:
                # RST, not FIN: the printer is gone, not finished.
                connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
                connection.close()
                return


@pytest.mark.parametrize("mode", ["text", "raster"])
def test_a_printer_vanishing_mid_job_leaves_the_receipt_to_staff_not_lost(
    counter: tuple[Station, str], mode: str
) -> None:
    station, shift_id = counter
    payment = pay_bill(station, shift_id, 1)
    fake = VanishingPrinter()
    with fake:
        printer = open_printer(fake.uri(timeout=2, status_timeout=0.2), columns=32, mode=mode)
        queue = PrintQueue(station.database, lambda: printer, clock=station.clock)
        (result,) = queue.process_pending()
        # Bytes went out before it vanished: it may be on paper, so it is never resent by
        # itself (no second receipt, no second drawer kick); staff decide.
        assert result.state == "uncertain", result
        assert result.error is not None
        assert translations(result.error.context).get(result.error.source)
        assert queue.process_pending() == []
        with station.database.reading() as session:
            job = session.get(PrintJob, result.job_id)
            assert job is not None and job.state == "uncertain" and job.last_error
            receipt = session.get(Receipt, job.receipt_id)
            assert receipt is not None and receipt.ref_id == payment
        # The printer is back; staff saw nothing came out: it prints again, once.
        fake.vanish = False
        with station.work(CLERK, shift_id=shift_id) as work:
            resolve_uncertain(work, result.job_id, printed=False)
        (again,) = queue.process_pending()
        assert again.state == "done"
        with station.work(CLERK, shift_id=shift_id) as work:
            reprint(work, receipt.id)  # and a copy can always be made from what is stored
        (copy,) = queue.process_pending()
        assert copy.state == "done"
    assert invariants.problems(station, [("pay", payment)]) == []
