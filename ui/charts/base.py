"""The frame every pyqtgraph chart shares: title, plot, legend and note in one graphics scene.

Keeping the title, legend and source note inside the scene (not as QLabels around it) means a
PNG/SVG export or a clipboard copy carries the whole chart, so a slide pasted into a board memo
still says what it shows and where the numbers come from.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from dataclasses import dataclass

import pyqtgraph as pg
from pyqtgraph.graphicsItems.ScatterPlotItem import drawSymbol
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QVBoxLayout, QWidget

from ui.charts.style import (
    BACKGROUND,
    INK,
    MUTED,
    SERIES_Z,
    ChartStyle,
    SeriesStyle,
    series_style,
)

_WRAP = Qt.TextFlag.TextWordWrap


class TextBlock(pg.GraphicsWidget):
    """Word-wrapped text that takes exactly the height it needs at the width the layout gives.

    pyqtgraph's LabelItem never wraps and forces its text width as the layout's minimum, which
    makes long Swedish captions push the plot out of the view.
    """

    def __init__(
        self,
        font: QFont,
        color: str = INK,
        align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignHCenter,
    ) -> None:
        super().__init__()
        self._text = ""
        self._shown = True
        self._width = 400.0
        #: Pixels kept free on both sides, e.g. for a button floating over a chart's corner.
        self.inset = 0.0
        self._font = font
        self._color = QColor(color)
        self._align = align
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.fit(self._width)

    def text(self) -> str:
        return self._text

    def setText(self, text: str) -> None:  # noqa: N802 - Qt naming
        self._text = text
        self._refresh()

    def set_shown(self, shown: bool) -> None:
        """Collapse the block (zero height) without forgetting its text."""
        self._shown = shown
        self._refresh()

    def _refresh(self) -> None:
        self.setVisible(self._shown and bool(self._text))
        self.fit(self._width)
        self.update()

    def setFont(self, font: QFont) -> None:  # noqa: N802 - Qt naming
        self._font = font
        self.fit(self._width)
        self.update()

    def _text_height(self, width: float) -> float:
        if not self._text or not self._shown:
            return 0.0
        metrics = QFontMetricsF(self._font)
        usable = max(width - 2 * self.inset, 40.0)
        rect = metrics.boundingRect(QRectF(0, 0, usable, 10000), _WRAP, self._text)
        return rect.height() + 4

    def fit(self, width: float) -> None:
        """Fix the height for ``width``; the chart calls this with its own width on every resize.

        Fitting from the item's own resizeEvent would use the transient narrow widths of the
        first layout pass, and the scene would keep the tall layout those produce.
        """
        self._width = width
        height = self._text_height(width)
        if abs(self.minimumHeight() - height) > 0.5 or abs(self.maximumHeight() - height) > 0.5:
            self.setMinimumHeight(height)
            self.setMaximumHeight(height)

    def paint(self, painter: QPainter, *args) -> None:
        if not self._text:
            return
        painter.setFont(self._font)
        painter.setPen(self._color)
        rect = QRectF(self.inset, 2, self.size().width() - 2 * self.inset, self.size().height())
        painter.drawText(rect, int(self._align | Qt.AlignmentFlag.AlignTop) | _WRAP, self._text)


@dataclass(frozen=True)
class LegendEntry:
    """A legend row: a line sample with marker, or a filled box (``box=True``) for bars."""

    label: str
    pen: QPen | None = None
    symbol: str | None = None
    symbol_size: float = 10
    brush: QBrush | None = None
    box: bool = False

    @classmethod
    def for_series(cls, label: str, style: SeriesStyle, scale: float = 1.0) -> LegendEntry:
        return cls(
            label, style.pen(scale), style.symbol, style.symbol_size * scale, style.symbol_brush()
        )


class Legend(pg.GraphicsWidget):
    """A legend that flows into as many centred rows as the width needs, with long samples.

    Long line samples (not pyqtgraph's 20 px) keep dash patterns recognisable, and there is no
    click-to-hide that could make a series vanish in front of the board by mistake.
    """

    def __init__(self, chart_style: ChartStyle) -> None:
        super().__init__()
        self._style = chart_style
        self._entries: list[LegendEntry] = []
        self._width = 400.0
        #: Set by the exporter while rendering at a higher resolution (see ui.charts.export).
        self.pen_scale = 1.0
        self._font = chart_style.font(chart_style.legend_pt)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)

    @property
    def entries(self) -> tuple[LegendEntry, ...]:
        return tuple(self._entries)

    def set_entries(self, entries: Sequence[LegendEntry]) -> None:
        self._entries = list(entries)
        self.setVisible(bool(self._entries))
        self.fit(self._width)
        self.update()

    def _metrics(self) -> tuple[float, float, float, float]:
        metrics = QFontMetricsF(self._font)
        line_h = max(metrics.height(), 14 * self._style.scale) + 6 * self._style.scale
        sample_w = 46 * self._style.scale
        gap = 8 * self._style.scale
        spacing = 22 * self._style.scale
        return line_h, sample_w, gap, spacing

    def _rows(self, width: float) -> list[list[tuple[LegendEntry, float]]]:
        metrics = QFontMetricsF(self._font)
        _, sample_w, gap, spacing = self._metrics()
        rows: list[list[tuple[LegendEntry, float]]] = [[]]
        used = 0.0
        for entry in self._entries:
            w = sample_w + gap + metrics.horizontalAdvance(entry.label)
            if rows[-1] and used + spacing + w > width:
                rows.append([])
                used = 0.0
            used += (spacing if rows[-1] else 0.0) + w
            rows[-1].append((entry, w))
        return rows if self._entries else []

    def fit(self, width: float) -> None:
        """Fix the height for ``width`` (see TextBlock.fit)."""
        self._width = width
        line_h = self._metrics()[0]
        height = len(self._rows(width)) * line_h + (6 if self._entries else 0)
        if abs(self.minimumHeight() - height) > 0.5 or abs(self.maximumHeight() - height) > 0.5:
            self.setMinimumHeight(height)
            self.setMaximumHeight(height)

    def paint(self, painter: QPainter, *args) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setFont(self._font)
        metrics = QFontMetricsF(self._font)
        line_h, sample_w, gap, spacing = self._metrics()
        width = self.size().width()
        y = 3.0
        for row in self._rows(width):
            row_w = sum(w for _, w in row) + spacing * (len(row) - 1)
            x = max(0.0, (width - row_w) / 2)
            for entry, w in row:
                mid = y + line_h / 2
                self._paint_sample(painter, entry, QRectF(x, mid - line_h / 2, sample_w, line_h))
                painter.setPen(QColor(INK))
                text_rect = QRectF(x + sample_w + gap, y, w - sample_w - gap + 2, line_h)
                painter.drawText(text_rect, int(Qt.AlignmentFlag.AlignVCenter), entry.label)
                x += w + spacing
            y += line_h
        del metrics

    def _export_pen(self, pen: QPen) -> QPen:
        if self.pen_scale == 1.0 or not pen.isCosmetic():
            return pen
        scaled = QPen(pen)
        scaled.setWidthF(max(pen.widthF(), 1.0) * self.pen_scale)
        return scaled

    def _paint_sample(self, painter: QPainter, entry: LegendEntry, rect: QRectF) -> None:
        painter.save()
        if entry.box:
            side = min(rect.height() * 0.7, rect.width())
            box = QRectF(
                rect.center().x() - side * 0.9, rect.center().y() - side / 2, side * 1.8, side
            )
            painter.setPen(self._export_pen(entry.pen) if entry.pen else Qt.PenStyle.NoPen)
            painter.fillRect(box, QColor(BACKGROUND))
            painter.setBrush(entry.brush or QBrush())
            painter.drawRect(box)
        else:
            mid = rect.center().y()
            if entry.pen is not None:
                painter.setPen(self._export_pen(entry.pen))
                painter.drawLine(QPointF(rect.left(), mid), QPointF(rect.right(), mid))
            if entry.symbol:
                painter.translate(rect.center())
                drawSymbol(
                    painter,
                    entry.symbol,
                    entry.symbol_size,
                    pg.mkPen(BACKGROUND, width=1.2),
                    entry.brush or QBrush(),
                )
        painter.restore()


class ChartBase(QWidget):
    """Base of the pyqtgraph charts: builds the scene and offers export/accessibility hooks."""

    def __init__(self, parent: QWidget | None = None, *, presentation: bool = False) -> None:
        super().__init__(parent)
        self.chart_style = ChartStyle(presentation)
        style = self.chart_style
        self.view = pg.GraphicsLayoutWidget(parent=self)
        self.view.setBackground(BACKGROUND)
        self.view.setAntialiasing(True)
        self.view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.view.setFrameShape(self.view.Shape.NoFrame)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)

        grid = self.view.ci
        margin = 10 * style.scale
        grid.setContentsMargins(margin, margin, margin, margin * 0.6)
        grid.setSpacing(6 * style.scale)
        self.title_item = TextBlock(style.font(style.title_pt, bold=True))
        self.plot = self._create_plot()
        self._style_plot(self.plot)
        self.legend = Legend(style)
        self.note_item = TextBlock(style.font(style.note_pt), MUTED)
        grid.addItem(self.title_item, row=0, col=0)
        grid.addItem(self.plot, row=1, col=0)
        grid.addItem(self.legend, row=2, col=0)
        grid.addItem(self.note_item, row=3, col=0)

        self._message = pg.QtWidgets.QGraphicsSimpleTextItem()
        self._message.setParentItem(self.plot.vb)
        self._message.setFont(style.font(style.label_pt + 1))
        self._message.setBrush(QColor(MUTED))
        self._message.setVisible(False)
        self.plot.vb.sigResized.connect(self._place_message)

        self._series_items: dict[str, pg.PlotDataItem] = {}
        #: False on presentation slides, whose footer names the source once for the whole slide.
        self.source_in_note = True
        self.setMinimumSize(int(320 * style.scale), int(260 * style.scale))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    # -- layout -------------------------------------------------------------------------------
    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt naming
        super().resizeEvent(event)
        self._relayout()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt naming
        super().showEvent(event)
        self._relayout()

    def _relayout(self) -> None:
        """Fit the text rows to the chart's width, then give the plot all remaining height."""
        size = self.view.viewport().size()
        margins = self.view.ci.layout.getContentsMargins()
        width = max(size.width() - margins[0] - margins[2], 40.0)
        for block in (self.title_item, self.legend, self.note_item):
            block.fit(width)
        self.view.ci.setGeometry(QRectF(0, 0, size.width(), size.height()))

    # -- construction hooks -------------------------------------------------------------------
    def _create_plot(self) -> pg.PlotItem:
        """Subclasses return a PlotItem with the axis items they need."""
        # enableMenu=False: the view box then never builds its context menu (about 13 ms per
        # chart, five charts on the dashboard), which _style_plot would switch off anyway.
        return pg.PlotItem(enableMenu=False)

    def _style_plot(self, plot: pg.PlotItem) -> None:
        plot.setMenuEnabled(False)
        plot.hideButtons()
        plot.vb.setMouseEnabled(x=False, y=False)
        plot.vb.setMenuEnabled(False)
        plot.vb.enableAutoRange(enable=False)

    # -- reusable plot items -----------------------------------------------------------------
    def series_item(self, key: str) -> pg.PlotDataItem:
        """One item per series key, created once: a redraw only calls setData (fast, no flicker)."""
        item = self._series_items.get(key)
        if item is None:
            style = series_style(key)
            scale = self.chart_style.line_scale
            item = pg.PlotDataItem(
                pen=style.pen(scale),
                symbol=style.symbol,
                symbolSize=style.symbol_size * scale,
                symbolBrush=style.symbol_brush(),
                symbolPen=style.symbol_pen(),
                antialias=True,
            )
            item.setZValue(SERIES_Z.get(key, 10))
            self.plot.addItem(item)
            self._series_items[key] = item
        return item

    def hide_series_except(self, keys: set[str]) -> None:
        for key, item in self._series_items.items():
            item.setVisible(key in keys)

    # -- shared text ----------------------------------------------------------------------------
    #: Titles longer than this (e.g. a survey question) use a smaller type so they fit in 2–3 lines.
    LONG_TITLE = 70

    def set_frame(
        self, title: str, note: str, legend: Sequence[LegendEntry], description: str
    ) -> None:
        """Title, note, legend and screen-reader text of a drawn chart, laid out in one pass.

        Unchanged texts are not touched, so switching the benchmark year costs no relayout.
        """
        self.set_message(None)
        changed = False
        if title != self.title_item.text():
            style = self.chart_style
            size = style.title_pt if len(title) <= self.LONG_TITLE else style.label_pt + 1
            self.title_item.setFont(style.font(size, bold=True))
            self.title_item.setText(title)
            self.setAccessibleName(title)
            changed = True
        if note != self.note_item.text():
            self.note_item.setText(note)
            changed = True
        if tuple(legend) != self.legend.entries:
            self.legend.set_entries(legend)
            changed = True
        if changed:
            self._relayout()
        self.set_description(description)

    def note_text(self, explanation: str, source: str) -> str:
        """The note under the chart; slides show the source in their footer instead."""
        return f"{explanation}\n{source}" if self.source_in_note else explanation

    def show_empty(self, message: str, title: str = "") -> None:
        """An empty chart with a centred explanation instead of data."""
        self.set_frame(title, "", (), message)
        self.set_message(message)

    def set_title(self, text: str) -> None:
        self.set_frame(
            text, self.note_item.text(), self.legend.entries, self.accessibleDescription()
        )

    def title(self) -> str:
        return self.title_item.text()

    def set_title_visible(self, visible: bool) -> None:
        """Slides show the title in large type outside the chart, so the chart hides its own."""
        self.title_item.set_shown(visible)
        self._relayout()

    def set_title_inset(self, pixels: float) -> None:
        """Keep the centred title clear of a widget floating over the chart's top corner."""
        self.title_item.inset = pixels
        self._relayout()

    def set_message(self, text: str | None) -> None:
        """A centred message (e.g. an empty state) instead of data; ``None`` hides it."""
        self._message.setText(text or "")
        self._message.setVisible(bool(text))
        self._place_message()

    def message(self) -> str:
        return self._message.text() if self._message.isVisible() else ""

    def _place_message(self, *args) -> None:
        rect = self.plot.vb.boundingRect()
        box = self._message.boundingRect()
        self._message.setPos(
            rect.center().x() - box.width() / 2, rect.center().y() - box.height() / 2
        )

    def set_description(self, text: str) -> None:
        """Screen readers get the numbers as text, since they cannot read the picture."""
        self.setAccessibleDescription(text)
        self.setToolTip("")

    # -- export hooks ---------------------------------------------------------------------------
    def export_title(self) -> str:
        return self.title() or self.accessibleName()

    def export_description(self) -> str:
        return self.accessibleDescription()

    def paint_export(self, painter: QPainter, target: QRectF) -> None:
        """Render the whole scene (title, plot, legend, note) into ``target``."""
        scene = self.view.scene()
        source = self.view.mapToScene(self.view.viewport().rect()).boundingRect()
        painter.fillRect(target, QColor(BACKGROUND))
        scene.render(painter, target, source, Qt.AspectRatioMode.IgnoreAspectRatio)


def set_bars(
    item: pg.BarGraphItem,
    x0: Sequence[float],
    y: Sequence[float],
    width: Sequence[float],
    height: float,
    brushes: Sequence[QBrush],
    pens: Sequence[QPen],
) -> None:
    """Update horizontal bars in place; an empty list is passed as 'no per-bar pens' because
    pyqtgraph 0.14 fails on an empty ``pens`` list."""
    if not x0:
        item.setOpts(
            x0=[], y=[], width=[], height=height, pens=None, brushes=None, pen=None, brush=None
        )
        return
    item.setOpts(
        x0=list(x0),
        y=list(y),
        width=list(width),
        height=height,
        brushes=list(brushes),
        pens=list(pens),
    )


def muted_html(text: str) -> str:
    """Grey italic, normal weight: for 'ej redovisat'/'ej besvarat' next to bold values."""
    return (
        f"<span style='color:{MUTED}; font-style:italic; font-weight:normal'>"
        f"{html.escape(text)}</span>"
    )


class TextPool:
    """Reusable text labels in data coordinates (value labels, ring labels, 'ej redovisat').

    Items are kept and re-positioned instead of re-created, so redraws stay cheap.
    """

    def __init__(self, plot: pg.PlotItem, font: QFont, color: str = INK, z: float = 20) -> None:
        self._plot = plot
        self._font = font
        self._color = color
        self._z = z
        self._items: list[pg.TextItem] = []
        self._shown: list[tuple[float, float, str, tuple[float, float]] | None] = []

    def show(self, labels: Sequence[tuple[float, float, str, tuple[float, float]]]) -> None:
        """Show ``(x, y, text, anchor)`` labels; plain text or, when it starts with '<', HTML."""
        while len(self._items) < len(labels):
            item = pg.TextItem(color=self._color)
            item.setFont(self._font)
            item.setZValue(self._z)
            self._plot.addItem(item, ignoreBounds=True)
            self._items.append(item)
            self._shown.append(None)
        for index, (item, label) in enumerate(zip(self._items, labels, strict=False)):
            if self._shown[index] == label:
                continue  # unchanged: TextItem updates are the costly part of a redraw
            x, y, text, anchor = label
            if text.startswith("<"):
                item.setHtml(text)
            else:
                item.setText(text)
                item.setColor(QColor(self._color))
            item.setAnchor(anchor)
            item.setPos(x, y)
            item.setVisible(True)
            self._shown[index] = label
        for index in range(len(labels), len(self._items)):
            if self._shown[index] is not None:
                self._items[index].setVisible(False)
                self._shown[index] = None

    def texts(self) -> list[str]:
        """Visible label texts, for tests and accessibility checks."""
        return [i.textItem.toPlainText() for i in self._items if i.isVisible()]

    def items(self) -> list[pg.TextItem]:
        return [i for i in self._items if i.isVisible()]
