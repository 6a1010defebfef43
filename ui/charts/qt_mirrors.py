"""Import pyqtgraph without creating every PySide6 class up front (about 0.2 s at start-up).

pyqtgraph keeps its own "mirror" modules ``pyqtgraph.Qt.QtCore/QtGui/QtWidgets`` (empty
packages) and fills them on import by copying every name of PySide6's modules::

    for o in dir(src):
        if not hasattr(dst, o):
            setattr(dst, o, getattr(src, o))

PySide6 creates its Python classes lazily, on first attribute access, so that loop makes it
create all ~720 classes of the three modules, most of which Lägesbild never touches (0.15–0.2 s
on a 2-core machine, a sixth of the time until the dashboard is drawn).

``import_pyqtgraph`` gives the same result without that work: the mirrors are loaded from
pyqtgraph's own (empty) files before pyqtgraph is imported, each with a module ``__getattr__``
(PEP 562) that answers a missing name from the PySide6 module; while pyqtgraph is imported,
``dir()`` of the three PySide6 modules lists only the classes that exist already. So the mirrors
copy those, pyqtgraph's own additions (``QOpenGLWidget``, …) are set on them as before, and any
other name is looked up (and created by PySide6) when pyqtgraph first uses it, then kept in
the mirror. Every name resolves to the very object it would have been (a test compares all of them).

If pyqtgraph is already imported, is set to another Qt binding (``PYQTGRAPH_QT_LIB``), or has no
mirror packages (a future layout), it is imported the ordinary way. The mirrors are found through
the import system's finders, so a PyInstaller bundle gets the same (test in packaging/build.sh).
"""

from __future__ import annotations

import importlib.util
import logging
import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from importlib.machinery import ModuleSpec
from pathlib import Path
from types import ModuleType

log = logging.getLogger(__name__)

#: The PySide6 modules pyqtgraph mirrors, by their short name.
MIRRORED = ("QtCore", "QtGui", "QtWidgets")
BINDING = "PySide6"


def import_pyqtgraph() -> ModuleType:
    """``import pyqtgraph``, with lazily filled Qt mirrors when that is safe (see module doc)."""
    if "pyqtgraph" in sys.modules:
        return sys.modules["pyqtgraph"]
    mirrors = _lazy_mirrors()
    if mirrors is None:
        import pyqtgraph

        return pyqtgraph
    sys.modules.update(mirrors)
    try:
        with _dir_lists_existing_classes([_pyside(name) for name in MIRRORED]):
            import pyqtgraph
    except BaseException:
        for name in mirrors:
            sys.modules.pop(name, None)
        sys.modules.pop("pyqtgraph", None)
        raise
    return pyqtgraph


def _pyside(short_name: str) -> ModuleType:
    return importlib.import_module(f"{BINDING}.{short_name}")


def _lazy_mirrors() -> dict[str, ModuleType] | None:
    """pyqtgraph's mirror packages, loaded from their files and given a PySide6 fallback."""
    wanted = os.environ.get("PYQTGRAPH_QT_LIB")
    if wanted and wanted != BINDING:
        return None
    spec = importlib.util.find_spec("pyqtgraph")
    if spec is None or not spec.submodule_search_locations:
        return None
    qt_folder = Path(next(iter(spec.submodule_search_locations))) / "Qt"
    mirrors: dict[str, ModuleType] = {}
    for short_name in MIRRORED:
        name = f"pyqtgraph.Qt.{short_name}"
        mirror_spec = _find_spec_in(name, qt_folder)
        if mirror_spec is None or mirror_spec.loader is None:
            log.debug("pyqtgraph has no %s mirror package; importing it as usual", short_name)
            return None
        mirror = importlib.util.module_from_spec(mirror_spec)
        mirror_spec.loader.exec_module(mirror)
        mirror.__getattr__ = _fallback_to(_pyside(short_name), mirror)  # type: ignore[attr-defined]
        mirrors[name] = mirror
    return mirrors


def _find_spec_in(name: str, folder: Path) -> ModuleSpec | None:
    """The spec of submodule ``name`` in ``folder``, found as the import system would once the
    parent package were imported: by asking each finder on ``sys.meta_path``, so it also works
    in a PyInstaller bundle (whose finder holds the modules) and not only for files on disk."""
    for finder in sys.meta_path:
        find_spec = getattr(finder, "find_spec", None)
        if find_spec is None:
            continue
        found = find_spec(name, [str(folder)])
        if found is not None:
            return found
    return None


def _fallback_to(source: ModuleType, mirror: ModuleType) -> Callable[[str], object]:
    """A module ``__getattr__`` answering a name the mirror lacks from ``source``.

    The answer is kept in the mirror, so later look-ups (pyqtgraph's paint code reads
    ``QtCore.QPointF`` and the like on every redraw) are plain attribute reads again.
    """

    def lookup(name: str) -> object:
        value = getattr(source, name)
        setattr(mirror, name, value)
        return value

    return lookup


@contextmanager
def _dir_lists_existing_classes(modules: list[ModuleType]) -> Iterator[None]:
    """While active, ``dir(module)`` lists only the names already in the module's dict."""
    saved = {module: module.__dict__.get("__dir__") for module in modules}
    for module in modules:
        module.__dir__ = _existing_names(module)  # type: ignore[method-assign]
    try:
        yield
    finally:
        for module, original in saved.items():
            if original is None:
                del module.__dir__
            else:
                module.__dir__ = original  # type: ignore[method-assign]


def _existing_names(module: ModuleType) -> Callable[[], list[str]]:
    def names() -> list[str]:
        return list(module.__dict__)

    return names
