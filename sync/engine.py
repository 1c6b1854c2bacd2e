"""The sync round (PROTOCOL.md, DESIGN.md §6): hello → push until empty → pull until done.

- **hello** sends ``last_seq`` = the highest seq this terminal has ever put on the wire
  (an op is marked sent, in a committed transaction, before the request leaves). After a
  restore from an old backup that is lower than what the platform has, and the platform
  answers ``recover``: the terminal takes the new epoch, resets its pull cursor and sets
  ``SyncState.repull_required`` (see below). Ops made after the restore and never sent are
  not counted, so the new epoch starts below them and they are applied, not mistaken for
  the lost ops that had the same seq.
- **push** sends pending ops in seq order, ≤ 100 per request; a retry sends the same ops
  (never renumbered). Each answer is stored on its op (status, result, reason, acked_at)
  together with what it means for the business rows, in one transaction per response:
  payments confirmed or flagged (``bills.settlement``), redemptions and refunds settled,
  a parcel merged into the platform's parcel, a parcel another terminal had already
  handed over marked. The same transaction claims the next batch (marks it sent), so a
  batch costs the station one commit. A ``409 seq_gap`` stores the answers before the
  stop and resends from ``expected_seq``.
- **pull** applies each page with ``replica.apply_page`` (page and cursor land together)
  until ``has_more`` is false. A thread fetches up to four pages ahead; the pages already
  fetched land in one transaction, each in a savepoint (a refused page changes nothing,
  the ones before it stay). ``on_pull_page`` hears of the progress (the status bar's bar).

``SyncState`` records each attempt; ``last_success_at`` moves only when a whole round
(with its pull) succeeded, so the vouchers' "maximum offline age" measures fresh data.

Recover and offline money: while ``SyncState.repull_required`` is set, the station's
copy of balances may predate ops it lost, so ``last_success_at`` is cleared as well; the
vouchers' offline check already refuses without a last successful sync, and code that
wants to say why checks ``repull_required``. Both are restored by the round whose pull
completes.
"""

from __future__ import annotations

import json
import logging
import queue
import threading
from collections import Counter
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from datetime import datetime
from typing import Any, TypeAlias

from sqlalchemy import (
    Row,
    Text,
    Update,
    bindparam,
    func,
    inspect,
    or_,
    select,
    text,
    type_coerce,
    update,
)
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

import station_app
from station_app import outbox, replica
from station_app.bills.settlement import settle_payment
from station_app.db.migrate import head_revision
from station_app.db.models import (
    Base,
    OutboxOp,
    OutboxRef,
    Parcel,
    ParcelEvent,
    SyncState,
)
from station_app.db.types import format_utc
from station_app.i18n import UserError
from station_app.ids import new_id
from station_app.station import Station
from station_app.vouchers.settlement import PlatformAnswer, settle_redemption, settle_refund
from station_app.work import Actor, Work
from sync.attention import attention_count
from sync.client import (
    BadResponse,
    EpochMismatch,
    PlatformClient,
    PlatformUnreachable,
    SeqGap,
    SeqReuse,
    SignatureRefused,
    SyncError,
    TerminalQuarantined,
)
from sync.messages import (
    MAX_BATCH,
    MAX_PULL_LIMIT,
    HelloRequest,
    OpResult,
    PushOp,
    PushRequest,
)

log = logging.getLogger(__name__)

PENDING = outbox.PENDING
CONFLICT_EVENT = "sync_conflict"
MERGED_EVENT = "merged"

