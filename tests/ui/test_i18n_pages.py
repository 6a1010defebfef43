"""The pages and dialogs beyond the main window follow the interface language.

The English catalogue is compiled into a temporary folder by the build script and installed only
for the tests that ask for it (``english`` removes it again), so every other test sees Swedish.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

ROOT = Path(__file__).resolve().parents[2]
I18N = ROOT / "resources" / "i18n"


def _headers(model) -> list[str]:
    return [
        model.headerData(c, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
        for c in range(model.columnCount())
    ]


# Bedömningar --------------------------------------------------------------------------------


def _assessments_page(qtbot, settings, workspace, organisation):
    from ui.pages.assessments import AssessmentsPage

    page = AssessmentsPage(settings)
    qtbot.addWidget(page)
    page.set_context(workspace, organisation)
    return page


def test_assessments_page_is_english(english, qtbot, settings, workspace, falun):
    page = _assessments_page(qtbot, settings, workspace, falun)
    assert page.accessibleName() == "Assessments"
    assert page.new_button.text() == "New assessment"
    assert page.delete_button.text() == "Delete draft…"
    assert page.empty_title.text() == "No assessment yet"
    assert page.empty_text.text().startswith("There is no assessment for Falun yet.")
    assert page.carry_hint.text() == "Starts with an empty form."
    assert _headers(page.model) == ["Year", "Status", "Date", "Assessed by", "Level 2"]

    page.new_button.click()
    editor = page.editor
    assert editor.save_button.text() == "Save"
    assert editor.finalise_button.text() == "Finalise…"
    assert editor.revert_button.text() == "Undo changes"
    assert editor.reopen_button.text() == "Reopen for changes…"
    assert editor.heading.text() == f"Assessment {date.today().year}"
    assert editor.status.text() == "New – not saved yet"
    assert editor.summary.text().startswith("SKR-comparable level 2 in 0 of 9 areas")
    area = editor.areas[0]
    assert area.answer.itemText(0) == "Not answered"
    assert area.self_level.itemText(0) == "Not set"
    assert area.skr_level.text() == "SKR-comparable level: –"
    assert area.comment.placeholderText() == "What is the situation today? What is missing?"
    assert area.level_info.text().startswith("<b>Self-assessed level:</b> not set. Level 2 is")
    assert editor.profile.combos and all(
        combo.itemText(0) == "Not set" for combo in editor.profile.combos.values()
    )

    messages = []
    page.status_message.connect(messages.append)
    assert page.save_changes()
    assert messages[-1] == f"The assessment for {date.today().year} is saved."
    assert page.model.index(0, 1).data() == "Draft"
    assert page.model.index(0, 4).data() == "0 of 9"


def test_assessments_page_stays_swedish_without_the_catalogue(
    swedish, qtbot, settings, workspace, falun
):
    page = _assessments_page(qtbot, settings, workspace, falun)
    assert page.new_button.text() == "Ny bedömning"
    assert _headers(page.model) == ["År", "Status", "Datum", "Bedömd av", "Nivå 2"]
    page.new_button.click()
    assert page.editor.finalise_button.text() == "Fastställ…"
    assert page.editor.areas[0].self_level.itemText(0) == "Inte angiven"


# Ledningens genomgång --------------------------------------------------------------------------

REVIEW_DAY = date(2026, 11, 29)


def _reviews_page(qtbot, workspace, organisation):
    from ui.pages.reviews import ReviewsPage

    page = ReviewsPage(clock=lambda: REVIEW_DAY)
    qtbot.addWidget(page)
    page.resize(1400, 900)
    page.set_context(workspace, organisation)
    return page


def test_reviews_page_is_english(english, qtbot, workspace, org, monkeypatch):
    from app.domain.review import Decision, DecisionKind, ReviewInput
    from ui.dialogs import review_dialogs

    page = _reviews_page(qtbot, workspace, org)
    assert page.accessibleName() == "Management review"
    assert page.new_button.text() == "New review"
    assert page.delete_button.text() == "Delete draft…"
    assert page.empty_title.text() == "No review selected"
    assert page.empty_text.text().startswith("No management review has been recorded yet.")
    assert _headers(page.list_model) == ["Date", "Forum", "Status", "Decisions"]

    page.new_button.click()
    editor = page.editor
    assert editor.heading.text() == "New management review"
    assert editor.status.text() == "New – not saved yet"
    assert editor.save_button.text() == "Save"
    assert editor.finalise_button.text() == "Finalise…"
    assert editor.refetch_button.text() == "Fetch inputs again"
    tabs = [editor.tabs.tabText(i) for i in range(editor.tabs.count())]
    assert tabs == ["Inputs a–g", "Decisions", "Management duties (NIS2)"]
    assert editor.inputs[ReviewInput.A].accessibleName() == (
        "a) Status of actions from previous management reviews"
    )
    assert editor.inputs[ReviewInput.G].placeholderText().startswith("Proposals based on")
    assert _headers(editor.decision_model) == [
        "Type",
        "Decision",
        "Owner",
        "Due by",
        "Activity in the action plan",
    ]
    duties = editor.duties
    assert duties.add_member.text() == "New member…"
    assert duties.remove_buttons["member"].accessibleName() == "Remove – Members of management"
    assert duties.approvals.horizontalHeaderItem(2).text() == "Decision reference"
    assert duties.missing.text.text().splitlines() == [
        f"Missing as of {REVIEW_DAY.isoformat()}:",
        "• There is no decision showing that management has approved the risk-management "
        "measures (Cybersecurity Act, NIS2 Art. 20.1).",
        "• No members of management are registered, so the training requirement (NIS2 Art. "
        "20.2) cannot be followed up.",
    ]

    proposal = Decision("Ta fram en kontinuitetsplan", kind=DecisionKind.PROPOSAL)
    monkeypatch.setattr(review_dialogs, "edit_decision", lambda parent, current, today: proposal)
    editor.add_decision_button.click()
    model = editor.decision_model
    assert model.index(0, 0).data() == "Proposed decision"
    assert model.index(0, 4).data() == "Not saved yet"

    messages = []
    page.status_message.connect(messages.append)
    editor.forum.setCurrentText("Kommunstyrelsen")
    assert page.save_changes()
    assert messages[-1] == f"Management review {REVIEW_DAY.isoformat()}, Kommunstyrelsen is saved."
    assert model.index(0, 4).data() == "No linked activity"
    assert page.list_model.index(0, 2).data() == "Draft"
    assert editor.heading.text() == f"Management review {REVIEW_DAY.isoformat()}"


def test_review_dialogs_are_english(english, qtbot):
    from app.domain.review import Decision, ManagementMember, ManagementTraining
    from ui.dialogs.review_dialogs import DecisionDialog, RecordDialog

    decision = DecisionDialog(Decision(""), REVIEW_DAY)
    qtbot.addWidget(decision)
    assert decision.windowTitle() == "New decision"
    assert decision.save_button.text() == "Save"
    assert decision.cancel_button.text() == "Cancel"
    assert [decision.kind.itemText(i) for i in range(decision.kind.count())] == [
        "Decision",
        "Proposed decision",
    ]
    assert decision.owner.accessibleName() == "Owner"
    assert decision.due.enabled.accessibleName() == "Set due by"
    decision.accept()
    assert decision.problems.text.text() == "Please fix the following:\n• Write what was decided."

    member = RecordDialog(ManagementMember(1, ""), lambda record: 1)
    qtbot.addWidget(member)
    assert member.windowTitle() == "Member of management"
    assert member.save_button.text() == "Save"
    training = RecordDialog(ManagementTraining(1, "", REVIEW_DAY, ""), lambda record: 1)
    qtbot.addWidget(training)
    assert training.windowTitle() == "Training for management"


def test_reviews_page_stays_swedish_without_the_catalogue(swedish, qtbot, workspace, org):
    from app.domain.review import ReviewInput

    page = _reviews_page(qtbot, workspace, org)
    assert page.new_button.text() == "Ny genomgång"
    assert _headers(page.list_model) == ["Datum", "Forum", "Status", "Beslut"]
    page.new_button.click()
    editor = page.editor
    assert editor.heading.text() == "Ny ledningens genomgång"
    assert editor.inputs[ReviewInput.A].accessibleName() == ReviewInput.A.heading
    status = page.service.management_duty_status(org.id, REVIEW_DAY)
    assert editor.duties.missing_texts(status) == list(status.missing)


# Handlingsplan ---------------------------------------------------------------------------------

PLAN_DAY = date(2026, 11, 29)


def _actions_page(open_page, workspace, org):
    """The action plan with three activities: overdue (with an area), due today (no area, from a
    proposed decision) and done."""
    from app.domain.activity import Activity, ActivityStatus
    from app.domain.review import Decision, DecisionKind, Review
    from app.services.actions import ActionPlanService
    from app.services.reviews import ReviewService
    from ui.pages.actions import ActionsPage

    plan = ActionPlanService(workspace, clock=lambda: PLAN_DAY)
    late = plan.create(
        Activity(
            org.id,
            "Öva kontinuitetsplanen",
            areas=("continuity",),
            due_date=date(2026, 10, 1),
            owner="Örjan Ek",
            status=ActivityStatus.IN_PROGRESS,
            progress=40,
        )
    )
    reviews = ReviewService(workspace, clock=lambda: PLAN_DAY)
    proposal = Decision("Utbilda cheferna", kind=DecisionKind.PROPOSAL, due_date=PLAN_DAY)
    review = reviews.save(
        Review(org.id, date(2026, 3, 12), "Kommunstyrelsen", decisions=(proposal,))
    )
    linked = reviews.create_activity(review.decisions[0].id, owner="Åsa Ådahl")
    done = plan.create(Activity(org.id, "Generell översyn", status=ActivityStatus.DONE))
    page = open_page(ActionsPage, PLAN_DAY, 1300, 800)
    return page, (late, linked, done)


def _items(combo) -> list[str]:
    return [combo.itemText(i) for i in range(combo.count())]


def _captions(page) -> list[str]:
    from PySide6.QtWidgets import QLabel

    return [label.text() for label in page.findChildren(QLabel) if label.buddy() is not None]


def test_actions_page_is_english(english, open_page, workspace, org, monkeypatch):
    from app.domain.activity import ActivityStatus
    from ui.dialogs import messages
    from ui.models.activity_model import ActivityTableModel

    page, (late, linked, done) = _actions_page(open_page, workspace, org)
    assert page.accessibleName() == "Action plan"
    buttons = (
        page.new_button,
        page.template_button,
        page.suggest_button,
        page.edit_button,
        page.status_button,
        page.delete_button,
        page.export_button,
    )
    assert [b.text() for b in buttons] == [
        "New activity",
        "From template…",
        "Suggestions…",
        "Edit…",
        "Change status",
        "Delete…",
        "Export…",
    ]
    assert page.export_button.toolTip() == "Save what is shown as an Excel workbook or CSV file"
    assert [a.text() for a in page.status_button.menu().actions()] == [
        "Not started",
        "In progress",
        "Done",
        "Cancelled",
    ]

    # Filters, search and their labels
    assert _items(page.status_filter) == [
        "All statuses",
        "Open",
        "Not started",
        "In progress",
        "Done",
        "Cancelled",
    ]
    assert _items(page.area_filter)[:2] == ["All areas", "General"]
    assert _items(page.owner_filter)[0] == "All owners"
    assert page.overdue_only.text() == "Overdue only"
    assert page.search.placeholderText() == "Search title, description, owner and comments"
    assert page.search.accessibleName() == "Search the action plan"
    assert page.status_filter.accessibleName() == "Filter by status"
    assert _captions(page) == ["Area:", "Status:", "Owner:"]

    # The table: headers, the domain's labels and the overdue text
    model = page.model
    assert _headers(model) == [
        "Activity",
        "Areas",
        "Owner",
        "Status",
        "Priority",
        "Complete",
        "Due date",
        "Overdue",
    ]
    tip = model.headerData(
        ActivityTableModel.STATUS, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole
    )
    assert tip == "Not started, In progress, Done or Cancelled"
    row = model.row_of(late.id)
    assert model.index(row, ActivityTableModel.STATUS).data() == "In progress"
    assert model.index(row, ActivityTableModel.PRIORITY).data() == "Medium"
    assert model.index(row, ActivityTableModel.OVERDUE).data() == "Overdue (59 days)"
    overdue_tip = model.index(row, ActivityTableModel.OVERDUE).data(Qt.ItemDataRole.ToolTipRole)
    assert overdue_tip == "Was due 2026-10-01"
    row = model.row_of(linked.id)
    assert model.index(row, ActivityTableModel.AREAS).data() == "General"
    title_tip = model.index(row, ActivityTableModel.TITLE).data(Qt.ItemDataRole.ToolTipRole)
    assert title_tip == "Utbilda cheferna\nOrigin: Management review decision"

    # Counts and summary
    assert page.shown.text() == "3 activities."
    assert page.summary.text() == "3 activities · 2 open · 1 overdue (as of 2026-11-29)"
    page.overdue_only.setChecked(True)
    assert page.shown.text() == "Showing 1 of 3 activities."
    page.overdue_only.setChecked(False)

    # The selected activity
    page.select_ids([late.id])
    assert page.detail.text().startswith(
        "<b>Öva kontinuitetsplanen</b> – In progress, 40&nbsp;% complete<br>Origin: Own. Areas: "
    )
    page.select_ids([linked.id])
    assert "<br>Origin: Management review decision. Areas: General.<br>" in page.detail.text()
    assert page._decision_text(linked) == (
        "Created from a proposed decision in the management review of 2026-03-12 "
        "(Kommunstyrelsen): Utbilda cheferna"
    )

    # Messages
    told = []
    page.status_message.connect(told.append)
    page.select_ids([done.id])
    page.set_status_of_selected(ActivityStatus.CANCELLED)
    assert told[-1] == "1 activity now has the status Cancelled."
    asked = []
    monkeypatch.setattr(messages, "confirm", lambda *args: asked.append(args[1:4]) or False)
    page.delete_button.click()
    assert asked == [("Delete activities", "Delete 1 activity?", "Delete")]
    informed = []
    monkeypatch.setattr(
        messages, "show_information", lambda parent, title, text: informed.append((title, text))
    )
    page.show_suggestions()
    ((title, text),) = informed
    assert title == "Suggested activities"
    assert text.startswith("There are no suggestions right now: no area is below the target")


def test_actions_page_stays_swedish_without_the_catalogue(swedish, open_page, workspace, org):
    from app.domain.activity import ActivityStatus
    from ui.models.activity_model import ActivityTableModel

    page, (late, linked, done) = _actions_page(open_page, workspace, org)
    assert page.accessibleName() == "Handlingsplan"
    assert page.template_button.text() == "Från mall…"
    assert _items(page.status_filter)[:3] == ["Alla statusar", "Öppna", "Ej påbörjad"]
    assert _items(page.area_filter)[:2] == ["Alla områden", "Generellt"]
    assert page.overdue_only.text() == "Endast försenade"
    assert page.search.placeholderText() == "Sök i titel, beskrivning, ansvarig och kommentarer"
    assert _captions(page) == ["Område:", "Status:", "Ansvarig:"]
    assert _headers(page.model) == list(ActivityTableModel.HEADERS)
    assert _headers(page.model)[-3:] == ["Klart", "Slutdatum", "Försenad"]
    row = page.model.row_of(late.id)
    assert page.model.index(row, ActivityTableModel.OVERDUE).data() == "Försenad (59 dagar)"
    assert page.shown.text() == "3 aktiviteter."
    assert page.summary.text() == "3 aktiviteter · 2 öppna · 1 försenade (per 2026-11-29)"
    page.search.setText("cheferna")
    assert page.shown.text() == "Visar 1 av 3 aktiviteter."
    page.search.clear()
    assert page._decision_text(linked) == (
        "Skapad från förslag till beslut i ledningens genomgång 2026-03-12 (Kommunstyrelsen): "
        "Utbilda cheferna"
    )
    page.select_ids([late.id])
    assert page.detail.text().startswith(
        "<b>Öva kontinuitetsplanen</b> – Pågår, 40&nbsp;% klart<br>Ursprung: Egen. Områden: "
    )
    # One activity: the Swedish is the same as for many (the English is singular).
    told = []
    page.status_message.connect(told.append)
    page.select_ids([done.id])
    page.set_status_of_selected(ActivityStatus.CANCELLED)
    assert told[-1] == "1 aktiviteter har nu status Avbruten."


def test_marked_action_plan_labels_are_still_the_domains():
    from app.domain.activity import GENERAL_AREA_LABEL, ActivityOrigin, ActivityStatus, Priority
    from app.domain.review import DecisionKind
    from ui.models import activity_model
    from ui.pages import actions

    def labels(*enums):
        return {member: member.label for enum in enums for member in enum}

    assert labels(ActivityStatus, Priority, ActivityOrigin) == activity_model.LABELS
    assert activity_model.GENERAL_AREA_TEXT == GENERAL_AREA_LABEL
    assert labels(DecisionKind) == actions.KIND_LABELS


# The domain's Swedish texts that the GUI translates -----------------------------------------


def test_marked_domain_labels_are_still_the_domains():
    """The GUI marks copies of app/ labels for lupdate; they must be the labels app/ shows."""
    from app.domain.activity import GENERAL_AREA_LABEL, ActivityOrigin, ActivityStatus, Priority
    from app.domain.model import RecordStatus
    from app.domain.review import DUTY_RULES, DecisionKind, ReviewInput
    from ui.dialogs import activity_dialog, review_dialogs
    from ui.models import assessments as assessment_model
    from ui.models import review_model
    from ui.pages import reviews

    def labels(*enums):
        return {member: member.label for enum in enums for member in enum}

    assert labels(ReviewInput) == reviews.INPUT_LABELS
    assert reviews.DUTY_RULE_TEXTS == DUTY_RULES
    assert labels(RecordStatus) == review_model.STATUS_LABELS
    assert labels(RecordStatus) == assessment_model.STATUS_LABELS
    assert labels(DecisionKind) == review_model.KIND_LABELS
    assert labels(DecisionKind) == review_dialogs.KIND_LABELS
    assert labels(ActivityStatus) == review_model.ACTIVITY_STATUS_LABELS
    assert labels(ActivityStatus, ActivityOrigin, Priority) == activity_dialog.ENUM_LABELS
    assert activity_dialog.GENERAL_AREA == GENERAL_AREA_LABEL


def test_rebuilt_duty_texts_are_the_domains_in_swedish(swedish, qtbot):
    """The duty panel words what is missing itself (to translate it); in Swedish it must say
    exactly what app.domain.review says."""
    from app.domain.review import (
        ManagementApproval,
        ManagementMember,
        ManagementTraining,
        management_duty_status,
    )
    from ui.pages.reviews import DutyPanel

    panel = DutyPanel()
    qtbot.addWidget(panel)
    old = ManagementApproval(1, date(2025, 1, 10), "Kommunstyrelsen", "KS 2025 § 3")
    anna = ManagementMember(1, "Anna Ek", "ordförande")
    bo = ManagementMember(1, "Bo Al")
    trained = ManagementTraining(1, "Anna Ek", date(2026, 5, 1), "Grundkurs")
    for approvals, members, trainings in (
        ((), (), ()),
        ((old,), (anna, bo), (trained,)),
        ((old,), (anna,), (trained,)),
    ):
        status = management_duty_status(approvals, members, trainings, REVIEW_DAY)
        assert status.missing
        assert panel.missing_texts(status) == list(status.missing)


def test_decision_status_texts_are_the_domains_in_swedish(swedish):
    from app.domain.activity import Activity, ActivityStatus
    from app.domain.review import Decision
    from ui.models.review_model import DecisionTableModel

    late = Decision("Inför MFA", due_date=date(2026, 6, 1), id=1)
    in_time = Decision("Ta fram policy", due_date=date(2027, 6, 1), id=2)
    done = Decision("Utbilda ledningen", id=3)
    stopped = Decision("Köp verktyg", id=4)
    activities = {
        1: Activity(
            1, "Inför MFA", status=ActivityStatus.IN_PROGRESS, progress=40, due_date=late.due_date
        ),
        3: Activity(1, "Utbilda", status=ActivityStatus.DONE, completed_on=date(2026, 5, 2)),
        4: Activity(1, "Köp", status=ActivityStatus.CANCELLED),
    }
    model = DecisionTableModel()
    model.set_decisions([late, in_time, done, stopped], activities, REVIEW_DAY, date(2026, 3, 1))
    orphan = Decision("Gammalt beslut", due_date=date(2026, 1, 1), id=5)
    for decision in (late, in_time, done, stopped, orphan):
        expected = model.follow_up(decision).status_text(REVIEW_DAY)
        assert model.status_text(decision) == expected


def test_decision_status_texts_are_english(english):
    from app.domain.activity import Activity, ActivityStatus
    from app.domain.review import Decision
    from ui.models.review_model import DecisionTableModel

    late = Decision("Inför MFA", due_date=date(2026, 6, 1), id=1)
    orphan = Decision("Gammalt beslut", due_date=date(2026, 1, 1), id=2)
    activity = Activity(
        1, "Inför MFA", status=ActivityStatus.IN_PROGRESS, progress=40, due_date=late.due_date
    )
    model = DecisionTableModel()
    model.set_decisions([late, orphan], {1: activity}, REVIEW_DAY, date(2026, 3, 1))
    assert model.status_text(late) == "In progress (40\u00a0%), late since 2026-06-01"
    assert model.status_text(orphan) == "No linked activity, overdue since 2026-01-01"
    assert model.index(0, 4).data(Qt.ItemDataRole.ToolTipRole) == (
        "Activity: Inför MFA (owner missing)"
    )


# Jämförelsedata and the organisation dialogs -------------------------------------------------


def _benchmarks_page(qtbot, workspace, organisation):
    from ui.pages.benchmarks import BenchmarksPage

    page = BenchmarksPage()
    qtbot.addWidget(page)
    page.set_context(workspace, organisation)
    return page


def test_benchmarks_page_is_english(english, qtbot, workspace, falun):
    page = _benchmarks_page(qtbot, workspace, falun)
    assert page.heading.text() == "Benchmarks"
    assert page.accessibleName() == "Benchmarks"
    assert page.subtitle.text().startswith("This is what Lägesbild compares with:")
    tabs = [page.tabs.tabText(i) for i in range(page.tabs.count())]
    assert tabs == ["Benchmark figures", "Municipalities and municipality groups", "Maturity model"]

    model = page.benchmark_model
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Area"
    column = model.column_of("C", 2023)
    assert model.headerData(column, Qt.Orientation.Horizontal) == "Group C\n2023"
    tip = model.headerData(column, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
    assert tip.startswith("Municipality group C 2023: ")
    assert tip.endswith("municipalities – the organisation's municipality group")
    assert "mean" in model.index(0, column).data(Qt.ItemDataRole.ToolTipRole)

    assert _headers(page.municipality_filter) == ["Municipality", "Municipality group", "County"]
    assert page.group_filter.itemText(0) == "All municipality groups"
    assert page.group_filter.itemText(1) == "Municipality group A"
    assert page.search.placeholderText() == "Search municipality or county"
    page.group_filter.setCurrentIndex(page.group_filter.findData("A"))
    assert page.match_count.text() == "46 municipalities"

    texts = " ".join(label.text() for label in page.findChildren(type(page.subtitle)))
    assert "Known discrepancies in the report" in texts
    assert "A – large cities and municipalities near large cities (46)" in texts
    assert "Level 2 – " in texts


def test_benchmarks_page_stays_swedish_without_the_catalogue(swedish, qtbot, workspace, falun):
    page = _benchmarks_page(qtbot, workspace, falun)
    assert page.heading.text() == "Jämförelsedata"
    assert _headers(page.municipality_filter) == ["Kommun", "Kommungrupp", "Län"]
    column = page.benchmark_model.column_of("B", 2019)
    assert page.benchmark_model.headerData(column, Qt.Orientation.Horizontal) == "Grupp B\n2019"


def test_organisation_dialogs_are_english(english, qtbot, workspace):
    from PySide6.QtWidgets import QDialogButtonBox

    from ui.dialogs.organisation import AddOrganisationDialog, CustomOrganisationDialog

    dialog = AddOrganisationDialog(workspace.reference)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Add organisation"
    assert dialog.as_municipality.text() == "A municipality"
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    cancel = dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel)
    assert (ok.text(), cancel.text()) == ("Add", "Cancel")
    assert dialog.search.field.placeholderText() == "Type the municipality's name, e.g. Falun"
    assert dialog.search.hint.text() == "All 290 municipalities"
    dialog.search.field.setText("Falun")
    assert dialog.search.hint.text() == "1 match"
    assert (
        dialog.custom.group.itemText(1) == "B – larger towns and municipalities near larger towns"
    )

    custom = CustomOrganisationDialog()
    qtbot.addWidget(custom)
    assert custom.windowTitle() == "Other organisation"
    assert custom.buttons.button(QDialogButtonBox.StandardButton.Ok).text() == "Add"


# Data safety dialogs, the activity dialogs and About -----------------------------------------


def test_backup_dialog_is_english(english, qtbot, workspace, falun, monkeypatch):
    from app.services import safety
    from ui.dialogs import messages
    from ui.dialogs.backup_dialog import BackupDialog

    safety.backup_now(workspace.path)
    dialog = BackupDialog(workspace.path)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Backups"
    assert dialog.create_button.text() == "Back up now"
    assert dialog.restore_button.text() == "Restore…"
    assert dialog.close_button.text() == "Close"
    assert dialog.intro.text().startswith("Lägesbild takes a backup when the program starts")
    assert "\nFolder: " in dialog.intro.text()
    assert _headers(dialog.model) == ["Date", "Size", "Reason", "File"]
    assert dialog.model.index(0, 2).data() == "Manual"

    asked = []
    monkeypatch.setattr(messages, "confirm", lambda *args: asked.append(args[1:4]) or False)
    dialog.restore_button.click()
    ((title, text, accept),) = asked
    assert (title, accept) == ("Restore backup", "Restore")
    assert text.startswith("Do you want to restore the database from the backup of ")
    assert text.endswith("(manual)?")


def test_audit_dialog_is_english(english, qtbot, workspace, falun):
    from ui.dialogs.audit_dialog import AuditDialog

    dialog = AuditDialog(workspace)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Change log"
    assert dialog.export_button.text() == "Export…"
    assert dialog.close_button.text() == "Close"
    assert dialog.intro.text().startswith(f"Changes recorded in {workspace.path.name}: ")
    assert _headers(dialog.model) == ["Time (UTC)", "User", "What", "Record", "Event", "Reason"]
    actions = {dialog.model.index(r, 4).data() for r in range(dialog.model.rowCount())}
    assert "Added" in actions
    assert "Organisation" in {dialog.model.index(r, 2).data() for r in range(3)}
    assert "After:" in dialog.details.toPlainText()


def test_store_problem_dialog_is_english(english, qtbot, tmp_path):
    from ui.dialogs.store_problem_dialog import StoreProblemDialog

    dialog = StoreProblemDialog(tmp_path / "trasig.db", "Databasen är skadad.", can_restore=True)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "The database cannot be opened"
    assert dialog.heading.text() == "The database trasig.db cannot be opened"
    texts = [b.text() for b in (dialog.open_button, dialog.restore_button, dialog.quit_button)]
    assert texts == ["Open another database…", "Restore from backup…", "Quit"]
    assert dialog.hint_label.text().startswith("The file has not been changed.")
    # The domain's own message stays as app/ words it.
    assert dialog.message_label.text() == "Databasen är skadad."


def test_import_conflict_question_is_english(english, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from ui.dialogs import exchange_dialog

    boxes = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: boxes.append(box) or 0)
    choice = exchange_dialog.ask_conflict(None, "«Falun» finns redan.", single=True)
    assert choice is exchange_dialog.ConflictChoice.CANCEL
    (box,) = boxes
    assert box.windowTitle() == "The organisation already exists"
    assert box.informativeText() == "Existing data is never overwritten. What do you want to do?"
    assert sorted(b.text() for b in box.buttons()) == [
        "Cancel",
        "Import under a new name…",
        "Skip existing",
    ]


def test_activity_dialogs_are_english(english, qtbot):
    from app.domain.activity import Activity, ActivityOrigin, Priority, Suggestion
    from app.domain.errors import ValidationError
    from ui.dialogs.activity_dialog import (
        ActivityDialog,
        SuggestionsDialog,
        TemplateDialog,
        export_filters,
    )

    def refuse(activity):
        raise ValidationError(["Ange en titel."])

    dialog = ActivityDialog(
        Activity(1, ""),
        area_names={"risk": "Riskhantering"},
        save=refuse,
        today=REVIEW_DAY,
    )
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "New activity"
    assert (dialog.save_button.text(), dialog.cancel_button.text()) == ("Save", "Cancel")
    assert dialog.add_comment_button.text() == "Add comment"
    assert dialog.status.itemText(0) == "Not started"
    assert dialog.priority.itemText(dialog.priority.findData(Priority.HIGH)) == "High"
    assert dialog.origin.itemText(dialog.origin.findData(ActivityOrigin.OWN)) == "Own"
    assert dialog.due.edit.accessibleName() == "Due date"
    assert dialog.log.horizontalHeaderItem(2).text() == "Comment"
    dialog.accept()  # the domain's problem texts stay Swedish; the heading is translated
    assert dialog.problems.text.text() == "Please fix the following:\n• Ange en titel."

    templates = TemplateDialog([], {})
    qtbot.addWidget(templates)
    assert templates.windowTitle() == "New activity from template"
    assert templates.ok.text() == "Use template"
    assert templates.list.item(0).text() == "SKR's recommendations (2023)"

    suggestion = Suggestion(
        "risk", "Riskhantering", ("Under målnivån.",), "Inför riskanalys", "", Priority.HIGH
    )
    suggestions = SuggestionsDialog([suggestion])
    qtbot.addWidget(suggestions)
    assert suggestions.windowTitle() == "Suggested activities"
    assert suggestions.ok.text() == "Create selected activities"
    assert suggestions.list.item(0).toolTip() == "Priority High"
    assert export_filters()["csv"] == "CSV for Excel, semicolon-separated (*.csv)"


def test_about_source_is_english(english, qtbot, tmp_path):
    from ui.about import AboutDialog

    dialog = AboutDialog(None, tmp_path / "x.db")
    qtbot.addWidget(dialog)
    assert dialog.source_label.text().endswith("Benchmark figures: Figures 64–67.")
    assert dialog.plain_text().splitlines()[1].startswith("Licence: ")


def test_marked_safety_labels_are_still_the_domains():
    from app.services import safety
    from ui.models import safety_models

    assert sorted(safety_models.REASON_TEXTS) == sorted(safety.REASON_LABELS.values())
    assert sorted(safety_models.TABLE_TEXTS) == sorted(safety.TABLE_LABELS.values())
    assert sorted(safety_models.ACTION_TEXTS) == sorted(safety.ACTION_LABELS.values())


# Översikt, presentation mode and the chart chrome ---------------------------------------------


def _dashboard(qtbot, workspace=None, organisation=None):
    from ui.pages.dashboard import DashboardPage

    page = DashboardPage(path_chooser=lambda *args: None)
    qtbot.addWidget(page)
    page.resize(1280, 800)
    if workspace is not None:
        page.set_context(workspace, organisation or workspace.organisations()[0])
    return page


def _dashboard_captions(page) -> list[str]:
    from PySide6.QtWidgets import QLabel

    return [label.text() for label in page.findChildren(QLabel) if label.buddy() is not None]


def test_dashboard_is_english(english, qtbot, demo_workspace, no_modal_dialogs):
    page = _dashboard(qtbot, demo_workspace)
    assert page.accessibleName() == "Overview"
    assert page.subheading.text() == (
        "Municipality group B · compared with SKR's benchmark figures"
    )
    assert _dashboard_captions(page) == ["&Year:", "&Compare with:"]
    checks = (page.previous_check, page.self_check, page.target_check)
    assert [c.text() for c in checks] == ["Previous year", "Self-assessed level", "Target level"]
    assert page.target_check.toolTip() == "Show the target level (scale 1–4)"
    assert page.present_button.text() == "Presentation mode"
    assert page.present_button.toolTip().endswith("(Esc leaves)")
    assert page.year_combo.accessibleName() == "Year of the assessment"
    assert page.year_combo.currentText() == "2026 (draft)"
    assert page.area_combo.itemText(0) == "All areas (mean)"
    assert page.question_combo.accessibleName().startswith("Profile question")

    empty = _dashboard(qtbot)
    assert empty.empty_message() == ("No organisation selected – choose or add an organisation.")


def test_dashboard_without_assessments_is_english(english, qtbot, workspace, falun):
    page = _dashboard(qtbot, workspace, falun)
    assert page.empty_message() == "No assessment yet – create one under Assessments."


def test_dashboard_stays_swedish_without_the_catalogue(
    swedish, qtbot, demo_workspace, workspace, falun, no_modal_dialogs
):
    from ui.pages.dashboard import NO_ASSESSMENT, NO_ORGANISATION

    page = _dashboard(qtbot, demo_workspace)
    assert page.accessibleName() == "Översikt"
    assert page.subheading.text() == "Kommungrupp B · jämförelse med SKR:s jämförelsetal"
    assert _dashboard_captions(page) == ["&År:", "&Jämför med:"]
    checks = (page.previous_check, page.self_check, page.target_check)
    assert [c.text() for c in checks] == ["Föregående år", "Självskattad nivå", "Målnivå"]
    assert page.present_button.text() == "Presentationsläge"
    assert page.year_combo.currentText() == "2026 (utkast)"
    assert page.area_combo.itemText(0) == "Alla områden (medel)"
    assert _dashboard(qtbot).empty_message() == NO_ORGANISATION
    assert _dashboard(qtbot, workspace, falun).empty_message() == NO_ASSESSMENT


def _presentation(qtbot, workspace):
    from ui.presentation import PresentationWindow

    window = PresentationWindow(workspace, workspace.organisations()[0], 2023, 2023)
    qtbot.addWidget(window)
    return window


def _label_texts(widget) -> list[str]:
    from PySide6.QtWidgets import QLabel

    return [label.text() for label in widget.findChildren(QLabel)]


def test_presentation_is_english(english, qtbot, demo_workspace):
    window = _presentation(qtbot, demo_workspace)
    assert window.windowTitle() == "Lägesbild 2023 – Demoköpings kommun"
    assert window.accessibleName() == "Presentation mode"
    assert window.counter_label.accessibleName() == "Slide counter"
    title_slide = _label_texts(window.slides[0].body)
    assert "Information security – situation report 2023" in title_slide
    assert (
        "Self-assessment compared with SKR's survey 2023 (municipality group B and nationally)"
        in title_slide
    )
    assert window.accessibleDescription() == f"Slide 1 of {window.slide_count}: "
    window.next_slide()
    assert window.subtitle_label.text() == (
        "Demoköpings kommun · assessment 2023 · benchmark figures 2023"
    )
    assert window.slides[-1].title == "Comparison with other municipalities"


def test_presentation_stays_swedish_without_the_catalogue(swedish, qtbot, demo_workspace):
    window = _presentation(qtbot, demo_workspace)
    assert window.accessibleName() == "Presentationsläge"
    assert "Informationssäkerhet – lägesbild 2023" in _label_texts(window.slides[0].body)
    window.next_slide()
    assert window.subtitle_label.text() == (
        "Demoköpings kommun · bedömning 2023 · jämförelsetal 2023"
    )
    assert window.accessibleDescription().startswith(f"Bild 2 av {window.slide_count}: ")
    assert window.slides[-1].title == "Jämförelse med andra kommuner"


def test_chart_chrome_is_english(english, qtbot, tmp_path):
    from ui.charts.difference import DifferenceBars
    from ui.charts.distribution import DistributionChart
    from ui.charts.export import ExportError, export_png
    from ui.charts.export_button import ExportButton
    from ui.charts.key_figures import KeyFigures
    from ui.charts.radar import RadarChart
    from ui.charts.trend import TrendChart

    radar, difference, trend = RadarChart(), DifferenceBars(), TrendChart()
    distribution, figures = DistributionChart(), KeyFigures()
    for chart in (radar, difference, trend, distribution, figures):
        qtbot.addWidget(chart)
    assert radar.message() == "No data to show."
    assert difference.message() == "No data to show."
    assert trend.message() == "No data to show."
    assert distribution.message() == "SKR has not reported the answers to this question."
    assert figures.accessibleName() == "Key figures"
    assert difference.plot.getAxis("bottom").labelText == "Difference in level (own − mean)"
    assert distribution.plot.getAxis("bottom").labelText == "Share of the municipalities"
    assert trend.plot.getAxis("left").labelText == "SKR-comparable level"

    button = ExportButton(radar, lambda: "Falun mognadsnivå 2023", lambda *args: None)
    qtbot.addWidget(button)
    assert button.text() == "Export"
    assert button.accessibleName() == "Export the chart"
    assert [a.text() for a in button.menu().actions() if not a.isSeparator()] == [
        "Save as PNG (high resolution)…",
        "Save as SVG…",
        "Copy to clipboard",
    ]
    with pytest.raises(ExportError) as error:
        export_png(radar, tmp_path)
    assert error.value.message == f"Could not save the image as «{tmp_path}»: it is a folder."


def test_chart_texts_written_in_ui_are_english(english, qtbot, demo_workspace):
    from app.domain import series as S
    from ui.charts.difference import DifferenceBars
    from ui.charts.distribution import DistributionChart

    organisation = demo_workspace.organisations()[0]
    comparison = demo_workspace.comparison(organisation.id, 2023, 2023)
    reference = demo_workspace.reference
    difference = DifferenceBars()
    qtbot.addWidget(difference)
    data = S.difference_series(comparison, reference)
    difference.set_data(data)
    assert [entry.label for entry in difference.legend.entries] == [
        f"Above the mean for {data.benchmark_label}",
        f"Below the mean for {data.benchmark_label}",
    ]
    distribution = DistributionChart()
    qtbot.addWidget(distribution)
    question = reference.profile_questions[0]
    peer = S.distribution_series(reference, question.key, None, organisation.group)
    distribution.set_data(peer)
    assert distribution.legend.entries[-1].label == "Your answer"
    assert distribution.note_item.text().startswith(
        "Your answer is missing from the assessment's profile. Share of the municipalities"
    )


def test_chart_chrome_stays_swedish_without_the_catalogue(swedish, qtbot, tmp_path):
    from ui.charts.difference import DifferenceBars
    from ui.charts.export import ExportError, export_png
    from ui.charts.export_button import ExportButton
    from ui.charts.key_figures import KeyFigures

    difference, figures = DifferenceBars(), KeyFigures()
    qtbot.addWidget(difference)
    qtbot.addWidget(figures)
    assert difference.message() == "Ingen data att visa."
    assert difference.plot.getAxis("bottom").labelText == "Skillnad i nivå (egen − medelvärde)"
    assert figures.accessibleName() == "Nyckeltal"
    button = ExportButton(difference, lambda: "x", lambda *args: None)
    qtbot.addWidget(button)
    assert button.text() == "Exportera"
    assert [a.text() for a in button.menu().actions() if not a.isSeparator()] == [
        "Spara som PNG (hög upplösning)…",
        "Spara som SVG…",
        "Kopiera till urklipp",
    ]
    with pytest.raises(ExportError) as error:
        export_png(difference, tmp_path)
    assert error.value.message == f"Kunde inte spara bilden som «{tmp_path}»: det är en mapp."


# The catalogue itself ------------------------------------------------------------------------

PLACEHOLDER = re.compile(r"\{(\w*)\}")
TAG = re.compile(r"</?\w+>")


def _messages() -> list[tuple[str, str, ET.Element]]:
    root = ET.parse(I18N / "lagesbild_en.ts").getroot()
    return [
        (context.findtext("name"), message.findtext("source"), message.find("translation"))
        for context in root.iter("context")
        for message in context.iter("message")
    ]


def test_every_message_has_a_finished_english_translation():
    messages = _messages()
    assert len(messages) > 600
    problems = [
        (context, source)
        for context, source, translation in messages
        if translation.get("type") is not None or not (translation.text or "").strip()
    ]
    assert problems == []  # no unfinished, vanished or obsolete entries, no empty ones


def test_translations_keep_placeholders_markup_and_shortcuts():
    problems = []
    for context, source, translation in _messages():
        english = translation.text or ""
        if sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(english)):
            problems.append(("placeholders", context, source, english))
        if sorted(TAG.findall(source)) != sorted(TAG.findall(english)):
            problems.append(("markup", context, source, english))
        if ("&" in source.replace("&&", "")) != ("&" in english.replace("&&", "")):
            problems.append(("shortcut", context, source, english))
    assert problems == []


def test_contexts_of_the_catalogue_exist_in_the_code():
    """A context is the class name self.tr() uses (or the explicit one of translate); a renamed
    class would silently fall back to Swedish."""
    sources = "\n".join(
        p.read_text(encoding="utf-8")
        for p in (ROOT / "ui").rglob("*.py")
        if "__pycache__" not in p.parts
    )
    contexts = {context for context, _source, _translation in _messages()}
    missing = [
        context
        for context in sorted(contexts)
        if f"class {context}(" not in sources and f'"{context}"' not in sources
    ]
    assert missing == []
