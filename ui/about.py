"""The "Om Lägesbild" dialog: version, licence, where the data lives, sources and Qt versions."""

from __future__ import annotations

import html
from pathlib import Path

import PySide6
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QUrl, qVersion
from PySide6.QtGui import QDesktopServices, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app import app_version
from app.paths import backup_dir, data_dir, resources_dir
from ui.settings import backup_override_of

APP_NAME = "Lägesbild"
LICENSE = "MIT"
SKR_SOURCE = QT_TRANSLATE_NOOP(
    "AboutDialog",
    "Sveriges Kommuner och Regioner (2023): Kommunernas informationssäkerhetsarbete. "
    "Jämförelsetal: Figur 64–67.",
)


def _selectable(text: str, parent: QWidget, wrap: bool = False) -> QLabel:
    label = QLabel(text, parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setWordWrap(wrap)
    return label


class AboutDialog(QDialog):
    """Shows what the user needs to cite, support or hand over the program and its data."""

    def __init__(
        self,
        parent: QWidget | None,
        data_location: Path,
        backup_directory: Path | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.data_location = Path(data_location)
        self.data_directory = data_dir()
        self.backup_directory = backup_directory or effective_backup_folder(
            parent, self.data_location
        )
        self.setWindowTitle(self.tr("Om Lägesbild"))
        self.setMinimumWidth(560)

        layout = QVBoxLayout(self)

        header = QHBoxLayout()
        icon = QLabel(self)
        pixmap = QPixmap(str(resources_dir() / "icons" / "lagesbild-64.png"))
        if not pixmap.isNull():
            icon.setPixmap(pixmap)
        header.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        title = QLabel(
            f"<h2>{APP_NAME}</h2>"
            + html.escape(
                self.tr(
                    "Kommunens systematiska informationssäkerhetsarbete: självskattning, "
                    "jämförelse mot SKR, handlingsplan och ledningens genomgång."
                )
            ),
            self,
        )
        title.setWordWrap(True)
        header.addWidget(title, 1)
        layout.addLayout(header)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.version_label = _selectable(app_version(), self)
        self.version_label.setObjectName("versionLabel")
        form.addRow(self.tr("Version:"), self.version_label)
        self.license_label = _selectable(LICENSE, self)
        form.addRow(self.tr("Licens:"), self.license_label)
        self.store_label = _selectable(str(self.data_location), self)
        self.store_label.setObjectName("storeLabel")
        form.addRow(self.tr("Öppen databas:"), self.store_label)
        self.data_dir_label = _selectable(str(self.data_directory), self)
        self.data_dir_label.setObjectName("dataDirLabel")
        form.addRow(self.tr("Datakatalog:"), self.data_dir_label)
        self.backup_label = _selectable(str(self.backup_directory), self)
        form.addRow(self.tr("Säkerhetskopior:"), self.backup_label)
        self.qt_label = _selectable(f"Qt {qVersion()}, PySide6 {PySide6.__version__}", self)
        self.qt_label.setObjectName("qtLabel")
        form.addRow(self.tr("Qt/PySide:"), self.qt_label)
        layout.addLayout(form)

        # Long text gets the full width: a wrapped label inside QFormLayout is cut off.
        source_heading = self.tr("Källa för jämförelsetal:")
        layout.addWidget(QLabel(f"<b>{html.escape(source_heading)}</b>", self))
        self.source_label = _selectable(
            QCoreApplication.translate("AboutDialog", SKR_SOURCE), self, wrap=True
        )
        self.source_label.setObjectName("sourceLabel")
        layout.addWidget(self.source_label)

        self.note_label = QLabel(
            self.tr(
                "Alla värden i Lägesbild är självskattningar som kommunen själv har gjort. "
                "De är inte granskade eller certifierade av SKR eller någon annan."
            ),
            self,
        )
        self.note_label.setWordWrap(True)
        self.note_label.setObjectName("selfAssessmentNote")
        layout.addWidget(self.note_label)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.open_folder_button = QPushButton(self.tr("Öppna datamappen"), self)
        self.open_folder_button.clicked.connect(self.open_data_folder)
        buttons.addButton(self.open_folder_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def open_data_folder(self) -> bool:
        """Open the folder holding the open store in the system's file manager."""
        folder = self.data_location.parent
        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    def plain_text(self) -> str:
        """Everything the dialog says, for copying into a support request (and for tests)."""
        rows = [
            f"{APP_NAME} {self.version_label.text()}",
            f"{self.tr('Licens:')} {self.license_label.text()}",
            f"{self.tr('Öppen databas:')} {self.store_label.text()}",
            f"{self.tr('Datakatalog:')} {self.data_dir_label.text()}",
            f"{self.tr('Säkerhetskopior:')} {self.backup_label.text()}",
            f"{self.tr('Källa för jämförelsetal:')} {self.source_label.text()}",
            f"{self.tr('Qt/PySide:')} {self.qt_label.text()}",
            self.note_label.text(),
        ]
        return "\n".join(rows)


def effective_backup_folder(parent: QWidget | None, data_location: Path) -> Path:
    """Where backups of ``data_location`` go: the open workspace's folder when it is that store,
    else the rule of ``app.paths.backup_dir`` with the window's saved choice."""
    workspace = getattr(parent, "workspace", None)
    if workspace is not None and getattr(workspace, "path", None) == data_location:
        folder = getattr(workspace, "backup_dir", None)
        if isinstance(folder, Path):
            return folder
    return backup_dir(data_location, backup_override_of(parent))


def show_about(parent: QWidget | None, data_location: Path) -> AboutDialog:
    """Show the About dialog modally and return it (closed) for callers that want its text."""
    dialog = AboutDialog(parent, data_location)
    dialog.exec()
    return dialog
