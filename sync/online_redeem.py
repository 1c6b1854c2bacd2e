"""Online voucher redemption: push the redemption's op at once and wait briefly for the answer.

The counter calls ``push_and_wait`` off the GUI thread right after ``vouchers.redeem``
committed. It runs a push-only round (``run_round(pull=False)``) on the window's own
``SyncEngine``, so it never overlaps the background rounds: a second engine's hello could
report a ``last_seq`` that is already stale and make the platform answer ``recover``. The
round pushes every pending op in seq order, so the redemption's op goes with those before it.

The answer is stored by the engine as usual (``settle_redemption`` runs in that
transaction: a rejection reverses the spend). Without an answer within the timeout the
redemption simply stays pending, bounded by the offline limits the counter checked before
it redeemed; the round keeps going in the background and any later round settles it.
"""

from __future__ import annotations

import logging
import threading
import time
from dataclasses import dataclass

from sqlalchemy import select

from station_app.db.models import OutboxOp, Redemption
from station_app.outbox import PENDING
from station_app.work import Actor
from sync.engine import SyncEngine

log = logging.getLogger(__name__)

UNANSWERED = "unanswered"
POLL_SECONDS = 0.1
"""How often the op's status is read while waiting (another round may answer it first)."""


@dataclass(frozen=True)
class OnlineAnswer:
    status: str
    """applied | duplicate | flagged | rejected (the op's stored answer) | unanswered"""
    reason: str | None = None

    @property
    def answered(self) -> bool:
        return self.status != UNANSWERED

    @property
    def rejected(self) -> bool:
        return self.status == "rejected"


def redemption_op(engine: SyncEngine, redemption_id: str) -> OutboxOp | None:
    with engine.station.database.reading() as session:
        return session.execute(
            select(OutboxOp).where(
                OutboxOp.type == "voucher.redeem",
                OutboxOp.entity == "redemption",
                OutboxOp.entity_id == redemption_id,
            )
        ).scalar_one_or_none()


def _answer(engine: SyncEngine, redemption_id: str) -> OnlineAnswer | None:
    op = redemption_op(engine, redemption_id)
    if op is None:
        raise LookupError(f"no voucher.redeem op for redemption {redemption_id}")
    if op.status == PENDING:
        return None
    return OnlineAnswer(op.status, op.reason)


def push_and_wait(
    engine: SyncEngine, redemption_id: str, *, timeout_seconds: float
) -> OnlineAnswer:
    """Push pending ops up to and including the redemption's; its answer, or ``unanswered``."""
    known = _answer(engine, redemption_id)
    if known is not None:
        return known
    finished = threading.Event()

    def push() -> None:
        try:
            report = engine.run_round(pull=False)
            if not report.ok:
                log.info("online redemption push stopped: %s", report.error)
        except Exception:  # a local failure: the redemption stays pending for the next round
            log.exception("online redemption push failed")
        finally:
            finished.set()

    # A daemon thread: when the wait ends first, the round still finishes (or the app exits).
    threading.Thread(target=push, name="online-redeem", daemon=True).start()
    deadline = time.monotonic() + timeout_seconds
    while True:
        left = deadline - time.monotonic()
        ended = finished.wait(max(0.0, min(POLL_SECONDS, left)))
        answer = _answer(engine, redemption_id)
        if answer is not None:
            return answer
        if ended or left <= 0:
            _now_offline(engine, redemption_id)
            return OnlineAnswer(UNANSWERED)


def _now_offline(engine: SyncEngine, redemption_id: str) -> None:
    """No answer in time: from now on the redemption counts as an offline one, so it uses up
    the account's daily offline allowance like any other (the platform still decides)."""
    with engine.station.work(Actor.system()) as work:
        redemption = work.session.get(Redemption, redemption_id)
        if redemption is None or redemption.offline or redemption.status != "pending":
            return
        redemption.offline = True
        work.audit(
            "voucher.redeem_unanswered",
            entity="redemption",
            entity_id=redemption_id,
            details={"waited_for_platform": True},
        )
