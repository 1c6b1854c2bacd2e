"""Voucher accounts, lots and the platform's authoritative redemption and refund rules.

Spend order: ``priority`` ascending (0 first), then earliest expiry (no expiry last), then
oldest lot. Expired or not-yet-effective lots are never spent. An offline redemption is a
fact at the counter: if the account could not cover it, the part not covered is recorded
as a recoupment and taken from the account's later lots, and the op is flagged — the
money is never lost. Refunds go back to the lots they came from (a new lot if it expired).
"""

from __future__ import annotations

import calendar
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from station_app.ids import new_id
from sync.messages import VoucherRedeemPayload, VoucherRefundPayload
from sync.server.changes import publish
from sync.server.models import (
    Household,
    Policy,
    Recoupment,
    Redemption,
    VoucherAccount,
    VoucherLedgerEntry,
    VoucherLot,
    VoucherProgramme,
    VoucherRefund,
)
from sync.server.op_context import OpContext, OpRejected
from sync.server.problems import ProblemError

SCHEDULE_ZONE = ZoneInfo("Asia/Shanghai")
"""Monthly lots start on the same local calendar day each month."""
_FAR_FUTURE = datetime.max.replace(tzinfo=UTC)


# --- accounts and programmes (admin) ---------------------------------------------------


def create_account(
    session: Session,
    now: datetime,
    *,
    community_id: str,
    holder_name: str,
    household_id: str | None = None,
) -> VoucherAccount:
    if household_id is not None:
        household = session.get(Household, household_id)
        if household is None or household.community_id != community_id:
            raise ProblemError(404, "not_found", f"no household {household_id} in the community")
    account = VoucherAccount(
        id=new_id(),
        community_id=community_id,
        household_id=household_id,
        holder_name=holder_name,
        status="active",
    )
    session.add(account)
    publish(session, account, at=now)
    return account


def set_account_status(
    session: Session, now: datetime, *, account_id: str, status: str
) -> VoucherAccount:
    account = session.get(VoucherAccount, account_id)
    if account is None:
        raise ProblemError(404, "not_found", f"no voucher account {account_id}")
    account.status = status
    publish(session, account, at=now)
    return account


def add_months(instant: datetime, months: int, zone: ZoneInfo = SCHEDULE_ZONE) -> datetime:
    local = instant.astimezone(zone)
    index = local.month - 1 + months
    year, month = local.year + index // 12, index % 12 + 1
    day = min(local.day, calendar.monthrange(year, month)[1])
    return local.replace(year=year, month=month, day=day).astimezone(UTC)


def monthly_amounts(total_fen: int, months: int) -> list[int]:
    """Split exactly: the first ``total % months`` lots carry one fen more."""
    base, extra = divmod(total_fen, months)
    return [base + (1 if index < extra else 0) for index in range(months)]


@dataclass(frozen=True)
class Issued:
    programme: VoucherProgramme
    accounts: int
    lots: int


def create_programme(
    session: Session,
    now: datetime,
    *,
    community_id: str,
    name: str,
    total_fen: int,
    months: int,
    expiry_months: int | None,
    starts_at: datetime,
    priority: int = 0,
    account_ids: Sequence[str] | None = None,
) -> Issued:
    """Issue the monthly lots of a programme to the given accounts (default: every active
    account of the community), then settle any open recoupments from them."""
    if months < 1 or total_fen < months:
        raise ProblemError(422, "invalid_request", "need at least one fen per month")
    programme = VoucherProgramme(
        id=new_id(),
        community_id=community_id,
        name=name,
        total_fen=total_fen,
        months=months,
        expiry_months=expiry_months or None,
        starts_at=starts_at,
        priority=priority,
        created_at=now,
    )
    session.add(programme)
    query = select(VoucherAccount).where(VoucherAccount.community_id == community_id)
    if account_ids is not None:
        query = query.where(VoucherAccount.id.in_(list(account_ids)))
    else:
        query = query.where(VoucherAccount.status == "active")
    accounts = list(session.execute(query.order_by(VoucherAccount.id)).scalars())
    if account_ids is not None and len(accounts) != len(set(account_ids)):
        raise ProblemError(404, "not_found", "some accounts are not in the community")
    amounts = monthly_amounts(total_fen, months)
    lots = 0
    for account in accounts:
        for index, amount in enumerate(amounts):
            effective = add_months(starts_at, index)
            lot = VoucherLot(
                id=new_id(),
                account_id=account.id,
                programme_id=programme.id,
                amount_fen=amount,
                remaining_fen=amount,
                effective_at=effective,
                expires_at=add_months(effective, expiry_months) if expiry_months else None,
                priority=priority,
                source="programme",
                created_at=now,
            )
            session.add(lot)
            publish(session, lot, at=now)
            lots += 1
    owing = session.execute(
        select(Recoupment.account_id)
        .join(VoucherAccount, VoucherAccount.id == Recoupment.account_id)
        .where(VoucherAccount.community_id == community_id, Recoupment.status == "open")
        .distinct()
    ).scalars()
    for account_id in sorted(set(owing) & {account.id for account in accounts}):
        settled = settle_recoupments(session, account_id, now)
        for lot in _lots(session, account_id):
            if lot.id in settled:
                publish(session, lot, at=now)
    return Issued(programme, len(accounts), lots)


