"""build_report_content from a real store: the demo, plus action plan, reviews and duties."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from app.demo import DEMO_ORGANISATION, create_demo_store
from app.domain.activity import Activity, ActivityStatus
from app.domain.errors import NotFoundError, ValidationError
from app.domain.model import AreaResponse, Assessment
from app.domain.review import (
    Decision,
    DecisionKind,
    ManagementApproval,
    ManagementMember,
    ManagementTraining,
    Review,
    ReviewInput,
)
from app.report.content import build_report_content
from app.report.docx_builder import build_docx
from app.report.pdf import build_pdf
from app.services.actions import ActionPlanService
from app.services.reviews import ReviewService
from app.services.workspace import Workspace

TODAY = date(2026, 11, 29)


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return create_demo_store(tmp_path_factory.mktemp("demo") / "demo.db")


@pytest.fixture
def workspace(tmp_path: Path, demo_db: Path) -> Workspace:
    copy = tmp_path / "demo.db"
    copy.write_bytes(demo_db.read_bytes())
    with Workspace.open(copy) as ws:
        yield ws


def test_demo_content_matches_the_comparison(workspace: Workspace) -> None:
    content = build_report_content(workspace, DEMO_ORGANISATION, 2026, today=TODAY)
    org = workspace.find_organisation(DEMO_ORGANISATION)
    comparison = workspace.comparison(org.id, 2026, 2023)
    assert content.organisation == DEMO_ORGANISATION and content.group == "B"
    assert [r.own_level for r in content.areas] == [r.own_level for r in comparison.rows]
    assert content.areas[1].group_mean == pytest.approx(1.62)
    assert content.key_figures.areas_at_level_two == comparison.areas_at_level_two
    assert content.key_figures.previous_year == 2025
    assert [p.year for p in content.trend] == list(range(2017, 2027))
    assert not content.trend[-1].is_final and content.trend[0].is_final
    assert [b.year for b in content.benchmarks] == [2019, 2023]
    assert len(content.inputs) == 7 and content.inputs[0].letter == "a"
    assert len(content.method.maturity_levels) == 4
    assert "Figur 65" in " ".join(content.method.benchmark_sources)
    assert content.method.level_two_answers == ("Ja, fullt etablerat", "Ja, delvis etablerat")
    assert len(content.peers) == len(workspace.reference.profile_questions)


def test_unknown_organisation_year_and_benchmark_year_are_swedish_errors(
    workspace: Workspace,
) -> None:
    with pytest.raises(NotFoundError):
        build_report_content(workspace, "Okänd kommun", 2026, today=TODAY)
    with pytest.raises(NotFoundError, match="ingen bedömning för 2015"):
        build_report_content(workspace, DEMO_ORGANISATION, 2015, today=TODAY)
    with pytest.raises(ValidationError, match="Jämförelsetal finns"):
        build_report_content(workspace, DEMO_ORGANISATION, 2026, benchmark_year=2021, today=TODAY)


@pytest.fixture
def fresh(tmp_path: Path) -> Workspace:
    """A new store with one organisation assessed 2025 and 2026 – nothing else."""
    with Workspace.open(tmp_path / "fresh.db", create=True) as ws:
        org = ws.add_custom_organisation("Provköpings kommun", "B")
        for year, answer in ((2025, "started"), (2026, "partial")):
            responses = {
                area.key: AreaResponse(
                    area.key,
                    answer if area.number < 5 else "no",
                    2 if answer == "partial" and area.number < 5 else 1,
                    3,
                )
                for area in ws.reference.areas
            }
            ws.save_assessment(
                Assessment(
                    org.id,
                    year,
                    date(year, 3, 1),
                    "Eva Ek, informationssäkerhetssamordnare",
                    responses=responses,
                )
            )
        yield ws


def test_without_a_review_a_prefilled_draft_is_used(fresh: Workspace) -> None:
    content = build_report_content(fresh, "Provköpings kommun", 2026, today=TODAY)
    assert content.review.review_id is None and content.review.held_on is None
    assert content.review.forum == "Kommunstyrelsen"
    assert content.inputs[0].text.startswith("Ingen tidigare ledningens genomgång")
    assert content.action_plan.total == 0 and content.key_figures.overdue_activities == 0
    assert content.key_figures.areas_at_level_two == 4
    assert content.key_figures.change == 4
    assert content.author == "Eva Ek"
    assert content.signatories[1].role == "Informationssäkerhetssamordnare"


def test_action_plan_reviews_and_duties_come_from_the_services(fresh: Workspace) -> None:
    workspace = fresh
    org = workspace.find_organisation("Provköpings kommun")
    actions = ActionPlanService(workspace, clock=lambda: TODAY)
    reviews = ReviewService(workspace, clock=lambda: TODAY, actions=actions)
    previous = reviews.save(
        Review(
            organisation_id=org.id,
            held_on=date(2025, 12, 9),
            forum="Kommunstyrelsen",
            decisions=(
                Decision(
                    "Ta fram kontinuitetsplaner",
                    DecisionKind.DECISION,
                    "Anna Berg",
                    date(2026, 9, 30),
                ),
            ),
        )
    )
    linked = reviews.create_activity(previous.decisions[0].id)
    actions.update(replace(linked, status=ActivityStatus.IN_PROGRESS))
    actions.create(
        Activity(
            org.id,
            "Revidera policyn",
            owner="Per Ek",
            due_date=date(2026, 4, 30),
            status=ActivityStatus.DONE,
            completed_on=date(2026, 4, 22),
        )
    )
    current = reviews.save(
        Review(
            organisation_id=org.id,
            held_on=date(2026, 12, 8),
            forum="Kommunstyrelsen",
            inputs={ReviewInput.B: "Ny förvaltningsorganisation."},
            decisions=(Decision("Godkänn riskhanteringsåtgärderna.", DecisionKind.PROPOSAL),),
        )
    )
    reviews.save_duty_record(ManagementMember(org.id, "Karin Ås", "ordförande"))
    reviews.save_duty_record(ManagementMember(org.id, "Olle Berg", "vice ordförande"))
    reviews.save_duty_record(
        ManagementTraining(
            org.id, "Karin Ås", date(2026, 3, 1), "Cybersäkerhet för förtroendevalda"
        )
    )
    reviews.save_duty_record(ManagementApproval(org.id, date(2024, 5, 1), "Kommunstyrelsen"))

    content = build_report_content(workspace, org, 2026, review_id=current.id, today=TODAY)
    assert content.review.held_on == date(2026, 12, 8) and content.review.review_id == current.id
    assert content.previous_review_date == date(2025, 12, 9)
    plan = content.action_plan
    assert plan.total == 2
    assert [a.title for a in plan.overdue] == ["Ta fram kontinuitetsplaner"]
    assert plan.overdue[0].days_overdue == 60
    assert [a.title for a in plan.completed_since] == ["Revidera policyn"]
    assert content.key_figures.overdue_activities == 1
    assert content.follow_up[0].overdue and "försenad" in content.follow_up[0].status
    assert content.inputs[1].text == "Ny förvaltningsorganisation."
    assert [d.text for d in content.decisions] == ["Godkänn riskhanteringsåtgärderna."]
    duties = content.duties
    assert [d.fulfilled for d in duties.lines] == [False, False]
    assert "1 av 2" in duties.lines[1].status
    assert any("Olle Berg" in m for m in duties.missing)
    assert [t.trained_on for t in duties.training] == [date(2026, 3, 1), None]

    # without review_id the review held in the year is chosen
    again = build_report_content(workspace, org, 2026, today=TODAY)
    assert again.review.review_id == current.id


def test_review_of_another_organisation_is_refused(workspace: Workspace) -> None:
    other = workspace.find_organisation("Exempelsunda kommun")
    review = ReviewService(workspace, clock=lambda: TODAY).save(
        Review(organisation_id=other.id, held_on=date(2026, 5, 5), forum="KS")
    )
    with pytest.raises(NotFoundError, match="hör inte till"):
        build_report_content(workspace, DEMO_ORGANISATION, 2026, review_id=review.id, today=TODAY)


def test_demo_reports_build_in_both_formats(workspace: Workspace, tmp_path: Path) -> None:
    content = build_report_content(workspace, DEMO_ORGANISATION, 2026, today=TODAY)
    pdf = build_pdf(content, tmp_path / "demo.pdf")
    docx = build_docx(content, tmp_path / "demo.docx")
    text = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(pdf).pages)
    assert "Demoköpings kommun" in text and "1,62" in text
    assert docx.stat().st_size > 20_000
