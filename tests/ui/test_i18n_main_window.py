"""The main window, welcome page, settings page and standard questions follow the language.

The English catalogue is compiled into a temporary folder and installed only for the tests that
ask for it (``english`` removes it again), so every other test keeps seeing Swedish.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox

from ui.dialogs import messages
from ui.dialogs.messages import ask_unsaved_changes  # the real one; make_window stubs it
from ui.main_window import PageSpec

ROOT = Path(__file__).resolve().parents[2]
I18N = ROOT / "resources" / "i18n"

ENGLISH_NAVIGATION = [
    "Overview",
    "Assessments",
    "Action plan",
    "Management review",
    "Benchmarks",
    "Settings",
]
SWEDISH_NAVIGATION = [
    "Översikt",
    "Bedömningar",
    "Handlingsplan",
    "Ledningens genomgång",
    "Jämförelsedata",
    "Inställningar",
]


def _navigation(window) -> list[str]:
    model = window.nav_model
    return [model.index(row).data(Qt.ItemDataRole.DisplayRole) for row in range(model.rowCount())]


def _menu_titles(window) -> list[str]:
    return [action.text() for action in window.menuBar().actions()]


def _captured_question(monkeypatch) -> list[QMessageBox]:
    """Replace QMessageBox.exec so a question is built but never shown; the boxes are kept."""
    boxes: list[QMessageBox] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: boxes.append(box) or 0)
    return boxes


def test_main_window_is_english_with_the_english_catalogue(english, make_window, workspace, falun):
    window = make_window(workspace)
    assert _navigation(window) == ENGLISH_NAVIGATION
    assert window.nav_model.index(0).data(Qt.ItemDataRole.AccessibleTextRole) == "Overview"
    assert window.nav.accessibleName() == "Navigation"
    assert _menu_titles(window) == ["&File", "&View", "&Help"]
    assert window.action_open.text() == "Open database…"
    assert window.action_quit.text() == "Quit"
    assert window.action_about.text() == "About Lägesbild"
    assert window.org_group.text() == f"Municipality group {falun.group}"
    assert window.windowTitle() == "Falun – Lägesbild"
    assert window.org_combo.itemText(window.org_combo.count() - 1) == "Add organisation…"
    settings_page = window.page("settings")
    assert settings_page.language.accessibleName() == "Language of Lägesbild"
    # Page titles stay Swedish source text (they are keys); only what is shown is translated.
    assert settings_page.title == "Inställningar"


def test_welcome_page_is_english_with_the_english_catalogue(english, make_window, workspace):
    window = make_window(workspace)
    welcome = window.welcome
    assert window.stack.currentWidget() is welcome
    assert welcome.choose_button.text() == "Choose municipality"
    assert welcome.custom_button.text() == "Other organisation…"
    assert welcome.search_heading.text() == "Which municipality do you work in?"
    assert welcome.accessibleName() == "Welcome to Lägesbild"
    assert welcome.intro.text().startswith("Lägesbild helps you follow")

    no_store = make_window(None)
    assert no_store.welcome.open_button.text() == "Open database…"
    assert no_store.welcome.intro.text().startswith("No database is open.")
    assert no_store.store_label.text() == "No database open"


def test_a_broken_page_explains_itself_in_english(english, make_window, workspace, falun):
    def broken(_settings):
        raise RuntimeError("boom")

    window = make_window(workspace, specs=[PageSpec("dashboard", "Översikt", "dashboard", broken)])
    texts = " ".join(label.text() for label in window.page("dashboard").findChildren(QLabel))
    assert "Technical error: RuntimeError: boom" in texts
    assert _navigation(window) == ["Overview"]


def test_the_unsaved_changes_question_is_english(english, monkeypatch):
    boxes = _captured_question(monkeypatch)
    assert ask_unsaved_changes(None, "settings") is messages.UnsavedChoice.CANCEL
    (box,) = boxes
    assert box.windowTitle() == "Unsaved changes"
    assert box.text() == "You have unsaved changes in settings."
    assert sorted(button.text() for button in box.buttons()) == ["Cancel", "Don't save", "Save"]


def test_without_a_translator_everything_is_swedish(
    swedish, make_window, workspace, falun, monkeypatch
):
    window = make_window(workspace)
    assert _navigation(window) == SWEDISH_NAVIGATION
    assert window.nav.accessibleName() == "Navigering"
    assert _menu_titles(window) == ["&Arkiv", "&Visa", "&Hjälp"]
    assert window.action_open.text() == "Öppna databas…"
    assert window.org_group.text() == f"Kommungrupp {falun.group}"
    assert window.windowTitle() == "Falun – Lägesbild"
    assert window.page("settings").language.accessibleName() == "Språk i Lägesbild"

    empty = make_window(None)
    assert empty.welcome.open_button.text() == "Öppna databas…"
    assert empty.welcome.choose_button.text() == "Välj kommun"
    assert empty.store_label.text() == "Ingen databas öppen"

    boxes = _captured_question(monkeypatch)
    ask_unsaved_changes(None, "inställningar")
    assert sorted(button.text() for button in boxes[0].buttons()) == [
        "Avbryt",
        "Spara",
        "Spara inte",
    ]
    assert boxes[0].text() == "Du har osparade ändringar i inställningar."
