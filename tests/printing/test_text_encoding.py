from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from station_app.printing.text_encoding import (
    SUBSTITUTE,
    clean,
    columns_line,
    encode_line,
    fit,
    text_width,
    wrap,
)


def test_width_is_gb18030_byte_length() -> None:
    assert text_width("abc") == 3
    assert text_width("中文") == 4
    # East-Asian ambiguous characters print two wide in Chinese mode.
    assert text_width("×·—…°“①") == 14
    assert text_width("￥12.50") == 7


def test_yen_sign_becomes_the_two_byte_full_width_sign() -> None:
    assert encode_line("¥5.00") == "￥5.00".encode("gb18030") == b"\xa3\xa45.00"
    assert encode_line("合计：¥5") == "合计：￥5".encode("gb18030")


def test_four_byte_characters_are_replaced_visibly() -> None:
    encoded = encode_line("买😀水 ئۇيغۇر 𠀀")
    assert encoded.decode("gb18030") == f"买{SUBSTITUTE}水 {SUBSTITUTE * 6} {SUBSTITUTE}"
    assert text_width("😀") == text_width(SUBSTITUTE) == 2


def test_control_characters_cannot_reach_the_printer() -> None:
    assert encode_line("A\x1b@B\x1dV\x00") == b"A @B V "


def test_no_normalisation_of_full_width_forms() -> None:
    assert clean("￥１２") == "￥１２"


def test_fit_never_splits_a_character() -> None:
    assert fit("中文abc", 3) == "中"
    assert fit("中文abc", 4) == "中文"
    assert fit("ab中", 3) == "ab"


def test_wrap_keeps_ascii_words_together() -> None:
    assert wrap("SF Express 顺丰速运 SF1402345678912", 16) == [
        "SF Express 顺丰",
        "速运",
        "SF1402345678912",
    ]


def test_columns_line_right_aligns_the_value() -> None:
    line = columns_line("合计", "￥227.80", 32)
    assert text_width(line) == 32 and line.endswith("￥227.80")


PRINTABLE = st.text(alphabet=st.sampled_from("abc XYZ 123-/中文服务站缴费￥¥×·—…①😀ئ"), max_size=80)


@given(PRINTABLE, st.integers(min_value=2, max_value=48))
def test_wrap_fits_and_loses_nothing_but_spaces(text: str, width: int) -> None:
    lines = wrap(clean(text), width)
    assert all(text_width(line) <= width for line in lines)
    assert "".join(lines).replace(" ", "") == clean(text).replace(" ", "")


@given(PRINTABLE)
def test_encoded_text_has_only_one_and_two_byte_characters(text: str) -> None:
    encoded = encode_line(text)
    decoded = encoded.decode("gb18030")
    assert all(len(char.encode("gb18030")) <= 2 for char in decoded)
    assert len(encoded) == text_width(clean(text))
