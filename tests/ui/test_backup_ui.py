"""The data-safety GUI: backups (list, create, restore), the store-problem dialog, the audit log,
the read-only notice, and a main window that never touches the network. Dialogs are stubbed."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from app.services import safety
from app.services.workspace import Workspace
from app.storage import list_backups
from tests.app.safety.network_guard import forbid_network
from ui.dialogs import backup_dialog, messages, store_problem_dialog
from ui.dialogs.audit_dialog import AuditDialog
from ui.dialogs.backup_dialog import BackupDialog
from ui.dialogs.store_problem_dialog import StoreProblemChoice, StoreProblemDialog
from ui.main_window import PAGE_FACTORIES, open_workspace

#: Only the settings page: these tests are about the store, not the pages (which cost time).
LIGHT_PAGES = [spec for spec in PAGE_FACTORIES if spec.key == "settings"]


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _names(workspace: Workspace | None) -> list[str]:
    assert workspace is not None
    return [o.name for o in workspace.organisations()]


def test_backup_dialog_lists_creates_and_chooses(qtbot, workspace, falun, monkeypatch) -> None:
    safety.backup_now(workspace.path)
    dialog = BackupDialog(workspace.path)
    qtbot.addWidget(dialog)
    model = dialog.model
    assert model.rowCount() == 1 and model.columnCount() == 4
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(4)]
    assert headers == ["Datum", "Storlek", "Orsak", "Fil"]
    assert model.index(0, 2).data() == "Manuell"
    assert model.index(0, 1).data().endswith(("kB", "MB", "byte"))
    dialog.create_button.click()
    assert model.rowCount() == 2
    newest = model.record(0).path

    asked: list[str] = []
    monkeypatch.setattr(messages, "confirm", lambda *args: asked.append(args[2]) or True)
    dialog.restore_button.click()
    assert dialog.chosen == newest and asked and "återställa databasen" in asked[0]


def test_restore_from_the_window_replaces_the_open_store(
    make_window, workspace, falun, monkeypatch
) -> None:
    backup = safety.backup_now(workspace.path).path
    workspace.add_municipality("Ale")
    window = make_window(workspace, specs=LIGHT_PAGES)  # the pages are not what this is about
    monkeypatch.setattr(backup_dialog, "choose_backup", lambda parent, path, **kw: backup)
    window.show_backups()
    assert window.workspace is not None and window.workspace is not workspace
    assert not window.workspace.read_only and window.workspace.lock is not None
    assert _names(window.workspace) == ["Falun"]
    assert "återställdes" in window.statusBar().currentMessage()
    assert any(b.reason == "pre-restore" for b in list_backups(workspace.path))


def test_store_problem_dialog_offers_the_three_ways_out(qtbot, tmp_path: Path) -> None:
    dialog = StoreProblemDialog(
        tmp_path / "trasig.db", "Databasen trasig.db är skadad.", can_restore=False
    )
    qtbot.addWidget(dialog)
    texts = [b.text() for b in (dialog.open_button, dialog.restore_button, dialog.quit_button)]
    assert texts == ["Öppna en annan databas…", "Återställ från säkerhetskopia…", "Avsluta"]
    assert not dialog.restore_button.isEnabled()
    assert "skadad" in dialog.message_label.text()
    dialog.open_button.click()
    assert dialog.choice is StoreProblemChoice.OPEN_OTHER


@pytest.fixture
def corrupt_store(tmp_path: Path) -> tuple[Path, Path]:
    """A store with one backup, then damaged; returns (store, backup)."""
    path = tmp_path / "problem" / "lagesbild.db"
    with Workspace.open(path, create=True) as workspace:
        workspace.add_municipality("Falun")
    backup = safety.backup_now(path).path
    data = bytearray(path.read_bytes())
    data[100:4096] = b"\x00\xff" * 1998
    path.write_bytes(bytes(data))
    return path, backup


class Choices:
    """Stands in for the store-problem dialog: answers in order, remembers what it was told."""

    def __init__(self, *answers: StoreProblemChoice) -> None:
        self.answers = list(answers)
        self.shown: list[tuple[str, bool, str]] = []

    def __call__(self, parent, path, message, *, can_restore, quit_text) -> StoreProblemChoice:
        self.shown.append((message, can_restore, quit_text))
        return self.answers.pop(0)


def test_corrupt_store_at_startup_can_be_restored(make_window, corrupt_store, monkeypatch) -> None:
    path, backup = corrupt_store
    damaged = path.read_bytes()
    window = make_window(None, specs=LIGHT_PAGES)
    choices = Choices(StoreProblemChoice.RESTORE)
    monkeypatch.setattr(store_problem_dialog, "ask_store_problem", choices)
    monkeypatch.setattr(backup_dialog, "choose_backup", lambda parent, p, **kw: backup)
    workspace = open_workspace(window, path, create=False)
    assert workspace is not None and _names(workspace) == ["Falun"]
    ((message, can_restore, quit_text),) = choices.shown
    assert "skadad" in message and can_restore and quit_text == "Avsluta"
    kept = [b for b in list_backups(path) if b.reason.startswith("pre-restore")]
    assert kept and kept[0].path.read_bytes() == damaged
    workspace.close()


def test_corrupt_store_at_startup_open_another_or_quit_leaves_it(
    make_window, corrupt_store, tmp_path: Path, monkeypatch
) -> None:
    path, _ = corrupt_store
    before = _digest(path)
    other = tmp_path / "annan.db"
    Workspace.open(other, create=True).close()
    window = make_window(None, specs=LIGHT_PAGES)
    monkeypatch.setattr(
        store_problem_dialog,
        "ask_store_problem",
        Choices(StoreProblemChoice.OPEN_OTHER, StoreProblemChoice.QUIT),
    )
    monkeypatch.setattr(messages, "choose_database_to_open", lambda parent, start: other)
    workspace = open_workspace(window, path, create=False)
    assert workspace is not None and workspace.path == other
    workspace.close()
    assert open_workspace(window, path, create=False) is None  # Avsluta
    assert _digest(path) == before


def test_audit_dialog_shows_changes_and_exports(qtbot, workspace, falun, tmp_path: Path) -> None:
    dialog = AuditDialog(workspace)
    qtbot.addWidget(dialog)
    entries = safety.audit_entries(workspace)
    assert dialog.model.rowCount() == len(entries) >= 2
    assert dialog.model.index(0, 2).data() == "Organisation"
    assert dialog.model.index(0, 4).data() == "Tillagd"
    assert "Efter:" in dialog.details.toPlainText() and "Falun" in dialog.details.toPlainText()
    written = dialog.export(tmp_path / "logg.json")
    assert written is not None and written.read_text(encoding="utf-8").startswith("[")


def test_read_only_store_shows_the_notice(make_window, workspace, falun) -> None:
    path = workspace.path
    workspace.close()
    reader = Workspace.open(path, read_only=True)
    reader.read_only_reason = "Databasfilen lagesbild.db är skrivskyddad."
    window = make_window(reader, specs=LIGHT_PAGES)
    assert window.readonly_label.isVisibleTo(window)
    assert window.readonly_label.toolTip() == reader.read_only_reason


def test_main_window_opens_without_network(make_window, workspace, falun, monkeypatch) -> None:
    attempts = forbid_network(monkeypatch)
    window = make_window(workspace)
    for spec in window.specs:
        window.show_page(spec.key, guard=False)
    assert window.workspace is workspace and attempts == []


def test_export_and_import_from_the_window(
    make_window, workspace, falun, tmp_path: Path, monkeypatch
) -> None:
    from ui.dialogs import exchange_dialog
    from ui.dialogs.exchange_dialog import ConflictChoice

    window = make_window(workspace, specs=LIGHT_PAGES)
    target = tmp_path / "överlämning.json"
    monkeypatch.setattr(exchange_dialog, "choose_export_file", lambda parent, start: target)
    window.export_to_file()
    assert target.exists() and "Exporterade 1 organisationer" in window.statusBar().currentMessage()

    asked: list[str] = []
    monkeypatch.setattr(exchange_dialog, "choose_import_file", lambda parent, start: target)
    monkeypatch.setattr(
        exchange_dialog,
        "ask_conflict",
        lambda parent, message, single: asked.append(message) or ConflictChoice.NEW_NAME,
    )
    monkeypatch.setattr(messages, "ask_text", lambda parent, title, prompt: "Falun (kopia)")
    window.import_from_file()
    assert asked and "«Falun» finns redan" in asked[0]
    assert window.organisation is not None and window.organisation.name == "Falun (kopia)"
    assert sorted(_names(window.workspace)) == ["Falun", "Falun (kopia)"]
