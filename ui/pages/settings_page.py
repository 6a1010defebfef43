"""Inställningar: which store is open, where its backups go, and the defaults a CISO changes.

Changes apply at once (there is no Spara here), so the page never holds unsaved state. A new
backup folder applies to the open store immediately (its next backup goes there) and is
remembered for every store opened later.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.paths import backup_dir
from ui import i18n
from ui.dialogs import messages
from ui.pages.base import Page
from ui.settings import PRESENTATION_OTHER_SCREEN, PRESENTATION_WINDOW_SCREEN, AppSettings
from ui.style import card, label


class SettingsPage(Page):
    """Store location (open/new) plus the default benchmark year and assessor name."""

    title = QT_TRANSLATE_NOOP("SettingsPage", "Inställningar")

    open_store_requested = Signal()
    new_store_requested = Signal()

    def __init__(self, settings: AppSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.setAccessibleName(self.tr("Inställningar"))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(14)
        layout.addWidget(label(self.tr("Inställningar"), "title"))

        store = card()
        store.setMaximumWidth(860)
        store_layout = QVBoxLayout(store)
        store_layout.setContentsMargins(20, 16, 20, 18)
        store_layout.addWidget(label(self.tr("Databas"), "subtitle"))
        store_layout.addWidget(
            label(
                self.tr(
                    "Alla bedömningar, handlingsplaner och genomgångar sparas i en databasfil. "
                    "Lägg den gärna på en plats som säkerhetskopieras."
                ),
                "muted",
                wrap=True,
            )
        )
        row = QHBoxLayout()
        self.path = QLineEdit()
        self.path.setReadOnly(True)
        self.path.setAccessibleName(self.tr("Sökväg till databasen"))
        self.open_button = QPushButton(self.tr("Öppna…"))
        self.open_button.setAccessibleName(self.tr("Öppna en annan databas"))
        self.new_button = QPushButton(self.tr("Ny…"))
        self.new_button.setAccessibleName(self.tr("Skapa en ny databas"))
        row.addWidget(self.path, 1)
        row.addWidget(self.open_button)
        row.addWidget(self.new_button)
        store_layout.addLayout(row)
        self.store_note = label("", "muted", wrap=True)
        store_layout.addWidget(self.store_note)
        backup_row = QHBoxLayout()
        self.backup_note = label("", "muted", wrap=True)
        self.backup_note.setAccessibleName(self.tr("Mapp för säkerhetskopior"))
        self.backup_change_button = QPushButton(self.tr("Ändra…"))
        self.backup_change_button.setAccessibleName(self.tr("Välj mapp för säkerhetskopior"))
        self.backup_reset_button = QPushButton(self.tr("Återställ standard"))
        self.backup_reset_button.setAccessibleName(
            self.tr("Spara säkerhetskopior i standardmappen igen")
        )
        backup_row.addWidget(self.backup_note, 1)
        backup_row.addWidget(self.backup_change_button)
        backup_row.addWidget(self.backup_reset_button)
        store_layout.addLayout(backup_row)
        layout.addWidget(store)

        defaults = card()
        defaults.setMaximumWidth(860)
        defaults_layout = QVBoxLayout(defaults)
        defaults_layout.setContentsMargins(20, 16, 20, 18)
        defaults_layout.addWidget(label(self.tr("Förval"), "subtitle"))
        form = QFormLayout()
        form.setHorizontalSpacing(12)
        self.benchmark_year = QComboBox()
        self.benchmark_year.setAccessibleName(self.tr("Jämför med SKR:s uppföljning år"))
        self.assessor = QLineEdit()
        self.assessor.setAccessibleName(self.tr("Förvalt namn på den som bedömer"))
        self.assessor.setPlaceholderText(
            self.tr("t.ex. Anna Berg, informationssäkerhetssamordnare")
        )
        form.addRow(self.tr("Jämför med SKR-data från:"), self.benchmark_year)
        form.addRow(self.tr("Bedömd av (förval):"), self.assessor)
        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("Språk i Lägesbild"))
        for code, name in i18n.LANGUAGES.items():
            self.language.addItem(name, code)
        form.addRow(self.tr("Språk:"), self.language)
        self.presentation_screen = QComboBox()
        self.presentation_screen.setAccessibleName(self.tr("Skärm för presentationsläget"))
        self.presentation_screen.addItem(
            self.tr("På en annan skärm om en är ansluten (projektor)"), PRESENTATION_OTHER_SCREEN
        )
        self.presentation_screen.addItem(
            self.tr("På samma skärm som Lägesbild"), PRESENTATION_WINDOW_SCREEN
        )
        form.addRow(self.tr("Presentationsläge:"), self.presentation_screen)
        defaults_layout.addLayout(form)
        defaults_layout.addWidget(
            label(
                self.tr(
                    "Jämförelseåret används i översikten och presentationsläget. Namnet fylls i "
                    "när du skapar en ny bedömning."
                ),
                "muted",
                wrap=True,
            )
        )
        layout.addWidget(defaults)
        layout.addStretch(1)

        self.open_button.clicked.connect(self.open_store_requested)
        self.new_button.clicked.connect(self.new_store_requested)
        self.benchmark_year.activated.connect(self._save_benchmark_year)
        self.assessor.editingFinished.connect(self._save_assessor)
        self.language.activated.connect(self._save_language)
        self.presentation_screen.activated.connect(self._save_presentation_screen)
        self.backup_change_button.clicked.connect(self.choose_backup_folder)
        self.backup_reset_button.clicked.connect(self.reset_backup_folder)

    def refresh(self) -> None:
        ws = self.workspace
        path = getattr(ws, "path", None) if ws is not None else None
        self.path.setText(str(path) if path else "")
        notes = []
        if ws is not None and ws.read_only:
            notes.append(self.tr("Databasen är öppnad skrivskyddat; du kan läsa men inte ändra."))
        window = self.window()
        if path is not None and hasattr(window, "is_demo_path") and window.is_demo_path(path):
            notes.append(
                self.tr("Det här är demodata i en tillfällig mapp. Den tas bort när du avslutar.")
            )
        self.store_note.setText(" ".join(notes))
        self.store_note.setVisible(bool(notes))
        folder = self.effective_backup_folder()
        self.backup_note.setText(
            self.tr("Säkerhetskopior sparas i {folder}").format(folder=folder) if folder else ""
        )
        self.backup_note.setVisible(folder is not None)
        self.backup_reset_button.setEnabled(self.settings.backup_override() is not None)
        self.language.setCurrentIndex(
            self.language.findData(i18n.language_setting(self.settings.qsettings))
        )
        self.presentation_screen.setCurrentIndex(
            self.presentation_screen.findData(self.settings.presentation_screen)
        )

        self.benchmark_year.clear()
        if ws is not None:
            years = ws.reference.benchmarks.years
            for year in sorted(years, reverse=True):
                self.benchmark_year.addItem(f"{year}", year)
            self.benchmark_year.setCurrentIndex(
                self.benchmark_year.findData(self.settings.benchmark_year(years))
            )
        self.assessor.setText(self.settings.default_assessor)

    # Backup folder ---------------------------------------------------------------------------

    def effective_backup_folder(self) -> Path | None:
        """Where the open store's backups go (None with no store open)."""
        ws = self.workspace
        if ws is not None and hasattr(ws, "backup_dir"):
            return ws.backup_dir
        path = getattr(ws, "path", None) if ws is not None else None
        return backup_dir(path, self.settings.backup_override()) if path else None

    def choose_backup_folder(self) -> None:
        """Ändra…: pick a folder, check it can hold backups, remember it and use it now."""
        folder = messages.choose_backup_folder(self, self.effective_backup_folder())
        if folder is None:
            return
        from app.storage.backup import backup_folder_problem

        problem = backup_folder_problem(folder)
        if problem is not None:
            messages.show_error(self, self.tr("Mappen kan inte användas"), problem)
            return
        self._apply_backup_folder(folder)

    def reset_backup_folder(self) -> None:
        """Återställ standard: backups beside the store (or in LAGESBILD_BACKUP_DIR) again."""
        self._apply_backup_folder(None)

    def _apply_backup_folder(self, folder: Path | None) -> None:
        self.settings.backup_folder = folder
        self.settings.session_backup_folder = None
        self.settings.sync()
        ws = self.workspace
        path = getattr(ws, "path", None) if ws is not None else None
        window = self.window()
        demo = path is not None and hasattr(window, "is_demo_path") and window.is_demo_path(path)
        if ws is not None and hasattr(ws, "backup_override") and not demo:
            ws.backup_override = folder
        self.refresh()
        effective = self.effective_backup_folder()
        if demo:
            self.status_message.emit(
                self.tr("Mappen för säkerhetskopior gäller de databaser du öppnar härnäst.")
            )
        elif effective is not None:
            self.status_message.emit(
                self.tr("Säkerhetskopior sparas nu i {folder}.").format(folder=effective)
            )
        else:
            self.status_message.emit(self.tr("Mappen för säkerhetskopior är sparad."))

    def _save_benchmark_year(self) -> None:
        self.settings.default_benchmark_year = self.benchmark_year.currentData()
        self.status_message.emit(
            self.tr("Jämförelseår: {year}.").format(year=self.benchmark_year.currentText())
        )
        self.data_changed.emit()

    def _save_language(self) -> None:
        i18n.set_language_setting(self.language.currentData(), self.settings.qsettings)
        self.status_message.emit(self.tr("Språket byts när du startar om Lägesbild."))

    def _save_presentation_screen(self) -> None:
        choice = self.presentation_screen.currentData()
        self.settings.presentation_screen = choice
        if choice == PRESENTATION_WINDOW_SCREEN:
            message = self.tr("Presentationsläget öppnas på samma skärm som Lägesbild.")
        else:
            message = self.tr("Presentationsläget öppnas på en annan skärm när en är ansluten.")
        self.status_message.emit(message)

    def _save_assessor(self) -> None:
        if self.assessor.text().strip() != self.settings.default_assessor:
            self.settings.default_assessor = self.assessor.text()
            self.status_message.emit(self.tr("Förvalt namn är sparat."))
