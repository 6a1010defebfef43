"""The main window on a 1280 px wide screen (a 1920×1080 laptop at 150 %, many municipal
laptops): every page fits without sideways scrolling; list columns give way, then drop a column."""

from __future__ import annotations

import pytest

from app.services.workspace import Workspace
from ui.models.assessments import AssessmentListModel
from ui.models.review_model import ReviewListModel
from ui.side_column import SideColumn

NARROW = (1280, 720)
WIDE = (1440, 900)


@pytest.fixture
def window(make_window, demo_workspace: Workspace, qtbot):
    window = make_window(demo_workspace)
    demo = next(o for o in demo_workspace.organisations() if o.name == "Demoköpings kommun")
    window.select_organisation(demo.id)
    window.show()
    qtbot.waitExposed(window)
    return window


def _show(window, qtbot, key: str, size: tuple[int, int]):
    window.resize(*size)
    window.show_page(key, guard=False)
    page = window.pages[key]
    qtbot.waitUntil(lambda: page.isVisible() and page.width() > 0)
    return page


@pytest.mark.parametrize("key", ["dashboard", "assessments", "actions", "reviews", "benchmarks"])
def test_every_page_fits_a_1280_px_window(window, qtbot, key: str) -> None:
    page = _show(window, qtbot, key, NARROW)
    assert page.minimumSizeHint().width() <= page.width()


def test_the_assessment_editor_keeps_its_width_and_the_list_drops_a_column(window, qtbot):
    page = _show(window, qtbot, "assessments", NARROW)
    scroll = page.editor.scroll
    assert scroll.widget().minimumSizeHint().width() <= scroll.viewport().width()
    side = page.findChild(SideColumn)
    assert SideColumn.MIN_WIDTH <= side.width() < SideColumn.WIDTH
    assert page.table.isColumnHidden(AssessmentListModel.ASSESSOR)
    assert page.table.horizontalScrollBar().maximum() == 0  # nothing to scroll sideways

    page = _show(window, qtbot, "assessments", WIDE)
    assert side.width() == SideColumn.WIDTH
    assert not page.table.isColumnHidden(AssessmentListModel.ASSESSOR)


def test_the_review_list_drops_the_forum_column_only_when_narrow(window, qtbot):
    page = _show(window, qtbot, "reviews", NARROW)
    assert page.list.isColumnHidden(ReviewListModel.FORUM)
    assert page.list.horizontalScrollBar().maximum() == 0
    page = _show(window, qtbot, "reviews", WIDE)
    assert not page.list.isColumnHidden(ReviewListModel.FORUM)


def test_the_side_column_gives_way_between_its_limits(qtbot) -> None:
    from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

    page = QWidget()
    qtbot.addWidget(page)
    layout = QHBoxLayout(page)
    layout.setContentsMargins(10, 0, 10, 0)
    layout.setSpacing(20)
    column = SideColumn(QVBoxLayout(), page, editor_width=600)
    layout.addWidget(column)
    layout.addWidget(QWidget(), 1)
    # the page's margins and spacing (40 px) and the editor's 600 px come first
    assert column.width_for(1200) == SideColumn.WIDTH
    assert column.width_for(990) == 350
    assert column.width_for(800) == SideColumn.MIN_WIDTH
    page.resize(990, 400)
    page.show()
    qtbot.waitExposed(page)
    assert column.width() == 350


def test_the_dashboard_keeps_two_chart_columns_at_1280_px(window, qtbot):
    page = _show(window, qtbot, "dashboard", NARROW)
    qtbot.waitUntil(lambda: page.grid.itemAtPosition(0, 1) is not None)
    assert page.grid.itemAtPosition(0, 1).widget() is page.panels[1]  # the difference bars
    assert page.radar.width() >= page.radar.minimumWidth()
