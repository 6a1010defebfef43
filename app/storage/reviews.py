"""Management reviews and the NIS2 management-duty records <-> ``app.domain.review``.

A review is written as a whole (header, inputs a–g, decisions) in one transaction. Decisions are
matched by id, so a decision keeps its id – and the activity that points at it – across edits.
Like assessments, a final review is frozen by the schema's triggers: it changes only by
``reopen`` with a reason, which is kept in ``review_reopenings``.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from app.domain.errors import NotFoundError
from app.domain.model import RecordStatus
from app.domain.review import (
    Decision,
    DecisionKind,
    ManagementApproval,
    ManagementMember,
    ManagementTraining,
    Review,
    ReviewInput,
    ReviewReopening,
)
from app.storage import final_records
from app.storage.activities import date_or_none, iso_or_none
from app.storage.clock import utc_timestamp

if TYPE_CHECKING:
    from sqlite_utils import Database

    from app.storage.sql_connection import StoreConnection
    from app.storage.store import Store

PARTICIPANT_SEPARATOR = "\n"


class ReviewRepository:
    """Reads and writes management reviews; validation happens in the services."""

    def __init__(self, store: Store) -> None:
        self._store = store

    @property
    def _db(self) -> StoreConnection:
        return self._store.db

    # -- reading -------------------------------------------------------------------------------

    def for_organisation(self, organisation_id: int) -> list[Review]:
        """All of an organisation's reviews, oldest meeting first."""
        return self._select("organisation_id = ?", [organisation_id])

    def get(self, review_id: int) -> Review | None:
        found = self._select("id = ?", [review_id])
        return found[0] if found else None

    def require(self, review_id: int) -> Review:
        found = self.get(review_id)
        if found is None:
            raise _missing(review_id)
        return found

    def decision(self, decision_id: int) -> Decision | None:
        rows = list(self._db.query("SELECT * FROM review_decisions WHERE id = ?", [decision_id]))
        return _decision(rows[0]) if rows else None

    # -- writing -------------------------------------------------------------------------------

    def save(self, review: Review) -> Review:
        """Insert or update header, inputs and decisions; the status is never changed here."""
        now = utc_timestamp()
        header = [
            review.organisation_id,
            review.held_on.isoformat(),
            review.forum,
            PARTICIPANT_SEPARATOR.join(p.strip() for p in review.participants if p.strip()),
            iso_or_none(review.period_from),
            iso_or_none(review.period_to),
            review.note,
        ]
        with self._store.transaction() as db:
            if review.id is None:
                cursor = db.execute(
                    "INSERT INTO reviews (organisation_id, held_on, forum, participants, "
                    "period_from, period_to, note, status, created_at, updated_at) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, 'draft', ?, ?)",
                    [*header, now, now],
                )
                review_id = int(cursor.lastrowid or 0)
            else:
                review_id = review.id
                cursor = db.execute(
                    "UPDATE reviews SET organisation_id = ?, held_on = ?, forum = ?, "
                    "participants = ?, period_from = ?, period_to = ?, note = ?, updated_at = ? "
                    "WHERE id = ?",
                    [*header, now, review_id],
                )
                if cursor.rowcount == 0:
                    raise _missing(review_id)
                db.execute("DELETE FROM review_inputs WHERE review_id = ?", [review_id])
            db.conn.executemany(
                "INSERT INTO review_inputs (review_id, input_key, text) VALUES (?, ?, ?)",
                [(review_id, key.value, text) for key, text in sorted(review.inputs.items())],
            )
            self._sync_decisions(db, review_id, review.decisions)
        return self.require(review_id)

    def finalise(self, review_id: int) -> Review:
        """Mark a draft final; from now on the triggers keep it unchanged."""
        with self._store.transaction() as db:
            if not final_records.finalise(db, "reviews", review_id):
                self.require(review_id)
        return self.require(review_id)

    def reopen(self, review_id: int, reason: str) -> Review:
        """Turn a final review back into a draft, recording why (the trigger demands it)."""
        with self._store.transaction() as db:
            if not final_records.reopen(db, "reviews", review_id, reason):
                raise _missing(review_id)
        return self.require(review_id)

    def delete(self, review_id: int) -> None:
        """Delete a draft review; linked activities stay, without their decision link."""
        with self._store.transaction() as db:
            cursor = db.execute("DELETE FROM reviews WHERE id = ?", [review_id])
            if cursor.rowcount == 0:
                raise _missing(review_id)

    # -- mapping -------------------------------------------------------------------------------

    def _sync_decisions(self, db: Database, review_id: int, decisions: Sequence[Decision]) -> None:
        kept = [d.id for d in decisions if d.id is not None]
        keep = f" AND id NOT IN ({', '.join('?' for _ in kept)})" if kept else ""
        db.execute(f"DELETE FROM review_decisions WHERE review_id = ?{keep}", [review_id, *kept])
        for position, decision in enumerate(decisions):
            values = [
                position,
                decision.text,
                decision.kind.value,
                decision.owner,
                iso_or_none(decision.due_date),
            ]
            if decision.id is None:
                db.execute(
                    "INSERT INTO review_decisions (position, text, kind, owner, due_date, "
                    "review_id) VALUES (?, ?, ?, ?, ?, ?)",
                    [*values, review_id],
                )
            else:
                cursor = db.execute(
                    "UPDATE review_decisions SET position = ?, text = ?, kind = ?, owner = ?, "
                    "due_date = ? WHERE id = ? AND review_id = ?",
                    [*values, decision.id, review_id],
                )
                if cursor.rowcount == 0:
                    raise NotFoundError(
                        f"Beslutet med id {decision.id} hör inte till den här genomgången."
                    )

    def _select(self, where: str, params: list[Any]) -> list[Review]:
        rows = list(
            self._db.query(f"SELECT * FROM reviews WHERE {where} ORDER BY held_on, id", params)
        )
        if not rows:
            return []
        ids = [row["id"] for row in rows]
        marks = ", ".join("?" for _ in ids)
        inputs: dict[int, dict[ReviewInput, str]] = defaultdict(dict)
        for row in self._db.query(f"SELECT * FROM review_inputs WHERE review_id IN ({marks})", ids):
            inputs[row["review_id"]][ReviewInput(row["input_key"])] = row["text"]
        decisions: dict[int, list[Decision]] = defaultdict(list)
        for row in self._db.query(
            f"SELECT * FROM review_decisions WHERE review_id IN ({marks}) ORDER BY position, id",
            ids,
        ):
            decisions[row["review_id"]].append(_decision(row))
        reopenings: dict[int, list[ReviewReopening]] = defaultdict(list)
        for row in self._db.query(
            f"SELECT * FROM review_reopenings WHERE review_id IN ({marks}) ORDER BY sequence",
            ids,
        ):
            reopenings[row["review_id"]].append(ReviewReopening(row["reopened_at"], row["reason"]))
        return [
            Review(
                organisation_id=row["organisation_id"],
                held_on=date_or_none(row["held_on"]),  # type: ignore[arg-type]
                forum=row["forum"],
                participants=tuple(
                    p for p in row["participants"].split(PARTICIPANT_SEPARATOR) if p
                ),
                period_from=date_or_none(row["period_from"]),
                period_to=date_or_none(row["period_to"]),
                status=RecordStatus(row["status"]),
                inputs=inputs[row["id"]],
                decisions=tuple(decisions[row["id"]]),
                note=row["note"],
                reopenings=tuple(reopenings[row["id"]]),
                id=row["id"],
            )
            for row in rows
        ]


