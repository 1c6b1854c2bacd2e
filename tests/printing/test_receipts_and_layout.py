from __future__ import annotations

import pytest

from station_app.printing import sample_receipts
from station_app.printing.layout import COLUMNS, Document, QrBlock, TextLine, layout_receipt
from station_app.printing.receipts import (
    from_body,
    mask_phone,
    parse_verification_payload,
    to_body,
    verification_payload,
)

SAMPLES = sample_receipts.all_samples()


@pytest.mark.parametrize("name", SAMPLES)
def test_body_round_trip(name: str) -> None:
    receipt = SAMPLES[name]
    assert from_body(to_body(receipt)) == receipt


@pytest.mark.parametrize("columns", COLUMNS)
@pytest.mark.parametrize("name", SAMPLES)
def test_every_line_fits_the_paper(name: str, columns: int) -> None:
    for copy in (False, True):
        document = layout_receipt(SAMPLES[name], columns, copy=copy)
        for block in document.blocks:
            if isinstance(block, TextLine):
                assert block.columns_used <= columns, block


def test_a_line_too_wide_is_refused() -> None:
    with pytest.raises(ValueError, match="wider"):
        Document(32, (TextLine("中" * 17),))


def test_copy_is_marked_top_and_bottom() -> None:
    lines = layout_receipt(SAMPLES["payment"], 32, copy=True).text_lines
    assert lines[0] == "** 副本 **" and lines[-1] == "** 副本 **"
    assert "副本" not in "".join(layout_receipt(SAMPLES["payment"], 32).text_lines)


def test_pending_payment_says_so() -> None:
    pending = "".join(layout_receipt(sample_receipts.payment(pending=True), 32).text_lines)
    confirmed = "".join(layout_receipt(sample_receipts.payment(pending=False), 32).text_lines)
    assert "待确认" in pending and "待确认" not in confirmed


def test_phone_is_stored_and_printed_masked() -> None:
    slip = sample_receipts.pickup()
    assert slip.phone == "138****1234"
    assert to_body(slip)["receipt"]["phone"] == "138****1234"
    text = "".join(layout_receipt(slip, 32).text_lines)
    assert "138****1234" in text and "13812341234" not in text
    assert mask_phone("13912345678") == "139****5678"


def test_yuan_sign_only_on_total_lines() -> None:
    lines = layout_receipt(sample_receipts.payment(), 48).text_lines
    with_sign = [line for line in lines if "￥" in line]
    assert with_sign and all(line.startswith(("合计", "找零")) for line in with_sign)


def test_58mm_items_put_quantity_times_price_under_the_name() -> None:
    lines = layout_receipt(sample_receipts.redemption(), 32).text_lines
    index = lines.index("金龙鱼 葵花籽油 5L")
    assert lines[index + 1] == "1 × 89.90 = 89.90"


def test_80mm_items_are_one_row() -> None:
    lines = layout_receipt(sample_receipts.redemption(), 48).text_lines
    assert any(line.startswith("金龙鱼 葵花籽油 5L") and line.endswith("89.90") for line in lines)


def test_qr_carries_the_verification_payload() -> None:
    receipt = sample_receipts.payment()
    blocks = layout_receipt(receipt, 32).blocks
    (qr,) = [block for block in blocks if isinstance(block, QrBlock)]
    payload = parse_verification_payload(qr.payload)
    assert (payload.receipt_no, payload.terminal_code, payload.amount_fen) == (
        "T01-20261126-0007",
        "T01",
        22780,
    )
    assert payload.signature == ""
    assert qr.payload == verification_payload(receipt)


def test_shift_reports_have_no_qr() -> None:
    for final in (False, True):
        blocks = layout_receipt(sample_receipts.shift_report(final=final), 32).blocks
        assert not any(isinstance(block, QrBlock) for block in blocks)


def test_unknown_body_is_refused() -> None:
    with pytest.raises(ValueError):
        from_body({"v": 99, "kind": "payment", "receipt": {}})
