"""Management reviews in the store: round trip, stable decision ids, final is read-only."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from datetime import date

import pytest

from app.domain.activity import Activity, ActivityOrigin
from app.domain.errors import ReadOnlyError
from app.domain.model import Organisation, RecordStatus
from app.domain.review import (
    Decision,
    DecisionKind,
    ManagementApproval,
    ManagementMember,
    ManagementTraining,
    Review,
    ReviewInput,
)
from app.storage import Store


def make(org: Organisation) -> Review:
    return Review(
        organisation_id=org.id or 0,
        held_on=date(2026, 3, 12),
        forum="Kommunstyrelsen",
        participants=("Anna Ek, KS ordförande", "Åsa Öberg, informationssäkerhetssamordnare"),
        period_from=date(2025, 3, 1),
        period_to=date(2026, 2, 28),
        inputs={ReviewInput.A: "Inga tidigare beslut.", ReviewInput.B: "Cybersäkerhetslagen."},
        decisions=(
            Decision("Inför MFA", owner="IT-chef", due_date=date(2026, 9, 30)),
            Decision("Utred SOC-tjänst", kind=DecisionKind.PROPOSAL),
        ),
    )


def test_round_trip(store: Store, organisation: Organisation):
    saved = store.reviews.save(make(organisation))
    assert saved.status is RecordStatus.DRAFT
    assert [d.text for d in saved.decisions] == ["Inför MFA", "Utred SOC-tjänst"]
    assert all(d.review_id == saved.id and d.id for d in saved.decisions)
    expected = replace(make(organisation), id=saved.id, decisions=saved.decisions)
    assert saved == expected
    assert store.reviews.decision(saved.decisions[0].id) == saved.decisions[0]


def test_decision_ids_survive_edits(store: Store, organisation: Organisation):
    saved = store.reviews.save(make(organisation))
    first, second = saved.decisions
    activity = store.activities.save(
        Activity(
            organisation.id, "MFA", origin=ActivityOrigin.REVIEW_DECISION, decision_id=first.id
        )
    )
    edited = store.reviews.save(
        replace(saved, decisions=(replace(first, text="Inför MFA för alla"), Decision("Nytt")))
    )
    assert edited.decisions[0].id == first.id
    assert edited.decisions[0].text == "Inför MFA för alla"
    assert second.id not in [d.id for d in edited.decisions]
    assert store.activities.require(activity.id).decision_id == first.id
    assert store.activities.for_decisions([first.id]) == [store.activities.require(activity.id)]


def test_one_activity_per_decision(store: Store, organisation: Organisation):
    saved = store.reviews.save(make(organisation))
    link = saved.decisions[0].id
    store.activities.save(Activity(organisation.id, "Ett", decision_id=link))
    with pytest.raises(Exception, match="sparades inte"):
        store.activities.save(Activity(organisation.id, "Två", decision_id=link))


def test_deleting_draft_review_keeps_activities(store: Store, organisation: Organisation):
    saved = store.reviews.save(make(organisation))
    activity = store.activities.save(
        Activity(organisation.id, "MFA", decision_id=saved.decisions[0].id)
    )
    store.reviews.delete(saved.id)
    assert store.activities.require(activity.id).decision_id is None


class TestFinal:
    @pytest.fixture
    def final(self, store: Store, organisation: Organisation) -> Review:
        saved = store.reviews.save(make(organisation))
        return store.reviews.finalise(saved.id)

    def test_final_status(self, final: Review):
        assert final.is_final

    def test_save_over_final_is_refused(self, store: Store, final: Review):
        with pytest.raises(ReadOnlyError, match="fastställd"):
            store.reviews.save(replace(final, forum="KSAU"))
        assert store.reviews.require(final.id) == final

    @pytest.mark.parametrize(
        "sql",
        [
            "UPDATE reviews SET forum = 'Ändrat'",
            "UPDATE reviews SET status = 'draft', finalised_at = NULL",
            "UPDATE reviews SET status = 'draft', finalised_at = NULL, reopen_count = 1",
            "UPDATE review_inputs SET text = 'Ändrat'",
            "UPDATE review_decisions SET text = 'Ändrat'",
            "DELETE FROM review_decisions",
            "DELETE FROM reviews",
        ],
    )
    def test_raw_sql_cannot_change_final(self, store: Store, final: Review, sql: str):
        with pytest.raises(sqlite3.IntegrityError, match="lagesbild-readonly"):
            store.db.execute(sql)

    def test_raw_insert_of_decision_refused(self, store: Store, final: Review):
        with pytest.raises(sqlite3.IntegrityError, match="lagesbild-readonly"):
            store.db.execute(
                "INSERT INTO review_decisions (review_id, text) VALUES (?, 'Smuggel')", [final.id]
            )

    def test_activity_from_final_decision_is_allowed(self, store: Store, final: Review):
        activity = store.activities.save(
            Activity(final.organisation_id, "MFA", decision_id=final.decisions[0].id)
        )
        assert activity.decision_id == final.decisions[0].id

    def test_reopen_with_reason(self, store: Store, final: Review):
        reopened = store.reviews.reopen(final.id, "Fel mötesdatum")
        assert reopened.status is RecordStatus.DRAFT
        assert [r.reason for r in reopened.reopenings] == ["Fel mötesdatum"]
        changed = store.reviews.save(replace(reopened, held_on=date(2026, 3, 13)))
        assert changed.held_on == date(2026, 3, 13)

    def test_reopen_without_reason_refused(self, store: Store, final: Review):
        with pytest.raises(Exception, match="sparades inte"):
            store.reviews.reopen(final.id, "  ")
        assert store.reviews.require(final.id).is_final


def test_management_duty_records(store: Store, organisation: Organisation):
    duties = store.management_duties
    approval_id = duties.save_approval(
        ManagementApproval(organisation.id, date(2026, 3, 12), "Kommunstyrelsen", "KS § 45")
    )
    duties.save_member(ManagementMember(organisation.id, "Anna Ek", "KS ordförande"))
    duties.save_training(
        ManagementTraining(organisation.id, "Anna Ek", date(2026, 2, 1), "Cybersäkerhet", "KSO")
    )
    (approval,) = duties.approvals(organisation.id)
    assert approval.id == approval_id and approval.decision_reference == "KS § 45"
    (member,) = duties.members(organisation.id)
    assert member.active
    duties.save_member(replace(member, active=False))
    assert not duties.members(organisation.id)[0].active
    (training,) = duties.trainings(organisation.id)
    assert training.trained_on == date(2026, 2, 1)
    duties.delete(training)
    assert duties.trainings(organisation.id) == []


def test_removing_every_decision(store: Store, organisation: Organisation):
    saved = store.reviews.save(make(organisation))
    assert store.reviews.save(replace(saved, decisions=())).decisions == ()
