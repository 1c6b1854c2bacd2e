"""The sync round (PROTOCOL.md, DESIGN.md §6): hello → push until empty → pull until done.

- **hello** sends ``last_seq`` = the highest seq this terminal has ever put on the wire
  (an op is marked sent, in its own transaction, before the request leaves). After a
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
  handed over marked. A ``409 seq_gap`` stores the answers before the stop and resends
  from ``expected_seq``.
- **pull** applies each page with ``replica.apply_page`` in one transaction (page and
  cursor land together) until ``has_more`` is false.

``SyncState`` records each attempt; ``last_success_at`` moves only when a whole round
(with its pull) succeeded, so the vouchers' "maximum offline age" measures fresh data.

Recover and offline money: while ``SyncState.repull_required`` is set, the station's
copy of balances may predate ops it lost, so ``last_success_at`` is cleared as well; the
vouchers' offline check already refuses without a last successful sync, and code that
wants to say why checks ``repull_required``. Both are restored by the round whose pull
completes.
"""

from __future__ import annotations

import logging
import threading
from collections import Counter
from dataclasses import asdict, dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import func, or_, select, text, update
from sqlalchemy.exc import SQLAlchemyError

import station_app
from station_app import outbox, replica
from station_app.bills.settlement import settle_payment
from station_app.db.migrate import head_revision
from station_app.db.models import (
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
from sync.messages import DEFAULT_PULL_LIMIT, MAX_BATCH, HelloRequest, OpResult, PushOp, PushRequest

log = logging.getLogger(__name__)

PENDING = outbox.PENDING
CONFLICT_EVENT = "sync_conflict"
MERGED_EVENT = "merged"


class RoundFailedError(SyncError):
    """The platform answered, but the round cannot go on (the reason says why)."""

    def __init__(self, detail: str, *, kind: str = "error") -> None:
        self.kind = kind
        super().__init__(detail)


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
        pull_limit: int = DEFAULT_PULL_LIMIT,
        max_pages: int = 10_000,
    ) -> None:
        assert 1 <= batch_size <= MAX_BATCH
        self.station = station
        self.client = client
        self.batch_size = batch_size
        self.pull_limit = pull_limit
        self.max_pages = max_pages
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
        while True:
            ops = self._next_batch(resend_from)
            if not ops:
                if resend_from is None:
                    return
                resend_from = None  # caught up with what the platform had lost
                continue
            epoch = self._mark_sent(ops)
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
                continue
            except EpochMismatch as error:
                hellos += 1
                if hellos > 1:
                    raise
                log.warning("epoch mismatch (%s); saying hello again", error)
                self._hello(report)
                continue
            if not response.results:
                raise BadResponse("the platform answered a push without results")
            self._store(response.results, report)
            if resend_from is not None:
                resend_from = ops[-1].seq + 1

    def _next_batch(self, resend_from: int | None) -> list[OutboxOp]:
        with self.station.database.reading() as session:
            if resend_from is None:
                return outbox.pending(session, limit=self.batch_size)
            return list(
                session.execute(
                    select(OutboxOp)
                    .where(OutboxOp.seq >= resend_from)
                    .order_by(OutboxOp.seq)
                    .limit(self.batch_size)
                ).scalars()
            )

    def _has_op(self, seq: int) -> bool:
        with self.station.database.reading() as session:
            return session.get(OutboxOp, seq) is not None

    def _mark_sent(self, ops: list[OutboxOp]) -> int:
        """Count the attempt before the request leaves (hello's last_seq relies on it)."""
        with self.station.work(Actor.system()) as work:
            work.session.execute(
                update(OutboxOp)
                .where(OutboxOp.seq.in_([op.seq for op in ops]))
                .values(attempts=OutboxOp.attempts + 1)
            )
            return self.station.identity(work.session).epoch

    @staticmethod
    def _push_op(op: OutboxOp) -> PushOp:
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
        answered: Counter[str] = Counter()
        with self.station.work(Actor.system()) as work:
            for result in results:
                op = work.session.execute(
                    select(OutboxOp).where(OutboxOp.op_id == result.op_id)
                ).scalar_one_or_none()
                if op is None or op.seq != result.seq:
                    log.error("answer for an op this terminal does not have: %s", result)
                    continue
                if op.status != PENDING:
                    continue  # answered before (a resend after a gap): the first answer stands
                status = _outcome(result)
                op.status = status
                op.result = result.model_dump(mode="json", exclude={"op_id", "seq"})
                op.reason = (result.reason or "")[:200] or None
                op.acked_at = work.now
                answered[status] += 1
                try:
                    with work.session.begin_nested():
                        _apply_answer(work, op, result, status)
                except (UserError, SQLAlchemyError) as error:
                    # The answer is kept; only its local effect failed (staff see the op).
                    log.exception("applying the answer to op %d (%s) failed", op.seq, op.type)
                    op.result = {**op.result, "local_error": str(error)[:500]}
            if results:
                last = max(result.seq for result in results)
                state = self._state(work)
                state.server_last_seq = max(state.server_last_seq, last)
        for status, count in answered.items():
            report.answers[status] = report.answers.get(status, 0) + count

    # -- pull

    def _pull(self, report: RoundReport) -> None:
        while True:
            with self.station.database.reading() as session:
                state = session.get(SyncState, 1)
                cursor = state.cursor if state else None
            page = self.client.pull(cursor, self.pull_limit)
            changes = [change.model_dump(mode="json") for change in page.changes]
            with self.station.work(Actor.system()) as work:
                applied = replica.apply_page(work.session, changes, page.next_cursor, now=work.now)
                if applied.relabelled:
                    work.audit(
                        "sync.parcels_relabelled",
                        entity="parcel",
                        entity_id=applied.relabelled[0],
                        details={"parcels": applied.relabelled},
                    )
            report.pages += 1
            report.pulled += len(changes)
            report.relabelled += len(applied.relabelled)
            if not page.has_more:
                break
            if report.pages >= self.max_pages or page.next_cursor == cursor:
                raise RoundFailedError("the platform's pull does not advance")
        with self.station.work(Actor.system()) as work:
            state = self._state(work)
            if state.repull_required:
                state.repull_required = False
                work.audit("sync.repulled", details={"pages": report.pages})


