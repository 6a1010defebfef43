"""Consistent copies of the store, taken with SQLite's online backup API; rotation and restore.

A plain file copy of a WAL database can miss committed pages still in the -wal file; the backup
API copies a consistent snapshot. Backups sit in ``paths.backup_dir(db, backup_dir)`` – the
``backup_dir`` override every function here takes (the GUI setting or ``--backup-dir``), else
``LAGESBILD_BACKUP_DIR``, else ``backups`` beside the store – and are named
``lagesbild-YYYYMMDD-HHMMSS-<reason>.db`` (local time) so that they sort by time and say why
they exist.

* ``backup_if_due`` is the start-up backup: at most one a day, and none while the store is
  unchanged since the newest backup.
* ``rotate_backups`` keeps the newest ``KEEP_LATEST``, the newest of every calendar month for
  ``KEEP_MONTHS`` months, and always the newest backup of each protective kind (before a
  migration, a restore or an import) until a newer one of that kind exists.
* ``restore_backup`` verifies a backup, saves the current store as a safety backup, and
  replaces the store in one ``os.replace`` with a copy made by the backup API – never while
  another Lägesbild has the store open.

A backup folder that cannot be created, read or written raises ``BackupFolderError`` (a Swedish
``StoreError``) before anything is changed.
"""

from __future__ import annotations

import os
import re
import shutil
import sqlite3
import sys
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from app import paths
from app.storage import audit, locking
from app.storage.errors import BackupFolderError, StoreError
from app.storage.fileprobe import FileKind, probe, snapshot_uri
from app.storage.files import create_private_file, ensure_private_dir
from app.storage.migrations import MIGRATION_SET, MIGRATIONS_TABLE, STORE_FORMAT, known_migrations

BACKUP_PREFIX = "lagesbild-"
_NAME = re.compile(r"^lagesbild-(\d{8}-\d{6})-([a-z0-9-]+?)(?:-(\d+))?\.db$")
_REASON = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")

PRE_MIGRATION = "pre-migration"
PRE_RESTORE = "pre-restore"
PRE_RESTORE_RAW = "pre-restore-raw"  # a byte copy of a store too damaged for the backup API
PRE_IMPORT = "pre-import"
DAILY = "daily"
MANUAL = "manual"
#: Kinds whose newest backup is never rotated away.
PROTECTED_REASONS = (PRE_MIGRATION, PRE_RESTORE, PRE_RESTORE_RAW, PRE_IMPORT)
KEEP_LATEST = 10
KEEP_MONTHS = 24
DAILY_INTERVAL = timedelta(hours=24)
_SIDE_FILES = ("-wal", "-shm", "-journal")


@dataclass(frozen=True)
class BackupFile:
    """One backup on disk: when it was taken and why."""

    path: Path
    created_at: datetime
    reason: str

    @property
    def size(self) -> int:
        """Size in bytes (0 if the file has gone since it was listed)."""
        try:
            return self.path.stat().st_size
        except OSError:
            return 0


@dataclass(frozen=True)
class RestoreResult:
    """What a restore did: the backup it used and where the replaced store was saved."""

    restored_from: Path
    safety_backup: Path | None


def create_backup(
    db_path: Path,
    reason: str,
    *,
    now: datetime | None = None,
    backup_dir: str | os.PathLike[str] | None = None,
) -> Path:
    """Copy ``db_path`` to a new, private backup file and return its path.

    ``reason`` is a short slug such as 'pre-migration' or 'manual'. The source is opened read-only,
    so a backup never changes the store. ``backup_dir`` overrides the folder (see
    ``paths.backup_dir``); one that cannot be used raises ``BackupFolderError``.
    """
    if not _REASON.match(reason):
        raise ValueError(f"Backup reason must be a lowercase slug, got {reason!r}")
    if not db_path.is_file():
        raise StoreError(f"Det går inte att säkerhetskopiera {db_path}: filen finns inte.")
    if probe(db_path) is not FileKind.LAGESBILD:
        raise StoreError(
            f"Det går inte att säkerhetskopiera {db_path}: filen är ingen Lägesbild-databas."
        )
    target_dir = _writable_folder(paths.backup_dir(db_path, backup_dir))
    stamp = (now or datetime.now()).strftime("%Y%m%d-%H%M%S")
    target = _free_name(target_dir, f"{BACKUP_PREFIX}{stamp}-{reason}")
    try:
        create_private_file(target)
    except OSError as exc:
        raise _folder_error(target_dir, exc) from exc
    try:
        _copy_with_backup_api(db_path, target)
    except sqlite3.Error as exc:
        target.unlink(missing_ok=True)
        raise StoreError(
            f"Säkerhetskopian av {db_path.name} kunde inte skapas ({exc}). Inget har ändrats."
        ) from exc
    return target


