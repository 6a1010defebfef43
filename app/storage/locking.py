"""One Lägesbild per store: an OS file lock on ``<store>.lock`` beside the store.

The lock is ``fcntl.flock`` on POSIX and ``msvcrt.locking`` on Windows. Both belong to the open
file, so the operating system drops them when the process ends – a crashed Lägesbild never
leaves a stale lock behind, and nobody has to delete a lock file by hand. The file holds the
holder's pid, host and user so the second instance can say who has the store open.
"""

from __future__ import annotations

import contextlib
import json
import os
import socket
import sys
from pathlib import Path
from types import TracebackType

from app.storage.audit import current_actor
from app.storage.clock import utc_timestamp
from app.storage.errors import StoreError
from app.storage.files import FILE_MODE

LOCK_SUFFIX = ".lock"
# Windows locks are mandatory: the locked byte lies far beyond the text, which stays readable.
_WINDOWS_LOCK_OFFSET = 1 << 30
_MAX_HOLDER_BYTES = 4096


class StoreLockedError(StoreError):
    """Another Lägesbild (window or CLI run) has the store open for writing."""


def lock_path(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + LOCK_SUFFIX)


class StoreLock:
    """The held lock of one store; release it with ``release()`` or a ``with`` block."""

    def __init__(self, path: Path, fd: int) -> None:
        self.path = path
        self._fd: int | None = fd

    @property
    def held(self) -> bool:
        return self._fd is not None

    def release(self) -> None:
        """Give the store free; the lock file is removed where the platform allows it."""
        fd, self._fd = self._fd, None
        if fd is None:
            return
        if sys.platform != "win32":
            # Unlink while still locked: a waiting process then re-checks the inode (below).
            with contextlib.suppress(OSError):
                os.unlink(self.path)
        try:
            _unlock(fd)
        finally:
            os.close(fd)

    def __enter__(self) -> StoreLock:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.release()


def acquire(db_path: Path) -> StoreLock:
    """Lock ``db_path`` for this process or raise StoreLockedError naming the holder."""
    path = lock_path(Path(db_path))
    for _ in range(10):
        try:
            fd = os.open(path, os.O_RDWR | os.O_CREAT | getattr(os, "O_BINARY", 0), FILE_MODE)
        except OSError as exc:
            raise StoreError(
                f"Låsfilen {path} kunde inte skapas ({exc.strerror or exc}). "
                "Kontrollera att du har skrivrätt i mappen."
            ) from exc
        try:
            locked = _try_lock(fd)
        except OSError as exc:
            os.close(fd)
            raise StoreError(
                f"Databasen {db_path} kunde inte låsas ({exc.strerror or exc})."
            ) from exc
        if not locked:
            holder = _read_holder(fd)
            os.close(fd)
            raise StoreLockedError(locked_message(holder))
        if sys.platform == "win32" or _same_file(fd, path):
            _write_holder(fd)
            return StoreLock(path, fd)
        # The previous holder removed the file between our open and our lock: try again.
        _unlock(fd)
        os.close(fd)
    raise StoreError(f"Databasen {db_path} kunde inte låsas. Försök igen.")


def is_locked(db_path: Path) -> bool:
    """True if some process holds the store's lock right now (leaves no file behind)."""
    path = lock_path(Path(db_path))
    try:
        fd = os.open(path, os.O_RDWR | getattr(os, "O_BINARY", 0))
    except FileNotFoundError:
        return False
    try:
        if _try_lock(fd):
            _unlock(fd)
            return False
        return True
    finally:
        os.close(fd)


def locked_message(holder: dict[str, object]) -> str:
    """'Databasen är redan öppen i ett annat Lägesbild-fönster (pid 4711, …).'"""
    details = []
    if holder.get("pid"):
        details.append(f"pid {holder['pid']}")
    if holder.get("user"):
        details.append(f"användare {holder['user']}")
    if holder.get("host"):
        details.append(f"dator {holder['host']}")
    who = f" ({', '.join(details)})" if details else ""
    return (
        f"Databasen är redan öppen i ett annat Lägesbild-fönster{who}. Stäng det andra fönstret "
        "och försök igen, eller öppna databasen skrivskyddad."
    )


def _holder_record() -> bytes:
    record = {
        "pid": os.getpid(),
        "host": socket.gethostname(),
        "user": current_actor(),
        "since": utc_timestamp(),
    }
    return json.dumps(record, ensure_ascii=False).encode("utf-8")


def _write_holder(fd: int) -> None:
    os.lseek(fd, 0, os.SEEK_SET)
    os.ftruncate(fd, 0)
    os.write(fd, _holder_record())
    os.lseek(fd, 0, os.SEEK_SET)


def _read_holder(fd: int) -> dict[str, object]:
    try:
        os.lseek(fd, 0, os.SEEK_SET)
        data = json.loads(os.read(fd, _MAX_HOLDER_BYTES).decode("utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def _same_file(fd: int, path: Path) -> bool:
    try:
        on_disk = os.stat(path)
    except FileNotFoundError:
        return False
    mine = os.fstat(fd)
    return (mine.st_dev, mine.st_ino) == (on_disk.st_dev, on_disk.st_ino)


if sys.platform == "win32":
    import msvcrt

    def _try_lock(fd: int) -> bool:
        os.lseek(fd, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        finally:
            os.lseek(fd, 0, os.SEEK_SET)
        return True

    def _unlock(fd: int) -> None:
        os.lseek(fd, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
        with contextlib.suppress(OSError):
            msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)
