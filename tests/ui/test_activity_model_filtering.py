"""The action plan table filters and sorts in Python lists, never once per row through the proxy.

A QSortFilterProxyModel that filtered (filterAcceptsRow) or sorted (lessThan) in Python called
back into Python once per row or comparison: ~0.2 s per keystroke in a plan of 20,000 activities
(see bench/run.py, "Filtrera handlingsplanen"). These tests pin the behaviour of the list-based
filter and sort; no timing is asserted.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QItemSelectionModel, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import QTableView

from app.domain.activity import Activity, ActivityComment, ActivityFilter, ActivityStatus
from ui.models.activity_model import ActivityFilterProxy, ActivityTableModel

TODAY = date(2026, 11, 29)


def _plan() -> list[Activity]:
    return [
        Activity(1, "Öva kontinuitetsplanen", due_date=date(2026, 10, 1), owner="Örjan Ek", id=1),
        Activity(1, "Utbilda cheferna", due_date=date(2027, 1, 1), areas=("training",), id=2),
        Activity(
            1,
            "Generell översyn",
            status=ActivityStatus.DONE,
            completed_on=date(2026, 5, 1),
            comments=(ActivityComment(date(2026, 4, 1), "", "Klassningen är klar"),),
            id=3,
        ),
    ]


def _view(qtbot) -> tuple[QTableView, ActivityTableModel, ActivityFilterProxy]:
    model = ActivityTableModel()
    proxy = ActivityFilterProxy()
    proxy.setSourceModel(model)
    view = QTableView()
    view.setModel(proxy)
    view.setSortingEnabled(True)
    view.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
    qtbot.addWidget(view)
    model.set_activities(_plan(), TODAY, {"training": "Utbildning"})
    return view, model, proxy


def _titles(proxy: ActivityFilterProxy) -> list[str]:
    return [proxy.activity(row).title for row in range(proxy.rowCount())]


def test_the_proxy_calls_no_python_per_row() -> None:
    assert ActivityFilterProxy.filterAcceptsRow is QSortFilterProxyModel.filterAcceptsRow
    assert ActivityFilterProxy.lessThan is QSortFilterProxyModel.lessThan


def test_filter_shows_matches_and_counts_all(qtbot) -> None:
    _view_, model, proxy = _view(qtbot)
    proxy.set_criteria(ActivityFilter(text="KLASSNINGEN"))  # found in a comment
    assert _titles(proxy) == ["Generell översyn"]
    assert model.total == 3 and len(model.activities()) == 3
    assert model.row_of(1) == -1
    proxy.set_criteria(ActivityFilter(overdue_only=True))
    assert _titles(proxy) == ["Öva kontinuitetsplanen"]
    proxy.set_criteria(ActivityFilter())
    assert _titles(proxy) == ["Öva kontinuitetsplanen", "Utbilda cheferna", "Generell översyn"]


def test_selection_follows_the_activity_through_a_filter(qtbot) -> None:
    view, model, proxy = _view(qtbot)
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    view.selectionModel().select(proxy.index(1, 0), flags)  # "Utbilda cheferna"
    proxy.set_criteria(ActivityFilter(statuses=frozenset({ActivityStatus.NOT_STARTED})))
    (selected,) = view.selectionModel().selectedRows()
    assert proxy.activity(selected.row()).title == "Utbilda cheferna"
    proxy.set_criteria(ActivityFilter(text="översyn"))
    assert view.selectionModel().selectedRows() == []


def test_sorting_orders_the_model_and_filtering_keeps_the_order(qtbot) -> None:
    view, _model, proxy = _view(qtbot)
    view.sortByColumn(ActivityTableModel.TITLE, Qt.SortOrder.AscendingOrder)
    assert _titles(proxy) == ["Generell översyn", "Utbilda cheferna", "Öva kontinuitetsplanen"]
    proxy.set_criteria(ActivityFilter(statuses=frozenset({ActivityStatus.NOT_STARTED})))
    assert _titles(proxy) == ["Utbilda cheferna", "Öva kontinuitetsplanen"]
    view.sortByColumn(ActivityTableModel.DUE, Qt.SortOrder.DescendingOrder)
    assert _titles(proxy) == ["Utbilda cheferna", "Öva kontinuitetsplanen"]
    assert proxy.sortColumn() == -1  # the proxy itself never sorts
