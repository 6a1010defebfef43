"""The frame every pyqtgraph chart shares: title, plot, legend and note in one graphics scene.

Keeping the title, legend and source note inside the scene (not as QLabels around it) means a
PNG/SVG export or a clipboard copy carries the whole chart, so a slide pasted into a board memo
still says what it shows and where the numbers come from.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np
import pyqtgraph as pg
from pyqtgraph.graphicsItems.ScatterPlotItem import drawSymbol
from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QEvent,
    QObject,
    QPointF,
    QRectF,
    QSizeF,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem, QSizePolicy, QVBoxLayout, QWidget

from ui.charts.axes import axis_items
from ui.charts.pixmap_cache import drawn_directly, keep_as_pixmap, start_pixmap_cache
from ui.charts.style import (
    BACKGROUND,
    INK,
    MUTED,
    SERIES_Z,
    ChartStyle,
    SeriesStyle,
    series_style,
)
from ui.first_paint import FirstPaintWatcher

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
        self._measured: dict[tuple[str, str, float], float] = {}
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
        usable = max(width - 2 * self.inset, 40.0)
        key = (self._text, self._font.key(), usable)
        height = self._measured.get(key)
        if height is None:  # wrapping a caption is the costly part of a relayout
            metrics = QFontMetricsF(self._font)
            rect = metrics.boundingRect(QRectF(0, 0, usable, 10000), _WRAP, self._text)
            height = rect.height() + 4
            if len(self._measured) > 16:
                self._measured.clear()
            self._measured[key] = height
        return height

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
        self._advances: dict[str, float] = {}
        self._line_metrics: tuple[float, float, float, float] | None = None
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
        if self._line_metrics is None:
            metrics = QFontMetricsF(self._font)
            line_h = max(metrics.height(), 14 * self._style.scale) + 6 * self._style.scale
            sample_w = 46 * self._style.scale
            gap = 8 * self._style.scale
            spacing = 22 * self._style.scale
            self._line_metrics = (line_h, sample_w, gap, spacing)
        return self._line_metrics

    def _advance(self, label: str) -> float:
        """The label's width, remembered: rows are flowed on every fit and every paint."""
        width = self._advances.get(label)
        if width is None:
            if len(self._advances) > 64:
                self._advances.clear()
            width = self._advances[label] = QFontMetricsF(self._font).horizontalAdvance(label)
        return width

    def _rows(self, width: float) -> list[list[tuple[LegendEntry, float]]]:
        _, sample_w, gap, spacing = self._metrics()
        rows: list[list[tuple[LegendEntry, float]]] = [[]]
        used = 0.0
        for entry in self._entries:
            w = sample_w + gap + self._advance(entry.label)
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


#: The empty-chart message; translated once per chart (``ChartBase.no_data_text``).
NO_DATA = QT_TRANSLATE_NOOP("ChartBase", "Ingen data att visa.")


