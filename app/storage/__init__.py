"""The SQLite store: the only place in Lägesbild that speaks SQL.

``open_store`` checks, backs up and migrates a file and returns a ``Store`` whose repositories
map rows to the domain dataclasses.
"""

from app.storage.backup import BackupFile, create_backup, list_backups
from app.storage.connection import open_store
from app.storage.errors import StoreError
from app.storage.migrations import known_migrations
from app.storage.store import Store

__all__ = [
    "BackupFile",
    "Store",
    "StoreError",
    "create_backup",
    "known_migrations",
    "list_backups",
    "open_store",
]