def _outcome(result: OpResult) -> str:
    """What the op's answer means: a duplicate counts as its first answer when that needs
    staff (flagged, rejected); otherwise it stays ``duplicate`` (applied earlier)."""
    if result.status == "duplicate" and result.original_status in ("flagged", "rejected"):
        return result.original_status
    return result.status


# --- what an answer does to the business rows -------------------------------------------


def _apply_answer(work: Work, op: OutboxOp, result: OpResult, status: str) -> None:
    payload = op.payload or {}
    body = result.result or {}
    if op.type == "bill.pay":
        # One op per bill of a payment: the payment follows all its ops' answers.
        settle_payment(work, str(payload.get("payment_id")))
    elif op.type == "voucher.redeem":
        answer = PlatformAnswer.from_push_result(
            {"status": status, "reason": result.reason, "result": body}
        )
        settle_redemption(work, str(payload["redemption_id"]), answer)
    elif op.type == "voucher.refund":
        answer = PlatformAnswer.from_push_result(
            {"status": status, "reason": result.reason, "result": body}
        )
        settle_refund(work, str(payload["refund_id"]), answer)
    elif op.type == "parcel.check_in":
        merged_into = body.get("merged_into")
        if isinstance(merged_into, str) and merged_into != payload.get("parcel_id"):
            fold_parcel(work, str(payload["parcel_id"]), merged_into)
    elif (
        op.type in ("parcel.pick_up", "parcel.return")
        and status == "rejected"
        and result.reason in ("already_picked_up", "already_returned")
    ):
        _mark_parcel_conflict(work, str(payload["parcel_id"]), op, result)


def _mark_parcel_conflict(work: Work, parcel_id: str, op: OutboxOp, result: OpResult) -> None:
    """Another terminal closed this parcel first: keep what happened here, say so."""
    parcel = work.session.get(Parcel, parcel_id)
    if parcel is None:
        return
    body = result.result or {}
    details = {
        "reason": result.reason,
        "op": op.type,
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
