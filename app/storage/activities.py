"""Activities of the action plan with their areas and comment log <-> ``app.domain.activity``.

An activity is written as a whole (row, areas, comments) in one transaction. Comments are a log:
saving keeps the stored ones that are still listed (by id), updates their text, removes those
that are gone and appends new ones. Overdue is not stored; it is computed from the due date.
"""

from __future__ import annotations

import functools
from collections import defaultdict
from collections.abc import Iterable, Sequence
from datetime import date
from typing import TYPE_CHECKING, Any

from app.domain.activity import (
    Activity,
    ActivityComment,
    ActivityOrigin,
    ActivityStatus,
    Priority,
)
from app.domain.errors import NotFoundError
from app.storage.clock import utc_timestamp

if TYPE_CHECKING:
    from sqlite_utils import Database

    from app.storage.sql_connection import StoreConnection
    from app.storage.store import Store

_COLUMNS = (
    "organisation_id",
    "title",
    "description",
    "origin",
    "owner",
    "start_date",
    "due_date",
    "status",
    "priority",
    "progress",
    "completed_on",
    "decision_id",
    "template_key",
)


def iso_or_none(value: date | None) -> str | None:
    """A date column's value: ISO text or NULL."""
    return value.isoformat() if value else None


def date_or_none(value: str | None) -> date | None:
    return _parse_date(value) if value else None


@functools.lru_cache(maxsize=4096)
def _parse_date(value: str) -> date:
    """``date.fromisoformat``, remembered: a plan's dates repeat (month ends, review days)."""
    return date.fromisoformat(value)


