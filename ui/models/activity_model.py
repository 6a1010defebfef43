"""The action plan as a table model, shown by the table view without a proxy in between.

Filtering uses the domain's ``ActivityFilter`` rules (the same as the CLI and the export);
sorting uses ``SORT_ROLE`` values (dates as ISO text, priority by rank), never display text. Both
happen inside ``ActivityTableModel``, which holds every activity and shows the matching ones in
the chosen order. What keeps a filter change in a plan of 20,000 activities cheap:

* ``PlanIndex`` holds the filterable facts of every activity as arrays (status, overdue, owner,
  areas, searchable text), each made once per load when a filter first needs it, so a filter
  change is a few vectorised comparisons, not ``ActivityFilter.matches`` per activity; a search
  that extends a previous one only looks among that one's hits.
* The rows are an array of positions in the plan: a filter change touches no activity, and is
  one layout change (rows only) that keeps the selection on its activities.
* The view talks to the model directly: a QSortFilterProxyModel in between would call back into
  Python per row when it rebuilt its mapping, and asks the model for each role of a cell
  separately (proxies do not pass ``multiData`` on).
* ``multiData`` answers all roles of a cell in one call, from values made once per activity
  (``_Cells``), so a repaint is one Python call per visible cell.

An overdue activity is marked three ways: an icon and the text "Försenad (N dagar)" in its own
column, and bold text across the row – never by colour alone.

The texts the model adds (headers, the domain's labels, "Försenad", tooltips) are translated into
the interface language once, when the model is made (``_Words``), not per cell.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace
from datetime import date
from functools import cached_property
from typing import Any, NamedTuple

import numpy as np
from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractItemModel,
    QCoreApplication,
    QModelIndex,
    QModelRoleDataSpan,
    QObject,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont, QIcon
from PySide6.QtWidgets import QApplication, QStyle

from app.domain.activity import (
    GENERAL_AREA,
    GENERAL_AREA_LABEL,
    Activity,
    ActivityFilter,
    ActivityOrigin,
    ActivityStatus,
    Priority,
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
#: How many recent searches ``PlanIndex`` remembers the hits of.
REMEMBERED_SEARCHES = 16

# Roles as plain ints: compared once per cell and role while painting.
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_ACCESSIBLE = int(Qt.ItemDataRole.AccessibleTextRole)
_FONT = int(Qt.ItemDataRole.FontRole)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
_DECORATION = int(Qt.ItemDataRole.DecorationRole)
_ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_STATUS_CODES = {status: code for code, status in enumerate(ActivityStatus)}
#: The layout signals' overload with parents and hint (emit() alone takes no arguments).
_LAYOUT_SIGNATURE = ("QList<QPersistentModelIndex>", "QAbstractItemModel::LayoutChangeHint")
_ROWS_ONLY = QAbstractItemModel.LayoutChangeHint.VerticalSortHint

# The labels of app.domain.activity that the table (and the action plan page) shows, marked so
# lupdate keeps their translations; shown through ``label_text``. A test checks they are still
# the domain's.
LABELS = {
    ActivityStatus.NOT_STARTED: QT_TRANSLATE_NOOP("ActivityTableModel", "Ej påbörjad"),
    ActivityStatus.IN_PROGRESS: QT_TRANSLATE_NOOP("ActivityTableModel", "Pågår"),
    ActivityStatus.DONE: QT_TRANSLATE_NOOP("ActivityTableModel", "Klar"),
    ActivityStatus.CANCELLED: QT_TRANSLATE_NOOP("ActivityTableModel", "Avbruten"),
    Priority.HIGH: QT_TRANSLATE_NOOP("ActivityTableModel", "Hög"),
    Priority.MEDIUM: QT_TRANSLATE_NOOP("ActivityTableModel", "Medel"),
    Priority.LOW: QT_TRANSLATE_NOOP("ActivityTableModel", "Låg"),
    ActivityOrigin.ASSESSMENT_GAP: QT_TRANSLATE_NOOP(
        "ActivityTableModel", "Brist i självskattning"
    ),
    ActivityOrigin.REVIEW_DECISION: QT_TRANSLATE_NOOP(
        "ActivityTableModel", "Beslut i ledningens genomgång"
    ),
    ActivityOrigin.SKR_RECOMMENDATION: QT_TRANSLATE_NOOP(
        "ActivityTableModel", "SKR:s rekommendation"
    ),
    ActivityOrigin.NIS2_MEASURE: QT_TRANSLATE_NOOP(
        "ActivityTableModel", "Cybersäkerhetslagen/NIS2-åtgärd"
    ),
    ActivityOrigin.OWN: QT_TRANSLATE_NOOP("ActivityTableModel", "Egen"),
}
GENERAL_AREA_TEXT = QT_TRANSLATE_NOOP("ActivityTableModel", "Generellt")


def label_text(member: ActivityStatus | Priority | ActivityOrigin) -> str:
    """The member's label in the interface language."""
    return QCoreApplication.translate("ActivityTableModel", member.label)


