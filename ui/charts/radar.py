"""Spider chart of the nine areas, as in SKR's jämförelsetal, with the organisation on top."""

from __future__ import annotations

import html
import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QWidget

from app.domain.series import OWN, UNANSWERED, RadarData, format_level
from ui.charts.axes import level_label
from ui.charts.base import ChartBase, LegendEntry
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


class RadarChart(ChartBase):
    """Spokes, labelled rings and one polygon per series; labels are fitted so they never clip."""

    def __init__(self, parent: QWidget | None = None, *, presentation: bool = False) -> None:
        super().__init__(parent, presentation=presentation)
        style = self.chart_style
        self.data: RadarData | None = None
        self._scale: tuple[int, int] = (1, 2)
        self._grid_key: tuple[int, tuple[int, int]] | None = None
        self._axes_key: tuple[tuple[str, ...], set[int]] | None = None
        self._fit_key: tuple[float, float, int] | None = None
        self.plot.hideAxis("left")
        self.plot.hideAxis("bottom")
        self._spokes = pg.PlotCurveItem(pen=pg.mkPen(GRID_STRONG, width=1))
        self._rings = pg.PlotCurveItem(pen=pg.mkPen(GRID, width=1))
        self._outer = pg.PlotCurveItem(pen=pg.mkPen(GRID_STRONG, width=1.2))
        for item in (self._rings, self._outer, self._spokes):
            self.plot.addItem(item)
        self._axis_labels: list[pg.TextItem] = []
        self._ring_labels: list[pg.TextItem] = []
        self._axis_font = style.font(style.label_pt, bold=False)
        self._ring_font = style.font(style.tick_pt)
        self.plot.vb.sigResized.connect(self._fit)
        # Below this size neighbouring area names start to touch at the normal type size.
        grow = 1.4 if presentation else 1.0
        self.setMinimumSize(int(500 * grow), int(470 * grow))
        self.set_data(None)

    # -- public ---------------------------------------------------------------------------------
    def set_data(self, data: RadarData | None, message: str | None = None) -> None:
        """Show ``data``; with ``None`` the chart is emptied and ``message`` shown instead."""
        self.data = data
        if data is None:
            self.hide_series_except(set())
            self._set_axes((), set())
            self._draw_grid(0, self._scale)
            self.show_empty(message or "Ingen data att visa.")
            return
        self._scale = data.scale
        own = data.series_by_key(OWN)
        missing = {i for i, v in enumerate(own.values) if v is None} if own else set()
        self._set_axes(data.axes, missing)
        self._draw_grid(len(data.axes), data.scale)
        shown = set()
        scale = self.chart_style.line_scale
        for series in data.series:
            curve = self.series_item(series.key)
            x, y = self._polygon(series.values)
            curve.setData(x, y, connect="finite")
            shown.add(series.key)
        self.hide_series_except(shown)
        self.set_frame(
            data.title,
            self.note_text(data.scale_label, data.source),
            [LegendEntry.for_series(s.label, series_style(s.key), scale) for s in data.series],
            self._describe(data),
        )
        self._fit()

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
            for item in (self._spokes, self._rings, self._outer):
                item.setData([], [])
            for label in self._ring_labels:
                label.setVisible(False)
            return
        angles = [self._angle(i, count) for i in range(count)]
        sx, sy = [], []
        for a in angles:
            sx += [HOLE * math.sin(a), math.sin(a)]
            sy += [HOLE * math.cos(a), math.cos(a)]
        self._spokes.setData(np.array(sx), np.array(sy), connect="pairs")
        rings, ticks = _rings(scale)
        rx, ry = [], []
        for tick in rings[:-1]:
            r = self._radius(tick)
            for a in [*angles, angles[0]]:
                rx.append(r * math.sin(a))
                ry.append(r * math.cos(a))
            rx.append(np.nan)
            ry.append(np.nan)
        self._rings.setData(np.array(rx), np.array(ry), connect="finite")
        self._outer.setData(
            np.array([math.sin(a) for a in [*angles, angles[0]]]),
            np.array([math.cos(a) for a in [*angles, angles[0]]]),
        )
        while len(self._ring_labels) < len(ticks):
            label = pg.TextItem(color=MUTED, anchor=(0.5, 0.5), fill=pg.mkBrush(255, 255, 255, 200))
            label.setFont(self._ring_font)
            label.setZValue(5)
            self.plot.addItem(label)
            self._ring_labels.append(label)
        half = math.pi / count
        for label, tick in zip(self._ring_labels, ticks, strict=False):
            r = self._radius(tick)
            label.setText(level_label(tick))
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
            label = pg.TextItem(color=INK, anchor=(0.5, 0.5))
            label.setFont(self._axis_font)
            self.plot.addItem(label)
            self._axis_labels.append(label)
        for i, (label, name) in enumerate(zip(self._axis_labels, names, strict=False)):
            if i in missing:
                label.setHtml(
                    f"<div style='text-align:center; color:{INK}'>{html.escape(name)}<br>"
                    f"<span style='color:{MUTED}; font-style:italic'>{UNANSWERED}</span></div>"
                )
            else:
                label.setText(name)
                label.setColor(QColor(INK))
            label.setVisible(True)
        for label in self._axis_labels[len(names) :]:
            label.setVisible(False)

    def _fit(self, *args) -> None:
        """Choose the largest radius at which every axis label still fits inside the plot."""
        rect = self.plot.vb.boundingRect()
        width, height = max(rect.width(), 10.0), max(rect.height(), 10.0)
        names = self.data.axes if self.data is not None else ()
        count = len(names)
        if (width, height, count) == self._fit_key:
            return  # same size, same labels: positions are still right
        self._fit_key = (width, height, count)
        rho = min(width, height) / 2
        placements = []
        for i in range(count):
            angle = self._angle(i, count)
            sin, cos = math.sin(angle), math.cos(angle)
            box = self._axis_labels[i].textItem.boundingRect()
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
        px = max(rho - gap, 30.0)
        self.plot.vb.setRange(
            xRange=(-width / (2 * px), width / (2 * px)),
            yRange=(-height / (2 * px), height / (2 * px)),
            padding=0,
        )
        for label, (sin, cos, ax, ay) in zip(self._axis_labels, placements, strict=False):
            label.setAnchor((ax, ay))
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
