"""Schema steps: from an empty file, from every earlier step, backup first, refusal rules."""

from __future__ import annotations

import sqlite3
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

import app.storage.migrations as migrations_module
from app.domain.model import Organisation
from app.storage import StoreError, known_migrations, list_backups, open_store
from app.storage.migrations import MIGRATIONS_TABLE, migration_plan, schema_step

BuildAt = Callable[[Path, str | None], Path]


def _applied(path: Path) -> list[str]:
    conn = sqlite3.connect(path)
    try:
        return [r[0] for r in conn.execute("SELECT name FROM _sqlite_migrations ORDER BY rowid")]
    finally:
        conn.close()


def test_known_migrations_are_numbered_in_order() -> None:
    names = known_migrations()
    assert names[0] == "m001_initial"
    assert [int(n[1:4]) for n in names] == list(range(1, len(names) + 1))
    assert [m.name for m in migration_plan()._migrations] == list(names)


def test_the_bookkeeping_table_is_the_one_sqlite_utils_writes() -> None:
    from sqlite_utils.migrations import Migrations

    assert Migrations.migrations_table == MIGRATIONS_TABLE


def test_schema_step_rejects_a_badly_named_step() -> None:
    def add_activities(db: object) -> None:  # pragma: no cover - never applied
        raise AssertionError

    with pytest.raises(ValueError, match=f"m{len(known_migrations()) + 1:03d}_"):
        schema_step(add_activities)  # type: ignore[arg-type]
    assert "add_activities" not in known_migrations()


def test_empty_file_gets_every_step_without_a_backup(db_path: Path) -> None:
    db_path.parent.mkdir(parents=True)
    db_path.touch()
    open_store(db_path, create=True).close()
    assert _applied(db_path) == list(known_migrations())
    assert list_backups(db_path) == []


@pytest.mark.parametrize("stop_before", known_migrations()[1:])
def test_every_earlier_schema_is_migrated_after_a_backup(
    db_path: Path, store_at_step: BuildAt, stop_before: str
) -> None:
    build = store_at_step(db_path, stop_before)
    before = _applied(build)
    assert before == list(known_migrations()[: known_migrations().index(stop_before)])
    conn = sqlite3.connect(build)
    conn.execute(
        "INSERT INTO organisations (name, municipality_group, created_at) "
        "VALUES ('Äldre kommun', 'C', '2024-01-01T00:00:00+00:00')"
    )
    conn.commit()
    conn.close()

    with open_store(db_path, create=False) as store:
        assert store.applied_migrations() == list(known_migrations())
        assert [o.name for o in store.organisations.all()] == ["Äldre kommun"]

    (backup,) = list_backups(db_path)
    assert backup.reason == "pre-migration"
    assert _applied(backup.path) == before


@pytest.fixture
def extra_step(monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """Pretend this version ships one more schema step than the store has seen."""
    name = f"m{len(known_migrations()) + 1:03d}_test_add_contacts"

    def step(db: object) -> None:
        db.execute("CREATE TABLE contacts (id INTEGER PRIMARY KEY, name TEXT NOT NULL)")  # type: ignore[attr-defined]

    step.__name__ = name
    monkeypatch.setattr(migrations_module, "_steps", list(migrations_module._steps))
    schema_step(step)
    yield name


@pytest.fixture
def current_store(db_path: Path) -> Path:
    with open_store(db_path, create=True) as store:
        store.organisations.add(Organisation("Före kommun", "A"))
    return db_path


def test_pending_step_is_applied_after_a_backup_of_the_old_schema(
    current_store: Path, extra_step: str
) -> None:
    old = _applied(current_store)
    with open_store(current_store, create=False) as store:
        assert store.applied_migrations() == [*old, extra_step]
        assert "contacts" in store.db.table_names()
        assert store.meta()["format_version"] == str(len(old) + 1)
    backups = list_backups(current_store)
    assert [b.reason for b in backups] == ["pre-migration"]
    name = backups[0].path.name
    assert name.startswith("lagesbild-") and name.endswith("-pre-migration.db")
    assert len(name) == len("lagesbild-YYYYMMDD-HHMMSS-pre-migration.db")
    conn = sqlite3.connect(backups[0].path)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        assert "contacts" not in tables
        assert conn.execute("SELECT name FROM organisations").fetchall() == [("Före kommun",)]
    finally:
        conn.close()
    assert _applied(backups[0].path) == old


def test_read_only_open_refuses_a_store_that_needs_migration(
    current_store: Path, extra_step: str
) -> None:
    before = current_store.read_bytes()
    with pytest.raises(StoreError, match="uppgraderas"):
        open_store(current_store, create=False, read_only=True)
    assert current_store.read_bytes() == before
    assert list_backups(current_store) == []


def test_failing_step_rolls_back_and_names_the_backup(
    current_store: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    name = f"m{len(known_migrations()) + 1:03d}_test_broken"

    def broken(db: object) -> None:
        db.execute("CREATE TABLE half_done (id INTEGER)")  # type: ignore[attr-defined]
        db.execute("INSERT INTO no_such_table VALUES (1)")  # type: ignore[attr-defined]

    broken.__name__ = name
    monkeypatch.setattr(migrations_module, "_steps", list(migrations_module._steps))
    schema_step(broken)

    with pytest.raises(StoreError, match="kunde inte uppgraderas") as info:
        open_store(current_store, create=False)
    (backup,) = list_backups(current_store)
    assert str(backup.path) in info.value.message
    conn = sqlite3.connect(current_store)
    try:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    finally:
        conn.close()
    assert "half_done" not in tables
    assert name not in _applied(current_store)


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX file modes")
def test_backup_is_private(current_store: Path, extra_step: str) -> None:
    open_store(current_store, create=False).close()
    (backup,) = list_backups(current_store)
    assert backup.path.stat().st_mode & 0o777 == 0o600
    assert backup.path.parent.stat().st_mode & 0o077 == 0
