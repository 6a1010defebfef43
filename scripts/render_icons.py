"""Render resources/icons/lagesbild.svg to the PNG sizes and the Windows .ico.

Run after editing the SVG and commit the results:

    .venv/bin/python scripts/render_icons.py

Rendering uses Qt's SVG renderer offscreen (no display needed); the .ico is written by Pillow
(installed with reportlab) and carries every size up to 256 px.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ICONS = ROOT / "resources" / "icons"
SVG = ICONS / "lagesbild.svg"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)


def png_path(size: int, icons: Path = ICONS) -> Path:
    return icons / f"lagesbild-{size}.png"


def render_png(svg: Path, size: int, target: Path) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"Ogiltig SVG: {svg}")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    if not image.save(str(target), "PNG"):
        raise SystemExit(f"Kunde inte skriva {target}")


def write_ico(icons: Path = ICONS) -> Path:
    from PIL import Image

    target = icons / "lagesbild.ico"
    images = [Image.open(png_path(s, icons)).convert("RGBA") for s in ICO_SIZES]
    largest = images[-1]
    largest.save(target, format="ICO", sizes=[(s, s) for s in ICO_SIZES], append_images=images[:-1])
    return target


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    for size in PNG_SIZES:
        render_png(SVG, size, png_path(size))
        print(png_path(size).relative_to(ROOT))
    print(write_ico().relative_to(ROOT))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
