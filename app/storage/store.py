"""An open store: the connection, its write guard and the repositories that use it.

Every write goes through ``Store.transaction()``, which refuses writes on a read-only store, runs
the block in one SQLite transaction (all or nothing) and turns SQLite errors into the app's
Swedish errors. New record kinds get a repository module and one attribute here.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cached_property
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from app.domain.errors import ReadOnlyError
from app.storage import audit
from app.storage.assessments import AssessmentRepository
from app.storage.errors import StoreError
from app.storage.migrations import MIGRATION_SET, MIGRATIONS_TABLE, READ_ONLY_MARKER
from app.storage.organisations import OrganisationRepository
from app.storage.sql_connection import StoreConnection

if TYPE_CHECKING:
    from sqlite_utils import Database

    from app.storage.activities import ActivityRepository
    from app.storage.reviews import ManagementDutyRepository, ReviewRepository

READ_ONLY_STORE_MESSAGE = "Databasen är öppnad skrivskyddad; inga ändringar kan sparas."


class Store:
    """One open Lägesbild store. Create it with ``app.storage.open_store``."""

    def __init__(self, db: StoreConnection, path: Path, *, read_only: bool) -> None:
        self.db = db
        self.path = path
        self.read_only = read_only
        self.organisations = OrganisationRepository(self)
        self.assessments = AssessmentRepository(self)
        self.audit = audit.AuditRepository(self)
        #: Who the audit log names for this store's changes (the OS user).
        self.actor = audit.current_actor()

    # The action plan and review repositories (and their domain modules, ~20 ms of imports)
    # are loaded on first use: the window's first page, the dashboard, needs neither.
    @cached_property
    def activities(self) -> ActivityRepository:
        from app.storage.activities import ActivityRepository

        return ActivityRepository(self)

    @cached_property
    def reviews(self) -> ReviewRepository:
        from app.storage.reviews import ReviewRepository

        return ReviewRepository(self)

    @cached_property
    def management_duties(self) -> ManagementDutyRepository:
        from app.storage.reviews import ManagementDutyRepository

        return ManagementDutyRepository(self)

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def require_writable(self) -> None:
        if self.read_only:
            raise ReadOnlyError(READ_ONLY_STORE_MESSAGE)

    @contextmanager
    def transaction(self) -> Iterator[Database]:
        """All writes of the block commit together or not at all, logged under ``actor``."""
        self.require_writable()
        outermost = not self.db.conn.in_transaction
        try:
            with self.db.atomic() as database:
                if outermost:
                    audit.begin_change(database, self.actor)
                yield database
                if outermost:
                    audit.end_change(database)
        except sqlite3.IntegrityError as exc:
            raise translate_integrity_error(exc) from exc
        except sqlite3.OperationalError as exc:
            text = str(exc)
            if "readonly" in text:
                raise ReadOnlyError(READ_ONLY_STORE_MESSAGE) from exc
            if "locked" in text or "busy" in text:
                raise StoreError(
                    "Databasen används av ett annat program just nu. Försök igen om en stund."
                ) from exc
            raise StoreError(f"Ändringen kunde inte sparas ({text}).") from exc

    def applied_migrations(self) -> list[str]:
        """Names of the schema steps this store has run, in order."""
        return [
            row["name"]
            for row in self.db.query(
                f"SELECT name FROM [{MIGRATIONS_TABLE}] WHERE migration_set = ? ORDER BY rowid",
                [MIGRATION_SET],
            )
        ]

    def meta(self) -> dict[str, str]:
        """The store's format record (format, format_version, created_at, ...)."""
        return {row["key"]: row["value"] for row in self.db.query("SELECT key, value FROM meta")}


def translate_integrity_error(exc: sqlite3.IntegrityError) -> Exception:
    """A trigger's read-only refusal becomes ReadOnlyError; any other violation a StoreError."""
    text = str(exc)
    if text.startswith(READ_ONLY_MARKER):
        return ReadOnlyError(text[len(READ_ONLY_MARKER) :])
    return StoreError(f"Ändringen bryter mot databasens regler och sparades inte ({text}).")
