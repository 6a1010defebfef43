"""PNG, SVG and clipboard export for every chart.

SVG is drawn with QPainter on QSvgGenerator, not with pyqtgraph's SVGExporter, which is broken
on Qt ≥ 6.11 (pyqtgraph issue #3495). PNG is rendered at a device-pixel ratio of ``scale`` so
text and lines are sharp when the image is pasted into a board memo or a slide. Files are
written to a temporary file next to the target and moved into place, so an interrupted export
never leaves a half-written image under the chosen name.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Protocol

import pyqtgraph as pg
from pyqtgraph import mkPen as fn_pen
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter, QPen
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import QWidget

from app.atomic_file import FileWriteError, atomic_path
from ui.charts.base import Legend
from ui.charts.style import BACKGROUND


class ExportError(FileWriteError):
    """An export that could not be written; the message is for the user, in the interface
    language (Swedish source texts, translated in the context ``ExportError``)."""

    IS_A_FOLDER = QT_TRANSLATE_NOOP(
        "ExportError", "Kunde inte spara {what} som «{target}»: det är en mapp."
    )
    NO_FOLDER = QT_TRANSLATE_NOOP(
        "ExportError", "Mappen «{folder}» finns inte. Välj en annan plats för {what}."
    )
    UNWRITABLE_FOLDER = QT_TRANSLATE_NOOP(
        "ExportError",
        "Kunde inte spara {what} i «{folder}»: mappen går inte att skriva till ({reason}).",
    )
    NOT_SAVED = QT_TRANSLATE_NOOP(
        "ExportError", "Kunde inte spara {what} som «{target}»: {reason}."
    )

    @classmethod
    def about(
        cls, text: str, target: Path, what: str, exc: OSError | None = None
    ) -> FileWriteError:
        """Translate the message and the file's name (``what``) before filling them in."""
        return super().about(_translate(text), target, _translate(what), exc)


def _translate(text: str) -> str:
    return QCoreApplication.translate("ExportError", text)


#: What the messages call the written file.
IMAGE = QT_TRANSLATE_NOOP("ExportError", "bilden")
SVG_FILE = QT_TRANSLATE_NOOP("ExportError", "SVG-filen")


class Exportable(Protocol):
    """What the export functions need from a chart (ChartBase and KeyFigures provide it)."""

    def size(self) -> QSize: ...
    def logicalDpiX(self) -> int: ...  # noqa: N802 - Qt naming
    def export_title(self) -> str: ...
    def export_description(self) -> str: ...
    def paint_export(self, painter: QPainter, target: QRectF) -> None: ...


def _export_size(chart: Exportable) -> QSize:
    """The on-screen size; a chart never shown gets a sensible default first."""
    size = chart.size()
    if size.width() < 50 or size.height() < 50:
        if isinstance(chart, QWidget):
            chart.resize(chart.sizeHint().expandedTo(QSize(800, 600)))
            chart.ensurePolished()
            # Let layouts settle so the scene matches the new size.
            layout = chart.layout()
            if layout is not None:
                layout.activate()
            relayout = getattr(chart, "_relayout", None)
            if relayout is not None:
                relayout()
        size = chart.size()
    return size


def _scaled(pen: QPen, factor: float) -> QPen:
    scaled = QPen(pen)
    if pen.isCosmetic() and pen.style() != Qt.PenStyle.NoPen:
        scaled.setWidthF(max(pen.widthF(), 1.0) * factor)
    return scaled


