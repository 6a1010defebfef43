"""Where Lägesbild keeps its files.

One place for locations so that the GUI, the CLI and the tests agree. Nothing here touches the
file system at import time; directories are created only when a caller asks for them.
Overrides, strongest first: an explicit argument (``--db`` / ``--data-dir``), then the
environment variables ``LAGESBILD_DB`` and ``LAGESBILD_DATA_DIR``, then the per-user data
directory from platformdirs. The backup folder follows the same pattern (``backup_dir``): the
GUI setting or ``--backup-dir``, then ``LAGESBILD_BACKUP_DIR``, then ``backups`` beside the store.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP_NAME = "Lagesbild"
APP_AUTHOR = "Lagesbild"
DB_FILENAME = "lagesbild.db"
ENV_DB = "LAGESBILD_DB"
ENV_DATA_DIR = "LAGESBILD_DATA_DIR"
ENV_BACKUP_DIR = "LAGESBILD_BACKUP_DIR"
BACKUP_SUBDIR = "backups"


def data_dir(override: str | os.PathLike[str] | None = None) -> Path:
    """The directory for the store and its backups (not created here)."""
    if override:
        return Path(override).expanduser()
    env = os.environ.get(ENV_DATA_DIR)
    if env:
        return Path(env).expanduser()
    from platformdirs import user_data_dir

    return Path(user_data_dir(APP_NAME, APP_AUTHOR))


def database_path(
    db: str | os.PathLike[str] | None = None,
    data_dir_override: str | os.PathLike[str] | None = None,
) -> Path:
    """The SQLite store to open.

    Typed options beat the environment: ``--db``, then ``--data-dir``, then ``LAGESBILD_DB``, then
    ``LAGESBILD_DATA_DIR``, then the per-user data directory.
    """
    if db:
        return Path(db).expanduser()
    if data_dir_override:
        return Path(data_dir_override).expanduser() / DB_FILENAME
    env = os.environ.get(ENV_DB)
    if env:
        return Path(env).expanduser()
    return data_dir() / DB_FILENAME


def backup_dir(
    database: str | os.PathLike[str], override: str | os.PathLike[str] | None = None
) -> Path:
    """The folder for the store's backups (not created here; a backup creates it, mode 0700).

    The one rule every backup and backup list uses, strongest first: an explicit ``override``
    (the GUI setting, ``--backup-dir``), then ``LAGESBILD_BACKUP_DIR``, then ``backups`` beside
    the store – the default, so a copied data folder carries its history.
    """
    if override:
        return Path(override).expanduser()
    env = os.environ.get(ENV_BACKUP_DIR)
    if env:
        return Path(env).expanduser()
    return Path(database).parent / BACKUP_SUBDIR


def config_dir() -> Path:
    """Per-user configuration (window geometry, last organisation) for the GUI."""
    from platformdirs import user_config_dir

    return Path(user_config_dir(APP_NAME, APP_AUTHOR))


def resources_dir() -> Path:
    """The read-only resources folder, in a source tree or a PyInstaller bundle."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"
