"""The store's schema, one step per function, applied in order by ``sqlite_utils.Migrations``.

To change the schema, append a new function decorated with ``@schema_step`` at the END of this
file, named ``mNNN_what_it_does`` with the next number (m002_activities_reviews, m003_audit, ...).
Never edit or reorder a step that has shipped: stores in the field have already run it.
Every step runs in one transaction together with its bookkeeping row, so a failed step leaves the
store as it was. Any store that lists a step this code does not know was written by a newer
Lägesbild and is refused (see ``known_migrations``).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from app.storage import audit

if TYPE_CHECKING:  # sqlite_utils is imported only when a step is applied (see migration_plan)
    from sqlite_utils import Database
    from sqlite_utils.migrations import Migrations

MIGRATION_SET = "lagesbild"
STORE_FORMAT = "lagesbild-store"
#: ``sqlite_utils.Migrations.migrations_table`` (a test checks they agree): the applied steps
#: of a store are read without importing sqlite_utils.
MIGRATIONS_TABLE = "_sqlite_migrations"

# Trigger messages start with this marker; app.storage.store turns them into ReadOnlyError and
# shows the Swedish text after the marker.
READ_ONLY_MARKER = "lagesbild-readonly: "

_NAME_PATTERN = re.compile(r"^m(\d{3})_[a-z0-9_]+$")
SchemaStep = Callable[["Database"], None]
_steps: list[SchemaStep] = []


def schema_step(func: SchemaStep) -> SchemaStep:
    """Register ``func`` as the next schema step; its name must be the next ``mNNN_...``."""
    match = _NAME_PATTERN.match(func.__name__)
    if not match or int(match.group(1)) != len(_steps) + 1:
        raise ValueError(
            f"Schema step {func.__name__!r} must be named m{len(_steps) + 1:03d}_<description>"
        )
    _steps.append(func)
    return func


def known_migrations() -> tuple[str, ...]:
    """Every schema step this version knows, in order; the store's format version is its length."""
    return tuple(step.__name__ for step in _steps)


def migration_plan() -> Migrations:
    """Every registered step as a ``sqlite_utils.Migrations`` set, ready to ``apply``."""
    from sqlite_utils.migrations import Migrations

    plan = Migrations(MIGRATION_SET)
    for step in _steps:
        plan(name=step.__name__)(step)
    return plan


def _run(db: Database, statements: list[str]) -> None:
    for statement in statements:
        db.execute(statement)


def _final_guard(table: str, message: str, parent: str = "assessments") -> list[str]:
    """Triggers that freeze the rows of ``table`` while their parent record is final.

    ``parent`` is the table of the record with the status (``assessments``, ``reviews``); the
    child refers to it by ``<parent without the final s>_id``.
    """
    raise_ = f"SELECT RAISE(ABORT, '{READ_ONLY_MARKER}{message}')"
    parent_final = f"(SELECT status FROM {parent} WHERE id = {{ref}}.{parent[:-1]}_id) = 'final'"
    return [
        f"""CREATE TRIGGER {table}_final_no_insert BEFORE INSERT ON {table}
            WHEN {parent_final.format(ref="NEW")} BEGIN {raise_}; END""",
        f"""CREATE TRIGGER {table}_final_no_update BEFORE UPDATE ON {table}
            WHEN {parent_final.format(ref="OLD")} OR {parent_final.format(ref="NEW")}
            BEGIN {raise_}; END""",
        f"""CREATE TRIGGER {table}_final_no_delete BEFORE DELETE ON {table}
            WHEN {parent_final.format(ref="OLD")} BEGIN {raise_}; END""",
    ]


