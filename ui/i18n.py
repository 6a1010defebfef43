"""The user's interface language: Swedish source strings, English through Qt's translation system.

The GUI is written with Swedish strings wrapped in ``self.tr()`` / ``QCoreApplication.translate``;
``resources/i18n/lagesbild_<lang>.qm`` (compiled by ``scripts/build_translations.py``) maps them to
another language. Call ``install_translator(app, language_setting(QSettings()))`` once at startup,
before the main window is built. A change of language takes effect at the next start.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from app.paths import resources_dir

#: Languages offered in the settings page, code → name shown in its own language.
LANGUAGES: dict[str, str] = {"sv": "Svenska", "en": "English"}
DEFAULT_LANGUAGE = "sv"
SETTINGS_KEY = "ui/language"
CATALOGUE = "lagesbild"

# Translators installed by us, kept per application so they stay alive and can be replaced.
_installed: dict[int, list[QTranslator]] = {}


def translations_dir() -> Path:
    """Where the compiled .qm catalogues live (source tree or PyInstaller bundle)."""
    return resources_dir() / "i18n"


def normalise(language: str | None) -> str:
    """A supported language code; anything unknown falls back to Swedish."""
    code = (language or "").strip().lower().replace("-", "_").split("_", 1)[0]
    return code if code in LANGUAGES else DEFAULT_LANGUAGE


def language_setting(settings: QSettings | None = None) -> str:
    """The chosen language, stored in QSettings under ``ui/language``."""
    settings = settings if settings is not None else QSettings()
    return normalise(str(settings.value(SETTINGS_KEY, DEFAULT_LANGUAGE) or DEFAULT_LANGUAGE))


def set_language_setting(language: str, settings: QSettings | None = None) -> str:
    """Remember ``language`` for the next start; returns the code actually stored."""
    settings = settings if settings is not None else QSettings()
    code = normalise(language)
    settings.setValue(SETTINGS_KEY, code)
    return code


def installed_translators(app: QCoreApplication) -> list[QTranslator]:
    return list(_installed.get(id(app), []))


def remove_translators(app: QCoreApplication) -> None:
    for translator in _installed.pop(id(app), []):
        app.removeTranslator(translator)


def install_translator(
    app: QCoreApplication, language: str | None, directory: Path | None = None
) -> QTranslator | None:
    """Install the translators for ``language`` and return the app's own (None for Swedish).

    Qt's own strings (standard buttons such as OK/Avbryt) are translated from Qt's bundled
    ``qtbase_<lang>.qm`` when available. Earlier translators installed here are removed first,
    so calling this again switches language. A missing catalogue is not an error: the GUI then
    simply stays Swedish.
    """
    remove_translators(app)
    code = normalise(language)
    translators: list[QTranslator] = []

    qt_translator = QTranslator(app)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt_translator.load(QLocale(code), "qtbase", "_", qt_dir):
        app.installTranslator(qt_translator)
        translators.append(qt_translator)

    own: QTranslator | None = None
    if code != DEFAULT_LANGUAGE:
        candidate = QTranslator(app)
        folder = directory if directory is not None else translations_dir()
        if candidate.load(f"{CATALOGUE}_{code}", str(folder)):
            app.installTranslator(candidate)
            translators.append(candidate)
            own = candidate

    _installed[id(app)] = translators
    return own
