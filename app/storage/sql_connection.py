"""The store's SQLite connection: reads on plain sqlite3, writes through sqlite_utils.

Why not a ``sqlite_utils.Database`` from the start: importing sqlite_utils also imports click,
pluggy and dateutil (0.1–0.15 s), and opening the window on an existing store only reads. So
reads (``query``, ``execute``, ``table_names``) go straight to sqlite3 and give what
``Database`` gives; ``atomic()`` and ``database`` hand writes and schema steps to a
``sqlite_utils.Database`` on the same connection, made on first use.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Iterator, Mapping
from contextlib import AbstractContextManager
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sqlite_utils import Database

Parameters = Iterable[Any] | Mapping[str, Any] | None


class StoreConnection:
    """One sqlite3 connection of a store, with the few ``Database`` reads the app uses."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self._database: Database | None = None
        # sqlite_utils.Database turns this on for its connections; the store's triggers are
        # written for it, so reads and writes see the same setting from the first statement.
        conn.execute("PRAGMA recursive_triggers=on")

    def execute(self, sql: str, parameters: Parameters = None) -> sqlite3.Cursor:
        """``Database.execute``: reads and pragmas run directly; any other statement goes to
        sqlite_utils, which commits the implicit transaction a write outside ``atomic()`` opens."""
        if not _reads(sql, "SELECT", "PRAGMA"):
            return self.database.execute(sql, parameters)  # type: ignore[arg-type]
        if parameters is None:
            return self.conn.execute(sql)
        return self.conn.execute(sql, parameters)  # type: ignore[arg-type]

    def query(self, sql: str, params: Parameters = None) -> Iterator[dict[str, Any]]:
        """``Database.query``: rows as dicts keyed by column name. A plain SELECT with unique
        column names runs directly; anything else gets sqlite_utils' own checks and renaming."""
        if not _reads(sql, "SELECT"):
            return self.database.query(sql, params)  # type: ignore[arg-type]
        cursor = self.conn.execute(sql) if params is None else self.conn.execute(sql, params)  # type: ignore[arg-type]
        keys = [column[0] for column in cursor.description or ()]
        if len(set(keys)) != len(keys):
            cursor.close()
            return self.database.query(sql, params)  # type: ignore[arg-type]
        return (dict(zip(keys, row, strict=True)) for row in cursor)

    def table_names(self) -> list[str]:
        return [
            row[0]
            for row in self.conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        ]

    @property
    def database(self) -> Database:
        """The ``sqlite_utils.Database`` on this connection (imported on first use)."""
        if self._database is None:
            from sqlite_utils import Database

            self._database = Database(self.conn, execute_plugins=False)
        return self._database

    def atomic(self) -> AbstractContextManager[Database]:
        """``Database.atomic()``: one transaction, or a savepoint inside an open one."""
        return self.database.atomic()

    def close(self) -> None:
        self.conn.close()


def _reads(sql: str, *keywords: str) -> bool:
    """True when ``sql`` starts with one of ``keywords`` (upper case), ignoring leading space."""
    head = sql.lstrip()[:6].upper()
    return any(head.startswith(keyword) for keyword in keywords)
