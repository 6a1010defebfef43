"""Management reviews: validation, decision follow-up and the NIS2 management duties."""

from __future__ import annotations

from datetime import date

import pytest

from app.domain.activity import Activity, ActivityOrigin, ActivityStatus
from app.domain.errors import ValidationError
from app.domain.review import (
    Decision,
    DecisionKind,
    ManagementApproval,
    ManagementMember,
    ManagementTraining,
    Review,
    ReviewInput,
    follow_ups,
    management_duty_status,
    management_record_problems,
    months_before,
    previous_review,
    review_problems,
    validate_reopen_reason,
)

TODAY = date(2026, 11, 29)


def test_input_headings_follow_iso_27001():
    assert [k.value for k in ReviewInput] == list("abcdefg")
    assert ReviewInput.A.heading == "a) Status för åtgärder från tidigare ledningens genomgångar"


def test_decision_kind_labels():
    assert DecisionKind.DECISION.label == "Beslut"
    assert DecisionKind.PROPOSAL.label == "Förslag till beslut"


class TestReviewValidation:
    def test_valid(self):
        review = Review(1, date(2026, 3, 12), forum="Kommunstyrelsen")
        assert review_problems(review) == []
        assert review.title == "Ledningens genomgång 2026-03-12, Kommunstyrelsen"

    def test_problems(self):
        review = Review(
            1,
            date(2026, 3, 12),
            forum=" ",
            period_from=date(2026, 4, 1),
            period_to=date(2026, 1, 1),
            decisions=(Decision(""),),
        )
        problems = review_problems(review)
        assert problems == [
            "Ange i vilket forum genomgången hölls, t.ex. Kommunstyrelsen.",
            "Perioden slutar (2026-01-01) före den börjar (2026-04-01).",
            "Perioden som genomgången avser kan inte börja efter mötesdagen.",
            "Beslut 1 saknar text.",
        ]

    def test_reopen_needs_reason(self):
        with pytest.raises(ValidationError, match="Ange varför"):
            validate_reopen_reason("  ")
        assert validate_reopen_reason(" Fel datum ") == "Fel datum"


class TestFollowUp:
    decision = Decision("Inför MFA", owner="IT-chef", due_date=date(2026, 6, 30), id=11)

    def test_links_activity_by_decision_id(self):
        linked = Activity(1, "MFA", decision_id=11, origin=ActivityOrigin.REVIEW_DECISION, id=5)
        other = Activity(1, "Annat", id=6)
        (item,) = follow_ups([self.decision], date(2026, 3, 12), [other, linked])
        assert item.activity is linked

    def test_status_texts(self):
        running = Activity(
            1,
            "MFA",
            status=ActivityStatus.IN_PROGRESS,
            progress=40,
            due_date=date(2026, 6, 30),
            decision_id=11,
        )
        (item,) = follow_ups([self.decision], date(2026, 3, 12), [running])
        assert item.status_text(TODAY) == "Pågår (40\u00a0%), försenad sedan 2026-06-30"
        assert item.is_overdue(TODAY)
        done = Activity(
            1, "MFA", status=ActivityStatus.DONE, completed_on=date(2026, 5, 2), decision_id=11
        )
        (item,) = follow_ups([self.decision], date(2026, 3, 12), [done])
        assert item.status_text(TODAY) == "Klar 2026-05-02"
        assert not item.is_overdue(TODAY)

    def test_unlinked_decision_past_due(self):
        (item,) = follow_ups([self.decision], date(2026, 3, 12), [])
        assert item.status_text(TODAY) == "Ingen aktivitet kopplad, förfallen sedan 2026-06-30"


def test_previous_review_is_the_latest_earlier_one():
    reviews = [
        Review(1, date(2024, 3, 1), id=1),
        Review(1, date(2025, 3, 1), id=2),
        Review(1, date(2026, 3, 1), id=3),
    ]
    assert previous_review(reviews, reviews[2]).id == 2
    assert previous_review(reviews, reviews[0]) is None
    assert previous_review(reviews, Review(1, date(2027, 1, 1))).id == 3


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        (date(2026, 11, 29), date(2025, 11, 29)),
        (date(2024, 2, 29), date(2023, 2, 28)),
        (date(2026, 3, 31), date(2025, 3, 31)),
    ],
)
def test_months_before(day, expected):
    assert months_before(day, 12) == expected


def test_months_before_end_of_month():
    assert months_before(date(2026, 3, 31), 1) == date(2026, 2, 28)


class TestManagementDuties:
    members = (
        ManagementMember(1, "Anna Ek", "KS ordförande"),
        ManagementMember(1, "Bo Öst", "Kommundirektör"),
        ManagementMember(1, "Cia Ny", "Avgått", active=False),
    )

    def test_nothing_on_record(self):
        status = management_duty_status([], [], [], TODAY)
        assert not status.is_complete
        assert status.missing[0].startswith("Det finns inget beslut om att ledningen har godkänt")
        assert "Inga ledamöter" in status.missing[1]

    def test_complete(self):
        approval = ManagementApproval(1, date(2026, 3, 12), "Kommunstyrelsen", "KS 2026-03-12 § 45")
        trainings = [
            ManagementTraining(1, "anna ek", date(2026, 2, 1), "Cybersäkerhet för ledningen"),
            ManagementTraining(1, "Bo Öst", date(2025, 11, 29), "Cybersäkerhet för ledningen"),
        ]
        status = management_duty_status([approval], self.members, trainings, TODAY)
        assert status.missing == ()
        assert status.approval_current
        assert [m.name for m, _ in status.trained] == ["Anna Ek", "Bo Öst"]

    def test_old_approval_and_untrained_member(self):
        approval = ManagementApproval(1, date(2025, 11, 28), "Kommunstyrelsen", "KS 2025-11-28 § 9")
        future = ManagementApproval(1, date(2027, 1, 1), "Kommunstyrelsen")
        trainings = [
            ManagementTraining(1, "Anna Ek", date(2026, 2, 1), "Cybersäkerhet"),
            ManagementTraining(1, "Bo Öst", date(2025, 11, 28), "Cybersäkerhet"),  # too old
        ]
        status = management_duty_status([approval, future], self.members, trainings, TODAY)
        assert status.latest_approval == approval
        assert not status.approval_current
        assert status.missing == (
            "Ledningens senaste godkännande av riskhanteringsåtgärderna (Kommunstyrelsen "
            "2025-11-28 (KS 2025-11-28 § 9)) är äldre än 12 månader.",
            "Bo Öst (Kommundirektör) saknar utbildning i cybersäkerhet under de senaste 12 "
            "månaderna.",
        )
        assert [m.name for m in status.untrained] == ["Bo Öst"]


def test_management_record_problems():
    assert management_record_problems(ManagementApproval(1, TODAY, " ")) == [
        "Ange vilket organ som godkände åtgärderna."
    ]
    assert len(management_record_problems(ManagementTraining(1, "", TODAY, ""))) == 2
    assert management_record_problems(ManagementMember(1, "Anna")) == []
