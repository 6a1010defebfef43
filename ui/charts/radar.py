"""Spider chart of the nine areas, as in SKR's jämförelsetal, with the organisation on top."""

from __future__ import annotations

import math
from collections.abc import Sequence

import numpy as np
import pyqtgraph as pg
from pyqtgraph.graphicsItems.ScatterPlotItem import renderSymbol
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QPainter, QPainterPath, QPen, QPixmap
from PySide6.QtWidgets import QGraphicsItem, QWidget

from app.domain.series import OWN, UNANSWERED, RadarData, format_level
from ui.charts.axes import level_label
from ui.charts.base import ChartBase, LegendEntry, Muted, PlotLabel
from ui.charts.pixmap_cache import keep_as_pixmap
from ui.charts.style import GRID, GRID_STRONG, INK, MUTED, series_style

#: Share of the radius left empty in the middle, so that level 1 is a ring, not a single point
#: where all series would collapse onto each other.
HOLE = 0.14
#: Pixels between the outer ring and an area name: room for a marker sitting on the ring.
LABEL_GAP_PX = 11.0
EDGE_PX = 4.0


def _rings(scale: tuple[int, int]) -> tuple[list[float], list[float]]:
    """Ring values and the subset that gets a label (every other ring on the narrow scale)."""
    low, high = scale
    if high - low <= 1:
        rings = [low + i * 0.25 for i in range(5)]
        return rings, rings[::2]
    rings = [float(v) for v in range(low, high + 1)]
    return rings, rings


#: Half the side of the square, in data units, that the grid stays within: the outer ring
#: (radius 1) plus room for its line at the smallest radar.
_REACH = 1.5
#: The fewest pixels _fit ever gives the outer ring's radius.
_MIN_UNIT_PX = 30.0


def _finite_path(xs: Sequence[float], ys: Sequence[float]) -> QPainterPath:
    """Lines through consecutive finite points; a NaN leaves a gap (pyqtgraph's 'finite')."""
    path = QPainterPath()
    drawing = False
    for x, y in zip(xs, ys, strict=True):
        if math.isnan(x) or math.isnan(y):
            drawing = False
        elif drawing:
            path.lineTo(x, y)
        else:
            path.moveTo(x, y)
            drawing = True
    return path


def _export_pen(pen: QPen, scale: float) -> QPen:
    """Cosmetic pens are device pixels wide: thicker while an export renders at ``scale``."""
    if scale == 1.0 or not pen.isCosmetic():
        return pen
    scaled = QPen(pen)
    scaled.setWidthF(max(pen.widthF(), 1.0) * scale)
    return scaled


class RadarGrid(QGraphicsItem):
    """Rings, outer ring and spokes in one item (three pyqtgraph curves cost three times the
    Python work on every paint of the radar, for lines that never move)."""

    def __init__(self) -> None:
        super().__init__()
        self._layers = [
            (QPainterPath(), pg.mkPen(GRID, width=1)),  # inner rings
            (QPainterPath(), pg.mkPen(GRID_STRONG, width=1.2)),  # outer ring
            (QPainterPath(), pg.mkPen(GRID_STRONG, width=1)),  # spokes
        ]
        #: Set by the exporter while rendering at a higher resolution (see ui.charts.export).
        self.pen_scale = 1.0
        self._bounds = QRectF(-_REACH, -_REACH, 2 * _REACH, 2 * _REACH)

    def set_paths(self, rings: QPainterPath, outer: QPainterPath, spokes: QPainterPath) -> None:
        self._layers = [
            (path, pen) for path, (_, pen) in zip((rings, outer, spokes), self._layers, strict=True)
        ]
        self.update()

    def paths(self) -> tuple[QPainterPath, ...]:
        return tuple(path for path, _ in self._layers)

    def boundingRect(self) -> QRectF:  # noqa: N802 - Qt naming
        return self._bounds

    def paint(self, painter: QPainter, *args) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        for path, pen in self._layers:
            if not path.isEmpty():
                painter.setPen(_export_pen(pen, self.pen_scale))
                painter.drawPath(path)


