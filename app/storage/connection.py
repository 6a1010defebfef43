"""Open a store file safely: check it, back it up, migrate it, configure the connection.

The order matters. A file is classified from its header before SQLite connects to it, and an
existing store is inspected through a read-only connection (integrity, schema steps) before the
first write, so a foreign, corrupt or newer file is refused byte-identical.

Connection settings and why:
* ``foreign_keys=ON`` – SQLite leaves them off per connection; the schema relies on them.
* ``journal_mode=WAL`` – readers (a report being built) never block the writer, and a crash
  leaves the store consistent.
* ``synchronous=FULL`` – every commit is fsync'ed, so a finalised assessment survives a power
  cut, not just an application crash (NORMAL in WAL mode may lose the last commits). The app
  writes a handful of rows per user action, so the extra fsync costs nothing noticeable.
* ``busy_timeout=5000`` – a second window or a CLI run waits for a lock instead of failing.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from app import app_version
from app.storage.backup import PRE_MIGRATION, create_backup
from app.storage.clock import utc_timestamp
from app.storage.errors import StoreError
from app.storage.fileprobe import APPLICATION_ID, FileKind, probe, snapshot_uri
from app.storage.files import create_private_file, ensure_private_dir
from app.storage.migrations import (
    MIGRATION_SET,
    MIGRATIONS_TABLE,
    STORE_FORMAT,
    known_migrations,
    migration_plan,
)
from app.storage.sql_connection import StoreConnection
from app.storage.store import Store

BUSY_TIMEOUT_MS = 5000


def open_store(
    path: Path,
    *,
    create: bool,
    read_only: bool = False,
    backup_dir: str | os.PathLike[str] | None = None,
) -> Store:
    """Open (or with ``create`` make) the store at ``path``, migrated to the current schema.

    An existing store gets a backup (in ``backup_dir``, see ``paths.backup_dir``) before any
    schema step; when that backup cannot be made the store is not opened and stays unchanged.
    """
    path = Path(path)
    kind = probe(path)
    if kind is FileKind.MISSING:
        if not create or read_only:
            raise StoreError(f"Databasfilen {path} finns inte.")
        ensure_private_dir(path.parent)
        create_private_file(path)
        kind = FileKind.EMPTY
    _refuse_foreign(path, kind, create=create and not read_only)

    # EMPTY and BLANK_SQLITE get this far only when creating: nothing applied yet.
    applied = _inspect(path) if kind is FileKind.LAGESBILD else []
    pending = [name for name in known_migrations() if name not in applied]

    if read_only:
        if pending:
            raise StoreError(
                f"Databasen {path.name} är från en äldre version av Lägesbild och måste uppgraderas "
                "innan den kan öppnas skrivskyddat. Öppna den först i Lägesbild, som uppgraderar "
                "den och sparar en säkerhetskopia innan dess."
            )
        return Store(_connect_read_only(path), path, read_only=True)

    backup = (
        create_backup(path, PRE_MIGRATION, backup_dir=backup_dir) if pending and applied else None
    )
    db = connect_read_write(path, new=kind is not FileKind.LAGESBILD)
    try:
        if pending:
            migrate(db, fresh=not applied)
    except sqlite3.Error as exc:
        db.close()
        hint = f" En säkerhetskopia från före uppgraderingen finns i {backup}." if backup else ""
        raise StoreError(f"Databasen {path.name} kunde inte uppgraderas ({exc}).{hint}") from exc
    except BaseException:
        db.close()
        raise
    return Store(db, path, read_only=False)


def _refuse_foreign(path: Path, kind: FileKind, *, create: bool) -> None:
    """Raise for anything that is not (or may not become) a Lägesbild store."""
    if kind is FileKind.NOT_SQLITE:
        raise StoreError(
            f"Filen {path} är ingen SQLite-databas och kan inte öppnas i Lägesbild. "
            "Filen har inte ändrats."
        )
    if kind is FileKind.FOREIGN_SQLITE:
        raise StoreError(
            f"Filen {path} är en SQLite-databas men ingen Lägesbild-databas. Filen har inte ändrats."
        )
    if kind in (FileKind.EMPTY, FileKind.BLANK_SQLITE) and not create:
        raise StoreError(f"Filen {path} är tom och innehåller ingen Lägesbild-databas.")


def _inspect(path: Path) -> list[str]:
    """Integrity and applied schema steps of an existing store, through a read-only connection."""
    try:
        conn = sqlite3.connect(snapshot_uri(path), uri=True)
    except sqlite3.Error as exc:
        raise _corrupt(path, exc) from exc
    try:
        check = conn.execute("PRAGMA quick_check").fetchall()
        if check != [("ok",)]:
            raise _corrupt(path, check[0][0] if check else "okänt fel")
        has_table = conn.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", [MIGRATIONS_TABLE]
        ).fetchone()
        applied = (
            [
                row[0]
                for row in conn.execute(
                    f"SELECT name FROM [{MIGRATIONS_TABLE}] WHERE migration_set = ? ORDER BY rowid",
                    [MIGRATION_SET],
                )
            ]
            if has_table
            else []
        )
    except sqlite3.DatabaseError as exc:
        raise _corrupt(path, exc) from exc
    finally:
        conn.close()
    unknown = [name for name in applied if name not in known_migrations()]
    if unknown:
        raise StoreError(
            f"Databasen {path.name} är skapad med en nyare version av Lägesbild "
            f"(okänt schemasteg {unknown[0]}). Uppdatera programmet för att öppna den. "
            "Filen har inte ändrats."
        )
    return applied


def _corrupt(path: Path, detail: object) -> StoreError:
    return StoreError(
        f"Databasen {path.name} är skadad och kan inte öppnas ({detail}). "
        "Återställ en säkerhetskopia. Filen har inte ändrats."
    )


def _connect_read_only(path: Path) -> StoreConnection:
    try:
        conn = sqlite3.connect(
            f"{path.resolve().as_uri()}?mode=ro", uri=True, check_same_thread=False
        )
        db = StoreConnection(conn)
        db.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        db.execute("PRAGMA query_only=ON")
    except sqlite3.Error as exc:
        raise _corrupt(path, exc) from exc
    return db


def connect_read_write(path: Path, *, new: bool) -> StoreConnection:
    """A writable connection with the settings above; ``new`` stamps the application id first."""
    try:
        # check_same_thread=False: the GUI may run store work in a worker thread; callers must
        # still use a store from one thread at a time.
        db = StoreConnection(sqlite3.connect(path, check_same_thread=False))
        db.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        if new:
            # The mark goes first, so even an interrupted creation leaves a recognisable file.
            db.execute(f"PRAGMA application_id={APPLICATION_ID}")
        db.execute("PRAGMA foreign_keys=ON")
        if db.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
            db.execute("PRAGMA journal_mode=wal")
        db.execute("PRAGMA synchronous=FULL")
    except sqlite3.OperationalError as exc:
        if "locked" in str(exc) or "busy" in str(exc):
            raise StoreError(
                f"Databasen {path.name} används av ett annat program just nu. Försök igen."
            ) from exc
        raise _corrupt(path, exc) from exc
    except sqlite3.DatabaseError as exc:
        raise _corrupt(path, exc) from exc
    return db


def migrate(db: StoreConnection, *, fresh: bool, stop_before: str | None = None) -> list[str]:
    """Apply pending schema steps (up to ``stop_before``) and record the format in ``meta``.

    Public for tests and tools that need a store at an earlier schema step; ``open_store`` is the
    normal way in. Returns the names of all applied steps.
    """
    plan = migration_plan()
    plan.apply(db.database, stop_before=stop_before)
    applied = [m.name for m in plan.applied(db.database)]
    if "meta" not in db.table_names():
        return applied
    with db.atomic():
        now = utc_timestamp()
        rows = {
            "format": STORE_FORMAT,
            "format_version": str(len(applied)),
            "migrated_at": now,
            "migrated_by": app_version(),
        }
        if fresh:
            rows |= {"created_at": now, "created_by": app_version()}
        for key, value in rows.items():
            db.execute(
                "INSERT INTO meta (key, value) VALUES (?, ?) "
                "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                [key, value],
            )
        db.execute(f"PRAGMA user_version={len(applied)}")
    return applied
