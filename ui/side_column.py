"""The list column of the two-pane pages, which gives way on a narrow window."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QLayout, QWidget


class SideColumn(QWidget):
    """The list column of a two-pane page (assessments, reviews): ``WIDTH`` px where there is
    room, and narrower (down to ``MIN_WIDTH``) on a small window, so that the editor beside it
    keeps ``editor_width``, the width its fields need. A 1280 px wide window (a 1920×1080
    laptop at 150 %) then shows the whole editor instead of scrolling it sideways."""

    WIDTH = 400
    MIN_WIDTH = 300

    def __init__(self, layout: QLayout, page: QWidget, editor_width: int) -> None:
        super().__init__()
        self.setLayout(layout)
        self.editor_width = editor_width
        self._page = page
        self.setFixedWidth(self.WIDTH)
        page.installEventFilter(self)

    def width_for(self, page_width: int) -> int:
        """The column's width on a page ``page_width`` px wide (less the page's margins and
        the spacing between the column and the editor)."""
        room = page_width - self.editor_width
        page_layout = self._page.layout()
        if page_layout is not None:
            margins = page_layout.contentsMargins()
            room -= margins.left() + margins.right() + max(page_layout.spacing(), 0)
        return max(self.MIN_WIDTH, min(self.WIDTH, room))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt naming
        if event.type() == QEvent.Type.Resize:
            width = self.width_for(watched.width())  # type: ignore[attr-defined]
            if width != self.minimumWidth():
                self.setFixedWidth(width)
                # The page's layout has already placed its children for the new size: lay
                # them out again now rather than one frame later.
                page_layout = self._page.layout()
                if page_layout is not None:
                    page_layout.activate()
        return False
