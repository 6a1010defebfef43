"""The action plan as a table model, and the proxy the table view uses.

Filtering uses the domain's ``ActivityFilter`` (the same rules as the CLI and the export); sorting
uses ``SORT_ROLE`` values (dates as ISO text, priority by rank), never display text. Both happen
in Python lists inside ``ActivityTableModel``, which holds every activity and shows the matching
ones in the chosen order: a QSortFilterProxyModel that filtered or sorted itself would call back
into Python once per row (filterAcceptsRow) or per comparison (lessThan) – about 0.2 s per
keystroke in a plan of 20,000 activities, and seconds for a sorted column. The proxy only passes
``set_criteria`` and ``sort`` on. An overdue activity is marked three ways: an icon and the text
"Försenad (N dagar)" in its own column, and bold text across the row – never by colour alone.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QModelIndex,
    QObject,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QApplication, QStyle

from app.domain.activity import (
    Activity,
    ActivityFilter,
    ActivityStatus,
    area_labels,
    searchable_text,
)
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
    """One row per shown activity; ``ACTIVITY_ROLE`` gives the Activity itself.

    ``activities()`` are all of them (in plan order); the rows are those matching ``criteria``,
    in the order of ``sort`` (plan order while no column is sorted).
    """

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
        self._all: list[Activity] = []
        #: ``_all`` in the sorted column's order (filtering keeps this order).
        self._ordered: list[Activity] = []
        #: Each activity's searchable text, aligned with ``_ordered`` (made on the first search).
        self._ordered_texts: list[str] | None = None
        self._texts: dict[int, str] = {}
        self.criteria = ActivityFilter()
        self._sort: tuple[int, Qt.SortOrder] = (-1, Qt.SortOrder.AscendingOrder)

    def set_activities(
        self,
        activities: Sequence[Activity],
        today: date,
        short_names: Mapping[str, str],
        names: Mapping[str, str] | None = None,
    ) -> None:
        self.beginResetModel()
        self._all = list(activities)
        self._texts = {}
        self._ordered_texts = None
        self.today = today
        self._short_names = short_names
        self._names = names or short_names
        self._ordered = self._sorted(self._all)
        self._rows = self._matching()
        self.endResetModel()

    def set_criteria(self, criteria: ActivityFilter) -> None:
        """Show only the activities matching ``criteria`` (the selection stays where it can)."""
        self.criteria = criteria
        self._relayout(self._matching())

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Order the rows by ``column``'s ``SORT_ROLE`` value; -1 is the plan order."""
        self._sort = (column, order)
        self._ordered = self._sorted(self._all)
        self._ordered_texts = None
        self._relayout(self._matching())

    @property
    def total(self) -> int:
        """How many activities there are, shown or not."""
        return len(self._all)

    def _sorted(self, activities: list[Activity]) -> list[Activity]:
        column, order = self._sort
        if column < 0:
            return list(activities)
        return sorted(
            activities,
            key=lambda a: self._sort_value(a, column),
            reverse=order == Qt.SortOrder.DescendingOrder,
        )

    def _matching(self) -> list[Activity]:
        """The activities matching ``criteria``, in ``_ordered``'s order."""
        criteria, today, activities = self.criteria, self.today, self._ordered
        needle = criteria.text.strip().casefold()
        rest = replace(criteria, text="")
        if needle:
            texts = self._searchable_texts()
            activities = [a for a, text in zip(activities, texts, strict=True) if needle in text]
        if rest == ActivityFilter():
            return list(activities)
        return [a for a in activities if rest.matches(a, today)]

    def _searchable_texts(self) -> list[str]:
        """The searchable texts of ``_ordered``, made once per load (not once per keystroke)."""
        if self._ordered_texts is None:
            if not self._texts:
                self._texts = {id(a): searchable_text(a) for a in self._all}
            self._ordered_texts = [self._texts[id(a)] for a in self._ordered]
        return self._ordered_texts

    def _relayout(self, rows: list[Activity]) -> None:
        """Replace the rows as a layout change, so selected and current rows follow their
        activity (or are dropped when it is filtered out) instead of being cleared."""
        self.layoutAboutToBeChanged.emit()
        old = self.persistentIndexList()
        if old:
            where = {id(a): i for i, a in enumerate(rows)}
            new = []
            for index in old:
                moved = where.get(id(self._rows[index.row()])) if index.isValid() else None
                new.append(QModelIndex() if moved is None else self.index(moved, index.column()))
            self._rows = rows
            self.changePersistentIndexList(old, new)
        else:
            self._rows = rows
        self.layoutChanged.emit()

    def activity(self, row: int) -> Activity | None:
        return self.row(row)

    @property
    def area_names(self) -> Mapping[str, str]:
        """Full area names (tooltips and details)."""
        return self._names

    def activities(self) -> list[Activity]:
        """All activities, also those the filter hides, in plan order."""
        return list(self._all)

    def row_of(self, activity_id: int | None) -> int:
        """The row showing the activity, -1 if it is not shown."""
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
    """What the table view shows: the source model's rows as they are.

    Filtering (``set_criteria``) and sorting (the header's ``sort``) are passed to
    ``ActivityTableModel``, which does both in Python lists; the proxy never calls back into
    Python per row. It stays so the page and the view keep one stable model to talk to.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.criteria = ActivityFilter()
        self.setSortRole(SORT_ROLE)

    def _source(self) -> ActivityTableModel | None:
        model = self.sourceModel()
        return model if isinstance(model, ActivityTableModel) else None

    def set_criteria(self, criteria: ActivityFilter) -> None:
        self.criteria = criteria
        source = self._source()
        if source is not None:
            source.set_criteria(criteria)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        source = self._source()
        if source is None:
            super().sort(column, order)
        else:
            source.sort(column, order)

    def activity(self, row: int) -> Activity | None:
        """The activity shown in proxy row ``row``."""
        source = self._source()
        if source is None:
            return None
        return source.activity(self.mapToSource(self.index(row, 0)).row())