# The push reads and answers the outbox with plain statements built once: a batch of 100
# ops as ORM objects (loaded, tracked, flushed one by one) cost more than sending it.
_OUTBOX = Base.metadata.tables[OutboxOp.__tablename__]
_BATCH = select(
    _OUTBOX.c.seq,
    _OUTBOX.c.op_id,
    _OUTBOX.c.type,
    _OUTBOX.c.payload,
    _OUTBOX.c.device_time,
    _OUTBOX.c.trusted_time,
    _OUTBOX.c.staff_id,
    _OUTBOX.c.shift_id,
    _OUTBOX.c.offline,
).order_by(_OUTBOX.c.seq)
_ANSWERABLE = select(
    _OUTBOX.c.seq,
    _OUTBOX.c.op_id,
    _OUTBOX.c.type,
    _OUTBOX.c.status,
    type_coerce(_OUTBOX.c.payload, Text).label("payload_json"),  # parsed only if needed
).where(_OUTBOX.c.op_id.in_(bindparam("op_ids", expanding=True)))
_MARK_SENT = (
    update(_OUTBOX)
    .where(_OUTBOX.c.seq.in_(bindparam("seqs", expanding=True)))
    .values(attempts=_OUTBOX.c.attempts + 1)
)
_ANSWER = (
    update(_OUTBOX)
    .where(_OUTBOX.c.seq == bindparam("b_seq"))
    .values(
        status=bindparam("b_status"),
        result=bindparam("b_result"),
        reason=bindparam("b_reason"),
        acked_at=bindparam("b_acked_at"),
    )
)
OpRow: TypeAlias = Row[*tuple[Any, ...]]
"""An outbox row as ``_BATCH`` reads it (attribute access like the ORM's ``OutboxOp``)."""
_LOCAL_ERROR = (
    update(_OUTBOX).where(_OUTBOX.c.seq == bindparam("b_seq")).values(result=bindparam("b_result"))
)


class RoundFailedError(SyncError):
    """The platform answered, but the round cannot go on (the reason says why)."""

    def __init__(self, detail: str, *, kind: str = "error") -> None:
        self.kind = kind
        super().__init__(detail)


@dataclass(frozen=True)
class PullProgress:
    """Where a pull stands each time pages land (a progress display follows it).

    The platform gives no total, so this is a count: changes and pages so far, and
    whether more pages follow.
    """

    pages: int
    changes: int
    has_more: bool


@dataclass
class RoundReport:
    started_at: datetime
    finished_at: datetime | None = None
    ok: bool = False
    reached_platform: bool = False
    """An HTTP answer came back (the status bar's online/offline)."""
    action: str | None = None
    epoch: int | None = None
    recovered: bool = False
    sent: int = 0
    """Ops put on the wire, resends included."""
    answers: dict[str, int] = field(default_factory=dict)
    """New answers stored, by status."""
    pages: int = 0
    pulled: int = 0
    relabelled: int = 0
    pending: int = 0
    oldest_pending_at: datetime | None = None
    attention: int = 0
    error: str | None = None
    error_kind: str | None = None
    """offline | simulated_offline | quarantined | refused | upgrade_required | error"""

    def as_dict(self) -> dict[str, Any]:
        data = asdict(self)
        for name in ("started_at", "finished_at", "oldest_pending_at"):
            value = data[name]
            data[name] = format_utc(value) if value is not None else None
        return data


def _error_kind(error: Exception) -> str:
    if isinstance(error, PlatformUnreachable):
        return "simulated_offline" if error.simulated else "offline"
    if isinstance(error, TerminalQuarantined | SeqReuse):
        return "quarantined"
    if isinstance(error, SignatureRefused):
        return "refused"
    if isinstance(error, RoundFailedError):
        return error.kind
    return "error"


