"""Golden files: every receipt kind at every paper width, as the printer would read it.

The text-mode bytes are decoded (``escpos_decoder``) and compared with
``golden/<kind>_<columns>.txt``. After an intended layout change, regenerate them with
``UPDATE_GOLDEN=1 pytest tests/printing/test_golden.py`` and review the diff.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from station_app.printing import sample_receipts
from station_app.printing.encoder import encode_text
from station_app.printing.layout import COLUMNS, layout_receipt
from station_app.printing.printer_profile import PrinterProfile
from tests.printing.escpos_decoder import decode

GOLDEN = Path(__file__).parent / "golden"
SAMPLES = sample_receipts.all_samples()
CASES = [(name, columns, False) for name in SAMPLES for columns in COLUMNS] + [
    ("payment", 32, True),
    ("shift_z", 48, True),
]


@pytest.mark.parametrize(("name", "columns", "copy"), CASES)
def test_receipt_matches_golden(name: str, columns: int, copy: bool) -> None:
    document = layout_receipt(SAMPLES[name], columns, copy=copy)
    kick = name == "payment"
    data = encode_text(document, PrinterProfile.for_columns(columns), kick_drawer=kick)
    decoded = decode(data)
    assert decoded.errors == []
    assert decoded.four_byte_sequences == 0
    for line in decoded.text_lines:
        assert line.columns_used <= columns, line
    text = "\n".join(decoded.lines()) + "\n"
    path = GOLDEN / f"{name}_{columns}{'_copy' if copy else ''}.txt"
    if os.environ.get("UPDATE_GOLDEN"):
        path.parent.mkdir(exist_ok=True)
        path.write_text(text, encoding="utf-8")
    assert path.exists(), f"missing golden file {path.name}: run with UPDATE_GOLDEN=1"
    assert text == path.read_text(encoding="utf-8")
