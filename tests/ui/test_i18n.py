"""The interface language: Swedish source strings, English from the compiled Qt catalogue."""

from __future__ import annotations

import importlib.util
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QSettings

from ui import i18n

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "i18n" / "lagesbild_en.ts"


def _build_translations_module():
    spec = importlib.util.spec_from_file_location(
        "build_translations", ROOT / "scripts" / "build_translations.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def compiled(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("qm")
    built = _build_translations_module().build_translations(TS.parent, out)
    assert [p.name for p in built] == ["lagesbild_en.qm"]
    return out


@pytest.fixture
def translated_app(qapp):
    yield qapp
    i18n.remove_translators(qapp)


def test_english_translates_known_strings(translated_app, compiled):
    translator = i18n.install_translator(translated_app, "en", compiled)
    assert translator is not None and not translator.isEmpty()
    assert QCoreApplication.translate("AboutDialog", "Om Lägesbild") == "About Lägesbild"
    assert QCoreApplication.translate("AboutDialog", "Licens:") == "Licence:"


def test_switching_back_to_swedish_removes_the_english_catalogue(translated_app, compiled):
    i18n.install_translator(translated_app, "en", compiled)
    assert i18n.install_translator(translated_app, "sv", compiled) is None
    assert QCoreApplication.translate("AboutDialog", "Om Lägesbild") == "Om Lägesbild"


def test_swedish_qt_strings_come_from_qtbase(translated_app):
    i18n.install_translator(translated_app, "sv")
    # Qt's own dialog buttons follow the language when Qt's catalogues are present.
    if not i18n.installed_translators(translated_app):
        pytest.skip("Qt's qtbase_sv.qm is not shipped with this PySide6")
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Avbryt"


def test_missing_catalogue_leaves_the_interface_swedish(translated_app, tmp_path):
    assert i18n.install_translator(translated_app, "en", tmp_path) is None
    assert QCoreApplication.translate("AboutDialog", "Om Lägesbild") == "Om Lägesbild"


@pytest.mark.parametrize(
    ("given", "expected"),
    [("en", "en"), ("en_GB", "en"), ("EN-us", "en"), ("sv_SE", "sv"), ("de", "sv"), (None, "sv")],
)
def test_normalise_language_codes(given, expected):
    assert i18n.normalise(given) == expected


def test_language_setting_round_trips_and_defaults_to_swedish(tmp_path):
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    assert i18n.language_setting(settings) == "sv"
    assert i18n.set_language_setting("English", settings) == "sv"  # names are not codes
    assert i18n.set_language_setting("en", settings) == "en"
    assert i18n.language_setting(settings) == "en"
    assert set(i18n.LANGUAGES) == {"sv", "en"}


def test_every_current_message_in_the_english_catalogue_is_translated():
    root = ET.parse(TS).getroot()
    assert root.get("language") == "en" and root.get("sourcelanguage") == "sv_SE"
    untranslated = []
    for context in root.iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation.get("type") in ("vanished", "obsolete"):
                continue
            if translation.get("type") == "unfinished" or not (translation.text or "").strip():
                untranslated.append((context.findtext("name"), message.findtext("source")))
    assert untranslated == []


def test_settings_page_offers_the_language_and_shows_the_backup_folder(qtbot, settings, workspace):
    from ui.pages.settings_page import SettingsPage

    page = SettingsPage(settings)
    qtbot.addWidget(page)
    page.set_context(workspace, None)
    assert [page.language.itemData(i) for i in range(page.language.count())] == ["sv", "en"]
    assert page.language.currentData() == "sv"
    assert str(workspace.path.parent / "backups") in page.backup_note.text()

    messages = []
    page.status_message.connect(messages.append)
    page.language.setCurrentIndex(page.language.findData("en"))
    page.language.activated.emit(page.language.currentIndex())
    assert i18n.language_setting(settings.qsettings) == "en"
    assert messages and "startar om" in messages[-1]


@pytest.mark.parametrize(
    ("context", "source", "english"),
    [
        ("MainWindow", "&Arkiv", "&File"),
        ("MainWindow", "&Hjälp", "&Help"),
        ("MainWindow", "Översikt", "Overview"),
        ("MainWindow", "Ledningens genomgång", "Management review"),
        ("MainWindow", "Kommungrupp {group}", "Municipality group {group}"),
        ("WelcomePage", "Välkommen till Lägesbild", "Welcome to Lägesbild"),
        ("SettingsPage", "Språk:", "Language:"),
        ("AboutDialog", "Öppna datamappen", "Open data folder"),
    ],
)
def test_catalogue_covers_main_window_navigation_menus_welcome_and_settings(
    translated_app, compiled, context, source, english
):
    i18n.install_translator(translated_app, "en", compiled)
    translated = QCoreApplication.translate(context, source)
    assert translated == english
    # Named placeholders survive translation, so .format() works after tr().
    assert translated.format(group="B") == english.format(group="B")
