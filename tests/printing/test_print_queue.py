from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from station_app.db.models import AuditEntry, PrintJob, Receipt
from station_app.permissions import PermissionRefused
from station_app.printing import sample_receipts
from station_app.printing.layout import Document
from station_app.printing.print_queue import (
    PrintQueue,
    PrintQueueError,
    enqueue_receipt,
    open_jobs,
    reprint,
    resolve_uncertain,
    retry_failed,
)
from station_app.printing.printer import EscposPrinter, open_printer
from station_app.printing.printer_profile import PrinterProfile
from station_app.printing.printer_status import PrinterState, PrinterStatus
from station_app.printing.transports import parse_printer_uri
from station_app.station import Station
from station_app.work import Actor
from tests.printing.escpos_decoder import decode
from tests.printing.fake_printer import FakePrinter

CLERK = Actor("staff-clerk", "张丽", "clerk")
SUPERVISOR = Actor("staff-super", "赵强", "supervisor")


def _queue(
    station: Station, uri: str | None, statuses: list[PrinterStatus] | None = None
) -> PrintQueue:
    printer = None if uri is None else open_printer(uri, columns=32)
    return PrintQueue(
        station.database,
        lambda: printer,
        clock=station.clock,
        on_status=None if statuses is None else statuses.append,
    )


def _job(station: Station, job_id: str) -> PrintJob:
    with station.database.reading() as session:
        job = session.get(PrintJob, job_id)
        assert job is not None
        return job


def _enqueue(station: Station, receipt: object = None, *, kick: bool = False) -> PrintJob:
    with station.work(CLERK) as work:
        return enqueue_receipt(work, receipt or sample_receipts.payment(), kick_drawer=kick)


def test_enqueue_is_part_of_the_business_transaction(station: Station) -> None:
    with pytest.raises(RuntimeError), station.work(CLERK) as work:
        enqueue_receipt(work, sample_receipts.payment())
        raise RuntimeError("the sale failed")
    with station.database.reading() as session:
        assert session.scalars(select(PrintJob)).all() == []
        assert session.scalars(select(Receipt)).all() == []
    job = _enqueue(station, kick=True)
    assert (job.state, job.is_copy, job.kick_drawer, job.attempts) == ("queued", False, True, 0)
    with station.database.reading() as session:
        receipt = session.get(Receipt, job.receipt_id)
        assert receipt is not None
        assert (receipt.kind, receipt.receipt_no) == ("payment", "T01-20261126-0007")


def test_a_queued_job_prints_once_with_the_drawer_kick(
    station: Station, fake_printer: FakePrinter
) -> None:
    job = _enqueue(station, kick=True)
    queue = _queue(station, fake_printer.uri())
    (result,) = queue.process_pending()
    assert result.state == "done" and result.status.state == PrinterState.READY
    assert queue.process_pending() == []
    (data,) = fake_printer.jobs
    decoded = decode(data)
    assert decoded.markers("DRAWER")[0].value == "pin2"
    assert "副本" not in "".join(line.text for line in decoded.text_lines)
    stored = _job(station, job.id)
    assert (stored.state, stored.attempts, stored.printer_uri) == ("done", 1, fake_printer.uri())


def test_paper_out_keeps_the_job_queued_until_paper_is_back(station: Station) -> None:
    statuses: list[PrinterStatus] = []
    with FakePrinter("paper_out") as printer:
        first = _enqueue(station)
        second = _enqueue(station, sample_receipts.redemption())
        queue = _queue(station, printer.uri(), statuses)
        (result,) = queue.process_pending()  # stops at the first blocked job
        assert result.state == "queued" and result.job_id == first.id
        assert result.error is not None and result.error.source == "Paper out"
        assert queue.status.state == PrinterState.PAPER_OUT
        assert statuses[-1].state == PrinterState.PAPER_OUT
        assert _job(station, first.id).state == "queued"
        assert _job(station, first.id).last_error == "Paper out"
        assert printer.jobs == []

        printer.state = "online"  # paper back
        assert queue.poll_status().state == PrinterState.READY
        results = queue.process_pending()
        assert [r.job_id for r in results] == [first.id, second.id]  # in order
        assert all(r.state == "done" for r in results)
        assert len(printer.jobs) == 2
        assert statuses[-1].state == PrinterState.READY


def test_cover_open_and_offline_keep_jobs_queued(station: Station) -> None:
    job = _enqueue(station)
    with FakePrinter("cover_open") as printer:
        (result,) = _queue(station, printer.uri()).process_pending()
        assert result.state == "queued" and result.status.state == PrinterState.COVER_OPEN
        port = printer.port
    queue = _queue(station, f"tcp://127.0.0.1:{port}?timeout=0.5")
    (result,) = queue.process_pending()
    assert result.state == "queued" and result.status.state == PrinterState.OFFLINE
    assert _job(station, job.id).state == "queued"


def test_no_printer_set_up_leaves_jobs_queued(station: Station) -> None:
    _enqueue(station)
    queue = _queue(station, None)
    assert queue.process_pending() == []
    assert queue.status.state == PrinterState.NOT_CONFIGURED
    assert queue.poll_status().state == PrinterState.NOT_CONFIGURED


