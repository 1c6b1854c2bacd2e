"""Collect user-facing strings into resources/translations/*.ts (pyside6-lupdate).

Run after changing UI text; then translate the new entries (Qt Linguist or by hand).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LANGUAGES = ("zh_CN", "ug")
SOURCES = ("station_app", "ui", "sync")


def main() -> int:
    files = sorted(
        str(path.relative_to(ROOT))
        for folder in SOURCES
        for path in (ROOT / folder).rglob("*.py")
        if "migrations" not in path.parts and "server" not in path.parts
    )
    tool = Path(sys.executable).with_name("pyside6-lupdate")
    for language in LANGUAGES:
        target = ROOT / "resources" / "translations" / f"station_{language}.ts"
        subprocess.run(
            [str(tool), *files, "-no-obsolete", "-locations", "none", "-ts", str(target)],
            cwd=ROOT,
            check=True,
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
