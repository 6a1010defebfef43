"""Backup rotation, the daily start-up backup, and verified, atomic restores."""

from __future__ import annotations

import os
import sqlite3
import stat
import sys
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from app.domain.errors import LagesbildError
from app.services import safety
from app.services.workspace import Workspace
from app.storage import StoreError, create_backup, list_backups
from app.storage.backup import (
    DAILY,
    KEEP_LATEST,
    PRE_MIGRATION,
    BackupFile,
    backup_if_due,
    backups_to_keep,
    rotate_backups,
)
from app.storage.locking import StoreLockedError
from tests.app.safety.conftest import file_digest

posix_only = pytest.mark.skipif(sys.platform == "win32", reason="POSIX file modes")
NOW = datetime(2026, 6, 15, 12, 0, 0)


def _backup(day: datetime, reason: str = DAILY) -> BackupFile:
    return BackupFile(Path(f"/b/{day:%Y%m%d-%H%M%S}-{reason}.db"), day, reason)


def test_rotation_keeps_last_ten_and_newest_per_month_for_two_years() -> None:
    # One backup a day for three years up to NOW, plus an old pre-migration backup.
    days = [NOW - timedelta(days=n) for n in range(3 * 365)]
    backups = sorted([_backup(d) for d in days], key=lambda b: b.created_at)
    migration = _backup(datetime(2023, 1, 2), PRE_MIGRATION)
    keep = backups_to_keep([migration, *backups], NOW)
    kept = sorted(b.created_at for b in [migration, *backups] if b.path in keep)
    last_ten = [b.created_at for b in backups[-KEEP_LATEST:]]
    assert set(last_ten) <= set(kept)
    monthly = [d for d in kept if d not in last_ten and d != migration.created_at]
    # The newest backup of each of the 24 months (the current month is within the last ten).
    assert len(monthly) == 23
    assert all(
        (d + timedelta(days=1)).month != d.month or d == max(backups[-1].created_at, d)
        for d in monthly
    )
    assert min(monthly) >= datetime(2024, 7, 1)
    # The only pre-migration backup survives although it is three years old.
    assert migration.created_at in kept


def test_older_pre_migration_backups_go_once_a_newer_one_exists() -> None:
    first = _backup(datetime(2023, 1, 2), PRE_MIGRATION)
    second = _backup(datetime(2023, 3, 2, 8), PRE_MIGRATION)
    recent = [_backup(NOW - timedelta(hours=n)) for n in range(20)]
    keep = backups_to_keep([first, second, *recent], NOW)
    assert second.path in keep and first.path not in keep


def test_rotate_removes_files_on_disk(store, db_path: Path) -> None:
    for n in range(14):
        create_backup(db_path, DAILY, now=NOW - timedelta(hours=n))
    removed = rotate_backups(db_path, NOW)
    assert len(removed) == 4
    assert len(list_backups(db_path)) == KEEP_LATEST
    assert all(not p.exists() for p in removed)


def test_daily_backup_once_a_day_and_only_when_changed(db_path: Path) -> None:
    with Workspace.open(db_path, create=True) as workspace:
        workspace.add_municipality("Falun")
    first = backup_if_due(db_path, NOW)
    assert first is not None and first.name.endswith("-daily.db")
    assert backup_if_due(db_path, NOW + timedelta(hours=23)) is None  # under 24 hours
    assert backup_if_due(db_path, NOW + timedelta(days=3)) is None  # unchanged since
    with Workspace.open(db_path) as workspace:  # (Workspace.open itself is a no-op here)
        workspace.add_municipality("Ale")
    assert backup_if_due(db_path, NOW + timedelta(days=3)) is not None


def test_workspace_open_takes_the_daily_backup_but_not_for_a_new_store(db_path: Path) -> None:
    Workspace.open(db_path, create=True).close()
    assert list_backups(db_path) == []
    Workspace.open(db_path).close()
    assert [b.reason for b in list_backups(db_path)] == [DAILY]
    Workspace.open(db_path, read_only=True).close()
    Workspace.open(db_path).close()  # same day: no second one
    assert len(list_backups(db_path)) == 1


