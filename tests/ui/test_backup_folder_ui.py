"""The backup folder in the GUI: Inställningar changes it (stubbed folder chooser), it is
remembered, used by the open store at once and by the next store opened; About shows it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

from app.services import safety
from app.services.workspace import Workspace
from app.storage import list_backups
from ui.about import AboutDialog
from ui.dialogs import backup_dialog, messages
from ui.main_window import PAGE_FACTORIES, open_workspace
from ui.settings import AppSettings

LIGHT_PAGES = [spec for spec in PAGE_FACTORIES if spec.key == "settings"]


def _reasons(store: Path, folder: Path | None) -> list[str]:
    return sorted(b.reason for b in list_backups(store, backup_dir=folder))


def test_settings_page_changes_remembers_and_uses_the_folder(
    make_window, workspace, falun, settings, tmp_path: Path, monkeypatch
) -> None:
    window = make_window(workspace, specs=LIGHT_PAGES)
    page = window.page("settings")
    page.set_context(workspace, falun)
    default = workspace.path.parent / "backups"
    assert page.backup_note.text() == f"Säkerhetskopior sparas i {default}"
    assert not page.backup_reset_button.isEnabled()

    chosen = tmp_path / "kopior"
    chosen.mkdir()
    asked: list[Path | None] = []
    monkeypatch.setattr(
        messages, "choose_backup_folder", lambda parent, start: asked.append(start) or chosen
    )
    page.backup_change_button.click()
    assert asked == [default]
    assert settings.backup_folder == chosen
    assert workspace.backup_override == chosen and workspace.backup_dir == chosen  # at once
    assert page.backup_note.text() == f"Säkerhetskopior sparas i {chosen}"
    assert page.backup_reset_button.isEnabled()
    assert str(chosen) in window.statusBar().currentMessage()

    # Remembered: a fresh AppSettings over the same ini file reads it back.
    settings.sync()
    again = AppSettings(QSettings(settings.qsettings.fileName(), QSettings.Format.IniFormat))
    assert again.backup_folder == chosen

    # The next backups of the open store land there: "Skapa nu" in Säkerhetskopior…
    dialog = backup_dialog.BackupDialog(
        workspace.path, backup_dir=backup_dialog._window_backup_override(window)
    )
    window.destroyed.connect(dialog.deleteLater)
    dialog.create_button.click()
    assert _reasons(workspace.path, chosen) == ["manual"]
    assert dialog.model.rowCount() == 1
    assert not default.exists()

    # … and the next store the window opens gets its daily backup there too.
    window.set_workspace(None, guard=False)
    reopened = open_workspace(window, workspace.path, create=False)
    assert reopened is not None and reopened.backup_dir == chosen
    reopened.close()

    about = AboutDialog(window, workspace.path)
    window.destroyed.connect(about.deleteLater)
    assert about.backup_label.text() == str(chosen)


def test_reset_to_default_and_about_follow_the_open_workspace(
    make_window, workspace, falun, settings, tmp_path: Path
) -> None:
    settings.backup_folder = tmp_path / "gammal"
    workspace.backup_override = tmp_path / "gammal"
    window = make_window(workspace, specs=LIGHT_PAGES)
    page = window.page("settings")
    page.set_context(workspace, falun)
    about = AboutDialog(window, workspace.path)
    window.destroyed.connect(about.deleteLater)
    assert about.backup_label.text() == str(tmp_path / "gammal")
    assert "gammal" in about.plain_text()

    page.backup_reset_button.click()
    assert settings.backup_folder is None and workspace.backup_override is None
    default = workspace.path.parent / "backups"
    assert page.backup_note.text() == f"Säkerhetskopior sparas i {default}"
    assert not page.backup_reset_button.isEnabled()
    about = AboutDialog(window, workspace.path)
    window.destroyed.connect(about.deleteLater)
    assert about.backup_label.text() == str(default)


def test_unusable_folder_is_refused_with_a_swedish_message(
    make_window, workspace, falun, settings, tmp_path: Path, monkeypatch
) -> None:
    window = make_window(workspace, specs=LIGHT_PAGES)
    page = window.page("settings")
    page.set_context(workspace, falun)
    blocker = tmp_path / "en-fil"
    blocker.write_text("x", encoding="utf-8")
    monkeypatch.setattr(messages, "choose_backup_folder", lambda parent, start: blocker)
    errors: list[tuple[str, str]] = []
    monkeypatch.setattr(
        messages, "show_error", lambda parent, title, text: errors.append((title, text))
    )
    page.backup_change_button.click()
    assert errors and errors[0][0] == "Mappen kan inte användas" and "ingen mapp" in errors[0][1]
    assert settings.backup_folder is None and workspace.backup_override is None

    monkeypatch.setattr(messages, "choose_backup_folder", lambda parent, start: None)
    page.backup_change_button.click()  # cancelled: nothing changes
    assert settings.backup_folder is None


def test_store_opens_with_a_status_message_when_the_folder_cannot_be_used(
    make_window, db_path: Path, settings, tmp_path: Path
) -> None:
    Workspace.open(db_path, create=True).close()
    blocker = tmp_path / "en-fil"
    blocker.write_text("x", encoding="utf-8")
    settings.backup_folder = blocker / "backups"  # e.g. a network share that went away
    window = make_window(None, specs=LIGHT_PAGES)
    window._open_store(db_path, create=False)
    assert window.workspace is not None and not window.workspace.read_only
    message = window.statusBar().currentMessage()
    assert "Den dagliga säkerhetskopian hoppades över" in message
    assert "Mappen för säkerhetskopior" in message
    assert safety.backups(db_path) == []


def test_session_folder_from_the_command_line_wins_until_one_is_chosen(
    settings, tmp_path: Path
) -> None:
    settings.backup_folder = tmp_path / "sparad"
    assert settings.backup_override() == tmp_path / "sparad"
    settings.session_backup_folder = tmp_path / "kommandorad"
    assert settings.backup_override() == tmp_path / "kommandorad"
    assert settings.backup_folder == tmp_path / "sparad"  # never saved
    settings.backup_folder = None
    settings.session_backup_folder = None
    assert settings.backup_override() is None
