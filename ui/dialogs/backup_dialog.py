"""Säkerhetskopior: list the store's backups, take one now, restore one.

``choose_backup`` shows the dialog and returns the backup the user chose to restore (after a
confirmation), so the caller decides how to restore: the main window first closes its own
workspace (which holds the store's lock), the store-problem flow has none open. Tests replace
``choose_backup`` (a module attribute looked up at call time) instead of showing the dialog.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app import paths
from app.domain.errors import LagesbildError
from app.services import safety
from app.storage.backup import BackupFile
from app.swedish_format import format_date
from ui.dialogs import messages
from ui.models.safety_models import BackupListModel, reason_text
from ui.record_table import record_table
from ui.settings import backup_override_of
from ui.style import label

if TYPE_CHECKING:
    from ui.main_window import MainWindow


class BackupDialog(QDialog):
    """The backups of one store, newest first, with "Skapa nu" and "Återställ…"."""

    def __init__(
        self,
        db_path: Path,
        parent: QWidget | None = None,
        *,
        allow_create: bool = True,
        backup_dir: Path | None = None,
    ) -> None:
        super().__init__(parent)
        self.db_path = Path(db_path)
        #: The folder override (see app.paths.backup_dir) the list, "Skapa nu" and restore use.
        self.backup_dir = backup_dir
        self.chosen: Path | None = None
        self.setWindowTitle(self.tr("Säkerhetskopior"))
        self.resize(720, 420)
        layout = QVBoxLayout(self)
        self.intro = label(
            self.tr(
                "Lägesbild tar en säkerhetskopia när programmet startar (högst en per dygn), före "
                "uppgraderingar, importer och återställningar. De tio senaste sparas, och den "
                "senaste från varje månad i två år.\nMapp: {folder}"
            ).format(folder=paths.backup_dir(self.db_path, self.backup_dir)),
            "muted",
            wrap=True,
        )
        layout.addWidget(self.intro)
        self.problem_label = label("", "muted", wrap=True)
        self.problem_label.hide()
        layout.addWidget(self.problem_label)
        self.model = BackupListModel(self._backups(), self)
        self.table = record_table(self.tr("Säkerhetskopior"), self.model)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.doubleClicked.connect(lambda _index: self.restore_selected())
        layout.addWidget(self.table, 1)
        self.empty_label = label(self.tr("Det finns inga säkerhetskopior ännu."), "muted")
        layout.addWidget(self.empty_label)

        buttons = QDialogButtonBox()
        self.create_button = QPushButton(self.tr("Skapa säkerhetskopia nu"))
        self.create_button.setVisible(allow_create)
        self.create_button.clicked.connect(self.create_now)
        self.restore_button = QPushButton(self.tr("Återställ…"))
        self.restore_button.clicked.connect(self.restore_selected)
        self.close_button = QPushButton(self.tr("Stäng"))
        self.close_button.clicked.connect(self.reject)
        buttons.addButton(self.create_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.close_button, QDialogButtonBox.ButtonRole.RejectRole)
        layout.addWidget(buttons)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self._select_first()

    def _backups(self) -> list[BackupFile]:
        """The list, or none with the reason shown when the folder cannot be read."""
        try:
            found = safety.backups(self.db_path, self.backup_dir)
        except LagesbildError as exc:
            self.problem_label.setText(exc.message)
            self.problem_label.show()
            return []
        self.problem_label.hide()
        return found

    def _select_first(self) -> None:
        has_rows = self.model.rowCount() > 0
        self.empty_label.setVisible(not has_rows)
        if has_rows:
            self.table.selectRow(0)
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.restore_button.setEnabled(self.selected() is not None)

    def selected(self) -> BackupFile | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.record(rows[0].row()) if rows else None

    def create_now(self) -> None:
        try:
            created = safety.backup_now(self.db_path, self.backup_dir)
        except LagesbildError as exc:
            messages.show_error(self, self.tr("Säkerhetskopian kunde inte skapas"), exc.message)
            return
        self.model.set_records(self._backups())
        self._select_first()
        self.setWindowTitle(
            self.tr("Säkerhetskopior – {file} skapad").format(file=created.path.name)
        )

    def restore_selected(self) -> None:
        backup = self.selected()
        if backup is None:
            return
        try:
            safety.check_backup(backup.path)
        except LagesbildError as exc:
            messages.show_error(self, self.tr("Säkerhetskopian kan inte användas"), exc.message)
            return
        when = f"{format_date(backup.created_at)} {backup.created_at:%H:%M}"
        if not messages.confirm(
            self,
            self.tr("Återställ säkerhetskopia"),
            self.tr("Vill du återställa databasen från säkerhetskopian {when} ({reason})?").format(
                when=when, reason=reason_text(backup.reason).lower()
            ),
            self.tr("Återställ"),
            self.tr(
                "Ändringar gjorda efter säkerhetskopian försvinner ur databasen. Den nuvarande "
                "databasen sparas först som en egen säkerhetskopia, så inget går förlorat."
            ),
        ):
            return
        self.chosen = backup.path
        self.accept()


def choose_backup(
    parent: QWidget | None,
    db_path: Path,
    *,
    allow_create: bool = True,
    backup_dir: Path | None = None,
) -> Path | None:
    """Show the backups of ``db_path``; the one the user confirmed to restore, or None."""
    dialog = BackupDialog(db_path, parent, allow_create=allow_create, backup_dir=backup_dir)
    dialog.exec()
    return dialog.chosen


def show_backups(window: MainWindow) -> None:
    """Arkiv → Säkerhetskopior…: list, back up now, restore into the open window."""
    path = window.store_path()
    if path is None:
        window.show_status(QCoreApplication.translate("BackupDialog", "Ingen databas är öppen."))
        return
    override = _window_backup_override(window)
    chosen = choose_backup(window, path, backup_dir=override)
    if chosen is not None:
        restore_in_window(window, path, chosen)


def _window_backup_override(window: MainWindow) -> Path | None:
    """The open store's backup folder override (the setting, unless it is demo data)."""
    workspace = window.workspace
    if workspace is not None and hasattr(workspace, "backup_override"):
        return workspace.backup_override
    return backup_override_of(window)


def restore_in_window(window: MainWindow, db_path: Path, backup: Path) -> bool:
    """Close the window's store, restore ``backup`` over it and open it again."""
    from app.services.workspace import Workspace

    read_only = bool(window.workspace and window.workspace.read_only)
    override = _window_backup_override(window)
    if not window.set_workspace(None):  # unsaved edits: the user chose to stay
        return False
    result = None
    try:
        result = safety.restore(db_path, backup, override)
    except LagesbildError as exc:
        messages.show_error(
            window,
            QCoreApplication.translate("BackupDialog", "Säkerhetskopian kunde inte återställas"),
            exc.message,
        )
    try:
        workspace = Workspace.open(db_path, read_only=read_only, backup_dir=override)
    except LagesbildError as exc:
        messages.show_error(
            window,
            QCoreApplication.translate("BackupDialog", "Databasen kunde inte öppnas"),
            exc.message,
        )
        return False
    window.set_workspace(workspace, guard=False)
    if result is None:
        return False
    kept = result.safety_backup
    if kept:
        text = QCoreApplication.translate(
            "BackupDialog",
            "Databasen återställdes från {backup}. Den tidigare databasen sparades som {kept}.",
        ).format(backup=backup.name, kept=kept.name)
    else:
        text = QCoreApplication.translate(
            "BackupDialog", "Databasen återställdes från {backup}."
        ).format(backup=backup.name)
    window.show_status(text)
    return True
