"""The review service: prefill, carry-forward, decision -> activity, final, NIS2 duties."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from app.domain.activity import ActivityOrigin, ActivityStatus
from app.domain.errors import NotFoundError, ReadOnlyError, ValidationError
from app.domain.model import Organisation
from app.domain.review import (
    Decision,
    DecisionKind,
    ManagementApproval,
    ManagementMember,
    ManagementTraining,
    ReviewInput,
)
from app.reference import load_reference
from app.services.reviews import ReviewService
from app.services.workspace import Workspace
from app.storage import Store

TODAY = date(2026, 11, 29)


@pytest.fixture
def service(store: Store) -> ReviewService:
    return ReviewService(Workspace(store, load_reference()), clock=lambda: TODAY)


def first_review(service: ReviewService, org: Organisation):
    draft = service.new_review(org.id, held_on=date(2025, 3, 12))
    draft = replace(
        draft,
        decisions=(
            Decision("Inför flerfaktorsautentisering", owner="IT-chef", due_date=date(2025, 9, 30)),
            Decision("Utbilda chefer i incidentrapportering", owner="HR-chef"),
            Decision("Utred gemensam SOC", kind=DecisionKind.PROPOSAL),
        ),
    )
    return service.save(draft)


def test_new_review_is_prefilled(service: ReviewService, organisation: Organisation):
    draft = service.new_review(organisation.id, held_on=date(2026, 3, 12))
    assert draft.id is None
    assert draft.forum == "Kommunstyrelsen"
    assert (draft.period_from, draft.period_to) == (date(2025, 3, 13), date(2026, 3, 12))
    assert set(draft.inputs) == set(ReviewInput)
    assert draft.inputs[ReviewInput.A] == "Ingen tidigare ledningens genomgång finns registrerad."
    assert "Cybersäkerhetslagen (2025:1506)" in draft.inputs[ReviewInput.B]
    assert "Det finns inget beslut om att ledningen har godkänt" in draft.inputs[ReviewInput.G]


def test_decision_becomes_linked_activity_both_ways(
    service: ReviewService, organisation: Organisation
):
    review = first_review(service, organisation)
    decision = review.decisions[0]
    activity = service.create_activity(decision.id)
    assert activity.origin is ActivityOrigin.REVIEW_DECISION
    assert activity.decision_id == decision.id
    assert activity.owner == "IT-chef"
    assert activity.due_date == date(2025, 9, 30)
    assert activity.start_date == date(2025, 3, 12)
    # decision -> activity
    items = service.follow_ups(review)
    assert items[0].activity == activity
    assert items[1].activity is None
    # activity -> decision
    found_review, found_decision = service.decision_of(activity)
    assert found_review.id == review.id
    assert found_decision == decision
    with pytest.raises(ValidationError, match="har redan en aktivitet"):
        service.create_activity(decision.id)


def test_unsaved_decision_cannot_become_activity(service: ReviewService):
    with pytest.raises(NotFoundError, match="Spara genomgången"):
        service.create_activity(12345)


def test_carry_forward_to_next_review(service: ReviewService, organisation: Organisation):
    review = first_review(service, organisation)
    mfa = service.create_activity(review.decisions[0].id)
    training = service.create_activity(review.decisions[1].id)
    service.actions.set_status([training.id], ActivityStatus.DONE, today=date(2025, 11, 1))
    service.actions.update(replace(mfa, status=ActivityStatus.IN_PROGRESS, progress=50))
    service.finalise(review.id)

    second = service.new_review(organisation.id, held_on=date(2026, 3, 10))
    assert second.period_from == date(2025, 3, 13)
    text = second.inputs[ReviewInput.A]
    assert text.startswith("Beslut från ledningens genomgång 2025-03-12, Kommunstyrelsen:")
    assert (
        "• Beslut: Inför flerfaktorsautentisering (ansvarig IT-chef, klart senast 2025-09-30). "
        "Status: Pågår (50\u00a0%), försenad sedan 2025-09-30." in text
    )
    assert "• Beslut: Utbilda chefer i incidentrapportering (ansvarig HR-chef). " in text
    assert "Status: Klar 2025-11-01." in text
    assert "• Förslag till beslut: Utred gemensam SOC. Status: Ingen aktivitet kopplad." in text
    assert "Sammanfattning: genomförda 1 av 3, försenade 1, utan kopplad aktivitet 1." in text

    basis = service.basis(second)
    assert basis.previous_review.id == review.id
    assert [i.activity.id if i.activity else None for i in basis.previous_decisions] == [
        mfa.id,
        training.id,
        None,
    ]


def test_open_decisions_from_older_reviews_are_carried_along(
    service: ReviewService, organisation: Organisation
):
    first = first_review(service, organisation)
    service.create_activity(first.decisions[0].id)
    service.finalise(first.id)
    second = service.save(service.new_review(organisation.id, held_on=date(2026, 3, 10)))
    service.finalise(second.id)
    third = service.new_review(organisation.id, held_on=date(2026, 11, 20))
    text = third.inputs[ReviewInput.A]
    assert "Beslut från ledningens genomgång 2026-03-10" in text
    assert "Inga beslut registrerades." in text
    assert "Ej avslutade beslut från äldre genomgångar:" in text
    assert "Inför flerfaktorsautentisering" in text


def test_final_review_is_read_only_until_reopened(
    service: ReviewService, organisation: Organisation
):
    review = service.finalise(first_review(service, organisation).id)
    with pytest.raises(ReadOnlyError, match="fastställd"):
        service.save(replace(review, forum="KSAU"))
    with pytest.raises(ReadOnlyError):
        service.delete(review.id)
    with pytest.raises(ValidationError, match="Ange varför"):
        service.reopen(review.id, " ")
    reopened = service.reopen(review.id, "Protokollet justerades")
    saved = service.save(replace(reopened, forum="Kommunstyrelsens arbetsutskott"))
    assert saved.forum == "Kommunstyrelsens arbetsutskott"
    assert saved.reopenings[0].reason == "Protokollet justerades"
    with pytest.raises(ValidationError, match="redan ett utkast"):
        service.reopen(review.id, "igen")


def test_validation_messages(service: ReviewService, organisation: Organisation):
    draft = service.new_review(organisation.id, held_on=date(2026, 3, 12), forum="")
    draft = replace(draft, decisions=(Decision("Gör", due_date=date(2026, 1, 1)),))
    with pytest.raises(ValidationError) as caught:
        service.save(draft)
    assert caught.value.problems == [
        "Ange i vilket forum genomgången hölls, t.ex. Kommunstyrelsen.",
        "Beslut 1: datumet för klart senast (2026-01-01) ligger före mötesdagen (2026-03-12).",
    ]


def test_management_duty_status(service: ReviewService, organisation: Organisation):
    org = organisation.id
    service.save_duty_record(
        ManagementApproval(org, date(2026, 3, 12), "Kommunstyrelsen", "KS 2026-03-12 § 45")
    )
    service.save_duty_record(ManagementMember(org, "Anna Ek", "KS ordförande"))
    service.save_duty_record(ManagementMember(org, "Bo Öst", "Kommundirektör"))
    service.save_duty_record(
        ManagementTraining(org, "Anna Ek", date(2026, 2, 3), "Cybersäkerhet för ledningen")
    )
    with pytest.raises(ValidationError, match="finns redan"):
        service.save_duty_record(ManagementMember(org, "anna ek"))
    with pytest.raises(ValidationError, match="Ange vilket organ"):
        service.save_duty_record(ManagementApproval(org, TODAY, ""))
    status = service.management_duty_status(org)
    assert status.approval_current
    assert status.missing == (
        "Bo Öst (Kommundirektör) saknar utbildning i cybersäkerhet under de senaste 12 månaderna.",
    )
    later = service.management_duty_status(org, as_of=date(2027, 3, 13))
    assert len(later.missing) == 3
