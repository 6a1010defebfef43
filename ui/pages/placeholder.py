"""A calm stand-in for a part of the app that is not in this version yet.

It tells the CISO what the page will hold, so the navigation shows the whole shape of the work
(assess → act → review) from day one. The real page replaces it in ``PAGE_FACTORIES``.
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


def management_review_placeholder() -> PlaceholderPage:
    return PlaceholderPage(
        "Ledningens genomgång",
        "Ledningens genomgång enligt ISO/IEC 27001 avsnitt 9.3 sammanställer underlaget till "
        "ledningen och dokumenterar besluten.",
        (
            "samla underlag a–g: uppföljning av tidigare beslut, förändringar, resultat och "
            "möjligheter till förbättring",
            "formulera förslag till beslut inför kommunstyrelsen",
            "spara protokollförda beslut och följa upp dem nästa år",
        ),
    )
