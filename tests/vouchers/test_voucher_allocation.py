"""Spend order and refund order as pure functions."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from station_app.vouchers import (
    Allocation,
    AmountError,
    InsufficientBalanceError,
    RefundError,
    SpendableLot,
    allocate,
    refund_allocation,
)
from tests.vouchers.voucher_builders import design_order, spendable_at

NOW = datetime(2026, 11, 26, 2, 0, tzinfo=UTC)


def lot(
    lot_id: str,
    available: int,
    *,
    priority: int = 0,
    expires_days: int | None = None,
    effective_days_ago: int = 10,
) -> SpendableLot:
    return SpendableLot(
        lot_id,
        available,
        NOW - timedelta(days=effective_days_ago),
        None if expires_days is None else NOW + timedelta(days=expires_days),
        priority,
    )


def test_lower_priority_number_pays_first() -> None:
    lots = [lot("b", 500, priority=1, expires_days=1), lot("a", 500, priority=0)]
    assert allocate(lots, 300, NOW) == (Allocation("a", 300),)


def test_earliest_expiry_first_and_never_expiring_last() -> None:
    lots = [lot("never", 500), lot("late", 500, expires_days=60), lot("soon", 500, expires_days=3)]
    assert allocate(lots, 1200, NOW) == (
        Allocation("soon", 500),
        Allocation("late", 500),
        Allocation("never", 200),
    )


def test_oldest_effective_first_when_expiry_is_equal() -> None:
    lots = [
        lot("new", 500, expires_days=30, effective_days_ago=1),
        lot("old", 500, expires_days=30, effective_days_ago=40),
    ]
    assert allocate(lots, 600, NOW) == (Allocation("old", 500), Allocation("new", 100))


def test_expired_and_future_lots_are_not_spent() -> None:
    lots = [
        lot("expired", 500, expires_days=0),  # expires exactly now: gone
        lot("future", 500, effective_days_ago=-1),
        lot("ok", 100),
    ]
    assert allocate(lots, 100, NOW) == (Allocation("ok", 100),)
    with pytest.raises(InsufficientBalanceError) as refused:
        allocate(lots, 101, NOW)
    assert refused.value.available_fen == 100
    assert "¥1.00" in str(refused.value)


def test_amount_must_be_positive() -> None:
    with pytest.raises(AmountError):
        allocate([lot("a", 100)], 0, NOW)
    with pytest.raises(AmountError):
        refund_allocation([Allocation("a", 100)], {}, -1)


lots_strategy = st.lists(
    st.builds(
        SpendableLot,
        lot_id=st.uuids().map(str),
        available_fen=st.integers(0, 50_000),
        # Few distinct values, so ties on each rule of the order are common.
        effective_at=st.integers(-3, 2).map(lambda d: NOW + timedelta(days=d)),
        expires_at=st.none() | st.integers(-2, 4).map(lambda d: NOW + timedelta(days=d)),
        priority=st.integers(0, 2),
    ),
    max_size=8,
    unique_by=lambda item: item.lot_id,
)


@given(lots=lots_strategy, amount=st.integers(1, 200_000))
def test_allocation_follows_spend_order_and_never_overdraws(
    lots: list[SpendableLot], amount: int
) -> None:
    by_id = {item.lot_id: item for item in lots}
    order = design_order(lots, NOW)
    available = sum(by_id[lot_id].available_fen for lot_id in order)
    if amount > available:
        with pytest.raises(InsufficientBalanceError):
            allocate(lots, amount, NOW)
        return
    allocations = allocate(lots, amount, NOW)
    assert sum(a.amount_fen for a in allocations) == amount
    assert len({a.lot_id for a in allocations}) == len(allocations)  # one entry per lot
    for allocation in allocations:
        source = by_id[allocation.lot_id]
        assert spendable_at(source.effective_at, source.expires_at, NOW)
        assert 0 < allocation.amount_fen <= source.available_fen
    # Greedy in spend order: the lots touched are a prefix, all but the last emptied.
    assert [a.lot_id for a in allocations] == order[: len(allocations)]
    for allocation in allocations[:-1]:
        assert allocation.amount_fen == by_id[allocation.lot_id].available_fen


@given(
    spent=st.lists(st.integers(1, 10_000), min_size=1, max_size=6),
    cuts=st.lists(st.integers(1, 10_000), max_size=6),
)
def test_refunds_in_any_chunks_restore_exactly_what_was_taken(
    spent: list[int], cuts: list[int]
) -> None:
    taken = [Allocation(f"lot-{i}", amount) for i, amount in enumerate(spent)]
    total = sum(spent)
    refunded: dict[str, int] = {}
    given_back = 0
    for chunk in [*cuts, total]:
        chunk = min(chunk, total - given_back)
        if chunk == 0:
            break
        allocations = refund_allocation(taken, refunded, chunk)
        assert sum(a.amount_fen for a in allocations) == chunk
        # Last spent first: the lots touched run backwards through the spend order.
        positions = [int(a.lot_id.split("-")[1]) for a in allocations]
        assert positions == sorted(positions, reverse=True)
        for allocation in allocations:
            refunded[allocation.lot_id] = refunded.get(allocation.lot_id, 0) + allocation.amount_fen
        given_back += chunk
    assert refunded == {a.lot_id: a.amount_fen for a in taken}
    with pytest.raises(RefundError):
        refund_allocation(taken, refunded, 1)
