"""The build files hold together: the spec (run with stand-ins for PyInstaller's classes), the
runtime hook, the installer script, and the two build pipelines (Linux twin, Windows)."""

from __future__ import annotations

import importlib.util
import os
import re
import runpy
import subprocess
import sys
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import platformdirs
import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]


class Recorded(SimpleNamespace):
    """A stand-in for Analysis/PYZ/EXE/COLLECT that keeps what the spec passed."""


def run_spec(workpath: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, Any]:
    monkeypatch.setattr(sys, "path", list(sys.path))  # the spec adds scripts/
    made: dict[str, list[Recorded]] = {"Analysis": [], "EXE": [], "COLLECT": [], "PYZ": []}
    collected = [
        # (dest, source, kind) as PyInstaller lists them; the spec filters these.
        ("PySide6/Qt/plugins/platforms/libqxcb.so", "x", "BINARY"),
        ("PySide6/Qt/plugins/platforms/libqvnc.so", "x", "BINARY"),
        ("PySide6/plugins/platforms/qwindows.dll", "x", "BINARY"),
        ("PySide6/plugins/imageformats/qtiff.dll", "x", "BINARY"),
        ("PySide6/Qt/plugins/imageformats/libqico.so", "x", "BINARY"),
        ("PySide6/Qt/plugins/tls/libqopensslbackend.so", "x", "BINARY"),
        ("PySide6/Qt/lib/libQt6Pdf.so.6", "x", "BINARY"),
        ("libQt6Svg.so.6", "x", "SYMLINK"),
        ("PySide6/Qt6Qml.dll", "x", "BINARY"),
        ("PySide6/Qt/lib/libQt6Widgets.so.6", "x", "BINARY"),
        ("libcairo.so.2", "x", "BINARY"),
        ("libcrypto.so.3", "x", "BINARY"),
        ("PySide6/translations/qtbase_zh_CN.qm", "x", "DATA"),
        ("PySide6/Qt/translations/qt_de.qm", "x", "DATA"),
    ]

    def analysis(entry: list[str], **options: Any) -> Recorded:
        found = Recorded(
            entry=entry, options=options, binaries=list(collected), datas=[], pure=[], scripts=[]
        )
        made["Analysis"].append(found)
        return found

    def factory(kind: str) -> Any:
        def make(*args: Any, **options: Any) -> Recorded:
            made[kind].append(found := Recorded(args=args, **options))
            return found

        return make

    namespace: dict[str, Any] = {
        "SPECPATH": str(ROOT),
        "workpath": str(workpath),
        "DISTPATH": str(workpath / "dist"),
        "Analysis": analysis,
        "PYZ": factory("PYZ"),
        "EXE": factory("EXE"),
        "COLLECT": factory("COLLECT"),
        "os": os,
    }
    exec(compile((ROOT / "build.spec").read_bytes(), "build.spec", "exec"), namespace)
    return {"made": made, "namespace": namespace}


