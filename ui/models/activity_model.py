"""The action plan as a table model, and the proxy that filters and sorts it.

The proxy filters with the domain's ``ActivityFilter`` (the same rules as the CLI and the export)
and sorts on ``SORT_ROLE`` values (dates as ISO text, priority by rank), never on display text.
An overdue activity is marked three ways: an icon and the text "Försenad (N dagar)" in its own
column, and bold text across the row – never by colour alone.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QObject,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QApplication, QStyle

from app.domain.activity import Activity, ActivityFilter, ActivityStatus, area_labels
from app.reference import swedish_sort_key
from app.swedish_format import format_date
from ui.models.table import ModelIndex, RowTableModel

ACTIVITY_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
OVERDUE_TEXT = "Försenad"
OVERDUE_COLOUR = "#9b1c1c"
CLOSED_COLOUR = "#5b6670"


def overdue_text(activity: Activity, today: date) -> str:
    """'Försenad (12 dagar)' or ''."""
    days = activity.days_overdue(today)
    if not days:
        return ""
    return f"{OVERDUE_TEXT} ({days} {'dag' if days == 1 else 'dagar'})"


class ActivityTableModel(RowTableModel[Activity]):
    """One row per activity; ``ACTIVITY_ROLE`` gives the Activity itself."""

    TITLE, AREAS, OWNER, STATUS, PRIORITY, PROGRESS, DUE, OVERDUE = range(8)
    HEADERS = (
        "Aktivitet",
        "Områden",
        "Ansvarig",
        "Status",
        "Prioritet",
        "Klart",
        "Slutdatum",
        "Försenad",
    )
    HEADER_TIPS = (
        "Vad som ska göras",
        "Uppföljningsområden som aktiviteten ska stärka (Generellt = inget särskilt område)",
        "Vem som ansvarar för att aktiviteten genomförs",
        "Ej påbörjad, Pågår, Klar eller Avbruten",
        "Hög, Medel eller Låg",
        "Hur stor del som är klar, i procent",
        "När aktiviteten ska vara klar",
        "Öppna aktiviteter vars slutdatum har passerat",
    )

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.today = date.today()
        self._short_names: Mapping[str, str] = {}
        self._names: Mapping[str, str] = {}
        self._warning = QApplication.style().standardIcon(
            QStyle.StandardPixmap.SP_MessageBoxWarning
        )

    def set_activities(
        self,
        activities: Sequence[Activity],
        today: date,
        short_names: Mapping[str, str],
        names: Mapping[str, str] | None = None,
    ) -> None:
        self.beginResetModel()
        self._rows = list(activities)
        self.today = today
        self._short_names = short_names
        self._names = names or short_names
        self.endResetModel()

    def activity(self, row: int) -> Activity | None:
        return self.row(row)

    @property
    def area_names(self) -> Mapping[str, str]:
        """Full area names (tooltips and details)."""
        return self._names

    def activities(self) -> list[Activity]:
        return list(self._rows)

    def row_of(self, activity_id: int | None) -> int:
        return next((i for i, a in enumerate(self._rows) if a.id == activity_id), -1)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        activity = self.activity(index.row()) if index.isValid() else None
        if activity is None:
            return None
        column = index.column()
        overdue = activity.is_overdue(self.today)
        if role == ACTIVITY_ROLE:
            return activity
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._display(activity, column)
        if role == SORT_ROLE:
            return self._sort_value(activity, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(activity, column)
        if role == Qt.ItemDataRole.FontRole and overdue:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole:
            if overdue and column in (self.OVERDUE, self.DUE):
                return QBrush(QColor(OVERDUE_COLOUR))
            if not activity.is_open:
                return QBrush(QColor(CLOSED_COLOUR))
        if role == Qt.ItemDataRole.DecorationRole and column == self.OVERDUE and overdue:
            return self._warning
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (self.PROGRESS, self.DUE):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _display(self, activity: Activity, column: int) -> str:
        if column == self.TITLE:
            return activity.title
        if column == self.AREAS:
            return area_labels(activity.areas, self._short_names)
        if column == self.OWNER:
            return activity.owner or "–"
        if column == self.STATUS:
            return activity.status.label
        if column == self.PRIORITY:
            return activity.priority.label
        if column == self.PROGRESS:
            return f"{activity.progress}\u00a0%"
        if column == self.DUE:
            return format_date(activity.due_date)
        return overdue_text(activity, self.today)

    def _sort_value(self, activity: Activity, column: int) -> Any:
        if column == self.STATUS:
            return list(ActivityStatus).index(activity.status)
        if column == self.PRIORITY:
            return activity.priority.rank
        if column == self.PROGRESS:
            return activity.progress
        if column == self.DUE:
            return activity.due_date.isoformat() if activity.due_date else "9999"
        if column == self.OVERDUE:
            return -activity.days_overdue(self.today)
        return swedish_sort_key(self._display(activity, column))

    def _tooltip(self, activity: Activity, column: int) -> str:
        if column == self.AREAS:
            return area_labels(activity.areas, self._names)
        if column == self.OVERDUE and activity.is_overdue(self.today):
            return f"Skulle vara klar {format_date(activity.due_date)}"
        if column == self.TITLE:
            lines = [activity.title, f"Ursprung: {activity.origin.label}"]
            latest = activity.latest_comment
            if latest:
                lines.append(f"Senaste kommentar {format_date(latest.written_on)}: {latest.text}")
            return "\n".join(lines)
        return ""


class ActivityFilterProxy(QSortFilterProxyModel):
    """Filters rows with an ``ActivityFilter``; sorts on ``SORT_ROLE``."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.criteria = ActivityFilter()
        self.setSortRole(SORT_ROLE)
        self.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

    def set_criteria(self, criteria: ActivityFilter) -> None:
        self.beginFilterChange()
        self.criteria = criteria
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: ModelIndex) -> bool:
        model = self.sourceModel()
        if not isinstance(model, ActivityTableModel):
            return True
        activity = model.activity(source_row)
        return activity is not None and self.criteria.matches(activity, model.today)

    def lessThan(self, left: ModelIndex, right: ModelIndex) -> bool:
        """Compare the Python sort values (tuples for Swedish text order, ints, ISO dates)."""
        a, b = left.data(SORT_ROLE), right.data(SORT_ROLE)
        try:
            return bool(a < b)
        except TypeError:
            return str(a) < str(b)

    def activity(self, row: int) -> Activity | None:
        """The activity shown in proxy row ``row``."""
        source = self.mapToSource(self.index(row, 0))
        model = self.sourceModel()
        return model.activity(source.row()) if isinstance(model, ActivityTableModel) else None
