"""One Lägesbild per store: the lock file, its message, and no stale lock after a crash."""

from __future__ import annotations

import os
import signal
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from app.services.workspace import Workspace
from app.storage import locking
from app.storage.locking import StoreLockedError

posix_only = pytest.mark.skipif(sys.platform == "win32", reason="POSIX file modes and signals")

HOLD_LOCK = """
import sys
from pathlib import Path
from app.storage import locking
lock = locking.acquire(Path(sys.argv[1]))
print("låst", flush=True)
sys.stdin.read()
"""


def test_second_workspace_for_writing_is_refused_with_the_holder(db_path: Path) -> None:
    with Workspace.open(db_path, create=True) as first:
        assert first.lock is not None and locking.lock_path(db_path).exists()
        with pytest.raises(StoreLockedError) as info:
            Workspace.open(db_path)
        message = info.value.message
        assert message.startswith(
            f"Databasen är redan öppen i ett annat Lägesbild-fönster (pid {os.getpid()}"
        )
        # Reading needs no lock: the CLI's read-only commands still work.
        with Workspace.open(db_path, read_only=True) as reader:
            assert reader.organisations() == []
    # Closed: the lock is gone and the store opens again.
    assert not locking.lock_path(db_path).exists()
    assert not locking.is_locked(db_path)
    Workspace.open(db_path).close()


def test_a_refused_open_leaves_no_lock_behind(tmp_path: Path) -> None:
    path = tmp_path / "text.db"
    path.write_text("ingen databas")
    with pytest.raises(Exception, match="ingen SQLite-databas"):
        Workspace.open(path)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["text.db"]


@posix_only
def test_lock_held_by_another_process_names_it_and_dies_with_it(db_path: Path) -> None:
    Workspace.open(db_path, create=True).close()
    child = subprocess.Popen(
        [sys.executable, "-c", HOLD_LOCK, str(db_path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        cwd=Path(__file__).resolve().parents[3],
    )
    try:
        assert child.stdout is not None and child.stdout.readline().strip() == "låst"
        assert stat.S_IMODE(os.stat(locking.lock_path(db_path)).st_mode) == 0o600
        with pytest.raises(StoreLockedError, match=f"pid {child.pid}"):
            Workspace.open(db_path)
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=10)
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
    # The crashed holder left its lock file, but not its lock.
    assert locking.lock_path(db_path).exists()
    Workspace.open(db_path).close()
