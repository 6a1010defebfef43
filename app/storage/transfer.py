"""Writes only an import needs: a record's reopening history as it was recorded elsewhere.

Everything else an import writes goes through the ordinary repositories (via the services, so
the domain rules apply). The reopening history is different: it is evidence with its original
times and reasons, and the repositories only ever append a reopening happening now.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from app.domain.errors import ReadOnlyError

if TYPE_CHECKING:
    from app.storage.store import Store

#: record table -> (history table, key column)
_HISTORY = {
    "assessments": ("assessment_reopenings", "assessment_id"),
    "reviews": ("review_reopenings", "review_id"),
}


def add_reopening_history(
    store: Store, table: str, record_id: int, entries: Sequence[tuple[str, str]]
) -> None:
    """Record ``(reopened_at, reason)`` entries for a draft that has none yet.

    The record's ``reopen_count`` is set to match, as if it had been reopened that many times;
    finalise it afterwards if it is final. Refused for a final record (the triggers would too).
    """
    if not entries:
        return
    history, key = _HISTORY[table]
    with store.transaction() as db:
        rows = list(db.query(f"SELECT status FROM {table} WHERE id = ?", [record_id]))
        if not rows or rows[0]["status"] != "draft":
            raise ReadOnlyError("Historiken kan bara läggas till innan posten fastställs.")
        db.conn.executemany(
            f"INSERT INTO {history} ({key}, sequence, reopened_at, reason) VALUES (?, ?, ?, ?)",
            [
                (record_id, sequence, at, reason)
                for sequence, (at, reason) in enumerate(entries, start=1)
            ],
        )
        db.execute(f"UPDATE {table} SET reopen_count = ? WHERE id = ?", [len(entries), record_id])
