"""The audit log: written by triggers for every change, attributed, append-only, exportable."""

from __future__ import annotations

import csv
import io
import json
import sqlite3
from datetime import date
from pathlib import Path

import pytest

from app.domain.activity import Activity
from app.domain.errors import ReadOnlyError
from app.services import safety
from app.services.actions import ActionPlanService
from app.services.workspace import Workspace
from app.storage import audit, open_store
from app.storage.migrations import MIGRATIONS_TABLE
from tests.app.conftest import build_store_at, complete_assessment

#: Tables that are bookkeeping, not records, and therefore not audited.
NOT_AUDITED = {"meta", audit.AUDIT_TABLE, audit.ACTOR_TABLE, MIGRATIONS_TABLE}


def test_every_data_table_has_all_three_audit_triggers(workspace: Workspace) -> None:
    db = workspace.store.db
    tables = {
        name
        for name in db.table_names()
        if name not in NOT_AUDITED and not name.startswith("sqlite_")
    }
    # A new table must be added to AUDITED_TABLES (and get triggers) in its schema step.
    assert tables == set(audit.AUDITED_TABLES)
    triggers = {row[0] for row in db.execute("SELECT name FROM sqlite_master WHERE type='trigger'")}
    for table in tables:
        for action in ("insert", "update", "delete"):
            assert f"{table}_audit_{action}" in triggers


