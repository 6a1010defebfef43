"""The store cannot be opened (damaged, not a Lägesbild store, from a newer version): say so
plainly and offer the ways out – open another store, restore a backup, or quit.

The file itself is never touched here: a restore first saves it among the backups (see
``app.storage.backup.restore_backup``). ``ask_store_problem`` and
``ui.dialogs.backup_dialog.choose_backup`` are module attributes looked up at call time, so
tests replace them with stubs instead of showing dialogs.
"""

from __future__ import annotations

from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPushButton, QVBoxLayout, QWidget

from app.domain.errors import LagesbildError
from app.services import safety
from ui.dialogs import backup_dialog, messages
from ui.settings import backup_override_of
from ui.style import label

if TYPE_CHECKING:
    from app.services.workspace import Workspace


class StoreProblemChoice(Enum):
    OPEN_OTHER = "open_other"
    RESTORE = "restore"
    QUIT = "quit"


class StoreProblemDialog(QDialog):
    """The problem in Swedish and three buttons; ``choice`` says which one was pressed."""

    def __init__(
        self,
        path: Path,
        message: str,
        *,
        can_restore: bool,
        quit_text: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.choice = StoreProblemChoice.QUIT
        self.setWindowTitle(self.tr("Databasen kan inte öppnas"))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        self.heading = label(
            self.tr("Databasen {file} kan inte öppnas").format(file=path.name), "subtitle"
        )
        layout.addWidget(self.heading)
        self.message_label = label(message, wrap=True)
        self.message_label.setAccessibleName(self.tr("Felbeskrivning"))
        layout.addWidget(self.message_label)
        hint = (
            self.tr(
                "Filen har inte ändrats. Du kan öppna en annan databas eller återställa en "
                "säkerhetskopia; den nuvarande filen sparas då först bland säkerhetskopiorna."
            )
            if can_restore
            else self.tr(
                "Filen har inte ändrats. Det finns inga säkerhetskopior av den här databasen; "
                "du kan öppna en annan databas."
            )
        )
        self.hint_label = label(f"{hint}\n{path}", "muted", wrap=True)
        layout.addWidget(self.hint_label)
        buttons = QDialogButtonBox()
        self.open_button = QPushButton(self.tr("Öppna en annan databas…"))
        self.restore_button = QPushButton(self.tr("Återställ från säkerhetskopia…"))
        self.restore_button.setEnabled(can_restore)
        self.quit_button = QPushButton(quit_text or self.tr("Avsluta"))
        for button, choice, role in (
            (
                self.open_button,
                StoreProblemChoice.OPEN_OTHER,
                QDialogButtonBox.ButtonRole.AcceptRole,
            ),
            (
                self.restore_button,
                StoreProblemChoice.RESTORE,
                QDialogButtonBox.ButtonRole.AcceptRole,
            ),
            (self.quit_button, StoreProblemChoice.QUIT, QDialogButtonBox.ButtonRole.RejectRole),
        ):
            buttons.addButton(button, role)
            button.clicked.connect(lambda _checked=False, c=choice: self._choose(c))
        (self.restore_button if can_restore else self.open_button).setDefault(True)
        layout.addWidget(buttons)

    def _choose(self, choice: StoreProblemChoice) -> None:
        self.choice = choice
        if choice is StoreProblemChoice.QUIT:
            self.reject()
        else:
            self.accept()


def ask_store_problem(
    parent: QWidget | None, path: Path, message: str, *, can_restore: bool, quit_text: str
) -> StoreProblemChoice:
    """Show the dialog; Escape or closing it counts as ``QUIT``."""
    dialog = StoreProblemDialog(
        path, message, can_restore=can_restore, quit_text=quit_text, parent=parent
    )
    dialog.exec()
    return dialog.choice


def resolve_store_problem(
    parent: QWidget | None, path: Path, error: LagesbildError
) -> Workspace | None:
    """Keep offering the ways out until a store opens (returned) or the user gives up (None).

    With no store open in ``parent`` the third button is "Avsluta" and closes the window (the
    app); otherwise it is "Avbryt" and the open store stays.
    """
    from app.services.workspace import Workspace

    quitting = getattr(parent, "workspace", None) is None
    message = error.message
    override = backup_override_of(parent)
    while True:
        choice = ask_store_problem(
            parent,
            path,
            message,
            can_restore=_has_backups(path, override),
            quit_text=(
                QCoreApplication.translate("StoreProblemDialog", "Avsluta")
                if quitting
                else QCoreApplication.translate("StoreProblemDialog", "Avbryt")
            ),
        )
        if choice is StoreProblemChoice.QUIT:
            if quitting and parent is not None:
                QTimer.singleShot(0, parent.close)
            return None
        try:
            if choice is StoreProblemChoice.OPEN_OTHER:
                other = messages.choose_database_to_open(parent, path)
                if other is None:
                    continue
                path = other
                return Workspace.open(path, backup_dir=override)
            backup = backup_dialog.choose_backup(
                parent, path, allow_create=False, backup_dir=override
            )
            if backup is None:
                continue
            result = safety.restore(path, backup, override)
            workspace = Workspace.open(path, backup_dir=override)
            if result.safety_backup is not None and hasattr(parent, "show_status"):
                parent.show_status(  # type: ignore[attr-defined]
                    QCoreApplication.translate(
                        "StoreProblemDialog",
                        "Databasen återställdes. Den tidigare filen sparades som {file}.",
                    ).format(file=result.safety_backup.name)
                )
            return workspace
        except LagesbildError as exc:
            message = exc.message


def _has_backups(path: Path, override: Path | None) -> bool:
    """Whether there is a backup to offer (False when the folder cannot be read)."""
    try:
        return bool(safety.backups(path, override))
    except LagesbildError:
        return False
