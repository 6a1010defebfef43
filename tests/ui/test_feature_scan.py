"""The PySide6 __feature__ source scan is skipped, and nothing relies on __feature__."""

from __future__ import annotations

import inspect
import sys
from pathlib import Path

import pyqtgraph
import pytest

from ui import feature_scan

REPO = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("skipped", [False, True])
def test_new_modules_get_no_feature_without_their_source_being_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, skipped: bool
) -> None:
    from PySide6.support import feature

    monkeypatch.setattr(feature, "_mod_uses_pyside", feature._mod_uses_pyside)
    if skipped:
        assert feature_scan.skip_pyside_feature_scan()

    read: list[object] = []
    real_getsource = inspect.getsource

    def counting_getsource(obj: object) -> str:
        read.append(obj)
        return real_getsource(obj)  # type: ignore[arg-type]

    monkeypatch.setattr(inspect, "getsource", counting_getsource)
    name = f"lagesbild_scan_probe_{skipped}".lower()
    (tmp_path / f"{name}.py").write_text("VALUE = 'inget Qt här'\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    module = __import__(name)  # the import statement's path, which PySide hooks
    selection = feature.pyside_feature_dict[name]
    monkeypatch.delitem(sys.modules, name)
    monkeypatch.delitem(feature.pyside_feature_dict, name)

    assert module.VALUE == "inget Qt här"
    if skipped:
        assert (read, selection) == ([], 0)
    else:  # the control: PySide's own scan reads the module ("ignore": no PySide in it)
        assert (read, selection) == ([module], -1)


def test_a_pyside_without_the_scan_is_left_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.support import feature

    monkeypatch.delattr(feature, "_mod_uses_pyside")
    assert not feature_scan.skip_pyside_feature_scan()
    assert not hasattr(feature, "_mod_uses_pyside")


def test_nothing_the_app_loads_selects_a_pyside_feature() -> None:
    """The skip is only sound while no module imports __feature__ (snake_case, true_property)."""
    roots = [REPO / "app", REPO / "ui", Path(pyqtgraph.__file__).parent]
    users = [
        path
        for root in roots
        for path in root.rglob("*.py")
        if "__feature__" in path.read_text(encoding="utf-8", errors="replace")
        and path != Path(feature_scan.__file__)
    ]
    assert users == []
