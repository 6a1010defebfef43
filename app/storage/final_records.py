"""Finalising and reopening the records that have a status (assessments, reviews).

The SQL side of the rule the triggers of ``migrations._reopenable`` enforce: a draft becomes
final with its time; a final record returns to draft only with a recorded reopening (reason) and
its reopen_count raised by one. ``table`` names the records' table; its reopenings live in
``<table without the final s>_reopenings`` and refer to it by ``<…>_id``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.storage.clock import utc_timestamp

if TYPE_CHECKING:
    from sqlite_utils import Database


def finalise(db: Database, table: str, record_id: int, finalised_at: str | None = None) -> bool:
    """Mark the draft ``record_id`` final (at ``finalised_at``, default now); False when there
    is no draft with that id (it is missing or already final)."""
    now = utc_timestamp()
    cursor = db.execute(
        f"UPDATE {table} SET status = 'final', finalised_at = ?, updated_at = ? "
        "WHERE id = ? AND status = 'draft'",
        [finalised_at or now, now, record_id],
    )
    return cursor.rowcount > 0


def reopen(db: Database, table: str, record_id: int, reason: str) -> bool:
    """Turn the final ``record_id`` back into a draft, recording why; False when it is missing."""
    rows = list(db.query(f"SELECT reopen_count FROM {table} WHERE id = ?", [record_id]))
    if not rows:
        return False
    sequence = rows[0]["reopen_count"] + 1
    now = utc_timestamp()
    singular = table[:-1]
    db.execute(
        f"INSERT INTO {singular}_reopenings ({singular}_id, sequence, reopened_at, reason) "
        "VALUES (?, ?, ?, ?)",
        [record_id, sequence, now, reason],
    )
    db.execute(
        f"UPDATE {table} SET status = 'draft', finalised_at = NULL, reopen_count = ?, "
        "updated_at = ? WHERE id = ?",
        [sequence, now, record_id],
    )
    return True
