"""Crash safety: a writer killed with SIGKILL at random moments never corrupts the store and
never loses a write it had acknowledged."""

from __future__ import annotations

import os
import random
import select
import signal
import sqlite3
import sys
import time
from datetime import date
from pathlib import Path

import pytest

from app.domain.activity import Activity, ActivityComment
from app.services.workspace import Workspace

pytestmark = pytest.mark.skipif(
    sys.platform == "win32" or not hasattr(os, "fork"), reason="needs fork and SIGKILL"
)

ITERATIONS = 20
AREAS = ("risk_management", "continuity", "training")


def _writer(path: Path, org_id: int, ack_fd: int, iteration: int) -> None:
    """Child process: save activities (each with areas and a comment, one transaction per
    activity) as fast as it can, writing each committed id to ``ack_fd``."""
    try:
        workspace = Workspace.open(path)  # takes the lock: proves the killed one left none
        repo = workspace.store.activities
        number = 0
        while True:
            number += 1
            saved = repo.save(
                Activity(
                    organisation_id=org_id,
                    title=f"Körning {iteration}, aktivitet {number}",
                    areas=AREAS,
                    comments=(ActivityComment(date(2026, 1, 1), "test", "x" * 500),),
                )
            )
            os.write(ack_fd, f"{saved.id}\n".encode())
    finally:
        os._exit(1)


def _acknowledged(read_fd: int) -> list[int]:
    chunks = []
    while chunk := os.read(read_fd, 65536):
        chunks.append(chunk)
    lines = b"".join(chunks).decode().split("\n")
    return [int(line) for line in lines[:-1]]  # the last piece may be a half-written line


def test_sigkill_during_writes_loses_nothing_acknowledged(db_path: Path) -> None:
    with Workspace.open(db_path, create=True) as workspace:
        org_id = int(workspace.add_custom_organisation("Kraschköping", "B").id or 0)
    rng = random.Random(4711)
    acknowledged: list[int] = []
    for iteration in range(ITERATIONS):
        read_fd, write_fd = os.pipe()
        pid = os.fork()
        if pid == 0:
            os.close(read_fd)
            _writer(db_path, org_id, write_fd, iteration)
        os.close(write_fd)
        # Wait for the first acknowledgement, then kill at a random moment.
        select.select([read_fd], [], [], 5)
        time.sleep(rng.uniform(0.0, 0.12))
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        acked = _acknowledged(read_fd)
        os.close(read_fd)
        assert acked, f"iteration {iteration}: the writer acknowledged nothing"
        acknowledged += acked

    conn = sqlite3.connect(db_path)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        stored = {row[0] for row in conn.execute("SELECT id FROM activities")}
        missing = set(acknowledged) - stored
        assert not missing, f"acknowledged but lost: {sorted(missing)[:10]}"
        # No half-written activity: every one has all its areas, its comment and audit rows.
        partial = conn.execute(
            "SELECT a.id FROM activities a WHERE "
            "(SELECT count(*) FROM activity_areas WHERE activity_id = a.id) != 3 OR "
            "(SELECT count(*) FROM activity_comments WHERE activity_id = a.id) != 1 OR "
            "(SELECT count(*) FROM audit_log WHERE table_name = 'activities' "
            " AND record_id = CAST(a.id AS TEXT)) != 1"
        ).fetchall()
        assert partial == []
    finally:
        conn.close()
    # And Lägesbild opens it normally afterwards (no stale lock, no damage).
    with Workspace.open(db_path) as workspace:
        assert len(workspace.store.activities.for_organisation(org_id)) == len(stored)
