"""``ui.application.run``: the window paints first, the store and the icon follow."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtGui import QIcon

from app.demo import create_demo_store
from ui import application
from ui.main_window import MainWindow
from ui.settings import AppSettings


def test_run_opens_the_store_and_sets_the_icon_after_the_first_paint(
    qapp, qtbot, tmp_path: Path, monkeypatch, no_modal_dialogs
) -> None:
    store = tmp_path / "demo.db"
    create_demo_store(store)
    ini = str(tmp_path / "settings.ini")
    monkeypatch.setattr(
        application, "AppSettings", lambda: AppSettings(QSettings(ini, QSettings.Format.IniFormat))
    )
    qapp.setWindowIcon(QIcon())
    seen: dict[str, object] = {}

    def event_loop() -> int:
        window = next(w for w in qapp.topLevelWidgets() if isinstance(w, MainWindow))
        seen["icon_before_paint"] = not qapp.windowIcon().isNull()
        qtbot.waitUntil(lambda: window.workspace is not None, timeout=10_000)
        qtbot.waitUntil(lambda: not qapp.windowIcon().isNull(), timeout=5_000)
        seen["organisation"] = window.organisation.name if window.organisation else None
        window.close()
        return 0

    monkeypatch.setattr(qapp, "exec", event_loop)
    assert application.run(store, False, None, None) == 0
    assert seen["icon_before_paint"] is False
    assert seen["organisation"] == "Demoköpings kommun"
    assert not qapp.windowIcon().isNull()