def _copy_with_backup_api(source_path: Path, target: Path) -> None:
    """A consistent snapshot of ``source_path`` (opened read-only) into the file ``target``."""
    source = sqlite3.connect(snapshot_uri(source_path), uri=True)
    try:
        dest = sqlite3.connect(target)
        try:
            source.backup(dest)
            # A backup is one self-contained file, whatever journal mode the store uses.
            dest.execute("PRAGMA journal_mode=DELETE")
        finally:
            dest.close()
    finally:
        source.close()


def backup_folder_problem(folder: str | os.PathLike[str]) -> str | None:
    """Why ``folder`` cannot hold backups (Swedish), or None; checked without creating it."""
    folder = Path(folder).expanduser()
    if not folder.is_absolute():
        return f"Ange mappen för säkerhetskopior med hela sökvägen (inte «{folder}»)."
    existing = folder
    while not existing.exists() and existing.parent != existing:
        existing = existing.parent
    if existing == folder and not folder.is_dir():
        return f"{folder} är ingen mapp."
    if not existing.is_dir():
        return f"{existing} är ingen mapp, så {folder} kan inte skapas."
    if not os.access(existing, os.W_OK | os.X_OK):
        return f"Lägesbild får inte skriva i {existing}."
    return None


def _writable_folder(folder: Path) -> Path:
    """``folder``, created (0700) if missing; BackupFolderError if it cannot be used."""
    try:
        ensure_private_dir(folder)
    except OSError as exc:
        raise _folder_error(folder, exc) from exc
    if not os.access(folder, os.W_OK | os.X_OK):
        raise _folder_error(folder, PermissionError(13, "Permission denied"))
    return folder


def _folder_error(folder: Path, exc: OSError, *, reading: bool = False) -> BackupFolderError:
    if isinstance(exc, PermissionError):
        why = "behörighet saknas"
    elif isinstance(exc, (FileExistsError, NotADirectoryError)):
        why = "sökvägen är en fil, ingen mapp"
    else:
        why = exc.strerror or str(exc)
    verb = "läsas" if reading else "skapas eller skrivas"
    return BackupFolderError(
        f"Mappen för säkerhetskopior {folder} kan inte {verb} ({why}). Välj en annan mapp "
        "(Inställningar i programmet, --backup-dir eller LAGESBILD_BACKUP_DIR) eller "
        "kontrollera behörigheterna."
    )


def list_backups(
    db_path: Path, *, backup_dir: str | os.PathLike[str] | None = None
) -> list[BackupFile]:
    """The store's backups, oldest first; files not named like a backup are ignored."""
    directory = paths.backup_dir(db_path, backup_dir)
    try:
        if not directory.is_dir():
            return []
        candidates = list(directory.iterdir())
    except OSError as exc:
        raise _folder_error(directory, exc, reading=True) from exc
    found: list[tuple[int, BackupFile]] = []
    for candidate in candidates:
        match = _NAME.match(candidate.name)
        if not match or not candidate.is_file():
            continue
        try:
            created = datetime.strptime(match.group(1), "%Y%m%d-%H%M%S")
        except ValueError:  # named like a backup, but no real date: not one of ours
            continue
        sequence = int(match.group(3) or 1)
        found.append(
            (sequence, BackupFile(path=candidate, created_at=created, reason=match.group(2)))
        )
    found.sort(key=lambda item: (item[1].created_at, item[0]))
    return [backup for _, backup in found]


def _free_name(directory: Path, stem: str) -> Path:
    """``stem.db``, or ``stem-2.db`` etc. when two backups are taken within the same second."""
    candidate = directory / f"{stem}.db"
    counter = 2
    while candidate.exists():
        candidate = directory / f"{stem}-{counter}.db"
        counter += 1
    return candidate


# -- rotation ------------------------------------------------------------------------------------


def backups_to_keep(backups: Iterable[BackupFile], now: datetime) -> set[Path]:
    """The backups rotation keeps (see the module docstring); ``backups`` oldest first."""
    ordered = sorted(backups, key=lambda b: b.created_at)
    keep = {b.path for b in ordered[-KEEP_LATEST:]}
    newest_per_month: dict[int, BackupFile] = {}
    newest_per_kind: dict[str, BackupFile] = {}
    for backup in ordered:
        newest_per_month[backup.created_at.year * 12 + backup.created_at.month - 1] = backup
        newest_per_kind[backup.reason] = backup
    first_month = now.year * 12 + now.month - 1 - (KEEP_MONTHS - 1)
    keep |= {b.path for month, b in newest_per_month.items() if month >= first_month}
    keep |= {newest_per_kind[r].path for r in PROTECTED_REASONS if r in newest_per_kind}
    return keep


