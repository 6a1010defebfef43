"""The reference package stays Qt-free, side-effect free and bundle-aware."""

from __future__ import annotations

import ast
import sys
from pathlib import Path

from app.reference import files, reference_dir

PACKAGE_DIR = Path(files.__file__).resolve().parent
REPO_ROOT = PACKAGE_DIR.parents[1]
FORBIDDEN = {"PySide6", "PySide2", "PyQt5", "PyQt6", "pyqtgraph", "shiboken6", "qtpy"}


def test_no_qt_imports_in_source():
    for path in sorted(PACKAGE_DIR.glob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                roots = {alias.name.split(".")[0] for alias in node.names}
            elif isinstance(node, ast.ImportFrom):
                roots = {(node.module or "").split(".")[0]}
            else:
                continue
            assert not roots & FORBIDDEN, f"{path.name} imports {roots & FORBIDDEN}"


def test_loading_pulls_in_no_qt_and_import_has_no_side_effects(fresh_python):
    code = (
        "import sys\n"
        "import app.reference as r\n"
        "assert r.load_reference.cache_info().currsize == 0, 'loaded at import'\n"
        "r.load_reference()\n"
        f"bad = sorted(m for m in sys.modules if m.split('.')[0] in {sorted(FORBIDDEN)!r})\n"
        "print(bad)\n"
    )
    assert fresh_python(code).strip() == "[]"


def test_reference_dir_default_and_pyinstaller(monkeypatch, tmp_path):
    assert reference_dir() == REPO_ROOT / "resources" / "reference"
    assert (reference_dir() / "areas.json").is_file()
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert reference_dir() == tmp_path / "resources" / "reference"
