"""The report's charts as reportlab vector Drawings: the maturity radar and the trend line chart.

Each series has its own colour, marker shape and dash pattern, so the charts read in grayscale
and on a black-and-white printer. Only the embedded report fonts are used for labels. The same
Drawing is embedded as vectors in the PDF and rasterised (app.report.raster) for Word.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, replace

from reportlab.graphics.shapes import Circle, Drawing, Group, Line, Polygon, PolyLine, Rect, String
from reportlab.lib.colors import Color, HexColor

from app.report import fonts
from app.swedish_format import format_decimal

INK = HexColor("#1a1a1a")
GRID = HexColor("#b8bec6")
GRID_LIGHT = HexColor("#dde1e6")
MUTED = HexColor("#5a6270")


@dataclass(frozen=True)
class SeriesStyle:
    """How one series is drawn: distinct in colour, in marker and in dash pattern."""

    color: Color
    marker: str  # "circle", "square", "triangle"
    dash: tuple[float, ...] | None
    width: float
    fill: Color | None = None


STYLES = {
    "own": SeriesStyle(HexColor("#14365d"), "circle", None, 2.2, HexColor("#dbe4ef")),
    "group": SeriesStyle(HexColor("#b45309"), "square", (5, 2.5), 1.5),
    "national": SeriesStyle(HexColor("#6b7280"), "triangle", (1.2, 2.2), 1.5),
}


@dataclass(frozen=True)
class Series:
    """A named series of values (None where there is no value) drawn in one of ``STYLES``."""

    label: str
    values: tuple[float | None, ...]
    style: str


def _text(
    x: float,
    y: float,
    text: str,
    size: float = 7.5,
    anchor: str = "start",
    bold: bool = False,
    color: Color = INK,
) -> String:
    return String(
        x,
        y,
        text,
        fontName=fonts.BOLD if bold else fonts.REGULAR,
        fontSize=size,
        fillColor=color,
        textAnchor=anchor,
    )


def _marker(kind: str, x: float, y: float, size: float, color: Color) -> Group:
    """A filled marker centred on (x, y): circle, square or triangle."""
    half = size / 2
    if kind == "circle":
        shape = Circle(x, y, half, fillColor=color, strokeColor=None)
    elif kind == "square":
        shape = Rect(
            x - half * 0.9,
            y - half * 0.9,
            size * 0.9,
            size * 0.9,
            fillColor=color,
            strokeColor=None,
        )
    else:
        r = half * 1.2
        shape = Polygon(
            [x, y + r, x - r * 0.866, y - r * 0.5, x + r * 0.866, y - r * 0.5],
            fillColor=color,
            strokeColor=None,
        )
    return Group(shape)


def _polyline(
    points: Sequence[float], style: SeriesStyle, closed: bool = False
) -> PolyLine | Polygon:
    if closed:
        return Polygon(
            list(points),
            strokeColor=style.color,
            strokeWidth=style.width,
            strokeDashArray=list(style.dash) if style.dash else None,
            fillColor=style.fill,
            strokeLineJoin=1,
        )
    return PolyLine(
        list(points),
        strokeColor=style.color,
        strokeWidth=style.width,
        strokeDashArray=list(style.dash) if style.dash else None,
        strokeLineJoin=1,
    )


def _legend(series: Sequence[Series], width: float, y: float) -> Group:
    """One row of legend entries (line sample, marker, label), centred horizontally."""
    entries = []
    for s in series:
        label_width = _string_width(s.label, 7.5)
        entries.append((s, 30 + label_width + 18))
    total = sum(w for _, w in entries)
    x = (width - total) / 2
    group = Group()
    for s, w in entries:
        style = STYLES[s.style]
        group.add(
            Line(
                x,
                y + 3,
                x + 24,
                y + 3,
                strokeColor=style.color,
                strokeWidth=style.width,
                strokeDashArray=list(style.dash) if style.dash else None,
            )
        )
        group.add(_marker(style.marker, x + 12, y + 3, 5.5, style.color))
        group.add(_text(x + 30, y, s.label))
        x += w
    return group


def _drawing(width: float, height: float) -> Drawing:
    """An empty Drawing whose renderer state starts in the embedded font, not Helvetica."""
    fonts.register_fonts()
    drawing = Drawing(width, height)
    drawing.initialFontName = fonts.REGULAR
    return drawing


def _string_width(text: str, size: float, bold: bool = False) -> float:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    return stringWidth(text, fonts.BOLD if bold else fonts.REGULAR, size)


def radar_chart(
    axes: Sequence[str],
    series: Sequence[Series],
    width: float = 470,
    height: float = 330,
    low: float = 1.0,
    high: float = 2.0,
    step: float = 0.25,
    center: float | None = None,
) -> Drawing:
    """A radar ('spindeldiagram') with one axis per area and rings from ``low`` to ``high``.

    ``center`` is the value at the middle (default ``low``); a centre below the lowest ring keeps
    a polygon of level-1 areas from collapsing into a point.
    """
    origin = low if center is None else center
    drawing = _drawing(width, height)
    legend_height = 22
    cx, cy = width / 2, legend_height + (height - legend_height) / 2
    radius = (height - legend_height) / 2 - 24
    n = len(axes)

    def point(i: int, value: float) -> tuple[float, float]:
        angle = math.pi / 2 - 2 * math.pi * i / n
        r = radius * (min(max(value, origin), high) - origin) / (high - origin)
        return cx + r * math.cos(angle), cy + r * math.sin(angle)

    def outline(values: Sequence[float | None]) -> list[float] | None:
        if any(v is None for v in values):
            return None
        return [c for i, v in enumerate(values) for c in point(i, v)]  # type: ignore[arg-type]

    # Fills first, so the grid and the scale stay readable on top of them.
    for s in series:
        fill = STYLES[s.style].fill
        points = outline(s.values)
        if fill is not None and points:
            drawing.add(Polygon(points, fillColor=fill, strokeColor=None))
    rings = round((high - low) / step)
    for k in range(0 if origin < low else 1, rings + 1):
        value = low + k * step
        ring = [c for i in range(n) for c in point(i, value)]
        drawing.add(
            Polygon(
                ring,
                strokeColor=GRID if k == rings else GRID_LIGHT,
                strokeWidth=0.6,
                fillColor=None,
            )
        )
    for i, label in enumerate(axes):
        x, y = point(i, high)
        drawing.add(Line(cx, cy, x, y, strokeColor=GRID_LIGHT, strokeWidth=0.6))
        angle = math.pi / 2 - 2 * math.pi * i / n
        lx, ly = cx + (radius + 9) * math.cos(angle), cy + (radius + 9) * math.sin(angle)
        cos = math.cos(angle)
        anchor = "middle" if abs(cos) < 0.2 else ("start" if cos > 0 else "end")
        dy = -3 if math.sin(angle) > 0.3 else (-6 if math.sin(angle) < -0.3 else -3)
        drawing.add(_text(lx, ly + dy + (4 if math.sin(angle) > 0.9 else 0), label, 7.5, anchor))
    for k in range(0, rings + 1):
        value = low + k * step
        _, y = point(0, value)
        drawing.add(_text(cx + 3, y + 1.5, format_decimal(value, 2), 6, "start", color=MUTED))

    for s in series:
        style = STYLES[s.style]
        points = outline(s.values)
        if points:
            drawing.add(_polyline(points, replace(style, fill=None), closed=True))
        for i, v in enumerate(s.values):
            if v is not None:
                drawing.add(_marker(style.marker, *point(i, v), 5.5, style.color))
    drawing.add(_legend(series, width, 4))
    return drawing


def trend_chart(
    years: Sequence[int],
    series: Sequence[Series],
    width: float = 470,
    height: float = 200,
    low: float = 1.0,
    high: float = 2.0,
    y_label: str = "",
) -> Drawing:
    """A line chart over ``years``; a series with gaps is drawn through its known points."""
    drawing = _drawing(width, height)
    left, right, bottom, top = 40, 14, 46, 14
    plot_w, plot_h = width - left - right, height - bottom - top
    span = max(1, (years[-1] - years[0]) if years else 1)

    pad = 14

    def xy(year: int, value: float) -> tuple[float, float]:
        x = left + pad + (plot_w - 2 * pad) * ((year - years[0]) / span if len(years) > 1 else 0.5)
        return x, bottom + plot_h * (min(max(value, low), high) - low) / (high - low)

    drawing.add(
        Rect(left, bottom, plot_w, plot_h, strokeColor=GRID, strokeWidth=0.6, fillColor=None)
    )
    steps = 4
    for k in range(steps + 1):
        value = low + (high - low) * k / steps
        y = bottom + plot_h * k / steps
        if 0 < k < steps:
            drawing.add(Line(left, y, left + plot_w, y, strokeColor=GRID_LIGHT, strokeWidth=0.5))
        drawing.add(_text(left - 4, y - 2.5, format_decimal(value, 2), 7, "end", color=MUTED))
    for year in years:
        x, _ = xy(year, low)
        drawing.add(Line(x, bottom, x, bottom - 3, strokeColor=GRID, strokeWidth=0.6))
        drawing.add(_text(x, bottom - 12, str(year), 7, "middle", color=MUTED))
    if y_label:
        label = _text(0, 0, y_label, 7, "middle", color=MUTED)
        drawing.add(Group(label, transform=(0, 1, -1, 0, 9, bottom + plot_h / 2)))

    for s in series:
        style = STYLES[s.style]
        known = [(y, v) for y, v in zip(years, s.values, strict=True) if v is not None]
        if len(known) > 1:
            drawing.add(_polyline([c for y, v in known for c in xy(y, v)], style))
        for y, v in known:
            drawing.add(_marker(style.marker, *xy(y, v), 5.5, style.color))
    drawing.add(_legend(series, width, 4))
    return drawing