class RadarSeries(QGraphicsItem):
    """One series' polygon with its markers, drawn as pyqtgraph's PlotDataItem draws them.

    PlotDataItem builds a curve and a scatter item and recomputes bounds, pixel sizes and the
    marker atlas in Python on every change and paint; a polygon of nine points needs none of
    that, and a switch of benchmark year or organisation redraws two or three of them.
    ``xData``/``yData`` and ``setData`` keep PlotDataItem's names.
    """

    def __init__(self, key: str, scale: float) -> None:
        super().__init__()
        style = series_style(key)
        self._pen = style.pen(scale)
        self._symbol = style.symbol
        self._symbol_size = style.symbol_size * scale
        self._symbol_pen = style.symbol_pen()
        self._symbol_brush = style.symbol_brush()
        self._markers: dict[float, QPixmap] = {}
        #: Set by the exporter while rendering at a higher resolution (see ui.charts.export).
        self.pen_scale = 1.0
        self.xData = np.empty(0)
        self.yData = np.empty(0)
        self._path = QPainterPath()
        self._points: list[QPointF] = []
        self._unit_px = _MIN_UNIT_PX
        self._bounds = QRectF()

    def set_unit_pixels(self, pixels: float) -> None:
        """How many pixels one data unit (the outer ring's radius) spans: the bounds must hold
        the markers and the line, which keep their pixel size whatever the radar's size."""
        if pixels != self._unit_px:
            self.prepareGeometryChange()
            self._unit_px = pixels
            self._bounds = self._tight_bounds()

    def _tight_bounds(self) -> QRectF:
        """The points' box plus half a marker and half a line: a change repaints only that."""
        if not self._points:
            return QRectF()
        xs = [p.x() for p in self._points]
        ys = [p.y() for p in self._points]
        pad = (max(self._symbol_size, self._pen.widthF()) / 2 + 3) / self._unit_px
        return QRectF(
            min(xs) - pad, min(ys) - pad, max(xs) - min(xs) + 2 * pad, max(ys) - min(ys) + 2 * pad
        )

    def setData(self, x: np.ndarray, y: np.ndarray, connect: str = "finite") -> None:  # noqa: N802
        """Draw through ``(x, y)``; NaN leaves a gap (only pyqtgraph's 'finite' is supported)."""
        if connect != "finite":
            raise ValueError("RadarSeries only connects finite points")
        self.xData = np.asarray(x, dtype=float)
        self.yData = np.asarray(y, dtype=float)
        self._path = _finite_path(self.xData.tolist(), self.yData.tolist())
        self._points = [
            QPointF(px, py)
            for px, py in zip(self.xData.tolist(), self.yData.tolist(), strict=True)
            if not (math.isnan(px) or math.isnan(py))
        ]
        self.prepareGeometryChange()
        self._bounds = self._tight_bounds()
        self.update()

    def boundingRect(self) -> QRectF:  # noqa: N802 - Qt naming
        return self._bounds

    def _marker(self, ratio: float) -> QPixmap:
        """The marker as pyqtgraph's atlas renders it, at the device's pixel ratio."""
        pixmap = self._markers.get(ratio)
        if pixmap is None:
            image = renderSymbol(
                self._symbol, self._symbol_size, self._symbol_pen, self._symbol_brush, dpr=ratio
            )
            pixmap = QPixmap.fromImage(image)
            pixmap.setDevicePixelRatio(1.0)
            self._markers[ratio] = pixmap
        return pixmap

    def paint(self, painter: QPainter, *args) -> None:
        if not self._points:
            return
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setPen(_export_pen(self._pen, self.pen_scale))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(self._path)
        # Markers keep their pixel size: centred on the mapped points, as pyqtgraph's
        # drawPixmapFragments places them (translate, then a rect centred on the origin).
        transform = painter.transform()
        ratio = painter.device().devicePixelRatioF()
        marker = self._marker(ratio)
        side = marker.width()
        source = QRectF(0, 0, side, side)
        w = side / ratio
        target = QRectF(-0.5 * w, -0.5 * w, w, w)
        painter.resetTransform()
        for point in self._points:
            centre = transform.map(point)
            painter.translate(centre)
            painter.drawPixmap(target, marker, source)
            painter.translate(-centre)
        painter.setTransform(transform)


