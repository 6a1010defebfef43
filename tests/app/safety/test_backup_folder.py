"""A configurable backup folder: one resolution rule, every kind of backup and the list use it,
and a folder that cannot be used gives a Swedish message – never a traceback, never a change."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from app import paths
from app.domain.errors import LagesbildError
from app.services import safety
from app.services.workspace import Workspace
from app.storage.backup import (
    DAILY,
    MANUAL,
    PRE_IMPORT,
    PRE_MIGRATION,
    PRE_RESTORE,
    backup_folder_problem,
    create_backup,
    list_backups,
    restore_backup,
)
from app.storage.errors import BackupFolderError
from app.storage.locking import acquire
from tests.app.conftest import build_store_at
from tests.app.safety.conftest import CliResult, store_state


def _reasons(folder: Path) -> list[str]:
    return [b.reason for b in list_backups(Path("unused/x.db"), backup_dir=folder)]


def _unusable(tmp_path: Path) -> Path:
    """A backup folder nobody can create – its parent is a file (also when running as root)."""
    blocker = tmp_path / "ingen-mapp"
    blocker.write_text("en fil, ingen mapp", encoding="utf-8")
    return blocker / "backups"


# -- the rule -----------------------------------------------------------------------------------


def test_resolution_order_override_then_environment_then_beside_the_store(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = tmp_path / "data" / "lagesbild.db"
    assert paths.backup_dir(store) == tmp_path / "data" / "backups"
    monkeypatch.setenv(paths.ENV_BACKUP_DIR, str(tmp_path / "från-miljön"))
    assert paths.backup_dir(store) == tmp_path / "från-miljön"
    assert paths.backup_dir(store, tmp_path / "vald") == tmp_path / "vald"
    monkeypatch.setenv("HOME", str(tmp_path / "hem"))
    assert paths.backup_dir(store, "~/kopior") == tmp_path / "hem" / "kopior"
    monkeypatch.delenv(paths.ENV_BACKUP_DIR)
    assert paths.backup_dir(store, None) == paths.backup_dir(store, "") == store.parent / "backups"
    # Resolving creates nothing.
    assert not (tmp_path / "från-miljön").exists() and not (tmp_path / "vald").exists()


def test_environment_variable_reaches_the_daily_backup(
    db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    Workspace.open(db_path, create=True).close()
    monkeypatch.setenv(paths.ENV_BACKUP_DIR, str(tmp_path / "env-kopior"))
    with Workspace.open(db_path) as workspace:
        assert workspace.backup_dir == tmp_path / "env-kopior"
    assert _reasons(tmp_path / "env-kopior") == [DAILY]
    assert not (db_path.parent / "backups").exists()


def test_folder_is_created_private_only_when_a_backup_is_written(
    db_path: Path, tmp_path: Path
) -> None:
    folder = tmp_path / "kopior" / "lagesbild"
    Workspace.open(db_path, create=True, backup_dir=folder).close()  # new store: no backup
    assert not folder.exists()
    assert list_backups(db_path, backup_dir=folder) == []
    create_backup(db_path, MANUAL, backup_dir=folder)
    assert folder.is_dir() and (folder.stat().st_mode & 0o777) == 0o700


# -- every kind lands in the chosen folder ------------------------------------------------------


def test_daily_manual_restore_and_list_use_the_chosen_folder(db_path: Path, tmp_path: Path) -> None:
    folder = tmp_path / "valda-kopior"
    Workspace.open(db_path, create=True).close()
    with Workspace.open(db_path, backup_dir=folder) as workspace:
        assert workspace.backup_problem is None
        assert workspace.backup_override == folder and workspace.backup_dir == folder
    assert _reasons(folder) == [DAILY]

    manual = safety.backup_now(db_path, folder)
    assert manual.path.parent == folder and manual.reason == MANUAL
    assert sorted(b.reason for b in safety.backups(db_path, folder)) == [DAILY, MANUAL]
    assert safety.backups(db_path) == []  # the default folder holds none of them
    assert not (db_path.parent / "backups").exists()

    result = restore_backup(db_path, manual.path, backup_dir=folder)
    assert result.safety_backup is not None and result.safety_backup.parent == folder
    assert sorted(_reasons(folder)) == sorted([DAILY, MANUAL, PRE_RESTORE])


def test_pre_migration_backup_goes_to_the_chosen_folder(db_path: Path, tmp_path: Path) -> None:
    build_store_at(db_path, stop_before="m003_audit")
    folder = tmp_path / "före-uppgradering"
    with Workspace.open(db_path, backup_dir=folder):
        pass
    assert PRE_MIGRATION in _reasons(folder)
    assert not (db_path.parent / "backups").exists()


def test_pre_import_backup_follows_the_workspace_folder(
    small_export_path: Path, empty_store: Path, tmp_path: Path
) -> None:
    first, second = tmp_path / "först", tmp_path / "sedan"
    with Workspace.open(empty_store, backup_dir=first) as workspace:
        workspace.backup_override = second  # changed while open (as the settings page does)
        summary = safety.import_json(workspace, small_export_path)
    assert summary.backup is not None and summary.backup.parent == second
    assert _reasons(second) == [PRE_IMPORT]
    assert _reasons(first) == [DAILY]


# -- a folder that cannot be used ---------------------------------------------------------------


def test_unusable_folder_still_opens_the_store_and_skips_the_daily_backup(
    db_path: Path, tmp_path: Path
) -> None:
    Workspace.open(db_path, create=True).close()
    bad = _unusable(tmp_path)
    with Workspace.open(db_path, backup_dir=bad) as workspace:
        assert not workspace.read_only and workspace.lock is not None
        assert workspace.backup_problem is not None
        assert "Den dagliga säkerhetskopian hoppades över" in workspace.backup_problem
        assert f"Mappen för säkerhetskopior {bad} kan inte" in workspace.backup_problem
        assert "Traceback" not in workspace.backup_problem
        workspace.add_municipality("Falun")  # writable all the same
    with pytest.raises(BackupFolderError, match="Mappen för säkerhetskopior"):
        safety.backup_now(db_path, bad)
    assert safety.backups(db_path, bad) == []  # listing a folder that cannot exist: none


def test_pre_import_with_unusable_folder_refuses_the_import(
    small_export_path: Path, empty_store: Path, tmp_path: Path
) -> None:
    before = store_state(empty_store)
    with Workspace.open(empty_store, backup_dir=_unusable(tmp_path)) as workspace:
        with pytest.raises(BackupFolderError, match="Mappen för säkerhetskopior"):
            safety.import_json(workspace, small_export_path)
        assert workspace.organisations() == []
    assert store_state(empty_store) == before


def test_pre_migration_with_unusable_folder_leaves_the_store_unchanged(
    db_path: Path, tmp_path: Path
) -> None:
    build_store_at(db_path, stop_before="m003_audit")
    before = store_state(db_path)
    with pytest.raises(BackupFolderError, match="Mappen för säkerhetskopior"):
        Workspace.open(db_path, backup_dir=_unusable(tmp_path))
    assert store_state(db_path) == before
    acquire(db_path).release()  # the lock was released


def test_pre_restore_with_unusable_folder_restores_nothing(db_path: Path, tmp_path: Path) -> None:
    with Workspace.open(db_path, create=True) as workspace:
        workspace.add_municipality("Falun")
    backup = create_backup(db_path, MANUAL, backup_dir=tmp_path / "ok")
    with Workspace.open(db_path, backup_dir=tmp_path / "ok") as workspace:
        workspace.add_municipality("Mora")
    before = store_state(db_path)
    with pytest.raises(BackupFolderError, match="Mappen för säkerhetskopior"):
        safety.restore(db_path, backup, _unusable(tmp_path))
    assert store_state(db_path) == before


def test_folder_problem_is_checked_without_creating_anything(tmp_path: Path) -> None:
    assert backup_folder_problem(tmp_path / "ny" / "mapp") is None
    assert not (tmp_path / "ny").exists()
    assert backup_folder_problem(tmp_path) is None
    assert "ingen mapp" in (backup_folder_problem(_unusable(tmp_path)) or "")
    assert "ingen mapp" in (backup_folder_problem(tmp_path / "ingen-mapp") or "")
    assert "hela sökvägen" in (backup_folder_problem(Path("relativ")) or "")


# -- the CLI ------------------------------------------------------------------------------------


def test_cli_backup_dir_on_backup_list_restore_and_import(
    cli: Callable[..., CliResult],
    empty_store: Path,
    small_export_path: Path,
    tmp_path: Path,
) -> None:
    folder = tmp_path / "cli-kopior"
    made = cli("backup", "--db", empty_store, "--backup-dir", folder)
    assert made.code == 0, made.err
    assert f"Säkerhetskopior i {folder} (nyast först):" in made.out
    assert _reasons(folder) == [MANUAL]

    # Before the sub-command name works too; --list shows the folder and creates nothing.
    listed = cli("--backup-dir", folder, "--json", "backup", "--list", "--db", empty_store)
    assert listed.code == 0, listed.err
    data = json.loads(listed.out)
    assert data["backup_dir"] == str(folder) and data["created"] is None
    assert [b["reason"] for b in data["backups"]] == [MANUAL]
    default = json.loads(cli("backup", "--list", "--json", "--db", empty_store).out)
    assert default["backup_dir"] == str(empty_store.parent / "backups")
    assert default["backups"] == []

    imported = cli("import", "--db", empty_store, "--backup-dir", folder, small_export_path)
    assert imported.code == 0, imported.err
    assert f"Säkerhetskopia före importen: {folder}" in imported.out
    assert PRE_IMPORT in _reasons(folder)  # no daily: the manual one is under a day old

    name = data["backups"][0]["file"]  # found by name in --backup-dir
    restored = cli("restore", name, "--db", empty_store, "--backup-dir", folder)
    assert restored.code == 0, restored.err
    assert f"sparades som {folder}" in restored.out
    assert PRE_RESTORE in _reasons(folder)
    assert not (empty_store.parent / "backups").exists()


def test_cli_unusable_backup_dir_is_one_swedish_line(
    cli: Callable[..., CliResult],
    empty_store: Path,
    small_export_path: Path,
    tmp_path: Path,
) -> None:
    bad = _unusable(tmp_path)
    result = cli("backup", "--db", empty_store, "--backup-dir", bad)
    assert result.code == 1
    assert (
        result.err.startswith("Fel: Mappen för säkerhetskopior") and "Traceback" not in result.err
    )
    assert result.err.count("\n") == 1

    before = store_state(empty_store)
    refused = cli("import", "--db", empty_store, "--backup-dir", bad, small_export_path)
    assert refused.code == 1
    assert "Varning: Den dagliga säkerhetskopian hoppades över" in refused.err
    assert "Fel: Mappen för säkerhetskopior" in refused.err
    assert store_state(empty_store) == before

    # Reading commands still work, and take no backup.
    assert cli("orgs", "--db", empty_store, "--backup-dir", bad).code == 0


def test_cli_passes_backup_dir_to_the_gui(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    import sys
    import types

    import ui
    from app.cli import main

    calls: list[dict[str, object]] = []
    fake = types.ModuleType("ui.application")
    fake.run = lambda *args, **kwargs: calls.append(kwargs) or 0  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "ui.application", fake)
    monkeypatch.setattr(ui, "application", fake, raising=False)
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    assert main(["--backup-dir", str(tmp_path / "k")]) == 0
    assert main([]) == 0
    assert calls == [{"backup_dir": tmp_path / "k"}, {"backup_dir": None}]


def test_backup_errors_are_lagesbild_errors() -> None:
    assert issubclass(BackupFolderError, LagesbildError)
