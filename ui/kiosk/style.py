"""The kiosk's style sheet (resources/styles/kiosk.qss), optionally with larger text."""

from __future__ import annotations

import re
from pathlib import Path

STYLE_FILE = Path(__file__).resolve().parents[2] / "resources" / "styles" / "kiosk.qss"
LARGE_TEXT_SCALE = 1.25
_POINTS = re.compile(r"font-size:\s*(\d+)pt")


def kiosk_style_sheet(*, large_text: bool = False) -> str:
    """kiosk.qss; with ``large_text`` every font size a quarter larger (boxes grow with it)."""
    text = STYLE_FILE.read_text(encoding="utf-8")
    if not large_text:
        return text
    return _POINTS.sub(
        lambda found: f"font-size: {round(int(found[1]) * LARGE_TEXT_SCALE)}pt", text
    )


def font_sizes(style_sheet: str) -> list[int]:
    """Every font size in points (for the check that body text is at least 20 pt)."""
    return [int(size) for size in _POINTS.findall(style_sheet)]
