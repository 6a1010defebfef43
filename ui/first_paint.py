"""Calling back once a widget is on screen: the hook for work that should follow the first paint.

Why: a window (or page) shows faster when heavy work waits until its first frame is painted;
the start-up benchmark uses the same hook to time that frame.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget


class FirstPaintWatcher(QObject):
    """Calls back once (from the event loop) right after ``widget`` – or any widget inside it –
    has first been painted.

    The window uses it to build heavy pages only once something is on screen; the start-up
    benchmark uses it to time the first paint. Children count because a widget covered by
    opaque children (a page filled by a scroll area) gets no paint event of its own; that needs
    a filter on the whole application until the paint. With ``children=False`` only ``widget``
    itself is watched (a chart's viewport), and events elsewhere pay nothing while it waits.
    """

    def __init__(
        self, widget: QWidget, callback: Callable[[], None], *, children: bool = True
    ) -> None:
        super().__init__(widget)
        self._widget = widget
        self._callback: Callable[[], None] | None = callback
        self._source: QObject | None = QApplication.instance() if children else widget
        if self._source is not None:
            self._source.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.Paint
            and self._callback is not None
            and isinstance(watched, QWidget)
            and (watched is self._widget or self._widget.isAncestorOf(watched))
        ):
            callback, self._callback = self._callback, None
            if self._source is not None:
                self._source.removeEventFilter(self)
            QTimer.singleShot(0, callback)
        return False
