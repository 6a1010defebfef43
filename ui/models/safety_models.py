"""Table models for the data-safety dialogs: the store's backups and its audit log."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any, TypeVar

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Qt

from app.services import safety
from app.storage.audit import AuditEntry
from app.storage.backup import BackupFile
from app.swedish_format import format_date
from ui.models.table import ModelIndex, RowTableModel

T = TypeVar("T")

# The Swedish labels of app.services.safety (REASON_LABELS, TABLE_LABELS, ACTION_LABELS), marked
# so lupdate keeps their translations; shown through reason_text/table_text/action_text. A test
# checks that they are still the labels app/ gives.
REASON_TEXTS = (
    QT_TRANSLATE_NOOP("BackupListModel", "Daglig, vid start"),
    QT_TRANSLATE_NOOP("BackupListModel", "Manuell"),
    QT_TRANSLATE_NOOP("BackupListModel", "Före uppgradering"),
    QT_TRANSLATE_NOOP("BackupListModel", "Före återställning"),
    QT_TRANSLATE_NOOP("BackupListModel", "Före återställning (kopia av skadad databas)"),
    QT_TRANSLATE_NOOP("BackupListModel", "Före import"),
)
TABLE_TEXTS = (
    QT_TRANSLATE_NOOP("AuditLogModel", "Organisation"),
    QT_TRANSLATE_NOOP("AuditLogModel", "Bedömning"),
    QT_TRANSLATE_NOOP("AuditLogModel", "Områdessvar"),
    QT_TRANSLATE_NOOP("AuditLogModel", "Profilsvar"),
    QT_TRANSLATE_NOOP("AuditLogModel", "Återöppning av bedömning"),
    QT_TRANSLATE_NOOP("AuditLogModel", "Ledningens genomgång"),
    QT_TRANSLATE_NOOP("AuditLogModel", "Underlag (a–g)"),
    QT_TRANSLATE_NOOP("AuditLogModel", "Beslut"),
    QT_TRANSLATE_NOOP("AuditLogModel", "Återöppning av genomgång"),
    QT_TRANSLATE_NOOP("AuditLogModel", "Aktivitet"),
    QT_TRANSLATE_NOOP("AuditLogModel", "Aktivitetens område"),
    QT_TRANSLATE_NOOP("AuditLogModel", "Aktivitetskommentar"),
    QT_TRANSLATE_NOOP("AuditLogModel", "Ledningens godkännande"),
    QT_TRANSLATE_NOOP("AuditLogModel", "Ledamot"),
    QT_TRANSLATE_NOOP("AuditLogModel", "Utbildning"),
    QT_TRANSLATE_NOOP("AuditLogModel", "Databasen"),
)
ACTION_TEXTS = (
    QT_TRANSLATE_NOOP("AuditLogModel", "Tillagd"),
    QT_TRANSLATE_NOOP("AuditLogModel", "Ändrad"),
    QT_TRANSLATE_NOOP("AuditLogModel", "Borttagen"),
    QT_TRANSLATE_NOOP("AuditLogModel", "Fastställd"),
    QT_TRANSLATE_NOOP("AuditLogModel", "Öppnad igen"),
    QT_TRANSLATE_NOOP("AuditLogModel", "Återställd från säkerhetskopia"),
    QT_TRANSLATE_NOOP("AuditLogModel", "Import"),
    QT_TRANSLATE_NOOP("AuditLogModel", "Ändringsloggen startade"),
)


def reason_text(reason: str) -> str:
    """Why a backup was taken, in the interface language."""
    return QCoreApplication.translate("BackupListModel", safety.reason_label(reason))


def table_text(table: str) -> str:
    """What kind of record an audit entry concerns, in the interface language."""
    return QCoreApplication.translate("AuditLogModel", safety.table_label(table))


def action_text(action: str) -> str:
    """What happened in an audit entry, in the interface language."""
    return QCoreApplication.translate("AuditLogModel", safety.action_label(action))


class RecordTableModel(RowTableModel[T]):
    """Read-only rows of records, each shown as a tuple of texts; ``record(row)`` gives it back.

    Subclasses set ``HEADERS`` (Swedish sources marked in the context ``CONTEXT``, the class's
    name) and ``RIGHT_ALIGNED`` and implement ``cells`` (and optionally ``tooltip``).
    """

    RIGHT_ALIGNED: frozenset[int] = frozenset()
    CONTEXT = "RecordTableModel"

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

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        value = super().headerData(section, orientation, role)
        return QCoreApplication.translate(self.CONTEXT, value) if isinstance(value, str) else value

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

    CONTEXT = "BackupListModel"
    HEADERS = (
        QT_TRANSLATE_NOOP("BackupListModel", "Datum"),
        QT_TRANSLATE_NOOP("BackupListModel", "Storlek"),
        QT_TRANSLATE_NOOP("BackupListModel", "Orsak"),
        QT_TRANSLATE_NOOP("BackupListModel", "Fil"),
    )
    RIGHT_ALIGNED = frozenset({1})

    def cells(self, record: BackupFile) -> tuple[str, ...]:
        return (
            f"{format_date(record.created_at)} {record.created_at:%H:%M}",
            safety.format_size(record.size),
            reason_text(record.reason),
            record.path.name,
        )

    def tooltip(self, record: BackupFile) -> str:
        return str(record.path)


class AuditLogModel(RecordTableModel[AuditEntry]):
    """The audit log, newest first, with Swedish names for tables and actions."""

    CONTEXT = "AuditLogModel"
    HEADERS = (
        QT_TRANSLATE_NOOP("AuditLogModel", "Tid (UTC)"),
        QT_TRANSLATE_NOOP("AuditLogModel", "Användare"),
        QT_TRANSLATE_NOOP("AuditLogModel", "Vad"),
        QT_TRANSLATE_NOOP("AuditLogModel", "Post"),
        QT_TRANSLATE_NOOP("AuditLogModel", "Händelse"),
        QT_TRANSLATE_NOOP("AuditLogModel", "Motivering"),
    )

    def cells(self, record: AuditEntry) -> tuple[str, ...]:
        return (
            record.at.replace("T", " ").removesuffix("+00:00"),
            record.actor,
            table_text(record.table),
            record.record_id,
            action_text(record.action),
            record.reason or "",
        )

    def tooltip(self, record: AuditEntry) -> str:
        return audit_details(record)


def audit_details(entry: AuditEntry) -> str:
    """The entry's before and after values as readable text (for the detail pane)."""
    parts = [
        f"{action_text(entry.action)}: {table_text(entry.table)} {entry.record_id}".rstrip(),
        QCoreApplication.translate("AuditLogModel", "{at} av {actor}").format(
            at=entry.at, actor=entry.actor
        ),
    ]
    if entry.reason:
        parts.append(
            QCoreApplication.translate("AuditLogModel", "Motivering: {reason}").format(
                reason=entry.reason
            )
        )
    for title, values in (
        (QCoreApplication.translate("AuditLogModel", "Före"), entry.before),
        (QCoreApplication.translate("AuditLogModel", "Efter"), entry.after),
    ):
        if values is not None:
            parts.append(f"{title}:\n{json.dumps(values, ensure_ascii=False, indent=2)}")
    return "\n\n".join(parts)
