"""Axis setup shared by the charts: fonts, colours, explicit Swedish tick labels, label widths.

Ticks are always given explicitly so that values read "1,25" (decimal comma), years read "2023"
(never "2,023" or "2022.5"), and category names are never elided.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence

import pyqtgraph as pg
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QPaintDevice, QPainter

from app.swedish_format import format_decimal
from ui.charts.style import GRID_STRONG, INK, ChartStyle


class _Measurer:
    """Stands in for the painter while pyqtgraph lays out an axis's tick labels.

    Laying out only sets the font and measures labels (``boundingRect``); the same few labels
    recur on every redraw, so their sizes are remembered instead of measured again.
    """

    _sizes: dict[tuple[str, int, float, float, str], QRectF] = {}

    def __init__(self, device: QPaintDevice | None) -> None:
        self._device = device
        self._font = QFont()

    def setFont(self, font: QFont) -> None:  # noqa: N802 - QPainter's name
        self._font = QFont(font)

    def boundingRect(self, rect: QRectF, flags: int, text: str) -> QRectF:  # noqa: N802
        dpi = self._device.logicalDpiY() if self._device is not None else 0
        key = (self._font.key(), int(flags), rect.width(), rect.height(), f"{dpi}\0{text}")
        found = self._sizes.get(key)
        if found is None:
            if len(self._sizes) > 512:
                self._sizes.clear()
            metrics = (
                QFontMetricsF(self._font, self._device)
                if self._device is not None
                else QFontMetricsF(self._font)
            )
            found = self._sizes[key] = metrics.boundingRect(rect, int(flags), text)
        return QRectF(found)  # pyqtgraph changes the rect it gets


class Axis(pg.AxisItem):
    """pyqtgraph's axis, drawn straight onto the view instead of through a QPicture.

    pyqtgraph records every axis change into a QPicture (serialised through a QDataStream) and
    replays it; a switch of organisation changes both axes of a chart, so that recording is
    pure overhead. The drawing specification is kept until pyqtgraph marks the axis changed
    (``picture = None``), then laid out again with remembered label sizes (``_Measurer``).
    """

    _LAID_OUT = object()

    def __init__(self, orientation: str, **kwargs) -> None:
        super().__init__(orientation, **kwargs)
        self._specs: tuple | None = None

    def paint(self, p: QPainter, *args) -> None:
        if self.picture is None:
            self._specs = self.generateDrawSpecs(_Measurer(p.device()))
            self.picture = self._LAID_OUT
        if self._specs is not None:
            p.save()
            self.drawPicture(p, *self._specs)
            p.restore()


def axis_items() -> dict[str, Axis]:
    """The left and bottom axes of a chart's plot (PlotItem's ``axisItems``; PlotItem shows
    every axis given here, and keeps its own hidden right and top axes)."""
    return {name: Axis(name) for name in ("left", "bottom")}


def style_axis(axis: pg.AxisItem, chart_style: ChartStyle, label: str = "") -> None:
    """Large, dark tick text and a quiet axis line."""
    font = chart_style.font(chart_style.tick_pt)
    axis.setStyle(tickFont=font, tickTextOffset=int(6 * chart_style.scale), tickLength=0)
    axis.setTextPen(pg.mkPen(INK))
    axis.setPen(pg.mkPen(GRID_STRONG, width=1))
    if label:
        axis.setLabel(label, **{"font-size": f"{chart_style.label_pt}pt", "color": INK})


def level_label(value: float) -> str:
    """'1', '1,25', '1,5', '2' – as few decimals as the value needs."""
    for decimals in (0, 1, 2):
        if abs(round(value, decimals) - value) < 1e-9:
            return format_decimal(value, decimals)
    return format_decimal(value, 2)


def value_ticks(
    values: Iterable[float], formatter: Callable[[float], str] | None = None
) -> list[tuple[float, str]]:
    """Ticks at the given values, labelled with a decimal comma unless ``formatter`` says otherwise."""
    fmt = formatter or level_label
    return [(float(v), fmt(float(v))) for v in values]


def set_ticks(axis: pg.AxisItem, ticks: Sequence[tuple[float, str]]) -> None:
    """Explicit ticks; the same ticks again are left alone, since setTicks makes the axis
    regenerate and repaint its labels (a few ms per axis on every switch)."""
    levels = [list(ticks), []]
    if getattr(axis, "_tickLevels", None) == levels:
        return
    axis.setTicks(levels)


def fit_axis_width(axis: pg.AxisItem, labels: Sequence[str], chart_style: ChartStyle) -> None:
    """Make a vertical axis exactly as wide as its longest (possibly multi-line) label."""
    key = (tuple(labels), chart_style)
    if getattr(axis, "_fitted_labels", None) == key:
        return  # same labels: same width (setWidth would redraw the axis for nothing)
    metrics = QFontMetricsF(chart_style.font(chart_style.tick_pt))
    flags = int(Qt.AlignmentFlag.AlignLeft)
    widest = max(
        (metrics.boundingRect(QRectF(0, 0, 2000, 2000), flags, t).width() for t in labels),
        default=20.0,
    )
    axis.setWidth(int(widest + 14 * chart_style.scale))
    axis._fitted_labels = key


def fit_axis_height(
    axis: pg.AxisItem, chart_style: ChartStyle, *, with_label: bool = False
) -> None:
    """Make a horizontal axis tall enough for its tick text (and its label) at the type size."""
    ticks = QFontMetricsF(chart_style.font(chart_style.tick_pt)).height()
    label = QFontMetricsF(chart_style.font(chart_style.label_pt)).height() if with_label else 0.0
    axis.setHeight(int(ticks + label + 16 * chart_style.scale))