@contextlib.contextmanager
def _thicker_lines(chart: Exportable, factor: float) -> Iterator[None]:
    """Scale cosmetic pens for a high-resolution render and restore them afterwards.

    Qt draws cosmetic pens in device pixels even on an image with a device-pixel ratio, so at
    3× every line would come out a third as thick as on screen.
    """
    scene = getattr(getattr(chart, "view", None), "scene", lambda: None)()
    restore: list[Callable[[], None]] = []
    if scene is not None and factor != 1.0:
        for item in scene.items():
            if isinstance(item, pg.PlotCurveItem):
                pen = QPen(item.opts["pen"])
                item.setPen(_scaled(pen, factor))
                restore.append(lambda item=item, pen=pen: item.setPen(pen))
            elif isinstance(item, pg.InfiniteLine):
                pen = QPen(item.pen)
                item.setPen(_scaled(pen, factor))
                restore.append(lambda item=item, pen=pen: item.setPen(pen))
            elif isinstance(item, pg.AxisItem):
                pen = QPen(item.pen())
                item.setPen(_scaled(pen, factor))
                restore.append(lambda item=item, pen=pen: item.setPen(pen))
            elif isinstance(item, pg.BarGraphItem):
                pens = item.opts.get("pens")
                pen = item.opts.get("pen")
                if pens:
                    item.setOpts(pens=[_scaled(fn_pen(p), factor) for p in pens])
                    restore.append(lambda item=item, pens=pens: item.setOpts(pens=pens))
                elif pen is not None:
                    item.setOpts(pen=_scaled(fn_pen(pen), factor))
                    restore.append(lambda item=item, pen=pen: item.setOpts(pen=pen))
            elif isinstance(item, Legend) or hasattr(item, "pen_scale"):
                # Our own items (legend, radar grid and series) scale their pens when painting.
                item.pen_scale = factor
                restore.append(lambda item=item: setattr(item, "pen_scale", 1.0))
    try:
        yield
    finally:
        for undo in reversed(restore):
            undo()


def render_image(chart: Exportable, scale: float = 3.0) -> QImage:
    """The chart as an image of ``scale`` × its on-screen size, on white."""
    if scale <= 0:
        raise ExportError(
            QCoreApplication.translate(
                "ExportError", "Skalan för bilden måste vara större än noll."
            )
        )
    size = _export_size(chart)
    image = QImage(
        max(1, round(size.width() * scale)),
        max(1, round(size.height() * scale)),
        QImage.Format.Format_ARGB32_Premultiplied,
    )
    image.setDevicePixelRatio(scale)
    dots_per_metre = round(chart.logicalDpiX() / 0.0254)
    image.setDotsPerMeterX(dots_per_metre)
    image.setDotsPerMeterY(dots_per_metre)
    image.fill(QColor(BACKGROUND))
    with _thicker_lines(chart, scale):
        painter = QPainter(image)
        try:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
            chart.paint_export(painter, QRectF(0, 0, size.width(), size.height()))
        finally:
            painter.end()
    return image


def _atomic_write(path: str | os.PathLike[str], write: Callable[[str], bool], what: str) -> Path:
    """Call ``write(temp_path)`` and move the result to ``path``; raise ExportError on failure."""
    target = Path(path).expanduser()
    with atomic_path(target, error=ExportError, what=what) as temp:
        if not write(str(temp)) or temp.stat().st_size == 0:
            raise ExportError(
                QCoreApplication.translate(
                    "ExportError", "Kunde inte spara {what} som «{target}»."
                ).format(what=_translate(what), target=target.name)
            )
    return target


def export_png(chart: Exportable, path: str | os.PathLike[str], scale: float = 3.0) -> Path:
    """Write the chart as a PNG at ``scale`` × screen size (sharp on projectors and in print)."""
    image = render_image(chart, scale)
    return _atomic_write(path, lambda temp: image.save(temp, "PNG"), IMAGE)


def export_svg(chart: Exportable, path: str | os.PathLike[str]) -> Path:
    """Write the chart as SVG with real text, so labels stay searchable and editable."""
    size = _export_size(chart)

    def write(temp: str) -> bool:
        generator = QSvgGenerator()
        generator.setFileName(temp)
        generator.setSize(size)
        generator.setViewBox(QRect(0, 0, size.width(), size.height()))
        # Text is laid out in screen points; the SVG must use the same resolution to match.
        generator.setResolution(chart.logicalDpiX())
        generator.setTitle(chart.export_title() or "Diagram")
        generator.setDescription(chart.export_description())
        painter = QPainter()
        if not painter.begin(generator):
            return False
        try:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            chart.paint_export(painter, QRectF(0, 0, size.width(), size.height()))
        finally:
            painter.end()
        return True

    return _atomic_write(path, write, SVG_FILE)


def copy_to_clipboard(chart: Exportable, scale: float = 2.0) -> QImage:
    """Put the chart on the clipboard as an image, ready to paste into a memo or a slide."""
    image = render_image(chart, scale)
    clipboard = QGuiApplication.clipboard()
    if clipboard is None:
        raise ExportError(
            QCoreApplication.translate("ExportError", "Urklipp är inte tillgängligt.")
        )
    clipboard.setImage(image)
    return image