def _reopenable(
    table: str, kept: tuple[str, ...], final_message: str, reason_message: str
) -> list[str]:
    """The reopenings table of ``table`` and the triggers that guard its final records.

    A final record may change in exactly one way: back to draft, with reopen_count raised by one
    and a matching reopening (with its reason) already recorded; the ``kept`` columns stay as they
    are. It may not be deleted, and the reopenings are never changed. The reopenings refer to the
    record by ``<table without the final s>_id`` (``assessment_id``, ``review_id``).
    """
    ro = READ_ONLY_MARKER
    ref = f"{table[:-1]}_id"
    reopenings = f"{table[:-1]}_reopenings"
    unchanged = "".join(
        f"\n                    AND NEW.{column} IS OLD.{column}" for column in kept
    )
    return [
        f"""CREATE TABLE {reopenings} (
                id INTEGER PRIMARY KEY,
                {ref} INTEGER NOT NULL REFERENCES {table} (id) ON DELETE CASCADE,
                sequence INTEGER NOT NULL CHECK (sequence >= 1),
                reopened_at TEXT NOT NULL,
                reason TEXT NOT NULL CHECK (length(trim(reason)) > 0),
                UNIQUE ({ref}, sequence)
            )""",
        f"""CREATE TRIGGER {table}_final_no_update BEFORE UPDATE ON {table}
                WHEN OLD.status = 'final' AND NOT (
                    NEW.status = 'draft'
                    AND NEW.finalised_at IS NULL
                    AND NEW.reopen_count = OLD.reopen_count + 1{unchanged}
                )
                BEGIN SELECT RAISE(ABORT, '{ro}{final_message}'); END""",
        f"""CREATE TRIGGER {table}_reopen_needs_reason BEFORE UPDATE ON {table}
                WHEN OLD.status = 'final' AND NEW.status = 'draft' AND NOT EXISTS (
                    SELECT 1 FROM {reopenings}
                    WHERE {ref} = OLD.id AND sequence = NEW.reopen_count
                )
                BEGIN SELECT RAISE(ABORT, '{ro}{reason_message}'); END""",
        f"""CREATE TRIGGER {table}_final_no_delete BEFORE DELETE ON {table}
                WHEN OLD.status = 'final'
                BEGIN SELECT RAISE(ABORT, '{ro}{final_message}'); END""",
        f"""CREATE TRIGGER {reopenings}_no_update BEFORE UPDATE ON {reopenings}
                BEGIN SELECT RAISE(ABORT, '{ro}Historiken över återöppningar kan inte ändras.');
                END""",
    ]


FINAL_ASSESSMENT_MESSAGE = (
    "Bedömningen är fastställd och kan inte ändras. "
    "Öppna den igen med en motivering för att göra ändringar."
)
REOPEN_REASON_MESSAGE = "En fastställd bedömning kan bara öppnas igen med en angiven motivering."


@schema_step
def m001_initial(db: Database) -> None:
    """Organisations, yearly assessments with area responses and profile answers, reopenings."""
    _run(
        db,
        [
            """CREATE TABLE meta (
                key TEXT PRIMARY KEY,
                value TEXT NOT NULL
            )""",
            """CREATE TABLE organisations (
                id INTEGER PRIMARY KEY,
                name TEXT NOT NULL UNIQUE CHECK (length(trim(name)) > 0),
                municipality_group TEXT NOT NULL CHECK (municipality_group IN ('A', 'B', 'C')),
                municipality TEXT UNIQUE,
                note TEXT NOT NULL DEFAULT '',
                created_at TEXT NOT NULL
            )""",
            """CREATE TABLE assessments (
                id INTEGER PRIMARY KEY,
                organisation_id INTEGER NOT NULL REFERENCES organisations (id),
                year INTEGER NOT NULL CHECK (year BETWEEN 2000 AND 2100),
                assessed_on TEXT NOT NULL CHECK (assessed_on IS date(assessed_on, '+0 days')),
                assessor TEXT NOT NULL DEFAULT '',
                status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'final')),
                note TEXT NOT NULL DEFAULT '',
                created_at TEXT NOT NULL,
                updated_at TEXT NOT NULL,
                finalised_at TEXT,
                reopen_count INTEGER NOT NULL DEFAULT 0 CHECK (reopen_count >= 0),
                UNIQUE (organisation_id, year),
                CHECK ((status = 'final') = (finalised_at IS NOT NULL))
            )""",
            """CREATE TABLE area_responses (
                id INTEGER PRIMARY KEY,
                assessment_id INTEGER NOT NULL REFERENCES assessments (id) ON DELETE CASCADE,
                area_key TEXT NOT NULL,
                answer TEXT,
                self_level INTEGER CHECK (self_level BETWEEN 1 AND 4),
                target_level INTEGER CHECK (target_level BETWEEN 1 AND 4),
                comment TEXT NOT NULL DEFAULT '',
                evidence TEXT NOT NULL DEFAULT '',
                UNIQUE (assessment_id, area_key)
            )""",
            """CREATE TABLE profile_answers (
                id INTEGER PRIMARY KEY,
                assessment_id INTEGER NOT NULL REFERENCES assessments (id) ON DELETE CASCADE,
                question_key TEXT NOT NULL,
                option_key TEXT NOT NULL,
                UNIQUE (assessment_id, question_key)
            )""",
            # Why a final assessment was opened again: the audit trail the triggers rely on.
            *_reopenable(
                "assessments",
                ("id", "organisation_id", "year", "assessed_on", "assessor", "note", "created_at"),
                FINAL_ASSESSMENT_MESSAGE,
                REOPEN_REASON_MESSAGE,
            ),
            *_final_guard("area_responses", FINAL_ASSESSMENT_MESSAGE),
            *_final_guard("profile_answers", FINAL_ASSESSMENT_MESSAGE),
        ],
    )


