"""Create the store's files and folders readable by their owner only.

The store holds an organisation's security weaknesses; on a shared computer other accounts should
not read it. The mode is given at creation (no window where the file is world-readable) and the
process umask is left alone, because the GUI runs other threads.
"""

from __future__ import annotations

import os
from pathlib import Path

FILE_MODE = 0o600
DIR_MODE = 0o700


def create_private_file(path: Path) -> Path:
    """Create an empty file with mode 0600; fails if it already exists."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE)
    os.close(fd)
    return path


def ensure_private_dir(path: Path) -> Path:
    """Create ``path`` (and parents) if missing; a new leaf folder gets mode 0700."""
    if not path.is_dir():
        path.mkdir(mode=DIR_MODE, parents=True, exist_ok=True)
    return path
