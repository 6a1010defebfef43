"""Assessments with their area responses and profile answers <-> ``app.domain.model.Assessment``.

An assessment is written as a whole (header row, every response, every profile answer) in one
transaction. Status changes have their own methods because the schema's triggers only allow
them in a precise form: draft -> final, and final -> draft together with a recorded reason.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import TYPE_CHECKING, Any

from app.domain.errors import NotFoundError
from app.domain.model import AreaResponse, Assessment, RecordStatus
from app.storage import final_records
from app.storage.clock import utc_timestamp

if TYPE_CHECKING:
    from sqlite_utils import Database

    from app.storage.sql_connection import StoreConnection
    from app.storage.store import Store


@dataclass(frozen=True)
class Reopening:
    """One time a final assessment was opened again, and why."""

    assessment_id: int
    sequence: int
    reopened_at: str
    reason: str


class AssessmentRepository:
    """Reads and writes assessments; validation happens in the services before ``save``."""

    def __init__(self, store: Store) -> None:
        self._store = store

    @property
    def _db(self) -> StoreConnection:
        return self._store.db

    # -- reading -------------------------------------------------------------------------------

    def for_organisation(self, organisation_id: int) -> list[Assessment]:
        """All of an organisation's assessments, by year ascending."""
        rows = list(
            self._db.query(
                "SELECT * FROM assessments WHERE organisation_id = ? ORDER BY year",
                [organisation_id],
            )
        )
        return self._hydrate(rows)

    def get(self, assessment_id: int) -> Assessment | None:
        rows = list(self._db.query("SELECT * FROM assessments WHERE id = ?", [assessment_id]))
        found = self._hydrate(rows)
        return found[0] if found else None

    def find(self, organisation_id: int, year: int) -> Assessment | None:
        rows = list(
            self._db.query(
                "SELECT * FROM assessments WHERE organisation_id = ? AND year = ?",
                [organisation_id, year],
            )
        )
        found = self._hydrate(rows)
        return found[0] if found else None

    def years(self, organisation_id: int) -> list[int]:
        return [
            row["year"]
            for row in self._db.query(
                "SELECT year FROM assessments WHERE organisation_id = ? ORDER BY year",
                [organisation_id],
            )
        ]

    def reopenings(self, assessment_id: int) -> list[Reopening]:
        """The reopening history of an assessment, oldest first."""
        return [
            Reopening(
                assessment_id=row["assessment_id"],
                sequence=row["sequence"],
                reopened_at=row["reopened_at"],
                reason=row["reason"],
            )
            for row in self._db.query(
                "SELECT * FROM assessment_reopenings WHERE assessment_id = ? ORDER BY sequence",
                [assessment_id],
            )
        ]

    # -- writing -------------------------------------------------------------------------------

    def save(self, assessment: Assessment) -> Assessment:
        """Insert or update the assessment with its responses and profile, atomically.

        Only rows whose values change are written, so the audit log shows what really changed.

        The stored status is never changed here (use ``finalise``/``reopen``); saving over a
        final assessment is refused by the schema's triggers (ReadOnlyError).
        """
        now = utc_timestamp()
        with self._store.transaction() as db:
            if assessment.id is None:
                cursor = db.execute(
                    "INSERT INTO assessments (organisation_id, year, assessed_on, assessor, "
                    "status, note, created_at, updated_at) VALUES (?, ?, ?, ?, 'draft', ?, ?, ?)",
                    [
                        assessment.organisation_id,
                        assessment.year,
                        assessment.assessed_on.isoformat(),
                        assessment.assessor,
                        assessment.note,
                        now,
                        now,
                    ],
                )
                assessment_id = int(cursor.lastrowid or 0)
            else:
                assessment_id = assessment.id
                cursor = db.execute(
                    "UPDATE assessments SET organisation_id = ?, year = ?, assessed_on = ?, "
                    "assessor = ?, note = ?, updated_at = ? WHERE id = ?",
                    [
                        assessment.organisation_id,
                        assessment.year,
                        assessment.assessed_on.isoformat(),
                        assessment.assessor,
                        assessment.note,
                        now,
                        assessment_id,
                    ],
                )
                if cursor.rowcount == 0:
                    raise _missing(assessment_id)
            self._sync_children(db, assessment_id, assessment)
        return self._require(assessment_id)

    def finalise(self, assessment_id: int, *, at: datetime | None = None) -> Assessment:
        """Mark a draft final (at ``at``, default now); from now on the triggers keep it unchanged."""
        finalised_at = (
            at.astimezone(UTC).replace(microsecond=0).isoformat() if at else utc_timestamp()
        )
        with self._store.transaction() as db:
            if not final_records.finalise(db, "assessments", assessment_id, finalised_at):
                self._require(assessment_id)
        return self._require(assessment_id)

    def reopen(self, assessment_id: int, reason: str) -> Assessment:
        """Turn a final assessment back into a draft, recording why (the trigger demands it)."""
        with self._store.transaction() as db:
            if not final_records.reopen(db, "assessments", assessment_id, reason):
                raise _missing(assessment_id)
        return self._require(assessment_id)

    def delete(self, assessment_id: int) -> None:
        """Delete an assessment and (by cascade) its responses; final ones are refused."""
        with self._store.transaction() as db:
            cursor = db.execute("DELETE FROM assessments WHERE id = ?", [assessment_id])
            if cursor.rowcount == 0:
                raise _missing(assessment_id)

    # -- mapping -------------------------------------------------------------------------------

    def _sync_children(self, db: Database, assessment_id: int, assessment: Assessment) -> None:
        """Upsert the responses and profile answers that differ; delete the ones no longer given."""
        db.conn.executemany(
            "INSERT INTO area_responses (assessment_id, area_key, answer, self_level, "
            "target_level, comment, evidence) VALUES (?, ?, ?, ?, ?, ?, ?) "
            "ON CONFLICT (assessment_id, area_key) DO UPDATE SET answer = excluded.answer, "
            "self_level = excluded.self_level, target_level = excluded.target_level, "
            "comment = excluded.comment, evidence = excluded.evidence "
            "WHERE answer IS NOT excluded.answer OR self_level IS NOT excluded.self_level "
            "OR target_level IS NOT excluded.target_level OR comment IS NOT excluded.comment "
            "OR evidence IS NOT excluded.evidence",
            [
                (
                    assessment_id,
                    key,
                    response.answer,
                    response.self_level,
                    response.target_level,
                    response.comment,
                    response.evidence,
                )
                for key, response in assessment.responses.items()
            ],
        )
        db.conn.executemany(
            "INSERT INTO profile_answers (assessment_id, question_key, option_key) VALUES (?, ?, ?) "
            "ON CONFLICT (assessment_id, question_key) DO UPDATE SET option_key = excluded.option_key "
            "WHERE option_key IS NOT excluded.option_key",
            [(assessment_id, key, option) for key, option in assessment.profile.items()],
        )
        _delete_missing(db, "area_responses", "area_key", assessment_id, assessment.responses)
        _delete_missing(db, "profile_answers", "question_key", assessment_id, assessment.profile)

    def _require(self, assessment_id: int) -> Assessment:
        found = self.get(assessment_id)
        if found is None:
            raise _missing(assessment_id)
        return found

    def _hydrate(self, rows: list[dict[str, Any]]) -> list[Assessment]:
        if not rows:
            return []
        ids = [row["id"] for row in rows]
        responses = self._children(
            "SELECT * FROM area_responses WHERE assessment_id IN ({}) ORDER BY id", ids
        )
        profiles = self._children(
            "SELECT * FROM profile_answers WHERE assessment_id IN ({}) ORDER BY id", ids
        )
        return [
            Assessment(
                organisation_id=row["organisation_id"],
                year=row["year"],
                assessed_on=date.fromisoformat(row["assessed_on"]),
                assessor=row["assessor"],
                status=RecordStatus(row["status"]),
                responses={
                    r["area_key"]: AreaResponse(
                        area_key=r["area_key"],
                        answer=r["answer"],
                        self_level=r["self_level"],
                        target_level=r["target_level"],
                        comment=r["comment"],
                        evidence=r["evidence"],
                    )
                    for r in responses[row["id"]]
                },
                profile={p["question_key"]: p["option_key"] for p in profiles[row["id"]]},
                note=row["note"],
                id=row["id"],
                finalised_at=(
                    datetime.fromisoformat(row["finalised_at"]) if row["finalised_at"] else None
                ),
            )
            for row in rows
        ]

    def _children(self, sql: str, ids: Iterable[int]) -> dict[int, list[dict[str, Any]]]:
        id_list = list(ids)
        grouped: dict[int, list[dict[str, Any]]] = defaultdict(list)
        placeholders = ", ".join("?" for _ in id_list)
        for row in self._db.query(sql.format(placeholders), id_list):
            grouped[row["assessment_id"]].append(row)
        return grouped


def _missing(assessment_id: int) -> NotFoundError:
    return NotFoundError(f"Det finns ingen bedömning med id {assessment_id}.")


def _delete_missing(
    db: Database, table: str, key_column: str, assessment_id: int, kept: dict[str, Any]
) -> None:
    """Delete the assessment's child rows whose key is not in ``kept`` (all of them if empty)."""
    keys = list(kept)
    placeholders = ", ".join("?" for _ in keys)
    condition = f" AND {key_column} NOT IN ({placeholders})" if keys else ""
    db.execute(f"DELETE FROM {table} WHERE assessment_id = ?{condition}", [assessment_id, *keys])
