"""Consistent copies of the store, taken with SQLite's online backup API.

A plain file copy of a WAL database can miss committed pages still in the -wal file; the backup
API copies a consistent snapshot. Backups sit in ``paths.backup_dir(db)`` and are named
``lagesbild-YYYYMMDD-HHMMSS-<reason>.db`` so that they sort by time and say why they exist
(rotation and restore build on ``list_backups``).
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from app import paths
from app.storage.errors import StoreError
from app.storage.fileprobe import snapshot_uri
from app.storage.files import create_private_file, ensure_private_dir

BACKUP_PREFIX = "lagesbild-"
_NAME = re.compile(r"^lagesbild-(\d{8}-\d{6})-([a-z0-9-]+?)(?:-(\d+))?\.db$")
_REASON = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")

PRE_MIGRATION = "pre-migration"


@dataclass(frozen=True)
class BackupFile:
    """One backup on disk: when it was taken and why."""

    path: Path
    created_at: datetime
    reason: str


def create_backup(db_path: Path, reason: str, *, now: datetime | None = None) -> Path:
    """Copy ``db_path`` to a new, private backup file and return its path.

    ``reason`` is a short slug such as 'pre-migration' or 'manual'. The source is opened read-only,
    so a backup never changes the store.
    """
    if not _REASON.match(reason):
        raise ValueError(f"Backup reason must be a lowercase slug, got {reason!r}")
    if not db_path.is_file():
        raise StoreError(f"Det går inte att säkerhetskopiera {db_path}: filen finns inte.")
    target_dir = ensure_private_dir(paths.backup_dir(db_path))
    stamp = (now or datetime.now()).strftime("%Y%m%d-%H%M%S")
    target = _free_name(target_dir, f"{BACKUP_PREFIX}{stamp}-{reason}")
    create_private_file(target)
    try:
        source = sqlite3.connect(snapshot_uri(db_path), uri=True)
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
    except sqlite3.Error as exc:
        target.unlink(missing_ok=True)
        raise StoreError(
            f"Säkerhetskopian av {db_path.name} kunde inte skapas ({exc}). Inget har ändrats."
        ) from exc
    return target


def list_backups(db_path: Path) -> list[BackupFile]:
    """The store's backups, oldest first; files not named like a backup are ignored."""
    directory = paths.backup_dir(db_path)
    if not directory.is_dir():
        return []
    found: list[tuple[int, BackupFile]] = []
    for candidate in directory.iterdir():
        match = _NAME.match(candidate.name)
        if not match or not candidate.is_file():
            continue
        created = datetime.strptime(match.group(1), "%Y%m%d-%H%M%S")
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
