"""One look and behaviour for the app's read-only record tables (one record per row).

Lists of assessments, reviews, decisions, activities, backups and the change log all select
whole rows, are edited in a form or dialog rather than in the cell, and share the same calm
look; setting that up in one place keeps them alike.
"""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import QAbstractItemModel, QEvent, QObject
from PySide6.QtWidgets import QAbstractItemView, QTableView

View = TypeVar("View", bound=QTableView)


def record_table(
    accessible_name: str,
    model: QAbstractItemModel | None = None,
    *,
    multi_select: bool = False,
    word_wrap: bool = False,
    view: View | None = None,
) -> View | QTableView:
    """A read-only table selecting whole rows (``view`` if given, else a new QTableView)."""
    table: QTableView = view if view is not None else QTableView()
    if model is not None:
        table.setModel(model)
    table.setAccessibleName(accessible_name)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(
        QAbstractItemView.SelectionMode.ExtendedSelection
        if multi_select
        else QAbstractItemView.SelectionMode.SingleSelection
    )
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().hide()
    table.setAlternatingRowColors(True)
    table.setShowGrid(False)
    table.setWordWrap(word_wrap)
    table.horizontalHeader().setHighlightSections(False)
    return table


class NarrowColumn(QObject):
    """Hides one column of ``table`` while the table is too narrow to give it ``room`` px
    beside the others (a list in a narrow side column): a missing column reads better than
    one squeezed to "…" with a horizontal scroll bar under the list."""

    def __init__(self, table: QTableView, column: int, room: int) -> None:
        super().__init__(table)
        self._table = table
        self.column = column
        self.room = room
        table.viewport().installEventFilter(self)
        model = table.model()
        if model is not None:  # new rows may need other widths
            model.modelReset.connect(self.fit)
            model.layoutChanged.connect(self.fit)

    def needed_width(self) -> int:
        """The width the table's columns need with this one shown at ``room`` px."""
        table, header = self._table, self._table.horizontalHeader()
        model = table.model()
        columns = model.columnCount() if model is not None else 0
        others = sum(
            max(header.sectionSizeHint(c), table.sizeHintForColumn(c))
            for c in range(columns)
            if c != self.column and not header.isSectionHidden(c)
        )
        return others + self.room

    def fit(self) -> None:
        """Show or hide the column for the table's current width and rows."""
        hide = self._table.viewport().width() < self.needed_width()
        if hide != self._table.isColumnHidden(self.column):
            self._table.setColumnHidden(self.column, hide)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt naming
        if event.type() == QEvent.Type.Resize:
            self.fit()
        return False
