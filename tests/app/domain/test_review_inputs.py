"""Prefill of the review inputs a–g from structured data."""

from __future__ import annotations

from datetime import date

from app.domain.activity import Activity, ActivityOrigin, ActivityStatus, Priority, Suggestion
from app.domain.comparison import AreaComparison, Comparison
from app.domain.review import (
    Decision,
    ManagementApproval,
    ManagementMember,
    Review,
    ReviewInput,
    follow_ups,
    management_duty_status,
)
from app.domain.review_inputs import ReviewBasis, prefill_inputs

TODAY = date(2026, 11, 29)


def comparison() -> Comparison:
    def row(key: str, name: str, own: int, previous: int, group: float) -> AreaComparison:
        return AreaComparison(key, 1, name, own, own, 2, group, group - 0.1, previous, None, None)

    return Comparison(
        year=2026,
        benchmark_year=2023,
        group="B",
        rows=(
            row("risk_management", "Riskhantering", 2, 1, 1.5),
            row("training", "Utbildning", 1, 1, 1.4),
        ),
    )


def basis(**changes: object) -> ReviewBasis:
    previous = Review(
        1,
        date(2025, 3, 12),
        forum="Kommunstyrelsen",
        decisions=(
            Decision("Inför MFA", owner="IT-chef", due_date=date(2026, 6, 30), id=1),
            Decision("Utbilda ledningen", id=2),
        ),
        id=9,
    )
    activities = (
        Activity(
            1,
            "Inför MFA för alla",
            areas=("risk_management",),
            status=ActivityStatus.IN_PROGRESS,
            due_date=date(2026, 6, 30),
            decision_id=1,
            owner="IT-chef",
        ),
        Activity(1, "NIS2 j", origin=ActivityOrigin.NIS2_MEASURE, status=ActivityStatus.DONE),
    )
    values = {
        "as_of": TODAY,
        "organisation_name": "Demoköpings kommun",
        "previous_review": previous,
        "previous_decisions": follow_ups(previous.decisions, previous.held_on, activities),
        "comparison": comparison(),
        "level_two_by_year": ((2024, 0), (2025, 1), (2026, 1)),
        "activities": activities,
        "suggestions": (
            Suggestion("training", "Utbildning", ("x",), "Utbilda samtliga", "", Priority.HIGH),
        ),
        "duty_status": management_duty_status(
            [ManagementApproval(1, date(2026, 3, 12), "Kommunstyrelsen", "KS 2026-03-12 § 45")],
            [ManagementMember(1, "Bo Öst", "Kommundirektör")],
            [],
            TODAY,
        ),
        "area_names": {"risk_management": "Riskhantering"},
    }
    values.update(changes)
    return ReviewBasis(**values)  # type: ignore[arg-type]


def test_every_input_is_prefilled():
    texts = prefill_inputs(basis())
    assert set(texts) == set(ReviewInput)
    assert all(text.strip() for text in texts.values())


def test_input_a_reports_previous_decisions_and_their_activities():
    text = prefill_inputs(basis())[ReviewInput.A]
    assert text.startswith("Beslut från ledningens genomgång 2025-03-12, Kommunstyrelsen:")
    assert (
        "• Beslut: Inför MFA (ansvarig IT-chef, klart senast 2026-06-30). "
        "Status: Pågår, försenad sedan 2026-06-30." in text
    )
    assert "• Beslut: Utbilda ledningen. Status: Ingen aktivitet kopplad." in text
    assert "Sammanfattning: genomförda 0 av 2, försenade 1, utan kopplad aktivitet 1." in text


def test_input_a_without_previous_review():
    text = prefill_inputs(basis(previous_review=None, previous_decisions=()))[ReviewInput.A]
    assert text == "Ingen tidigare ledningens genomgång finns registrerad."


def test_input_b_mentions_the_cybersecurity_act():
    assert "trädde i kraft 2026-01-15" in prefill_inputs(basis())[ReviewInput.B]
    early = prefill_inputs(basis(as_of=date(2025, 12, 1)))[ReviewInput.B]
    assert "träder i kraft 2026-01-15" in early


def test_input_d_performance():
    text = prefill_inputs(basis())[ReviewInput.D]
    assert "Självskattning 2026: 1 av 2 uppföljningsområden når mognadsnivå 2" in text
    assert "förbättrade områden 1, försämrade områden 0" in text
    assert "Medelnivå 1,50 jämfört med kommungrupp B 1,45 och riket 1,35 (SKR 2023)" in text
    assert "Under kommungruppens medelvärde: Utbildning." in text
    assert "2024: 0, 2025: 1, 2026: 1" in text
    assert "Försenad: Inför MFA för alla" in text
    assert "[Fyll i: avvikelser och korrigerande åtgärder]" in text


def test_input_d_without_assessment():
    text = prefill_inputs(basis(comparison=None, activities=()))[ReviewInput.D]
    assert "Ingen självskattning finns registrerad ännu." in text
    assert "Handlingsplanen innehåller inga aktiviteter." in text


def test_input_f_risk_plan_and_approval():
    text = prefill_inputs(basis())[ReviewInput.F]
    assert "• Inför MFA för alla – Pågår, försenad (Riskhantering)" in text
    assert "• NIS2 j – Klar (Generellt)" in text
    assert "Kommunstyrelsen 2026-03-12 (KS 2026-03-12 § 45)" in text


def test_input_g_suggestions_and_missing_duties():
    text = prefill_inputs(basis())[ReviewInput.G]
    assert "• Utbildning: Utbilda samtliga" in text
    assert "Ledningens ansvar enligt cybersäkerhetslagen – detta saknas:" in text
    assert "Bo Öst (Kommundirektör) saknar utbildning" in text
    early = prefill_inputs(basis(as_of=date(2025, 6, 1)))[ReviewInput.G]
    assert "Inför cybersäkerhetslagen – detta saknas ännu för ledningen:" in early


def test_basis_structured_data():
    data = basis()
    assert [a.title for a in data.risk_activities] == ["Inför MFA för alla", "NIS2 j"]
    assert [a.title for a in data.overdue_activities] == ["Inför MFA för alla"]
    assert data.activity_summary.overdue == 1
