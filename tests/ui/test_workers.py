"""Background work: results, progress and errors arrive on the GUI thread; cancel is honoured."""

from __future__ import annotations

import threading
import time

from PySide6.QtCore import QThread, QThreadPool

from app.domain.errors import LagesbildError
from ui.workers import Cancelled, CancelToken, TaskContext, run_task


def _gui_thread() -> QThread:
    from PySide6.QtWidgets import QApplication

    return QApplication.instance().thread()


def test_result_is_delivered_on_the_gui_thread(qtbot):
    seen: dict[str, object] = {}

    def work(context: TaskContext) -> int:
        seen["worker"] = threading.get_ident()
        return 42

    def finished(result: object) -> None:
        seen["result"] = result
        seen["on_gui"] = QThread.currentThread() is _gui_thread()

    handle = run_task(work, on_finished=finished)
    with qtbot.waitSignal(handle.done, timeout=5000):
        pass
    assert seen["result"] == 42
    assert seen["on_gui"] is True
    assert seen["worker"] != threading.get_ident()


def test_progress_and_started_are_reported(qtbot):
    progress: list[tuple[int, str]] = []

    def work(context: TaskContext) -> str:
        for step in (25, 50, 100):
            context.progress(step, f"Steg {step}")
        return "klar"

    handle = run_task(work, on_progress=lambda p, m: progress.append((p, m)))
    with qtbot.waitSignals([handle.started, handle.finished], timeout=5000):
        pass
    qtbot.waitUntil(lambda: len(progress) == 3, timeout=5000)
    assert progress == [(25, "Steg 25"), (50, "Steg 50"), (100, "Steg 100")]


def test_lagesbild_errors_fail_with_their_swedish_message(qtbot):
    def work(context: TaskContext) -> None:
        raise LagesbildError("Rapporten kunde inte skapas: mallen saknas.")

    handle = run_task(work)
    with qtbot.waitSignal(handle.failed, timeout=5000) as blocker:
        pass
    assert blocker.args == ["Rapporten kunde inte skapas: mallen saknas."]


def test_unexpected_errors_fail_with_a_readable_message(qtbot):
    def work(context: TaskContext) -> None:
        raise ZeroDivisionError("division by zero")

    handle = run_task(work)
    with qtbot.waitSignal(handle.failed, timeout=5000) as blocker:
        pass
    assert blocker.args[0].startswith("Ett oväntat fel inträffade")


def test_cancel_is_honoured_by_a_polling_work_function(qtbot):
    started = threading.Event()
    steps: list[int] = []

    def work(context: TaskContext) -> str:
        started.set()
        for step in range(1000):
            context.token.raise_if_cancelled()
            steps.append(step)
            time.sleep(0.005)
        return "ska inte hända"

    finished: list[object] = []
    handle = run_task(work, on_finished=finished.append)
    assert started.wait(5)
    handle.cancel()
    with qtbot.waitSignal(handle.cancelled, timeout=5000):
        pass
    qtbot.wait(20)
    assert finished == []
    assert len(steps) < 1000
    assert handle.is_done


def test_cancel_before_start_never_runs_the_work(qtbot):
    pool = QThreadPool()
    pool.setMaxThreadCount(1)
    gate = threading.Event()
    ran: list[str] = []
    blocker = run_task(lambda ctx: gate.wait(5), pool=pool)
    queued = run_task(lambda ctx: ran.append("körd"), pool=pool)
    queued.cancel()
    gate.set()
    with qtbot.waitSignals([blocker.done, queued.cancelled], timeout=5000):
        pass
    assert ran == []
    pool.waitForDone(5000)


def test_work_that_finishes_after_cancel_counts_as_cancelled(qtbot):
    token_seen: list[CancelToken] = []
    release = threading.Event()

    def work(context: TaskContext) -> str:
        token_seen.append(context.token)
        release.wait(5)
        return "sent"

    handle = run_task(work)
    qtbot.waitUntil(lambda: bool(token_seen), timeout=5000)
    handle.cancel()
    release.set()
    with qtbot.waitSignal(handle.cancelled, timeout=5000):
        pass


def test_cancelled_exception_can_be_raised_directly(qtbot):
    def work(context: TaskContext) -> None:
        raise Cancelled

    handle = run_task(work)
    with qtbot.waitSignal(handle.cancelled, timeout=5000):
        pass