class RadarChart(ChartBase):
    """Spokes, labelled rings and one polygon per series; labels are fitted so they never clip."""

    def __init__(
        self, parent: QWidget | None = None, *, presentation: bool = False, fit: float = 1.0
    ) -> None:
        super().__init__(parent, presentation=presentation, fit=fit)
        style = self.chart_style
        self.data: RadarData | None = None
        self._scale: tuple[int, int] = (1, 2)
        self._grid_key: tuple[int, tuple[int, int]] | None = None
        self._axes_key: tuple[tuple[str, ...], set[int]] | None = None
        self._fit_key: tuple[float, float, int] | None = None
        self._unit_px = _MIN_UNIT_PX
        self.plot.hideAxis("left")
        self.plot.hideAxis("bottom")
        self._grid = RadarGrid()
        keep_as_pixmap(self._grid)
        self.plot.addItem(self._grid, ignoreBounds=True)
        self._axis_labels: list[PlotLabel] = []
        self._ring_labels: list[PlotLabel] = []
        self._axis_font = style.font(style.label_pt, bold=False)
        self._ring_font = style.font(style.tick_pt)
        self.plot.vb.sigResized.connect(self._fit)
        # Below this size neighbouring area names start to touch at the normal type size
        # (470 px wide still leaves a gap: two columns fit a 1280 px window).
        grow = 1.4 * fit if presentation else 1.0
        self.setMinimumSize(int(470 * grow), int(470 * grow))
        self.set_data(None)

    # -- public ---------------------------------------------------------------------------------
    def set_data(self, data: RadarData | None, message: str | None = None) -> None:
        """Show ``data``; with ``None`` the chart is emptied and ``message`` shown instead."""
        self.data = data
        if data is None:
            self.hide_series_except(set())
            self._set_axes((), set())
            self._draw_grid(0, self._scale)
            self.show_empty(message or self.no_data_text)
            return
        self._scale = data.scale
        own = data.series_by_key(OWN)
        missing = {i for i, v in enumerate(own.values) if v is None} if own else set()
        self._set_axes(data.axes, missing)
        self._draw_grid(len(data.axes), data.scale)
        shown = set()
        scale = self.chart_style.line_scale
        for series in data.series:
            self.set_series(series.key, *self._polygon(series.values))
            shown.add(series.key)
        self.hide_series_except(shown)
        self.set_frame(
            data.title,
            self.note_text(data.scale_label, data.source),
            [LegendEntry.for_series(s.label, series_style(s.key), scale) for s in data.series],
            self._describe(data),
        )
        self._fit()

    def _new_series_item(self, key: str) -> RadarSeries:
        item = RadarSeries(key, self.chart_style.line_scale)
        item.set_unit_pixels(self._unit_px)
        return item

    def curve_values(self, key: str) -> tuple[float | None, ...]:
        """The values currently drawn for a series (for tests and screen readers)."""
        if self.data is None:
            return ()
        series = self.data.series_by_key(key)
        return series.values if series is not None else ()

    # -- drawing --------------------------------------------------------------------------------
    def _radius(self, value: float) -> float:
        low, high = self._scale
        return HOLE + (value - low) / (high - low) * (1 - HOLE)

    @staticmethod
    def _angle(index: int, count: int) -> float:
        """Clockwise from twelve o'clock, like SKR's diagrams."""
        return 2 * math.pi * index / count

    def _polygon(self, values) -> tuple[np.ndarray, np.ndarray]:
        count = len(values)
        xs, ys = [], []
        for i, value in enumerate([*values, values[0]] if count else []):
            angle = self._angle(i % count, count)
            if value is None:
                xs.append(np.nan)
                ys.append(np.nan)
                continue
            r = self._radius(value)
            xs.append(r * math.sin(angle))
            ys.append(r * math.cos(angle))
        return np.array(xs, dtype=float), np.array(ys, dtype=float)

    def _draw_grid(self, count: int, scale: tuple[int, int]) -> None:
        if (count, scale) == self._grid_key:
            return  # the grid only changes with the number of areas or the scale
        self._grid_key = (count, scale)
        if count == 0:
            self._grid.set_paths(QPainterPath(), QPainterPath(), QPainterPath())
            for label in self._ring_labels:
                label.setVisible(False)
            return
        angles = [self._angle(i, count) for i in range(count)]
        spokes = QPainterPath()
        for a in angles:
            spokes.moveTo(HOLE * math.sin(a), HOLE * math.cos(a))
            spokes.lineTo(math.sin(a), math.cos(a))
        rings, ticks = _rings(scale)
        rx: list[float] = []
        ry: list[float] = []
        for tick in rings[:-1]:
            r = self._radius(tick)
            for a in [*angles, angles[0]]:
                rx.append(r * math.sin(a))
                ry.append(r * math.cos(a))
            rx.append(math.nan)
            ry.append(math.nan)
        closed = [*angles, angles[0]]
        outer = _finite_path([math.sin(a) for a in closed], [math.cos(a) for a in closed])
        self._grid.set_paths(_finite_path(rx, ry), outer, spokes)
        while len(self._ring_labels) < len(ticks):
            label = PlotLabel(self._ring_font, MUTED, fill=pg.mkBrush(255, 255, 255, 200))
            label.setZValue(5)
            keep_as_pixmap(label)
            self.plot.addItem(label, ignoreBounds=True)
            self._ring_labels.append(label)
        half = math.pi / count
        for label, tick in zip(self._ring_labels, ticks, strict=False):
            r = self._radius(tick)
            label.set_text(level_label(tick), (0.5, 0.5))
            label.setPos(r * math.sin(half), r * math.cos(half))
            label.setVisible(True)
        for label in self._ring_labels[len(ticks) :]:
            label.setVisible(False)

    def _set_axes(self, names: tuple[str, ...], missing: set[int]) -> None:
        """Area names at the spokes; an unanswered area says so, since its gap is easy to miss."""
        if (names, missing) == self._axes_key:
            return
        self._axes_key = (names, set(missing))
        self._fit_key = None
        while len(self._axis_labels) < len(names):
            label = PlotLabel(self._axis_font, INK)
            keep_as_pixmap(label)
            self.plot.addItem(label, ignoreBounds=True)
            self._axis_labels.append(label)
        for i, (label, name) in enumerate(zip(self._axis_labels, names, strict=False)):
            label.set_text((name, Muted(UNANSWERED)) if i in missing else name)
            label.setVisible(True)
        for label in self._axis_labels[len(names) :]:
            label.setVisible(False)

    def _fit(self, *args) -> None:
        """Choose the largest radius at which every axis label still fits inside the plot."""
        rect = self.plot.vb.boundingRect()
        width, height = max(rect.width(), 10.0), max(rect.height(), 10.0)
        names = self._data.axes if self._data is not None else ()
        count = len(names)
        if (width, height, count) == self._fit_key:
            return  # same size, same labels: positions are still right
        self._fit_key = (width, height, count)
        rho = min(width, height) / 2
        placements = []
        for i in range(count):
            angle = self._angle(i, count)
            sin, cos = math.sin(angle), math.cos(angle)
            box = self._axis_labels[i].size()
            w, h = box.width(), box.height()
            ax, ay = 0.5 - 0.5 * sin, 0.5 + 0.5 * cos
            placements.append((sin, cos, ax, ay))
            half_w, half_h = width / 2 - EDGE_PX, height / 2 - EDGE_PX
            if sin > 1e-6:
                rho = min(rho, (half_w - (1 - ax) * w) / sin)
            elif sin < -1e-6:
                rho = min(rho, (half_w - ax * w) / -sin)
            if cos > 1e-6:
                rho = min(rho, (half_h - ay * h) / cos)
            elif cos < -1e-6:
                rho = min(rho, (half_h - (1 - ay) * h) / -cos)
        if not count:
            rho = min(width, height) / 2 - EDGE_PX
        gap = LABEL_GAP_PX * self.chart_style.line_scale
        px = max(rho - gap, _MIN_UNIT_PX)
        self.set_view_range(
            (-width / (2 * px), width / (2 * px)), (-height / (2 * px), height / (2 * px))
        )
        self._unit_px = px
        for item in self._series_items.values():
            if isinstance(item, RadarSeries):
                item.set_unit_pixels(px)
        for label, (sin, cos, ax, ay) in zip(self._axis_labels, placements, strict=False):
            label.set_anchor((ax, ay))
            r = (px + gap) / px
            label.setPos(r * sin, r * cos)

    @staticmethod
    def _describe(data: RadarData) -> str:
        parts = [data.title + "."]
        for series in data.series:
            values = ", ".join(
                f"{axis} {format_level(v)}"
                for axis, v in zip(data.axes, series.values, strict=True)
            )
            parts.append(f"{series.label}: {values}.")
        parts.append(data.scale_label + ".")
        return " ".join(parts)
