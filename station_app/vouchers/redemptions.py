"""Redeem vouchers for catalog items or a bill: one transaction, one ``voucher.redeem`` op.

A redemption starts ``pending``. Offline (``work.online`` false) it must stay within the
platform's offline limits unless a supervisor lifts them for this one redemption; online,
the platform answers at once. Either way ``settle_redemption`` applies the answer later.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from station_app import permissions
from station_app.catalog import find_item
from station_app.db.models import (
    Bill,
    Biller,
    Redemption,
    RedemptionItem,
    VoucherLedgerEntry,
)
from station_app.i18n import QT_TRANSLATE_NOOP
from station_app.ids import new_id
from station_app.money import MAX_FEN, format_fen
from station_app.vouchers.allocation import Allocation, allocate
from station_app.vouchers.balance import Balance, balance, get_account, lot_balances
from station_app.vouchers.errors import (
    AccountFrozenError,
    AmountError,
    OfflineLimitError,
    UnknownItemError,
)
from station_app.vouchers.limits import (
    OfflineLimits,
    breaches,
    local_day_bounds,
    offline_limits,
    offline_usage,
)
from station_app.work import Actor, Work

MAX_QUANTITY = 999


@dataclass(frozen=True)
class CatalogLine:
    """Catalog goods or a service, by catalog id or scanned barcode; the price is the catalog's."""

    item: str
    quantity: int = 1


@dataclass(frozen=True)
class BillTender:
    """The part of a bill paid with vouchers."""

    bill_id: str
    amount_fen: int


RedemptionLine = CatalogLine | BillTender


@dataclass(frozen=True)
class PricedLine:
    catalog_item_id: str | None
    bill_id: str | None
    description: str
    quantity: int
    unit_price_fen: int
    amount_fen: int

    def as_payload(self) -> dict[str, Any]:
        return {
            "catalog_item_id": self.catalog_item_id,
            "bill_id": self.bill_id,
            "description": self.description,
            "quantity": self.quantity,
            "unit_price_fen": self.unit_price_fen,
            "amount_fen": self.amount_fen,
        }


@dataclass(frozen=True)
class RedemptionResult:
    redemption_id: str
    receipt_no: str
    total_fen: int
    lines: tuple[PricedLine, ...]
    allocations: tuple[Allocation, ...]
    offline: bool
    override_by: str | None
    balance_after: Balance
    """For the receipt: what is left, and the next expiry (本月到期)."""


def _price(work: Work, line: RedemptionLine) -> PricedLine:
    session = work.session
    if isinstance(line, CatalogLine):
        item = find_item(session, line.item)
        if item is None:
            raise UnknownItemError(
                QT_TRANSLATE_NOOP("Vouchers", "“{item}” is not in the catalog (or not on sale)."),
                item=line.item.strip(),
            )
        if line.quantity < 1 or line.quantity > MAX_QUANTITY:
            raise AmountError(
                QT_TRANSLATE_NOOP("Vouchers", "A quantity is between 1 and {most}."),
                most=MAX_QUANTITY,
            )
        return PricedLine(
            item.id, None, item.name, line.quantity, item.price_fen, item.price_fen * line.quantity
        )
    bill = session.get(Bill, line.bill_id)
    if bill is None:
        raise UnknownItemError(
            QT_TRANSLATE_NOOP("Vouchers", "Bill {bill} is not known at this station."),
            bill=line.bill_id,
        )
    biller = session.get(Biller, bill.biller_id)
    if biller is None or not biller.allow_vouchers:
        raise UnknownItemError(
            QT_TRANSLATE_NOOP("Vouchers", "Vouchers cannot pay {biller} bills."),
            biller=biller.name if biller else bill.biller_id,
        )
    if line.amount_fen <= 0:
        raise AmountError(QT_TRANSLATE_NOOP("Vouchers", "The amount must be more than zero."))
    return PricedLine(
        None,
        bill.id,
        f"{biller.name} {bill.period}",
        1,
        line.amount_fen,
        line.amount_fen,
    )


