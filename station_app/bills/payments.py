"""Take a payment for one or more bills of a household: cash, vouchers, or both.

The money is real the moment it is taken, online or not (DESIGN.md §5 "Bills"): the
payment and its items, the bills' new state, the shift's cash ledger, the ops for the
platform, the audit entry and the receipt are written in ONE transaction. A payment stays
``pending`` (待确认) until the platform confirms it, and its receipt says so.

The platform knows one payment per bill (``bill.pay`` carries one ``bill_id``), so a
payment for several bills sends one op per bill, with that item's id as the platform's
``payment_id``. The first item takes the payment's own id: a one-bill payment is the same
payment here and on the platform.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import text

from station_app.bills.bill_receipts import door_label, payment_receipt
from station_app.bills.errors import PaymentError
from station_app.bills.lookup import OPEN_STATUSES, PAID, BillView, bill_views_by_id
from station_app.db.models import Bill, Payment, PaymentItem
from station_app.db.prepared import Prepared
from station_app.db.types import format_utc
from station_app.i18n import QT_TRANSLATE_NOOP
from station_app.ids import new_id
from station_app.money import check_fen, format_fen
from station_app.printing.print_queue import enqueue_receipt
from station_app.shifts import record_cash_sale, require_open_shift_id
from station_app.vouchers import BillTender, OfflineLimits, redeem
from station_app.work import Actor, Work

PAYMENT_REF = "payment"
CHANNELS = ("counter", "kiosk")
"""``ref_type`` of the payment's cash movements and receipts."""
PENDING = "pending"
MAX_BILLS = 24
"""Bills in one payment: a household's open bills of a year fit; a slip on the scanner not."""


# --- the tender: what each bill gets from the cash and from the vouchers --------------------


@dataclass(frozen=True)
class BillAmount:
    bill_id: str
    amount_fen: int
    vouchers_allowed: bool
    biller_name: str = ""


@dataclass(frozen=True)
class TenderSplit:
    bill_id: str
    amount_fen: int
    cash_fen: int
    voucher_fen: int


@dataclass(frozen=True)
class TenderPlan:
    parts: tuple[TenderSplit, ...]
    total_fen: int
    cash_fen: int
    """What is paid in cash (the cash tendered less the change)."""
    voucher_fen: int
    cash_tendered_fen: int
    change_fen: int


def plan_tender(
    bills: Sequence[BillAmount], *, cash_tendered_fen: int, voucher_fen: int
) -> TenderPlan:
    """Split the amount to pay into vouchers and cash, and work out the change (in fen).

    The voucher part goes to the bills whose billers take vouchers, in the order given;
    the rest of every bill is cash.
    """
    total = sum(bill.amount_fen for bill in bills)
    voucher_room = sum(bill.amount_fen for bill in bills if bill.vouchers_allowed)
    if voucher_fen > voucher_room:
        refused = [bill.biller_name for bill in bills if not bill.vouchers_allowed]
        if voucher_room == 0:
            raise PaymentError(
                QT_TRANSLATE_NOOP("Bills", "Vouchers cannot pay {biller} bills."),
                biller="、".join(dict.fromkeys(refused)),
            )
        raise PaymentError(
            QT_TRANSLATE_NOOP(
                "Bills",
                "Vouchers can pay at most {limit} of these bills ({billers} only in cash).",
            ),
            limit=format_fen(voucher_room),
            billers="、".join(dict.fromkeys(refused)) or "-",
        )
    cash_due = total - voucher_fen
    if cash_tendered_fen < cash_due:
        raise PaymentError(
            QT_TRANSLATE_NOOP(
                "Bills", "The cash tendered ({tendered}) is less than the {due} to pay in cash."
            ),
            tendered=format_fen(cash_tendered_fen),
            due=format_fen(cash_due),
        )
    if cash_due == 0 and cash_tendered_fen > 0:
        raise PaymentError(
            QT_TRANSLATE_NOOP("Bills", "The vouchers pay it all: no cash is due, so take no cash.")
        )
    parts = []
    vouchers_left = voucher_fen
    for bill in bills:
        from_vouchers = min(vouchers_left, bill.amount_fen) if bill.vouchers_allowed else 0
        vouchers_left -= from_vouchers
        parts.append(
            TenderSplit(
                bill.bill_id, bill.amount_fen, bill.amount_fen - from_vouchers, from_vouchers
            )
        )
    return TenderPlan(
        parts=tuple(parts),
        total_fen=total,
        cash_fen=cash_due,
        voucher_fen=voucher_fen,
        cash_tendered_fen=cash_tendered_fen,
        change_fen=cash_tendered_fen - cash_due,
    )


