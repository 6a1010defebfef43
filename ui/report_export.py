"""'Skapa rapport': save the management-review report as PDF/A or Word, off the GUI thread.

The content is gathered on the GUI thread (the workspace's SQLite connection belongs to it, and
it takes milliseconds); the slow part – layout, charts, PDF/A – runs in a ui.workers task with a
progress dialog whose Avbryt stops the build without leaving a file behind.

    export = ReportExport(parent)
    export.start(workspace, organisation, year, review_id=None)
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QProgressDialog, QWidget

from app.domain.errors import LagesbildError
from app.domain.model import Organisation
from app.report import ReportCancelled, ReportContent, build_docx, build_pdf, build_report_content
from app.services.workspace import Workspace
from ui.dialogs import messages
from ui.workers import Cancelled, TaskContext, TaskHandle, run_task

PDF_FILTER = "PDF/A för arkivering (*.pdf)"
DOCX_FILTER = "Word-dokument, redigerbart (*.docx)"


def suggested_name(content: ReportContent, suffix: str = ".pdf") -> str:
    """'Ledningens genomgång 2026 – Demoköpings kommun.pdf' (no characters Windows forbids)."""
    name = f"Ledningens genomgång {content.year} – {content.organisation}"
    return "".join("-" if ch in '<>:"/\\|?*' else ch for ch in name) + suffix


def choose_target(parent: QWidget | None, start: Path) -> Path | None:
    """The Save dialog; the chosen filter decides the suffix when the user typed none."""
    path, chosen = QFileDialog.getSaveFileName(
        parent, "Spara rapport", str(start), f"{PDF_FILTER};;{DOCX_FILTER}"
    )
    if not path:
        return None
    target = Path(path)
    if target.suffix.lower() not in (".pdf", ".docx"):
        target = target.with_suffix(".docx" if chosen == DOCX_FILTER else ".pdf")
    return target


def build_report_file(content: ReportContent, target: Path, context: TaskContext) -> Path:
    """The worker's job: build PDF or Word, with the task's progress and cancel."""
    build = build_docx if target.suffix.lower() == ".docx" else build_pdf
    try:
        return build(
            content, target, progress=context.progress, cancelled=lambda: context.cancelled
        )
    except ReportCancelled:
        raise Cancelled from None


class ReportExport(QObject):
    """One report export at a time: Save dialog, progress dialog, result message."""

    #: Emitted with the saved file when the report is complete.
    saved = Signal(Path)
    #: A short message for the status bar.
    status_message = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._parent = parent
        self._task: TaskHandle | None = None
        self._dialog: QProgressDialog | None = None
        self.last_folder = Path.home()

    @property
    def running(self) -> bool:
        return self._task is not None and not self._task.is_done

    def start(
        self,
        workspace: Workspace,
        organisation: Organisation,
        year: int,
        review_id: int | None = None,
        benchmark_year: int = 2023,
        target: Path | None = None,
    ) -> TaskHandle | None:
        """Ask where to save (unless ``target`` is given) and build the report in the background."""
        if self.running:
            return None
        try:
            content = build_report_content(
                workspace, organisation, year, review_id=review_id, benchmark_year=benchmark_year
            )
        except LagesbildError as exc:
            messages.show_error(self._parent, "Skapa rapport", exc.message)
            return None
        if target is None:
            target = choose_target(self._parent, self.last_folder / suggested_name(content))
            if target is None:
                return None
        self.last_folder = target.parent
        self._dialog = self._progress_dialog()
        self._task = run_task(
            lambda context: build_report_file(content, target, context),
            on_finished=self._finished,
            on_failed=self._failed,
            on_progress=self._progress,
            on_cancelled=self._cancelled,
        )
        self._dialog.canceled.connect(self._task.cancel)
        self._task.done.connect(self._close_dialog)
        self.status_message.emit(f"Skapar rapporten {target.name}…")
        return self._task

    def cancel(self) -> None:
        if self._task is not None:
            self._task.cancel()

    def _progress_dialog(self) -> QProgressDialog:
        dialog = QProgressDialog("Förbereder rapporten…", "Avbryt", 0, 100, self._parent)
        dialog.setWindowTitle("Skapar rapport")
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(300)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.setValue(0)
        return dialog

    def _progress(self, percent: int, step: str) -> None:
        if self._dialog is not None:
            self._dialog.setLabelText(step + "…" if step and not step.endswith("…") else step)
            self._dialog.setValue(percent)

    def _close_dialog(self) -> None:
        if self._dialog is not None:
            self._dialog.close()
            self._dialog.deleteLater()
            self._dialog = None

    def _finished(self, result: object) -> None:
        path = Path(str(result))
        self.status_message.emit(f"Rapporten sparades som {path}.")
        self.saved.emit(path)
        if messages.confirm(
            self._parent,
            "Rapporten är klar",
            f"Rapporten sparades som\n{path}",
            "Öppna rapporten",
        ):
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    def _failed(self, message: str) -> None:
        self.status_message.emit("Rapporten kunde inte skapas.")
        messages.show_error(self._parent, "Skapa rapport", message)

    def _cancelled(self) -> None:
        self.status_message.emit("Rapporten avbröts; ingen fil sparades.")
