"""On POSIX everything Lägesbild writes about the organisation is readable by its owner only."""

from __future__ import annotations

import os
import stat
import sys
from datetime import datetime
from pathlib import Path

import pytest

from app.services import safety
from app.services.workspace import Workspace
from app.storage import locking
from app.storage.backup import backup_if_due

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX file modes")


def _mode(path: Path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


def test_store_side_files_lock_backups_and_exports_are_private(tmp_path: Path) -> None:
    old = os.umask(0o022)  # a typical, permissive umask
    try:
        path = tmp_path / "data" / "lagesbild.db"
        with Workspace.open(path, create=True) as workspace:
            workspace.add_municipality("Falun")
            assert _mode(path.parent) == 0o700
            for name in (path, Path(f"{path}-wal"), Path(f"{path}-shm"), locking.lock_path(path)):
                assert name.exists() and _mode(name) == 0o600, name
            export = safety.export_json(workspace, tmp_path / "export.json").path
            log = safety.write_audit(safety.audit_entries(workspace), tmp_path / "logg.csv", "csv")
        backup = safety.backup_now(path).path
        with Workspace.open(path) as workspace:
            workspace.add_municipality("Ale")
        daily = backup_if_due(path, datetime(2100, 1, 1))
        assert daily is not None
        assert _mode(backup.parent) == 0o700
        for name in (path, backup, daily, export, log):
            assert _mode(name) == 0o600, name
        restored = safety.restore(path, backup)
        assert _mode(path) == 0o600
        assert restored.safety_backup is not None and _mode(restored.safety_backup) == 0o600
    finally:
        os.umask(old)
