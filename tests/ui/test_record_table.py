"""The shared set-up of read-only record tables."""

from __future__ import annotations

from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QTableView, QTableWidget

from ui.record_table import record_table


def test_record_table_selects_rows_and_cannot_be_edited(qtbot) -> None:
    model = QStandardItemModel(3, 2)
    table = record_table("Beslut", model, word_wrap=True)
    qtbot.addWidget(table)
    assert isinstance(table, QTableView) and table.model() is model
    assert table.accessibleName() == "Beslut"
    assert table.selectionBehavior() == QAbstractItemView.SelectionBehavior.SelectRows
    assert table.selectionMode() == QAbstractItemView.SelectionMode.SingleSelection
    assert table.editTriggers() == QAbstractItemView.EditTrigger.NoEditTriggers
    assert table.verticalHeader().isHidden()
    assert table.alternatingRowColors() and not table.showGrid() and table.wordWrap()


def test_record_table_sets_up_a_given_view_and_multi_selection(qtbot) -> None:
    widget = QTableWidget(0, 3)
    table = record_table("Aktiviteter", view=widget, multi_select=True)
    qtbot.addWidget(widget)
    assert table is widget
    assert table.selectionMode() == QAbstractItemView.SelectionMode.ExtendedSelection
    assert not table.wordWrap()