# --- allocation ------------------------------------------------------------------------


def spendable(lot: VoucherLot, at: datetime) -> bool:
    return (
        lot.remaining_fen > 0
        and lot.effective_at <= at
        and (lot.expires_at is None or at < lot.expires_at)
    )


def spend_order(lot: VoucherLot) -> tuple[Any, ...]:
    return (lot.priority, lot.expires_at or _FAR_FUTURE, lot.effective_at, lot.created_at, lot.id)


def allocate(
    lots: Iterable[VoucherLot], amount_fen: int, at: datetime
) -> tuple[list[tuple[VoucherLot, int]], int]:
    """Take ``amount_fen`` from the lots spendable at ``at``; return the takes and what is
    left uncovered."""
    takes: list[tuple[VoucherLot, int]] = []
    left = amount_fen
    for lot in sorted((lot for lot in lots if spendable(lot, at)), key=spend_order):
        if left == 0:
            break
        take = min(left, lot.remaining_fen)
        takes.append((lot, take))
        left -= take
    return takes, left


def _lots(session: Session, account_id: str) -> list[VoucherLot]:
    return list(
        session.execute(
            select(VoucherLot)
            .where(VoucherLot.account_id == account_id)
            .order_by(VoucherLot.id)
            .with_for_update()
        ).scalars()
    )


def settle_recoupments(session: Session, account_id: str, now: datetime) -> set[str]:
    """Take open recoupments from lots not yet expired (the next months' lots included).

    Returns the ids of the lots touched (the caller publishes them)."""
    touched: set[str] = set()
    recoupments = session.execute(
        select(Recoupment)
        .where(Recoupment.account_id == account_id, Recoupment.status == "open")
        .order_by(Recoupment.created_at, Recoupment.id)
        .with_for_update()
    ).scalars()
    lots = [
        lot
        for lot in _lots(session, account_id)
        if lot.remaining_fen > 0 and (lot.expires_at is None or now < lot.expires_at)
    ]
    lots.sort(key=lambda lot: (lot.effective_at, *spend_order(lot)))
    for recoupment in recoupments:
        for lot in lots:
            if recoupment.outstanding_fen == 0:
                break
            take = min(lot.remaining_fen, recoupment.outstanding_fen)
            if take == 0:
                continue
            lot.remaining_fen -= take
            recoupment.outstanding_fen -= take
            touched.add(lot.id)
            session.add(
                VoucherLedgerEntry(
                    id=new_id(),
                    account_id=account_id,
                    lot_id=lot.id,
                    redemption_id=recoupment.redemption_id,
                    recoupment_id=recoupment.id,
                    kind="recoup",
                    amount_fen=-take,
                    at=now,
                )
            )
        if recoupment.outstanding_fen == 0:
            recoupment.status = "settled"
    session.flush()
    return touched


# --- ops ---------------------------------------------------------------------------------


