"""A final assessment is frozen by the schema itself; reopening is the only, recorded, way back."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

import pytest

from app.domain.errors import ReadOnlyError
from app.domain.model import AreaResponse, Assessment, Organisation, RecordStatus
from app.storage import Store


@pytest.fixture
def final(store: Store, organisation: Organisation, assessment_factory: Callable) -> Assessment:
    saved = store.assessments.save(assessment_factory(organisation.id, 2024))
    return store.assessments.finalise(saved.id)


def _raw(store: Store, sql: str, params: tuple = ()) -> None:
    with store.db.conn:
        store.db.conn.execute(sql, params)


RAW_WRITES = [
    ("UPDATE assessments SET note = 'ändrad' WHERE id = ?", "id"),
    ("UPDATE assessments SET year = 2020 WHERE id = ?", "id"),
    ("UPDATE assessments SET status = 'draft', finalised_at = NULL WHERE id = ?", "id"),
    ("DELETE FROM assessments WHERE id = ?", "id"),
    ("UPDATE area_responses SET answer = 'no' WHERE assessment_id = ?", "id"),
    ("DELETE FROM area_responses WHERE assessment_id = ?", "id"),
    ("INSERT INTO area_responses (assessment_id, area_key) VALUES (?, 'continuity')", "id"),
    ("UPDATE profile_answers SET option_key = 'no' WHERE assessment_id = ?", "id"),
    ("DELETE FROM profile_answers WHERE assessment_id = ?", "id"),
    (
        "INSERT INTO profile_answers (assessment_id, question_key, option_key) VALUES (?, 'x', 'y')",
        "id",
    ),
]


@pytest.mark.parametrize(("sql", "_"), RAW_WRITES)
def test_raw_sql_cannot_change_a_final_assessment(
    store: Store, final: Assessment, sql: str, _: str
) -> None:
    with pytest.raises(sqlite3.IntegrityError, match="lagesbild-readonly: .*fastställd|motivering"):
        _raw(store, sql, (final.id,))
    assert store.assessments.get(final.id) == final


def test_reopening_without_recorded_reason_is_refused_even_with_the_right_shape(
    store: Store, final: Assessment
) -> None:
    with pytest.raises(sqlite3.IntegrityError, match="motivering"):
        _raw(
            store,
            "UPDATE assessments SET status='draft', finalised_at=NULL, reopen_count=1 WHERE id=?",
            (final.id,),
        )
    assert store.assessments.get(final.id).status is RecordStatus.FINAL


def test_repository_writes_to_a_final_assessment_raise_read_only(
    store: Store, final: Assessment
) -> None:
    changed = final.with_response(AreaResponse("training", answer="full", self_level=2))
    with pytest.raises(ReadOnlyError, match="fastställd") as info:
        store.assessments.save(changed)
    assert info.value.message.startswith("Bedömningen är fastställd")
    with pytest.raises(ReadOnlyError):
        store.assessments.delete(final.id)
    assert store.assessments.get(final.id) == final


def test_reopen_records_reason_and_makes_the_assessment_editable(
    store: Store, final: Assessment
) -> None:
    reopened = store.assessments.reopen(final.id, "Fel svar på område 8 upptäckt vid revision.")
    assert reopened.status is RecordStatus.DRAFT
    assert reopened.responses == final.responses
    (record,) = store.assessments.reopenings(final.id)
    assert (record.sequence, record.reason) == (1, "Fel svar på område 8 upptäckt vid revision.")

    edited = store.assessments.save(
        reopened.with_response(AreaResponse("training", answer="partial", self_level=2))
    )
    assert edited.response("training").answer == "partial"
    refinalised = store.assessments.finalise(edited.id)
    assert refinalised.is_final
    again = store.assessments.reopen(final.id, "Andra rättelsen.")
    assert [r.sequence for r in store.assessments.reopenings(again.id)] == [1, 2]


def test_reopen_with_blank_reason_is_refused_by_the_schema(store: Store, final: Assessment) -> None:
    with pytest.raises(Exception, match="CHECK|regler"):
        store.assessments.reopen(final.id, "   ")
    assert store.assessments.get(final.id).is_final
    assert store.assessments.reopenings(final.id) == []


def test_reopening_history_cannot_be_rewritten(store: Store, final: Assessment) -> None:
    store.assessments.reopen(final.id, "Rättelse.")
    with pytest.raises(sqlite3.IntegrityError, match="återöppningar"):
        _raw(store, "UPDATE assessment_reopenings SET reason = 'annat'")


def test_drafts_stay_freely_editable_by_sql(
    store: Store, organisation: Organisation, assessment_factory: Callable
) -> None:
    draft = store.assessments.save(assessment_factory(organisation.id, 2025))
    _raw(store, "UPDATE assessments SET note = 'ändrad' WHERE id = ?", (draft.id,))
    _raw(store, "DELETE FROM area_responses WHERE assessment_id = ?", (draft.id,))
    reloaded = store.assessments.get(draft.id)
    assert reloaded.note == "ändrad"
    assert reloaded.responses == {}


@pytest.mark.parametrize("bad", ["2026-13-01", "inte ett datum", "2026-02-30"])
def test_schema_refuses_an_assessment_date_that_is_not_a_calendar_date(
    store: Store, organisation: Organisation, assessment_factory: Callable, bad: str
) -> None:
    draft = store.assessments.save(assessment_factory(organisation.id, 2025))
    with pytest.raises(sqlite3.IntegrityError):
        _raw(store, "UPDATE assessments SET assessed_on = ? WHERE id = ?", (bad, draft.id))
    assert store.assessments.get(draft.id).assessed_on == draft.assessed_on


def test_finalising_records_when_and_reopening_clears_it(store: Store, final: Assessment) -> None:
    assert final.finalised_at is not None and final.finalised_at.tzinfo is not None
    reopened = store.assessments.reopen(final.id, "Felaktigt svar om kontinuitet")
    assert reopened.finalised_at is None
    assert reopened.carried_forward(2026, reopened.assessed_on).finalised_at is None
