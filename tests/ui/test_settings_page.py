"""Inställningar: store path, default benchmark year and assessor, applied at once."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from ui.pages.settings_page import SettingsPage


def test_shows_the_store_and_saves_the_defaults(qtbot, settings, workspace, falun):
    page = SettingsPage(settings)
    qtbot.addWidget(page)
    page.set_context(workspace, falun)
    assert page.path.text() == str(workspace.path)
    assert page.path.isReadOnly()
    years = [page.benchmark_year.itemData(i) for i in range(page.benchmark_year.count())]
    assert years == sorted(workspace.reference.benchmarks.years, reverse=True)
    assert page.benchmark_year.currentData() == max(years)

    page.benchmark_year.setCurrentIndex(page.benchmark_year.findData(2019))
    page.benchmark_year.activated.emit(page.benchmark_year.currentIndex())
    assert settings.default_benchmark_year == 2019
    assert settings.benchmark_year(workspace.reference.benchmarks.years) == 2019

    page.assessor.setText("  Anna Berg, informationssäkerhetssamordnare ")
    page.assessor.editingFinished.emit()
    assert settings.default_assessor == "Anna Berg, informationssäkerhetssamordnare"


def test_presentation_screen_is_chosen_and_remembered(qtbot, settings, workspace, falun):
    from ui.settings import PRESENTATION_OTHER_SCREEN, PRESENTATION_WINDOW_SCREEN

    page = SettingsPage(settings)
    qtbot.addWidget(page)
    page.set_context(workspace, falun)
    assert settings.presentation_screen == PRESENTATION_OTHER_SCREEN  # as presentation programs
    assert page.presentation_screen.currentData() == PRESENTATION_OTHER_SCREEN
    messages: list[str] = []
    page.status_message.connect(messages.append)

    page.presentation_screen.setCurrentIndex(
        page.presentation_screen.findData(PRESENTATION_WINDOW_SCREEN)
    )
    page.presentation_screen.activated.emit(page.presentation_screen.currentIndex())

    assert settings.presentation_screen == PRESENTATION_WINDOW_SCREEN
    assert messages == ["Presentationsläget öppnas på samma skärm som Lägesbild."]
    page.refresh()
    assert page.presentation_screen.currentData() == PRESENTATION_WINDOW_SCREEN


def test_new_assessment_uses_the_default_assessor(make_window, workspace, falun, settings):
    settings.default_assessor = "Anna Berg"
    window = make_window(workspace)
    window.show_page("assessments")
    page = window.page("assessments")
    page.new_button.click()
    assert page.editor.assessor.text() == "Anna Berg"
    assert page.editor.assessed_on.date().toPython() == date.today()


def test_store_buttons_reach_the_window(make_window, workspace, falun, monkeypatch):
    from ui.dialogs import messages

    asked: list[str] = []
    monkeypatch.setattr(
        messages, "choose_database_to_open", lambda parent, start: asked.append("open")
    )
    monkeypatch.setattr(messages, "choose_new_database", lambda parent, start: asked.append("new"))
    window = make_window(workspace)
    page = window.page("settings")
    page.open_button.click()
    page.new_button.click()
    assert asked == ["open", "new"]


def test_keyboard_moves_through_the_navigation(make_window, workspace, falun, qtbot):
    window = make_window(workspace)
    window.show()
    window.nav.setFocus()
    window.nav.setCurrentIndex(window.nav_model.index(0))
    qtbot.keyClick(window.nav, Qt.Key.Key_Down)
    assert window.current_key == "assessments"
    qtbot.keyClick(window.nav, Qt.Key.Key_End)
    assert window.current_key == "settings"
