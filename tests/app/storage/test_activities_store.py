"""Activities in the store: round trip, comment log, bulk writes, schema checks."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from datetime import date

import pytest

from app.domain.activity import (
    Activity,
    ActivityComment,
    ActivityOrigin,
    ActivityStatus,
    Priority,
)
from app.domain.errors import NotFoundError
from app.domain.model import Organisation
from app.storage import Store
from app.storage.errors import StoreError


def make(org: Organisation, **changes: object) -> Activity:
    base = Activity(
        organisation_id=org.id or 0,
        title="Öva kontinuitetsplanen",
        description="Tabletop-övning med äldreomsorgen.",
        areas=("continuity", "incident_management"),
        origin=ActivityOrigin.SKR_RECOMMENDATION,
        owner="Örjan Åkesson",
        start_date=date(2026, 2, 1),
        due_date=date(2026, 10, 31),
        status=ActivityStatus.IN_PROGRESS,
        priority=Priority.HIGH,
        progress=40,
        comments=(ActivityComment(date(2026, 3, 1), "Åsa", "Datum bokat."),),
        template_key="skr_continuity",
    )
    return replace(base, **changes)  # type: ignore[arg-type]


def test_round_trip(store: Store, organisation: Organisation):
    saved = store.activities.save(make(organisation))
    assert saved.id is not None
    assert saved.comments[0].id is not None
    assert saved == replace(make(organisation), id=saved.id, comments=saved.comments)
    assert store.activities.for_organisation(organisation.id) == [saved]
    assert store.activities.owners(organisation.id) == ["Örjan Åkesson"]


def test_update_replaces_areas_and_syncs_comments(store: Store, organisation: Organisation):
    saved = store.activities.save(make(organisation))
    new_comment = ActivityComment(date(2026, 4, 1), "Åsa", "Övningen genomförd.")
    updated = store.activities.save(
        replace(saved, areas=("training",), comments=(*saved.comments, new_comment))
    )
    assert updated.areas == ("training",)
    assert [c.text for c in updated.comments] == ["Datum bokat.", "Övningen genomförd."]
    trimmed = store.activities.save(replace(updated, comments=updated.comments[1:]))
    assert [c.text for c in trimmed.comments] == ["Övningen genomförd."]
    assert trimmed.comments[0].id == updated.comments[1].id


def test_add_comment(store: Store, organisation: Organisation):
    saved = store.activities.save(make(organisation, comments=()))
    after = store.activities.add_comment(
        saved.id, ActivityComment(date(2026, 5, 5), "Åsa", "Påminnelse skickad.")
    )
    assert [c.text for c in after.comments] == ["Påminnelse skickad."]


def test_save_many_is_all_or_nothing(store: Store, organisation: Organisation):
    first = store.activities.save(make(organisation))
    broken = make(organisation, title="   ")  # violates the schema's CHECK
    with pytest.raises(StoreError):
        store.activities.save_many([replace(first, status=ActivityStatus.CANCELLED), broken])
    assert store.activities.require(first.id).status is ActivityStatus.IN_PROGRESS
    assert len(store.activities.for_organisation(organisation.id)) == 1


def test_delete(store: Store, organisation: Organisation):
    saved = store.activities.save(make(organisation))
    assert store.activities.delete([saved.id]) == 1
    assert store.activities.get(saved.id) is None
    assert store.db.execute("SELECT count(*) FROM activity_comments").fetchone()[0] == 0
    with pytest.raises(NotFoundError):
        store.activities.delete([saved.id])


@pytest.mark.parametrize(
    "sql",
    [
        "UPDATE activities SET status = 'done', completed_on = NULL",
        "UPDATE activities SET progress = 101",
        "UPDATE activities SET due_date = '2026-01-01'",  # before start
        "UPDATE activities SET due_date = '2026-13-01'",
        "UPDATE activities SET status = 'overdue'",  # overdue is computed, never stored
    ],
)
def test_schema_refuses_broken_rows(store: Store, organisation: Organisation, sql: str):
    store.activities.save(make(organisation))
    with pytest.raises(sqlite3.IntegrityError):
        store.db.execute(sql)


def test_no_overdue_column(store: Store):
    columns = {c.name for c in store.db.database["activities"].columns}
    assert not {"overdue", "is_overdue"} & columns


def test_saving_without_comments_clears_the_log(store: Store, organisation: Organisation):
    saved = store.activities.save(make(organisation))
    assert len(saved.comments) == 1
    cleared = store.activities.save(replace(saved, comments=()))
    assert cleared.comments == ()
    # re-saving the same unsaved comments never duplicates them
    again = store.activities.save(replace(cleared, comments=make(organisation).comments))
    again = store.activities.save(replace(again, comments=make(organisation).comments))
    assert len(again.comments) == 1


def test_a_plan_larger_than_sqlites_variable_limit_is_read_whole(
    store: Store, organisation: Organisation
):
    """Areas and comments are read by a sub-select, not one SQL variable per activity (SQLite
    allows 32 766 by default: a larger plan failed with "too many SQL variables")."""
    saved = store.activities.save_many(
        [make(organisation, title=f"Aktivitet {n}", progress=n) for n in range(12)]
    )
    store.db.conn.setlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER, 5)

    read = store.activities.for_organisation(organisation.id)

    assert read == saved
    assert all(a.areas == ("continuity", "incident_management") for a in read)
    assert all(a.comments[0].text == "Datum bokat." for a in read)
