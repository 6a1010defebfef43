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

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

MIGRATION_SET = "lagesbild"
STORE_FORMAT = "lagesbild-store"
MIGRATIONS = Migrations(MIGRATION_SET)
MIGRATIONS_TABLE = Migrations.migrations_table

# Trigger messages start with this marker; app.storage.store turns them into ReadOnlyError and
# shows the Swedish text after the marker.
READ_ONLY_MARKER = "lagesbild-readonly: "

_NAME_PATTERN = re.compile(r"^m(\d{3})_[a-z0-9_]+$")
_known: list[str] = []


def schema_step(func: Callable[[Database], None]) -> Callable[[Database], None]:
    """Register ``func`` as the next schema step; its name must be the next ``mNNN_...``."""
    match = _NAME_PATTERN.match(func.__name__)
    if not match or int(match.group(1)) != len(_known) + 1:
        raise ValueError(
            f"Schema step {func.__name__!r} must be named m{len(_known) + 1:03d}_<description>"
        )
    _known.append(func.__name__)
    return MIGRATIONS(name=func.__name__)(func)


def known_migrations() -> tuple[str, ...]:
    """Every schema step this version knows, in order; the store's format version is its length."""
    return tuple(_known)


def _run(db: Database, statements: list[str]) -> None:
    for statement in statements:
        db.execute(statement)


def _final_guard(table: str, message: str) -> list[str]:
    """Triggers that freeze the rows of ``table`` while their assessment is final."""
    raise_ = f"SELECT RAISE(ABORT, '{READ_ONLY_MARKER}{message}')"
    parent_final = "(SELECT status FROM assessments WHERE id = {ref}.assessment_id) = 'final'"
    return [
        f"""CREATE TRIGGER {table}_final_no_insert BEFORE INSERT ON {table}
            WHEN {parent_final.format(ref="NEW")} BEGIN {raise_}; END""",
        f"""CREATE TRIGGER {table}_final_no_update BEFORE UPDATE ON {table}
            WHEN {parent_final.format(ref="OLD")} OR {parent_final.format(ref="NEW")}
            BEGIN {raise_}; END""",
        f"""CREATE TRIGGER {table}_final_no_delete BEFORE DELETE ON {table}
            WHEN {parent_final.format(ref="OLD")} BEGIN {raise_}; END""",
    ]


FINAL_ASSESSMENT_MESSAGE = (
    "Bedömningen är fastställd och kan inte ändras. "
    "Öppna den igen med en motivering för att göra ändringar."
)
REOPEN_REASON_MESSAGE = "En fastställd bedömning kan bara öppnas igen med en angiven motivering."


@schema_step
def m001_initial(db: Database) -> None:
    """Organisations, yearly assessments with area responses and profile answers, reopenings."""
    ro = READ_ONLY_MARKER
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
                assessed_on TEXT NOT NULL CHECK (assessed_on = date(assessed_on)),
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
            """CREATE TABLE assessment_reopenings (
                id INTEGER PRIMARY KEY,
                assessment_id INTEGER NOT NULL REFERENCES assessments (id) ON DELETE CASCADE,
                sequence INTEGER NOT NULL CHECK (sequence >= 1),
                reopened_at TEXT NOT NULL,
                reason TEXT NOT NULL CHECK (length(trim(reason)) > 0),
                UNIQUE (assessment_id, sequence)
            )""",
            # A final assessment may change in exactly one way: back to draft, with reopen_count
            # raised by one and a matching reopening (with its reason) already recorded.
            f"""CREATE TRIGGER assessments_final_no_update BEFORE UPDATE ON assessments
                WHEN OLD.status = 'final' AND NOT (
                    NEW.status = 'draft'
                    AND NEW.finalised_at IS NULL
                    AND NEW.reopen_count = OLD.reopen_count + 1
                    AND NEW.id IS OLD.id
                    AND NEW.organisation_id IS OLD.organisation_id
                    AND NEW.year IS OLD.year
                    AND NEW.assessed_on IS OLD.assessed_on
                    AND NEW.assessor IS OLD.assessor
                    AND NEW.note IS OLD.note
                    AND NEW.created_at IS OLD.created_at
                )
                BEGIN SELECT RAISE(ABORT, '{ro}{FINAL_ASSESSMENT_MESSAGE}'); END""",
            f"""CREATE TRIGGER assessments_reopen_needs_reason BEFORE UPDATE ON assessments
                WHEN OLD.status = 'final' AND NEW.status = 'draft' AND NOT EXISTS (
                    SELECT 1 FROM assessment_reopenings
                    WHERE assessment_id = OLD.id AND sequence = NEW.reopen_count
                )
                BEGIN SELECT RAISE(ABORT, '{ro}{REOPEN_REASON_MESSAGE}'); END""",
            f"""CREATE TRIGGER assessments_final_no_delete BEFORE DELETE ON assessments
                WHEN OLD.status = 'final'
                BEGIN SELECT RAISE(ABORT, '{ro}{FINAL_ASSESSMENT_MESSAGE}'); END""",
            f"""CREATE TRIGGER assessment_reopenings_no_update
                BEFORE UPDATE ON assessment_reopenings
                BEGIN SELECT RAISE(ABORT, '{ro}Historiken över återöppningar kan inte ändras.');
                END""",
            *_final_guard("area_responses", FINAL_ASSESSMENT_MESSAGE),
            *_final_guard("profile_answers", FINAL_ASSESSMENT_MESSAGE),
        ],
    )
