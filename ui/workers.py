"""Run slow app work (PDF, export, import) off the GUI thread and get the outcome back on it.

Modelled on MusicBrainz Picard's thread helper: a QRunnable runs a plain function in a
QThreadPool, and a QObject created on the GUI thread carries the outcome back through queued
signals. The work function receives a :class:`TaskContext`; it reports progress and polls the
cancel token, so a long export can stop cleanly when the user presses Avbryt.

    handle = run_task(lambda ctx: build_report(..., progress=ctx.progress, cancel=ctx.token))
    handle.finished.connect(show_report)
    handle.failed.connect(show_error)
    ...
    handle.cancel()
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

from app.domain.errors import LagesbildError

log = logging.getLogger(__name__)

UNEXPECTED_ERROR = "Ett oväntat fel inträffade: {error}"


class Cancelled(Exception):
    """Raised inside work functions (by :meth:`CancelToken.raise_if_cancelled`) to stop early."""


class CancelToken:
    """A thread-safe flag the GUI sets and the work function polls."""

    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        self._event.set()

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()

    def raise_if_cancelled(self) -> None:
        if self._event.is_set():
            raise Cancelled


class _Relay(QObject):
    """Emitted from the worker thread; lives on the GUI thread, so connections are queued."""

    started = Signal()
    progress = Signal(int, str)
    finished = Signal(object)
    failed = Signal(str)
    cancelled = Signal()


class TaskContext:
    """What a work function gets: the cancel token and a progress callback."""

    def __init__(self, token: CancelToken, relay: _Relay) -> None:
        self.token = token
        self._relay = relay

    def progress(self, percent: int, message: str = "") -> None:
        """Report progress (0–100) with a short Swedish text; also a cancellation point."""
        self.token.raise_if_cancelled()
        self._relay.progress.emit(int(percent), message)

    @property
    def cancelled(self) -> bool:
        return self.token.cancelled


class TaskHandle(QObject):
    """The GUI-side end of a task: connect to its signals, call :meth:`cancel` to stop it.

    Every signal is emitted on the GUI thread, so plain Python callables connected here may
    touch widgets. Exactly one of ``finished``, ``failed`` or ``cancelled`` is emitted.
    """

    started = Signal()
    progress = Signal(int, str)
    finished = Signal(object)
    failed = Signal(str)
    cancelled = Signal()
    #: Emitted after the outcome signal, whatever it was.
    done = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.token = CancelToken()
        self.relay = _Relay()
        self.is_done = False
        self.relay.started.connect(self._on_started)
        self.relay.progress.connect(self._on_progress)
        self.relay.finished.connect(self._on_finished)
        self.relay.failed.connect(self._on_failed)
        self.relay.cancelled.connect(self._on_cancelled)

    def cancel(self) -> None:
        """Ask the work function to stop; it does so at its next poll of the token."""
        self.token.cancel()

    @Slot()
    def _on_started(self) -> None:
        self.started.emit()

    @Slot(int, str)
    def _on_progress(self, percent: int, message: str) -> None:
        if not self.is_done:
            self.progress.emit(percent, message)

    @Slot(object)
    def _on_finished(self, result: object) -> None:
        self._complete(self.finished, result)

    @Slot(str)
    def _on_failed(self, message: str) -> None:
        self._complete(self.failed, message)

    @Slot()
    def _on_cancelled(self) -> None:
        self._complete(self.cancelled)

    def _complete(self, signal: Any, *args: object) -> None:
        self.is_done = True
        try:
            signal.emit(*args)
        finally:
            self.done.emit()
            _active.discard(self)


class _Runnable(QRunnable):
    def __init__(self, work: Callable[[TaskContext], object], handle: TaskHandle) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._work = work
        self._token = handle.token
        self._relay = handle.relay

    def run(self) -> None:
        relay = self._relay
        if self._token.cancelled:
            relay.cancelled.emit()
            return
        relay.started.emit()
        try:
            result = self._work(TaskContext(self._token, relay))
        except Cancelled:
            relay.cancelled.emit()
        except LagesbildError as exc:
            relay.failed.emit(exc.message)
        except Exception as exc:  # a worker must never die silently
            log.exception("Bakgrundsuppgiften misslyckades")
            relay.failed.emit(UNEXPECTED_ERROR.format(error=exc))
        else:
            if self._token.cancelled:
                relay.cancelled.emit()
            else:
                relay.finished.emit(result)


# Handles stay referenced until their outcome has been delivered, even if the caller drops them.
_active: set[TaskHandle] = set()


def run_task(
    work: Callable[[TaskContext], object],
    *,
    on_finished: Callable[[object], None] | None = None,
    on_failed: Callable[[str], None] | None = None,
    on_progress: Callable[[int, str], None] | None = None,
    on_cancelled: Callable[[], None] | None = None,
    pool: QThreadPool | None = None,
) -> TaskHandle:
    """Run ``work(context)`` on ``pool`` (the global pool by default); call from the GUI thread.

    The callbacks are a shorthand for connecting to the handle's signals.
    """
    handle = TaskHandle()
    for signal, callback in (
        (handle.finished, on_finished),
        (handle.failed, on_failed),
        (handle.progress, on_progress),
        (handle.cancelled, on_cancelled),
    ):
        if callback is not None:
            signal.connect(callback)
    _active.add(handle)
    (pool or QThreadPool.globalInstance()).start(_Runnable(work, handle))
    return handle
