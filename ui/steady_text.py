"""A label whose new text does not re-lay out the page while it fits where the old one was.

Why: ``QLabel.setText`` always calls ``updateGeometry()``, and Qt then lays out every layout up
to the window again, even when the new text fits exactly where the old one was. Switching
organisation changes the dashboard's heading and a dozen key-figure texts, so each switch paid
for the whole dashboard's layout (about 1.4 ms of a 16 ms frame) without anything moving.

``SteadyLabel`` is still a QLabel, so the stylesheet's ``QLabel[role=...]`` rules give it its
font, colour and box. It keeps its text itself and paints it; Qt is asked for a new layout only
when the text needs another height, or more width than the label has.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QRect, QSize, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

#: Longest line a wrapped label asks for before it prefers to wrap (as QLabel's ~80 chars).
_PREFERRED_WRAP_CHARS = 60
_UNBOUNDED = 1_000_000


class SteadyLabel(QLabel):
    """Plain text in the label's font and colour, wrapped at words when ``wrap`` is set."""

    def __init__(self, text: str = "", parent: QWidget | None = None, *, wrap: bool = False) -> None:
        super().__init__(parent)
        self._text = text
        self._wrap = wrap
        #: Measured text sizes by (text, width): texts recur as the user switches back and forth.
        self._sizes: dict[tuple[str, int | None], QSize] = {}
        self.setAccessibleName(text)
        if wrap:
            policy = self.sizePolicy()
            policy.setHeightForWidth(True)
            self.setSizePolicy(policy)
        else:
            self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)

    # -- text ------------------------------------------------------------------------------------
    def text(self) -> str:
        return self._text

    def setText(self, text: str) -> None:  # noqa: N802 - QLabel's name
        if text == self._text:
            return
        before = self._size_for(self._available_width())
        self._text = text
        self.setAccessibleName(text)
        after = self._size_for(self._available_width())
        # Sizes include the contents margins, so they compare with the whole widget.
        if after.height() != before.height() or after.width() > self.width() or not self.isVisible():
            self.updateGeometry()
        self.update()

    def wordWrap(self) -> bool:  # noqa: N802 - QLabel's name
        return self._wrap

    # -- size ------------------------------------------------------------------------------------
    def _flags(self, wrap: bool) -> int:
        flags = int(self.alignment())
        return flags | int(Qt.TextFlag.TextWordWrap) if wrap else flags

    def _size_for(self, width: int | None) -> QSize:
        """The text's size in ``width`` pixels (None: unwrapped), plus the contents margins."""
        key = (self._text, width if self._wrap else None)
        size = self._sizes.get(key)
        if size is None:
            if len(self._sizes) > 64:
                self._sizes.clear()
            size = self._sizes[key] = self._measure(key[1])
        return size

    def _measure(self, width: int | None) -> QSize:
        metrics = self.fontMetrics()
        if self._wrap and width is not None:
            rect = metrics.boundingRect(
                QRect(0, 0, max(1, width), _UNBOUNDED), self._flags(True), self._text
            )
        else:
            rect = metrics.boundingRect(
                QRect(0, 0, _UNBOUNDED, _UNBOUNDED), self._flags(False), self._text
            )
        height = max(rect.height(), metrics.height())
        margins = self.contentsMargins()
        return QSize(
            rect.width() + margins.left() + margins.right(),
            height + margins.top() + margins.bottom(),
        )

    def _available_width(self) -> int | None:
        """The width the text wraps in now (None for an unwrapped label)."""
        if not self._wrap:
            return None
        return self.contentsRect().width() if self.width() > 0 else self._preferred_wrap_width()

    def _preferred_wrap_width(self) -> int:
        natural = self._size_for(None).width()
        return min(natural, self.fontMetrics().averageCharWidth() * _PREFERRED_WRAP_CHARS)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt naming
        if self._wrap:
            return self._size_for(self._preferred_wrap_width())
        return self._size_for(None)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt naming
        """As QLabel: a wrapped text may shrink to its longest word and to one line's height
        (layouts ask heightForWidth for the real height), so it never forces a taller window."""
        if not self._wrap:
            return self.sizeHint()
        longest_word = max(
            (self.fontMetrics().horizontalAdvance(word) for word in self._text.split()), default=0
        )
        margins = self.contentsMargins()
        one_line = min(self._size_for(None).height(), self.sizeHint().height())
        return QSize(longest_word + margins.left() + margins.right(), one_line)

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt naming
        return self._wrap

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt naming
        margins = self.contentsMargins()
        return self._size_for(width - margins.left() - margins.right()).height()

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt naming
        if event.type() in (
            QEvent.Type.FontChange,
            QEvent.Type.StyleChange,
            QEvent.Type.ContentsRectChange,
        ):
            self._sizes.clear()
        super().changeEvent(event)

    # -- painting --------------------------------------------------------------------------------
    def paintEvent(self, event) -> None:  # noqa: N802 - Qt naming
        """The text only: steady labels are plain text roles without a box or frame."""
        painter = QPainter(self)
        painter.setFont(self.font())
        painter.setPen(self.palette().color(self.foregroundRole()))
        painter.drawText(self.contentsRect(), self._flags(self._wrap), self._text)
