"""Every modal question the app asks, as plain functions.

Callers use ``messages.confirm(...)`` (module attribute, looked up at call time), so tests stub a
question with ``monkeypatch.setattr(messages, "confirm", ...)`` and no dialog ever blocks a run.
Button texts are set explicitly in Swedish (wrapped for Qt's translation system, context
``Messages``) rather than relying on Qt's own catalogue.
"""

from __future__ import annotations

from collections.abc import Sequence
from enum import Enum
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QFileDialog, QInputDialog, QLineEdit, QMessageBox, QWidget

T = TypeVar("T")

DATABASE_FILTER = QT_TRANSLATE_NOOP(
    "Messages", "Lägesbild-databas (*.db *.sqlite *.lagesbild);;Alla filer (*)"
)


class UnsavedChoice(Enum):
    """The answer to 'you have unsaved changes'."""

    SAVE = "save"
    DISCARD = "discard"
    CANCEL = "cancel"


def message_box(
    parent: QWidget | None, icon: QMessageBox.Icon, title: str, text: str, detail: str = ""
) -> QMessageBox:
    """A message box with its icon, title, text and (when given) the informative detail."""
    box = QMessageBox(parent)
    box.setIcon(icon)
    box.setWindowTitle(title)
    box.setText(text)
    if detail:
        box.setInformativeText(detail)
    return box


def choose(
    box: QMessageBox,
    choices: Sequence[tuple[str, QMessageBox.ButtonRole, T]],
    default: T,
    escape: T,
) -> T:
    """Show ``box`` with a button per ``(text, role, choice)``; the chosen button's choice, or
    ``escape`` (also the Esc key's) when the box is closed otherwise."""
    buttons = [(box.addButton(text, role), choice) for text, role, choice in choices]
    box.setDefaultButton(next(b for b, c in buttons if c == default))
    box.setEscapeButton(next(b for b, c in buttons if c == escape))
    box.exec()
    clicked = box.clickedButton()
    return next((c for b, c in buttons if b is clicked), escape)


def ask_unsaved_changes(parent: QWidget | None, what: str) -> UnsavedChoice:
    """Spara / Spara inte / Avbryt for pending edits described by ``what``."""
    box = message_box(
        parent,
        QMessageBox.Icon.Warning,
        QCoreApplication.translate("Messages", "Osparade ändringar"),
        QCoreApplication.translate("Messages", "Du har osparade ändringar i {what}.").format(
            what=what
        ),
        QCoreApplication.translate("Messages", "Vill du spara dem innan du går vidare?"),
    )
    return choose(
        box,
        [
            (
                QCoreApplication.translate("Messages", "Spara"),
                QMessageBox.ButtonRole.AcceptRole,
                UnsavedChoice.SAVE,
            ),
            (
                QCoreApplication.translate("Messages", "Spara inte"),
                QMessageBox.ButtonRole.DestructiveRole,
                UnsavedChoice.DISCARD,
            ),
            (
                QCoreApplication.translate("Messages", "Avbryt"),
                QMessageBox.ButtonRole.RejectRole,
                UnsavedChoice.CANCEL,
            ),
        ],
        default=UnsavedChoice.SAVE,
        escape=UnsavedChoice.CANCEL,
    )


def confirm(parent: QWidget | None, title: str, text: str, accept: str, detail: str = "") -> bool:
    """A yes/no question whose yes-button says what will happen (``accept``)."""
    box = message_box(parent, QMessageBox.Icon.Question, title, text, detail)
    return choose(
        box,
        [
            (accept, QMessageBox.ButtonRole.AcceptRole, True),
            (
                QCoreApplication.translate("Messages", "Avbryt"),
                QMessageBox.ButtonRole.RejectRole,
                False,
            ),
        ],
        default=False,
        escape=False,
    )


def ask_text(parent: QWidget | None, title: str, prompt: str) -> str | None:
    """One line of required text (e.g. why a fastställd bedömning is reopened); None if cancelled."""
    dialog = QInputDialog(parent)
    dialog.setWindowTitle(title)
    dialog.setLabelText(prompt)
    dialog.setTextEchoMode(QLineEdit.EchoMode.Normal)
    dialog.setOkButtonText(QCoreApplication.translate("Messages", "OK"))
    dialog.setCancelButtonText(QCoreApplication.translate("Messages", "Avbryt"))
    dialog.resize(460, dialog.sizeHint().height())
    if not dialog.exec():
        return None
    text = dialog.textValue().strip()
    return text or None


def _tell(parent: QWidget | None, icon: QMessageBox.Icon, title: str, text: str) -> None:
    box = message_box(parent, icon, title, text)
    box.addButton(QCoreApplication.translate("Messages", "OK"), QMessageBox.ButtonRole.AcceptRole)
    box.exec()


def show_error(parent: QWidget | None, title: str, text: str) -> None:
    _tell(parent, QMessageBox.Icon.Critical, title, text)


def show_information(parent: QWidget | None, title: str, text: str) -> None:
    _tell(parent, QMessageBox.Icon.Information, title, text)


def choose_database_to_open(parent: QWidget | None, start: Path | None) -> Path | None:
    path, _ = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("Messages", "Öppna databas"),
        str(start.parent if start else Path.home()),
        QCoreApplication.translate("Messages", DATABASE_FILTER),
    )
    return Path(path) if path else None


def choose_backup_folder(parent: QWidget | None, start: Path | None) -> Path | None:
    """A folder for backups (existing or newly made in the dialog); None if cancelled."""
    path = QFileDialog.getExistingDirectory(
        parent,
        QCoreApplication.translate("Messages", "Välj mapp för säkerhetskopior"),
        str(start if start and start.is_dir() else Path.home()),
    )
    return Path(path) if path else None


def choose_new_database(parent: QWidget | None, start: Path | None) -> Path | None:
    folder = start.parent if start else Path.home()
    path, _ = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("Messages", "Ny databas"),
        str(folder / "lagesbild.db"),
        QCoreApplication.translate("Messages", DATABASE_FILTER),
    )
    if not path:
        return None
    chosen = Path(path)
    return chosen if chosen.suffix else chosen.with_suffix(".db")
