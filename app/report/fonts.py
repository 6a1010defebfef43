"""The report's embedded fonts: DejaVu Sans from resources/fonts, registered once per process.

Every piece of text in a report – body, tables, chart labels – uses these names, so the PDF
embeds only subsets of these TrueType files and never falls back to a base-14 font.
"""

from __future__ import annotations

import threading
from functools import cache
from pathlib import Path

from app.paths import resources_dir

REGULAR = "LagesbildSans"
BOLD = "LagesbildSans-Bold"
ITALIC = "LagesbildSans-Oblique"
CONDENSED = "LagesbildSansCondensed"
CONDENSED_BOLD = "LagesbildSansCondensed-Bold"

FAMILY = REGULAR
CONDENSED_FAMILY = CONDENSED

_FILES = {
    REGULAR: "DejaVuSans.ttf",
    BOLD: "DejaVuSans-Bold.ttf",
    ITALIC: "DejaVuSans-Oblique.ttf",
    CONDENSED: "DejaVuSansCondensed.ttf",
    CONDENSED_BOLD: "DejaVuSansCondensed-Bold.ttf",
}

_lock = threading.Lock()


def font_path(name: str) -> Path:
    """The TTF file behind a registered font name (used by the PNG renderer too)."""
    return resources_dir() / "fonts" / _FILES[name]


@cache
def _register() -> None:
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    for name in _FILES:
        pdfmetrics.registerFont(TTFont(name, str(font_path(name))))
    for family, bold in ((REGULAR, BOLD), (CONDENSED, CONDENSED_BOLD)):
        addMapping(family, 0, 0, family)
        addMapping(family, 1, 0, bold)
        addMapping(family, 0, 1, ITALIC if family == REGULAR else family)
        addMapping(family, 1, 1, bold)
    pdfmetrics.registerFontFamily(
        REGULAR, normal=REGULAR, bold=BOLD, italic=ITALIC, boldItalic=BOLD
    )
    pdfmetrics.registerFontFamily(
        CONDENSED,
        normal=CONDENSED,
        bold=CONDENSED_BOLD,
        italic=CONDENSED,
        boldItalic=CONDENSED_BOLD,
    )


def register_fonts() -> None:
    """Register the report fonts with reportlab; cheap after the first call, thread-safe."""
    with _lock:
        _register()
