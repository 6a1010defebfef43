"""Table models for the data-safety dialogs: the store's backups and its audit log."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any, TypeVar

from PySide6.QtCore import QObject, Qt

from app.services import safety
from app.storage.audit import AuditEntry
from app.storage.backup import BackupFile
from app.swedish_format import format_date
from ui.models.table import ModelIndex, RowTableModel

T = TypeVar("T")


class RecordTableModel(RowTableModel[T]):
    """Read-only rows of records, each shown as a tuple of texts; ``record(row)`` gives it back.

    Subclasses set ``HEADERS`` and ``RIGHT_ALIGNED`` and implement ``cells`` (and optionally
    ``tooltip``).
    """

    RIGHT_ALIGNED: frozenset[int] = frozenset()

    def __init__(self, records: Sequence[T] = (), parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows = list(records)
        self._cells = [self.cells(r) for r in self._rows]

    def set_records(self, records: Sequence[T]) -> None:
        self.beginResetModel()
        self._rows = list(records)
        self._cells = [self.cells(r) for r in self._rows]
        self.endResetModel()

    def record(self, row: int) -> T:
        return self._rows[row]

    def cells(self, record: T) -> tuple[str, ...]:
        raise NotImplementedError

    def tooltip(self, record: T) -> str | None:
        return None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._cells[index.row()][index.column()]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tooltip(self._rows[index.row()])
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in self.RIGHT_ALIGNED:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class BackupListModel(RecordTableModel[BackupFile]):
    """Backups, newest first: when, how large, why, which file."""

    HEADERS = ("Datum", "Storlek", "Orsak", "Fil")
    RIGHT_ALIGNED = frozenset({1})

    def cells(self, record: BackupFile) -> tuple[str, ...]:
        return (
            f"{format_date(record.created_at)} {record.created_at:%H:%M}",
            safety.format_size(record.size),
            safety.reason_label(record.reason),
            record.path.name,
        )

    def tooltip(self, record: BackupFile) -> str:
        return str(record.path)


class AuditLogModel(RecordTableModel[AuditEntry]):
    """The audit log, newest first, with Swedish names for tables and actions."""

    HEADERS = ("Tid (UTC)", "Användare", "Vad", "Post", "Händelse", "Motivering")

    def cells(self, record: AuditEntry) -> tuple[str, ...]:
        return (
            record.at.replace("T", " ").removesuffix("+00:00"),
            record.actor,
            safety.table_label(record.table),
            record.record_id,
            safety.action_label(record.action),
            record.reason or "",
        )

    def tooltip(self, record: AuditEntry) -> str:
        return audit_details(record)


def audit_details(entry: AuditEntry) -> str:
    """The entry's before and after values as readable text (for the detail pane)."""
    parts = [
        f"{safety.action_label(entry.action)}: {safety.table_label(entry.table)} "
        f"{entry.record_id}".rstrip(),
        f"{entry.at} av {entry.actor}",
    ]
    if entry.reason:
        parts.append(f"Motivering: {entry.reason}")
    for title, values in (("Före", entry.before), ("Efter", entry.after)):
        if values is not None:
            parts.append(f"{title}:\n{json.dumps(values, ensure_ascii=False, indent=2)}")
    return "\n\n".join(parts)
