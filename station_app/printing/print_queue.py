"""The durable print queue: a receipt is a job in SQLite, printed later by a worker.

The business transaction only adds rows (``enqueue_receipt``); it never waits on a
printer. A worker calls ``PrintQueue.process_pending()``: it claims a job (queued →
printing, committed), prints it outside any transaction, and records the outcome:

- done: printed;
- queued again: nothing was sent (paper out, cover open, offline, cannot connect);
  it prints by itself once the printer is back;
- uncertain: bytes were sent and then the printer failed or timed out. It may be on
  paper, so it is never resent by itself: staff look at the paper and decide
  (``resolve_uncertain``). A crash while printing leaves jobs ``printing``; ``recover``
  makes them uncertain for the same reason;
- failed: the receipt cannot be printed at all (its stored body is unreadable).

A reprint is a new job marked ``is_copy``: the paper says 副本 and the drawer stays shut.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from station_app.clock import Clock
from station_app.db.database import Database
from station_app.db.models import PrintJob, Receipt
from station_app.i18n import QT_TRANSLATE_NOOP, Message, UserError
from station_app.ids import new_id
from station_app.permissions import require
from station_app.printing.errors import CONFIG, PrinterError
from station_app.printing.layout import layout_receipt
from station_app.printing.printer import BLOCKED, PRINTED, ReceiptPrinter
from station_app.printing.printer_status import PrinterState, PrinterStatus
from station_app.printing.receipts import AnyReceipt, from_body, to_body
from station_app.work import Actor, Work

log = logging.getLogger(__name__)

QUEUED, PRINTING, DONE, FAILED, UNCERTAIN = "queued", "printing", "done", "failed", "uncertain"
OPEN_STATES = (QUEUED, PRINTING, UNCERTAIN, FAILED)
"""Jobs staff may still need to look at."""

NO_RECEIPT = QT_TRANSLATE_NOOP("PrintQueue", "There is no receipt {receipt_id}.")
NO_JOB = QT_TRANSLATE_NOOP("PrintQueue", "There is no print job {job_id}.")
NOT_UNCERTAIN = QT_TRANSLATE_NOOP(
    "PrintQueue", "This print job is not waiting for a decision (it is {state})."
)
NOT_FAILED = QT_TRANSLATE_NOOP(
    "PrintQueue", "Only a failed print job can be retried (it is {state})."
)
BODY_UNREADABLE = QT_TRANSLATE_NOOP("PrintQueue", "The stored receipt cannot be read: {detail}")
FAILED_UNEXPECTEDLY = QT_TRANSLATE_NOOP(
    "PrintQueue", "The receipt could not be printed ({detail}). The details are in the log."
)
MAYBE_PRINTED = QT_TRANSLATE_NOOP(
    "PrintQueue",
    "The printer stopped while printing: check the paper, then reprint or mark as printed.",
)


class PrintQueueError(UserError):
    """A staff action on the queue that does not apply (no such job, wrong state)."""


@dataclass(frozen=True)
class QueuedJob:
    """A print job as ``enqueue_receipt`` wrote it (not an ORM row: the worker reads the
    job from the database once the business transaction has committed)."""

    id: str
    receipt_id: str
    kick_drawer: bool
    printer_uri: str = ""
    state: str = QUEUED
    is_copy: bool = False
    attempts: int = 0


def enqueue_receipt(
    work: Work,
    receipt: AnyReceipt,
    kick_drawer: bool = False,
    *,
    ref_type: str | None = None,
    ref_id: str | None = None,
    printer_uri: str = "",
) -> QueuedJob:
    """Store the receipt and its print job in the caller's business transaction.

    ``kick_drawer``: only for a committed cash payment (it opens with this job).
    """
    job = QueuedJob(new_id(), new_id(), kick_drawer, printer_uri)
    # Prepared INSERTs (the ORM's flushes cost several times them), the receipt first:
    # its job refers to it.
    work.insert(
        Receipt,
        {
            "id": job.receipt_id,
            "receipt_no": receipt.header.receipt_no,
            "kind": receipt.kind,
            "ref_type": ref_type,
            "ref_id": ref_id,
            "body": to_body(receipt),
            "created_at": work.now,
        },
    )
    work.insert(
        PrintJob,
        {
            "id": job.id,
            "receipt_id": job.receipt_id,
            "printer_uri": job.printer_uri,
            "state": job.state,
            "is_copy": job.is_copy,
            "kick_drawer": job.kick_drawer,
            "attempts": job.attempts,
            "created_at": work.now,
            "updated_at": work.now,
        },
    )
    return job


def reprint(work: Work, receipt_id: str, *, override: Actor | None = None) -> PrintJob:
    """Queue a copy (副本) of a stored receipt. A Z report copy needs a supervisor."""
    receipt = work.session.get(Receipt, receipt_id)
    if receipt is None:
        raise PrintQueueError(NO_RECEIPT, receipt_id=receipt_id)
    if receipt.kind == "shift_z":
        require(work.actor, "reprint_z", override=override)
    job = PrintJob(
        id=new_id(),
        receipt_id=receipt.id,
        printer_uri="",
        state=QUEUED,
        is_copy=True,
        kick_drawer=False,  # a copy never opens the drawer
        attempts=0,
        created_at=work.now,
        updated_at=work.now,
    )
    work.session.add(job)
    work.session.flush()
    work.audit(
        "receipt.reprint",
        entity="receipt",
        entity_id=receipt.id,
        details={
            "receipt_no": receipt.receipt_no,
            "kind": receipt.kind,
            "job_id": job.id,
            **({"approved_by": override.staff_id} if override is not None else {}),
        },
    )
    return job


def resolve_uncertain(work: Work, job_id: str, *, printed: bool) -> PrintJob:
    """Staff looked at the paper: it printed (done) or it did not (queued to print again)."""
    job = work.session.get(PrintJob, job_id)
    if job is None:
        raise PrintQueueError(NO_JOB, job_id=job_id)
    if job.state != UNCERTAIN:
        raise PrintQueueError(NOT_UNCERTAIN, state=job.state)
    job.state = DONE if printed else QUEUED
    job.updated_at = work.now
    work.audit(
        "print_job.resolve",
        entity="print_job",
        entity_id=job.id,
        details={"printed": printed, "receipt_id": job.receipt_id},
    )
    return job


def retry_failed(work: Work, job_id: str) -> PrintJob:
    job = work.session.get(PrintJob, job_id)
    if job is None:
        raise PrintQueueError(NO_JOB, job_id=job_id)
    if job.state != FAILED:
        raise PrintQueueError(NOT_FAILED, state=job.state)
    job.state = QUEUED
    job.updated_at = work.now
    return job


def open_jobs(session: Session) -> list[PrintJob]:
    """Jobs not done yet, oldest first (for the queue screen and the status bar)."""
    return list(
        session.scalars(
            select(PrintJob).where(PrintJob.state.in_(OPEN_STATES)).order_by(PrintJob.created_at)
        )
    )


@dataclass(frozen=True)
class JobResult:
    job_id: str
    receipt_no: str
    state: str
    """The job's state after this attempt."""
    status: PrinterStatus
    error: Message | None = None


