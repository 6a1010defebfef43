"""A row of large number tiles – the figures a board member remembers after the meeting.

Plain widgets, not a plot: numbers are text, so screen readers and copy/paste get them as is.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPoint, QRectF, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from app.domain.series import KeyFigure, KeyFiguresData
from ui.charts.base import NO_DATA
from ui.charts.style import BACKGROUND, BLUE, INK, MUTED, TILE_BACKGROUND, ChartStyle, css_color
from ui.steady_text import SteadyLabel


def _set_text(label: QLabel, text: str) -> None:
    """QLabel.setText invalidates the layout even for the same text: skip that case."""
    if label.text() != text:
        label.setText(text)


class _Tile(QFrame):
    """One key figure: the value large, the caption and a detail line below it."""

    def __init__(self, chart_style: ChartStyle, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("keyFigureTile")
        self.setStyleSheet(
            f"#keyFigureTile {{ background: {TILE_BACKGROUND}; border: none;"
            f" border-left: {int(6 * chart_style.scale)}px solid {BLUE}; }}"
        )
        layout = QVBoxLayout(self)
        pad = int(12 * chart_style.scale)
        layout.setContentsMargins(pad + 4, pad, pad, pad)
        layout.setSpacing(int(2 * chart_style.scale))
        # Steady labels: a switch of organisation changes these texts, not the tile's layout.
        self.value = SteadyLabel()
        self.value.setFont(chart_style.font(chart_style.pt(28), bold=True))
        self.caption = SteadyLabel(wrap=True)
        self.caption.setFont(chart_style.font(chart_style.pt(12.5), bold=True))
        self.detail = SteadyLabel(wrap=True)
        self.detail.setFont(chart_style.font(chart_style.pt(11)))
        for label, color in ((self.value, INK), (self.caption, INK), (self.detail, MUTED)):
            label.setStyleSheet(f"color: {css_color(color)}; background: transparent;")
            layout.addWidget(label)
        layout.addStretch(1)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.figure: KeyFigure | None = None

    def set_figure(self, figure: KeyFigure) -> None:
        if figure == self.figure:
            return  # QLabel.setText re-lays out the tile even for the same text
        self.figure = figure
        _set_text(self.value, figure.value)
        _set_text(self.caption, figure.caption)
        _set_text(self.detail, figure.detail)
        self.detail.setVisible(bool(figure.detail))
        self.setAccessibleName(figure.accessible_text)
        self.setToolTip(figure.accessible_text)


class KeyFigures(QWidget):
    """Tiles in one row when there is room, otherwise two rows of two."""

    #: Below this width per tile the tiles wrap into two columns.
    MIN_TILE_WIDTH = 210

    def __init__(
        self, parent: QWidget | None = None, *, presentation: bool = False, fit: float = 1.0
    ) -> None:
        super().__init__(parent)
        self.chart_style = ChartStyle(presentation, fit)
        # Translated once, not per set_data (see ChartBase.no_data_text).
        self._no_data = QCoreApplication.translate("ChartBase", NO_DATA)
        self._name = QCoreApplication.translate("KeyFigures", "Nyckeltal")
        self.data: KeyFiguresData | None = None
        self._title_shown = True
        self.setAutoFillBackground(True)
        palette = self.palette()
        palette.setColor(self.backgroundRole(), QColor(BACKGROUND))
        self.setPalette(palette)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(int(8 * self.chart_style.scale))
        self._title = QLabel()
        self._title.setFont(self.chart_style.font(self.chart_style.title_pt, bold=True))
        self._title.setStyleSheet(f"color: {INK};")
        outer.addWidget(self._title)
        self._grid = QGridLayout()
        self._grid.setSpacing(int(12 * self.chart_style.scale))
        outer.addLayout(self._grid)
        self._message = QLabel()
        self._message.setWordWrap(True)
        self._message.setFont(self.chart_style.font(self.chart_style.label_pt))
        self._message.setStyleSheet(f"color: {MUTED};")
        self._message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        outer.addWidget(self._message)
        self.tiles: list[_Tile] = []
        self._columns = 0
        self.set_data(None)

    def set_data(self, data: KeyFiguresData | None, message: str | None = None) -> None:
        """Show ``data``; only what changed is touched, since every QLabel.setText and every
        re-added tile makes Qt lay the tiles out again (most switches change one tile)."""
        self.data = data
        figures = data.figures if data is not None else ()
        while len(self.tiles) < len(figures):
            self.tiles.append(_Tile(self.chart_style, self))
        shown_before = sum(1 for t in self.tiles if not t.isHidden())
        for tile, figure in zip(self.tiles, figures, strict=False):
            tile.set_figure(figure)
            tile.setVisible(True)
        for tile in self.tiles[len(figures) :]:
            tile.setVisible(False)
        _set_text(self._title, data.title if data is not None else "")
        self._title.setVisible(data is not None and self._title_shown)
        _set_text(self._message, "" if data is not None else (message or self._no_data))
        self._message.setVisible(data is None)
        self.setAccessibleName(data.title if data is not None else self._name)
        self.setAccessibleDescription(
            ". ".join(f.accessible_text for f in figures) if figures else (message or "")
        )
        if len(figures) != shown_before:
            self._columns = 0  # another number of tiles: lay the grid out again
        self._reflow()

    def set_title_visible(self, visible: bool) -> None:
        """Slides show the title in their own header."""
        self._title_shown = visible
        self._title.setVisible(visible and self.data is not None)

    def figure_texts(self) -> list[str]:
        return [t.accessibleName() for t in self.tiles if not t.isHidden()]

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt naming
        super().resizeEvent(event)
        self._reflow()

    def _reflow(self) -> None:
        visible = [t for t in self.tiles if not t.isHidden()]
        if not visible:
            return
        per_tile = self.MIN_TILE_WIDTH * self.chart_style.scale
        columns = len(visible) if self.width() >= per_tile * len(visible) else 2
        if columns == self._columns:
            return
        self._columns = columns
        for tile in visible:
            self._grid.removeWidget(tile)
        for i, tile in enumerate(visible):
            self._grid.addWidget(tile, i // columns, i % columns)
        for c in range(4):
            self._grid.setColumnStretch(c, 1 if c < columns else 0)

    # -- export hooks (see ui.charts.export) -----------------------------------------------------
    def export_title(self) -> str:
        return self._title.text() or self.accessibleName()

    def export_description(self) -> str:
        return self.accessibleDescription()

    def paint_export(self, painter: QPainter, target: QRectF) -> None:
        painter.fillRect(target, QColor(BACKGROUND))
        self.render(painter, QPoint(int(target.left()), int(target.top())))
