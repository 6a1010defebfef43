"""Light vertical grid lines behind a chart's data, drawn opaque in one call.

Why not pyqtgraph's grid (``PlotItem.showGrid``): it extends the axis ticks across the plot as
translucent lines *over* the data, and the software rasteriser blends each of those 300–500 px
lines pixel by pixel (about 0.1 ms a line, a millisecond per redraw of the difference chart).
These lines look the same on the white plot, are mixed with the background once, and sit
behind the bars, where a grid belongs.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QLineF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem


def blend(color: str, background: str, alpha: float) -> QColor:
    """``color`` at ``alpha`` over ``background``, as one opaque colour."""
    front, back = QColor(color), QColor(background)
    return QColor(
        *(
            round(b + (f - b) * alpha)
            for f, b in (
                (front.red(), back.red()),
                (front.green(), back.green()),
                (front.blue(), back.blue()),
            )
        )
    )


class VerticalGridLines(QGraphicsItem):
    """Vertical lines at given x values across a y range, in the plot's data coordinates."""

    def __init__(self, color: QColor) -> None:
        super().__init__()
        self._pen = QPen(color)
        self._pen.setCosmetic(True)
        self._pen.setWidthF(1.0)
        self._pen.setCapStyle(Qt.PenCapStyle.FlatCap)
        self._lines: tuple[QLineF, ...] = ()
        self._key: tuple[tuple[float, ...], tuple[float, float]] | None = None
        self._bounds = QRectF()
        #: Set by the exporter while rendering at a higher resolution (see ui.charts.export).
        self.pen_scale = 1.0
        self.setZValue(-10)  # behind the data

    def set_lines(self, xs: Sequence[float], y_range: tuple[float, float]) -> None:
        key = (tuple(float(x) for x in xs), (float(y_range[0]), float(y_range[1])))
        if key == self._key:
            return
        self.prepareGeometryChange()
        self._key = key
        (bottom, top), positions = key[1], key[0]
        self._lines = tuple(QLineF(x, bottom, x, top) for x in positions)
        if positions:
            # A little room either side: the 1 px lines at the outermost x must not be clipped.
            pad = max((max(positions) - min(positions)) * 0.01, 1e-6)
            self._bounds = QRectF(
                min(positions) - pad, bottom, max(positions) - min(positions) + 2 * pad, top - bottom
            )
        else:
            self._bounds = QRectF()
        self.update()

    def positions(self) -> tuple[float, ...]:
        return self._key[0] if self._key is not None else ()

    def boundingRect(self) -> QRectF:  # noqa: N802 - Qt naming
        return self._bounds

    def paint(self, painter: QPainter, *args) -> None:
        if not self._lines:
            return
        pen = self._pen
        if self.pen_scale != 1.0:
            pen = QPen(pen)
            pen.setWidthF(self.pen_scale)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        painter.setPen(pen)
        painter.drawLines(list(self._lines))
