"""Ändringslogg: the store's audit log as a table, with the selected change's before/after."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.domain.errors import LagesbildError
from app.services import safety
from app.storage.audit import AuditEntry
from ui.dialogs import messages
from ui.models.safety_models import AuditLogModel, audit_details
from ui.record_table import record_table
from ui.style import label

if TYPE_CHECKING:
    from app.services.workspace import Workspace


class AuditDialog(QDialog):
    """Every recorded change, newest first; "Exportera…" writes CSV or JSON."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.setWindowTitle(self.tr("Ändringslogg"))
        self.resize(980, 620)
        layout = QVBoxLayout(self)
        entries = list(reversed(safety.audit_entries(workspace)))
        self.intro = label(
            self.tr(
                "{count} registrerade ändringar i {file}. Loggen skrivs av databasen själv vid "
                "varje ändring och kan inte ändras eller rensas."
            ).format(count=len(entries), file=workspace.path.name),
            "muted",
            wrap=True,
        )
        layout.addWidget(self.intro)
        self.model = AuditLogModel(entries, self)
        self.table = record_table(self.tr("Ändringslogg"), self.model)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.details = QPlainTextEdit()
        self.details.setReadOnly(True)
        self.details.setAccessibleName(self.tr("Ändringens innehåll före och efter"))
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.details)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout.addWidget(splitter, 1)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_details())
        self.table.resizeColumnsToContents()
        buttons = QDialogButtonBox()
        self.export_button = QPushButton(self.tr("Exportera…"))
        self.export_button.clicked.connect(self.export)
        self.close_button = QPushButton(self.tr("Stäng"))
        self.close_button.clicked.connect(self.reject)
        buttons.addButton(self.export_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.close_button, QDialogButtonBox.ButtonRole.RejectRole)
        layout.addWidget(buttons)
        if entries:
            self.table.selectRow(0)

    def selected(self) -> AuditEntry | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.record(rows[0].row()) if rows else None

    def _show_details(self) -> None:
        index = self.table.currentIndex()
        entry = self.model.record(index.row()) if index.isValid() else None
        self.details.setPlainText(audit_details(entry) if entry else "")

    def export(self, path: Path | None = None) -> Path | None:
        """Write the whole log (oldest first) as CSV or JSON, by the chosen file's extension."""
        if path is None:
            name, _ = QFileDialog.getSaveFileName(
                self,
                self.tr("Exportera ändringsloggen"),
                str(self.workspace.path.with_name("andringslogg.csv")),
                self.tr("CSV för Excel (*.csv);;JSON (*.json)"),
            )
            if not name:
                return None
            path = Path(name)
        fmt = "json" if path.suffix.lower() == ".json" else "csv"
        try:
            written = safety.write_audit(safety.audit_entries(self.workspace), path, fmt)
        except LagesbildError as exc:
            messages.show_error(self, self.tr("Ändringsloggen kunde inte exporteras"), exc.message)
            return None
        self.setWindowTitle(
            self.tr("Ändringslogg – exporterad till {file}").format(file=written.name)
        )
        return written


def show_audit_log(parent: QWidget | None, workspace: Workspace | None) -> None:
    """Arkiv → Ändringslogg…"""
    if workspace is None:
        return
    AuditDialog(workspace, parent).exec()
