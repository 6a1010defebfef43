"""Atomic report output: write to a temporary file beside the target, then os.replace.

A report is either written completely or not at all – an unwritable target, a failed build or
a cancel leaves neither a partial report nor a stray temporary file.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import BinaryIO

from app.domain.errors import LagesbildError

Progress = Callable[[int, str], None]
Cancelled = Callable[[], bool]


class ReportError(LagesbildError):
    """A report could not be built."""


class ReportWriteError(ReportError):
    """The report file could not be written where the user asked."""


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


def _target(path: str | os.PathLike[str]) -> Path:
    target = Path(path).expanduser()
    if target.is_dir():
        raise ReportWriteError(f"«{target}» är en mapp. Ange ett filnamn för rapporten.")
    folder = target.parent
    if not folder.is_dir():
        raise ReportWriteError(
            f"Mappen «{folder}» finns inte. Välj en befintlig mapp för rapporten."
        )
    return target


@contextlib.contextmanager
def atomic_output(path: str | os.PathLike[str]) -> Iterator[BinaryIO]:
    """Yield a binary file that becomes ``path`` only when the block completes without error."""
    target = _target(path)
    try:
        fd, temp_name = tempfile.mkstemp(
            prefix=f".{target.name}.", suffix=".tmp", dir=target.parent
        )
    except OSError as exc:
        raise ReportWriteError(
            f"Det går inte att skriva i mappen «{target.parent}» ({exc.strerror or exc}). "
            "Välj en annan mapp eller kontrollera behörigheten."
        ) from exc
    temp = Path(temp_name)
    try:
        with os.fdopen(fd, "wb") as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        with contextlib.suppress(OSError):
            temp.chmod(0o644)  # mkstemp creates 0600; a report is a document meant for sharing
        try:
            os.replace(temp, target)
        except OSError as exc:
            raise ReportWriteError(
                f"Rapporten kunde inte sparas som «{target}» ({exc.strerror or exc}). "
                "Är filen öppen i ett annat program eller skrivskyddad?"
            ) from exc
    except BaseException:
        with contextlib.suppress(OSError):
            temp.unlink()
        raise
