"""The assessment editor: create, fill, save, validate, finalise and reopen a yearly assessment."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from app.domain.errors import ReadOnlyError
from app.domain.model import AreaResponse
from ui.dialogs import messages
from ui.pages.assessments import AssessmentsPage

THIS_YEAR = date.today().year


@pytest.fixture
def page(make_window, workspace, falun) -> AssessmentsPage:
    window = make_window(workspace)
    window.show_page("assessments")
    page = window.page("assessments")
    assert isinstance(page, AssessmentsPage)
    return page


def _fill(page: AssessmentsPage, answer: str, self_level: int, target: int) -> None:
    """Answer every area the same way through the widgets, as a user would."""
    for editor in page.editor.areas:
        editor.answer.setCurrentIndex(editor.answer.findData(answer))
        editor.self_level.setCurrentIndex(editor.self_level.findData(self_level))
        editor.target_level.setCurrentIndex(editor.target_level.findData(target))


def test_empty_organisation_offers_a_new_assessment_for_this_year(page):
    assert page.editor_stack.currentIndex() == 0
    assert "ingen bedömning" in page.empty_text.text().lower()
    assert page.year_spin.value() == THIS_YEAR
    assert page.new_button.isEnabled()
    assert page.carry_hint.text() == "Börjar med ett tomt formulär."


def test_create_fill_and_save(page, workspace, falun, qtbot):
    page.new_button.click()
    editor = page.editor
    assert page.editor_stack.currentWidget() is editor
    assert editor.is_new and page.has_unsaved_changes()
    assert editor.heading.text() == f"Bedömning {THIS_YEAR}"
    assert editor.status.text() == "Ny – inte sparad ännu"

    first = editor.areas[0]
    first.answer.setCurrentIndex(first.answer.findData("partial"))
    assert first.skr_level.text() == "SKR-jämförbar nivå: 2"
    first.answer.setCurrentIndex(first.answer.findData("planned"))
    assert first.skr_level.text() == "SKR-jämförbar nivå: 1"

    _fill(page, "full", 3, 4)
    # QTest can only type ASCII; Swedish text goes in the way a paste would.
    editor.areas[2].comment.insertPlainText("Riskanalys görs årligen.")
    qtbot.keyClicks(editor.assessor, "Anna Berg")
    profile_key = next(iter(editor.profile.combos))
    editor.profile.combos[profile_key].setCurrentIndex(1)

    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)

    saved = workspace.assessment(falun.id, THIS_YEAR)
    assert saved is not None and saved.id is not None
    assert saved.assessor == "Anna Berg"
    response = saved.response(editor.areas[2].area.key)
    assert response == AreaResponse(response.area_key, "full", 3, 4, "Riskanalys görs årligen.", "")
    assert profile_key in saved.profile
    assert not page.has_unsaved_changes()
    assert editor.status.text() == "Utkast"
    assert page.model.rowCount() == 1
    assert page.model.index(0, page.model.LEVEL_TWO).data() == "9 av 9"
    assert page.table.currentIndex().row() == 0


def test_saving_changes_the_comparison(page, workspace, falun):
    page.new_button.click()
    _fill(page, "planned", 1, 3)
    assert page.save_changes()
    before = workspace.comparison(falun.id, THIS_YEAR, 2023)
    assert before.areas_at_level_two == 0
    assert all(row.own_level == 1 for row in before.rows)

    editor = page.editor.areas[1]
    editor.answer.setCurrentIndex(editor.answer.findData("full"))
    editor.self_level.setCurrentIndex(editor.self_level.findData(2))
    assert page.has_unsaved_changes()
    assert page.save_changes()

    after = workspace.comparison(falun.id, THIS_YEAR, 2023)
    assert after.areas_at_level_two == 1
    row = after.rows[1]
    assert row.own_level == 2
    assert row.group_mean == pytest.approx(1.61)  # kommungrupp C, 2023, area 2
    assert row.diff_group == pytest.approx(0.39)


def test_validation_problems_are_shown_next_to_the_fields(page, workspace, falun):
    page.new_button.click()
    area = page.editor.areas[0]
    area.answer.setCurrentIndex(area.answer.findData("full"))
    area.self_level.setCurrentIndex(area.self_level.findData(1))  # contradicts "fullt etablerat"

    assert not page.save_changes()

    editor = page.editor
    assert not editor.problems.isHidden()
    assert editor.problems_title.text() == "Bedömningen kunde inte sparas:"
    assert "motsvarar minst mognadsnivå 2" in editor.problems_text.text()
    assert not area.problem.isHidden()
    assert "motsvarar minst mognadsnivå 2" in area.problem.text()
    assert page.editor.areas[1].problem.isHidden()
    assert workspace.assessment(falun.id, THIS_YEAR) is None
    assert page.has_unsaved_changes()


def test_new_assessment_starts_from_last_years_answers(page, workspace, falun):
    page.year_spin.setValue(THIS_YEAR - 1)
    page.new_button.click()
    _fill(page, "partial", 2, 3)
    assert page.save_changes()

    assert page.year_spin.value() == THIS_YEAR
    assert page.carry_hint.text() == f"Utgår från svaren i bedömningen för {THIS_YEAR - 1}."
    page.new_button.click()
    draft_areas = page.editor.areas
    assert all(e.response().answer == "partial" for e in draft_areas)
    assert page.editor.heading.text() == f"Bedömning {THIS_YEAR}"


def test_finalise_makes_the_editor_read_only_and_storage_refuses_writes(
    page, workspace, falun, monkeypatch
):
    page.new_button.click()
    _fill(page, "full", 2, 3)
    assert page.save_changes()
    asked: list[str] = []
    monkeypatch.setattr(
        messages,
        "confirm",
        lambda parent, title, text, accept, detail="": asked.append(accept) or True,
    )

    page.editor.finalise_button.click()

    assert asked == ["Fastställ"]
    stored = workspace.assessment(falun.id, THIS_YEAR)
    assert stored.is_final
    editor = page.editor
    assert editor.read_only
    assert editor.status.text().startswith("Fastställd ")
    assert editor.status.text().endswith(" – skrivskyddad")
    assert editor.save_button.isHidden() and editor.finalise_button.isHidden()
    assert not editor.reopen_button.isHidden()
    assert all(not e.answer.isEnabled() for e in editor.areas)
    assert all(e.comment.isReadOnly() for e in editor.areas)
    assert editor.assessor.isReadOnly()
    assert not page.has_unsaved_changes()
    assert page.model.index(0, page.model.STATUS).data() == "Fastställd"
    with pytest.raises(ReadOnlyError):
        workspace.save_assessment(stored)


def test_finalise_needs_every_area_answered(page, workspace, falun, monkeypatch):
    page.new_button.click()
    area = page.editor.areas[0]
    area.answer.setCurrentIndex(area.answer.findData("full"))
    assert page.save_changes()
    monkeypatch.setattr(messages, "confirm", lambda *args, **kwargs: True)
    page.editor.finalise_button.click()
    assert not workspace.assessment(falun.id, THIS_YEAR).is_final
    assert "kan inte fastställas" in page.editor.problems_text.text()


def test_reopen_asks_for_a_reason(page, workspace, falun, monkeypatch):
    page.new_button.click()
    _fill(page, "full", 2, 3)
    assert page.save_changes()
    monkeypatch.setattr(messages, "confirm", lambda *args, **kwargs: True)
    page.editor.finalise_button.click()

    monkeypatch.setattr(messages, "ask_text", lambda parent, title, prompt: None)
    page.editor.reopen_button.click()
    assert workspace.assessment(falun.id, THIS_YEAR).is_final

    monkeypatch.setattr(messages, "ask_text", lambda parent, title, prompt: "Fel svar i område 3")
    page.editor.reopen_button.click()
    stored = workspace.assessment(falun.id, THIS_YEAR)
    assert not stored.is_final
    assert [r.reason for r in workspace.reopenings(stored.id)] == ["Fel svar i område 3"]
    assert not page.editor.read_only
    assert page.editor.areas[0].answer.isEnabled()


def test_revert_restores_the_saved_answers(page, workspace, falun):
    page.new_button.click()
    _fill(page, "partial", 2, 3)
    assert page.save_changes()
    area = page.editor.areas[4]
    area.answer.setCurrentIndex(area.answer.findData("no"))
    assert page.editor.revert_button.isEnabled()
    page.editor.revert_button.click()
    assert area.response().answer == "partial"
    assert not page.has_unsaved_changes()


def test_stored_text_with_surrounding_blanks_is_not_an_unsaved_change(page, workspace, falun):
    """Imported or older data may carry trailing spaces; opening it must not ask 'spara?'."""
    draft = workspace.new_assessment(falun.id, THIS_YEAR, assessor="Kim Berg ")
    draft = draft.with_response(
        AreaResponse("training", "partial", 2, 3, comment="Kampanj i maj ", evidence=" Plan 2026")
    )
    workspace.save_assessment(draft.__class__(**{**draft.__dict__, "note": "Utkast\n"}))
    page.refresh()
    assert page.editor.areas[6].comment.toPlainText() == "Kampanj i maj "
    assert not page.has_unsaved_changes()


def test_switching_year_with_edits_asks_and_cancel_keeps_the_edit(page, workspace, falun, unsaved):
    for year in (THIS_YEAR - 1, THIS_YEAR):
        page.year_spin.setValue(year)
        page.new_button.click()
        _fill(page, "partial", 2, 3)
        assert page.save_changes()
    area = page.editor.areas[0]
    area.answer.setCurrentIndex(area.answer.findData("no"))

    older = page.model.row_of_year(THIS_YEAR - 1)
    page.table.setCurrentIndex(page.model.index(older, 0))

    assert unsaved.asked == ["bedömningen"]
    assert page.editor.baseline.year == THIS_YEAR
    assert area.response().answer == "no"
    assert page.table.currentIndex().row() == page.model.row_of_year(THIS_YEAR)


def test_delete_draft(page, workspace, falun, monkeypatch):
    page.new_button.click()
    assert page.save_changes()
    monkeypatch.setattr(messages, "confirm", lambda *args, **kwargs: True)
    assert page.delete_button.isEnabled()
    page.delete_button.click()
    assert workspace.years(falun.id) == []
    assert page.editor_stack.currentIndex() == 0


def test_every_input_has_an_accessible_name(page):
    from PySide6.QtWidgets import QComboBox, QDateEdit, QLineEdit, QPlainTextEdit, QSpinBox

    page.new_button.click()
    inputs = [
        w
        for kind in (QComboBox, QLineEdit, QPlainTextEdit, QDateEdit, QSpinBox)
        for w in page.findChildren(kind)
        if not isinstance(w.parent(), (QComboBox, QDateEdit, QSpinBox))
    ]
    assert len(inputs) > 9 * 5
    missing = [w for w in inputs if not w.accessibleName()]
    assert missing == []


def test_saved_answers_reach_the_dashboard_radar(make_window, workspace, falun):
    pytest.importorskip("ui.pages.dashboard")
    from app.domain.series import OWN

    window = make_window(workspace)
    window.show_page("assessments")
    page = window.page("assessments")
    page.new_button.click()
    _fill(page, "planned", 1, 3)
    assert page.save_changes()

    window.show_page("dashboard")
    dashboard = window.page("dashboard")
    own = dashboard.radar.data.series_by_key(OWN)
    assert list(own.values) == [1] * 9

    window.show_page("assessments")
    area = page.editor.areas[3]
    area.answer.setCurrentIndex(area.answer.findData("partial"))
    area.self_level.setCurrentIndex(area.self_level.findData(2))
    assert page.save_changes()

    window.show_page("dashboard")
    own = dashboard.radar.data.series_by_key(OWN)
    assert list(own.values) == [1, 1, 1, 2, 1, 1, 1, 1, 1]


def test_list_and_navigation_models_pass_qt_model_tester(qtmodeltester, page, workspace, falun):
    page.new_button.click()
    assert page.save_changes()
    qtmodeltester.check(page.model)
    qtmodeltester.check(page.window().nav_model)


def test_untouched_editor_is_clean_without_collecting_and_any_edit_is_checked(
    page, workspace, falun, monkeypatch
):
    """The unsaved-changes question runs on every organisation switch: an editor nobody
    touched since it was loaded answers at once; an edit (even one undone) is compared."""
    draft = workspace.new_assessment(falun.id, THIS_YEAR, assessor="Kim Berg")
    workspace.save_assessment(draft)
    page.refresh()
    editor = page.editor
    collected: list[int] = []
    original_collect = editor.collect
    monkeypatch.setattr(editor, "collect", lambda: collected.append(1) or original_collect())
    assert not page.has_unsaved_changes()
    assert collected == []

    editor.assessor.setText("Kim Berg, CISO")
    assert page.has_unsaved_changes()
    editor.assessor.setText("Kim Berg")  # back to what is stored: compared, and clean
    assert not page.has_unsaved_changes()
    assert collected

    page.refresh()  # loading again starts untouched
    assert not page.editor._edited
