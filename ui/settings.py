"""The GUI's remembered preferences, typed, over QSettings.

Only presentation state lives here (window geometry, last store and organisation, defaults for
new assessments, the backup folder); the records themselves live in the store. Tests inject a
QSettings on a temporary ini file so they never touch the user's configuration.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QObject, QSettings

#: Where the presentation opens (``AppSettings.presentation_screen``): on a screen other than the
#: main window's when one is connected – a projector in "extend" mode, as presentation programs
#: do – or always on the main window's screen.
PRESENTATION_OTHER_SCREEN = "other"
PRESENTATION_WINDOW_SCREEN = "window"


def _store_key(path: Path) -> str:
    """A stable, slash-free key per store file (QSettings treats '/' as a group separator)."""
    import hashlib  # only when a store is known: keeps it (and OpenSSL) out of the first paint

    return hashlib.sha1(str(path.expanduser().resolve()).encode("utf-8")).hexdigest()[:16]


class AppSettings:
    """Typed access to the few things the desktop app remembers between runs."""

    def __init__(self, qsettings: QSettings | None = None) -> None:
        self._s = qsettings if qsettings is not None else QSettings()
        #: ``lagesbild --backup-dir MAPP``: this run's backup folder, stronger than the saved
        #: one and never saved; choosing a folder in Inställningar replaces it.
        self.session_backup_folder: Path | None = None

    @property
    def qsettings(self) -> QSettings:
        return self._s

    def sync(self) -> None:
        self._s.sync()

    # Window -----------------------------------------------------------------------------------

    @property
    def window_geometry(self) -> QByteArray | None:
        value = self._s.value("window/geometry")
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    @window_geometry.setter
    def window_geometry(self, value: QByteArray) -> None:
        self._s.setValue("window/geometry", value)

    @property
    def window_state(self) -> QByteArray | None:
        value = self._s.value("window/state")
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    @window_state.setter
    def window_state(self, value: QByteArray) -> None:
        self._s.setValue("window/state", value)

    # Store and organisation -------------------------------------------------------------------

    @property
    def last_database(self) -> Path | None:
        value = self._s.value("session/database", "")
        return Path(str(value)) if value else None

    @last_database.setter
    def last_database(self, path: Path | None) -> None:
        self._s.setValue("session/database", str(path) if path else "")

    def last_organisation(self, store: Path) -> int | None:
        """The organisation last shown for ``store`` – each store remembers its own."""
        value = self._s.value(f"lastOrganisation/{_store_key(store)}")
        try:
            return int(value) if value not in (None, "") else None
        except (TypeError, ValueError):
            return None

    def set_last_organisation(self, store: Path, organisation_id: int | None) -> None:
        key = f"lastOrganisation/{_store_key(store)}"
        if organisation_id is None:
            self._s.remove(key)
        else:
            self._s.setValue(key, int(organisation_id))

    # Defaults for new work --------------------------------------------------------------------

    @property
    def default_benchmark_year(self) -> int | None:
        """The SKR survey year to compare with; None means the latest published."""
        value = self._s.value("defaults/benchmarkYear")
        try:
            return int(value) if value not in (None, "") else None
        except (TypeError, ValueError):
            return None

    @default_benchmark_year.setter
    def default_benchmark_year(self, year: int | None) -> None:
        self._s.setValue("defaults/benchmarkYear", int(year) if year else "")

    def benchmark_year(self, available: tuple[int, ...] | list[int]) -> int:
        """The default benchmark year if it is still published, else the latest available."""
        chosen = self.default_benchmark_year
        return chosen if chosen in available else max(available)

    @property
    def default_assessor(self) -> str:
        return str(self._s.value("defaults/assessor", "") or "")

    @default_assessor.setter
    def default_assessor(self, name: str) -> None:
        self._s.setValue("defaults/assessor", name.strip())

    # Presentation -----------------------------------------------------------------------------

    @property
    def presentation_screen(self) -> str:
        """PRESENTATION_OTHER_SCREEN (the default) or PRESENTATION_WINDOW_SCREEN."""
        value = str(self._s.value("presentation/screen", "") or "")
        return value if value == PRESENTATION_WINDOW_SCREEN else PRESENTATION_OTHER_SCREEN

    @presentation_screen.setter
    def presentation_screen(self, value: str) -> None:
        if value not in (PRESENTATION_OTHER_SCREEN, PRESENTATION_WINDOW_SCREEN):
            raise ValueError(f"unknown presentation screen setting {value!r}")
        self._s.setValue("presentation/screen", value)

    # Backups ----------------------------------------------------------------------------------

    @property
    def backup_folder(self) -> Path | None:
        """The chosen folder for backups; None means the default (see app.paths.backup_dir)."""
        value = self._s.value("backups/folder", "")
        return Path(str(value)) if value else None

    @backup_folder.setter
    def backup_folder(self, folder: Path | None) -> None:
        self._s.setValue("backups/folder", str(folder) if folder else "")

    def backup_override(self) -> Path | None:
        """The override for ``app.paths.backup_dir``: this run's ``--backup-dir``, else the
        saved folder, else None (``LAGESBILD_BACKUP_DIR`` or ``backups`` beside the store)."""
        return self.session_backup_folder or self.backup_folder


def backup_override_of(widget: QObject | None) -> Path | None:
    """The backup-folder override of the window owning ``widget`` (its ``settings``), if any."""
    settings = getattr(widget, "settings", None)
    return settings.backup_override() if isinstance(settings, AppSettings) else None


def presentation_screen_of(widget: QObject | None) -> str:
    """The presentation-screen setting of ``widget`` (a main window with ``settings``), else
    the default."""
    settings = getattr(widget, "settings", None)
    if isinstance(settings, AppSettings):
        return settings.presentation_screen
    return PRESENTATION_OTHER_SCREEN