FINAL_REVIEW_MESSAGE = (
    "Ledningens genomgång är fastställd och kan inte ändras. "
    "Öppna den igen med en motivering för att göra ändringar."
)
REVIEW_REOPEN_REASON_MESSAGE = (
    "En fastställd ledningens genomgång kan bara öppnas igen med en angiven motivering."
)


def _date_check(column: str, nullable: bool = True) -> str:
    """A real calendar date as ISO text.

    ``IS``, because date() of a non-date is NULL (and NULL passes a CHECK); the '+0 days' modifier
    makes SQLite normalise impossible days such as 2026-02-30, which it otherwise echoes back.
    """
    valid = f"{column} IS date({column}, '+0 days')"
    return f"CHECK ({column} IS NULL OR {valid})" if nullable else f"CHECK ({valid})"


@schema_step
def m002_activities_reviews(db: Database) -> None:
    """Action plan (activities, areas, comment log), management reviews, NIS2 duty records."""
    _run(
        db,
        [
            f"""CREATE TABLE reviews (
                id INTEGER PRIMARY KEY,
                organisation_id INTEGER NOT NULL REFERENCES organisations (id),
                held_on TEXT NOT NULL {_date_check("held_on", nullable=False)},
                forum TEXT NOT NULL DEFAULT '',
                participants TEXT NOT NULL DEFAULT '',
                period_from TEXT {_date_check("period_from")},
                period_to TEXT {_date_check("period_to")},
                note TEXT NOT NULL DEFAULT '',
                status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'final')),
                created_at TEXT NOT NULL,
                updated_at TEXT NOT NULL,
                finalised_at TEXT,
                reopen_count INTEGER NOT NULL DEFAULT 0 CHECK (reopen_count >= 0),
                CHECK ((status = 'final') = (finalised_at IS NOT NULL))
            )""",
            "CREATE INDEX reviews_organisation ON reviews (organisation_id, held_on)",
            """CREATE TABLE review_inputs (
                review_id INTEGER NOT NULL REFERENCES reviews (id) ON DELETE CASCADE,
                input_key TEXT NOT NULL CHECK (input_key IN ('a', 'b', 'c', 'd', 'e', 'f', 'g')),
                text TEXT NOT NULL DEFAULT '',
                PRIMARY KEY (review_id, input_key)
            )""",
            # AUTOINCREMENT: a deleted decision's id is never reused, so no activity can end up
            # linked to a different decision than the one it was created from.
            f"""CREATE TABLE review_decisions (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                review_id INTEGER NOT NULL REFERENCES reviews (id) ON DELETE CASCADE,
                position INTEGER NOT NULL DEFAULT 0,
                text TEXT NOT NULL CHECK (length(trim(text)) > 0),
                kind TEXT NOT NULL DEFAULT 'decision' CHECK (kind IN ('decision', 'proposal')),
                owner TEXT NOT NULL DEFAULT '',
                due_date TEXT {_date_check("due_date")}
            )""",
            "CREATE INDEX review_decisions_review ON review_decisions (review_id)",
            *_reopenable(
                "reviews",
                (
                    "id",
                    "organisation_id",
                    "held_on",
                    "forum",
                    "participants",
                    "period_from",
                    "period_to",
                    "note",
                    "created_at",
                ),
                FINAL_REVIEW_MESSAGE,
                REVIEW_REOPEN_REASON_MESSAGE,
            ),
            *_final_guard("review_inputs", FINAL_REVIEW_MESSAGE, parent="reviews"),
            *_final_guard("review_decisions", FINAL_REVIEW_MESSAGE, parent="reviews"),
            f"""CREATE TABLE activities (
                id INTEGER PRIMARY KEY,
                organisation_id INTEGER NOT NULL REFERENCES organisations (id),
                title TEXT NOT NULL CHECK (length(trim(title)) > 0),
                description TEXT NOT NULL DEFAULT '',
                origin TEXT NOT NULL DEFAULT 'own' CHECK (origin IN ('assessment_gap',
                    'review_decision', 'skr_recommendation', 'nis2_measure', 'own')),
                owner TEXT NOT NULL DEFAULT '',
                start_date TEXT {_date_check("start_date")},
                due_date TEXT {_date_check("due_date")},
                status TEXT NOT NULL DEFAULT 'not_started'
                    CHECK (status IN ('not_started', 'in_progress', 'done', 'cancelled')),
                priority TEXT NOT NULL DEFAULT 'medium'
                    CHECK (priority IN ('high', 'medium', 'low')),
                progress INTEGER NOT NULL DEFAULT 0 CHECK (progress BETWEEN 0 AND 100),
                completed_on TEXT {_date_check("completed_on")},
                decision_id INTEGER REFERENCES review_decisions (id) ON DELETE SET NULL,
                template_key TEXT,
                created_at TEXT NOT NULL,
                updated_at TEXT NOT NULL,
                CHECK (status != 'done' OR completed_on IS NOT NULL),
                CHECK (start_date IS NULL OR due_date IS NULL OR due_date >= start_date)
            )""",
            "CREATE INDEX activities_organisation ON activities (organisation_id)",
            # One activity per decision: "Skapa aktivitet" twice must not duplicate the work.
            """CREATE UNIQUE INDEX activities_decision ON activities (decision_id)
                WHERE decision_id IS NOT NULL""",
            """CREATE TABLE activity_areas (
                activity_id INTEGER NOT NULL REFERENCES activities (id) ON DELETE CASCADE,
                area_key TEXT NOT NULL,
                position INTEGER NOT NULL DEFAULT 0,
                PRIMARY KEY (activity_id, area_key)
            )""",
            f"""CREATE TABLE activity_comments (
                id INTEGER PRIMARY KEY,
                activity_id INTEGER NOT NULL REFERENCES activities (id) ON DELETE CASCADE,
                written_on TEXT NOT NULL {_date_check("written_on", nullable=False)},
                author TEXT NOT NULL DEFAULT '',
                text TEXT NOT NULL CHECK (length(trim(text)) > 0),
                created_at TEXT NOT NULL
            )""",
            "CREATE INDEX activity_comments_activity ON activity_comments (activity_id)",
            f"""CREATE TABLE management_approvals (
                id INTEGER PRIMARY KEY,
                organisation_id INTEGER NOT NULL REFERENCES organisations (id),
                approved_on TEXT NOT NULL {_date_check("approved_on", nullable=False)},
                body TEXT NOT NULL CHECK (length(trim(body)) > 0),
                decision_reference TEXT NOT NULL DEFAULT '',
                note TEXT NOT NULL DEFAULT '',
                created_at TEXT NOT NULL
            )""",
            """CREATE TABLE management_members (
                id INTEGER PRIMARY KEY,
                organisation_id INTEGER NOT NULL REFERENCES organisations (id),
                name TEXT NOT NULL CHECK (length(trim(name)) > 0),
                role TEXT NOT NULL DEFAULT '',
                active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
                created_at TEXT NOT NULL,
                UNIQUE (organisation_id, name)
            )""",
            f"""CREATE TABLE management_trainings (
                id INTEGER PRIMARY KEY,
                organisation_id INTEGER NOT NULL REFERENCES organisations (id),
                person TEXT NOT NULL CHECK (length(trim(person)) > 0),
                role TEXT NOT NULL DEFAULT '',
                trained_on TEXT NOT NULL {_date_check("trained_on", nullable=False)},
                training TEXT NOT NULL CHECK (length(trim(training)) > 0),
                provider TEXT NOT NULL DEFAULT '',
                created_at TEXT NOT NULL
            )""",
        ],
    )