def _decision(row: dict[str, Any]) -> Decision:
    return Decision(
        text=row["text"],
        kind=DecisionKind(row["kind"]),
        owner=row["owner"],
        due_date=date_or_none(row["due_date"]),
        review_id=row["review_id"],
        id=row["id"],
    )


def _missing(review_id: int) -> NotFoundError:
    return NotFoundError(f"Det finns ingen ledningens genomgång med id {review_id}.")


class ManagementDutyRepository:
    """Approvals of the risk-management measures, management members and their training."""

    def __init__(self, store: Store) -> None:
        self._store = store

    def approvals(self, organisation_id: int) -> list[ManagementApproval]:
        return [
            ManagementApproval(
                organisation_id=row["organisation_id"],
                approved_on=date_or_none(row["approved_on"]),  # type: ignore[arg-type]
                body=row["body"],
                decision_reference=row["decision_reference"],
                note=row["note"],
                id=row["id"],
            )
            for row in self._rows("management_approvals", organisation_id, "approved_on")
        ]

    def members(self, organisation_id: int) -> list[ManagementMember]:
        return [
            ManagementMember(
                organisation_id=row["organisation_id"],
                name=row["name"],
                role=row["role"],
                active=bool(row["active"]),
                id=row["id"],
            )
            for row in self._rows("management_members", organisation_id, "name COLLATE NOCASE")
        ]

    def trainings(self, organisation_id: int) -> list[ManagementTraining]:
        return [
            ManagementTraining(
                organisation_id=row["organisation_id"],
                person=row["person"],
                trained_on=date_or_none(row["trained_on"]),  # type: ignore[arg-type]
                training=row["training"],
                role=row["role"],
                provider=row["provider"],
                id=row["id"],
            )
            for row in self._rows("management_trainings", organisation_id, "trained_on")
        ]

    def save_approval(self, approval: ManagementApproval) -> int:
        return self._save(
            "management_approvals",
            approval.id,
            {
                "organisation_id": approval.organisation_id,
                "approved_on": approval.approved_on.isoformat(),
                "body": approval.body,
                "decision_reference": approval.decision_reference,
                "note": approval.note,
            },
        )

    def save_member(self, member: ManagementMember) -> int:
        return self._save(
            "management_members",
            member.id,
            {
                "organisation_id": member.organisation_id,
                "name": member.name,
                "role": member.role,
                "active": int(member.active),
            },
        )

    def save_training(self, training: ManagementTraining) -> int:
        return self._save(
            "management_trainings",
            training.id,
            {
                "organisation_id": training.organisation_id,
                "person": training.person,
                "trained_on": training.trained_on.isoformat(),
                "training": training.training,
                "role": training.role,
                "provider": training.provider,
            },
        )

    def delete(self, record: ManagementApproval | ManagementMember | ManagementTraining) -> None:
        table = {
            ManagementApproval: "management_approvals",
            ManagementMember: "management_members",
            ManagementTraining: "management_trainings",
        }[type(record)]
        with self._store.transaction() as db:
            db.execute(f"DELETE FROM {table} WHERE id = ?", [record.id])

    def _rows(self, table: str, organisation_id: int, order: str) -> list[dict[str, Any]]:
        return list(
            self._store.db.query(
                f"SELECT * FROM {table} WHERE organisation_id = ? ORDER BY {order}, id",
                [organisation_id],
            )
        )

    def _save(self, table: str, record_id: int | None, values: dict[str, Any]) -> int:
        """Insert (``record_id`` None) or update a row; returns its id."""
        names = list(values)
        with self._store.transaction() as db:
            if record_id is None:
                cursor = db.execute(
                    f"INSERT INTO {table} ({', '.join(names)}, created_at) "
                    f"VALUES ({', '.join('?' for _ in names)}, ?)",
                    [*values.values(), utc_timestamp()],
                )
                return int(cursor.lastrowid or 0)
            cursor = db.execute(
                f"UPDATE {table} SET {', '.join(f'{n} = ?' for n in names)} WHERE id = ?",
                [*values.values(), record_id],
            )
            if cursor.rowcount == 0:
                raise NotFoundError(f"Posten med id {record_id} finns inte längre.")
            return record_id
