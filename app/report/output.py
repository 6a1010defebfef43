"""Report output: atomic writing (app.atomic_file), progress and cancel for both formats.

A report is either written completely or not at all – an unwritable target, a failed build or
a cancel leaves neither a partial report nor a stray temporary file.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable, Iterator
from typing import BinaryIO

from app.atomic_file import SHARED, FileWriteError, atomic_path
from app.domain.errors import LagesbildError

Progress = Callable[[int, str], None]
Cancelled = Callable[[], bool]


class ReportError(LagesbildError):
    """A report could not be built."""


class ReportWriteError(ReportError, FileWriteError):
    """The report file could not be written where the user asked."""

    IS_A_FOLDER = "«{target}» är en mapp. Ange ett filnamn för rapporten."
    NO_FOLDER = "Mappen «{folder}» finns inte. Välj en befintlig mapp för rapporten."
    UNWRITABLE_FOLDER = (
        "Det går inte att skriva i mappen «{folder}» ({reason}). "
        "Välj en annan mapp eller kontrollera behörigheten."
    )
    NOT_SAVED = (
        "Rapporten kunde inte sparas som «{target}» ({reason}). "
        "Är filen öppen i ett annat program eller skrivskyddad?"
    )


class ReportCancelled(Exception):
    """The user cancelled the build; no file was written. Not an error to show."""


def check_cancel(cancelled: Cancelled | None) -> None:
    """Stop the build (raise ReportCancelled) when the caller asked to cancel."""
    if cancelled is not None and cancelled():
        raise ReportCancelled


def report_step(
    progress: Progress | None, cancelled: Cancelled | None, percent: int, step: str
) -> None:
    """Report progress (Swedish step text) and honour a pending cancel."""
    check_cancel(cancelled)
    if progress is not None:
        progress(percent, step)


def phase_progress(
    progress: Progress | None, cancelled: Cancelled | None, start: int, span: int, step: str
) -> Callable[..., None]:
    """A callback for one long phase of a build: ``advance(done, total=100)`` reports
    ``start + span * done / total`` percent (each value once) and honours a pending cancel."""
    last = [-1]

    def advance(done: int, total: int = 100) -> None:
        check_cancel(cancelled)
        percent = start + span * min(done, total) // max(1, total)
        if progress is not None and percent != last[0]:
            last[0] = percent
            progress(percent, step)

    return advance


@contextlib.contextmanager
def report_output(
    path: str | os.PathLike[str], progress: Progress | None, cancelled: Cancelled | None
) -> Iterator[BinaryIO]:
    """The frame of a build: 0 % and the atomic file (``atomic_output``), 5 % before the
    charts are drawn, and 100 % "Klar" once the complete report is in place."""
    report_step(progress, cancelled, 0, "Förbereder rapporten")
    with atomic_output(path) as out:
        report_step(progress, cancelled, 5, "Ritar diagram")
        yield out
    if progress is not None:
        progress(100, "Klar")


@contextlib.contextmanager
def atomic_output(path: str | os.PathLike[str]) -> Iterator[BinaryIO]:
    """Yield a binary file that becomes ``path`` only when the block completes without error."""
    with (
        atomic_path(path, mode=SHARED, error=ReportWriteError) as temp,
        temp.open("wb") as handle,
    ):
        yield handle
