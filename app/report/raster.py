"""Rasterise the report's reportlab Drawings to PNG with Pillow, for the Word document.

reportlab's own bitmap renderer (renderPM) needs the optional rlPyCairo/pycairo backend, which
is not a dependency of Lägesbild; the charts use only a handful of shapes, so this small
renderer draws exactly those (Group with transforms, Line, PolyLine, Polygon, Rect, Circle,
String) with the same embedded TTF fonts. It supersamples and downsamples for smooth edges.
"""

from __future__ import annotations

import io
import math
from collections.abc import Sequence
from functools import cache

from PIL import Image, ImageDraw, ImageFont
from reportlab.graphics.shapes import Circle, Drawing, Group, Line, Polygon, PolyLine, Rect, String

from app.report import fonts

Matrix = tuple[float, float, float, float, float, float]
_IDENTITY: Matrix = (1, 0, 0, 1, 0, 0)
_SUPERSAMPLE = 2


def _multiply(m: Matrix, n: Matrix) -> Matrix:
    """The matrix applying ``n`` first, then ``m`` (PDF convention: [a b c d e f])."""
    a, b, c, d, e, f = m
    a2, b2, c2, d2, e2, f2 = n
    return (
        a2 * a + b2 * c,
        a2 * b + b2 * d,
        c2 * a + d2 * c,
        c2 * b + d2 * d,
        e2 * a + f2 * c + e,
        e2 * b + f2 * d + f,
    )


def _apply(m: Matrix, x: float, y: float) -> tuple[float, float]:
    a, b, c, d, e, f = m
    return a * x + c * y + e, b * x + d * y + f


def _rgb(color: object) -> tuple[int, int, int] | None:
    if color is None:
        return None
    r, g, b = color.rgb()  # type: ignore[attr-defined]
    return round(r * 255), round(g * 255), round(b * 255)


@cache
def _font(name: str, pixels: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(fonts.font_path(name)), pixels)


