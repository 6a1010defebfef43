"""The audit log (ändringslogg): every change to the store's records, written by SQLite triggers.

Design:
* ``audit_log`` gets one row per inserted, updated or deleted record, written by AFTER triggers
  on every data table. Nothing that writes to the file – Lägesbild, an old version, the sqlite3
  shell – can change a record without leaving a row, short of dropping the triggers themselves.
* Who made a change comes from ``audit_actor``, a one-row table that ``Store.transaction`` fills
  with the OS user (and a change id grouping the rows of one transaction) when the transaction
  starts and empties again before it commits. A write from outside Lägesbild therefore finds it
  empty and is logged as ``UNKNOWN_ACTOR``, never under the last Lägesbild user's name.
* A finalisation and a reopening are logged as the actions ``finalise`` and ``reopen``; a
  reopening carries the reason the user gave. Restores and imports add an event row.
* The log is append-only: triggers refuse UPDATE and DELETE on it.

The trigger bodies are generated from the table's columns, so a later schema step that adds a
column calls ``audit_trigger_sql`` again for that table (after dropping the old triggers).
"""

from __future__ import annotations

import getpass
import json
import secrets
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from app.storage.clock import utc_timestamp

if TYPE_CHECKING:
    from sqlite_utils import Database

    from app.storage.store import Store

AUDIT_TABLE = "audit_log"
ACTOR_TABLE = "audit_actor"
UNKNOWN_ACTOR = "okänd (utanför Lägesbild)"
APPEND_ONLY_MESSAGE = "Ändringsloggen kan inte ändras eller rensas."

# Record actions written by the triggers, and the events Lägesbild records itself.
INSERT, UPDATE, DELETE, FINALISE, REOPEN = "insert", "update", "delete", "finalise", "reopen"
RESTORE, IMPORT, LOG_STARTED = "restore", "import", "log_started"
STORE_RECORD = "databasen"  # the table name of events that concern the whole store

#: Data tables as of schema step m003 with, for those that can be fastställd, the table that
#: holds the reasons for reopening and its key column.
AUDITED_TABLES: dict[str, tuple[str, str] | None] = {
    "organisations": None,
    "assessments": ("assessment_reopenings", "assessment_id"),
    "area_responses": None,
    "profile_answers": None,
    "assessment_reopenings": None,
    "reviews": ("review_reopenings", "review_id"),
    "review_inputs": None,
    "review_decisions": None,
    "review_reopenings": None,
    "activities": None,
    "activity_areas": None,
    "activity_comments": None,
    "management_approvals": None,
    "management_members": None,
    "management_trainings": None,
}

_NOW = "strftime('%Y-%m-%dT%H:%M:%S+00:00', 'now')"
_ACTOR = f"COALESCE((SELECT actor FROM {ACTOR_TABLE} WHERE id = 1), '{UNKNOWN_ACTOR}')"
_CHANGE = f"(SELECT change_id FROM {ACTOR_TABLE} WHERE id = 1)"


def current_actor() -> str:
    """The OS user running Lägesbild, or a neutral text when the platform cannot tell."""
    try:
        name = getpass.getuser().strip()
    except Exception:  # getuser raises OSError/KeyError without a login name or passwd entry
        name = ""
    return name or "okänd användare"


def schema_sql(read_only_marker: str) -> list[str]:
    """The audit tables and the triggers that make the log append-only.

    ``read_only_marker`` prefixes the refusal, so the store reports it as a ReadOnlyError.
    """
    refuse = f"SELECT RAISE(ABORT, '{read_only_marker}{APPEND_ONLY_MESSAGE}')"
    return [
        f"""CREATE TABLE {AUDIT_TABLE} (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            at TEXT NOT NULL,
            actor TEXT NOT NULL,
            table_name TEXT NOT NULL,
            record_id TEXT NOT NULL,
            action TEXT NOT NULL CHECK (length(action) > 0),
            before TEXT CHECK (before IS NULL OR json_valid(before)),
            after TEXT CHECK (after IS NULL OR json_valid(after)),
            reason TEXT,
            change_id TEXT
        )""",
        f"CREATE INDEX {AUDIT_TABLE}_at ON {AUDIT_TABLE} (at)",
        f"CREATE INDEX {AUDIT_TABLE}_record ON {AUDIT_TABLE} (table_name, record_id)",
        f"""CREATE TABLE {ACTOR_TABLE} (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            actor TEXT NOT NULL,
            change_id TEXT NOT NULL
        )""",
        f"CREATE TRIGGER {AUDIT_TABLE}_no_update BEFORE UPDATE ON {AUDIT_TABLE} BEGIN {refuse}; END",
        f"CREATE TRIGGER {AUDIT_TABLE}_no_delete BEFORE DELETE ON {AUDIT_TABLE} BEGIN {refuse}; END",
    ]