def _history_guard(table: str, parent: str) -> str:
    """A reopening's reason may only disappear together with its record (cascade), never alone."""
    return f"""CREATE TRIGGER {table}_no_delete BEFORE DELETE ON {table}
        WHEN EXISTS (SELECT 1 FROM {parent} WHERE id = OLD.{parent[:-1]}_id)
        BEGIN SELECT RAISE(ABORT, '{READ_ONLY_MARKER}Historiken över återöppningar kan inte ändras.');
        END"""


@schema_step
def m003_audit(db: Database) -> None:
    """The append-only audit log with its triggers on every data table; reopening reasons kept."""
    _run(
        db,
        [
            *audit.schema_sql(READ_ONLY_MARKER),
            _history_guard("assessment_reopenings", "assessments"),
            _history_guard("review_reopenings", "reviews"),
        ],
    )
    for table in audit.AUDITED_TABLES:
        _run(db, audit.audit_trigger_sql(db, table))
    db.execute(
        f"INSERT INTO {audit.AUDIT_TABLE} (at, actor, table_name, record_id, action, reason) "
        "VALUES (strftime('%Y-%m-%dT%H:%M:%S+00:00', 'now'), ?, ?, '', ?, ?)",
        [
            audit.current_actor(),
            audit.STORE_RECORD,
            audit.LOG_STARTED,
            "Ändringsloggen startade; ändringar före denna tidpunkt finns inte i loggen.",
        ],
    )
