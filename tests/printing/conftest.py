from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.printing.fake_printer import FakePrinter


@pytest.fixture
def fake_printer() -> Iterator[FakePrinter]:
    with FakePrinter() as printer:
        yield printer
