"""Ledningens genomgång: record a review, a decision becomes an activity, final/reopen, NIS2."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from app.domain.activity import ActivityOrigin
from app.domain.review import Decision, DecisionKind, ManagementMember, ReviewInput
from app.services.reviews import ReviewService
from ui.dialogs import messages, review_dialogs
from ui.dialogs.messages import UnsavedChoice
from ui.pages import reviews as reviews_module
from ui.pages.reviews import ReviewsPage

TODAY = date(2026, 11, 29)


@pytest.fixture
def service(workspace) -> ReviewService:
    return ReviewService(workspace, clock=lambda: TODAY)


@pytest.fixture
def page(open_page) -> ReviewsPage:
    return open_page(ReviewsPage, TODAY, 1400, 900)


def stub_decision(monkeypatch, decision: Decision) -> None:
    monkeypatch.setattr(review_dialogs, "edit_decision", lambda parent, current, today: decision)


def test_main_window_shows_the_reviews_page(make_window, workspace, org):
    window = make_window(workspace)
    window.show_page("reviews")
    assert isinstance(window.page("reviews"), ReviewsPage)


def test_empty_organisation_explains_what_to_do(page):
    assert page.stack.currentIndex() == 0
    assert "Ny genomgång" in page.empty_text.text()
    assert page.new_button.isEnabled()


def test_record_a_review_whose_decision_becomes_an_activity(page, monkeypatch, service, org, qtbot):
    page.new_button.click()
    editor = page.editor
    assert editor.is_new and page.has_unsaved_changes()
    assert editor.inputs[ReviewInput.A].toPlainText() == (
        "Ingen tidigare ledningens genomgång finns registrerad."
    )
    assert "Cybersäkerhetslagen (2025:1506)" in editor.inputs[ReviewInput.B].toPlainText()
    editor.forum.setCurrentText("Kommunledningsgruppen")
    editor.participants.setPlainText("Anna Ek, kommundirektör\nÅsa Öberg, samordnare")

    stub_decision(
        monkeypatch,
        Decision("Inför flerfaktorsautentisering", owner="IT-chef", due_date=date(2027, 6, 30)),
    )
    editor.add_decision_button.click()
    assert editor.decision_model.rowCount() == 1
    editor.decision_table.selectRow(0)
    assert editor.decision_model.data(editor.decision_model.index(0, 4)) == "Inte sparat ännu"

    # one click: the unsaved review is saved first, then the decision becomes an activity
    with qtbot.waitSignal(page.data_changed):
        activity = page.create_activity()
    assert not page.has_unsaved_changes()
    (review,) = service.reviews(org.id)
    assert review.forum == "Kommunledningsgruppen"
    assert review.participants == ("Anna Ek, kommundirektör", "Åsa Öberg, samordnare")
    assert activity.origin is ActivityOrigin.REVIEW_DECISION
    assert activity.decision_id == review.decisions[0].id
    assert activity.owner == "IT-chef"
    assert activity.due_date == date(2027, 6, 30)
    assert editor.decision_model.data(editor.decision_model.index(0, 4)) == "Ej påbörjad"
    assert not editor.activity_button.isEnabled()  # one activity per decision
    assert page.list_model.rowCount() == 1


def test_next_review_reports_on_the_decisions(page, monkeypatch, service, org):
    first = service.save(
        replace(
            service.new_review(org.id, held_on=date(2026, 3, 12)),
            decisions=(Decision("Utbilda ledningen", owner="HR-chef"),),
        )
    )
    service.create_activity(first.decisions[0].id)
    service.finalise(first.id)
    page.refresh()
    page.new_button.click()
    text = page.editor.inputs[ReviewInput.A].toPlainText()
    assert "Beslut från ledningens genomgång 2026-03-12, Kommunstyrelsen:" in text
    assert "Utbilda ledningen (ansvarig HR-chef). Status: Ej påbörjad." in text


def test_finalise_and_reopen(page, monkeypatch, service, org):
    page.new_button.click()
    stub_decision(monkeypatch, Decision("Anta policy", kind=DecisionKind.PROPOSAL))
    page.editor.add_decision_button.click()
    monkeypatch.setattr(messages, "confirm", lambda *args: True)
    final = page.finalise()
    assert final is not None and final.is_final
    editor = page.editor
    assert editor.read_only
    assert editor.inputs[ReviewInput.B].isReadOnly()
    assert not editor.add_decision_button.isEnabled()
    assert editor.reopen_button.isVisibleTo(page)
    assert not editor.finalise_button.isVisibleTo(page)
    assert not page.delete_button.isEnabled()

    monkeypatch.setattr(messages, "ask_text", lambda *args: None)
    assert page.reopen() is None
    monkeypatch.setattr(messages, "ask_text", lambda *args: "Fel mötesdatum")
    reopened = page.reopen()
    assert reopened is not None and not reopened.is_final
    assert service.review(final.id).reopenings[0].reason == "Fel mötesdatum"
    assert not editor.read_only


def test_validation_problems_are_shown(page):
    page.new_button.click()
    page.editor.forum.setCurrentText("")
    assert page.save_changes() is False
    assert page.editor.problems.isVisibleTo(page)
    assert "Ange i vilket forum" in page.editor.problems.text.text()


def test_refetch_inputs_asks_first(page, monkeypatch):
    page.new_button.click()
    field = page.editor.inputs[ReviewInput.C]
    field.setPlainText("Egen text")
    monkeypatch.setattr(messages, "confirm", lambda *args: False)
    page.editor.refetch_button.click()
    assert field.toPlainText() == "Egen text"
    monkeypatch.setattr(messages, "confirm", lambda *args: True)
    page.editor.refetch_button.click()
    assert field.toPlainText().startswith("[Fyll i:")


def test_switching_review_with_unsaved_changes_asks(page, monkeypatch, service, org):
    older = service.save(service.new_review(org.id, held_on=date(2025, 3, 1)))
    newer = service.save(service.new_review(org.id, held_on=date(2026, 3, 1)))
    page.refresh()
    assert page.editor.baseline.id == newer.id
    page.editor.forum.setCurrentText("KSAU")
    asked: list[str] = []

    def cancel(parent, what):
        asked.append(what)
        return UnsavedChoice.CANCEL

    monkeypatch.setattr(messages, "ask_unsaved_changes", cancel)
    page.list.selectRow(page.list_model.row_of(older.id))
    assert asked == ["ledningens genomgång"]
    assert page.editor.baseline.id == newer.id
    assert page.editor.forum.currentText() == "KSAU"


def test_management_duties_panel(page, monkeypatch, service, org):
    page.new_button.click()
    duties = page.editor.duties
    assert "Det finns inget beslut om att ledningen har godkänt" in duties.missing.text.text()

    def save_member(parent, record, save, people):
        return save(ManagementMember(org.id, "Bo Öst", "Kommundirektör"))

    monkeypatch.setattr(review_dialogs, "edit_duty_record", save_member)
    duties.add_member.click()
    assert duties.members.rowCount() == 1
    assert duties.members.item(0, 3).text() == "Saknar utbildning senaste 12 mån."
    assert "Bo Öst (Kommundirektör) saknar utbildning" in duties.missing.text.text()


def test_report_button_only_with_a_report_builder(page, monkeypatch, service, org):
    page.new_button.click()
    monkeypatch.setattr(reviews_module, "report_available", lambda: False)
    page.editor.update_state()
    assert not page.editor.report_button.isVisibleTo(page)
    monkeypatch.setattr(reviews_module, "report_available", lambda: True)
    page.editor.update_state()
    assert page.editor.report_button.isVisibleTo(page)


def test_untouched_review_is_clean_without_collecting_and_any_edit_is_checked(
    page, monkeypatch
):
    """As for assessments: the unsaved-changes question runs on every organisation switch."""
    page.new_button.click()
    page.editor.forum.setCurrentText("Kommunstyrelsen")
    assert page.save_changes()
    editor = page.editor
    assert not editor.is_new and not editor._edited
    collected: list[int] = []
    original_collect = editor.collect
    monkeypatch.setattr(editor, "collect", lambda: collected.append(1) or original_collect())
    assert not page.has_unsaved_changes()
    assert collected == []

    editor.forum.setCurrentText("Kommunledningsgruppen")
    assert page.has_unsaved_changes()
    editor.forum.setCurrentText("Kommunstyrelsen")  # back to what is stored: compared, clean
    assert not page.has_unsaved_changes()
    assert collected

    stub_decision(monkeypatch, Decision("Utbilda ledningen i cybersäkerhet"))
    editor.add_decision_button.click()  # a decision is an edit too
    assert page.has_unsaved_changes()
    assert page.save_changes()
    assert not page.editor._edited and not page.has_unsaved_changes()