class ChartBase(QWidget):
    """Base of the pyqtgraph charts: builds the scene and offers export/accessibility hooks."""

    def __init__(
        self, parent: QWidget | None = None, *, presentation: bool = False, fit: float = 1.0
    ) -> None:
        super().__init__(parent)
        self.chart_style = ChartStyle(presentation, fit)
        style = self.chart_style
        #: Chart chrome is translated here, once, never while drawing (an explicit context, as
        #: subclasses would otherwise look the text up under their own class name).
        self.no_data_text = QCoreApplication.translate("ChartBase", NO_DATA)
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
        keep_as_pixmap(self.title_item)
        keep_as_pixmap(self.note_item)
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
        self._series_points: dict[str, tuple[np.ndarray, np.ndarray]] = {}
        self._view_range: tuple[tuple[float, float], tuple[float, float]] | None = None
        #: False on presentation slides, whose footer names the source once for the whole slide.
        self.source_in_note = True
        self._pending_draw: Callable[[], None] | None = None
        self._data: object = None
        #: Whether the view has been painted once, so its unchanging parts go to pixmaps.
        self._pixmaps_started = False
        FirstPaintWatcher(self.view.viewport(), self._start_pixmaps, children=False)
        self.setMinimumSize(int(320 * style.scale), int(260 * style.scale))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    # -- drawing off screen -------------------------------------------------------------------
    @property
    def data(self):  # noqa: ANN201 - each chart narrows the type of its data
        """What the chart shows (an app.domain.series object), drawn first if it waited."""
        self.draw_pending()
        return self._data

    @data.setter
    def data(self, value) -> None:  # noqa: ANN001 - see the getter
        self._data = value

    def draw_when_visible(self, draw: Callable[[], None]) -> None:
        """Call ``draw`` now if some of the chart is on screen, else just before it is painted.

        A chart scrolled out of view (or on a hidden page) then costs nothing when its data
        changes, and is still drawn before any of it is seen. ``draw`` should read the current
        state when it runs; anything that reads the chart (export, title, labels) draws first.
        """
        viewport = self.view.viewport()
        if viewport.isVisible() and not viewport.visibleRegion().isEmpty():
            self._pending_draw = None
            draw()
            return
        if self._pending_draw is None:
            viewport.installEventFilter(self)
        self._pending_draw = draw
        viewport.update()  # nothing while hidden; should any of it show, that paint draws

    def has_pending_draw(self) -> bool:
        """True while a ``draw_when_visible`` waits for the chart to be shown."""
        return self._pending_draw is not None

    def draw_pending(self) -> None:
        """Run the draw that waits for the chart to be shown, if any, now."""
        draw, self._pending_draw = self._pending_draw, None
        if draw is not None:
            self.view.viewport().removeEventFilter(self)
            draw()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt naming
        """The viewport is about to paint: draw what waited, so no stale frame is shown."""
        if event.type() == QEvent.Type.Paint and self._pending_draw is not None:
            self.draw_pending()
        return False

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
        return pg.PlotItem(enableMenu=False, axisItems=axis_items())

    def _style_plot(self, plot: pg.PlotItem) -> None:
        plot.setMenuEnabled(False)
        plot.hideButtons()
        plot.vb.setMouseEnabled(x=False, y=False)
        plot.vb.setMenuEnabled(False)
        plot.vb.enableAutoRange(enable=False)
        for name in ("left", "bottom", "right", "top"):
            # No units, hence no SI prefix; left on, each change of the view's range or size
            # re-renders the axis label's rich text, even on a hidden axis.
            plot.getAxis(name).enableAutoSIPrefix(False)

    # -- reusable plot items -----------------------------------------------------------------
    def series_item(self, key: str) -> pg.PlotDataItem:
        """One item per series key, created once: a redraw only calls setData (fast, no flicker)."""
        self.draw_pending()
        item = self._series_items.get(key)
        if item is None:
            item = self._new_series_item(key)
            item.setZValue(SERIES_Z.get(key, 10))
            self.plot.addItem(item)
            self._series_items[key] = item
        return item

    def _new_series_item(self, key: str) -> pg.PlotDataItem:
        """A line with markers in the series' style; a chart may draw its series otherwise."""
        style = series_style(key)
        scale = self.chart_style.line_scale
        return pg.PlotDataItem(
            pen=style.pen(scale),
            symbol=style.symbol,
            symbolSize=style.symbol_size * scale,
            symbolBrush=style.symbol_brush(),
            symbolPen=style.symbol_pen(),
            antialias=True,
        )

    def set_series(self, key: str, x: np.ndarray, y: np.ndarray) -> pg.PlotDataItem:
        """Draw series ``key`` through ``(x, y)`` (NaN leaves a gap); the same points again are
        not re-sent, since PlotDataItem.setData rebuilds its curve and markers (~1 ms)."""
        item = self.series_item(key)
        last = self._series_points.get(key)
        if (
            last is None
            or not np.array_equal(last[0], x, equal_nan=True)
            or not np.array_equal(last[1], y, equal_nan=True)
        ):
            item.setData(x, y, connect="finite")
            self._series_points[key] = (x, y)
        return item

    def set_view_range(self, x: tuple[float, float], y: tuple[float, float]) -> None:
        """Show data range ``x`` × ``y``; an unchanged range is not set again, since every
        setRange makes pyqtgraph re-transform all items of the plot."""
        wanted = ((float(x[0]), float(x[1])), (float(y[0]), float(y[1])))
        if wanted == self._view_range:
            return
        self._view_range = wanted
        self.plot.vb.setRange(xRange=wanted[0], yRange=wanted[1], padding=0)

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
        self.settle()
        if self._pixmaps_started:
            start_pixmap_cache(self.view.scene())  # items the data just added

    def _start_pixmaps(self) -> None:
        """After the first paint the unchanging parts are kept as pixmaps (ui.charts.pixmap_cache)."""
        self._pixmaps_started = True
        start_pixmap_cache(self.view.scene())

    def settle(self) -> None:
        """Lay out and transform the scene now, not in later turns of the event loop.

        Otherwise pyqtgraph moves items while the view paints (layout requests, the view box's
        deferred matrix), which makes Qt paint the chart a second and third time.
        """
        self.view.ci.layout.activate()
        self.plot.layout.activate()
        box = self.plot.vb
        if box.width() > 0 and box.height() > 0:
            box.updateMatrix()

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
        self.draw_pending()
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
        self.draw_pending()
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
        self.draw_pending()
        return self.accessibleDescription()

    def paint_export(self, painter: QPainter, target: QRectF) -> None:
        """Render the whole scene (title, plot, legend, note) into ``target``."""
        self.draw_pending()
        scene = self.view.scene()
        source = self.view.mapToScene(self.view.viewport().rect()).boundingRect()
        painter.fillRect(target, QColor(BACKGROUND))
        with drawn_directly(scene):
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