class PrintQueue:
    """Prints queued jobs one at a time; call it from a worker thread, never the GUI thread.

    ``printer`` gives the currently configured printer (None: none set up), so a job
    waiting for paper prints on whatever printer staff switch to.
    """

    def __init__(
        self,
        database: Database,
        printer: Callable[[], ReceiptPrinter | None],
        *,
        clock: Clock,
        on_status: Callable[[PrinterStatus], None] | None = None,
    ) -> None:
        self.database = database
        self.printer = printer
        self.clock = clock
        self.on_status = on_status
        self.status = PrinterStatus.unknown()

    def _report(self, status: PrinterStatus) -> None:
        changed = status != self.status
        self.status = status
        if changed and self.on_status is not None:
            self.on_status(status)

    def recover(self) -> int:
        """At start-up: jobs left ``printing`` by a crash may be on paper → uncertain."""
        with self.database.transaction() as session:
            jobs = list(session.scalars(select(PrintJob).where(PrintJob.state == PRINTING)))
            for job in jobs:
                job.state = UNCERTAIN
                job.last_error = MAYBE_PRINTED.source
                job.updated_at = self.clock.trusted_now()
            return len(jobs)

    def poll_status(self) -> PrinterStatus:
        """Ask the printer how it is (for the banner), without printing."""
        printer = self.printer()
        status = PrinterStatus(PrinterState.NOT_CONFIGURED) if printer is None else printer.status()
        self._report(status)
        return status

    def _claim(self, printer_uri: str) -> tuple[PrintJob, Receipt] | None:
        with self.database.transaction() as session:
            job = session.scalars(
                select(PrintJob)
                .where(PrintJob.state == QUEUED)
                .order_by(PrintJob.created_at, PrintJob.id)
                .limit(1)
            ).first()
            if job is None:
                return None
            receipt = session.get(Receipt, job.receipt_id)
            assert receipt is not None, "print_jobs.receipt_id is a foreign key"
            job.state = PRINTING
            job.attempts += 1
            job.printer_uri = printer_uri
            job.updated_at = self.clock.trusted_now()
            return job, receipt

    def _finish(self, job_id: str, state: str, error: str | None) -> None:
        with self.database.transaction() as session:
            job = session.get(PrintJob, job_id)
            assert job is not None
            job.state = state
            job.last_error = error
            job.updated_at = self.clock.trusted_now()

    def process_next(self) -> JobResult | None:
        """Print the oldest queued job. None when there is none or no printer is set up."""
        printer = self.printer()
        if printer is None:
            self._report(PrinterStatus(PrinterState.NOT_CONFIGURED))
            return None
        claimed = self._claim(printer.uri)
        if claimed is None:
            return None
        job, receipt = claimed
        try:
            document = layout_receipt(
                from_body(receipt.body), printer.profile.columns, copy=job.is_copy
            )
        except (ValueError, KeyError, TypeError) as error:
            log.error("receipt %s cannot be laid out: %s", receipt.id, error)
            message = BODY_UNREADABLE.with_params(detail=str(error))
            self._finish(job.id, FAILED, message.render())
            return JobResult(job.id, receipt.receipt_no, FAILED, self.status, message)
        try:
            outcome = printer.print_document(
                document, kick_drawer=job.kick_drawer, label=receipt.receipt_no
            )
        except Exception as error:  # recorded on the job, not swallowed
            if isinstance(error, PrinterError):
                return self._printer_failed(job, receipt, error)
            # A bug (not the printer): never leave the job "printing"; staff can retry.
            log.exception("print job %s failed unexpectedly", job.id)
            message = FAILED_UNEXPECTEDLY.with_params(detail=type(error).__name__)
            self._finish(job.id, FAILED, f"{message.render()} {error}")
            return JobResult(job.id, receipt.receipt_no, FAILED, self.status, message)
        self._report(outcome.status)
        if outcome.result == PRINTED:
            self._finish(job.id, DONE, None)
            return JobResult(job.id, receipt.receipt_no, DONE, outcome.status)
        if outcome.result == BLOCKED:
            self._finish(job.id, QUEUED, outcome.status.message.render())
            return JobResult(
                job.id, receipt.receipt_no, QUEUED, outcome.status, outcome.status.message
            )
        self._finish(job.id, UNCERTAIN, MAYBE_PRINTED.source)
        return JobResult(job.id, receipt.receipt_no, UNCERTAIN, outcome.status, MAYBE_PRINTED)

    def _printer_failed(self, job: PrintJob, receipt: Receipt, error: PrinterError) -> JobResult:
        """Nothing sent: the job waits. Maybe sent: uncertain, for staff to decide."""
        state = UNCERTAIN if error.maybe_printed else QUEUED
        log.warning("print job %s: %s (%s)", job.id, error, state)
        self._finish(job.id, state, error.message.render())
        if error.kind == CONFIG:
            state_now = PrinterState.ERROR
        elif error.maybe_printed:
            state_now = PrinterState.UNKNOWN
        else:
            state_now = PrinterState.OFFLINE
        status = PrinterStatus(state_now, source="connect", detail=error.detail)
        self._report(status)
        return JobResult(job.id, receipt.receipt_no, state, status, error.message)

    def process_pending(self, limit: int = 100) -> list[JobResult]:
        """Print queued jobs in order until none is left or the printer cannot take more."""
        results: list[JobResult] = []
        for _ in range(limit):
            result = self.process_next()
            if result is None:
                break
            results.append(result)
            if result.state != DONE:
                break  # the next job would meet the same printer: wait for the next round
        return results