def _per_transaction_limit(session: Session, community_id: str) -> int | None:
    policy = session.execute(
        select(Policy).where(Policy.community_id == community_id)
    ).scalar_one_or_none()
    limits = (policy.data if policy else {}).get("offline_limits", {})
    limit = limits.get("per_transaction_fen") if isinstance(limits, dict) else None
    return limit if isinstance(limit, int) else None


def apply_redeem(ctx: OpContext, p: VoucherRedeemPayload) -> dict[str, Any]:
    session = ctx.session
    if session.get(Redemption, p.redemption_id) is not None:
        raise OpRejected("duplicate_redemption", redemption_id=p.redemption_id)
    account = session.get(VoucherAccount, p.account_id, with_for_update=True)
    if account is None or account.community_id != ctx.community_id:
        raise OpRejected("unknown_account", account_id=p.account_id)
    online = not ctx.op.offline
    if account.status != "active":
        if online:
            raise OpRejected("account_frozen", account_id=account.id)
        ctx.flag("account_frozen", entity="voucher_account", entity_id=account.id)
    if sum(item.amount_fen for item in p.items) != p.total_fen:
        ctx.flag("items_total_mismatch", entity="redemption", entity_id=p.redemption_id)
    limit = _per_transaction_limit(session, ctx.community_id)
    if not online and limit is not None and p.total_fen > limit:
        ctx.flag("offline_limit_exceeded", entity="redemption", entity_id=p.redemption_id)
    lots = _lots(session, account.id)
    takes, shortfall = allocate(lots, p.total_fen, ctx.at)
    if shortfall and online:
        # Online the clerk is still waiting: refuse, nothing was handed over yet.
        available = p.total_fen - shortfall
        raise OpRejected("insufficient_balance", available_fen=available)
    redemption = Redemption(
        id=p.redemption_id,
        community_id=ctx.community_id,
        account_id=account.id,
        station_id=ctx.station.id,
        terminal_id=ctx.terminal.id,
        receipt_no=p.receipt_no,
        payment_id=p.payment_id,
        items=[item.model_dump(mode="json") for item in p.items],
        station_allocations=[a.model_dump(mode="json") for a in p.allocations],
        total_fen=p.total_fen,
        spent_fen=p.total_fen - shortfall,
        refunded_fen=0,
        offline=ctx.op.offline,
        status="applied",
        redeemed_at=ctx.at,
    )
    session.add(redemption)
    session.flush()
    touched = set()
    for lot, amount in takes:
        lot.remaining_fen -= amount
        touched.add(lot.id)
        session.add(
            VoucherLedgerEntry(
                id=new_id(),
                account_id=account.id,
                lot_id=lot.id,
                redemption_id=redemption.id,
                kind="spend",
                amount_fen=-amount,
                at=ctx.at,
            )
        )
    recoupment = None
    if shortfall:
        recoupment = Recoupment(
            id=new_id(),
            account_id=account.id,
            redemption_id=redemption.id,
            amount_fen=shortfall,
            outstanding_fen=shortfall,
            status="open",
            created_at=ctx.now,
        )
        session.add(recoupment)
        session.flush()
        ctx.flag(
            "overspend",
            entity="voucher_account",
            entity_id=account.id,
            redemption_id=redemption.id,
            shortfall_fen=shortfall,
            recoupment_id=recoupment.id,
        )
        touched |= settle_recoupments(session, account.id, ctx.now)
    for lot in lots:
        if lot.id in touched:
            ctx.publish(lot)
    allocations = [{"lot_id": lot.id, "amount_fen": amount} for lot, amount in takes]
    station_view = sorted((a.lot_id, a.amount_fen) for a in p.allocations)
    if ctx.flags:
        redemption.status = "flagged"
    return {
        "redemption_id": redemption.id,
        "account_id": account.id,
        "allocations": allocations,
        "reallocated": station_view != sorted((a["lot_id"], a["amount_fen"]) for a in allocations),
        "spent_fen": redemption.spent_fen,
        "shortfall_fen": shortfall,
        "recoupment_id": recoupment.id if recoupment else None,
        "recouped_fen": shortfall - recoupment.outstanding_fen if recoupment else 0,
        "lots": [
            {"lot_id": lot.id, "remaining_fen": lot.remaining_fen}
            for lot in lots
            if lot.id in touched
        ],
    }