class Muted(str):
    """Label text drawn grey and italic in normal weight: 'ej redovisat'/'ej besvarat' next to
    bold values, so a missing figure never reads as a figure."""


class PlotLabel(QGraphicsItem):
    """Unscaled text anchored at a data point, at a fraction of pg.TextItem's cost.

    pg.TextItem wraps a rich-text QGraphicsTextItem and recomputes an inverse transform on every
    view change and paint; a switch of benchmark year re-labels a dozen of them. A label that
    shows a line or two of plain text can instead ignore the view's transformation (its own
    coordinates are then pixels) and draw with QPainter.drawText. The box keeps
    QGraphicsTextItem's 4 px document margin, so anchors place the text exactly as before.
    """

    MARGIN = 4.0

    def __init__(self, font: QFont, color: str = INK, fill: QBrush | None = None) -> None:
        super().__init__()
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)
        self._font = QFont(font)
        self._muted_font = QFont(font)
        self._muted_font.setItalic(True)
        self._muted_font.setBold(False)
        self._color = QColor(color)
        self._muted_color = QColor(MUTED)
        self._fill = fill
        self._lines: tuple[str, ...] = ()
        self._anchor = (0.0, 0.0)
        self._line_height = float(math.ceil(QFontMetricsF(self._font).height()))
        self._rect = QRectF()

    def set_text(
        self, text: str | Sequence[str], anchor: tuple[float, float] | None = None
    ) -> None:
        """Show ``text`` (one line, or a sequence of centred lines; ``Muted`` parts grey)."""
        lines = (text,) if isinstance(text, str) else tuple(text)
        anchor = self._anchor if anchor is None else (float(anchor[0]), float(anchor[1]))
        if (
            lines == self._lines
            and anchor == self._anchor
            and all(type(a) is type(b) for a, b in zip(lines, self._lines, strict=True))
        ):
            return
        self.prepareGeometryChange()
        self._lines = lines
        self._anchor = anchor
        width = max((self._natural_width(line) for line in lines), default=0.0)
        w = width + 2 * self.MARGIN
        h = len(lines) * self._line_height + 2 * self.MARGIN
        self._rect = QRectF(-anchor[0] * w, -anchor[1] * h, w, h)
        self.update()

    def set_anchor(self, anchor: tuple[float, float]) -> None:
        """Which point of the box sits at the item's position: (0, 0) top left, (1, 1) bottom right."""
        self.set_text(self._lines, anchor)

    def text(self) -> str:
        """The plain text, lines joined with a newline (as QGraphicsTextItem.toPlainText)."""
        return "\n".join(self._lines)

    def size(self) -> QSizeF:
        """The box in pixels, margins included (what the anchor is a fraction of)."""
        return self._rect.size()

    def _metrics(self, line: str) -> QFontMetricsF:
        return QFontMetricsF(self._muted_font if isinstance(line, Muted) else self._font)

    def _natural_width(self, line: str) -> float:
        """The advance plus a last glyph's overhang, as a text document measures a line."""
        if not line:
            return 0.0
        metrics = self._metrics(line)
        return metrics.horizontalAdvance(line) - min(0.0, metrics.rightBearing(line[-1]))

    def boundingRect(self) -> QRectF:  # noqa: N802 - Qt naming
        return self._rect

    def paint(self, painter: QPainter, *args) -> None:
        if not self._lines:
            return
        if self._fill is not None:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(self._fill)
            painter.drawRect(self._rect)
        top = self._rect.top() + self.MARGIN
        for line in self._lines:
            muted = isinstance(line, Muted)
            metrics = self._metrics(line)
            painter.setFont(self._muted_font if muted else self._font)
            painter.setPen(self._muted_color if muted else self._color)
            # Lines centred at exact (fractional) positions, as the text document lays them out.
            left = self._rect.left() + (self._rect.width() - self._natural_width(line)) / 2
            painter.drawText(QPointF(left, top + metrics.ascent()), line)
            top += self._line_height


