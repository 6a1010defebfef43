"""Work around a PySide6 6.12 reference-counting bug on Python 3.10/3.11.

PySide6 6.12's abi3 wheels drop one reference to ``None`` on every call of a void C++ method
(``setText``, ``resize``, ``processEvents`` …) – harmless on Python ≥ 3.12, where ``None`` is
immortal, but on 3.11 the count reaches zero after a few thousand calls and the interpreter aborts
with "Fatal Python error: none_dealloc". Charts make thousands of such calls per redraw, so the
charts package makes the singletons effectively immortal, as Python 3.12 does. Remove this module
when the project requires Python ≥ 3.12 or a fixed PySide6.
"""

from __future__ import annotations

import ctypes
import sys

#: Far more references than a process can ever drop, far fewer than would overflow Py_ssize_t.
_RESERVE = 1 << 40
_applied = False


def keep_singletons_alive() -> bool:
    """Give None/True/False a huge reference reserve once; True when the reserve was added."""
    global _applied
    if _applied or sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return False
    for singleton in (None, True, False):
        # ob_refcnt is the first field of every PyObject in a release build of CPython 3.11.
        ctypes.c_ssize_t.from_address(id(singleton)).value += _RESERVE
    _applied = True
    return True
