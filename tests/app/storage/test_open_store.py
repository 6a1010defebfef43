"""Opening stores: creation, refusal of foreign/corrupt/newer files (byte-identical), read-only."""

from __future__ import annotations

import os
import sqlite3
import stat
import sys
from pathlib import Path

import pytest

from app.domain.errors import LagesbildError, ReadOnlyError
from app.domain.model import Organisation
from app.storage import StoreError, known_migrations, open_store
from app.storage.fileprobe import APPLICATION_ID

posix_only = pytest.mark.skipif(sys.platform == "win32", reason="POSIX file modes")


def _pragma(path: Path, name: str) -> object:
    conn = sqlite3.connect(path)
    try:
        return conn.execute(f"PRAGMA {name}").fetchone()[0]
    finally:
        conn.close()


def test_create_new_store_is_marked_and_migrated(db_path: Path) -> None:
    with open_store(db_path, create=True) as store:
        assert store.applied_migrations() == list(known_migrations())
        meta = store.meta()
        assert meta["format"] == "lagesbild-store"
        assert meta["format_version"] == str(len(known_migrations()))
        assert meta["created_at"][:2] == "20"
        assert store.db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert store.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert store.db.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
        assert store.db.execute("PRAGMA busy_timeout").fetchone()[0] == 5000
        assert set(store.db.table_names()) >= {
            "meta",
            "organisations",
            "assessments",
            "area_responses",
            "profile_answers",
            "assessment_reopenings",
        }
    assert _pragma(db_path, "application_id") == APPLICATION_ID
    assert _pragma(db_path, "user_version") == len(known_migrations())


@posix_only
def test_new_store_is_private(db_path: Path) -> None:
    open_store(db_path, create=True).close()
    assert stat.S_IMODE(os.stat(db_path).st_mode) == 0o600


def test_reopening_an_up_to_date_store_keeps_data_and_makes_no_backup(db_path: Path) -> None:
    with open_store(db_path, create=True) as store:
        store.organisations.add(Organisation("Ale kommun", "A", municipality="Ale"))
    with open_store(db_path, create=False) as store:
        assert [o.name for o in store.organisations.all()] == ["Ale kommun"]
    assert not (db_path.parent / "backups").exists()


def test_missing_file_without_create_is_refused_and_not_created(db_path: Path) -> None:
    with pytest.raises(StoreError, match="finns inte") as info:
        open_store(db_path, create=False)
    assert isinstance(info.value, LagesbildError)
    assert str(db_path) in info.value.message
    assert not db_path.exists()
    with pytest.raises(StoreError, match="finns inte"):
        open_store(db_path, create=True, read_only=True)
    assert not db_path.exists()


def test_empty_file_is_initialised_only_when_creating(db_path: Path) -> None:
    db_path.parent.mkdir(parents=True)
    db_path.write_bytes(b"")
    with pytest.raises(StoreError, match="är tom"):
        open_store(db_path, create=False)
    assert db_path.read_bytes() == b""
    with open_store(db_path, create=True) as store:
        assert store.applied_migrations() == list(known_migrations())


def _assert_refused_untouched(path: Path, match: str, **kwargs: bool) -> None:
    before = path.read_bytes()
    siblings = sorted(p.name for p in path.parent.iterdir())
    with pytest.raises(StoreError, match=match):
        open_store(path, **{"create": True, **kwargs})
    assert path.read_bytes() == before
    assert sorted(p.name for p in path.parent.iterdir()) == siblings


@pytest.mark.parametrize("read_only", [False, True])
def test_text_file_is_refused_byte_identical(tmp_path: Path, read_only: bool) -> None:
    path = tmp_path / "anteckningar.db"
    path.write_text("Det här är ingen databas, bara text. " * 20, encoding="utf-8")
    _assert_refused_untouched(path, "ingen SQLite-databas", read_only=read_only)


def test_foreign_sqlite_database_is_refused_byte_identical(tmp_path: Path) -> None:
    path = tmp_path / "annat.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE kunder (namn TEXT)")
    conn.execute("INSERT INTO kunder VALUES ('Alfa')")
    conn.commit()
    conn.close()
    _assert_refused_untouched(path, "ingen Lägesbild-databas")


def test_corrupt_store_is_refused_byte_identical(db_path: Path) -> None:
    with open_store(db_path, create=True) as store:
        for number in range(200):
            store.organisations.add(Organisation(f"Organisation {number:03d} " + "x" * 200, "C"))
    data = bytearray(db_path.read_bytes())
    page_size = int.from_bytes(data[16:18], "big")
    assert len(data) > 4 * page_size
    # Keep the header page, garble the pages after it.
    data[page_size : 4 * page_size] = b"\xde\xad\xbe\xef" * (3 * page_size // 4)
    db_path.write_bytes(bytes(data))
    _assert_refused_untouched(db_path, "skadad")


def test_store_from_newer_version_is_refused_byte_identical(db_path: Path) -> None:
    open_store(db_path, create=True).close()
    conn = sqlite3.connect(db_path)
    conn.execute(
        "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
        "VALUES ('lagesbild', 'm999_from_the_future', '2030-01-01')"
    )
    conn.commit()
    conn.execute("PRAGMA journal_mode=DELETE")
    conn.close()
    _assert_refused_untouched(db_path, "nyare version")
    _assert_refused_untouched(db_path, "m999_from_the_future", read_only=True)
    assert not (db_path.parent / "backups").exists()


def test_read_only_store_reads_and_refuses_writes(db_path: Path) -> None:
    with open_store(db_path, create=True) as store:
        store.organisations.add(Organisation("Exempelsunda kommun", "C"))
    before = db_path.read_bytes()
    with open_store(db_path, create=False, read_only=True) as store:
        assert store.read_only
        assert [o.group for o in store.organisations.all()] == ["C"]
        with pytest.raises(ReadOnlyError, match="skrivskyddad"):
            store.organisations.add(Organisation("Ny", "A"))
        with pytest.raises(sqlite3.OperationalError):
            store.db.conn.execute("DELETE FROM organisations")
    assert db_path.read_bytes() == before