class SyncEngine:
    """Runs rounds for one station; rounds of one engine never overlap."""

    def __init__(
        self,
        station: Station,
        client: PlatformClient,
        *,
        batch_size: int = MAX_BATCH,
        pull_limit: int = MAX_PULL_LIMIT,
        max_pages: int = 10_000,
        on_pull_page: Callable[[PullProgress], None] | None = None,
    ) -> None:
        assert 1 <= batch_size <= MAX_BATCH
        self.station = station
        self.client = client
        self.batch_size = batch_size
        self.pull_limit = pull_limit
        self.max_pages = max_pages
        self.on_pull_page = on_pull_page
        """Called on the round's thread each time pull pages are committed."""
        self._schema = head_revision()
        self._lock = threading.Lock()

    # -- the round

    def run_round(self, *, pull: bool = True) -> RoundReport:
        """One round; ``pull=False`` only pushes (an online redemption waiting for its answer)."""
        with self._lock:
            report = RoundReport(started_at=self.station.clock.trusted_now())
            self.client.reached = False
            self._mark_attempt()
            pulled = False
            try:
                self._hello(report)
                self._push(report)
                if pull:
                    self._pull(report)
                    pulled = True
                report.ok = True
            except SyncError as error:
                report.error, report.error_kind = str(error), _error_kind(error)
                log.log(
                    logging.INFO if isinstance(error, PlatformUnreachable) else logging.WARNING,
                    "sync round stopped: %s",
                    error,
                )
            except UserError as error:  # a page the replica refused, a local rule
                report.error, report.error_kind = str(error), "error"
                log.warning("sync round stopped: %s", error)
            finally:
                report.reached_platform = self.client.reached
                self._finish(report, pulled)
            return report

    def _mark_attempt(self) -> None:
        with self.station.work(Actor.system()) as work:
            self._state(work).last_attempt_at = work.now

    def _state(self, work: Work) -> SyncState:
        state = work.session.get(SyncState, 1)
        assert state is not None
        return state

    def _finish(self, report: RoundReport, pulled: bool) -> None:
        with self.station.work(Actor.system()) as work:
            state = self._state(work)
            if self.client.last_server_time is not None:
                state.server_time = self.client.last_server_time
                state.device_time_at_server_time = self.client.last_device_time
            if report.ok:
                state.last_error = None
                if pulled and not state.repull_required:
                    state.last_success_at = work.now
            else:
                state.last_error = (report.error or "")[:1000]
            report.finished_at = work.now
        with self.station.database.reading() as session:
            summary = outbox.summary(session)
            report.pending = summary.pending
            report.oldest_pending_at = summary.oldest_pending_at
            report.attention = attention_count(session)

    # -- hello

    def _hello(self, report: RoundReport) -> None:
        with self.station.database.reading() as session:
            identity = self.station.identity(session)
            epoch, instance = identity.epoch, identity.db_instance_id
            last_sent = session.execute(
                select(func.coalesce(func.max(OutboxOp.seq), 0)).where(
                    or_(OutboxOp.attempts > 0, OutboxOp.status != PENDING)
                )
            ).scalar_one()
        answer = self.client.hello(
            HelloRequest(
                epoch=epoch,
                last_seq=int(last_sent),
                db_instance_id=instance,
                app_version=station_app.__version__,
                schema_version=self._schema,
            )
        )
        report.action, report.epoch = answer.action, answer.expected_epoch
        with self.station.work(Actor.system()) as work:
            state = self._state(work)
            state.server_last_seq = answer.server_last_seq
            if answer.action == "recover":
                identity = self.station.identity(work.session)
                previous = identity.epoch
                identity.epoch = answer.expected_epoch
                state.cursor = None
                state.repull_required = True
                state.last_success_at = None  # no offline money until the re-pull is done
                work.audit(
                    "sync.recovered",
                    entity="terminal",
                    entity_id=identity.terminal_id,
                    details={
                        "epoch_from": previous,
                        "epoch_to": answer.expected_epoch,
                        "last_seq": int(last_sent),
                        "server_last_seq": answer.server_last_seq,
                    },
                )
                report.recovered = True
                log.warning(
                    "platform asked to recover: epoch %d → %d", previous, answer.expected_epoch
                )
        if answer.action == "upgrade_required":
            raise RoundFailedError(
                f"the platform needs app version {answer.min_app_version} or newer"
                f" (this is {station_app.__version__})",
                kind="upgrade_required",
            )

    # -- push

    def _push(self, report: RoundReport) -> None:
        resend_from: int | None = None
        hellos = 0
        ops, epoch = self._claim_batch(resend_from)
        while True:
            if not ops:
                if resend_from is None:
                    return
                resend_from = None  # caught up with what the platform had lost
                ops, epoch = self._claim_batch(resend_from)
                continue
            report.sent += len(ops)
            request = PushRequest(epoch=epoch, ops=[self._push_op(op) for op in ops])
            try:
                response = self.client.push(request)
            except SeqGap as gap:
                expected = gap.expected_seq
                self._store(gap.results, report)
                if expected == resend_from or not self._has_op(expected):
                    raise RoundFailedError(
                        f"the platform expects seq {expected}, which this terminal cannot send"
                    ) from gap
                log.warning("platform expects seq %d; resending from there", expected)
                resend_from = expected
                ops, epoch = self._claim_batch(resend_from)
                continue
            except EpochMismatch as error:
                hellos += 1
                if hellos > 1:
                    raise
                log.warning("epoch mismatch (%s); saying hello again", error)
                self._hello(report)
                ops, epoch = self._claim_batch(resend_from)
                continue
            if not response.results:
                raise BadResponse("the platform answered a push without results")
            if resend_from is not None:
                resend_from = ops[-1].seq + 1
            # The answers and the next batch's claim share a transaction (one commit a batch).
            with self.station.work(Actor.system()) as work:
                answered = self._store_answers(work, response.results)
                ops, epoch = self._claim(work, resend_from)
            _count(report, answered)

    def _claim_batch(self, resend_from: int | None) -> tuple[list[OpRow], int]:
        with self.station.work(Actor.system()) as work:
            return self._claim(work, resend_from)

    def _claim(self, work: Work, resend_from: int | None) -> tuple[list[OpRow], int]:
        """The next ops to send (their columns, not ORM objects), counted as attempted before
        the request leaves (hello's last_seq relies on it), and the epoch to send them on."""
        query = _BATCH.where(
            _OUTBOX.c.status == PENDING if resend_from is None else _OUTBOX.c.seq >= resend_from
        ).limit(self.batch_size)
        connection = work.session.connection()
        ops = list(connection.execute(query))
        if ops:
            connection.execute(_MARK_SENT, {"seqs": [op.seq for op in ops]})
        return ops, self.station.identity(work.session).epoch

    def _has_op(self, seq: int) -> bool:
        with self.station.database.reading() as session:
            return session.get(OutboxOp, seq) is not None

    @staticmethod
    def _push_op(op: OutboxOp | OpRow) -> PushOp:
        return PushOp(
            op_id=op.op_id,
            seq=op.seq,
            type=op.type,
            payload=op.payload,
            device_time=op.device_time,
            trusted_time=op.trusted_time,
            staff_id=op.staff_id,
            shift_id=op.shift_id,
            offline=op.offline,
        )

    def _store(self, results: list[OpResult], report: RoundReport) -> None:
        """The platform's answers and what they mean locally, in one transaction."""
        if not results:
            return
        with self.station.work(Actor.system()) as work:
            answered = self._store_answers(work, results)
        _count(report, answered)

    def _store_answers(self, work: Work, results: list[OpResult]) -> Counter[str]:
        """Store the answers on their ops, with what they mean for the business rows.

        Answers are written with one UPDATE per run of answers, not an ORM flush per op;
        an answer with a local effect (a payment settled, a parcel folded…) is written
        before its effect runs, in a savepoint of its own, so the effect sees it and a
        failed effect leaves the answer stored.
        """
        answered: Counter[str] = Counter()
        if not results:
            return answered
        session = work.session
        connection = session.connection()
        ops = {
            row.op_id: row
            for row in connection.execute(
                _ANSWERABLE, {"op_ids": [result.op_id for result in results]}
            )
        }
        unwritten: list[dict[str, Any]] = []
        for result in results:
            op = ops.pop(result.op_id, None)  # popped: a second answer is not stored
            if op is None or op.seq != result.seq:
                log.error("answer for an op this terminal does not have: %s", result)
                continue
            if op.status != PENDING:
                continue  # answered before (a resend after a gap): the first answer stands
            status = _outcome(result)
            stored = result.model_dump(mode="json", exclude={"op_id", "seq"})
            unwritten.append(
                {
                    "b_seq": op.seq,
                    "b_status": status,
                    "b_result": stored,
                    "b_reason": (result.reason or "")[:200] or None,
                    "b_acked_at": work.now,
                }
            )
            answered[status] += 1
            effect = _answer_effect(op.type, op.payload_json, result, status)
            if effect is None:
                continue
            _write_answers(session, unwritten)
            unwritten = []
            try:
                with session.begin_nested():
                    effect(work)
            except (UserError, SQLAlchemyError) as error:
                # The answer is kept; only its local effect failed (staff see the op).
                log.exception("applying the answer to op %d (%s) failed", op.seq, op.type)
                failed = {**stored, "local_error": str(error)[:500]}
                _write_answers(
                    session, [{"b_seq": op.seq, "b_result": failed}], statement=_LOCAL_ERROR
                )
        _write_answers(session, unwritten)
        last = max(result.seq for result in results)
        state = self._state(work)
        state.server_last_seq = max(state.server_last_seq, last)
        return answered

    # -- pull

    def _pull(self, report: RoundReport) -> None:
        with self.station.database.reading() as session:
            state = session.get(SyncState, 1)
            cursor = state.cursor if state else None
        # The platform prepares the next pages while this terminal writes the ones it has.
        feed = _PageFeed(self._fetch_page, cursor, max_pages=self.max_pages)
        try:
            while self._land(feed, report):
                pass
        finally:
            feed.close()
        with self.station.work(Actor.system()) as work:
            state = self._state(work)
            if state.repull_required:
                state.repull_required = False
                work.audit("sync.repulled", details={"pages": report.pages})

    def _fetch_page(self, cursor: str | None) -> _Fetched:
        # The platform's largest page: a normal round pulls a few changes anyway, and a
        # backlog (a first pull, a re-pull, days offline) needs half the requests of 500.
        page = self.client.pull(cursor, self.pull_limit)
        changes = page.model_dump(mode="json", include={"changes"})["changes"]
        return _Fetched(changes, page.next_cursor, page.has_more)

    def _land(self, feed: _PageFeed, report: RoundReport) -> bool:
        """The next page, and those fetched while it is written, in one transaction with
        the last one's cursor: one commit (a wait for the disk) for several pages, and never
        a wait for the network inside a transaction. Each page has a savepoint, so a page
        the replica refuses changes nothing and the pages before it still land.

        Whether more pages follow."""
        fetched: _Fetched | None = feed.next()
        landed: list[int] = []  # changes per page (the pages themselves are let go)
        more = True
        relabelled = 0
        refused: replica.ReplicaError | None = None
        with self.station.work(Actor.system()) as work:
            while fetched is not None:
                try:
                    with work.session.begin_nested():
                        applied = replica.apply_page(
                            work.session, fetched.changes, fetched.next_cursor, now=work.now
                        )
                except replica.ReplicaError as error:
                    refused = error
                    break
                if applied.relabelled:
                    work.audit(
                        "sync.parcels_relabelled",
                        entity="parcel",
                        entity_id=applied.relabelled[0],
                        details={"parcels": applied.relabelled},
                    )
                relabelled += len(applied.relabelled)
                landed.append(len(fetched.changes))
                more = fetched.has_more
                if not more or len(landed) == PULL_PAGES_PER_TRANSACTION:
                    break
                fetched = feed.ready()
        report.pages += len(landed)
        report.pulled += sum(landed)
        report.relabelled += relabelled
        if landed and self.on_pull_page is not None:
            self.on_pull_page(PullProgress(report.pages, report.pulled, more))
        if refused is not None:
            raise refused
        return more


