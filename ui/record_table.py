"""One look and behaviour for the app's read-only record tables (one record per row).

Lists of assessments, reviews, decisions, activities, backups and the change log all select
whole rows, are edited in a form or dialog rather than in the cell, and share the same calm
look; setting that up in one place keeps them alike.
"""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import QAbstractItemModel
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
