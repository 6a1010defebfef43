"""Charts update in place and stay pixel-identical to what pyqtgraph's own items drew.

The dashboard's charts replace pyqtgraph's heavier items (TextItem, PlotDataItem, the QPicture
of AxisItem) by lighter ones and skip work for what did not change; these tests hold them to
the old look, and check that an off-screen chart is drawn before anyone can see or read it.
"""

from __future__ import annotations

import pyqtgraph as pg
import pytest
from PySide6.QtGui import QImage

from app.domain import series as S
from ui.charts.base import ChartBase, Muted, PlotLabel, TextPool
from ui.charts.difference import DifferenceBars
from ui.charts.radar import RadarChart, RadarSeries
from ui.charts.style import ChartStyle
from ui.charts.trend import TrendChart

YEAR = 2023


def _image(qtbot, chart) -> QImage:
    qtbot.wait(20)  # let queued scene updates and layouts land
    return chart.grab().toImage()


@pytest.mark.parametrize("presentation", [False, True])
@pytest.mark.parametrize("anchor", [(0, 0.5), (1, 0.5), (0.5, 0.5), (0.3, 0.9)])
def test_plot_label_box_is_pyqtgraph_text_items(qtbot, presentation, anchor):
    style = ChartStyle(presentation)
    for font in (style.font(style.label_pt, bold=True), style.font(style.tick_pt)):
        for text in ("+0,75", "Ert svar", "Incidenter", "1,5"):
            reference = pg.TextItem(text, anchor=anchor)
            reference.setFont(font)
            label = PlotLabel(font)
            label.set_text(text, anchor)
            expected = reference.boundingRect()
            got = label.boundingRect()
            assert got.width() == pytest.approx(expected.width())
            assert got.height() == pytest.approx(expected.height())
            assert got.left() == pytest.approx(expected.left())
            assert got.top() == pytest.approx(expected.top())


def test_plot_label_lines_and_muted_text(qtbot):
    style = ChartStyle()
    label = PlotLabel(style.font(style.label_pt))
    label.set_text(("Klassning", Muted("ej besvarat")), (0.5, 0.5))
    assert label.text() == "Klassning\nej besvarat"
    one_line = PlotLabel(style.font(style.label_pt))
    one_line.set_text("Klassning", (0.5, 0.5))
    assert label.size().height() > 1.5 * one_line.size().height()
    label.set_anchor((0, 0))
    assert label.boundingRect().topLeft().toTuple() == (0.0, 0.0)


def test_text_pool_keeps_its_items_and_changes_only_what_changed(show_chart, qtbot):
    chart = show_chart(TrendChart())
    pool = TextPool(chart.plot, chart.chart_style.font(11))
    pool.show([(0, 0, "a", (0, 0)), (1, 1, "b", (0, 0)), (2, 2, Muted("c"), (0, 0))])
    items = pool.items()
    assert [i.text() for i in items] == ["a", "b", "c"]
    pool.show([(0, 0, "a", (0, 0)), (1, 1, "B", (0, 0))])
    assert pool.items() == items[:2]
    assert pool.texts() == ["a", "B"]
    assert items[1].pos().toTuple() == (1.0, 1.0)
    assert not items[2].isVisible()


class _PyqtgraphSeriesRadar(RadarChart):
    """The radar as before: pyqtgraph's PlotDataItem for each series."""

    def _new_series_item(self, key: str) -> pg.PlotDataItem:
        return ChartBase._new_series_item(self, key)


@pytest.mark.parametrize("presentation", [False, True])
def test_radar_series_draw_exactly_as_plot_data_items(
    show_chart, qtbot, demo_workspace, demo_org, presentation
):
    reference = demo_workspace.reference
    comparison = demo_workspace.comparison(demo_org.id, YEAR, 2023)
    previous = demo_workspace.comparison(demo_org.id, YEAR - 1, 2023)
    data = S.radar_series(comparison, reference, previous=previous, include_self=True)
    size = (1000, 800) if presentation else (700, 560)
    light = show_chart(RadarChart(presentation=presentation), size)
    heavy = show_chart(_PyqtgraphSeriesRadar(presentation=presentation), size)
    for chart in (light, heavy):
        chart.set_data(data)
    assert isinstance(light.series_item(S.OWN), RadarSeries)
    assert isinstance(heavy.series_item(S.OWN), pg.PlotDataItem)
    assert _image(qtbot, light) == _image(qtbot, heavy)