PULL_PAGES_AHEAD = 4
"""Pages fetched and waiting at most (each up to MAX_PULL_LIMIT changes: memory stays flat)."""
PULL_PAGES_PER_TRANSACTION = 5
"""A few hundred milliseconds of writing at most, so the counter's own transactions barely
wait for the write lock."""


@dataclass(frozen=True)
class _Fetched:
    changes: list[dict[str, Any]]
    next_cursor: str
    has_more: bool


class _PageFeed:
    """Pull pages fetched ahead on a thread of their own, handed over in order; an error
    the fetching met comes out of ``next`` in its place. Only this thread uses the client
    until ``close``."""

    def __init__(
        self, fetch: Callable[[str | None], _Fetched], cursor: str | None, *, max_pages: int
    ) -> None:
        self._fetch = fetch
        self._waiting: queue.Queue[_Fetched | Exception] = queue.Queue(maxsize=PULL_PAGES_AHEAD)
        self._stop = threading.Event()
        self._thread = threading.Thread(
            target=self._run, args=(cursor, max_pages), name="pull", daemon=True
        )
        self._thread.start()

    def _run(self, cursor: str | None, max_pages: int) -> None:
        pages = 0
        try:
            while not self._stop.is_set():
                fetched = self._fetch(cursor)
                pages += 1
                self._waiting.put(fetched)
                if not fetched.has_more:
                    return
                if pages >= max_pages or fetched.next_cursor == cursor:
                    self._waiting.put(RoundFailedError("the platform's pull does not advance"))
                    return
                cursor = fetched.next_cursor
        except Exception as error:  # noqa: BLE001 - handed to the round, which raises it
            self._waiting.put(error)

    def next(self) -> _Fetched:
        """The next page, waiting for it if need be."""
        item = self._waiting.get()
        if isinstance(item, Exception):
            raise item
        return item

    def ready(self) -> _Fetched | None:
        """The next page if it is already here (an error waits for ``next``)."""
        with self._waiting.mutex:
            if not self._waiting.queue or isinstance(self._waiting.queue[0], Exception):
                return None
        return self.next()

    def close(self) -> None:
        """Stop fetching; waits for a request already on its way."""
        self._stop.set()
        # Room for what the thread may still hand over (a page and an error at most).
        while True:
            try:
                self._waiting.get_nowait()
            except queue.Empty:
                break
        self._thread.join()


