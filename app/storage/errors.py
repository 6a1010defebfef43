"""Storage errors: problems with the store file itself, phrased for the user."""

from __future__ import annotations

from app.domain.errors import LagesbildError


class StoreError(LagesbildError):
    """The store cannot be opened or used: missing, foreign, corrupt or from a newer version."""


class BackupFolderError(StoreError):
    """The folder for backups cannot be created, read or written; the store itself is fine."""
