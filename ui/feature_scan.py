"""Spare every module import PySide6's ``__feature__`` source scan.

Once PySide6 is loaded it inspects each newly imported module: it reads the module's whole
source (``inspect.getsource``, kept in ``linecache``) to see whether it mentions "PySide6", so
that a module which later writes ``from __feature__ import snake_case`` gets its own feature
selection (PYSIDE-2029). At Lägesbild's start that is some 350 modules (numpy, pyqtgraph, the
app), about 0.1 s and several MB of cached source, for a feature nothing here uses: no module
in ``app/``, ``ui/`` or pyqtgraph imports ``__feature__`` (a test checks).

Without a feature selection the scan's two answers behave alike (0 = "no feature", -1 =
"ignore", which keeps the current selection, and that is always "no feature"), so every module
is given PySide's answer for a PySide module, 0, without reading its source.
"""

from __future__ import annotations

import logging

log = logging.getLogger(__name__)


def skip_pyside_feature_scan() -> bool:
    """Make PySide record "no feature" for new modules without reading them; True if done.

    Harmless to call again; does nothing (returns False) on a PySide6 without the scan.
    """
    try:
        from PySide6.support import feature
    except ImportError:
        return False
    if not callable(getattr(feature, "_mod_uses_pyside", None)):
        log.debug("PySide6 has no __feature__ source scan to skip")
        return False
    feature._mod_uses_pyside = _uses_no_feature
    return True


def _uses_no_feature(module: object) -> bool:
    """PySide's question "does this module use PySide?", answered so that it gets selection 0
    ("no feature"), the selection every module has while no ``__feature__`` is imported."""
    return True
