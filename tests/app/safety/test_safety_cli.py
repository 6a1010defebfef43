"""The data-safety sub-commands end to end: backup, backup --list, restore, audit."""

from __future__ import annotations

import json
from pathlib import Path

from app.services.workspace import Workspace


def _store(path: Path, *names: str) -> Path:
    with Workspace.open(path, create=not path.exists()) as workspace:
        for name in names:
            workspace.add_custom_organisation(name, "C")
    return path


def test_backup_creates_and_lists_with_date_size_and_reason(db_path: Path, cli) -> None:
    _store(db_path, "Före")
    made = cli("backup", "--db", db_path)
    assert made.code == 0, made.err
    assert "Säkerhetskopian skapades:" in made.out
    assert "Datum" in made.out and "Storlek" in made.out and "Manuell" in made.out
    listed = cli("--json", "backup", "--db", db_path, "--list")
    data = json.loads(listed.out)
    assert data["created"] is None and len(data["backups"]) == 1
    entry = data["backups"][0]
    assert entry["reason"] == "manual" and entry["size"] > 0 and entry["created_at"][:2] == "20"


def test_restore_by_name_and_refusal_while_open(db_path: Path, cli) -> None:
    _store(db_path, "Före")
    name = json.loads(cli("--json", "backup", "--db", db_path).out)["created"]["file"]
    _store(db_path, "Efter")
    with Workspace.open(db_path):
        refused = cli("restore", "--db", db_path, name)
    assert refused.code == 1 and "redan öppen i ett annat Lägesbild-fönster" in refused.err
    done = cli("restore", "--db", db_path, name)
    assert done.code == 0, done.err
    assert "återställdes" in done.out and "pre-restore" in done.out
    with Workspace.open(db_path, read_only=True) as workspace:
        assert [o.name for o in workspace.organisations()] == ["Före"]
    missing = cli("restore", "--db", db_path, "finns-inte.db")
    assert missing.code == 1 and "finns inte" in missing.err


def test_audit_to_screen_and_file(db_path: Path, tmp_path: Path, cli) -> None:
    _store(db_path, "Loggköping")
    screen = cli("audit", "--db", db_path, "--since", "2000-01-01")
    assert screen.code == 0 and screen.out.startswith("Tid (UTC);Användare;Vad")
    assert "Loggköping" in screen.out
    out = tmp_path / "logg.json"
    written = cli("audit", "--db", db_path, "--format", "json", "-o", out)
    assert written.code == 0 and "händelser" in written.out
    entries = json.loads(out.read_text(encoding="utf-8"))
    assert entries[-1]["table"] == "organisations" and entries[-1]["action"] == "insert"
    future = cli("audit", "--db", db_path, "--since", "2999-01-01", "--format", "json")
    assert json.loads(future.out) == []
    bad = cli("audit", "--db", db_path, "--since", "igår")
    assert bad.code == 2
