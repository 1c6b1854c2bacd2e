"""Money: what staff type or scan becomes integer fen, and back."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from station_app.money import MAX_FEN, MoneyError, format_fen, parse_fen


@pytest.mark.parametrize(
    ("typed", "fen"),
    [
        ("12", 1200),
        ("12.5", 1250),
        ("12.50", 1250),
        ("¥12.50", 1250),
        ("￥12.50", 1250),
        ("12.50元", 1250),
        (" 12.50 元 ", 1250),
        ("1,234.50", 123450),
        ("0.01", 1),
        (".5", 50),
        ("0", 0),
    ],
)
def test_what_staff_type_is_understood(typed: str, fen: int) -> None:
    assert parse_fen(typed) == fen


@pytest.mark.parametrize(
    ("typed", "why"),
    [
        ("12.505", "more than two decimals"),
        ("-5", "cannot be negative"),
        ("¥-5", "cannot be negative"),
        ("", "Enter an amount"),
        ("abc", "not an amount"),
        ("12.5.0", "not an amount"),
        ("1,23", "not an amount"),
        ("1e5", "not an amount"),
        ("NaN", "not an amount"),
        ("999999999999", "too large"),
    ],
)
def test_what_is_refused_says_why(typed: str, why: str) -> None:
    with pytest.raises(MoneyError, match=why):
        parse_fen(typed)


def test_negative_only_where_it_makes_sense() -> None:
    assert parse_fen("-5.20", allow_negative=True) == -520
    with pytest.raises(MoneyError, match="more than zero"):
        parse_fen("0", allow_zero=False)


def test_formatting() -> None:
    assert format_fen(1250) == "¥12.50"
    assert format_fen(5) == "¥0.05"
    assert format_fen(-1250) == "-¥12.50"
    assert format_fen(100000, symbol="￥") == "￥1000.00"


@given(st.integers(min_value=0, max_value=MAX_FEN))
def test_format_then_parse_is_the_identity(fen: int) -> None:
    assert parse_fen(format_fen(fen)) == fen
    assert parse_fen(format_fen(fen, symbol="￥") + "元") == fen


@given(st.text(max_size=30))
def test_any_input_is_either_fen_or_a_clear_refusal(text: str) -> None:
    try:
        fen = parse_fen(text)
    except MoneyError as error:
        assert str(error)
    else:
        assert isinstance(fen, int) and 0 <= fen <= MAX_FEN
