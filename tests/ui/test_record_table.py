"""The shared set-up of read-only record tables."""

from __future__ import annotations

from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QTableView, QTableWidget

from ui.record_table import NarrowColumn, record_table


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


def test_a_narrow_column_hides_when_the_others_leave_it_too_little_room(qtbot) -> None:
    from PySide6.QtGui import QStandardItem

    model = QStandardItemModel(0, 3)
    model.setHorizontalHeaderLabels(["År", "Bedömd av", "Nivå 2"])
    table = record_table("Bedömningar", model)
    qtbot.addWidget(table)
    narrow = NarrowColumn(table, 1, room=80)
    table.resize(400, 200)
    table.show()
    qtbot.waitExposed(table)
    assert not table.isColumnHidden(1)

    table.resize(120, 200)  # too narrow for the others plus 80 px
    qtbot.waitUntil(lambda: table.isColumnHidden(1))

    table.resize(400, 200)
    qtbot.waitUntil(lambda: not table.isColumnHidden(1))
    # longer rows after a reset need more room for the other columns: the column gives way
    model.beginResetModel()
    model.appendRow([QStandardItem("2026 " * 12), QStandardItem("Maria"), QStandardItem("8 av 9")])
    model.endResetModel()
    assert narrow.needed_width() > table.viewport().width()
    assert table.isColumnHidden(1)
