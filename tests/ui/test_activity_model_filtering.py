"""The action plan table filters and sorts inside its model, which the view shows directly.

A QSortFilterProxyModel in between called back into Python once per row (filterAcceptsRow,
its mapping) or per comparison (lessThan), and asked for each role of a cell separately: most of
a filter change in a plan of 20,000 activities (see bench/run.py, "Filtrera handlingsplanen").
These tests pin the behaviour of the array-based filter (``PlanIndex``, compared with the
domain's ``ActivityFilter.matches``), the sort, the selection through both, and the per-row
display cache; no timing is asserted.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QAbstractItemModel, QItemSelectionModel, QModelIndex, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem, QTableView

from app.domain.activity import (
    GENERAL_AREA,
    Activity,
    ActivityComment,
    ActivityFilter,
    ActivityStatus,
)
from ui.models.activity_model import (
    ACTIVITY_ROLE,
    OVERDUE_COLOUR,
    ActivityTableModel,
    PlanIndex,
)

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


def _view(qtbot, plan: list[Activity] | None = None) -> tuple[QTableView, ActivityTableModel]:
    model = ActivityTableModel()
    view = QTableView()
    view.setModel(model)
    view.setSortingEnabled(True)
    view.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
    qtbot.addWidget(view)
    model.set_activities(_plan() if plan is None else plan, TODAY, {"training": "Utbildning"})
    return view, model


def _titles(model: ActivityTableModel) -> list[str]:
    return [model.activity(row).title for row in range(model.rowCount())]


def _select(view: QTableView, row: int) -> None:
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    view.selectionModel().select(view.model().index(row, 0), flags)


def _selected_titles(view: QTableView, model: ActivityTableModel) -> list[str]:
    return [model.activity(i.row()).title for i in view.selectionModel().selectedRows()]


def test_the_model_is_no_proxy_and_answers_all_roles_of_a_cell_at_once() -> None:
    assert not hasattr(ActivityTableModel, "setSourceModel")
    assert ActivityTableModel.multiData is not QAbstractItemModel.multiData


def test_filter_shows_matches_and_counts_all(qtbot) -> None:
    _view_, model = _view(qtbot)
    model.set_criteria(ActivityFilter(text="KLASSNINGEN"))  # found in a comment
    assert _titles(model) == ["Generell översyn"]
    assert model.total == 3 and len(model.activities()) == 3
    assert model.row_of(1) == -1
    model.set_criteria(ActivityFilter(overdue_only=True))
    assert _titles(model) == ["Öva kontinuitetsplanen"]
    model.set_criteria(ActivityFilter(text="  "))  # blanks do not filter
    assert _titles(model) == ["Öva kontinuitetsplanen", "Utbilda cheferna", "Generell översyn"]
    model.set_criteria(ActivityFilter(owner="örjan ek"))  # case does not matter
    assert _titles(model) == ["Öva kontinuitetsplanen"]
    model.set_criteria(ActivityFilter(owner="Ingen alls"))
    assert _titles(model) == []
    model.set_criteria(ActivityFilter(area=GENERAL_AREA))
    assert _titles(model) == ["Öva kontinuitetsplanen", "Generell översyn"]
    assert model.shown_activities() == [model.activity(0), model.activity(1)]


def test_selection_follows_the_activity_through_a_filter(qtbot) -> None:
    view, model = _view(qtbot)
    _select(view, 1)  # "Utbilda cheferna"
    model.set_criteria(ActivityFilter(statuses=frozenset({ActivityStatus.NOT_STARTED})))
    assert _selected_titles(view, model) == ["Utbilda cheferna"]
    model.set_criteria(ActivityFilter(text="översyn"))
    assert view.selectionModel().selectedRows() == []


def test_selection_follows_the_activity_to_a_row_past_the_old_end(qtbot) -> None:
    view, model = _view(qtbot)
    model.set_criteria(ActivityFilter(statuses=frozenset({ActivityStatus.DONE})))
    _select(view, 0)  # "Generell översyn", the only row
    view.selectionModel().setCurrentIndex(
        model.index(0, 0), QItemSelectionModel.SelectionFlag.NoUpdate
    )
    model.set_criteria(ActivityFilter())  # now the third of three rows
    assert _selected_titles(view, model) == ["Generell översyn"]
    assert view.currentIndex().row() == 2


def test_sorting_orders_the_model_and_filtering_keeps_the_order(qtbot) -> None:
    view, model = _view(qtbot)
    _select(view, 0)  # "Öva kontinuitetsplanen"
    view.sortByColumn(ActivityTableModel.TITLE, Qt.SortOrder.AscendingOrder)
    assert _titles(model) == ["Generell översyn", "Utbilda cheferna", "Öva kontinuitetsplanen"]
    assert _selected_titles(view, model) == ["Öva kontinuitetsplanen"]
    model.set_criteria(ActivityFilter(statuses=frozenset({ActivityStatus.NOT_STARTED})))
    assert _titles(model) == ["Utbilda cheferna", "Öva kontinuitetsplanen"]
    view.sortByColumn(ActivityTableModel.DUE, Qt.SortOrder.DescendingOrder)
    assert _titles(model) == ["Utbilda cheferna", "Öva kontinuitetsplanen"]
    assert _selected_titles(view, model) == ["Öva kontinuitetsplanen"]
    view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # back to the plan order
    model.set_criteria(ActivityFilter())
    assert _titles(model) == ["Öva kontinuitetsplanen", "Utbilda cheferna", "Generell översyn"]


def test_a_new_plan_or_day_is_shown_not_the_remembered_rows(qtbot) -> None:
    """The display values are kept per activity until the next load, which drops them."""
    _view_, model = _view(qtbot)
    first = model.index(0, ActivityTableModel.TITLE)
    overdue = model.index(0, ActivityTableModel.OVERDUE)
    assert model.data(first) == "Öva kontinuitetsplanen"
    assert model.data(overdue) == "Försenad (59 dagar)"
    plan = _plan()
    plan[0] = replace(plan[0], title="Öva planen igen")
    model.set_activities(plan, TODAY + timedelta(days=1), {"training": "Utbildning"})
    assert model.data(model.index(0, ActivityTableModel.TITLE)) == "Öva planen igen"
    assert model.data(model.index(0, ActivityTableModel.OVERDUE)) == "Försenad (60 dagar)"
    plan[0] = replace(plan[0], status=ActivityStatus.DONE, completed_on=TODAY)
    model.set_activities(plan, TODAY, {"training": "Utbildning"})
    assert model.data(model.index(0, ActivityTableModel.OVERDUE)) == ""
    assert model.data(model.index(0, 0), Qt.ItemDataRole.FontRole) is None
    model.set_criteria(ActivityFilter(overdue_only=True))  # the filter sees the new plan too
    assert _titles(model) == []


def test_a_painted_cell_shows_what_data_gives(qtbot) -> None:
    """The delegate gets a cell's roles through multiData; they must be data()'s values."""
    view, model = _view(qtbot)
    delegate = QStyledItemDelegate()
    for row in range(model.rowCount()):
        for column in range(model.columnCount()):
            index = model.index(row, column)
            option = QStyleOptionViewItem()
            option.initFrom(view)
            delegate.initStyleOption(option, index)
            assert option.text == model.data(index)
            font = model.data(index, Qt.ItemDataRole.FontRole)
            assert option.font.bold() == (font is not None and font.bold())
            brush = model.data(index, Qt.ItemDataRole.ForegroundRole)
            if brush is not None:
                assert option.palette.color(QPalette.ColorRole.Text) == brush.color()
            alignment = model.data(index, Qt.ItemDataRole.TextAlignmentRole)
            if alignment is not None:
                assert option.displayAlignment == Qt.AlignmentFlag(alignment)
            icon = model.data(index, Qt.ItemDataRole.DecorationRole)
            assert option.icon.isNull() == (icon is None)
    overdue = model.index(0, ActivityTableModel.OVERDUE)
    assert model.data(overdue, Qt.ItemDataRole.ForegroundRole).color().name() == OVERDUE_COLOUR
    assert model.data(overdue, ACTIVITY_ROLE) is model.activity(0)
    assert model.data(QModelIndex()) is None


# -- PlanIndex against the domain's rules ------------------------------------------------------

WORDS = ("risk", "Risk", "RISKER", "kontinuitet", "öva", "ÖVA", "ris", "ri", "")
OWNERS = ("", "Örjan Ek", "örjan ek", "Åsa", "ÅSA")
AREAS = ("training", "continuity", "risk")

activities_strategy = st.lists(
    st.builds(
        Activity,
        organisation_id=st.just(1),
        title=st.sampled_from(WORDS),
        description=st.sampled_from(WORDS),
        owner=st.sampled_from(OWNERS),
        areas=st.lists(st.sampled_from(AREAS), max_size=2, unique=True).map(tuple),
        status=st.sampled_from(list(ActivityStatus)),
        due_date=st.one_of(st.none(), st.dates(TODAY - timedelta(3), TODAY + timedelta(3))),
        comments=st.lists(
            st.builds(ActivityComment, st.just(TODAY), st.just(""), st.sampled_from(WORDS)),
            max_size=2,
        ).map(tuple),
    ),
    max_size=12,
)
criteria_strategy = st.builds(
    ActivityFilter,
    area=st.one_of(st.none(), st.just(GENERAL_AREA), st.sampled_from((*AREAS, "unknown"))),
    statuses=st.frozensets(st.sampled_from(list(ActivityStatus))),
    owner=st.one_of(st.none(), st.sampled_from((*OWNERS, "Ingen"))),
    overdue_only=st.booleans(),
    text=st.sampled_from((*WORDS, " risk ", "isk", "ÅSA", "k")),
)


@settings(max_examples=150, deadline=None, derandomize=True)
@given(activities=activities_strategy, searches=st.lists(criteria_strategy, max_size=6))
def test_plan_index_matches_like_the_domain_filter(
    activities: list[Activity], searches: list[ActivityFilter]
) -> None:
    """Also a sequence of filters on one index: remembered searches must not leak."""
    index = PlanIndex(activities, TODAY)
    for criteria in searches:
        mask = index.matching(criteria)
        assert mask.tolist() == [criteria.matches(a, TODAY) for a in activities]


def test_typing_narrows_the_search_and_backspace_widens_it_again() -> None:
    plan = [
        Activity(1, "Riskanalys", id=1),
        Activity(1, "Rita flödet", id=2),
        Activity(1, "Kris", description="risk", id=3),
        Activity(1, "Annat", owner="Iris", id=4),
    ]
    index = PlanIndex(plan, TODAY)
    for needle, expected in (
        ("r", [0, 1, 2, 3]),
        ("ri", [0, 1, 2, 3]),
        ("ris", [0, 2, 3]),
        ("risk", [0, 2]),
        ("ris", [0, 2, 3]),
        ("is", [0, 2, 3]),
        ("ita", [1]),
        ("x", []),
    ):
        assert index.search(needle) == expected, needle
