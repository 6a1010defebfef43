"""Look at a file's header before SQLite is allowed near it.

Opening a foreign file read-write could change it (journal mode, schema), so whether a file is a
Lägesbild store is decided from its raw bytes first. Only a file that passes is ever connected to.
"""

from __future__ import annotations

from enum import Enum
from pathlib import Path

SQLITE_MAGIC = b"SQLite format 3\x00"
HEADER_SIZE = 100
# "LGBL" as a big-endian 32-bit integer; written to the header by PRAGMA application_id.
APPLICATION_ID = 0x4C47424C
_APPLICATION_ID_OFFSET = 68
_SCHEMA_COOKIE_OFFSET = 40


class FileKind(Enum):
    """What a path holds, as far as the header tells."""

    MISSING = "missing"
    EMPTY = "empty"  # zero bytes: a brand-new file nothing has been written to yet
    NOT_SQLITE = "not_sqlite"
    BLANK_SQLITE = "blank_sqlite"  # SQLite, no application id, no schema: safe to initialise
    FOREIGN_SQLITE = "foreign_sqlite"  # somebody else's database: never touch
    LAGESBILD = "lagesbild"


def probe(path: Path) -> FileKind:
    """Classify ``path`` by reading at most its first 100 bytes; never writes."""
    if not path.exists():
        return FileKind.MISSING
    if not path.is_file():
        return FileKind.NOT_SQLITE
    with path.open("rb") as handle:
        header = handle.read(HEADER_SIZE)
    if not header:
        return FileKind.EMPTY
    if len(header) < HEADER_SIZE or not header.startswith(SQLITE_MAGIC):
        return FileKind.NOT_SQLITE
    app_id = int.from_bytes(
        header[_APPLICATION_ID_OFFSET : _APPLICATION_ID_OFFSET + 4], "big", signed=False
    )
    if app_id == APPLICATION_ID:
        return FileKind.LAGESBILD
    schema_cookie = int.from_bytes(header[_SCHEMA_COOKIE_OFFSET : _SCHEMA_COOKIE_OFFSET + 4], "big")
    if app_id == 0 and schema_cookie == 0:
        return FileKind.BLANK_SQLITE
    return FileKind.FOREIGN_SQLITE


def snapshot_uri(path: Path) -> str:
    """A read-only URI for a short look at ``path`` that leaves no -wal/-shm files behind.

    Without a -wal file nobody has the store open in WAL mode and the main file is the whole
    truth, so ``immutable=1`` (no locks, no shared memory) is exact. With one, read it normally.
    """
    uri = f"{path.resolve().as_uri()}?mode=ro"
    if not Path(f"{path}-wal").exists():
        uri += "&immutable=1"
    return uri
