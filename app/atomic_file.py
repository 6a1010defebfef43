"""Atomic file output: write to a temporary file beside the target, fsync, then ``os.replace``.

A file is either written completely or not at all – an unwritable target, a failed write or a
cancel leaves neither a partial file nor a stray temporary file, and an existing file is only
replaced by a complete one. Used for reports, exports of the store's data and the audit log.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

from app.domain.errors import LagesbildError

PRIVATE = 0o600  # the store's data (exports, audit log): readable by the owner only, like the store
SHARED = 0o644  # a document meant for sharing (reports)


class FileWriteError(LagesbildError):
    """A file could not be written where the user asked; nothing was written or replaced.

    The texts below are the Swedish messages; a subclass words them for its kind of file.
    ``{target}`` is the file, ``{folder}`` its folder, ``{reason}`` the system's reason and
    ``{what}`` what the caller calls the file (e.g. "bilden").
    """

    IS_A_FOLDER = "Filen {target} kunde inte skrivas: det är en mapp."
    NO_FOLDER = "Filen {target} kunde inte skrivas: mappen {folder} finns inte."
    UNWRITABLE_FOLDER = "Filen {target} kunde inte skrivas ({reason})."
    NOT_SAVED = "Filen {target} kunde inte skrivas ({reason})."

    @classmethod
    def about(
        cls, text: str, target: Path, what: str, exc: OSError | None = None
    ) -> FileWriteError:
        reason = (exc.strerror or str(exc)) if exc is not None else ""
        return cls(text.format(target=target, folder=target.parent, reason=reason, what=what))


@contextlib.contextmanager
def atomic_path(
    path: str | os.PathLike[str],
    *,
    mode: int = PRIVATE,
    error: type[FileWriteError] = FileWriteError,
    what: str = "filen",
) -> Iterator[Path]:
    """Yield a temporary path beside ``path``; it becomes ``path`` (with ``mode``) only when the
    block completes without error. The target's problems raise ``error``; an exception from the
    block propagates unchanged, and either way the temporary file is removed."""
    target = Path(path).expanduser()
    if target.is_dir():
        raise error.about(error.IS_A_FOLDER, target, what)
    if not target.parent.is_dir():
        raise error.about(error.NO_FOLDER, target, what)
    try:
        fd, temp_name = tempfile.mkstemp(
            prefix=f".{target.name}.", suffix=".tmp", dir=target.parent
        )
    except OSError as exc:
        raise error.about(error.UNWRITABLE_FOLDER, target, what, exc) from exc
    os.close(fd)
    temp = Path(temp_name)
    try:
        yield temp
        try:
            with temp.open("rb+") as written:
                os.fsync(written.fileno())
            with contextlib.suppress(OSError):  # Windows knows only a read-only flag
                temp.chmod(mode)
            os.replace(temp, target)
        except OSError as exc:
            raise error.about(error.NOT_SAVED, target, what, exc) from exc
    except BaseException:
        with contextlib.suppress(OSError):
            temp.unlink()
        raise