class _PyqtgraphAxisBars(DifferenceBars):
    """The difference chart with pyqtgraph's own AxisItems (QPicture recording)."""

    def _create_plot(self) -> pg.PlotItem:
        return pg.PlotItem(enableMenu=False)


def test_axes_draw_exactly_as_pyqtgraph_axes(show_chart, qtbot, demo_workspace, demo_org):
    reference = demo_workspace.reference
    light = show_chart(DifferenceBars())
    heavy = show_chart(_PyqtgraphAxisBars())
    for benchmark_year in (2023, 2019):
        data = S.difference_series(
            demo_workspace.comparison(demo_org.id, YEAR, benchmark_year), reference
        )
        for chart in (light, heavy):
            chart.set_data(data)
        assert _image(qtbot, light) == _image(qtbot, heavy)


def test_switching_data_keeps_the_items_and_shows_the_new_values(
    show_chart, qtbot, demo_workspace, demo_org
):
    reference = demo_workspace.reference
    radar = show_chart(RadarChart())
    bars = show_chart(DifferenceBars())
    first = demo_workspace.comparison(demo_org.id, YEAR, 2023)
    other = demo_workspace.comparison(demo_org.id, YEAR, 2019)
    radar.set_data(S.radar_series(first, reference))
    bars.set_data(S.difference_series(first, reference))
    group = radar.series_item(S.GROUP)
    labels = bars._labels.items()
    radar.set_data(S.radar_series(other, reference))
    bars.set_data(S.difference_series(other, reference))
    assert radar.series_item(S.GROUP) is group
    expected = tuple(reference.benchmarks.mean("B", 2019, a.key) for a in reference.areas)
    assert radar.curve_values(S.GROUP) == expected
    drawn = [v for v in group.yData if v == v]  # NaN leaves a gap
    assert len(drawn) == sum(1 for v in expected if v is not None) + 1  # closed polygon
    assert bars._labels.items()[: len(labels)] == labels
    assert sorted(bars.value_labels()) == sorted(S.difference_series(other, reference).value_texts)


def test_an_off_screen_chart_is_drawn_before_it_is_seen_or_read(qtbot, demo_workspace, demo_org):
    history = demo_workspace.assessments(demo_org.id)
    data = S.trend_series(history, demo_workspace.reference, "B")
    hidden = TrendChart()
    qtbot.addWidget(hidden)
    hidden.resize(700, 560)
    drawn = []

    def draw() -> None:
        drawn.append(True)
        hidden.set_data(data)

    hidden.draw_when_visible(draw)
    assert hidden.has_pending_draw() and not drawn
    hidden.show()
    qtbot.waitUntil(lambda: bool(drawn))
    assert not hidden.has_pending_draw()
    assert hidden.value_labels()[0] == "1,11"

    unseen = TrendChart()
    qtbot.addWidget(unseen)
    unseen.draw_when_visible(lambda: unseen.set_data(data))
    assert unseen.has_pending_draw()
    assert unseen.data is data  # reading it draws first
    assert not unseen.has_pending_draw()
    assert unseen.title() == data.title


def test_a_visible_chart_is_drawn_at_once(show_chart, qtbot, demo_workspace, demo_org):
    chart = show_chart(TrendChart())
    history = demo_workspace.assessments(demo_org.id)
    chart.draw_when_visible(
        lambda: chart.set_data(S.trend_series(history, demo_workspace.reference, "B"))
    )
    assert not chart.has_pending_draw()
    assert chart._data is not None