def test_changes_are_logged_with_user_time_and_before_after(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LOGNAME", "kim.ciso")
    with Workspace.open(db_path, create=True) as workspace:
        org = workspace.add_municipality("Falun")
        actions = ActionPlanService(workspace)
        activity = actions.create(Activity(organisation_id=org.id or 0, title="Ta fram policy"))
        actions.update(activity.__class__(**{**activity.__dict__, "title": "Anta policy"}))
        actions.delete([activity.id or 0])
        entries = workspace.store.audit.entries()
    rows = [e for e in entries if e.table == "activities"]
    assert [e.action for e in rows] == ["insert", "update", "delete"]
    assert {e.actor for e in entries if e.action != audit.LOG_STARTED} == {"kim.ciso"}
    assert all(e.at.endswith("+00:00") and e.at[:2] == "20" for e in rows)
    inserted, updated, deleted = rows
    assert inserted.before is None and inserted.after["title"] == "Ta fram policy"
    assert updated.before["title"] == "Ta fram policy" and updated.after["title"] == "Anta policy"
    assert deleted.before["title"] == "Anta policy" and deleted.after is None
    assert inserted.record_id == str(activity.id)
    # One transaction, one change id; different transactions, different ids.
    assert len({e.change_id for e in rows}) == 3
    areas_of_insert = [e for e in entries if e.change_id == inserted.change_id]
    assert {e.table for e in areas_of_insert} == {"activities"}


def test_unchanged_update_is_not_logged(workspace: Workspace) -> None:
    org = workspace.add_municipality("Ale")
    before = workspace.store.audit.last_id()
    with workspace.store.transaction() as db:
        db.execute("UPDATE organisations SET note = note WHERE id = ?", [org.id])
    assert workspace.store.audit.last_id() == before


def test_finalise_and_reopen_are_logged_with_the_reason(workspace: Workspace) -> None:
    org = workspace.add_municipality("Falun")
    saved = workspace.save_assessment(complete_assessment(org.id or 0, 2024))
    workspace.finalise_assessment(saved.id or 0)
    workspace.reopen_assessment(saved.id or 0, "Nya uppgifter om kontinuitet")
    rows = [e for e in workspace.store.audit.entries() if e.table == "assessments"]
    assert [e.action for e in rows] == ["insert", "finalise", "reopen"]
    assert rows[-1].reason == "Nya uppgifter om kontinuitet"
    assert rows[-1].before["status"] == "final" and rows[-1].after["status"] == "draft"


def test_composite_keys_are_readable(workspace: Workspace) -> None:
    org = workspace.add_municipality("Falun")
    ActionPlanService(workspace).create(
        Activity(organisation_id=org.id or 0, title="Öva", areas=("continuity",))
    )
    area_rows = [e for e in workspace.store.audit.entries() if e.table == "activity_areas"]
    assert area_rows[0].record_id.endswith("/continuity")


def test_writes_from_outside_lagesbild_are_logged_as_unknown(db_path: Path) -> None:
    with Workspace.open(db_path, create=True) as workspace:
        workspace.add_municipality("Falun")
    conn = sqlite3.connect(db_path)
    conn.execute("UPDATE organisations SET note = 'ändrad i sqlite3'")
    conn.commit()
    actor, action = conn.execute(
        "SELECT actor, action FROM audit_log ORDER BY id DESC LIMIT 1"
    ).fetchone()
    conn.close()
    assert (actor, action) == (audit.UNKNOWN_ACTOR, "update")


def test_audit_log_is_append_only(workspace: Workspace) -> None:
    workspace.add_municipality("Falun")
    count = len(workspace.store.audit.entries())
    with pytest.raises(ReadOnlyError, match="Ändringsloggen"), workspace.store.transaction() as db:
        db.execute("DELETE FROM audit_log")
    with pytest.raises(ReadOnlyError), workspace.store.transaction() as db:
        db.execute("UPDATE audit_log SET actor = 'någon annan'")
    raw = workspace.store.db.conn
    with pytest.raises(sqlite3.IntegrityError):
        raw.execute("DELETE FROM audit_log WHERE id = 1")
    assert len(workspace.store.audit.entries()) == count


def test_reopening_history_cannot_be_deleted_but_goes_with_its_draft(workspace: Workspace) -> None:
    org = workspace.add_municipality("Falun")
    saved = workspace.save_assessment(complete_assessment(org.id or 0, 2024))
    workspace.finalise_assessment(saved.id or 0)
    workspace.reopen_assessment(saved.id or 0, "Rättelse")
    with pytest.raises(ReadOnlyError, match="Historiken"), workspace.store.transaction() as db:
        db.execute("DELETE FROM assessment_reopenings")
    workspace.delete_assessment(saved.id or 0)  # a draft: allowed, its history goes with it
    deleted = [e for e in workspace.store.audit.entries() if e.action == "delete"]
    assert {"assessments", "assessment_reopenings"} <= {e.table for e in deleted}


def test_final_records_stay_immutable_with_the_audit_triggers(workspace: Workspace) -> None:
    org = workspace.add_municipality("Falun")
    saved = workspace.save_assessment(complete_assessment(org.id or 0, 2024))
    workspace.finalise_assessment(saved.id or 0)
    for sql in (
        "DELETE FROM assessments",
        "UPDATE assessments SET note = 'x'",
        "DELETE FROM area_responses",
        "UPDATE area_responses SET comment = 'x'",
        "DELETE FROM profile_answers",
    ):
        with pytest.raises(ReadOnlyError), workspace.store.transaction() as db:
            db.execute(sql)


def test_upgrade_of_an_m002_store_starts_the_log(tmp_path: Path) -> None:
    path = build_store_at(tmp_path / "old.db", stop_before="m003_audit")
    conn = sqlite3.connect(path)
    conn.execute(
        "INSERT INTO organisations (name, municipality_group, created_at) "
        "VALUES ('Gammal kommun', 'B', '2024-01-01T00:00:00+00:00')"
    )
    conn.commit()
    conn.close()
    with open_store(path, create=False) as store:
        entries = store.audit.entries()
        assert [e.action for e in entries] == [audit.LOG_STARTED]
        assert [o.name for o in store.organisations.all()] == ["Gammal kommun"]
    assert any(b.name.endswith("pre-migration.db") for b in (tmp_path / "backups").iterdir())


def test_audit_export_csv_and_json(workspace: Workspace, tmp_path: Path) -> None:
    workspace.add_custom_organisation('=HYPERLINK("x")', "B")
    entries = safety.audit_entries(workspace)
    csv_path = safety.write_audit(entries, tmp_path / "logg.csv", "csv")
    raw = csv_path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # BOM: Excel reads UTF-8
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig")), delimiter=";"))
    assert rows[0][:5] == ["Tid (UTC)", "Användare", "Vad", "Post", "Händelse"]
    assert rows[-1][2:5] == ["Organisation", "1", "Tillagd"]
    assert all(not cell.startswith("=") for row in rows for cell in row)
    data = json.loads(safety.audit_text(entries, "json"))
    assert data[-1]["after"]["name"] == '=HYPERLINK("x")'
    assert data[-1]["action_label"] == "Tillagd"
    assert safety.audit_entries(workspace, since=date(2100, 1, 1)) == []


def test_review_finalise_and_reopen_are_logged_with_the_reason(workspace: Workspace) -> None:
    from app.domain.review import Review
    from app.services.reviews import ReviewService

    org = workspace.add_municipality("Falun")
    reviews = ReviewService(workspace)
    review = reviews.save(Review(org.id or 0, date(2026, 3, 12), forum="Kommunstyrelsen"))
    reviews.finalise(review.id or 0)
    reviews.reopen(review.id or 0, "Protokollet justerades")
    rows = [e for e in workspace.store.audit.entries() if e.table == "reviews"]
    assert [e.action for e in rows] == ["insert", "finalise", "reopen"]
    assert rows[-1].reason == "Protokollet justerades"


def test_saving_an_assessment_logs_only_what_changed(workspace: Workspace) -> None:
    org = workspace.add_municipality("Ale")
    saved = workspace.save_assessment(complete_assessment(org.id or 0, 2025))
    before = workspace.store.audit.last_id()
    risk = saved.response("risk_management")
    edited = saved.with_response(risk.__class__(**{**risk.__dict__, "comment": "Ny metod antagen"}))
    workspace.save_assessment(edited)
    changes = [e for e in workspace.store.audit.entries() if e.id > before]
    # one row: the edited response (a bare updated_at bump is not a change worth logging)
    assert [(e.table, e.action) for e in changes] == [("area_responses", "update")]
    assert changes[0].before["comment"] != "Ny metod antagen"
    assert changes[0].after["comment"] == "Ny metod antagen"
    # dropping an area's response deletes exactly that row
    without = edited.__class__(
        **{
            **edited.__dict__,
            "responses": {k: v for k, v in edited.responses.items() if k != "follow_up"},
        }
    )
    workspace.save_assessment(without)
    assert "follow_up" not in workspace.assessment(org.id or 0, 2025).responses