def area_text(areas: Sequence[str], area_names: Mapping[str, str]) -> str:
    """``area_labels`` with 'Generellt' (no areas) in the interface language."""
    if not areas:
        return QCoreApplication.translate("ActivityTableModel", GENERAL_AREA_LABEL)
    return area_labels(areas, area_names)


def overdue_text(activity: Activity, today: date) -> str:
    """'Försenad (12 dagar)' or '', in the interface language."""
    return _overdue(activity.days_overdue(today), *_overdue_phrases())


def _overdue_phrases() -> tuple[str, str]:
    """'Försenad ({days} dag)' and 'Försenad ({days} dagar)' in the interface language."""
    return (
        QCoreApplication.translate("ActivityTableModel", "Försenad ({days} dag)"),
        QCoreApplication.translate("ActivityTableModel", "Försenad ({days} dagar)"),
    )


def _overdue(days: int, one_day: str, days_phrase: str) -> str:
    if not days:
        return ""
    return (one_day if days == 1 else days_phrase).format(days=days)


class _Words(NamedTuple):
    """The model's own texts in the interface language, translated once per model."""

    headers: tuple[str, ...]
    header_tips: tuple[str, ...]
    labels: dict[ActivityStatus | Priority | ActivityOrigin, str]
    general: str
    overdue_day: str
    overdue_days: str
    due_was: str
    origin: str
    latest_comment: str

    @classmethod
    def current(cls) -> _Words:
        def marked(texts: tuple[str, ...]) -> tuple[str, ...]:
            return tuple(QCoreApplication.translate("ActivityTableModel", t) for t in texts)

        overdue_day, overdue_days = _overdue_phrases()
        return cls(
            headers=marked(ActivityTableModel.HEADERS),
            header_tips=marked(ActivityTableModel.HEADER_TIPS),
            labels={member: label_text(member) for member in LABELS},
            general=area_text((), {}),
            overdue_day=overdue_day,
            overdue_days=overdue_days,
            due_was=QCoreApplication.translate("ActivityTableModel", "Skulle vara klar {date}"),
            origin=QCoreApplication.translate("ActivityTableModel", "Ursprung: {origin}"),
            latest_comment=QCoreApplication.translate(
                "ActivityTableModel", "Senaste kommentar {date}: {text}"
            ),
        )

    def overdue(self, days: int) -> str:
        """'Försenad (12 dagar)' for ``days`` > 0, else ''."""
        return _overdue(days, self.overdue_day, self.overdue_days)


