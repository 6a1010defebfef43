"""Horizontal bars: how far each area is above or below the group mean."""

from __future__ import annotations

import math

import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from app.domain.series import DifferenceData
from app.swedish_format import format_signed
from ui.charts.axes import fit_axis_height, fit_axis_width, set_ticks, style_axis
from ui.charts.base import ChartBase, LegendEntry, Muted, TextPool, set_bars
from ui.charts.grid_lines import VerticalGridLines, blend
from ui.charts.pixmap_cache import keep_as_pixmap
from ui.charts.style import (
    BACKGROUND,
    GRID_STRONG,
    INK,
    NEGATIVE,
    POSITIVE,
    bar_brush,
    bar_pen,
)

BAR_HEIGHT = 0.62


def _signed_tick(value: float) -> str:
    return "0" if abs(value) < 1e-9 else format_signed(value, 1)


class DifferenceBars(ChartBase):
    """Ahead of the group: solid blue to the right; behind: hatched vermillion to the left.

    Pattern and direction carry the meaning, so it survives grayscale; the printed value
    ("+0,12") carries the number.
    """

    def __init__(
        self, parent: QWidget | None = None, *, presentation: bool = False, fit: float = 1.0
    ) -> None:
        super().__init__(parent, presentation=presentation, fit=fit)
        style = self.chart_style
        self.data: DifferenceData | None = None
        # The legend's words, translated once (set_data only formats them).
        self._above = QCoreApplication.translate("DifferenceBars", "Över medel för {group}")
        self._below = QCoreApplication.translate("DifferenceBars", "Under medel för {group}")
        style_axis(self.plot.getAxis("left"), style)
        keep_as_pixmap(self.plot.getAxis("left"))  # the area names, the same for every organisation
        style_axis(
            self.plot.getAxis("bottom"),
            style,
            QCoreApplication.translate("DifferenceBars", "Skillnad i nivå (egen − medelvärde)"),
        )
        fit_axis_height(self.plot.getAxis("bottom"), style, with_label=True)
        # pyqtgraph's showGrid(alpha=0.25) look, behind the bars (see ui.charts.grid_lines).
        self._grid = VerticalGridLines(blend(GRID_STRONG, BACKGROUND, 0.25))
        self.plot.addItem(self._grid, ignoreBounds=True)
        self._bars = pg.BarGraphItem(x0=[], y=[], width=[], height=BAR_HEIGHT)
        self.plot.addItem(self._bars)
        self._zero = pg.InfiniteLine(
            pos=0, angle=90, pen=pg.mkPen(INK, width=1.5 * style.line_scale)
        )
        self._zero.setZValue(15)
        self.plot.addItem(self._zero)
        self._labels = TextPool(self.plot, style.font(style.label_pt, bold=True))
        self.set_data(None)

    def set_data(self, data: DifferenceData | None, message: str | None = None) -> None:
        self.data = data
        if data is None or not data.values:
            set_bars(self._bars, [], [], [], BAR_HEIGHT, [], [])
            self._grid.set_lines((), (0.0, 0.0))
            self._labels.show(())
            self.show_empty(message or self.no_data_text)
            return
        count = len(data.values)
        present = [abs(v) for v in data.values if v is not None]
        half = max(0.5, math.ceil(max(present, default=0.0) / 0.25) * 0.25)
        reach = half * 1.45
        ys, x0s, widths, brushes, pens, labels = [], [], [], [], [], []
        for i, (value, text) in enumerate(zip(data.values, data.value_texts, strict=True)):
            y = count - 1 - i
            if value is None:
                labels.append((0.03 * half, y, Muted(text), (0, 0.5)))
                continue
            color, pattern = POSITIVE if value >= 0 else NEGATIVE
            ys.append(y)
            x0s.append(min(0.0, value))
            widths.append(abs(value))
            brushes.append(bar_brush(color, pattern))
            pens.append(bar_pen(color, 1.5 * self.chart_style.line_scale))
            offset = 0.03 * half
            if value >= 0:
                labels.append((value + offset, y, text, (0, 0.5)))
            else:
                labels.append((value - offset, y, text, (1, 0.5)))
        set_bars(self._bars, x0s, ys, widths, BAR_HEIGHT, brushes, pens)
        self._labels.show(labels)
        left = self.plot.getAxis("left")
        set_ticks(left, [(count - 1 - i, label) for i, label in enumerate(data.labels)])
        fit_axis_width(left, data.labels, self.chart_style)
        steps = [k * 0.5 for k in range(-int(reach / 0.5), int(reach / 0.5) + 1)]
        set_ticks(self.plot.getAxis("bottom"), [(v, _signed_tick(v)) for v in steps])
        self._grid.set_lines(steps, (-0.6, count - 0.4))
        self.set_view_range((-reach, reach), (-0.6, count - 0.4))
        group = data.benchmark_label
        # Both entries always: the legend explains the encoding, so it reads the same for every
        # organisation and year (and the chart keeps its layout when the data changes).
        legend = [
            LegendEntry(
                words.format(group=group),
                bar_pen(color),
                brush=bar_brush(color, pattern),
                box=True,
            )
            for words, (color, pattern) in ((self._above, POSITIVE), (self._below, NEGATIVE))
        ]
        note = self.note_text(data.subtitle, data.source)
        self.set_frame(data.title, note, legend, self._describe(data))

    def value_labels(self) -> list[str]:
        self.draw_pending()
        return self._labels.texts()

    @staticmethod
    def _describe(data: DifferenceData) -> str:
        rows = ", ".join(
            f"{label} {text}" for label, text in zip(data.labels, data.value_texts, strict=True)
        )
        return f"{data.title}. {data.subtitle}: {rows}."
