"""The About dialog tells the version, licence, where the data is, the SKR source and Qt's version."""

from __future__ import annotations

from pathlib import Path

import PySide6
from PySide6.QtCore import qVersion

from app import app_version
from app.paths import data_dir
from ui import about, i18n


def test_about_shows_version_and_data_location(qtbot, tmp_path: Path):
    store = tmp_path / "kommun" / "lagesbild.db"
    dialog = about.AboutDialog(None, store)
    qtbot.addWidget(dialog)

    assert dialog.windowTitle() == "Om Lägesbild"
    assert dialog.version_label.text() == app_version()
    assert dialog.store_label.text() == str(store)
    assert dialog.data_dir_label.text() == str(data_dir())
    assert dialog.backup_label.text() == str(store.parent / "backups")
    assert dialog.license_label.text() == "MIT"
    text = dialog.plain_text()
    assert "Sveriges Kommuner och Regioner (2023): Kommunernas informationssäkerhetsarbete." in text
    assert "Figur 64–67" in text
    assert f"Qt {qVersion()}" in text and f"PySide6 {PySide6.__version__}" in text
    assert "självskattningar" in dialog.note_label.text()


def test_app_version_is_the_installed_package_version():
    import tomllib

    root = Path(__file__).resolve().parents[2]
    pyproject = tomllib.loads((root / "pyproject.toml").read_text(encoding="utf-8"))
    version = app_version()
    # '0+dev' only when the project is not installed (pip install -e . fixes that).
    assert version in (pyproject["project"]["version"], "0+dev")


def test_show_about_runs_modally_and_returns_the_dialog(qtbot, monkeypatch, tmp_path: Path):
    shown = []
    monkeypatch.setattr(about.AboutDialog, "exec", lambda self: shown.append(self) or 0)
    dialog = about.show_about(None, tmp_path / "x.db")
    qtbot.addWidget(dialog)
    assert shown == [dialog]


def test_about_follows_the_english_translation(qtbot, qapp, tmp_path: Path):
    import importlib.util

    root = Path(__file__).resolve().parents[2]
    spec = importlib.util.spec_from_file_location(
        "build_translations", root / "scripts" / "build_translations.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    module.build_translations(root / "resources" / "i18n", tmp_path)
    try:
        assert i18n.install_translator(qapp, "en", tmp_path) is not None
        dialog = about.AboutDialog(None, tmp_path / "x.db")
        qtbot.addWidget(dialog)
        assert dialog.windowTitle() == "About Lägesbild"
        assert dialog.open_folder_button.text() == "Open data folder"
    finally:
        i18n.remove_translators(qapp)