class TextPool:
    """Reusable text labels in data coordinates (value labels, 'ej redovisat').

    Items are kept and re-positioned instead of re-created, and unchanged labels are not
    touched, so redraws stay cheap.
    """

    def __init__(self, plot: pg.PlotItem, font: QFont, color: str = INK, z: float = 20) -> None:
        self._plot = plot
        self._font = font
        self._color = color
        self._z = z
        self._items: list[PlotLabel] = []
        self._shown: list[tuple[float, float, str, tuple[float, float]] | None] = []

    def show(self, labels: Sequence[tuple[float, float, str, tuple[float, float]]]) -> None:
        """Show ``(x, y, text, anchor)`` labels; a ``Muted`` text is drawn grey and italic."""
        while len(self._items) < len(labels):
            item = PlotLabel(self._font, self._color)
            item.setZValue(self._z)
            self._plot.addItem(item, ignoreBounds=True)
            self._items.append(item)
            self._shown.append(None)
        for index, (item, label) in enumerate(zip(self._items, labels, strict=False)):
            shown = self._shown[index]
            if shown == label and type(shown[2]) is type(label[2]):
                continue  # unchanged
            x, y, text, anchor = label
            item.set_text(text, anchor)
            item.setPos(x, y)
            item.setVisible(True)
            self._shown[index] = label
        for index in range(len(labels), len(self._items)):
            if self._shown[index] is not None:
                self._items[index].setVisible(False)
                self._shown[index] = None

    def texts(self) -> list[str]:
        """Visible label texts, for tests and accessibility checks."""
        return [i.text() for i in self._items if i.isVisible()]

    def items(self) -> list[PlotLabel]:
        return [i for i in self._items if i.isVisible()]
