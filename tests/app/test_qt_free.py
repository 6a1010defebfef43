"""app/ is the Qt-free core: no module in it may import PySide6 or pyqtgraph, directly or not."""

import ast
from pathlib import Path

APP_DIR = Path(__file__).resolve().parents[2] / "app"
QT_PACKAGES = ("PySide6", "pyqtgraph", "shiboken6")


def _app_modules() -> list[str]:
    modules = []
    for path in sorted(APP_DIR.rglob("*.py")):
        parts = path.relative_to(APP_DIR.parent).with_suffix("").parts
        if parts[-1] == "__init__":
            parts = parts[:-1]
        modules.append(".".join(parts))
    return modules


def test_no_source_file_in_app_mentions_qt_in_an_import():
    offenders = []
    for path in APP_DIR.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names = []
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            offenders += [f"{path}: {n}" for n in names if n.split(".")[0] in QT_PACKAGES]
    assert offenders == []


def test_importing_every_app_module_loads_no_qt(fresh_python):
    modules = _app_modules()
    assert len(modules) > 10
    code = (
        "import importlib, sys\n"
        f"for m in {modules!r}:\n"
        "    importlib.import_module(m)\n"
        f"bad = sorted(m for m in sys.modules if m.split('.')[0] in {QT_PACKAGES!r})\n"
        "print(','.join(bad))\n"
    )
    assert fresh_python(code).strip() == ""
