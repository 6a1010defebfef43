"""Backups: consistent, private, named by time and reason, listed in order."""

from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path

import pytest

from app.domain.model import Organisation
from app.storage import Store, StoreError, create_backup, list_backups


def test_backup_is_a_consistent_copy_including_uncheckpointed_writes(
    store: Store, db_path: Path
) -> None:
    store.organisations.add(Organisation("Kallkommun", "B"))  # still in the -wal file
    path = create_backup(db_path, "manual", now=datetime(2026, 3, 1, 9, 15, 0))
    assert path == db_path.parent / "backups" / "lagesbild-20260301-091500-manual.db"
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("SELECT name FROM organisations").fetchall() == [("Kallkommun",)]
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    finally:
        conn.close()
    assert not Path(f"{path}-wal").exists()


def test_same_second_backups_get_distinct_names_and_list_in_order(
    store: Store, db_path: Path
) -> None:
    moment = datetime(2026, 3, 1, 9, 15, 0)
    first = create_backup(db_path, "manual", now=moment)
    second = create_backup(db_path, "manual", now=moment)
    third = create_backup(db_path, "pre-migration", now=datetime(2027, 1, 1))
    (db_path.parent / "backups" / "README.txt").write_text("inte en backup")
    assert second.name == "lagesbild-20260301-091500-manual-2.db"
    listed = list_backups(db_path)
    assert [b.path for b in listed] == [first, second, third]
    assert [b.reason for b in listed] == ["manual", "manual", "pre-migration"]
    assert listed[2].created_at == datetime(2027, 1, 1)


def test_backup_of_a_missing_store_is_a_store_error(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="finns inte"):
        create_backup(tmp_path / "saknas.db", "manual")
    assert list_backups(tmp_path / "saknas.db") == []


def test_backup_reason_must_be_a_slug(store: Store, db_path: Path) -> None:
    with pytest.raises(ValueError):
        create_backup(db_path, "Före migrering")