class ActivityRepository:
    """Reads and writes activities; validation happens in the services before ``save``."""

    def __init__(self, store: Store) -> None:
        self._store = store

    @property
    def _db(self) -> StoreConnection:
        return self._store.db

    # -- reading -------------------------------------------------------------------------------

    def for_organisation(self, organisation_id: int) -> list[Activity]:
        """All of an organisation's activities, oldest first."""
        return self._select("organisation_id = ?", [organisation_id])

    def get(self, activity_id: int) -> Activity | None:
        found = self._select("id = ?", [activity_id])
        return found[0] if found else None

    def require(self, activity_id: int) -> Activity:
        found = self.get(activity_id)
        if found is None:
            raise _missing(activity_id)
        return found

    def for_decisions(self, decision_ids: Iterable[int]) -> list[Activity]:
        """The activities created from any of the given review decisions."""
        ids = list(decision_ids)
        if not ids:
            return []
        return self._select(f"decision_id IN ({', '.join('?' for _ in ids)})", ids)

    def owners(self, organisation_id: int) -> list[str]:
        """Distinct non-empty owners, alphabetically (for filters and completion)."""
        return [
            row["owner"]
            for row in self._db.query(
                "SELECT DISTINCT owner FROM activities WHERE organisation_id = ? AND owner != '' "
                "ORDER BY owner COLLATE NOCASE",
                [organisation_id],
            )
        ]

    # -- writing -------------------------------------------------------------------------------

    def save(self, activity: Activity) -> Activity:
        """Insert or update one activity with its areas and comments."""
        return self.save_many([activity])[0]

    def save_many(self, activities: Sequence[Activity]) -> list[Activity]:
        """Insert or update several activities in one transaction (all or nothing)."""
        ids = []
        with self._store.transaction() as db:
            for activity in activities:
                ids.append(self._write(db, activity))
        return [self.require(activity_id) for activity_id in ids]

    def add_comment(self, activity_id: int, comment: ActivityComment) -> Activity:
        with self._store.transaction() as db:
            self.require(activity_id)
            self._insert_comment(db, activity_id, comment)
            db.execute(
                "UPDATE activities SET updated_at = ? WHERE id = ?", [utc_timestamp(), activity_id]
            )
        return self.require(activity_id)

    def delete(self, activity_ids: Iterable[int]) -> int:
        """Delete activities (their areas and comments go with them); returns how many."""
        ids = list(activity_ids)
        deleted = 0
        with self._store.transaction() as db:
            for activity_id in ids:
                cursor = db.execute("DELETE FROM activities WHERE id = ?", [activity_id])
                if cursor.rowcount == 0:
                    raise _missing(activity_id)
                deleted += cursor.rowcount
        return deleted

    # -- mapping -------------------------------------------------------------------------------

    def _write(self, db: Database, activity: Activity) -> int:
        values = [
            activity.organisation_id,
            activity.title,
            activity.description,
            activity.origin.value,
            activity.owner,
            iso_or_none(activity.start_date),
            iso_or_none(activity.due_date),
            activity.status.value,
            activity.priority.value,
            activity.progress,
            iso_or_none(activity.completed_on),
            activity.decision_id,
            activity.template_key,
        ]
        now = utc_timestamp()
        if activity.id is None:
            placeholders = ", ".join("?" for _ in range(len(_COLUMNS) + 2))
            cursor = db.execute(
                f"INSERT INTO activities ({', '.join(_COLUMNS)}, created_at, updated_at) "
                f"VALUES ({placeholders})",
                [*values, now, now],
            )
            activity_id = int(cursor.lastrowid or 0)
        else:
            activity_id = activity.id
            assignments = ", ".join(f"{name} = ?" for name in _COLUMNS)
            cursor = db.execute(
                f"UPDATE activities SET {assignments}, updated_at = ? WHERE id = ?",
                [*values, now, activity_id],
            )
            if cursor.rowcount == 0:
                raise _missing(activity_id)
            db.execute("DELETE FROM activity_areas WHERE activity_id = ?", [activity_id])
        db.conn.executemany(
            "INSERT INTO activity_areas (activity_id, area_key, position) VALUES (?, ?, ?)",
            [(activity_id, key, position) for position, key in enumerate(activity.areas)],
        )
        self._sync_comments(db, activity_id, activity.comments)
        return activity_id

    def _sync_comments(
        self, db: Database, activity_id: int, comments: Sequence[ActivityComment]
    ) -> None:
        kept = [c.id for c in comments if c.id is not None]
        keep = f" AND id NOT IN ({', '.join('?' for _ in kept)})" if kept else ""
        db.execute(
            f"DELETE FROM activity_comments WHERE activity_id = ?{keep}", [activity_id, *kept]
        )
        for comment in comments:
            if comment.id is None:
                self._insert_comment(db, activity_id, comment)
            else:
                db.execute(
                    "UPDATE activity_comments SET written_on = ?, author = ?, text = ? "
                    "WHERE id = ? AND activity_id = ?",
                    [
                        comment.written_on.isoformat(),
                        comment.author,
                        comment.text,
                        comment.id,
                        activity_id,
                    ],
                )

    def _insert_comment(self, db: Database, activity_id: int, comment: ActivityComment) -> None:
        db.execute(
            "INSERT INTO activity_comments (activity_id, written_on, author, text, created_at) "
            "VALUES (?, ?, ?, ?, ?)",
            [
                activity_id,
                comment.written_on.isoformat(),
                comment.author,
                comment.text,
                utc_timestamp(),
            ],
        )

    def _select(self, where: str, params: list[Any]) -> list[Activity]:
        """The activities matching ``where`` (on the activities table), with areas and comments.

        Areas and comments are read with the same condition as a sub-select rather than an
        ``IN`` list of ids, and rows as plain tuples: an organisation with 20 000 activities
        is read in about half the time the list and dict rows took.
        """
        conn = self._db.conn
        chosen = f"SELECT id FROM activities WHERE {where}"
        areas: dict[int, list[str]] = defaultdict(list)
        for activity_id, area_key in conn.execute(
            f"SELECT activity_id, area_key FROM activity_areas WHERE activity_id IN ({chosen}) "
            "ORDER BY position",
            params,
        ):
            areas[activity_id].append(area_key)
        comments: dict[int, list[ActivityComment]] = defaultdict(list)
        for comment_id, activity_id, written_on, author, text in conn.execute(
            "SELECT id, activity_id, written_on, author, text FROM activity_comments "
            f"WHERE activity_id IN ({chosen}) ORDER BY written_on, id",
            params,
        ):
            comments[activity_id].append(
                ActivityComment(
                    written_on=_parse_date(written_on), author=author, text=text, id=comment_id
                )
            )
        return [
            Activity(
                organisation_id=organisation_id,
                title=title,
                description=description,
                areas=tuple(areas.get(activity_id, ())),
                origin=_ORIGINS[origin],
                owner=owner,
                start_date=date_or_none(start_date),
                due_date=date_or_none(due_date),
                status=_STATUSES[status],
                priority=_PRIORITIES[priority],
                progress=progress,
                completed_on=date_or_none(completed_on),
                comments=tuple(comments.get(activity_id, ())),
                decision_id=decision_id,
                template_key=template_key,
                id=activity_id,
            )
            for (
                activity_id,
                organisation_id,
                title,
                description,
                origin,
                owner,
                start_date,
                due_date,
                status,
                priority,
                progress,
                completed_on,
                decision_id,
                template_key,
            ) in conn.execute(
                f"SELECT id, {', '.join(_COLUMNS)} FROM activities WHERE {where} ORDER BY id",
                params,
            )
        ]


#: Stored text -> enum member, looked up per row (calling the enum class costs ~1 µs each).
_ORIGINS = {member.value: member for member in ActivityOrigin}
_STATUSES = {member.value: member for member in ActivityStatus}
_PRIORITIES = {member.value: member for member in Priority}


def _missing(activity_id: int) -> NotFoundError:
    return NotFoundError(f"Det finns ingen aktivitet med id {activity_id}.")
