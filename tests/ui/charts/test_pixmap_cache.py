"""Unchanging chart parts repaint from pixmaps on screen; exports always draw them as vectors."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QGraphicsItem, QGraphicsRectItem, QGraphicsScene

from app.domain import series as S
from ui.charts.difference import DifferenceBars
from ui.charts.pixmap_cache import drawn_directly, keep_as_pixmap, start_pixmap_cache
from ui.charts.radar import RadarChart

CACHED = QGraphicsItem.CacheMode.DeviceCoordinateCache
DIRECT = QGraphicsItem.CacheMode.NoCache
YEAR = 2023


def _cached(chart) -> list[QGraphicsItem]:
    return [item for item in chart.view.scene().items() if item.cacheMode() == CACHED]


@pytest.fixture
def comparison(demo_workspace, demo_org):
    return demo_workspace.comparison(demo_org.id, YEAR, 2023)


@pytest.fixture
def radar_data(demo_workspace, comparison):
    return S.radar_series(comparison, demo_workspace.reference)


@pytest.fixture
def painted(qtbot, show_chart):
    """Show a chart, give it data and wait for its first paint, after which its caches start."""

    def paint(chart, data):
        show_chart(chart)
        chart.set_data(data)
        qtbot.waitUntil(lambda: chart._pixmaps_started, timeout=5000)
        return chart

    return paint


def test_nothing_is_cached_before_the_first_paint(qtbot, painted, radar_data) -> None:
    """Filling a cache costs more than one drawing: the start of the app draws directly."""
    chart = RadarChart()
    qtbot.addWidget(chart)
    chart.set_data(radar_data)
    assert _cached(chart) == []
    painted(chart, radar_data)
    assert chart._grid in _cached(chart)


def test_drawn_directly_switches_every_cache_off_and_back_even_after_an_error(qapp) -> None:
    scene = QGraphicsScene()
    kept, plain = QGraphicsRectItem(0, 0, 10, 10), QGraphicsRectItem(0, 0, 5, 5)
    scene.addItem(kept)
    scene.addItem(plain)
    keep_as_pixmap(kept)
    assert kept.cacheMode() == DIRECT  # marked; the cache starts after the first paint
    start_pixmap_cache(scene)
    assert [kept.cacheMode(), plain.cacheMode()] == [CACHED, DIRECT]
    with pytest.raises(RuntimeError), drawn_directly(scene):
        assert [kept.cacheMode(), plain.cacheMode()] == [DIRECT, DIRECT]
        raise RuntimeError("export failed")
    assert [kept.cacheMode(), plain.cacheMode()] == [CACHED, DIRECT]


def test_the_radar_keeps_grid_names_rings_and_title_but_not_the_series(painted, radar_data) -> None:
    chart = painted(RadarChart(), radar_data)
    cached = _cached(chart)
    assert chart._grid in cached and chart.title_item in cached
    assert set(chart._axis_labels + chart._ring_labels) <= set(cached)
    series = [chart.series_item(s.key) for s in chart.data.series]
    assert series and not set(series) & set(cached)


def test_the_difference_chart_keeps_its_area_names(painted, demo_workspace, comparison) -> None:
    chart = painted(DifferenceBars(), S.difference_series(comparison, demo_workspace.reference))
    assert chart.plot.getAxis("left") in _cached(chart)
    assert chart.plot.getAxis("bottom") not in _cached(chart)  # its ticks follow the data


def _screen(chart) -> np.ndarray:
    """The chart's viewport as the user sees it, as an array of 8-bit channels."""
    viewport = chart.view.viewport()
    viewport.repaint()
    image = viewport.grab().toImage().convertToFormat(QImage.Format.Format_RGBA8888)
    data = np.frombuffer(image.constBits(), np.uint8, image.sizeInBytes())
    return data.reshape(image.height(), image.bytesPerLine())[:, : image.width() * 4].astype(int)


def _largest_difference(a: np.ndarray, b: np.ndarray) -> int:
    assert a.shape == b.shape
    return int(np.abs(a - b).max())


def test_what_the_user_sees_is_the_same_with_and_without_the_cache(painted, radar_data) -> None:
    chart = painted(RadarChart(), radar_data)
    assert _cached(chart)
    cached_view = _screen(chart)
    with drawn_directly(chart.view.scene()):
        direct_view = _screen(chart)
    # A pixmap blended once instead of each text and line: at most a rounding step apart.
    assert _largest_difference(cached_view, direct_view) <= 2


def test_a_cached_part_is_redrawn_when_it_changes(painted, radar_data) -> None:
    chart = painted(RadarChart(), radar_data)
    before = _screen(chart)
    chart.set_data(replace(radar_data, axes=tuple(a.upper() for a in radar_data.axes)))
    after = _screen(chart)
    assert _largest_difference(before, after) > 100  # the new names are on screen
    with drawn_directly(chart.view.scene()):
        assert _largest_difference(_screen(chart), after) <= 2