def check_offline_limits(
    work: Work,
    account_id: str,
    total_fen: int,
    limits: OfflineLimits | None = None,
    *,
    override: Actor | None = None,
) -> tuple[str, ...]:
    """Refuse an offline redemption that would pass a limit; return the limits lifted.

    ``override`` is the supervisor who approved passing the amount limits for this one
    redemption (their PIN checked by the caller). ``limits`` defaults to the platform's.
    """
    if limits is None:
        limits = offline_limits(work.session)
    day = local_day_bounds(work.local_today, work.terminal.timezone)
    found = breaches(limits, offline_usage(work.session, account_id, day), total_fen, work.now)
    if not found:
        return ()
    fixed = [breach for breach in found if not breach.overridable]
    if fixed or override is None:
        first = (fixed or found)[0]
        raise OfflineLimitError(
            first.message,
            limits=tuple(breach.limit for breach in found),
            overridable=not fixed,
        )
    permissions.require(work.actor, "raise_offline_limit", override=override)
    return tuple(breach.limit for breach in found)


def redeem(
    work: Work,
    account_id: str,
    items: Sequence[RedemptionLine],
    limits: OfflineLimits | None = None,
    *,
    override: Actor | None = None,
    payment_id: str | None = None,
) -> RedemptionResult:
    """Spend the account's vouchers on ``items``; the redemption waits for the platform."""
    session = work.session
    account = get_account(session, account_id)
    if account.status == "frozen":
        raise AccountFrozenError(
            QT_TRANSLATE_NOOP(
                "Vouchers", "The voucher account of {name} is frozen by the platform."
            ),
            name=account.holder_name,
        )
    if not items:
        raise AmountError(QT_TRANSLATE_NOOP("Vouchers", "Add something to pay for first."))
    lines = tuple(_price(work, line) for line in items)
    total = sum(line.amount_fen for line in lines)
    if total <= 0:
        raise AmountError(QT_TRANSLATE_NOOP("Vouchers", "The amount must be more than zero."))
    if total > MAX_FEN:
        raise AmountError(
            QT_TRANSLATE_NOOP("Vouchers", "The amount is too large (at most {limit})."),
            limit=format_fen(MAX_FEN),
        )
    allocations = allocate(
        (lot.spendable() for lot in lot_balances(session, account_id)), total, work.now
    )
    lifted: tuple[str, ...] = ()
    if not work.online:
        lifted = check_offline_limits(work, account_id, total, limits, override=override)
    override_by = override.staff_id if lifted and override is not None else None

    redemption = Redemption(
        id=new_id(),
        receipt_no=work.next_receipt_no(),
        account_id=account_id,
        shift_id=work.shift_id,
        staff_id=work.actor.staff_id,
        payment_id=payment_id,
        total_fen=total,
        offline=not work.online,
        status="pending",
        override_by=override_by,
        created_at=work.now,
    )
    session.add(redemption)
    session.flush()
    for line in lines:
        session.add(
            RedemptionItem(
                id=new_id(),
                redemption_id=redemption.id,
                catalog_item_id=line.catalog_item_id,
                bill_id=line.bill_id,
                description=line.description,
                quantity=line.quantity,
                unit_price_fen=line.unit_price_fen,
                amount_fen=line.amount_fen,
            )
        )
    # UUIDv7 ids are monotonic within the process: id order is the spend order refunds undo.
    for allocation in allocations:
        session.add(
            VoucherLedgerEntry(
                id=new_id(),
                account_id=account_id,
                lot_id=allocation.lot_id,
                redemption_id=redemption.id,
                kind="spend",
                amount_fen=-allocation.amount_fen,
                at=work.now,
                settled=False,
            )
        )
    session.flush()

    details: dict[str, Any] = {
        "receipt_no": redemption.receipt_no,
        "account_id": account_id,
        "total_fen": total,
        "offline": redemption.offline,
        "clerk": work.actor.name,
    }
    if override_by is not None and override is not None:
        details["override"] = {
            "supervisor_id": override.staff_id,
            "supervisor": override.name,
            "limits": list(lifted),
        }
    work.record(
        "voucher.redeem",
        entity="redemption",
        entity_id=redemption.id,
        op_type="voucher.redeem",
        payload={
            "redemption_id": redemption.id,
            "account_id": account_id,
            "receipt_no": redemption.receipt_no,
            "items": [line.as_payload() for line in lines],
            "total_fen": total,
            "allocations": [allocation.as_payload() for allocation in allocations],
            "payment_id": payment_id,
            "override_by": override_by,
        },
        details=details,
        also_about=(
            ("voucher_account", account_id),
            *(("voucher_lot", allocation.lot_id) for allocation in allocations),
        ),
    )
    return RedemptionResult(
        redemption_id=redemption.id,
        receipt_no=redemption.receipt_no,
        total_fen=total,
        lines=lines,
        allocations=allocations,
        offline=redemption.offline,
        override_by=override_by,
        balance_after=balance(session, account_id, work.now),
    )
