"""The paper a resident keeps for a voucher redemption (消费券核销凭证).

Built inside the unit of work that stores it (``enqueue_receipt``): the redemption's lines,
what it spent, what is left at that instant, and what of the balance expires this month.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import select

from station_app.bills.bill_receipts import header, household_label
from station_app.db.models import Household, Redemption, RedemptionItem, VoucherAccount
from station_app.printing.print_queue import enqueue_receipt
from station_app.printing.receipts import Item, RedemptionReceipt
from station_app.vouchers import balance
from station_app.work import Work

REDEMPTION_REF = "redemption"


def last_day(expires_at: datetime, zone: str) -> date:
    """The last local day a voucher can be used: one expiring at midnight ends the day before."""
    local = expires_at.astimezone(ZoneInfo(zone))
    return local.date() - timedelta(days=1) if local.time() == time(0, 0) else local.date()


def masked_holder(name: str) -> str:
    """``王芳`` → ``王*``, ``王小华`` → ``王*华``: the slip may be left on the counter."""
    name = name.strip()
    if len(name) <= 1:
        return name
    if len(name) == 2:
        return name[0] + "*"
    return name[0] + "*" * (len(name) - 2) + name[-1]


def redemption_receipt(work: Work, redemption_id: str, *, pending: bool) -> RedemptionReceipt:
    session = work.session
    redemption = session.get(Redemption, redemption_id)
    assert redemption is not None, f"no redemption {redemption_id}"
    account = session.get(VoucherAccount, redemption.account_id)
    assert account is not None
    household = session.get(Household, account.household_id) if account.household_id else None
    items = session.execute(
        select(RedemptionItem)
        .where(RedemptionItem.redemption_id == redemption_id)
        .order_by(RedemptionItem.id)
    ).scalars()
    now = balance(session, account.id, work.now)
    expiring_fen, expiring_on = 0, None
    soonest = now.soonest_expiry
    if soonest is not None:
        day = last_day(soonest.expires_at, work.terminal.timezone)
        today = work.local_today
        if (day.year, day.month) == (today.year, today.month):  # 本月到期 means this month
            expiring_fen, expiring_on = soonest.amount_fen, day
    return RedemptionReceipt(
        header=header(work, redemption.receipt_no),
        holder_name=masked_holder(account.holder_name),
        account=household_label(household) or account.id[-8:],
        items=tuple(
            Item(item.description, item.amount_fen, str(item.quantity), item.unit_price_fen)
            for item in items
        ),
        spent_fen=redemption.total_fen,
        balance_fen=now.total_fen,
        expiring_fen=expiring_fen,
        expiring_on=expiring_on,
        pending=pending,
    )


def enqueue_redemption_receipt(work: Work, redemption_id: str, *, pending: bool) -> None:
    """Store the receipt and its print job in the caller's transaction."""
    enqueue_receipt(
        work,
        redemption_receipt(work, redemption_id, pending=pending),
        ref_type=REDEMPTION_REF,
        ref_id=redemption_id,
    )