class _Painter:
    """Walks a Drawing and paints it onto a Pillow image in device pixels."""

    def __init__(self, drawing: Drawing, scale: float) -> None:
        self.scale = scale
        self.height = drawing.height
        self.image = Image.new(
            "RGB", (math.ceil(drawing.width * scale), math.ceil(drawing.height * scale)), "white"
        )
        self.draw = ImageDraw.Draw(self.image)

    def device(self, m: Matrix, x: float, y: float) -> tuple[float, float]:
        """Drawing points (origin bottom left) to image pixels (origin top left)."""
        px, py = _apply(m, x, y)
        return px * self.scale, (self.height - py) * self.scale

    def paint(self, node: object, m: Matrix) -> None:
        if isinstance(node, Group):
            inner = _multiply(m, tuple(node.transform))  # type: ignore[arg-type]
            for child in node.contents:
                self.paint(child, inner)
        elif isinstance(node, String):
            self.text(node, m)
        elif isinstance(node, Line):
            self.stroke([(node.x1, node.y1), (node.x2, node.y2)], node, m)
        elif isinstance(node, Polygon):
            self.shape(_pairs(node.points), node, m, closed=True)
        elif isinstance(node, PolyLine):
            self.stroke(_pairs(node.points), node, m)
        elif isinstance(node, Rect):
            x, y, w, h = node.x, node.y, node.width, node.height
            self.shape([(x, y), (x + w, y), (x + w, y + h), (x, y + h)], node, m, closed=True)
        elif isinstance(node, Circle):
            cx, cy = self.device(m, node.cx, node.cy)
            r = node.r * self.scale * math.hypot(m[0], m[1])
            self.draw.ellipse(
                (cx - r, cy - r, cx + r, cy + r),
                fill=_rgb(node.fillColor),
                outline=_rgb(node.strokeColor),
                width=self.width(node) if node.strokeColor is not None else 0,
            )
        elif hasattr(node, "getContents"):  # other widgets: expand to their shapes
            self.paint(node.getContents(), m)  # type: ignore[attr-defined]

    def width(self, node: object) -> int:
        return max(1, round(getattr(node, "strokeWidth", 1) * self.scale))

    def shape(
        self, points: list[tuple[float, float]], node: object, m: Matrix, closed: bool
    ) -> None:
        fill = _rgb(getattr(node, "fillColor", None))
        if fill is not None:
            self.draw.polygon([self.device(m, x, y) for x, y in points], fill=fill)
        if getattr(node, "strokeColor", None) is not None:
            self.stroke([*points, points[0]] if closed else points, node, m)

    def stroke(self, points: list[tuple[float, float]], node: object, m: Matrix) -> None:
        color = _rgb(getattr(node, "strokeColor", None))
        if color is None or len(points) < 2:
            return
        device = [self.device(m, x, y) for x, y in points]
        width = self.width(node)
        dash = getattr(node, "strokeDashArray", None)
        if dash:
            values = dash[1] if isinstance(dash[-1], (list, tuple)) else dash
            pattern = [d * self.scale for d in values]
            for segment in _dashed(device, pattern):
                self.draw.line(segment, fill=color, width=width)
        else:
            self.draw.line(device, fill=color, width=width, joint="curve")

    def text(self, node: String, m: Matrix) -> None:
        size = node.fontSize * self.scale * math.hypot(m[0], m[1])
        font = _font(node.fontName, max(1, round(size)))
        x, y = self.device(m, node.x, node.y)
        anchor = {"start": "ls", "middle": "ms", "end": "rs"}.get(node.textAnchor, "ls")
        rotated = abs(m[1]) > 1e-6
        if not rotated:
            self.draw.text((x, y), node.text, font=font, fill=_rgb(node.fillColor), anchor=anchor)
            return
        # Rotated text (an axis title): draw on its own tile, rotate, paste.
        left, top, right, bottom = font.getbbox(node.text, anchor=anchor)
        tile = Image.new("L", (right - left + 4, bottom - top + 4), 0)
        ImageDraw.Draw(tile).text(
            (2 - left, 2 - top), node.text, font=font, fill=255, anchor=anchor
        )
        angle = math.degrees(math.atan2(m[1], m[0]))
        tile = tile.rotate(angle, expand=True)
        ink = Image.new("RGB", tile.size, _rgb(node.fillColor) or (0, 0, 0))
        self.image.paste(ink, (round(x - tile.width / 2), round(y - tile.height / 2)), tile)


def _pairs(points: Sequence[float]) -> list[tuple[float, float]]:
    return [(points[i], points[i + 1]) for i in range(0, len(points) - 1, 2)]


def _dashed(
    points: list[tuple[float, float]], pattern: list[float]
) -> list[list[tuple[float, float]]]:
    """Split a polyline into the 'on' pieces of a dash pattern (lengths in device pixels)."""
    segments: list[list[tuple[float, float]]] = []
    index, remaining, on = 0, pattern[0], True
    current: list[tuple[float, float]] = [points[0]]
    for (x0, y0), (x1, y1) in zip(points, points[1:], strict=False):
        length = math.hypot(x1 - x0, y1 - y0)
        pos = 0.0
        while length - pos > remaining:
            pos += remaining
            t = pos / length
            p = (x0 + (x1 - x0) * t, y0 + (y1 - y0) * t)
            if on:
                current.append(p)
                segments.append(current)
            current = [p]
            on = not on
            index = (index + 1) % len(pattern)
            remaining = pattern[index]
        remaining -= length - pos
        if on:
            current.append((x1, y1))
    if on and len(current) > 1:
        segments.append(current)
    return segments


def drawing_to_png(drawing: Drawing, dpi: int = 200) -> bytes:
    """The Drawing as PNG bytes at ``dpi`` (the PNG records the dpi, so Word sizes it right)."""
    fonts.register_fonts()
    painter = _Painter(drawing, dpi / 72 * _SUPERSAMPLE)
    painter.paint(drawing, _IDENTITY)
    image = painter.image.resize(
        (math.ceil(drawing.width * dpi / 72), math.ceil(drawing.height * dpi / 72)),
        Image.Resampling.LANCZOS,
    )
    buffer = io.BytesIO()
    image.save(buffer, format="PNG", dpi=(dpi, dpi), optimize=False)
    return buffer.getvalue()
