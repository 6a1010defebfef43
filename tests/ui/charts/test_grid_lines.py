"""The difference chart's grid: at the ticks, behind the bars, the colour pyqtgraph's grid had."""

from __future__ import annotations

from PySide6.QtCore import QPointF
from PySide6.QtGui import QColor

from app.domain import series as S
from ui.charts.difference import DifferenceBars
from ui.charts.grid_lines import VerticalGridLines, blend
from ui.charts.style import BACKGROUND, GRID_STRONG


def test_blend_mixes_a_colour_into_the_background() -> None:
    assert blend("#000000", "#ffffff", 0.25).name() == "#bfbfbf"
    assert blend(GRID_STRONG, BACKGROUND, 1.0).name() == QColor(GRID_STRONG).name()
    assert blend(GRID_STRONG, BACKGROUND, 0.0).name() == QColor(BACKGROUND).name()


def test_lines_follow_the_ticks_and_sit_behind_the_bars(
    show_chart, demo_workspace, demo_org
) -> None:
    chart = show_chart(DifferenceBars())
    comparison = demo_workspace.comparison(demo_org.id, 2023, 2023)
    chart.set_data(S.difference_series(comparison, demo_workspace.reference))
    grid = chart._grid
    ticks = [value for value, _ in chart.plot.getAxis("bottom")._tickLevels[0]]
    assert grid.positions() == tuple(ticks)
    assert grid.zValue() < chart._bars.zValue()
    assert chart.plot.getAxis("bottom").grid is False  # no translucent grid over the data

    chart.set_data(None)
    assert grid.positions() == ()


def test_a_line_is_drawn_where_each_tick_is(show_chart, demo_workspace, demo_org) -> None:
    chart = show_chart(DifferenceBars())
    comparison = demo_workspace.comparison(demo_org.id, 2023, 2023)
    data = S.difference_series(comparison, demo_workspace.reference)
    chart.set_data(data)
    view, box = chart.view, chart.plot.vb
    image = view.viewport().grab().toImage()
    colour = blend(GRID_STRONG, BACKGROUND, 0.25).rgb()
    above_the_bars = len(data.values) - 0.45  # the range ends at count - 0.4, the bars lower
    for x in chart._grid.positions():
        if x == 0:
            continue  # the zero line is drawn over it
        point = view.mapFromScene(box.mapViewToScene(QPointF(x, above_the_bars)))
        column = [image.pixel(point.x() + dx, point.y()) for dx in (-1, 0, 1)]
        assert colour in column, x


def test_an_export_draws_the_lines_thicker_with_everything_else(qapp) -> None:
    grid = VerticalGridLines(QColor("#e2e5e8"))
    grid.set_lines([0.0, 0.5], (0.0, 1.0))
    assert grid.boundingRect().width() > 0.5 and grid.boundingRect().height() == 1.0
    assert hasattr(grid, "pen_scale")  # ui.charts.export scales every item that has it
