"""The pages and dialogs beyond the main window follow the interface language.

The English catalogue is compiled into a temporary folder by the build script and installed only
for the tests that ask for it (``english`` removes it again), so every other test sees Swedish.
"""

from __future__ import annotations

import importlib.util
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from ui import i18n

ROOT = Path(__file__).resolve().parents[2]
I18N = ROOT / "resources" / "i18n"


@pytest.fixture(scope="module")
def compiled(tmp_path_factory) -> Path:
    spec = importlib.util.spec_from_file_location(
        "build_translations", ROOT / "scripts" / "build_translations.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    out = tmp_path_factory.mktemp("qm")
    assert [p.name for p in module.build_translations(I18N, out)] == ["lagesbild_en.qm"]
    return out


@pytest.fixture
def english(qapp, compiled):
    translator = i18n.install_translator(qapp, "en", compiled)
    assert translator is not None and not translator.isEmpty()
    yield qapp
    i18n.remove_translators(qapp)


@pytest.fixture
def swedish(qapp):
    i18n.remove_translators(qapp)
    return qapp


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
