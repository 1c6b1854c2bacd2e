"""Receipt text for a Chinese-mode printer: widths by GB18030 byte length, 1–2-byte encoding.

In Chinese mode (``FS &``) a printer prints a byte below 0x80 one column wide and a
two-byte GB18030 character two columns wide. That, not ``wcwidth``, decides the layout:
East-Asian ambiguous characters (``× · — … ° “ ①``) print two wide. The ROM fonts have no
four-byte characters (emoji, Han extensions, Uyghur letters): text mode prints them as a
visible ``□``, the raster mode draws them, and both give them two columns so a line fits
either way. Text is never NFKC-normalised (that would turn ``￥`` back into ``¥``).
"""

from __future__ import annotations

from functools import lru_cache

SUBSTITUTE = "□"
"""Printed in place of a character the printer's font ROM cannot have (GB18030 A1F5)."""

# Characters with a two-byte (or ASCII) equivalent that reads the same on paper.
_EQUIVALENTS = {
    "¥": "￥",  # U+00A5 is four bytes in GB18030; the full-width yuan sign is two
    "\u00a0": " ",
    "\u2009": " ",
    "\u202f": " ",
    "²": "2",
    "³": "3",
    "™": "TM",
    "−": "-",
    "–": "-",
    "\u200b": "",
    "\u200e": "",
    "\u200f": "",
    "\ufeff": "",
}
_CLEAN_TABLE = str.maketrans({**_EQUIVALENTS, **{chr(code): " " for code in [*range(0x20), 0x7F]}})


def clean(text: str) -> str:
    """What goes on paper: equivalents mapped, control characters made spaces.

    A control character in a name (``ESC``, ``GS``…) would otherwise reach the printer
    as a command.
    """
    return text.translate(_CLEAN_TABLE)


@lru_cache(maxsize=4096)
def char_bytes(char: str) -> bytes:
    """The printer bytes of one cleaned character: its GB18030 form, or ``□`` for 4 bytes."""
    if char < "\x80":
        return char.encode("ascii")
    try:
        encoded = char.encode("gb18030")
    except UnicodeEncodeError:  # a lone surrogate
        encoded = b""
    if len(encoded) in (1, 2):
        return encoded
    return SUBSTITUTE.encode("gb18030")


def is_rom_char(char: str) -> bool:
    """True when the printer's Chinese font ROM can print the character itself."""
    if char < "\x80":
        return True
    try:
        return len(char.encode("gb18030")) <= 2
    except UnicodeEncodeError:
        return False


def char_width(char: str) -> int:
    """Columns a character takes: 1 for ASCII, 2 for everything else."""
    return 1 if char < "\x80" else 2


def text_width(text: str) -> int:
    if text.isascii():
        return len(text)
    return sum(1 if char < "\x80" else 2 for char in text)


def encode_line(text: str) -> bytes:
    """GB18030 with one- and two-byte characters only (``clean`` first)."""
    text = clean(text)
    if text.isascii():
        return text.encode("ascii")
    return b"".join(char_bytes(char) for char in text)


def fit(text: str, width: int) -> str:
    """The longest prefix that fits ``width`` columns; a character is never split."""
    if text_width(text) <= width:
        return text
    used = 0
    for index, char in enumerate(text):
        used += char_width(char)
        if used > width:
            return text[:index]
    return text


def pad_right(text: str, width: int) -> str:
    text = fit(text, width)
    return text + " " * (width - text_width(text))


def pad_left(text: str, width: int) -> str:
    text = fit(text, width)
    return " " * (width - text_width(text)) + text


def center(text: str, width: int) -> str:
    text = fit(text, width)
    spare = width - text_width(text)
    return " " * (spare // 2) + text + " " * (spare - spare // 2)


def _is_word_char(char: str) -> bool:
    return char.isascii() and (char.isalnum() or char in "-_./:@#")


def wrap(text: str, width: int) -> list[str]:
    """Lines of at most ``width`` columns (at least one line, perhaps empty).

    Chinese breaks between any two characters; a run of ASCII letters and digits (a
    waybill number, an English word) moves whole to the next line when it can.
    """
    if width < 2:
        raise ValueError("width must be at least 2 columns")
    lines: list[str] = []
    current = ""
    used = 0
    for char in text:
        w = char_width(char)
        if used + w <= width:
            current += char
            used += w
            continue
        if char == " ":
            lines.append(current.rstrip())
            current, used = "", 0
            continue
        cut = len(current)
        if _is_word_char(char) and current and _is_word_char(current[-1]):
            start = cut
            while start > 0 and _is_word_char(current[start - 1]):
                start -= 1
            if start > 0:  # else the word fills the line: split it
                cut = start
        lines.append(current[:cut].rstrip())
        current = current[cut:].lstrip() + char
        used = text_width(current)
    lines.append(current.rstrip())
    return [line for line in lines if line] or [""]


def columns_line(left: str, right: str, width: int) -> str:
    """``left`` padded so that ``right`` ends at the last column (``right`` wins if too long)."""
    right = fit(right, width)
    space = width - text_width(right)
    if space <= 0:
        return right
    left = fit(left, space - 1) if text_width(left) >= space else left
    return left + " " * (space - text_width(left)) + right
