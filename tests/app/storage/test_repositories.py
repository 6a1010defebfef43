"""Rows <-> domain dataclasses, and all-or-nothing writes."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import replace
from datetime import date

import pytest

from app.domain.errors import NotFoundError
from app.domain.model import AreaResponse, Assessment, Organisation, RecordStatus
from app.storage import Store, StoreError


def _count(store: Store, table: str) -> int:
    return store.db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


def test_organisation_round_trip(store: Store) -> None:
    added = store.organisations.add(
        Organisation("Göteborgs stad", "A", municipality="Göteborg", note="Pilot")
    )
    assert added.id is not None
    assert store.organisations.get(added.id) == Organisation(
        "Göteborgs stad", "A", municipality="Göteborg", id=added.id, note="Pilot"
    )
    assert store.organisations.get(added.id + 99) is None


def test_organisation_rules_are_enforced_by_the_schema(store: Store) -> None:
    store.organisations.add(Organisation("Åre kommun", "C", municipality="Åre"))
    with pytest.raises(StoreError, match="regler"):
        store.organisations.add(Organisation("Åre kommun", "C"))
    with pytest.raises(StoreError, match="regler"):
        store.organisations.add(Organisation("Annat namn", "C", municipality="Åre"))
    with pytest.raises(StoreError, match="regler"):
        store.organisations.add(Organisation("Förbundet", "D"))
    assert _count(store, "organisations") == 1


def test_assessment_round_trip_keeps_every_field(
    store: Store, organisation: Organisation, assessment_factory: Callable
) -> None:
    draft = assessment_factory(organisation.id, 2024)
    saved = store.assessments.save(draft)
    assert saved.id is not None
    assert saved == replace(draft, id=saved.id)
    assert saved.status is RecordStatus.DRAFT
    assert saved.assessed_on == date(2024, 3, 14)
    assert saved.response("governing_documents").evidence == (
        "Informationssäkerhetspolicy, KF 2023-05-22 § 87"
    )
    assert store.assessments.find(organisation.id, 2024) == saved
    assert store.assessments.find(organisation.id, 2023) is None


def test_update_replaces_responses_and_profile(
    store: Store, organisation: Organisation, assessment_factory: Callable
) -> None:
    saved = store.assessments.save(assessment_factory(organisation.id, 2024))
    changed = replace(
        saved,
        responses={"continuity": AreaResponse("continuity", answer="started", self_level=1)},
        profile={},
        assessor="Bo Ek",
    )
    updated = store.assessments.save(changed)
    assert updated.id == saved.id
    assert list(updated.responses) == ["continuity"]
    assert updated.profile == {}
    assert updated.assessor == "Bo Ek"
    assert _count(store, "area_responses") == 1


def test_assessments_sorted_by_year_and_years(
    store: Store, organisation: Organisation, assessment_factory: Callable
) -> None:
    for year in (2025, 2021, 2023):
        store.assessments.save(assessment_factory(organisation.id, year))
    assert [a.year for a in store.assessments.for_organisation(organisation.id)] == [
        2021,
        2023,
        2025,
    ]
    assert store.assessments.years(organisation.id) == [2021, 2023, 2025]


def test_same_year_twice_is_refused(
    store: Store, organisation: Organisation, assessment_factory: Callable
) -> None:
    store.assessments.save(assessment_factory(organisation.id, 2024))
    with pytest.raises(StoreError, match="UNIQUE"):
        store.assessments.save(assessment_factory(organisation.id, 2024))
    assert _count(store, "assessments") == 1


def test_failing_child_row_leaves_nothing_half_written(
    store: Store, organisation: Organisation, assessment_factory: Callable
) -> None:
    bad = assessment_factory(organisation.id, 2024).with_response(
        AreaResponse("continuity", answer="full", self_level=7)
    )
    with pytest.raises(StoreError):
        store.assessments.save(bad)
    assert (_count(store, "assessments"), _count(store, "area_responses")) == (0, 0)
    assert _count(store, "profile_answers") == 0


def test_failing_update_keeps_the_previous_version(
    store: Store, organisation: Organisation, assessment_factory: Callable
) -> None:
    saved = store.assessments.save(assessment_factory(organisation.id, 2024))
    bad = replace(saved, note="nytt").with_response(AreaResponse("continuity", target_level=0))
    with pytest.raises(StoreError):
        store.assessments.save(bad)
    assert store.assessments.get(saved.id) == saved


def test_foreign_keys_are_enforced(store: Store, assessment_factory: Callable) -> None:
    with pytest.raises(StoreError, match="FOREIGN KEY"):
        store.assessments.save(assessment_factory(4711, 2024))
    with pytest.raises(sqlite3.IntegrityError), store.db.conn:
        store.db.conn.execute(
            "INSERT INTO area_responses (assessment_id, area_key) VALUES (999, 'training')"
        )


def test_deleting_a_draft_cascades(
    store: Store, organisation: Organisation, assessment_factory: Callable
) -> None:
    saved = store.assessments.save(assessment_factory(organisation.id, 2024))
    store.assessments.delete(saved.id)
    assert store.assessments.get(saved.id) is None
    assert (_count(store, "area_responses"), _count(store, "profile_answers")) == (0, 0)
    with pytest.raises(NotFoundError, match=str(saved.id)):
        store.assessments.delete(saved.id)


def test_saving_an_unknown_id_is_not_found(
    store: Store, organisation: Organisation, assessment_factory: Callable
) -> None:
    ghost: Assessment = replace(assessment_factory(organisation.id, 2024), id=321)
    with pytest.raises(NotFoundError, match="321"):
        store.assessments.save(ghost)
    assert _count(store, "assessments") == 0


def test_finalise_sets_status_and_is_idempotent(
    store: Store, organisation: Organisation, assessment_factory: Callable
) -> None:
    saved = store.assessments.save(assessment_factory(organisation.id, 2024))
    final = store.assessments.finalise(saved.id)
    assert final.status is RecordStatus.FINAL
    assert store.assessments.finalise(saved.id) == final
    row = store.db.execute("SELECT finalised_at FROM assessments").fetchone()
    assert row[0] is not None
