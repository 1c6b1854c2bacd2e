"""The carrier file: the shipped one loads; a malformed edit is reported with its place."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from station_app.carriers import CarrierBookError, default_book, load_book, parse_book


def test_shipped_book_lists_the_common_carriers() -> None:
    book = default_book()
    names = {carrier.code: carrier.name for carrier in book.carriers}
    for code, name in [
        ("SF", "顺丰"),
        ("ZTO", "中通"),
        ("YTO", "圆通"),
        ("YD", "韵达"),
        ("STO", "申通"),
        ("JD", "京东"),
        ("EMS", "邮政"),
        ("JT", "极兔"),
    ]:
        assert name in names[code]


def test_rules_are_tried_in_order(tmp_path: Path) -> None:
    path = tmp_path / "carriers.json"
    path.write_text(
        json.dumps(
            {
                "carriers": [{"code": "AA", "name": "甲"}, {"code": "BB", "name": "乙"}],
                "rules": [
                    {"carrier": "AA", "prefix": "X", "regex": "X[0-9]{4}"},
                    {"carrier": "BB", "prefix": "X"},
                ],
            }
        ),
        encoding="utf-8",
    )
    book = load_book(path)
    assert book.suggest("X1234") == book.get("AA")
    assert book.suggest("X12345") == book.get("BB")
    assert book.suggest("Y1") is None


@pytest.mark.parametrize(
    ("data", "problem"),
    [
        ([], "expected an object"),
        ({"carriers": []}, "no carriers"),
        ({"carriers": [{"code": "sf", "name": "顺丰"}]}, "carriers\\[0\\]: code"),
        ({"carriers": [{"code": "SF", "name": ""}]}, "name missing"),
        ({"carriers": [{"code": "SF", "name": "a"}, {"code": "SF", "name": "b"}]}, "twice"),
        (
            {
                "carriers": [{"code": "SF", "name": "a"}],
                "rules": [{"carrier": "JD", "prefix": "J"}],
            },
            "not listed",
        ),
        (
            {"carriers": [{"code": "SF", "name": "a"}], "rules": [{"carrier": "SF"}]},
            "prefix or a regex",
        ),
        (
            {"carriers": [{"code": "SF", "name": "a"}], "rules": [{"carrier": "SF", "regex": "("}]},
            "bad regex",
        ),
    ],
)
def test_malformed_books_are_reported(data: Any, problem: str) -> None:
    with pytest.raises(CarrierBookError, match=problem):
        parse_book(data)


def test_unreadable_file_is_reported(tmp_path: Path) -> None:
    path = tmp_path / "carriers.json"
    path.write_text("{not json", encoding="utf-8")
    with pytest.raises(CarrierBookError, match=r"carriers\.json"):
        load_book(path)