def rotate_backups(
    db_path: Path,
    now: datetime | None = None,
    *,
    backup_dir: str | os.PathLike[str] | None = None,
) -> list[Path]:
    """Delete the backups rotation does not keep; returns the deleted paths."""
    backups = list_backups(db_path, backup_dir=backup_dir)
    keep = backups_to_keep(backups, now or datetime.now())
    removed = []
    for backup in backups:
        if backup.path in keep:
            continue
        for path in (backup.path, *(Path(f"{backup.path}{s}") for s in _SIDE_FILES)):
            try:
                path.unlink(missing_ok=True)
            except OSError:
                continue  # a backup that cannot be removed now is tried again next time
        removed.append(backup.path)
    return removed


def backup_if_due(
    db_path: Path,
    now: datetime | None = None,
    *,
    backup_dir: str | os.PathLike[str] | None = None,
) -> Path | None:
    """The start-up backup: skipped when the newest backup is under 24 hours old or the store
    has not changed since it was taken; rotates after taking one. Returns the new backup."""
    now = now or datetime.now()
    backups = list_backups(db_path, backup_dir=backup_dir)
    if backups:
        newest = backups[-1]
        if now - newest.created_at < DAILY_INTERVAL:
            return None
        current = store_fingerprint(db_path)
        if current is not None and current == store_fingerprint(newest.path):
            return None
    path = create_backup(db_path, DAILY, now=now, backup_dir=backup_dir)
    rotate_backups(db_path, now, backup_dir=backup_dir)
    return path


def store_fingerprint(path: Path) -> tuple[int, int, int] | None:
    """(user_version, schema objects, last audit id): equal fingerprints mean equal records.

    Every change to a record adds an audit row (append-only, ids never reused) and every schema
    step raises the user version. (SQLite's schema cookie cannot be used: the backup API bumps
    it in the copy.) None when the file cannot be read or has no audit log yet.
    """
    try:
        conn = sqlite3.connect(snapshot_uri(path), uri=True)
    except sqlite3.Error:
        return None
    try:
        user_version = conn.execute("PRAGMA user_version").fetchone()[0]
        objects = conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
        has_log = conn.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", [audit.AUDIT_TABLE]
        ).fetchone()
        if not has_log:
            return None
        last = conn.execute(f"SELECT max(id) FROM {audit.AUDIT_TABLE}").fetchone()[0] or 0
    except sqlite3.Error:
        return None
    finally:
        conn.close()
    return (int(user_version), int(objects), int(last))


# -- verification and restore -------------------------------------------------------------------


def verify_backup(path: Path) -> None:
    """Raise StoreError unless ``path`` is an intact Lägesbild store this version can open."""
    verify_store_file(path, f"Säkerhetskopian {path.name}")


def verify_store_file(path: Path, label: str) -> None:
    """Full integrity check of a store file without changing it; ``label`` starts messages."""
    if not path.is_file():
        raise StoreError(f"{label} finns inte.")
    if probe(path) is not FileKind.LAGESBILD:
        raise StoreError(f"{label} är ingen Lägesbild-databas.")
    try:
        conn = sqlite3.connect(snapshot_uri(path), uri=True)
    except sqlite3.Error as exc:
        raise StoreError(f"{label} kan inte läsas ({exc}).") from exc
    try:
        check = [row[0] for row in conn.execute("PRAGMA integrity_check").fetchall()]
        if check != ["ok"]:
            raise StoreError(
                f"{label} är skadad ({check[0] if check else 'okänt fel'}) och kan inte användas."
            )
        meta = dict(conn.execute("SELECT key, value FROM meta").fetchall())
        applied = [
            row[0]
            for row in conn.execute(
                f"SELECT name FROM [{MIGRATIONS_TABLE}] WHERE migration_set = ?", [MIGRATION_SET]
            )
        ]
    except sqlite3.DatabaseError as exc:
        raise StoreError(f"{label} är skadad eller ofullständig ({exc}).") from exc
    finally:
        conn.close()
    if meta.get("format") != STORE_FORMAT:
        raise StoreError(f"{label} är ingen Lägesbild-databas.")
    unknown = [step for step in applied if step not in known_migrations()]
    if unknown:
        raise StoreError(
            f"{label} är gjord med en nyare version av Lägesbild (okänt schemasteg "
            f"{unknown[0]}). Uppdatera programmet."
        )