def test_backup_of_something_else_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    sqlite3.connect(path).execute("CREATE TABLE t (x)").connection.close()
    with pytest.raises(StoreError, match="ingen Lägesbild-databas"):
        create_backup(path, "manual")


def _store_with(path: Path, *names: str) -> None:
    with Workspace.open(path, create=not path.exists()) as workspace:
        for name in names:
            workspace.add_custom_organisation(name, "B")


def _names(path: Path) -> list[str]:
    with Workspace.open(path, read_only=True) as workspace:
        return [o.name for o in workspace.organisations()]


def test_restore_replaces_the_store_and_keeps_the_current_one(db_path: Path) -> None:
    _store_with(db_path, "Före")
    backup = safety.backup_now(db_path)
    _store_with(db_path, "Efter")
    result = safety.restore(db_path, backup.path)
    assert _names(db_path) == ["Före"]
    assert result.safety_backup is not None and result.safety_backup.name.endswith(
        "-pre-restore.db"
    )
    assert sorted(_names(result.safety_backup)) == ["Efter", "Före"]
    with Workspace.open(db_path, read_only=True) as workspace:
        last = workspace.store.audit.entries()[-1]
    assert last.action == "restore" and backup.path.name in (last.reason or "")


@posix_only
def test_restored_store_is_private(db_path: Path) -> None:
    _store_with(db_path, "Före")
    backup = safety.backup_now(db_path)
    safety.restore(db_path, backup.path)
    assert stat.S_IMODE(os.stat(db_path).st_mode) == 0o600
    leftovers = [p.name for p in db_path.parent.iterdir() if ".restore-" in p.name]
    assert leftovers == []


def test_restore_is_refused_while_the_store_is_open(db_path: Path) -> None:
    _store_with(db_path, "Före")
    backup = safety.backup_now(db_path)
    with Workspace.open(db_path) as workspace:
        workspace.add_custom_organisation("Öppen", "A")
        digest = file_digest(db_path), file_digest(Path(f"{db_path}-wal"))
        with pytest.raises(StoreLockedError, match="redan öppen"):
            safety.restore(db_path, backup.path)
        assert (file_digest(db_path), file_digest(Path(f"{db_path}-wal"))) == digest
    assert _names(db_path) == ["Före", "Öppen"]


@pytest.mark.parametrize("damage", ["truncated", "garbled", "foreign", "newer"])
def test_a_bad_backup_is_refused_and_the_store_untouched(db_path: Path, damage: str) -> None:
    _store_with(db_path, "Kvar")
    backup = safety.backup_now(db_path).path
    data = bytearray(backup.read_bytes())
    if damage == "truncated":
        backup.write_bytes(bytes(data[: len(data) // 3]))
    elif damage == "garbled":
        page = int.from_bytes(data[16:18], "big")
        data[page : 3 * page] = b"\xff" * (2 * page)
        backup.write_bytes(bytes(data))
    elif damage == "foreign":
        backup.unlink()
        sqlite3.connect(backup).execute("CREATE TABLE kunder (namn)").connection.close()
    else:
        conn = sqlite3.connect(backup)
        conn.execute(
            "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
            "VALUES ('lagesbild', 'm999_future', '2030-01-01')"
        )
        conn.commit()
        conn.close()
    before = file_digest(db_path)
    with pytest.raises(LagesbildError) as info:
        safety.restore(db_path, backup)
    assert info.value.message
    assert file_digest(db_path) == before
    assert _names(db_path) == ["Kvar"]


def test_restore_over_a_corrupt_store_keeps_its_bytes(db_path: Path) -> None:
    _store_with(db_path, "Frisk")
    backup = safety.backup_now(db_path).path
    damaged = b"trasig" * 1000
    db_path.write_bytes(damaged)
    Path(f"{db_path}-wal").write_bytes(b"gammal wal")
    result = safety.restore(db_path, backup)
    assert _names(db_path) == ["Frisk"]
    assert result.safety_backup is not None and result.safety_backup.read_bytes() == damaged
    assert Path(f"{result.safety_backup}-wal").read_bytes() == b"gammal wal"
    assert result.safety_backup.name.endswith("pre-restore-raw.db")