class PlanIndex:
    """The filterable facts of a list of activities as arrays, for many filter changes.

    ``matching`` gives the same activities as ``ActivityFilter.matches`` (the tests compare the
    two), as a boolean mask over ``activities``. Everything is worked out from the activities
    and ``today`` given here: make a new index when either changes. Each fact is gathered the
    first time a filter needs it (a plan that is never searched does not pay for the texts).
    """

    def __init__(self, activities: Sequence[Activity], today: date) -> None:
        self.activities = activities
        self.today = today
        self._owner_codes: dict[str, int] = {}
        self._areas: dict[str, np.ndarray] = {}
        self._texts: list[str] | None = None
        #: Recent searches: needle -> positions of the activities containing it (ascending).
        self._hits: dict[str, list[int]] = {}

    @cached_property
    def _status(self) -> np.ndarray:
        return np.fromiter(
            (_STATUS_CODES[a.status] for a in self.activities),
            dtype=np.int8,
            count=len(self.activities),
        )

    @cached_property
    def _overdue(self) -> np.ndarray:
        today = self.today
        return np.fromiter(
            (a.is_overdue(today) for a in self.activities), dtype=bool, count=len(self.activities)
        )

    @cached_property
    def _owner(self) -> np.ndarray:
        """Each activity's casefolded owner as a number (``_owner_codes``)."""
        codes = self._owner_codes
        return np.fromiter(
            (codes.setdefault(a.owner.casefold(), len(codes)) for a in self.activities),
            dtype=np.int32,
            count=len(self.activities),
        )

    def matching(self, criteria: ActivityFilter) -> np.ndarray:
        """Which activities match ``criteria``: a boolean array aligned with ``activities``."""
        mask = np.ones(len(self.activities), dtype=bool)
        if criteria.area is not None:
            mask &= self._area(criteria.area)
        if criteria.statuses:
            codes = [_STATUS_CODES[s] for s in criteria.statuses]
            mask &= np.isin(self._status, codes)
        if criteria.owner:
            owners = self._owner
            code = self._owner_codes.get(criteria.owner.casefold())
            if code is None:
                mask[:] = False
            else:
                mask &= owners == code
        if criteria.overdue_only:
            mask &= self._overdue
        needle = criteria.text.strip().casefold()
        if needle:
            found = np.zeros(len(self.activities), dtype=bool)
            found[self.search(needle)] = True
            mask &= found
        return mask

    def _area(self, area: str) -> np.ndarray:
        """Activities in ``area`` (``GENERAL_AREA``: those without areas), made once per area."""
        found = self._areas.get(area)
        if found is None:
            activities = self.activities
            if area == GENERAL_AREA:
                found = np.fromiter(
                    (not a.areas for a in activities), dtype=bool, count=len(activities)
                )
            else:
                found = np.fromiter(
                    (area in a.areas for a in activities), dtype=bool, count=len(activities)
                )
            self._areas[area] = found
        return found

    def search(self, needle: str) -> list[int]:
        """Positions of the activities whose searchable text contains ``needle`` (casefolded).

        Typing narrows a search: text that contains "risk" contains "ris", so when a remembered
        search is part of the needle only its hits (the fewest such) are searched again.
        """
        hits = self._hits.get(needle)
        if hits is not None:
            return hits
        texts = self.texts()
        known = [found for part, found in self._hits.items() if part in needle]
        if known:
            base = min(known, key=len)
            hits = [i for i in base if needle in texts[i]]
        else:
            hits = [i for i, text in enumerate(texts) if needle in text]
        if len(self._hits) >= REMEMBERED_SEARCHES:
            del self._hits[next(iter(self._hits))]
        self._hits[needle] = hits
        return hits

    def texts(self) -> list[str]:
        """Each activity's searchable text, made on first use."""
        if self._texts is None:
            self._texts = [searchable_text(a) for a in self.activities]
        return self._texts


class _Cells(NamedTuple):
    """What one row shows, made once per activity (a repaint asks for it per cell and role)."""

    texts: tuple[str, ...]
    overdue: bool
    closed: bool