def _count(report: RoundReport, answered: Counter[str]) -> None:
    for status, count in answered.items():
        report.answers[status] = report.answers.get(status, 0) + count


def _outcome(result: OpResult) -> str:
    """What the op's answer means: a duplicate counts as its first answer when that needs
    staff (flagged, rejected); otherwise it stays ``duplicate`` (applied earlier)."""
    if result.status == "duplicate" and result.original_status in ("flagged", "rejected"):
        return result.original_status
    return result.status


# --- what an answer does to the business rows -------------------------------------------


def _write_answers(
    session: Session, answers: list[dict[str, Any]], *, statement: Update | None = None
) -> None:
    """Store answers (one executemany); ORM copies of those ops, if any, reload after."""
    if not answers:
        return
    session.connection().execute(_ANSWER if statement is None else statement, answers)
    loaded = [row for row in session.identity_map.values() if isinstance(row, OutboxOp)]
    if loaded:
        seqs = {answer["b_seq"] for answer in answers}
        for row in loaded:
            identity = inspect(row).identity
            if identity is not None and identity[0] in seqs:
                session.expire(row)


def _answer_effect(
    op_type: str, payload_json: str | None, result: OpResult, status: str
) -> Callable[[Work], None] | None:
    """What an answer does to the business rows (None: nothing, the common case)."""
    body = result.result or {}
    if op_type == "bill.pay":
        # One op per bill of a payment: the payment follows all its ops' answers.
        payment_id = str(_parsed(payload_json).get("payment_id"))
        return lambda work: _settled(settle_payment(work, payment_id))
    if op_type in ("voucher.redeem", "voucher.refund"):
        answer = PlatformAnswer.from_push_result(
            {"status": status, "reason": result.reason, "result": body}
        )
        if op_type == "voucher.redeem":
            redemption_id = str(_parsed(payload_json)["redemption_id"])
            return lambda work: _settled(settle_redemption(work, redemption_id, answer))
        refund_id = str(_parsed(payload_json)["refund_id"])
        return lambda work: _settled(settle_refund(work, refund_id, answer))
    if op_type == "parcel.check_in":
        merged_into = body.get("merged_into")
        if not isinstance(merged_into, str):
            return None
        parcel_id = _parsed(payload_json).get("parcel_id")
        if merged_into == parcel_id:
            return None
        return lambda work: fold_parcel(work, str(parcel_id), merged_into)
    if (
        op_type in ("parcel.pick_up", "parcel.return")
        and status == "rejected"
        and result.reason in ("already_picked_up", "already_returned")
    ):
        parcel_id = str(_parsed(payload_json)["parcel_id"])
        return lambda work: _mark_parcel_conflict(work, parcel_id, op_type, result)
    return None