@pytest.fixture(scope="module")
def spec(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    with pytest.MonkeyPatch.context() as monkeypatch:
        return run_spec(tmp_path_factory.mktemp("work"), monkeypatch)


def bundled(spec: dict[str, Any]) -> dict[str, str]:
    """Bundle-relative file → source, for the data files the spec asked for."""
    [analysis] = spec["made"]["Analysis"]
    return {f"{target}/{Path(source).name}": source for source, target in analysis.options["datas"]}


def test_two_executables_share_one_folder(spec: dict[str, Any]) -> None:
    gui, console = spec["made"]["EXE"]
    assert (gui.name, gui.console) == ("StationPOS", False)
    assert (console.name, console.console) == ("station-app", True)
    assert gui.exclude_binaries and console.exclude_binaries  # onedir, not onefile
    assert Path(gui.icon) == ROOT / "resources" / "icons" / "station.ico"
    assert Path(gui.icon).is_file()
    [collect] = spec["made"]["COLLECT"]
    assert collect.name == "StationPOS"
    assert collect.args[:2] == (gui, console)
    if sys.platform == "win32":
        assert Path(gui.version).read_text(encoding="utf-8").count("StationPOS.exe") >= 1
    else:
        assert gui.version is None  # a Windows-only resource


def test_the_bundle_carries_what_the_app_reads_from_disk(spec: dict[str, Any]) -> None:
    files = bundled(spec)
    for needed in (
        "station_app/db/migrations/env.py",
        "station_app/db/migrations/script.py.mako",
        "station_app/db/migrations/versions/0001_initial_schema.py",
        "sync/server/migrations/env.py",
        "sync/server/migrations/script.py.mako",
        "resources/carriers.json",
        "resources/demo/community.json",
        "resources/styles/station.qss",
        "resources/icons/station.png",
        "resources/translations/station_zh_CN.qm",
        "escpos/capabilities.json",
    ):
        assert needed in files, needed
        assert Path(files[needed]).is_file(), needed
    assert not [name for name in files if name.endswith((".ts", ".pyc"))]
    assert not [name for name in files if "__pycache__" in name]


def test_translations_are_compiled_for_the_bundle(spec: dict[str, Any]) -> None:
    qm = Path(bundled(spec)["resources/translations/station_zh_CN.qm"])
    assert qm.read_bytes()[:4] == bytes.fromhex("3cb86418")  # Qt's .qm magic number


def test_unused_qt_modules_and_tools_are_excluded(spec: dict[str, Any]) -> None:
    [analysis] = spec["made"]["Analysis"]
    excludes = set(analysis.options["excludes"])
    for module in ("QtQml", "QtQuick", "QtWebEngineCore", "Qt3DCore", "QtMultimedia", "QtPdf"):
        assert f"PySide6.{module}" in excludes
    assert {"tkinter", "pytest"} <= excludes
    assert not {"PySide6.QtCore", "PySide6.QtGui", "PySide6.QtWidgets"} & excludes
    assert "PySide6.QtNetwork" not in excludes  # the single-instance socket needs it
    assert Path(analysis.options["runtime_hooks"][0]).is_file()


def test_printer_libraries_imported_by_name_are_bundled(spec: dict[str, Any]) -> None:
    [analysis] = spec["made"]["Analysis"]
    hidden = analysis.options["hiddenimports"]
    assert {"resources", "resources.demo", "ui.app", "alembic.op"} <= set(hidden)
    if importlib.util.find_spec("serial"):
        assert "serial" in hidden
    if sys.platform == "win32":
        assert "win32print" in hidden  # the spooler transport, recommended on Windows


def test_unused_qt_plugins_libraries_and_languages_are_dropped(spec: dict[str, Any]) -> None:
    [analysis] = spec["made"]["Analysis"]
    kept = {dest for dest, _, _ in analysis.binaries}
    assert kept == {
        "PySide6/Qt/plugins/platforms/libqxcb.so",
        "PySide6/plugins/platforms/qwindows.dll",
        "PySide6/Qt/plugins/imageformats/libqico.so",
        "PySide6/Qt/lib/libQt6Widgets.so.6",
        "libcrypto.so.3",
        "PySide6/translations/qtbase_zh_CN.qm",
    }


def test_the_version_has_one_home() -> None:
    spec_text = (ROOT / "build.spec").read_text(encoding="utf-8")
    iss = (ROOT / "installer" / "station-pos.iss").read_bytes().decode("utf-8-sig")
    assert not re.search(r"\d+\.\d+\.\d+", spec_text)
    assert "#define AppVersion GetStringFileInfo(" in iss
    assert not re.search(r"^AppVersion=\d", iss, re.MULTILINE)


def test_the_runtime_hook_points_escpos_at_the_bundle(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name in ("ESCPOS_CAPABILITIES_FILE", "ESCPOS_CAPABILITIES_PICKLE_DIR"):
        monkeypatch.setenv(name, "-")  # remembered, so the test leaves them as it found them
        monkeypatch.delenv(name)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path / "bundle"), raising=False)
    monkeypatch.setattr(platformdirs, "user_cache_dir", lambda *a, **k: str(tmp_path / "cache"))
    runpy.run_path(str(ROOT / "installer" / "runtime_hook.py"))
    assert os.environ["ESCPOS_CAPABILITIES_FILE"] == str(
        tmp_path / "bundle" / "escpos" / "capabilities.json"
    )
    assert os.environ["ESCPOS_CAPABILITIES_PICKLE_DIR"] == str(tmp_path / "cache" / "escpos")
    assert (tmp_path / "cache" / "escpos").is_dir()