class ActivityTableModel(RowTableModel[Activity]):
    """One row per shown activity; ``ACTIVITY_ROLE`` gives the Activity itself.

    ``activities()`` are all of them (in plan order); the rows are those matching ``criteria``,
    in the order of ``sort`` (plan order while no column is sorted).
    """

    TITLE, AREAS, OWNER, STATUS, PRIORITY, PROGRESS, DUE, OVERDUE = range(8)
    HEADERS = (
        QT_TRANSLATE_NOOP("ActivityTableModel", "Aktivitet"),
        QT_TRANSLATE_NOOP("ActivityTableModel", "Områden"),
        QT_TRANSLATE_NOOP("ActivityTableModel", "Ansvarig"),
        QT_TRANSLATE_NOOP("ActivityTableModel", "Status"),
        QT_TRANSLATE_NOOP("ActivityTableModel", "Prioritet"),
        QT_TRANSLATE_NOOP("ActivityTableModel", "Klart"),
        QT_TRANSLATE_NOOP("ActivityTableModel", "Slutdatum"),
        QT_TRANSLATE_NOOP("ActivityTableModel", "Försenad"),
    )
    HEADER_TIPS = (
        QT_TRANSLATE_NOOP("ActivityTableModel", "Vad som ska göras"),
        QT_TRANSLATE_NOOP(
            "ActivityTableModel",
            "Uppföljningsområden som aktiviteten ska stärka (Generellt = inget särskilt område)",
        ),
        QT_TRANSLATE_NOOP("ActivityTableModel", "Vem som ansvarar för att aktiviteten genomförs"),
        QT_TRANSLATE_NOOP("ActivityTableModel", "Ej påbörjad, Pågår, Klar eller Avbruten"),
        QT_TRANSLATE_NOOP("ActivityTableModel", "Hög, Medel eller Låg"),
        QT_TRANSLATE_NOOP("ActivityTableModel", "Hur stor del som är klar, i procent"),
        QT_TRANSLATE_NOOP("ActivityTableModel", "När aktiviteten ska vara klar"),
        QT_TRANSLATE_NOOP("ActivityTableModel", "Öppna aktiviteter vars slutdatum har passerat"),
    )

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.today = date.today()
        self._short_names: Mapping[str, str] = {}
        self._names: Mapping[str, str] = {}
        #: Headers, labels and phrases in the interface language (translated once, here).
        self._words = _Words.current()
        self._warning: QIcon = QApplication.style().standardIcon(
            QStyle.StandardPixmap.SP_MessageBoxWarning
        )
        # Only the weight is set, so the view's own font supplies everything else.
        self._bold = QFont()
        self._bold.setBold(True)
        self._overdue_brush = QBrush(QColor(OVERDUE_COLOUR))
        self._closed_brush = QBrush(QColor(CLOSED_COLOUR))
        self._all: list[Activity] = []
        #: Positions in ``_all`` in the sorted column's order (filtering keeps this order).
        self._order = np.arange(0, dtype=np.intp)
        #: Positions in ``_all`` of the rows shown, in ``_order``'s order. These are the rows
        #: (``row`` and ``rowCount`` read them; the base class's ``_rows`` stays empty): a filter
        #: change then touches no activity, only an array of positions.
        self._shown = np.arange(0, dtype=np.intp)
        self._index: PlanIndex | None = None
        self._cells: dict[int, _Cells] = {}
        self.criteria = ActivityFilter()
        self._sort: tuple[int, Qt.SortOrder] = (-1, Qt.SortOrder.AscendingOrder)
        self._layout_about_to_change = self.layoutAboutToBeChanged[_LAYOUT_SIGNATURE]
        self._layout_changed = self.layoutChanged[_LAYOUT_SIGNATURE]

    def set_activities(
        self,
        activities: Sequence[Activity],
        today: date,
        short_names: Mapping[str, str],
        names: Mapping[str, str] | None = None,
    ) -> None:
        """Show a (new) plan; everything made from the previous one is dropped."""
        self.beginResetModel()
        self._all = list(activities)
        self._index = None
        self._cells = {}
        self.today = today
        self._short_names = short_names
        self._names = names or short_names
        self._order = self._sorted_order()
        self._shown = self._matching()
        self.endResetModel()

    def set_criteria(self, criteria: ActivityFilter) -> None:
        """Show only the activities matching ``criteria`` (the selection stays where it can)."""
        self.criteria = criteria
        self._relayout(self._order, self._matching())

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Order the rows by ``column``'s ``SORT_ROLE`` value; -1 is the plan order."""
        self._sort = (column, order)
        new_order = self._sorted_order()
        self._relayout(new_order, self._matching(new_order))

    @property
    def total(self) -> int:
        """How many activities there are, shown or not."""
        return len(self._all)

    @property
    def plan_index(self) -> PlanIndex:
        """The filter index of the current plan, made on the first filter that needs it."""
        if self._index is None:
            self._index = PlanIndex(self._all, self.today)
        return self._index

    def _sorted_order(self) -> np.ndarray:
        column, order = self._sort
        if column < 0:
            return np.arange(len(self._all), dtype=np.intp)
        activities = self._all
        positions = sorted(
            range(len(activities)),
            key=lambda i: self._sort_value(activities[i], column),
            reverse=order == Qt.SortOrder.DescendingOrder,
        )
        return np.array(positions, dtype=np.intp)

    def _matching(self, order: np.ndarray | None = None) -> np.ndarray:
        """Positions in ``_all`` of the activities matching ``criteria``, in ``order``."""
        order = self._order if order is None else order
        criteria = self.criteria
        if replace(criteria, text=criteria.text.strip()) == ActivityFilter():
            return order
        mask = self.plan_index.matching(criteria)
        return order[mask[order]]

    def _relayout(self, order: np.ndarray, shown: np.ndarray) -> None:
        """Show ``shown`` as a layout change, so selected and current rows follow their
        activity (or are dropped when it is filtered out) instead of being cleared."""
        # Only rows change: the hint spares the column header from saving its sections.
        self._layout_about_to_change.emit([], _ROWS_ONLY)
        old = self.persistentIndexList()
        old_shown = self._shown
        self._order = order
        self._shown = shown
        if old:
            # Where each activity is in the new order; the shown ones keep that order.
            rank = np.empty(len(order), dtype=np.intp)
            rank[order] = np.arange(len(order), dtype=np.intp)
            shown_ranks = rank[shown]
            new = []
            for index in old:
                row = index.row()
                moved = -1
                if index.isValid() and 0 <= row < len(old_shown):
                    wanted = rank[old_shown[row]]
                    at = int(np.searchsorted(shown_ranks, wanted))
                    if at < len(shown_ranks) and shown_ranks[at] == wanted:
                        moved = at
                new.append(QModelIndex() if moved < 0 else self.createIndex(moved, index.column()))
            self.changePersistentIndexList(old, new)
        self._layout_changed.emit([], _ROWS_ONLY)

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self._shown)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """The column headers and their tooltips in the interface language."""
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.HEADERS):
            return None
        role = int(role)
        if role == _DISPLAY:
            return self._words.headers[section]
        if role == _TOOLTIP:
            return self._words.header_tips[section]
        return None

    def row(self, row: int) -> Activity | None:
        """The activity in ``row``, None outside the table."""
        return self._all[self._shown[row]] if 0 <= row < len(self._shown) else None

    def activity(self, row: int) -> Activity | None:
        """The activity in ``row``, None outside the table."""
        return self.row(row)

    @property
    def area_names(self) -> Mapping[str, str]:
        """Full area names (tooltips and details)."""
        return self._names

    def activities(self) -> list[Activity]:
        """All activities, also those the filter hides, in plan order."""
        return list(self._all)

    def shown_activities(self) -> list[Activity]:
        """The activities the table shows, in row order."""
        activities = self._all
        return [activities[i] for i in self._shown.tolist()]

    def row_of(self, activity_id: int | None) -> int:
        """The row showing the activity, -1 if it is not shown."""
        position = next((i for i, a in enumerate(self._all) if a.id == activity_id), -1)
        rows = np.flatnonzero(self._shown == position) if position >= 0 else ()
        return int(rows[0]) if len(rows) else -1

    def _cells_of(self, activity: Activity) -> _Cells:
        """The row's display values, made on its first paint and kept until the next load."""
        cells = self._cells.get(id(activity))
        if cells is None:
            texts = tuple(self._display(activity, column) for column in range(len(self.HEADERS)))
            cells = _Cells(texts, activity.is_overdue(self.today), not activity.is_open)
            self._cells[id(activity)] = cells
        return cells

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        activity = self.activity(index.row()) if index.isValid() else None
        if activity is None:
            return None
        role = int(role)
        if role == ACTIVITY_ROLE:
            return activity
        if role == SORT_ROLE:
            return self._sort_value(activity, index.column())
        if role == _TOOLTIP:
            return self._tooltip(activity, index.column())
        return self._value(self._cells_of(activity), index.column(), role)

    def multiData(self, index: ModelIndex, roleDataSpan: QModelRoleDataSpan) -> None:  # noqa: N803
        """All roles a delegate asks for in one call (a repaint is one call per cell)."""
        activity = self.activity(index.row()) if index.isValid() else None
        if activity is None:
            for item in roleDataSpan:
                item.clearData()
            return
        cells = self._cells_of(activity)
        column = index.column()
        for item in roleDataSpan:
            role = item.role()
            if role == ACTIVITY_ROLE:
                item.setData(activity)
            elif role in (SORT_ROLE, _TOOLTIP):
                item.setData(self.data(index, role))
            else:
                value = self._value(cells, column, role)
                if value is None:
                    item.clearData()
                else:
                    item.setData(value)

    def _value(self, cells: _Cells, column: int, role: int) -> Any:
        """A cell's value for the roles a repaint asks for (None: the view's default)."""
        if role in (_DISPLAY, _ACCESSIBLE):
            return cells.texts[column]
        if role == _FONT:
            return self._bold if cells.overdue else None
        if role == _FOREGROUND:
            if cells.overdue and column in (self.OVERDUE, self.DUE):
                return self._overdue_brush
            return self._closed_brush if cells.closed else None
        if role == _DECORATION:
            return self._warning if cells.overdue and column == self.OVERDUE else None
        if role == _ALIGNMENT:
            return _RIGHT if column in (self.PROGRESS, self.DUE) else None
        return None

    def _display(self, activity: Activity, column: int) -> str:
        if column == self.TITLE:
            return activity.title
        if column == self.AREAS:
            if not activity.areas:
                return self._words.general
            return area_labels(activity.areas, self._short_names)
        if column == self.OWNER:
            return activity.owner or "–"
        if column == self.STATUS:
            return self._words.labels[activity.status]
        if column == self.PRIORITY:
            return self._words.labels[activity.priority]
        if column == self.PROGRESS:
            return f"{activity.progress}\u00a0%"
        if column == self.DUE:
            return format_date(activity.due_date)
        return self._words.overdue(activity.days_overdue(self.today))

    def _sort_value(self, activity: Activity, column: int) -> Any:
        if column == self.STATUS:
            return _STATUS_CODES[activity.status]
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
        words = self._words
        if column == self.AREAS:
            return area_labels(activity.areas, self._names) if activity.areas else words.general
        if column == self.OVERDUE and activity.is_overdue(self.today):
            return words.due_was.format(date=format_date(activity.due_date))
        if column == self.TITLE:
            lines = [activity.title, words.origin.format(origin=words.labels[activity.origin])]
            latest = activity.latest_comment
            if latest:
                lines.append(
                    words.latest_comment.format(
                        date=format_date(latest.written_on), text=latest.text
                    )
                )
            return "\n".join(lines)
        return ""
