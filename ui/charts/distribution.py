"""How municipalities answered a profile question, nationally and in the own group.

SKR's report states only some shares in its running text, so options it left out are labelled
"ej redovisat" rather than drawn as zero-length bars that would read as "nobody".
"""

from __future__ import annotations

import textwrap

import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QWidget

from app.domain.series import UNPUBLISHED, DistributionData
from app.swedish_format import NBSP, format_decimal
from ui.charts.axes import fit_axis_height, fit_axis_width, set_ticks, style_axis
from ui.charts.base import ChartBase, LegendEntry, Muted, TextPool, set_bars
from ui.charts.style import BLUE, SCOPE_BRUSHES, bar_brush, bar_pen

ROW_BAR = 0.34
OWN_TINT = QColor(0, 114, 178, 28)


def _percent(value: float) -> str:
    return format_decimal(value, 0) + NBSP + "%"


def _wrap(label: str, width: int) -> str:
    return "\n".join(textwrap.wrap(label, width, break_long_words=False)) or label


class DistributionChart(ChartBase):
    """One row per answer option, a bar per scope, and the organisation's own answer banded."""

    def __init__(
        self, parent: QWidget | None = None, *, presentation: bool = False, fit: float = 1.0
    ) -> None:
        super().__init__(parent, presentation=presentation, fit=fit)
        style = self.chart_style
        self.data: DistributionData | None = None
        # Chrome written here (not in app/), translated once; set_data only formats it.
        self._not_reported = QCoreApplication.translate(
            "DistributionChart", "SKR har inte redovisat svaren på den här frågan."
        )
        self._your_answer = QCoreApplication.translate("DistributionChart", "Ert svar")
        self._your_answer_is = QCoreApplication.translate(
            "DistributionChart", "Ert svar: {answer}."
        )
        self._no_answer = QCoreApplication.translate(
            "DistributionChart", "Ert svar saknas i bedömningens profil."
        )
        self._share_note = QCoreApplication.translate(
            "DistributionChart",
            "Andel av kommunerna {year}; «{unpublished}» = SKR anger inte andelen för "
            "svarsalternativet.",
        )
        style_axis(self.plot.getAxis("left"), style)
        style_axis(
            self.plot.getAxis("bottom"),
            style,
            QCoreApplication.translate("DistributionChart", "Andel av kommunerna"),
        )
        fit_axis_height(self.plot.getAxis("bottom"), style, with_label=True)
        self.plot.showGrid(x=True, y=False, alpha=0.25)
        self._band = pg.BarGraphItem(
            x0=[0], y=[0], width=[100], height=0.96, brush=OWN_TINT, pen=pg.mkPen(BLUE, width=1.5)
        )
        self._band.setZValue(-5)
        self.plot.addItem(self._band)
        self._bars = pg.BarGraphItem(x0=[], y=[], width=[], height=ROW_BAR)
        self.plot.addItem(self._bars)
        self._labels = TextPool(self.plot, style.font(style.tick_pt, bold=True))
        self._own_label = TextPool(self.plot, style.font(style.label_pt, bold=True), BLUE)
        self.set_data(None)

    def set_data(self, data: DistributionData | None, message: str | None = None) -> None:
        self.data = data
        if data is None or not data.scopes:
            set_bars(self._bars, [], [], [], ROW_BAR, [], [])
            self._band.setVisible(False)
            self._labels.show(())
            self._own_label.show(())
            self.show_empty(
                message or self._not_reported,
                data.title if data is not None else "",
            )
            return
        rows = len(data.option_keys)
        scopes = data.scopes
        offsets = self._offsets(len(scopes))
        ys, x0s, widths, brushes, pens, labels = [], [], [], [], [], []
        for o_index in range(rows):
            row_y = rows - 1 - o_index
            values = [scope.percent[o_index] for scope in scopes]
            if all(v is None for v in values):
                # One note for the whole row: SKR gave no figure for this option at all.
                labels.append((1.0, row_y, Muted(UNPUBLISHED), (0, 0.5)))
                continue
            for s_index, (scope, value) in enumerate(zip(scopes, values, strict=True)):
                y = row_y + offsets[s_index]
                if value is None:
                    labels.append((1.0, y, Muted(UNPUBLISHED), (0, 0.5)))
                    continue
                color, pattern = SCOPE_BRUSHES["national" if scope.scope == "national" else "group"]
                ys.append(y)
                x0s.append(0.0)
                widths.append(value)
                brushes.append(bar_brush(color, pattern))
                pens.append(bar_pen(color, 1.2 * self.chart_style.line_scale))
                labels.append((value + 1.0, y, _percent(value), (0, 0.5)))
        set_bars(self._bars, x0s, ys, widths, ROW_BAR, brushes, pens)
        self._labels.show(labels)
        own = data.own_index
        self._band.setVisible(own is not None)
        if own is not None:
            self._band.setOpts(x0=[0], y=[rows - 1 - own], width=[118], height=0.96)
            self._own_label.show([(117.0, rows - 1 - own, self._your_answer, (1, 0.5))])
        else:
            self._own_label.show(())
        wrap = 34 if self.chart_style.presentation else 28
        names = [_wrap(label, wrap) for label in data.option_labels]
        left = self.plot.getAxis("left")
        set_ticks(left, [(rows - 1 - i, name) for i, name in enumerate(names)])
        fit_axis_width(left, names, self.chart_style)
        set_ticks(self.plot.getAxis("bottom"), [(v, _percent(v)) for v in (25, 50, 75, 100)])
        self.set_view_range((-1.5, 118), (-0.55, rows - 0.45))
        entries = []
        for scope in scopes:
            color, pattern = SCOPE_BRUSHES["national" if scope.scope == "national" else "group"]
            entries.append(
                LegendEntry(scope.label, bar_pen(color), brush=bar_brush(color, pattern), box=True)
            )
        entries.append(
            LegendEntry(self._your_answer, pg.mkPen(BLUE, width=1.5), brush=OWN_TINT, box=True)
        )
        own_text = (
            self._your_answer_is.format(answer=data.option_labels[own].rstrip("."))
            if own is not None
            else self._no_answer
        )
        share = self._share_note.format(year=data.year, unpublished=UNPUBLISHED)
        note = self.note_text(f"{own_text} {share}", data.source)
        self.set_frame(data.title, note, entries, self._describe(data))

    @staticmethod
    def _offsets(count: int) -> list[float]:
        """Bars of one option side by side, the nation on top."""
        if count == 1:
            return [0.0]
        return [0.2, -0.2][:count]

    def value_labels(self) -> list[str]:
        self.draw_pending()
        return self._labels.texts()

    def _describe(self, data: DistributionData) -> str:
        parts = [data.title]
        for scope in data.scopes:
            values = ", ".join(
                f"{label} {UNPUBLISHED if v is None else _percent(v)}"
                for label, v in zip(data.option_labels, scope.percent, strict=True)
            )
            parts.append(f"{scope.label}: {values}.")
        if data.own_index is not None:
            parts.append(self._your_answer_is.format(answer=data.option_labels[data.own_index]))
        return " ".join(parts)
