"""Courier companies and the waybill-prefix rules that suggest one at check-in.

The rules are data (``resources/carriers.json``), edited without a release: ordered, first
match wins. A suggestion is only a hint; staff confirm or change the carrier.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

from station_app.i18n import QT_TRANSLATE_NOOP, UserError

_CODE = re.compile(r"^[A-Z][A-Z0-9]{1,19}$")


class CarrierError(UserError):
    """A carrier code that is not in the carrier list."""


class CarrierBookError(ValueError):
    """The carrier file is malformed (a technician's mistake, reported with its place)."""


@dataclass(frozen=True)
class Carrier:
    code: str
    name: str


@dataclass(frozen=True)
class CarrierRule:
    carrier: str
    prefix: str = ""
    pattern: re.Pattern[str] | None = None

    def matches(self, waybill_no: str) -> bool:
        if not waybill_no.startswith(self.prefix):
            return False
        return self.pattern is None or self.pattern.fullmatch(waybill_no) is not None


@dataclass(frozen=True)
class CarrierBook:
    carriers: tuple[Carrier, ...]
    rules: tuple[CarrierRule, ...]

    def get(self, code: str) -> Carrier | None:
        return next((c for c in self.carriers if c.code == code), None)

    def suggest(self, waybill_no: str) -> Carrier | None:
        """The first matching rule's carrier, or None (staff choose)."""
        for rule in self.rules:
            if rule.matches(waybill_no):
                return self.get(rule.carrier)
        return None

    def require(self, code: str) -> Carrier:
        """The carrier staff confirmed, refused when it is not in the list."""
        carrier = self.get(code.strip().upper())
        if carrier is None:
            raise CarrierError(
                QT_TRANSLATE_NOOP("Carriers", "Unknown carrier {code}. Choose one from the list."),
                code=code,
            )
        return carrier


def parse_book(data: Any) -> CarrierBook:
    if not isinstance(data, dict):
        raise CarrierBookError("expected an object with carriers and rules")
    carriers = tuple(_carrier(index, item) for index, item in enumerate(data.get("carriers", [])))
    if not carriers:
        raise CarrierBookError("no carriers listed")
    codes = [carrier.code for carrier in carriers]
    if len(set(codes)) != len(codes):
        raise CarrierBookError("a carrier code is listed twice")
    rules = tuple(
        _rule(index, item, set(codes)) for index, item in enumerate(data.get("rules", []))
    )
    return CarrierBook(carriers, rules)


def _carrier(index: int, item: Any) -> Carrier:
    if not isinstance(item, dict):
        raise CarrierBookError(f"carriers[{index}]: expected an object")
    code, name = item.get("code"), item.get("name")
    if not isinstance(code, str) or not _CODE.match(code):
        raise CarrierBookError(f"carriers[{index}]: code must be capital letters/digits")
    if not isinstance(name, str) or not name.strip():
        raise CarrierBookError(f"carriers[{index}]: name missing")
    return Carrier(code, name.strip())


def _rule(index: int, item: Any, codes: set[str]) -> CarrierRule:
    if not isinstance(item, dict):
        raise CarrierBookError(f"rules[{index}]: expected an object")
    carrier, prefix, regex = item.get("carrier"), item.get("prefix", ""), item.get("regex")
    if carrier not in codes:
        raise CarrierBookError(f"rules[{index}]: carrier {carrier!r} is not listed")
    if not isinstance(prefix, str):
        raise CarrierBookError(f"rules[{index}]: prefix must be text")
    if regex is not None and not isinstance(regex, str):
        raise CarrierBookError(f"rules[{index}]: regex must be text")
    if not prefix and not regex:
        raise CarrierBookError(f"rules[{index}]: needs a prefix or a regex")
    try:
        pattern = re.compile(regex) if regex else None
    except re.error as error:
        raise CarrierBookError(f"rules[{index}]: bad regex: {error}") from error
    return CarrierRule(str(carrier), prefix, pattern)


def load_book(path: Path) -> CarrierBook:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
        raise CarrierBookError(f"{path}: {error}") from error
    return parse_book(data)


@cache
def default_book() -> CarrierBook:
    """The carrier list shipped in resources/carriers.json (read once per process)."""
    text = resources.files("resources").joinpath("carriers.json").read_text(encoding="utf-8")
    return parse_book(json.loads(text))


def suggest_carrier(waybill_no: str, book: CarrierBook | None = None) -> Carrier | None:
    return (book or default_book()).suggest(waybill_no)