# --- taking the payment -------------------------------------------------------------------


@dataclass(frozen=True)
class PaidBill:
    bill_id: str
    platform_payment_id: str
    """The payment item's id: the ``payment_id`` of this bill's ``bill.pay`` op."""
    biller_name: str
    account_no: str
    period: str
    amount_fen: int
    cash_fen: int
    voucher_fen: int
    bill_status: str
    """The bill's state after this payment: partial | paid."""


@dataclass(frozen=True)
class PaymentResult:
    payment_id: str
    receipt_no: str
    household_id: str
    total_fen: int
    cash_fen: int
    voucher_fen: int
    cash_tendered_fen: int
    change_fen: int
    bills: tuple[PaidBill, ...]
    status: str
    """``pending`` (待确认) until the platform confirms it."""
    offline: bool
    receipt_id: str
    redemption_id: str | None = None
    drawer_opened: bool = False


def _fen(value: object, *, allow_zero: bool = True) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise PaymentError(
            QT_TRANSLATE_NOOP("Bills", "“{value}” is not an amount of money."), value=value
        )
    return check_fen(value, allow_zero=allow_zero)


def _bill_ids(bill_ids: Sequence[str]) -> list[str]:
    ids = list(dict.fromkeys(bill_ids))
    if not ids:
        raise PaymentError(QT_TRANSLATE_NOOP("Bills", "Tick the bills to pay."))
    if len(ids) > MAX_BILLS:
        raise PaymentError(
            QT_TRANSLATE_NOOP("Bills", "One payment takes at most {most} bills."), most=MAX_BILLS
        )
    return ids


_SET_PAID = Prepared(
    text("UPDATE bills SET paid_fen = :paid_fen, status = :status WHERE id = :bill_id")
)
_DOOR = Prepared(text("SELECT building, unit, room FROM households WHERE id = :id"))


def _bill_views(work: Work, ids: Sequence[str]) -> list[BillView]:
    """The bills to pay, read with prepared statements (as the payment writes)."""
    work.flush_pending()
    found = bill_views_by_id(work.session, ids)
    views = []
    for bill_id in ids:
        view = found.get(bill_id)
        if view is None:
            raise PaymentError(
                QT_TRANSLATE_NOOP("Bills", "Bill {bill} is not known at this station."),
                bill=bill_id,
            )
        views.append(view)
    if len({view.household_id for view in views}) > 1:
        raise PaymentError(QT_TRANSLATE_NOOP("Bills", "Pay the bills of one household at a time."))
    return views


def _door(work: Work, household_id: str) -> str:
    found = _DOOR.run(work.session, {"id": household_id}).fetchone()
    return "" if found is None else door_label(*found)


def _amount_for(view: BillView, amounts: Mapping[str, int], online: bool) -> int:
    """What this payment puts on the bill: all that is open, or the part staff typed."""
    if view.status not in OPEN_STATUSES or view.outstanding_fen <= 0:
        raise PaymentError(
            QT_TRANSLATE_NOOP("Bills", "{biller} {period} is already paid."),
            biller=view.biller_name,
            period=view.period,
        )
    if not online and not view.allow_offline:
        raise PaymentError(
            QT_TRANSLATE_NOOP(
                "Bills",
                "{biller} bills can only be paid while the station is online."
                " Connect to the platform, or ask the resident to come back.",
            ),
            biller=view.biller_name,
        )
    outstanding = view.outstanding_fen
    amount = _fen(amounts.get(view.id, outstanding), allow_zero=False)
    if amount > outstanding:
        raise PaymentError(
            QT_TRANSLATE_NOOP("Bills", "{biller} {period}: only {due} is due, not {amount}."),
            biller=view.biller_name,
            period=view.period,
            due=format_fen(outstanding),
            amount=format_fen(amount),
        )
    if amount < outstanding and not view.allow_partial:
        raise PaymentError(
            QT_TRANSLATE_NOOP("Bills", "{biller} bills must be paid in full ({due} for {period})."),
            biller=view.biller_name,
            due=format_fen(outstanding),
            period=view.period,
        )
    return amount


