"""A calm stand-in for a page that is not available: not written yet, or failed to load.

It tells the CISO what the page holds (or why it cannot be shown), so the navigation keeps the
whole shape of the work (assess → act → review). A real page replaces it in ``PAGE_FACTORIES``.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QVBoxLayout, QWidget

from ui.pages.base import Page
from ui.style import card, label


class PlaceholderPage(Page):
    """A titled page with an explanation and the points the finished page will cover."""

    def __init__(
        self,
        title: str,
        summary: str,
        points: tuple[str, ...] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.title = title
        self.setAccessibleName(title)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(32, 28, 32, 28)
        outer.setSpacing(16)
        outer.addWidget(label(title, "title"))

        box = card()
        box.setMaximumWidth(760)
        inner = QVBoxLayout(box)
        inner.setContentsMargins(24, 20, 24, 22)
        inner.setSpacing(10)
        inner.addWidget(label(summary, wrap=True))
        if points:
            inner.addWidget(label("Här kommer du att kunna:", "subtitle"))
            items = "".join(f"<li style='margin-bottom:4px'>{p}</li>" for p in points)
            listing = label(f"<ul style='margin-left:-20px'>{items}</ul>", wrap=True)
            listing.setTextFormat(Qt.TextFormat.RichText)
            inner.addWidget(listing)
        if points:
            inner.addWidget(
                label("Den här delen ingår i en kommande version av Lägesbild.", "muted", wrap=True)
            )
        outer.addWidget(box)
        outer.addStretch(1)