def restore_backup(
    db_path: Path, backup_path: Path, *, backup_dir: str | os.PathLike[str] | None = None
) -> RestoreResult:
    """Replace the store at ``db_path`` with ``backup_path``, keeping the current store safe.

    Refused (StoreLockedError) while another Lägesbild has the store open, and (StoreError)
    for a backup that fails ``verify_backup`` or a target that is another program's database,
    or (BackupFolderError) when the safety backup cannot be saved in ``backup_dir``.
    The store is replaced in one step, so it is always either the old or the restored one.
    """
    db_path, backup_path = Path(db_path), Path(backup_path)
    verify_backup(backup_path)
    if probe(db_path) is FileKind.FOREIGN_SQLITE:
        raise StoreError(
            f"Filen {db_path} är en annan programs databas och skrivs inte över. Inget har ändrats."
        )
    ensure_private_dir(db_path.parent)
    with locking.acquire(db_path):
        safety = _save_current(db_path, backup_dir)
        note = f"Återställd från säkerhetskopian {backup_path.name}" + (
            f"; databasen före återställningen sparades som {safety.name}." if safety else "."
        )
        temp = _restored_copy(db_path, backup_path, note)
        try:
            _checkpoint_quietly(db_path)
            for suffix in _SIDE_FILES:
                Path(f"{db_path}{suffix}").unlink(missing_ok=True)
            os.replace(temp, db_path)
        except OSError as exc:
            temp.unlink(missing_ok=True)
            raise StoreError(
                f"Databasen kunde inte återställas ({exc.strerror or exc}). "
                + (f"Den tidigare databasen finns kvar, och en kopia i {safety}." if safety else "")
            ) from exc
        _sync_directory(db_path.parent)
    return RestoreResult(restored_from=backup_path, safety_backup=safety)


def _save_current(db_path: Path, backup_dir: str | os.PathLike[str] | None = None) -> Path | None:
    """A safety backup of the store about to be replaced; a byte copy if it is too damaged."""
    kind = probe(db_path)
    if kind in (FileKind.MISSING, FileKind.EMPTY):
        return None
    if kind is FileKind.LAGESBILD:
        try:
            verify_store_file(db_path, f"Databasen {db_path.name}")
            return create_backup(db_path, PRE_RESTORE, backup_dir=backup_dir)
        except BackupFolderError:
            raise  # nowhere to keep the current store: the restore must not go ahead
        except StoreError:
            pass  # damaged (or from a newer version): keep its exact bytes instead
    target_dir = _writable_folder(paths.backup_dir(db_path, backup_dir))
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = _free_name(target_dir, f"{BACKUP_PREFIX}{stamp}-{PRE_RESTORE_RAW}")
    try:
        for suffix in ("", "-wal"):
            source = Path(f"{db_path}{suffix}")
            if source.is_file():
                copy = create_private_file(Path(f"{target}{suffix}"))
                with source.open("rb") as reader, copy.open("wb") as writer:
                    shutil.copyfileobj(reader, writer)
                    writer.flush()
                    os.fsync(writer.fileno())
    except OSError as exc:
        for suffix in ("", "-wal"):
            Path(f"{target}{suffix}").unlink(missing_ok=True)
        raise _folder_error(target_dir, exc) from exc
    return target


def _restored_copy(db_path: Path, backup_path: Path, note: str) -> Path:
    """The backup copied by the backup API into a private temp file beside the store, with
    the restore recorded in its audit log (if it has one) and its integrity checked."""
    fd, name = tempfile.mkstemp(
        prefix=f".{db_path.name}.restore-", suffix=".db", dir=db_path.parent
    )
    os.close(fd)
    temp = Path(name)
    try:
        _copy_with_backup_api(backup_path, temp)
        # Imported here: only a restore writes through sqlite_utils (see sql_connection).
        from sqlite_utils import Database

        db = Database(sqlite3.connect(temp), execute_plugins=False)
        try:
            if audit.AUDIT_TABLE in db.table_names():
                with db.atomic():
                    audit.begin_change(db, audit.current_actor())
                    audit.append_event(db, audit.RESTORE, note, backup_path.name)
                    audit.end_change(db)
            check = db.execute("PRAGMA integrity_check").fetchall()
        finally:
            db.close()
        if check != [("ok",)]:
            raise StoreError(f"Kopian av {backup_path.name} blev inte felfri; inget har ändrats.")
        for suffix in _SIDE_FILES:
            Path(f"{temp}{suffix}").unlink(missing_ok=True)
    except sqlite3.Error as exc:
        temp.unlink(missing_ok=True)
        raise StoreError(
            f"Säkerhetskopian {backup_path.name} kunde inte kopieras ({exc}). Inget har ändrats."
        ) from exc
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    return temp


def _checkpoint_quietly(db_path: Path) -> None:
    """Fold a left-over -wal into the old store first, so removing it loses nothing."""
    if probe(db_path) is not FileKind.LAGESBILD or not Path(f"{db_path}-wal").exists():
        return
    try:
        conn = sqlite3.connect(db_path)
        try:
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            conn.close()
    except sqlite3.Error:
        pass  # the safety backup already holds what could be read


def _sync_directory(directory: Path) -> None:
    """Make a rename durable (POSIX); Windows has no directory handles to sync."""
    if sys.platform == "win32":
        return
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