def pay(
    work: Work,
    bill_ids: Sequence[str],
    *,
    cash_tendered_fen: int = 0,
    voucher_account_id: str | None = None,
    voucher_fen: int = 0,
    amounts: Mapping[str, int] | None = None,
    online: bool | None = None,
    voucher_override: Actor | None = None,
    limits: OfflineLimits | None = None,
    channel: str = "counter",
) -> PaymentResult:
    """Take the payment for ``bill_ids`` (one household) and queue its receipt.

    ``amounts``: a part payment per bill id (only where the biller allows it); the rest
    pay what is open. ``voucher_fen`` of it comes from ``voucher_account_id`` (as a bill
    tender of the vouchers' redeem), the rest in cash: ``cash_tendered_fen`` is what the
    resident handed over, the change is given back. ``online`` (default: the unit of
    work's) decides whether billers that refuse offline payments can be paid.
    ``voucher_override``: the supervisor who lifts an offline voucher limit.
    ``channel="kiosk"``: a resident pays alone with vouchers; no cash, so no shift.
    """
    session = work.session
    if channel not in CHANNELS:
        raise ValueError(f"unknown payment channel {channel}")
    kiosk = channel == "kiosk"
    if kiosk and cash_tendered_fen:
        raise PaymentError(QT_TRANSLATE_NOOP("Bills", "The kiosk takes vouchers only, no cash."))
    shift_id = None if kiosk else require_open_shift_id(work)
    if online is not None:
        work.online = online
    ids = _bill_ids(bill_ids)
    tendered = _fen(cash_tendered_fen)
    vouchers = _fen(voucher_fen)
    asked = dict(amounts or {})
    strangers = [bill_id for bill_id in asked if bill_id not in ids]
    if strangers:
        raise PaymentError(
            QT_TRANSLATE_NOOP("Bills", "Bill {bill} is not among the bills to pay."),
            bill=strangers[0],
        )
    if vouchers and not voucher_account_id:
        raise PaymentError(
            QT_TRANSLATE_NOOP("Bills", "Scan the member QR or choose the voucher account first.")
        )
    views = _bill_views(work, ids)
    paid = [(view, _amount_for(view, asked, work.online)) for view in views]
    owed = sum(amount for _view, amount in paid)
    if kiosk and vouchers < owed:
        raise PaymentError(
            QT_TRANSLATE_NOOP(
                "Bills", "The vouchers do not cover {amount}: pay the rest at the counter."
            ),
            amount=format_fen(owed - vouchers),
        )
    plan = plan_tender(
        [
            BillAmount(view.id, amount, view.allow_vouchers, view.biller_name)
            for view, amount in paid
        ],
        cash_tendered_fen=tendered,
        voucher_fen=vouchers,
    )
    household_id = views[0].household_id
    receipt_no = work.next_receipt_no()
    payment_id = new_id()
    # Prepared statements in foreign-key order (the payment, then its items and all that
    # refers to it), not the ORM's flushes: they cost several times the SQL itself.
    work.insert(
        Payment,
        {
            "id": payment_id,
            "receipt_no": receipt_no,
            "channel": channel,
            "shift_id": shift_id,
            "staff_id": work.actor.staff_id,
            "household_id": household_id,
            "total_fen": plan.total_fen,
            "cash_fen": plan.cash_fen,
            "voucher_fen": plan.voucher_fen,
            "cash_tendered_fen": plan.cash_tendered_fen,
            "change_fen": plan.change_fen,
            "status": PENDING,
            "created_at": work.now,
        },
    )

    paid_bills: list[PaidBill] = []
    items: list[dict[str, Any]] = []
    bill_states: list[dict[str, Any]] = []
    for index, ((view, _amount), split) in enumerate(zip(paid, plan.parts, strict=True)):
        item_id = payment_id if index == 0 else new_id()
        items.append(
            {
                "id": item_id,
                "payment_id": payment_id,
                "bill_id": view.id,
                "amount_fen": split.amount_fen,
            }
        )
        # Read in this write transaction, so nothing can have changed it since.
        paid_fen = view.paid_fen + split.amount_fen
        status = PAID if paid_fen >= view.amount_due_fen else "partial"
        bill_states.append({"bill_id": view.id, "paid_fen": paid_fen, "status": status})
        paid_bills.append(
            PaidBill(
                bill_id=view.id,
                platform_payment_id=item_id,
                biller_name=view.biller_name,
                account_no=view.account_no,
                period=view.period,
                amount_fen=split.amount_fen,
                cash_fen=split.cash_fen,
                voucher_fen=split.voucher_fen,
                bill_status=status,
            )
        )
    work.insert(PaymentItem, *items)
    _SET_PAID.run_many(session, bill_states)
    work.expire_loaded(Bill, ids)

    redemption_id = None
    if plan.voucher_fen:
        assert voucher_account_id is not None
        redemption = redeem(
            work,
            voucher_account_id,
            [BillTender(part.bill_id, part.voucher_fen) for part in paid_bills if part.voucher_fen],
            limits,
            override=voucher_override,
            payment_id=payment_id,
        )
        redemption_id = redemption.redemption_id
    if plan.cash_tendered_fen:
        record_cash_sale(
            work,
            PAYMENT_REF,
            payment_id,
            plan.cash_tendered_fen,
            plan.change_fen,
            shift_id=shift_id,
        )

    seqs = []
    for part in paid_bills:
        op = work.emit(
            "bill.pay",
            _pay_payload(work, payment_id, receipt_no, part, household_id, redemption_id),
            entity="payment",
            entity_id=payment_id,
            also_about=(("bill", part.bill_id),),
        )
        seqs.append(op.seq)
    work.audit(
        "bill.pay",
        entity="payment",
        entity_id=payment_id,
        details={
            "receipt_no": receipt_no,
            "amount_fen": plan.total_fen,
            "cash_fen": plan.cash_fen,
            "voucher_fen": plan.voucher_fen,
            "cash_tendered_fen": plan.cash_tendered_fen,
            "change_fen": plan.change_fen,
            "household_id": household_id,
            "bills": [
                {"bill_id": part.bill_id, "amount_fen": part.amount_fen} for part in paid_bills
            ],
            "redemption_id": redemption_id,
            "offline": not work.online,
            "op_seqs": seqs,
        },
    )

    receipt = payment_receipt(
        work,
        receipt_no=receipt_no,
        household=_door(work, household_id),
        parts=[(view, amount) for view, amount in paid],
        cash_fen=plan.cash_fen,
        voucher_fen=plan.voucher_fen,
        cash_tendered_fen=plan.cash_tendered_fen,
        change_fen=plan.change_fen,
    )
    # The drawer opens for cash only; the job runs after this transaction has committed.
    kick = plan.cash_tendered_fen > 0
    job = enqueue_receipt(work, receipt, kick_drawer=kick, ref_type=PAYMENT_REF, ref_id=payment_id)
    return PaymentResult(
        payment_id=payment_id,
        receipt_no=receipt_no,
        household_id=household_id,
        total_fen=plan.total_fen,
        cash_fen=plan.cash_fen,
        voucher_fen=plan.voucher_fen,
        cash_tendered_fen=plan.cash_tendered_fen,
        change_fen=plan.change_fen,
        bills=tuple(paid_bills),
        status=PENDING,
        offline=not work.online,
        receipt_id=job.receipt_id,
        redemption_id=redemption_id,
        drawer_opened=kick,
    )


def _pay_payload(
    work: Work,
    payment_id: str,
    receipt_no: str,
    part: PaidBill,
    household_id: str,
    redemption_id: str | None,
) -> dict[str, Any]:
    """PROTOCOL.md ``bill.pay``: the minimum fields, and what staff on the platform need."""
    return {
        "payment_id": part.platform_payment_id,
        "bill_id": part.bill_id,
        "amount_fen": part.amount_fen,
        "tender": {"cash_fen": part.cash_fen, "voucher_fen": part.voucher_fen},
        "receipt_no": receipt_no,
        "station_payment_id": payment_id,
        "household_id": household_id,
        "account_no": part.account_no,
        "period": part.period,
        "paid_at": format_utc(work.now),
        "redemption_id": redemption_id,
    }
