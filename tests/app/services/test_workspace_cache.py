"""The Workspace's read cache: repeated reads skip the store, and no change is ever missed.

The dashboard asks for the same history and comparisons on every switch of benchmark year or
organisation, so the Workspace remembers them, for exactly as long as the store is unchanged:
whoever wrote (this workspace, the store directly, another connection, an import) and however
(a save, a final/reopen, a delete, a rollback).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import pytest

from app.domain.model import Assessment, Organisation, RecordStatus
from app.services import safety
from app.services.workspace import Workspace

Factory = Callable[..., Assessment]


@pytest.fixture
def org(workspace: Workspace) -> Organisation:
    return workspace.add_custom_organisation("Cacheköpings kommun", "B")


@pytest.fixture
def saved(workspace: Workspace, org: Organisation, complete_factory: Factory) -> Assessment:
    """A 2024 draft answering every area 'planned' (level 1 on SKR's scale)."""
    return workspace.save_assessment(complete_factory(org.id, 2024, answer="planned", self_level=1))


def _levels(workspace: Workspace, org: Organisation, year: int = 2024) -> list[int | None]:
    return [row.own_level for row in workspace.comparison(org.id, year, 2023).rows]


def _statements(workspace: Workspace, read: Callable[[], object]) -> list[str]:
    """The SQL statements ``read`` sends to the store."""
    sent: list[str] = []
    workspace.store.db.conn.set_trace_callback(sent.append)
    try:
        read()
    finally:
        workspace.store.db.conn.set_trace_callback(None)
    return sent


def test_repeated_reads_only_ask_whether_the_store_changed(
    workspace: Workspace, org: Organisation, saved: Assessment
) -> None:
    first = workspace.comparison(org.id, 2024, 2023)
    history = workspace.assessments(org.id)

    def again() -> None:
        assert workspace.comparison(org.id, 2024, 2023) is first
        assert workspace.assessments(org.id) == history
        assert workspace.organisation(org.id) == org
        assert workspace.years(org.id) == [2024]

    sent = _statements(workspace, again)
    assert sent and all(s.strip().upper() == "PRAGMA DATA_VERSION" for s in sent)


def test_the_history_handed_out_is_the_callers_own(
    workspace: Workspace, org: Organisation, saved: Assessment
) -> None:
    workspace.assessments(org.id).clear()
    assert [a.year for a in workspace.assessments(org.id)] == [2024]
    draft = workspace.new_assessment(org.id, 2025)
    draft.profile["ciso_function"] = "no"
    draft.responses.clear()
    kept = workspace.assessment(org.id, 2024)
    assert kept is not None
    assert kept.profile["ciso_function"] == "yes"
    assert len(kept.responses) == 9


def test_a_save_through_the_workspace_is_seen_at_once(
    workspace: Workspace, org: Organisation, saved: Assessment
) -> None:
    assert set(_levels(workspace, org)) == {1}
    workspace.save_assessment(
        replace(
            saved,
            responses={
                key: replace(response, answer="full", self_level=2)
                for key, response in saved.responses.items()
            },
        )
    )
    assert set(_levels(workspace, org)) == {2}
    assert workspace.assessment(org.id, 2024).response("training").answer == "full"


def test_final_reopen_and_delete_are_seen_at_once(
    workspace: Workspace, org: Organisation, saved: Assessment, complete_factory: Factory
) -> None:
    later = workspace.save_assessment(complete_factory(org.id, 2025, answer="full"))
    assert workspace.years(org.id) == [2024, 2025]
    workspace.finalise_assessment(saved.id)
    assert workspace.assessment(org.id, 2024).status is RecordStatus.FINAL
    workspace.reopen_assessment(saved.id, "Rättelse av ett svar")
    assert workspace.assessment(org.id, 2024).status is RecordStatus.DRAFT
    previous = [row.previous_level for row in workspace.comparison(org.id, 2025, 2023).rows]
    assert set(previous) == {1}
    workspace.delete_assessment(saved.id)
    assert workspace.years(org.id) == [2025]
    assert set(row.previous_level for row in workspace.comparison(org.id, 2025, 2023).rows) == {
        None
    }
    assert later.id is not None


def test_a_write_past_the_workspace_is_seen(
    workspace: Workspace, org: Organisation, saved: Assessment
) -> None:
    assert workspace.assessment(org.id, 2024).assessor == "Maria Lind"
    with workspace.store.transaction() as db:
        db.execute("UPDATE assessments SET assessor = 'Nils Ek' WHERE id = ?", [saved.id])
    assert workspace.assessment(org.id, 2024).assessor == "Nils Ek"


def test_a_write_by_another_connection_is_seen(
    workspace: Workspace, org: Organisation, saved: Assessment
) -> None:
    before = workspace.comparison(org.id, 2024, 2023)
    other = sqlite3.connect(workspace.path)
    try:
        other.execute("UPDATE assessments SET assessor = 'Extern' WHERE id = ?", [saved.id])
        other.commit()
    finally:
        other.close()
    assert workspace.assessment(org.id, 2024).assessor == "Extern"
    assert workspace.comparison(org.id, 2024, 2023) is not before


def test_nothing_read_inside_a_transaction_outlives_a_rollback(
    workspace: Workspace, org: Organisation, saved: Assessment, complete_factory: Factory
) -> None:
    workspace.comparison(org.id, 2024, 2023)
    with pytest.raises(RuntimeError), workspace.store.transaction():
        workspace.save_assessment(complete_factory(org.id, 2025))
        assert workspace.years(org.id) == [2024, 2025]
        assert workspace.comparison(org.id, 2025, 2023).year == 2025
        raise RuntimeError("afbryt")
    assert workspace.years(org.id) == [2024]
    assert workspace.assessment(org.id, 2025) is None


def test_an_import_is_seen(
    workspace: Workspace,
    org: Organisation,
    saved: Assessment,
    complete_factory: Factory,
    tmp_path: Path,
) -> None:
    before = workspace.comparison(org.id, 2024, 2023)
    source_path = tmp_path / "källa" / "källa.db"
    with Workspace.open(source_path, create=True) as source:
        other = source.add_custom_organisation("Importsunda kommun", "C")
        source.save_assessment(complete_factory(other.id, 2023, answer="full"))
        export = tmp_path / "export.json"
        safety.export_json(source, export)
    safety.import_json(workspace, export)
    imported = workspace.find_organisation("Importsunda kommun")
    assert workspace.years(imported.id) == [2023]
    assert set(_levels(workspace, imported, 2023)) == {2}
    assert workspace.comparison(org.id, 2024, 2023) is not before  # the store changed


def test_a_restored_store_reopens_with_its_own_data(
    db_path: Path, complete_factory: Factory
) -> None:
    with Workspace.open(db_path, create=True) as workspace:
        org = workspace.add_custom_organisation("Återställda kommunen", "A")
        workspace.save_assessment(complete_factory(org.id, 2024, answer="planned", self_level=1))
        assert set(_levels(workspace, org)) == {1}
    backup = safety.backup_now(db_path)
    with Workspace.open(db_path) as workspace:
        stored = workspace.assessment(org.id, 2024)
        workspace.save_assessment(
            replace(
                stored,
                responses={
                    k: replace(r, answer="full", self_level=2) for k, r in stored.responses.items()
                },
            )
        )
        assert set(_levels(workspace, org)) == {2}
    safety.restore(db_path, backup.path)
    with Workspace.open(db_path) as workspace:
        assert set(_levels(workspace, org)) == {1}


def test_invalidate_cache_forgets_every_read(
    workspace: Workspace, org: Organisation, saved: Assessment
) -> None:
    first = workspace.comparison(org.id, 2024, 2023)
    workspace.invalidate_cache()
    assert workspace.comparison(org.id, 2024, 2023) is not first
    assert workspace.comparison(org.id, 2024, 2023) == first
