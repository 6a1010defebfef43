"""Arkiv → Exportera till fil… / Importera från fil…: the JSON handover file in the GUI.

The questions (which file, what to do about an organisation that already exists) are module
functions looked up at call time, so tests replace them with stubs.
"""

from __future__ import annotations

from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from app.domain.errors import LagesbildError
from app.services import safety
from ui.dialogs import messages

if TYPE_CHECKING:
    from ui.main_window import MainWindow

#: Module-level texts use the context ``ExchangeDialog`` (there is no class of that name).
EXPORT_FILTER = QT_TRANSLATE_NOOP("ExchangeDialog", "Lägesbild-export (*.json);;Alla filer (*)")


def _translated(text: str) -> str:
    return QCoreApplication.translate("ExchangeDialog", text)


class ConflictChoice(Enum):
    SKIP_EXISTING = "skip"
    NEW_NAME = "rename"
    CANCEL = "cancel"


def choose_export_file(parent: QWidget | None, start: Path) -> Path | None:
    name, _ = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("ExchangeDialog", "Exportera till fil"),
        str(start),
        _translated(EXPORT_FILTER),
    )
    if not name:
        return None
    path = Path(name)
    return path if path.suffix else path.with_suffix(".json")


def choose_import_file(parent: QWidget | None, start: Path) -> Path | None:
    name, _ = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("ExchangeDialog", "Importera från fil"),
        str(start),
        _translated(EXPORT_FILTER),
    )
    return Path(name) if name else None


def ask_conflict(parent: QWidget | None, message: str, single: bool) -> ConflictChoice:
    """Hoppa över befintliga / Importera under nytt namn… (one organisation only) / Avbryt."""
    box = messages.message_box(
        parent,
        QMessageBox.Icon.Warning,
        QCoreApplication.translate("ExchangeDialog", "Organisationen finns redan"),
        message,
        QCoreApplication.translate(
            "ExchangeDialog", "Befintliga uppgifter skrivs aldrig över. Vad vill du göra?"
        ),
    )
    accept = QMessageBox.ButtonRole.AcceptRole
    rename = (
        [
            (
                QCoreApplication.translate("ExchangeDialog", "Importera under nytt namn…"),
                accept,
                ConflictChoice.NEW_NAME,
            )
        ]
        if single
        else []
    )
    return messages.choose(
        box,
        [
            (
                QCoreApplication.translate("ExchangeDialog", "Hoppa över befintliga"),
                accept,
                ConflictChoice.SKIP_EXISTING,
            ),
            *rename,
            (
                QCoreApplication.translate("ExchangeDialog", "Avbryt"),
                QMessageBox.ButtonRole.RejectRole,
                ConflictChoice.CANCEL,
            ),
        ],
        default=ConflictChoice.CANCEL,
        escape=ConflictChoice.CANCEL,
    )


def export_to_file(window: MainWindow) -> Path | None:
    """Export every organisation of the open store (the handover file)."""
    workspace = window.workspace
    if workspace is None:
        return None
    path = choose_export_file(window, workspace.path.with_name("lagesbild-export.json"))
    if path is None:
        return None
    try:
        summary = safety.export_json(workspace, path)
    except LagesbildError as exc:
        messages.show_error(
            window,
            QCoreApplication.translate("ExchangeDialog", "Exporten misslyckades"),
            exc.message,
        )
        return None
    window.show_status(
        QCoreApplication.translate(
            "ExchangeDialog", "Exporterade {count} organisationer ({records} poster) till {path}."
        ).format(count=len(summary.organisations), records=summary.records, path=summary.path)
    )
    return summary.path


def import_from_file(window: MainWindow) -> safety.ImportSummary | None:
    """Import an export file; an existing organisation is skipped or renamed, never replaced."""
    workspace = window.workspace
    if workspace is None:
        return None
    if workspace.read_only:
        messages.show_error(
            window,
            QCoreApplication.translate("ExchangeDialog", "Importen kan inte göras"),
            QCoreApplication.translate("ExchangeDialog", "Databasen är öppnad skrivskyddad."),
        )
        return None
    path = choose_import_file(window, workspace.path.parent)
    if path is None:
        return None
    try:
        try:
            summary = safety.import_json(workspace, path)
        except safety.ImportConflictError as conflict:
            choice = ask_conflict(window, conflict.message, single=len(conflict.names) == 1)
            if choice is ConflictChoice.CANCEL:
                return None
            if choice is ConflictChoice.SKIP_EXISTING:
                summary = safety.import_json(workspace, path, skip_existing=True)
            else:
                name = messages.ask_text(
                    window,
                    QCoreApplication.translate("ExchangeDialog", "Importera under nytt namn"),
                    QCoreApplication.translate("ExchangeDialog", "Nytt namn på organisationen:"),
                )
                if name is None:
                    return None
                summary = safety.import_json(workspace, path, new_name=name)
    except LagesbildError as exc:
        messages.show_error(
            window,
            QCoreApplication.translate("ExchangeDialog", "Filen kunde inte importeras"),
            exc.message,
        )
        return None
    if summary.imported:
        imported = next(o for o in workspace.organisations() if o.name == summary.imported[0])
        window.select_organisation(int(imported.id or 0))
        window.show_status(
            QCoreApplication.translate(
                "ExchangeDialog", "Importerade {names} ({records} poster)."
            ).format(names=", ".join(summary.imported), records=summary.records)
        )
    else:
        window.show_status(
            QCoreApplication.translate(
                "ExchangeDialog", "Inget importerades: organisationerna finns redan."
            )
        )
    return summary
