"""The Windows version resource comes from station_app.__version__, the one place."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

import station_app

ROOT = Path(__file__).resolve().parents[2]


def load_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "gen_versioninfo", ROOT / "scripts" / "gen_versioninfo.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


gen = load_script()


def test_the_version_is_read_from_the_package_without_importing_it() -> None:
    assert gen.read_version() == station_app.__version__


def test_a_file_without_a_version_is_an_error(tmp_path: Path) -> None:
    (tmp_path / "x.py").write_text("VERSION = '1.0'\n")
    with pytest.raises(ValueError, match="__version__"):
        gen.read_version(tmp_path / "x.py")


@pytest.mark.parametrize(
    ("version", "numbers"),
    [
        ("0.1.0", (0, 1, 0, 0)),
        ("1.2", (1, 2, 0, 0)),
        ("1.2.3.4", (1, 2, 3, 4)),
        ("1.2.3rc1", (1, 2, 3, 0)),
        ("2.0.0+local.5", (2, 0, 0, 0)),
    ],
)
def test_versions_become_four_windows_numbers(
    version: str, numbers: tuple[int, int, int, int]
) -> None:
    assert gen.version_tuple(version) == numbers


@pytest.mark.parametrize("version", ["dev", "70000.1.0", ""])
def test_versions_windows_cannot_hold_are_refused(version: str) -> None:
    with pytest.raises(ValueError):
        gen.version_tuple(version)


def test_each_exe_has_its_own_name_and_description() -> None:
    gui = gen.string_fields("1.2.3", "StationPOS.exe")
    console = gen.string_fields("1.2.3", "station-app.exe")
    assert gui["OriginalFilename"] == "StationPOS.exe"
    assert console["OriginalFilename"] == "station-app.exe"
    assert "console" in console["FileDescription"] and "console" not in gui["FileDescription"]
    for fields in (gui, console):
        assert fields["FileVersion"] == fields["ProductVersion"] == "1.2.3"
        assert fields["ProductName"] == "Station POS"


@pytest.mark.skipif(sys.platform != "win32", reason="PyInstaller's versioninfo is Windows-only")
def test_the_written_file_is_what_pyinstaller_reads(tmp_path: Path) -> None:
    versioninfo = pytest.importorskip("PyInstaller.utils.win32.versioninfo")
    path = gen.write_version_info(tmp_path, "StationPOS.exe", version="1.2.3")
    info = versioninfo.load_version_info_from_text_file(str(path))
    assert info.ffi.fileVersionMS == (1 << 16) | 2
    assert info.ffi.fileVersionLS == 3 << 16
    text = path.read_text(encoding="utf-8")
    assert "StringStruct('OriginalFilename', 'StationPOS.exe')" in text
    assert "StringStruct('ProductVersion', '1.2.3')" in text