def audit_trigger_sql(db: Database, table: str) -> list[str]:
    """AFTER INSERT/UPDATE/DELETE triggers that log ``table``'s rows as JSON before and after."""
    info = list(db.execute(f"PRAGMA table_info([{table}])").fetchall())
    columns = [row[1] for row in info]
    key = [row[1] for row in sorted(info, key=lambda row: row[5]) if row[5]] or ["rowid"]

    def record(ref: str) -> str:
        return "json_object(" + ", ".join(f"'{c}', {ref}.[{c}]" for c in columns) + ")"

    def record_id(ref: str) -> str:
        return " || '/' || ".join(f"CAST({ref}.[{k}] AS TEXT)" for k in key)

    def log(action: str, ref: str, before: str, after: str, reason: str = "NULL") -> str:
        return (
            f"INSERT INTO {AUDIT_TABLE} (at, actor, table_name, record_id, action, before, "
            f"after, reason, change_id) VALUES ({_NOW}, {_ACTOR}, '{table}', {record_id(ref)}, "
            f"{action}, {before}, {after}, {reason}, {_CHANGE})"
        )

    changed = " OR ".join(f"OLD.[{c}] IS NOT NEW.[{c}]" for c in columns)
    update_action, update_reason = f"'{UPDATE}'", "NULL"
    history = AUDITED_TABLES.get(table)
    if history is not None:
        reopenings, parent_key = history
        update_action = (
            f"CASE WHEN OLD.status = 'draft' AND NEW.status = 'final' THEN '{FINALISE}' "
            f"WHEN OLD.status = 'final' AND NEW.status = 'draft' THEN '{REOPEN}' "
            f"ELSE '{UPDATE}' END"
        )
        update_reason = (
            f"CASE WHEN OLD.status = 'final' AND NEW.status = 'draft' THEN (SELECT reason FROM "
            f"{reopenings} WHERE {parent_key} = NEW.id AND sequence = NEW.reopen_count) END"
        )
    return [
        f"""CREATE TRIGGER {table}_audit_insert AFTER INSERT ON {table}
            BEGIN {log(f"'{INSERT}'", "NEW", "NULL", record("NEW"))}; END""",
        f"""CREATE TRIGGER {table}_audit_update AFTER UPDATE ON {table} WHEN {changed}
            BEGIN {log(update_action, "NEW", record("OLD"), record("NEW"), update_reason)}; END""",
        f"""CREATE TRIGGER {table}_audit_delete AFTER DELETE ON {table}
            BEGIN {log(f"'{DELETE}'", "OLD", record("OLD"), "NULL")}; END""",
    ]


# -- the session actor -------------------------------------------------------------------------


def begin_change(db: Database, actor: str) -> None:
    """Attribute the writes of the transaction now open to ``actor`` (one new change id)."""
    db.execute(
        f"INSERT OR REPLACE INTO {ACTOR_TABLE} (id, actor, change_id) VALUES (1, ?, ?)",
        [actor, secrets.token_hex(8)],
    )


def end_change(db: Database) -> None:
    """Forget the actor before the commit, so later writes by other tools are not attributed."""
    db.execute(f"DELETE FROM {ACTOR_TABLE}")


# -- reading and events ------------------------------------------------------------------------


@dataclass(frozen=True)
class AuditEntry:
    """One row of the audit log; ``before``/``after`` are the record's columns as a dict."""

    id: int
    at: str
    actor: str
    table: str
    record_id: str
    action: str
    before: dict[str, Any] | None
    after: dict[str, Any] | None
    reason: str | None
    change_id: str | None


class AuditRepository:
    """Reads the audit log and appends the events Lägesbild records itself."""

    def __init__(self, store: Store) -> None:
        self._store = store

    def entries(self, since: str | None = None, limit: int | None = None) -> list[AuditEntry]:
        """Entries at or after ``since`` (an ISO date or timestamp, UTC), oldest first."""
        sql = f"SELECT * FROM {AUDIT_TABLE}"
        params: list[Any] = []
        if since:
            sql += " WHERE at >= ?"
            params.append(since)
        sql += " ORDER BY id"
        if limit is not None:
            sql += " LIMIT ?"
            params.append(limit)
        return [_entry(row) for row in self._store.db.query(sql, params)]

    def last_id(self) -> int:
        rows = list(self._store.db.query(f"SELECT max(id) AS last FROM {AUDIT_TABLE}"))
        return int(rows[0]["last"] or 0)

    def record_event(self, action: str, reason: str, record_id: str = "") -> None:
        """Append an event that concerns the whole store (restore, import) with its details."""
        with self._store.transaction() as db:
            append_event(db, action, reason, record_id)


def append_event(db: Database, action: str, reason: str, record_id: str = "") -> None:
    """Insert an event row on an open connection (used where no ``Store`` exists yet)."""
    db.execute(
        f"INSERT INTO {AUDIT_TABLE} (at, actor, table_name, record_id, action, reason, "
        f"change_id) VALUES (?, {_ACTOR}, ?, ?, ?, ?, {_CHANGE})",
        [utc_timestamp(), STORE_RECORD, record_id, action, reason],
    )


def _entry(row: dict[str, Any]) -> AuditEntry:
    return AuditEntry(
        id=row["id"],
        at=row["at"],
        actor=row["actor"],
        table=row["table_name"],
        record_id=row["record_id"],
        action=row["action"],
        before=json.loads(row["before"]) if row["before"] else None,
        after=json.loads(row["after"]) if row["after"] else None,
        reason=row["reason"],
        change_id=row["change_id"],
    )
