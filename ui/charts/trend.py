"""Own level per year, with SKR's group and national means at the survey years."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from app.domain.series import OWN, TrendData, format_level
from ui.charts.axes import fit_axis_height, level_label, set_ticks, style_axis, value_ticks
from ui.charts.base import ChartBase, LegendEntry, TextPool
from ui.charts.style import series_style


def _year_ticks(years: tuple[int, ...]) -> list[tuple[float, str]]:
    """Every year when there is room for it, otherwise every other (always incl. the last)."""
    if not years:
        return []
    first, last = min(years), max(years)
    step = 1 if last - first <= 12 else 2
    ticks = list(range(last, first - 1, -step))[::-1]
    return [(float(y), str(y)) for y in ticks]


class TrendChart(ChartBase):
    """Years as integers on x, SKR-comparable level on y; own values printed above the points."""

    def __init__(
        self, parent: QWidget | None = None, *, presentation: bool = False, fit: float = 1.0
    ) -> None:
        super().__init__(parent, presentation=presentation, fit=fit)
        style = self.chart_style
        self.data: TrendData | None = None
        style_axis(
            self.plot.getAxis("left"),
            style,
            QCoreApplication.translate("TrendChart", "SKR-jämförbar nivå"),
        )
        style_axis(self.plot.getAxis("bottom"), style)
        fit_axis_height(self.plot.getAxis("bottom"), style)
        self.plot.showGrid(x=False, y=True, alpha=0.35)
        self.plot.getAxis("left").setGrid(90)
        self._values = TextPool(
            self.plot, style.font(style.tick_pt, bold=True), series_style(OWN).color
        )
        self.set_data(None)

    def set_data(self, data: TrendData | None, message: str | None = None) -> None:
        self.data = data
        if data is None or not any(v is not None for s in data.series for v in s.values):
            self.hide_series_except(set())
            self._values.show(())
            self.show_empty(message or self.no_data_text, data.title if data else "")
            return
        low, high = data.scale
        shown = set()
        labels = []
        scale = self.chart_style.line_scale
        for series in data.series:
            ys = np.array([np.nan if v is None else v for v in series.values], dtype=float)
            self.set_series(series.key, np.array(series.years, dtype=float), ys)
            shown.add(series.key)
            if series.key == OWN:
                labels = [
                    (year, value, format_level(value), (0.5, 1.25))
                    for year, value in zip(series.years, series.values, strict=True)
                    if value is not None
                ]
        self.hide_series_except(shown)
        self._values.show(labels)
        years = data.years
        set_ticks(self.plot.getAxis("bottom"), _year_ticks(years))
        ticks = [low + i * 0.25 for i in range(int((high - low) / 0.25) + 1)]
        set_ticks(self.plot.getAxis("left"), value_ticks(ticks, level_label))
        self.set_view_range((min(years) - 0.6, max(years) + 0.6), (low - 0.05, high + 0.12))
        self.set_frame(
            data.title,
            self.note_text(data.scale_label, data.source),
            [LegendEntry.for_series(s.label, series_style(s.key), scale) for s in data.series],
            self._describe(data),
        )

    def value_labels(self) -> list[str]:
        self.draw_pending()
        return self._values.texts()

    @staticmethod
    def _describe(data: TrendData) -> str:
        parts = [data.title + "."]
        for series in data.series:
            points = ", ".join(
                f"{year}: {format_level(v)}"
                for year, v in zip(series.years, series.values, strict=True)
            )
            parts.append(f"{series.label}: {points}.")
        return " ".join(parts)
