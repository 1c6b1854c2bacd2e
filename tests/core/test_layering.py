"""station_app is the plain-Python core: no Qt, no HTTP client, no sync, no ui."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

CORE = Path(__file__).resolve().parents[2] / "station_app"
FORBIDDEN = ("PySide6", "shiboken6", "requests", "sync", "ui")


def test_core_sources_import_nothing_forbidden() -> None:
    offenders = []
    for path in CORE.rglob("*.py"):
        if path == CORE / "__main__.py":
            continue  # the composition root wires ui and sync, lazily
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names: list[str] = []
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                names = [node.module]
            offenders += [
                f"{path.relative_to(CORE.parent)}: {name}"
                for name in names
                if name.split(".")[0] in FORBIDDEN
            ]
    assert offenders == []


def test_importing_the_core_loads_no_forbidden_module() -> None:
    code = (
        "import sys, pkgutil, importlib, station_app\n"
        "for m in pkgutil.walk_packages(station_app.__path__, 'station_app.'):\n"
        "    if '.migrations' in m.name or m.name.endswith('__main__'): continue\n"
        "    importlib.import_module(m.name)\n"
        f"bad = [n for n in sys.modules if n.split('.')[0] in {FORBIDDEN!r}]\n"
        "print(bad)\n"
        "sys.exit(1 if bad else 0)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
