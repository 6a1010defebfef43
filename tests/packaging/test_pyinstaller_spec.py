"""The PyInstaller spec bundles resources, metadata and the CLI entry point (no build here).

The real build takes minutes and runs with `make package`; this test executes the spec with
stand-ins for PyInstaller's classes and records what it would hand to Analysis.
"""

from __future__ import annotations

import os
import sys
import tomllib
import types
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "packaging" / "lagesbild.spec"


class _Recorder:
    calls: dict[str, list[dict]] = {}

    def __init__(self, *args, **kwargs):
        type(self).calls.setdefault(type(self).__name__, []).append({"args": args, **kwargs})
        self.args, self.kwargs = args, kwargs
        self.datas = list(kwargs.get("datas", []))
        self.pure = self.scripts = self.binaries = []


def _stub(name: str) -> type:
    return type(name, (_Recorder,), {})


@pytest.fixture
def spec_run(monkeypatch):
    hooks = types.ModuleType("PyInstaller.utils.hooks")
    hooks.collect_data_files = lambda package, **_: [(f"<{package}-data>", package)]
    hooks.collect_submodules = lambda package, **_: [f"{package}.<all>"]
    hooks.copy_metadata = lambda dist, **_: [(f"<{dist}.dist-info>", f"{dist}.dist-info")]
    for name in ("PyInstaller", "PyInstaller.utils"):
        monkeypatch.setitem(sys.modules, name, types.ModuleType(name))
    monkeypatch.setitem(sys.modules, "PyInstaller.utils.hooks", hooks)
    monkeypatch.setattr(sys, "path", list(sys.path))
    _Recorder.calls = {}
    namespace = {
        "__name__": "__main__",
        "__file__": str(SPEC),
        "SPECPATH": str(SPEC.parent),
        **{name: _stub(name) for name in ("Analysis", "PYZ", "EXE", "COLLECT", "BUNDLE")},
    }
    exec(compile(SPEC.read_text(encoding="utf-8"), str(SPEC), "exec"), namespace)
    return _Recorder.calls


def test_spec_bundles_every_resource_under_resources(spec_run):
    analysis = spec_run["Analysis"][0]
    bundled = {
        (Path(src).resolve(), dest.replace("\\", "/"))
        for src, dest in analysis["datas"]
        if not src.startswith("<")
    }
    resources = ROOT / "resources"
    expected = {
        (p.resolve(), str(Path("resources") / p.relative_to(resources).parent).replace("\\", "/"))
        for p in resources.rglob("*")
        if p.is_file() and p.suffix not in {".ts", ".pyc", ".md"} and "__pycache__" not in p.parts
    }
    assert expected <= bundled
    destinations = {dest for _, dest in bundled}
    assert "resources/icons" in destinations
    assert "resources/i18n" in destinations  # the compiled .qm
    assert (ROOT / "resources" / "i18n" / "lagesbild_en.qm").is_file()


def test_spec_ships_package_metadata_and_library_data(spec_run):
    datas = {src for src, _ in spec_run["Analysis"][0]["datas"]}
    assert "<lagesbild.dist-info>" in datas  # app_version() reads it in the bundle
    assert {"<reportlab-data>", "<docx-data>"} <= datas


def test_spec_entry_point_is_the_lagesbild_console_script(spec_run):
    analysis = spec_run["Analysis"][0]
    (entry,) = analysis["args"][0]
    entry = Path(entry)
    assert entry == ROOT / "packaging" / "lagesbild_main.py"
    source = entry.read_text(encoding="utf-8")
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    script = pyproject["project"]["scripts"]["lagesbild"]
    assert script == "app.launcher:main"
    module, function = script.split(":")
    assert f"from {module} import {function}" in source
    assert str(ROOT) in analysis["pathex"]
    assert {"app.<all>", "ui.<all>"} <= set(analysis["hiddenimports"])


def test_spec_excludes_unused_qt_modules(spec_run):
    excludes = set(spec_run["Analysis"][0]["excludes"])
    assert {"PySide6.QtQml", "PySide6.QtQuick", "PySide6.QtNetwork", "tkinter"} <= excludes
    needed = {"PySide6.QtSvg", "PySide6.QtWidgets", "PySide6.QtOpenGL", "PySide6.QtOpenGLWidgets"}
    assert not needed & excludes
    # pyqtgraph imports these two through importlib, invisible to PyInstaller's analysis.
    hidden = set(spec_run["Analysis"][0]["hiddenimports"])
    assert {"PySide6.QtOpenGL", "PySide6.QtOpenGLWidgets"} <= hidden


def test_spec_makes_a_gui_and_a_cli_executable_in_one_folder(spec_run):
    names = [call["name"] for call in spec_run["EXE"]]
    assert names == ["lagesbild", "lagesbild-cli"]
    (collect,) = spec_run["COLLECT"]
    assert collect["name"] == "lagesbild"


def test_build_script_is_the_one_documented_command():
    build = ROOT / "packaging" / "build.sh"
    assert os.access(build, os.X_OK)
    script = build.read_text(encoding="utf-8")
    assert "pip install" in script and "pyinstaller" in script
    assert "scripts/build_translations.py" in script
    assert "packaging/lagesbild.spec" in script
    assert '--db "$smoke/x.db" demo' in script
    assert "--screenshot" in script
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    assert "package:" in makefile and "packaging/build.sh" in makefile


def test_packaging_folder_is_not_a_python_package():
    # packaging/__init__.py would shadow the PyPI 'packaging' library for code run from the root.
    assert not (ROOT / "packaging" / "__init__.py").exists()


def test_spec_keeps_python_docx_templates_reachable(spec_run):
    # python-docx opens docx/parts/../templates/*.xml, which needs docx/parts on disk.
    assert spec_run["Analysis"][0]["module_collection_mode"] == {"docx": "pyz+py"}
    script = (ROOT / "packaging" / "build.sh").read_text(encoding="utf-8")
    assert "report.docx" in script and "report.pdf" in script