def _parsed(payload_json: str | None) -> dict[str, Any]:
    payload = json.loads(payload_json) if payload_json else None
    return payload if isinstance(payload, dict) else {}


def _settled(_: object) -> None:
    """The settle functions answer with the state they left; the sync round needs none."""


def _mark_parcel_conflict(work: Work, parcel_id: str, op_type: str, result: OpResult) -> None:
    """Another terminal closed this parcel first: keep what happened here, say so."""
    parcel = work.session.get(Parcel, parcel_id)
    if parcel is None:
        return
    body = result.result or {}
    details = {
        "reason": result.reason,
        "op": op_type,
        "platform_status": body.get("status"),
        "by_terminal_id": body.get("by_terminal_id"),
        "picked_up_at": body.get("picked_up_at"),
        "returned_at": body.get("returned_at"),
    }
    work.session.add(
        ParcelEvent(
            id=new_id(),
            parcel_id=parcel.id,
            kind=CONFLICT_EVENT,
            at=work.now,
            staff_id=None,
            details={key: value for key, value in details.items() if value is not None},
        )
    )
    work.audit("parcel.sync_conflict", entity="parcel", entity_id=parcel.id, details=details)


def fold_parcel(work: Work, local_id: str, into_id: str) -> None:
    """The platform merged our check-in into its parcel ``into_id``: become that parcel.

    The local row (and its events) takes the platform's id, or, if that parcel is already
    here, gives it its events and goes. The next pull brings the platform's data for it.
    """
    session = work.session
    local = session.get(Parcel, local_id)
    if local is None:
        return
    session.flush()
    # The events point at an id that exists again by the commit.
    session.execute(text("PRAGMA defer_foreign_keys = ON"))
    old_code = local.pickup_code
    target = session.get(Parcel, into_id)
    session.execute(
        update(ParcelEvent).where(ParcelEvent.parcel_id == local_id).values(parcel_id=into_id)
    )
    if target is None:
        session.expunge(local)
        session.execute(update(Parcel).where(Parcel.id == local_id).values(id=into_id, version=0))
    else:
        session.delete(local)
    session.flush()
    for (seq,) in session.execute(
        select(OutboxRef.seq)
        .join(OutboxOp, OutboxOp.seq == OutboxRef.seq)
        .where(
            OutboxRef.entity == "parcel",
            OutboxRef.entity_id == local_id,
            OutboxOp.status == PENDING,
        )
    ).all():
        # Its unsent ops now hold the merged parcel back from being overwritten by a pull.
        if session.get(OutboxRef, (seq, "parcel", into_id)) is None:
            session.add(OutboxRef(seq=seq, entity="parcel", entity_id=into_id))
    session.add(
        ParcelEvent(
            id=new_id(),
            parcel_id=into_id,
            kind=MERGED_EVENT,
            at=work.now,
            staff_id=None,
            details={"from": local_id, "pickup_code": old_code},
        )
    )
    work.audit(
        "parcel.merged",
        entity="parcel",
        entity_id=into_id,
        details={"from": local_id, "pickup_code": old_code},
    )


def sync_once(station: Station, client: PlatformClient) -> RoundReport:
    """One headless round (``station-app sync --once``)."""
    return SyncEngine(station, client).run_round()
