"""Chart parts kept as pixmaps on screen, and drawn as vectors again for every export.

Why: when a switch of organisation or year redraws a chart, Qt repaints every item that
overlaps the changed series, and most of those do not change at all: titles and notes, the
category names beside the difference bars, the radar's grid, area names and ring labels. Each
is a handful of text or antialiased path draws (together 1–1.5 ms per chart); kept as a
device-pixel pixmap (``QGraphicsItem.DeviceCoordinateCache``) it is one blit, and Qt renders it
again by itself when the item changes, is resized or moves to a screen with another scale.

The caches start after a chart's first paint (``start_pixmap_cache``): filling them costs
more than drawing once, and the start of the app shows every chart once before any redraw.

A cached item would go into an export as that screen pixmap (blurred at 3×, and as an image
instead of searchable text in SVG), so exports draw with every cache switched off.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

from PySide6.QtWidgets import QGraphicsItem, QGraphicsScene

_CACHED = QGraphicsItem.CacheMode.DeviceCoordinateCache
_DIRECT = QGraphicsItem.CacheMode.NoCache
#: The QGraphicsItem.data() key that marks an item for the cache.
_MARK = 0x4C47


def keep_as_pixmap(item: QGraphicsItem) -> None:
    """Mark ``item`` to be repainted from a pixmap of its last drawing (until it changes),
    from its chart's first paint on."""
    QGraphicsItem.setData(item, _MARK, True)


def start_pixmap_cache(scene: QGraphicsScene) -> None:
    """Switch the cache on for every marked item of ``scene`` (again after items were added)."""
    for item in scene.items():
        # Unbound: some pyqtgraph items keep their points in an attribute named ``data``.
        if QGraphicsItem.data(item, _MARK) and item.cacheMode() == _DIRECT:
            item.setCacheMode(_CACHED)


@contextlib.contextmanager
def drawn_directly(scene: QGraphicsScene | None) -> Iterator[None]:
    """Within the block every item of ``scene`` paints itself (for an export), as before after."""
    cached = (
        [item for item in scene.items() if item.cacheMode() != _DIRECT] if scene is not None else []
    )
    modes = [item.cacheMode() for item in cached]
    for item in cached:
        item.setCacheMode(_DIRECT)
    try:
        yield
    finally:
        for item, mode in zip(cached, modes, strict=True):
            item.setCacheMode(mode)
