"""Every modal question the app asks, as plain functions.

Callers use ``messages.confirm(...)`` (module attribute, looked up at call time), so tests stub a
question with ``monkeypatch.setattr(messages, "confirm", ...)`` and no dialog ever blocks a run.
Button texts are set explicitly in Swedish (wrapped for Qt's translation system, context
``Messages``) rather than relying on Qt's own catalogue.
"""

from __future__ import annotations

from enum import Enum
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QFileDialog, QInputDialog, QLineEdit, QMessageBox, QWidget

DATABASE_FILTER = QT_TRANSLATE_NOOP(
    "Messages", "Lägesbild-databas (*.db *.sqlite *.lagesbild);;Alla filer (*)"
)


class UnsavedChoice(Enum):
    """The answer to 'you have unsaved changes'."""

    SAVE = "save"
    DISCARD = "discard"
    CANCEL = "cancel"


def ask_unsaved_changes(parent: QWidget | None, what: str) -> UnsavedChoice:
    """Spara / Spara inte / Avbryt for pending edits described by ``what``."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("Messages", "Osparade ändringar"))
    box.setText(
        QCoreApplication.translate("Messages", "Du har osparade ändringar i {what}.").format(
            what=what
        )
    )
    box.setInformativeText(
        QCoreApplication.translate("Messages", "Vill du spara dem innan du går vidare?")
    )
    save = box.addButton(
        QCoreApplication.translate("Messages", "Spara"), QMessageBox.ButtonRole.AcceptRole
    )
    discard = box.addButton(
        QCoreApplication.translate("Messages", "Spara inte"), QMessageBox.ButtonRole.DestructiveRole
    )
    cancel = box.addButton(
        QCoreApplication.translate("Messages", "Avbryt"), QMessageBox.ButtonRole.RejectRole
    )
    box.setDefaultButton(save)
    box.setEscapeButton(cancel)
    box.exec()
    clicked = box.clickedButton()
    if clicked is save:
        return UnsavedChoice.SAVE
    if clicked is discard:
        return UnsavedChoice.DISCARD
    return UnsavedChoice.CANCEL


def confirm(parent: QWidget | None, title: str, text: str, accept: str, detail: str = "") -> bool:
    """A yes/no question whose yes-button says what will happen (``accept``)."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(title)
    box.setText(text)
    if detail:
        box.setInformativeText(detail)
    yes = box.addButton(accept, QMessageBox.ButtonRole.AcceptRole)
    no = box.addButton(
        QCoreApplication.translate("Messages", "Avbryt"), QMessageBox.ButtonRole.RejectRole
    )
    box.setDefaultButton(no)
    box.setEscapeButton(no)
    box.exec()
    return box.clickedButton() is yes


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


def show_error(parent: QWidget | None, title: str, text: str) -> None:
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(title)
    box.setText(text)
    box.addButton(QCoreApplication.translate("Messages", "OK"), QMessageBox.ButtonRole.AcceptRole)
    box.exec()


def show_information(parent: QWidget | None, title: str, text: str) -> None:
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Information)
    box.setWindowTitle(title)
    box.setText(text)
    box.addButton(QCoreApplication.translate("Messages", "OK"), QMessageBox.ButtonRole.AcceptRole)
    box.exec()


def choose_database_to_open(parent: QWidget | None, start: Path | None) -> Path | None:
    path, _ = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("Messages", "Öppna databas"),
        str(start.parent if start else Path.home()),
        QCoreApplication.translate("Messages", DATABASE_FILTER),
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
