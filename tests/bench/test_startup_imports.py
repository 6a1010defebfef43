"""What the desktop app imports before its first paint stays light (no timing asserted).

``lagesbild`` enters through ``app.launcher``, then imports ``ui.application`` and
``ui.main_window`` and builds the window before it paints; pyqtgraph (~0.5 s here), the store
(sqlite_utils pulls in numpy), the command line with its sub-commands and the report/export
libraries must wait until after the first paint. bench/run.py measures the
time; this guards the cause.
"""

from __future__ import annotations

import json
from pathlib import Path

HEAVY = (
    "pyqtgraph",
    "numpy",
    "sqlite_utils",
    "reportlab",
    "openpyxl",
    "docx",
    "pikepdf",
    "app.cli",
    "app.storage",
    "app.services.workspace",
    "app.reference",
)

SCRIPT = """
import json, sys
from PySide6.QtCore import QSettings
import app.launcher
from ui.application import create_application
from ui.main_window import MainWindow
from ui.settings import AppSettings

app = create_application("offscreen")
settings = AppSettings(QSettings(sys.argv[1], QSettings.Format.IniFormat))
window = MainWindow(None, settings, startup=lambda window: None)
print(json.dumps(sorted(m for m in HEAVY if m in sys.modules)))
"""


def test_nothing_heavy_is_imported_before_the_first_paint(tmp_path: Path, fresh_python) -> None:
    output = fresh_python(SCRIPT.replace("HEAVY", repr(HEAVY)), str(tmp_path / "settings.ini"))
    assert json.loads(output.splitlines()[-1]) == []
