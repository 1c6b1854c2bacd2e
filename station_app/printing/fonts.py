"""Finding a CJK font at run time for raster printing and receipt previews.

Font files are not committed. Order: ``resources/fonts/*.ttf|*.ttc|*.otf`` (a frozen
build bundles one there), then well-known system fonts (WenQuanYi Micro Hei on Linux,
Microsoft YaHei or SimSun on Windows). A second font draws what the CJK font lacks
(Uyghur letters, other four-byte characters) when one is found.
"""

from __future__ import annotations

import os
import sys
from functools import lru_cache
from pathlib import Path

from PIL import ImageFont

from station_app.i18n import QT_TRANSLATE_NOOP
from station_app.printing.errors import CONFIG, PrinterError

RESOURCE_FONTS = Path(__file__).resolve().parent.parent.parent / "resources" / "fonts"
_WINDOWS_FONTS = Path(os.environ.get("WINDIR", r"C:\Windows")) / "Fonts"

CJK_CANDIDATES = (
    Path("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"),
    Path("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"),
    Path("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"),
    Path("/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc"),
    _WINDOWS_FONTS / "msyh.ttc",
    _WINDOWS_FONTS / "simsun.ttc",
    _WINDOWS_FONTS / "simhei.ttf",
    Path("/System/Library/Fonts/PingFang.ttc"),
)
OTHER_SCRIPT_CANDIDATES = (
    Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"),
    Path("/usr/share/fonts/truetype/noto/NotoSansArabic-Regular.ttf"),
    _WINDOWS_FONTS / "segoeui.ttf",
    _WINDOWS_FONTS / "tahoma.ttf",
    _WINDOWS_FONTS / "arial.ttf",
)
CJK_PROBE = "中"
OTHER_SCRIPT_PROBE = "ئ"  # Uyghur hamza-yeh: the script the printer ROMs lack

NO_FONT = QT_TRANSLATE_NOOP(
    "Printer",
    "No Chinese font was found for receipt images. Copy a .ttf or .ttc font"
    " (for example WenQuanYi Micro Hei) into {detail}, or use text mode.",
)


def _resource_fonts(folder: Path) -> list[Path]:
    if not folder.is_dir():
        return []
    return sorted(
        path for path in folder.iterdir() if path.suffix.lower() in (".ttf", ".ttc", ".otf")
    )


def covers(path: Path, char: str) -> bool:
    """Whether the font draws ``char`` as something other than its missing-glyph box."""
    try:
        font = ImageFont.truetype(str(path), 24)
    except OSError:
        return False
    missing = font.getmask("\U0010fffd")
    glyph = font.getmask(char)
    return glyph.getbbox() is not None and (
        glyph.size != missing.size or bytes(glyph) != bytes(missing)
    )


def _bundle_dirs() -> list[Path]:
    folders = [RESOURCE_FONTS]
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        folders.insert(0, Path(frozen) / "resources" / "fonts")
    return folders


@lru_cache(maxsize=4)
def find_cjk_font(extra_dirs: tuple[Path, ...] = ()) -> Path:
    """The first font that has Chinese characters; a ``PrinterError`` if there is none."""
    folders = [*extra_dirs, *_bundle_dirs()]
    for folder in folders:
        for path in _resource_fonts(folder):
            if covers(path, CJK_PROBE):
                return path
    for path in CJK_CANDIDATES:
        if path.exists() and covers(path, CJK_PROBE):
            return path
    raise PrinterError(CONFIG, "raster", str(folders[-1]), message=NO_FONT)


@lru_cache(maxsize=4)
def find_other_script_font(extra_dirs: tuple[Path, ...] = ()) -> Path | None:
    """A font for what the CJK font lacks (Uyghur…), or None (those print as boxes)."""
    for folder in [*extra_dirs, *_bundle_dirs()]:
        for path in _resource_fonts(folder):
            if covers(path, OTHER_SCRIPT_PROBE):
                return path
    for path in OTHER_SCRIPT_CANDIDATES:
        if path.exists() and covers(path, OTHER_SCRIPT_PROBE):
            return path
    return None
