"""Balance at trusted time: lots, unsettled local entries, upcoming credits, next expiry."""

from __future__ import annotations

from datetime import timedelta

import pytest

from station_app.station import Station
from station_app.vouchers import BillTender, Expiry, UnknownAccountError, balance, redeem
from station_app.work import Actor
from tests.vouchers.voucher_builders import CLERK, START, add_account, add_bill, add_lot


def test_balance_breakdown(synced: Station) -> None:
    month_end = START + timedelta(days=5)
    with synced.work(Actor.system()) as work:
        account = add_account(work.session, "acc-1", holder="王芳")
        add_lot(work.session, account, 10000, lot_id="nov-1", expires_at=month_end)
        add_lot(
            work.session, account, 10000, lot_id="nov-2", expires_at=month_end, remaining_fen=2500
        )
        add_lot(work.session, account, 8000, lot_id="forever", priority=1)
        add_lot(work.session, account, 9000, lot_id="old", expires_at=START - timedelta(days=1))
        add_lot(
            work.session,
            account,
            10000,
            lot_id="dec",
            effective_at=month_end,
            expires_at=month_end + timedelta(days=31),
        )
        add_lot(work.session, account, 500, lot_id="empty", remaining_fen=0)
        bill = add_bill(work.session)
    with synced.work(CLERK) as work:
        redeem(work, account, [BillTender(bill, 3000)])
    with synced.database.reading() as session:
        now = balance(session, account, START)
    assert now.holder_name == "王芳" and not now.frozen
    assert [(lot.lot_id, lot.available_fen) for lot in now.lots] == [
        ("nov-1", 7000),
        ("nov-2", 2500),
        ("forever", 8000),
    ]
    assert now.total_fen == 17500
    assert [lot.lot_id for lot in now.upcoming] == ["dec"]
    assert now.upcoming_fen == 10000
    assert now.soonest_expiry == Expiry(9500, month_end)


def test_a_frozen_account_still_shows_its_balance(synced: Station) -> None:
    with synced.work(Actor.system()) as work:
        account = add_account(work.session, status="frozen")
        add_lot(work.session, account, 100)
    with synced.database.reading() as session:
        now = balance(session, account, START)
    assert now.frozen and now.total_fen == 100 and now.soonest_expiry is None


def test_unknown_account(synced: Station) -> None:
    with synced.database.reading() as session, pytest.raises(UnknownAccountError):
        balance(session, "nobody", START)
