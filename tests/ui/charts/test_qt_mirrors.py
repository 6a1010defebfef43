"""pyqtgraph imported with lazily filled Qt mirrors resolves every name as the ordinary import."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from ui.charts import qt_mirrors

#: Run in a fresh process (pyqtgraph can be imported once per process): import pyqtgraph the
#: lean or the ordinary way, then report how many PySide6 classes exist and how each name of
#: the three PySide6 modules resolves through pyqtgraph's mirrors.
PROBE = """
import json, sys
import PySide6.QtCore, PySide6.QtGui, PySide6.QtWidgets
modules = {"QtCore": PySide6.QtCore, "QtGui": PySide6.QtGui, "QtWidgets": PySide6.QtWidgets}
dir_before = {name: m.__dict__.get("__dir__") for name, m in modules.items()}
if sys.argv[1] == "lean":
    from ui.charts.qt_mirrors import import_pyqtgraph
    pg = import_pyqtgraph()
else:
    import pyqtgraph as pg
created = {name: len(vars(m)) for name, m in modules.items()}
all_names = {name: sorted(set(dir(m))) for name, m in modules.items()}
mirrors = {"QtCore": pg.Qt.QtCore, "QtGui": pg.Qt.QtGui, "QtWidgets": pg.Qt.QtWidgets}
result = {
    "created": created,
    "total": {name: len(names) for name, names in all_names.items()},
    "dir_restored": all(m.__dict__.get("__dir__") is dir_before[n] for n, m in modules.items()),
    # names whose mirror value is not PySide6's own object (pyqtgraph's replacements)
    "replaced": {
        name: [a for a in all_names[name] if getattr(mirrors[name], a) is not getattr(m, a)
               and not a.startswith("__")]
        for name, m in modules.items()
    },
    # what pyqtgraph added to its mirrors that PySide6 does not have
    "added": {
        name: sorted(a for a in vars(mirrors[name]) if not hasattr(m, a) and a[:2] != "__")
        for name, m in modules.items()
    },
    # after one use every name is an ordinary attribute of its mirror (no look-up per access)
    "kept_after_use": all(
        a in vars(mirrors[n]) for n in mirrors for a in all_names[n] if a[:2] != "__"
    ),
    "binding": pg.Qt.QT_LIB,
    "plot_item": type(pg.PlotWidget).__name__,
}
print(json.dumps(result))
"""


@pytest.fixture(scope="module")
def probes(fresh_python) -> dict[str, dict]:
    return {
        mode: json.loads(fresh_python(PROBE, mode).splitlines()[-1])
        for mode in ("lean", "ordinary")
    }


def test_every_name_resolves_as_after_the_ordinary_import(probes: dict[str, dict]) -> None:
    lean, ordinary = probes["lean"], probes["ordinary"]
    assert lean["binding"] == ordinary["binding"] == "PySide6"
    assert lean["total"] == ordinary["total"]
    assert lean["replaced"] == ordinary["replaced"]
    # pyqtgraph's own additions (QOpenGLWidget, QFileSystemModel in QtGui, …) are there too
    assert lean["added"] == ordinary["added"]
    assert "QOpenGLWidget" in lean["added"]["QtWidgets"]
    assert lean["kept_after_use"] and ordinary["kept_after_use"]


def test_most_classes_are_not_created_by_the_import(probes: dict[str, dict]) -> None:
    lean, ordinary = probes["lean"], probes["ordinary"]
    for name, total in ordinary["total"].items():
        assert ordinary["created"][name] >= total  # the ordinary import creates every class
        assert lean["created"][name] < total * 0.6, name


def test_dir_of_the_pyside_modules_is_restored(probes: dict[str, dict]) -> None:
    assert probes["lean"]["dir_restored"]


def test_an_imported_pyqtgraph_is_returned_as_it_is() -> None:
    import pyqtgraph

    assert qt_mirrors.import_pyqtgraph() is pyqtgraph


def test_another_binding_or_a_changed_layout_gets_the_ordinary_import(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("PYQTGRAPH_QT_LIB", "PyQt6")
    assert qt_mirrors._lazy_mirrors() is None
    monkeypatch.delenv("PYQTGRAPH_QT_LIB")
    assert qt_mirrors._lazy_mirrors() is not None  # with pyqtgraph's mirror packages

    (tmp_path / "pyqtgraph" / "Qt").mkdir(parents=True)
    (tmp_path / "pyqtgraph" / "__init__.py").write_text("")
    # a pyqtgraph whose Qt folder has no mirror packages
    folder = tmp_path / "pyqtgraph"
    monkeypatch.setattr(qt_mirrors.importlib.util, "find_spec", lambda name: _spec_at(folder))
    assert qt_mirrors._lazy_mirrors() is None


def _spec_at(folder: Path):
    import importlib.util

    return importlib.util.spec_from_file_location(
        "pyqtgraph", folder / "__init__.py", submodule_search_locations=[str(folder)]
    )