def test_reprint_is_a_copy_marked_and_never_kicks_the_drawer(
    station: Station, fake_printer: FakePrinter
) -> None:
    original = _enqueue(station, kick=True)
    queue = _queue(station, fake_printer.uri())
    queue.process_pending()
    with station.work(CLERK) as work:
        copy = reprint(work, original.receipt_id)
    assert copy.is_copy and not copy.kick_drawer and copy.receipt_id == original.receipt_id
    (result,) = queue.process_pending()
    assert result.state == "done"
    first, second = fake_printer.jobs
    copy_text = [line.text for line in decode(second).text_lines]
    assert copy_text[0] == "** 副本 **" and copy_text[-1] == "** 副本 **"
    assert decode(second).markers("DRAWER") == []
    # Apart from the copy marks, the copy is the same receipt.
    original_text = [line.text for line in decode(first).text_lines]
    assert [t for t in copy_text if t != "** 副本 **"] == original_text
    with station.database.reading() as session:
        (entry,) = session.scalars(
            select(AuditEntry).where(AuditEntry.action == "receipt.reprint")
        ).all()
        assert entry.details["receipt_no"] == "T01-20261126-0007"


def test_z_report_copy_needs_a_supervisor(station: Station) -> None:
    job = _enqueue(station, sample_receipts.shift_report(final=True))
    with pytest.raises(PermissionRefused), station.work(CLERK) as work:
        reprint(work, job.receipt_id)
    with station.work(CLERK) as work:
        assert reprint(work, job.receipt_id, override=SUPERVISOR).is_copy
    with station.work(SUPERVISOR) as work:
        assert reprint(work, job.receipt_id).is_copy
    with station.work(CLERK) as work:  # an X report is not guarded
        x_job = enqueue_receipt(work, sample_receipts.shift_report(final=False))
        assert reprint(work, x_job.receipt_id).is_copy


def test_reprint_of_an_unknown_receipt_is_refused(station: Station) -> None:
    with pytest.raises(PrintQueueError), station.work(CLERK) as work:
        reprint(work, "no-such-receipt")


class _Bloated(EscposPrinter):
    """A printer whose receipts carry 32 MB of padding: more than socket buffers hold."""

    def encode(self, document: Document, *, kick_drawer: bool = False) -> bytes:
        return super().encode(document, kick_drawer=kick_drawer) + b"\x00" * 32_000_000


def test_timeout_while_sending_is_uncertain_and_never_resent(station: Station) -> None:
    job = _enqueue(station)
    with FakePrinter("stalled") as fake:
        address = parse_printer_uri(fake.uri(timeout=0.2, status_timeout=0.05))
        printer = _Bloated(address, PrinterProfile.for_columns(32), "text")
        queue = PrintQueue(station.database, lambda: printer, clock=station.clock)
        (result,) = queue.process_pending()
    assert result.state == "uncertain" and result.error is not None
    assert _job(station, job.id).state == "uncertain"
    assert queue.process_pending() == []  # never resent by itself
    with station.work(CLERK) as work:
        resolve_uncertain(work, job.id, printed=False)  # staff: nothing came out
    assert _job(station, job.id).state == "queued"
    with station.work(CLERK) as work, pytest.raises(PrintQueueError):
        resolve_uncertain(work, job.id, printed=True)


def test_crash_while_printing_leaves_uncertain_jobs(station: Station) -> None:
    job = _enqueue(station)
    with station.database.transaction() as session:
        stored = session.get(PrintJob, job.id)
        assert stored is not None
        stored.state = "printing"
    queue = _queue(station, None)
    assert queue.recover() == 1
    assert _job(station, job.id).state == "uncertain"
    with station.work(CLERK) as work:
        resolve_uncertain(work, job.id, printed=True)
        assert [j.id for j in open_jobs(work.session)] == []
    assert _job(station, job.id).state == "done"


def test_unreadable_receipt_fails_and_can_be_retried(
    station: Station, fake_printer: FakePrinter
) -> None:
    job = _enqueue(station)
    with station.database.transaction() as session:
        receipt = session.get(Receipt, job.receipt_id)
        assert receipt is not None
        receipt.body = {"v": 1, "kind": "payment", "receipt": {"header": None}}
    queue = _queue(station, fake_printer.uri())
    (result,) = queue.process_pending()
    assert result.state == "failed" and fake_printer.jobs == []
    with station.work(CLERK) as work:
        assert [j.id for j in open_jobs(work.session)] == [job.id]
        retry_failed(work, job.id)
    assert _job(station, job.id).state == "queued"


def test_preview_printer_saves_png_and_tells_listeners(station: Station, tmp_path: Path) -> None:
    _enqueue(station)
    printer = open_printer(f"preview://{tmp_path}", columns=48)
    seen: list[Path] = []
    printer.listeners.append(seen.append)  # type: ignore[union-attr]
    queue = PrintQueue(station.database, lambda: printer, clock=station.clock)
    (result,) = queue.process_pending()
    assert result.state == "done"
    (path,) = seen
    from PIL import Image

    with Image.open(path) as image:
        assert image.width == 576


class _Broken(EscposPrinter):
    def encode(self, document: Document, *, kick_drawer: bool = False) -> bytes:
        raise RuntimeError("a bug in the encoder")


def test_a_bug_fails_the_job_instead_of_leaving_it_printing(
    station: Station, fake_printer: FakePrinter
) -> None:
    job = _enqueue(station)
    printer = _Broken(parse_printer_uri(fake_printer.uri()), PrinterProfile.for_columns(32), "text")
    queue = PrintQueue(station.database, lambda: printer, clock=station.clock)
    (result,) = queue.process_pending()
    assert result.state == "failed" and _job(station, job.id).state == "failed"
    assert "RuntimeError" in (_job(station, job.id).last_error or "")