def apply_refund(ctx: OpContext, p: VoucherRefundPayload) -> dict[str, Any]:
    session = ctx.session
    if session.get(VoucherRefund, p.refund_id) is not None:
        raise OpRejected("duplicate_refund", refund_id=p.refund_id)
    redemption = session.get(Redemption, p.redemption_id, with_for_update=True)
    if redemption is None or redemption.community_id != ctx.community_id:
        raise OpRejected("unknown_redemption", redemption_id=p.redemption_id)
    refundable = redemption.total_fen - redemption.refunded_fen
    if p.amount_fen > refundable:
        raise OpRejected("refund_exceeds_redemption", refundable_fen=refundable)
    session.add(
        VoucherRefund(
            id=p.refund_id,
            redemption_id=redemption.id,
            terminal_id=ctx.terminal.id,
            amount_fen=p.amount_fen,
            reason=p.reason,
            refunded_at=ctx.at,
        )
    )
    session.flush()
    left = p.amount_fen
    # The part of an overspend not yet recouped was never paid from lots: cancel it first.
    cancelled = 0
    for recoupment in session.execute(
        select(Recoupment)
        .where(Recoupment.redemption_id == redemption.id, Recoupment.status == "open")
        .with_for_update()
    ).scalars():
        take = min(left, recoupment.outstanding_fen)
        recoupment.outstanding_fen -= take
        recoupment.status = "cancelled" if recoupment.outstanding_fen == 0 else "open"
        cancelled += take
        left -= take
    returned: list[dict[str, Any]] = []
    for lot_id, taken in _taken_by_lot(session, redemption.id):
        if left == 0:
            break
        give = min(left, taken)
        if give <= 0:
            continue
        lot = session.get(VoucherLot, lot_id, with_for_update=True)
        assert lot is not None
        target = lot
        if lot.expires_at is not None and lot.expires_at <= ctx.now:
            target = VoucherLot(
                id=new_id(),
                account_id=lot.account_id,
                programme_id=lot.programme_id,
                amount_fen=give,
                remaining_fen=0,
                effective_at=ctx.now,
                expires_at=ctx.now + timedelta(days=ctx.refund_lot_days),
                priority=lot.priority,
                source="refund",
                created_at=ctx.now,
            )
            session.add(target)
            session.flush()
        target.remaining_fen += give
        session.add(
            VoucherLedgerEntry(
                id=new_id(),
                account_id=lot.account_id,
                lot_id=target.id,
                origin_lot_id=lot.id,
                redemption_id=redemption.id,
                refund_id=p.refund_id,
                kind="refund",
                amount_fen=give,
                at=ctx.now,
            )
        )
        ctx.publish(target)
        returned.append({"lot_id": target.id, "amount_fen": give, "new_lot": target is not lot})
        left -= give
    redemption.refunded_fen += p.amount_fen
    return {
        "refund_id": p.refund_id,
        "redemption_id": redemption.id,
        "lots": returned,
        "recoupment_cancelled_fen": cancelled,
    }


def _taken_by_lot(session: Session, redemption_id: str) -> list[tuple[str, int]]:
    """What each lot still carries of this redemption, the last taken first."""
    entries = list(
        session.execute(
            select(VoucherLedgerEntry)
            .where(VoucherLedgerEntry.redemption_id == redemption_id)
            .order_by(VoucherLedgerEntry.at, VoucherLedgerEntry.id)
        ).scalars()
    )
    taken: dict[str, int] = {}
    order: list[str] = []
    for entry in entries:
        if entry.kind in ("spend", "recoup"):
            if entry.lot_id not in taken:
                order.append(entry.lot_id)
            taken[entry.lot_id] = taken.get(entry.lot_id, 0) - entry.amount_fen
    for entry in entries:
        if entry.kind == "refund":
            # A refund to a replacement lot still counts against the lot it came from.
            origin = entry.origin_lot_id or entry.lot_id
            if origin in taken:
                taken[origin] -= entry.amount_fen
    return [(lot_id, taken[lot_id]) for lot_id in reversed(order)]
