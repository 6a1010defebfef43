"""The main window: page registry, navigation, the unsaved-change guard, settings and the store."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QCloseEvent

from app.services.workspace import Workspace
from ui.dialogs import messages
from ui.dialogs.messages import UnsavedChoice
from ui.main_window import PAGE_FACTORIES, MainWindow, PageSpec
from ui.pages.base import Page
from ui.pages.placeholder import PlaceholderPage
from ui.settings import AppSettings

THIS_YEAR = date.today().year


def _edit_new_assessment(window: MainWindow) -> Page:
    window.show_page("assessments")
    page = window.page("assessments")
    page.new_button.click()
    area = page.editor.areas[0]
    area.answer.setCurrentIndex(area.answer.findData("partial"))
    assert page.has_unsaved_changes()
    return page


def test_registry_lists_the_six_pages_in_order():
    assert [spec.title for spec in PAGE_FACTORIES] == [
        "Översikt",
        "Bedömningar",
        "Handlingsplan",
        "Ledningens genomgång",
        "Jämförelsedata",
        "Inställningar",
    ]
    assert all(isinstance(spec, tuple) and len(spec) == 4 for spec in PAGE_FACTORIES)


def test_navigation_switches_the_stack(make_window, workspace, falun):
    window = make_window(workspace)
    assert window.nav.accessibleName() == "Navigering"
    assert window.nav_model.rowCount() == 6
    for row, spec in enumerate(PAGE_FACTORIES):
        window.nav.setCurrentIndex(window.nav_model.index(row))
        assert window.current_key == spec.key
        page = window.current_page()
        assert page.title == spec.title
        assert window.stack.currentWidget().isAncestorOf(page)


def test_placeholder_explains_the_coming_page(qtbot):
    page = PlaceholderPage(
        "Ledningens genomgång",
        "Ledningens genomgång enligt ISO/IEC 27001 avsnitt 9.3.",
        ("samla underlag a–g",),
    )
    qtbot.addWidget(page)
    texts = " ".join(
        label.text() for label in page.findChildren(type(page.layout().itemAt(0).widget()))
    )
    assert page.title == "Ledningens genomgång"
    assert "9.3" in texts and "TODO" not in texts


def test_a_page_can_be_added_through_the_registry(make_window, workspace, falun):
    class Extra(Page):
        title = "Extra"

        def __init__(self) -> None:
            super().__init__()
            self.contexts: list[object] = []

        def set_context(self, workspace, organisation) -> None:
            self.contexts.append(organisation)
            super().set_context(workspace, organisation)

    specs = [*PAGE_FACTORIES, PageSpec("extra", "Extra", "extra", lambda settings: Extra())]
    window = make_window(workspace, specs=specs)
    assert window.nav_model.index(6).data() == "Extra"
    window.show_page("extra")
    assert window.page("extra").contexts[-1].name == "Falun"


def test_a_failing_page_factory_shows_a_calm_stand_in(make_window, workspace, falun):
    def broken(settings):
        raise ImportError("No module named 'pyqtgraph'")

    specs = [PageSpec("broken", "Trasig", "x", broken), *PAGE_FACTORIES[1:]]
    window = make_window(workspace, specs=specs)
    page = window.page("broken")
    assert isinstance(page, PlaceholderPage)
    assert page.title == "Trasig"


def test_switching_page_with_edits_and_cancel_stays(make_window, workspace, falun, unsaved):
    window = make_window(workspace)
    page = _edit_new_assessment(window)
    unsaved.answer = UnsavedChoice.CANCEL

    window.nav.setCurrentIndex(window.nav_model.index(4))  # Jämförelsedata

    assert unsaved.asked == ["bedömningar"]
    assert window.current_key == "assessments"
    assert window.nav.currentIndex().row() == 1
    assert page.has_unsaved_changes()


def test_switching_page_with_edits_and_dont_save_discards(make_window, workspace, falun, unsaved):
    window = make_window(workspace)
    page = _edit_new_assessment(window)
    unsaved.answer = UnsavedChoice.DISCARD

    assert window.show_page("benchmarks")

    assert unsaved.asked == ["bedömningar"]
    assert window.current_key == "benchmarks"
    assert not page.has_unsaved_changes()
    assert workspace.years(falun.id) == []


def test_switching_page_with_edits_and_save_saves(make_window, workspace, falun, unsaved):
    window = make_window(workspace)
    _edit_new_assessment(window)
    unsaved.answer = UnsavedChoice.SAVE
    assert window.show_page("benchmarks")
    assert workspace.years(falun.id) == [THIS_YEAR]


def test_a_failed_save_keeps_the_user_on_the_page(make_window, workspace, falun, unsaved):
    window = make_window(workspace)
    page = _edit_new_assessment(window)
    area = page.editor.areas[0]
    area.self_level.setCurrentIndex(area.self_level.findData(1))  # invalid with "delvis"
    unsaved.answer = UnsavedChoice.SAVE
    assert not window.show_page("benchmarks")
    assert window.current_key == "assessments"
    assert not page.editor.problems.isHidden()


def test_organisation_switch_is_guarded(make_window, workspace, falun, unsaved):
    workspace.add_municipality("Borlänge")
    window = make_window(workspace)
    assert window.organisation.name == "Borlänge"  # alphabetical first
    _edit_new_assessment(window)
    falun_row = window.org_combo.findData(falun.id)

    unsaved.answer = UnsavedChoice.CANCEL
    window.org_combo.setCurrentIndex(falun_row)
    window.org_combo.activated.emit(falun_row)
    assert window.organisation.name == "Borlänge"
    assert window.org_combo.currentText() == "Borlänge"

    unsaved.answer = UnsavedChoice.DISCARD
    window.org_combo.activated.emit(falun_row)
    assert window.organisation.name == "Falun"
    assert window.page("assessments").organisation.name == "Falun"
    assert len(unsaved.asked) == 2


def test_close_is_guarded(make_window, workspace, falun, unsaved):
    window = make_window(workspace)
    _edit_new_assessment(window)
    unsaved.answer = UnsavedChoice.CANCEL
    event = QCloseEvent()
    window.closeEvent(event)
    assert not event.isAccepted()
    unsaved.answer = UnsavedChoice.DISCARD
    event = QCloseEvent()
    window.closeEvent(event)
    assert event.isAccepted()


def test_store_switch_is_guarded(make_window, workspace, falun, unsaved, tmp_path, monkeypatch):
    other = tmp_path / "other.db"
    Workspace.open(other, create=True).close()
    window = make_window(workspace)
    _edit_new_assessment(window)
    monkeypatch.setattr(messages, "choose_database_to_open", lambda parent, start: other)

    unsaved.answer = UnsavedChoice.CANCEL
    window.open_database()
    assert window.store_path() == workspace.path

    unsaved.answer = UnsavedChoice.DISCARD
    window.open_database()
    assert window.store_path() == other
    assert window.organisation is None
    assert window.stack.currentWidget() is window.welcome
    assert window.store_label.text() == str(other)


def test_opening_a_foreign_file_reports_the_error(
    make_window, workspace, falun, tmp_path, monkeypatch
):
    foreign = tmp_path / "anteckningar.db"
    foreign.write_text("inte en databas", encoding="utf-8")
    errors: list[str] = []
    monkeypatch.setattr(messages, "choose_database_to_open", lambda parent, start: foreign)
    monkeypatch.setattr(messages, "show_error", lambda parent, title, text: errors.append(text))
    window = make_window(workspace)
    window.open_database()
    assert len(errors) == 1 and "ingen SQLite-databas" in errors[0]
    assert window.store_path() == workspace.path
    assert foreign.read_text(encoding="utf-8") == "inte en databas"


def test_remembers_last_organisation_and_geometry(qtbot, db_path, tmp_path, no_modal_dialogs):
    ini = str(tmp_path / "remember.ini")
    workspace = Workspace.open(db_path, create=True)
    workspace.add_municipality("Falun")
    borlange = workspace.add_municipality("Borlänge")
    settings = AppSettings(QSettings(ini, QSettings.Format.IniFormat))
    window = MainWindow(workspace, settings, defer_pages=False)
    qtbot.addWidget(window)
    falun = workspace.find_organisation("Falun")
    window.select_organisation(falun.id)
    window.resize(1200, 760)
    window.close()

    settings = AppSettings(QSettings(ini, QSettings.Format.IniFormat))
    assert settings.last_database == db_path
    assert settings.window_geometry is not None
    workspace = Workspace.open(db_path)
    window = MainWindow(workspace, settings, defer_pages=False)
    qtbot.addWidget(window)
    assert window.organisation.id == falun.id != borlange.id
    assert window.height() == 760  # the offscreen screen is narrow; the width gets clamped
    window.close()


def test_read_only_store_is_shown_in_the_status_bar(make_window, db_path, falun, workspace):
    workspace.close()
    read_only = Workspace.open(db_path, read_only=True)
    window = make_window(read_only)
    assert not window.readonly_label.isHidden()
    assert window.readonly_label.text() == "Skrivskyddad"
    page = window.page("assessments")
    window.show_page("assessments")
    assert not page.new_button.isEnabled()
    read_only.close()


def test_writable_store_has_no_read_only_notice(make_window, workspace, falun):
    window = make_window(workspace)
    assert window.readonly_label.isHidden()
    assert window.store_label.text() == str(workspace.path)


def test_demo_data_opens_in_a_temporary_folder_that_is_removed(make_window, workspace, falun):
    window = make_window(workspace)
    window.open_demo()
    path = window.store_path()
    assert path is not None and path.exists()
    assert window.is_demo_path(path)
    assert window.organisation is not None
    assert "Demodata" in window.store_label.text()
    window.close()
    assert not path.parent.exists()


def test_presentation_needs_an_assessment(make_window, workspace, falun):
    window = make_window(workspace)
    window.start_presentation()
    assert "ingen bedömning" in window.statusBar().currentMessage()


@pytest.mark.parametrize("deferred", [True])
def test_pages_are_built_after_the_first_paint(qtbot, workspace, falun, settings, deferred):
    window = MainWindow(workspace, settings, defer_pages=deferred)
    qtbot.addWidget(window)
    assert window.pages == {}
    window.show()
    qtbot.waitUntil(lambda: "dashboard" in window.pages, timeout=5000)
    qtbot.waitUntil(lambda: len(window.pages) == len(PAGE_FACTORIES), timeout=5000)
    assert Path(window.windowFilePath()) == workspace.path


def test_a_store_in_use_can_be_opened_read_only(
    make_window, workspace, falun, tmp_path, monkeypatch
):
    other_path = tmp_path / "delad.db"
    holder = Workspace.open(other_path, create=True)  # "another Lägesbild" keeps it open
    asked: list[str] = []
    monkeypatch.setattr(messages, "choose_database_to_open", lambda parent, start: other_path)
    monkeypatch.setattr(
        messages,
        "confirm",
        lambda parent, title, text, accept, detail="": asked.append(accept) or True,
    )
    window = make_window(workspace)
    try:
        window.open_database()
        assert asked == ["Öppna skrivskyddad"]
        assert window.store_path() == other_path
        assert window.workspace.read_only
        assert not window.readonly_label.isHidden()
    finally:
        holder.close()


def test_last_organisation_is_written_shortly_after_a_switch(qtbot, db_path, tmp_path):
    """Flicking through organisations writes the settings file once, a moment after the last
    switch, so a crash afterwards still opens the organisation the user was looking at."""
    ini = str(tmp_path / "remember-soon.ini")
    workspace = Workspace.open(db_path, create=True)
    falun = workspace.add_municipality("Falun")
    borlange = workspace.add_municipality("Borlänge")
    settings = AppSettings(QSettings(ini, QSettings.Format.IniFormat))
    window = MainWindow(workspace, settings, defer_pages=False)
    qtbot.addWidget(window)
    window.REMEMBER_DELAY_MS = 50
    window._remember_timer.setInterval(50)
    window.select_organisation(falun.id)
    window.select_organisation(borlange.id)
    window.select_organisation(falun.id)

    def stored() -> int | None:
        fresh = AppSettings(QSettings(ini, QSettings.Format.IniFormat))
        return fresh.last_organisation(db_path)

    qtbot.waitUntil(lambda: stored() == falun.id, timeout=3000)
    assert window._pending_last_organisation is None
    window.close()
