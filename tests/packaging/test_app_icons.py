"""The app icon exists as SVG, as PNGs in every size the desktops ask for, and as a Windows .ico."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PIL import Image

ROOT = Path(__file__).resolve().parents[2]
ICONS = ROOT / "resources" / "icons"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def test_svg_is_square_and_renders(qapp):
    from PySide6.QtSvg import QSvgRenderer

    svg = ICONS / "lagesbild.svg"
    root = ET.parse(svg).getroot()
    assert root.get("viewBox") == "0 0 256 256"
    renderer = QSvgRenderer(str(svg))
    assert renderer.isValid()
    assert renderer.defaultSize().width() == renderer.defaultSize().height()


@pytest.mark.parametrize("size", SIZES)
def test_png_has_its_pixel_size_and_transparency(size):
    with Image.open(ICONS / f"lagesbild-{size}.png") as image:
        assert image.format == "PNG"
        assert image.size == (size, size)
        assert image.mode == "RGBA"
        assert image.getpixel((0, 0))[3] == 0, "corners must be transparent"
        centre = image.getpixel((size // 2, size // 2))
        assert centre[3] == 255, "the shield must be opaque in the middle"


def test_windows_ico_carries_sizes_up_to_256():
    with Image.open(ICONS / "lagesbild.ico") as ico:
        assert ico.format == "ICO"
        assert {(16, 16), (32, 32), (48, 48), (256, 256)} <= set(ico.info["sizes"])
