"""The small "Exportera" menu next to each chart: PNG, SVG, copy.

The save-path question is injectable (``PathChooser``) so tests and other callers never open a
modal dialog; the default uses a non-blocking QFileDialog (``open()``, not ``exec()``).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Signal
from PySide6.QtWidgets import QFileDialog, QMenu, QToolButton, QWidget

from ui.charts.export import Exportable, ExportError, copy_to_clipboard, export_png, export_svg

#: (parent, caption, suggested path, name filter, callback with the chosen path)
PathChooser = Callable[[QWidget, str, str, str, Callable[[str], None]], None]


def dialog_path_chooser(
    parent: QWidget, caption: str, suggested: str, name_filter: str, chosen: Callable[[str], None]
) -> None:
    """Ask for a file name without blocking the event loop; ``chosen`` runs on acceptance."""
    dialog = QFileDialog(parent, caption, suggested, name_filter)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setDefaultSuffix(Path(suggested).suffix.lstrip("."))
    dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    dialog.fileSelected.connect(chosen)
    dialog.finished.connect(dialog.deleteLater)
    dialog.open()


def safe_file_name(text: str) -> str:
    """A file name that works on Windows too: keep å/ä/ö, drop \\ / : * ? " < > |."""
    cleaned = re.sub(r'[\\/:*?"<>|\n\r\t]+', " ", text)
    return re.sub(r"\s+", " ", cleaned).strip(" .") or "diagram"


class ExportButton(QToolButton):
    """A menu button that exports one chart; reports the outcome through signals."""

    #: Confirmation for the status bar, e.g. "Diagrammet sparades som …" (interface language).
    exported = Signal(str)
    #: Error message when writing failed (interface language).
    failed = Signal(str)

    def __init__(
        self,
        chart: Exportable,
        suggested_name: Callable[[], str],
        path_chooser: PathChooser | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._chart = chart
        self._suggested_name = suggested_name
        self._choose = path_chooser or dialog_path_chooser
        self.directory = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.PicturesLocation
        ) or str(Path.home())
        self.setText(self.tr("Exportera"))
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.setAccessibleName(self.tr("Exportera diagrammet"))
        self.setToolTip(self.tr("Spara diagrammet som bild eller kopiera det"))
        menu = QMenu(self)
        self.png_action = menu.addAction(self.tr("Spara som PNG (hög upplösning)…"), self.save_png)
        self.svg_action = menu.addAction(self.tr("Spara som SVG…"), self.save_svg)
        menu.addSeparator()
        self.copy_action = menu.addAction(self.tr("Kopiera till urklipp"), self.copy)
        self.setMenu(menu)

    def save_png(self) -> None:
        self._ask(
            self.tr("Spara diagrammet som PNG"), ".png", self.tr("PNG-bild (*.png)"), export_png
        )

    def save_svg(self) -> None:
        self._ask(
            self.tr("Spara diagrammet som SVG"), ".svg", self.tr("SVG-bild (*.svg)"), export_svg
        )

    def copy(self) -> None:
        try:
            copy_to_clipboard(self._chart)
        except ExportError as exc:
            self.failed.emit(exc.message)
            return
        self.exported.emit(self.tr("Diagrammet har kopierats till urklipp."))

    def _ask(self, caption: str, suffix: str, name_filter: str, write) -> None:
        suggested = str(Path(self.directory) / (safe_file_name(self._suggested_name()) + suffix))

        def chosen(path: str) -> None:
            if not path:
                return
            target = Path(path)
            if target.suffix.lower() != suffix:
                target = target.with_name(target.name + suffix)
            try:
                written = write(self._chart, target)
            except ExportError as exc:
                self.failed.emit(exc.message)
                return
            self.directory = str(written.parent)
            self.exported.emit(self.tr("Diagrammet sparades som {path}.").format(path=written))

        self._choose(self.window(), caption, suggested, name_filter, chosen)
