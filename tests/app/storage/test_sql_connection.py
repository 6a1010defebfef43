"""StoreConnection: reads on plain sqlite3 that give what sqlite_utils gives, writes through it."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlite_utils import Database

from app.storage import open_store
from app.storage.sql_connection import StoreConnection


@pytest.fixture
def pair(tmp_path: Path) -> tuple[StoreConnection, Database]:
    """The same file through StoreConnection and through a plain sqlite_utils Database."""
    path = tmp_path / "x.db"
    setup = sqlite3.connect(path)
    setup.executescript(
        """
        CREATE TABLE a (id INTEGER PRIMARY KEY, name TEXT, score REAL);
        CREATE TABLE b (id INTEGER PRIMARY KEY, a_id INTEGER, name TEXT);
        INSERT INTO a VALUES (1, 'Åre', 1.5), (2, 'Öckerö', NULL);
        INSERT INTO b VALUES (10, 1, 'första'), (11, 2, 'andra');
        """
    )
    setup.commit()
    setup.close()
    return StoreConnection(sqlite3.connect(path)), Database(sqlite3.connect(path))


@pytest.mark.parametrize(
    "sql, params",
    [
        ("SELECT * FROM a ORDER BY id", None),
        ("  select name, score FROM a WHERE id = ?", [1]),
        ("SELECT * FROM a WHERE name = :name", {"name": "Öckerö"}),
        ("SELECT a.id, b.id, a.name, b.name FROM a JOIN b ON b.a_id = a.id", None),
        ("WITH x AS (SELECT * FROM a) SELECT count(*) AS n FROM x", None),
        ("PRAGMA table_info(a)", None),
    ],
)
def test_query_gives_what_sqlite_utils_gives(
    pair: tuple[StoreConnection, Database], sql: str, params: object
) -> None:
    ours, theirs = pair
    assert list(ours.query(sql, params)) == list(theirs.query(sql, params))  # type: ignore[arg-type]


def test_duplicate_column_names_are_renamed_like_sqlite_utils(
    pair: tuple[StoreConnection, Database],
) -> None:
    ours, _ = pair
    rows = list(ours.query("SELECT a.id, b.id FROM a JOIN b ON b.a_id = a.id ORDER BY a.id"))
    assert rows == [{"id": 1, "id_2": 10}, {"id": 2, "id_2": 11}]


def test_query_refuses_a_statement_without_rows(pair: tuple[StoreConnection, Database]) -> None:
    ours, _ = pair
    with pytest.raises(ValueError, match="returns rows"):
        list(ours.query("UPDATE a SET name = 'x'"))
    assert [r["name"] for r in ours.query("SELECT name FROM a ORDER BY id")] == ["Åre", "Öckerö"]


def test_a_write_outside_atomic_is_committed(
    pair: tuple[StoreConnection, Database], tmp_path: Path
) -> None:
    ours, _ = pair
    ours.execute("INSERT INTO a (id, name) VALUES (3, 'Ystad')")
    assert not ours.conn.in_transaction
    other = sqlite3.connect(tmp_path / "x.db")
    try:
        assert other.execute("SELECT name FROM a WHERE id = 3").fetchone() == ("Ystad",)
    finally:
        other.close()


def test_atomic_rolls_back_on_error(pair: tuple[StoreConnection, Database]) -> None:
    ours, _ = pair
    with pytest.raises(RuntimeError), ours.atomic() as db:
        db.execute("DELETE FROM a")
        raise RuntimeError("stop")
    assert ours.execute("SELECT count(*) FROM a").fetchone() == (2,)


def test_table_names_and_recursive_triggers(pair: tuple[StoreConnection, Database]) -> None:
    ours, theirs = pair
    assert ours.table_names() == theirs.table_names()
    assert ours.execute("PRAGMA recursive_triggers").fetchone() == (1,)


def test_opening_and_reading_a_store_does_not_import_sqlite_utils(
    tmp_path: Path, fresh_python
) -> None:
    """The window opens an existing store on plain sqlite3; sqlite_utils waits for a write."""
    path = tmp_path / "store.db"
    open_store(path, create=True).close()
    code = (
        "import sys\n"
        "from pathlib import Path\n"
        "from app.services.workspace import Workspace\n"
        f"with Workspace.open(Path({str(path)!r})) as workspace:\n"
        "    workspace.organisations()\n"
        "    workspace.store.applied_migrations()\n"
        "loaded = [m for m in ('sqlite_utils', 'click', 'pluggy', 'dateutil') if m in sys.modules]\n"
        "print(','.join(loaded) or 'none')\n"
    )
    assert fresh_python(code).strip() == "none"
