"""One visual language for every chart: palette, markers, dash patterns and type sizes.

A series key (``own``, ``group``, ``national`` …) always gets the same colour, marker *and* dash
pattern, so a chart stays readable when projected in grayscale or seen by a colour-blind board
member. Colours are from the Okabe–Ito palette. ``presentation=True`` scales all type for a
council room.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPen

from app.domain import series as S

pg.setConfigOptions(antialias=True, background="w", foreground="k")

INK = "#1f2933"
MUTED = "#52606d"
GRID = "#c7ced6"
GRID_STRONG = "#8a96a3"
BACKGROUND = "#ffffff"
TILE_BACKGROUND = "#f3f5f7"

BLUE = "#0072B2"
ORANGE = "#E69F00"
SKY = "#56B4E9"
GREEN = "#009E73"
VERMILLION = "#D55E00"
PURPLE = "#CC79A7"
GREY = "#555555"


@dataclass(frozen=True)
class SeriesStyle:
    """How one series is drawn; ``dash`` is a Qt pen style, ``symbol`` a pyqtgraph symbol."""

    color: str
    dash: Qt.PenStyle
    symbol: str
    width: float
    symbol_size: float
    fill_alpha: int = 0

    def pen(self, scale: float = 1.0) -> QPen:
        pen = pg.mkPen(color=self.color, width=self.width * scale, style=self.dash)
        pen.setCapStyle(Qt.PenCapStyle.FlatCap)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        return pen

    def symbol_brush(self) -> QBrush:
        return pg.mkBrush(self.color)

    def symbol_pen(self) -> QPen:
        return pg.mkPen(BACKGROUND, width=1.2)

    def fill_brush(self) -> QBrush | None:
        if not self.fill_alpha:
            return None
        color = QColor(self.color)
        color.setAlpha(self.fill_alpha)
        return QBrush(color)


SERIES_STYLES: dict[str, SeriesStyle] = {
    S.OWN: SeriesStyle(BLUE, Qt.PenStyle.SolidLine, "o", 3.5, 11, fill_alpha=40),
    S.PREVIOUS: SeriesStyle(SKY, Qt.PenStyle.DashDotLine, "d", 2.5, 11),
    S.GROUP: SeriesStyle(ORANGE, Qt.PenStyle.DashLine, "s", 2.5, 10),
    S.NATIONAL: SeriesStyle(GREY, Qt.PenStyle.DotLine, "t", 2.5, 11),
    S.SELF_RATED: SeriesStyle(GREEN, Qt.PenStyle.SolidLine, "star", 2.0, 14),
    S.TARGET: SeriesStyle(VERMILLION, Qt.PenStyle.DashDotDotLine, "x", 2.0, 12),
}

#: Bars: ahead of the group solid blue, behind it hatched vermillion (pattern survives grayscale).
POSITIVE = (BLUE, Qt.BrushStyle.SolidPattern)
NEGATIVE = (VERMILLION, Qt.BrushStyle.BDiagPattern)
#: Distribution scopes: the nation dark grey, the own group orange (light grey in grayscale).
SCOPE_BRUSHES = {
    "national": (GREY, Qt.BrushStyle.SolidPattern),
    "group": (ORANGE, Qt.BrushStyle.SolidPattern),
}


#: Drawing order: the organisation's own line always on top, the benchmarks underneath.
SERIES_Z = {S.OWN: 30, S.PREVIOUS: 26, S.SELF_RATED: 24, S.TARGET: 22, S.GROUP: 16, S.NATIONAL: 14}


def series_style(key: str) -> SeriesStyle:
    return SERIES_STYLES[key]


@functools.cache
def bar_brush(color: str, pattern: Qt.BrushStyle) -> QBrush:
    """A bar's fill; shared (callers must not modify it), since a redraw asks for one per bar."""
    brush = QBrush(QColor(color))
    brush.setStyle(pattern)
    return brush


@functools.cache
def bar_pen(color: str, width: float = 1.5) -> QPen:
    """A bar's outline; shared like ``bar_brush``."""
    return pg.mkPen(color=color, width=width)


@dataclass(frozen=True)
class ChartStyle:
    """Type sizes in points; the presentation variant is sized for the back of a council room.

    ``fit`` (presentation only) scales the slide type with the screen it is shown on, so a slide
    looks the same on a 1024×768 projector as on a 1920×1080 screen (see ui.presentation).
    """

    presentation: bool = False
    fit: float = 1.0

    @property
    def scale(self) -> float:
        return 1.8 * self.fit if self.presentation else 1.0

    def pt(self, base: float) -> float:
        return round(base * self.scale, 1)

    @property
    def title_pt(self) -> float:
        return self.pt(15)

    @property
    def label_pt(self) -> float:
        return self.pt(12)

    @property
    def tick_pt(self) -> float:
        return self.pt(11)

    @property
    def legend_pt(self) -> float:
        return self.pt(11)

    @property
    def note_pt(self) -> float:
        return self.pt(11)

    @property
    def line_scale(self) -> float:
        return 1.5 * self.fit if self.presentation else 1.0

    def font(self, size_pt: float, *, bold: bool = False) -> QFont:
        font = QFont()
        font.setPointSizeF(size_pt)
        font.setBold(bold)
        return font


def css_color(color: str) -> str:
    return QColor(color).name()