def test_a_technician_can_override_the_escpos_files(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("ESCPOS_CAPABILITIES_FILE", "custom.json")
    monkeypatch.setenv("ESCPOS_CAPABILITIES_PICKLE_DIR", str(tmp_path))
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path / "bundle"), raising=False)
    runpy.run_path(str(ROOT / "installer" / "runtime_hook.py"))
    assert os.environ["ESCPOS_CAPABILITIES_FILE"] == "custom.json"
    assert os.environ["ESCPOS_CAPABILITIES_PICKLE_DIR"] == str(tmp_path)


def iss_sections() -> dict[str, list[str]]:
    text = (ROOT / "installer" / "station-pos.iss").read_bytes().decode("utf-8-sig")
    sections: dict[str, list[str]] = {}
    current = ""
    for line in text.splitlines():
        if re.fullmatch(r"\[\w+\]", line.strip()):
            current = line.strip()[1:-1]
            sections[current] = []
        elif line.strip() and not line.startswith(";"):
            sections.setdefault(current, []).append(line)
    return sections


def test_the_installer_has_a_fixed_id_and_installs_per_machine() -> None:
    setup = iss_sections()["Setup"]
    [app_id] = [line for line in setup if line.startswith("AppId=")]
    assert re.fullmatch(r"AppId=\{\{[0-9A-F]{8}(-[0-9A-F]{4}){3}-[0-9A-F]{12}\}", app_id)
    assert "PrivilegesRequired=admin" in setup
    assert any(line.startswith("DefaultDirName={autopf}") for line in setup)


def test_the_installer_offers_counter_kiosk_console_and_autostart() -> None:
    sections = iss_sections()
    icons = "\n".join(sections["Icons"])
    assert '"--kiosk"' in icons
    assert '{#ConsoleExe}"" selfcheck' in icons
    assert "{commonstartup}" in icons and "Tasks: autostart" in icons
    [autostart] = [line for line in sections["Tasks"] if line.startswith('Name: "autostart"')]
    assert "Flags: unchecked" in autostart  # opt-in


def test_the_installer_never_touches_the_data_folders() -> None:
    sections = iss_sections()
    assert "UninstallDelete" not in sections
    everything = "\n".join(line for lines in sections.values() for line in lines).lower()
    assert "localappdata" not in everything and "{userappdata}" not in everything
    assert sections["InstallDelete"] == [
        'Type: filesandordirs; Name: "{app}\\_internal"'
    ]  # only the old bundle, so no stale Qt plugin survives an upgrade


def test_the_windows_workflow_is_the_twin_of_the_linux_build() -> None:
    workflow = yaml.safe_load((ROOT / ".github" / "workflows" / "windows-build.yml").read_text())
    job = workflow["jobs"]["build"]
    assert job["runs-on"] == "windows-latest"
    steps = "\n".join(str(value) for step in job["steps"] for value in step.values())
    linux = (ROOT / ".ci" / "build-frozen").read_text()
    for shared in (
        "PyInstaller --noconfirm --log-level WARN build.spec",
        "pyinstaller>=6.10,<7",
        "selfcheck --data-dir",
        '"ok": true',
        "print-test --printer",
        "--data-dir",
    ):
        assert shared in steps, shared
        assert shared in linux, shared
    assert "'3.11'" in steps and "iscc" in steps and "upload-artifact" in steps
    assert job["steps"][-1]["uses"].startswith("actions/upload-artifact")
    assert job["env"]["QT_QPA_PLATFORM"] == "offscreen"


def test_the_linux_build_script_is_valid_bash() -> None:
    script = ROOT / ".ci" / "build-frozen"
    assert os.access(script, os.X_OK)
    subprocess.run(["bash", "-n", str(script)], check=True)
