"""Lägesbild opens no network connection, ever: start-up, editing, reports and exports run with
every socket entry point patched to fail loudly."""

from __future__ import annotations

import importlib.util
import socket
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from app.domain.activity import Activity
from app.services import safety
from app.services.actions import ActionPlanService
from app.services.workspace import Workspace
from tests.app.safety.network_guard import NetworkAttempt, forbid_network


def test_the_guard_itself_works(monkeypatch: pytest.MonkeyPatch) -> None:
    forbid_network(monkeypatch)
    with pytest.raises(NetworkAttempt):
        socket.create_connection(("example.org", 443))
    with pytest.raises(NetworkAttempt):
        socket.getaddrinfo("example.org", 443)


def test_startup_editing_reports_and_exports_stay_offline(
    demo_db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    attempts = forbid_network(monkeypatch)
    with Workspace.open(demo_db) as workspace:  # start-up: lock, daily backup, migrations
        org = workspace.find_organisation("Demoköping")
        org_id = int(org.id or 0)
        draft = next(a for a in workspace.assessments(org_id) if not a.is_final)
        workspace.save_assessment(replace(draft, note="Sparad utan nätverk."))
        actions = ActionPlanService(workspace)
        actions.create(Activity(organisation_id=org_id, title="Offline-aktivitet"))
        actions.export(org_id, tmp_path / "plan.xlsx", "xlsx")
        actions.export(org_id, tmp_path / "plan.csv", "csv")
        safety.export_json(workspace, tmp_path / "alla.json")
        safety.write_audit(safety.audit_entries(workspace), tmp_path / "logg.csv", "csv")
        if importlib.util.find_spec("app.report") is not None:
            from app.report import build_pdf, build_report_content

            year = max(a.year for a in workspace.assessments(org_id) if a.is_final)
            content = build_report_content(workspace, org, year, today=date(2026, 3, 1))
            build_pdf(content, tmp_path / "rapport.pdf")
            assert (tmp_path / "rapport.pdf").stat().st_size > 0
    safety.backup_now(demo_db)
    with Workspace.open(tmp_path / "ny.db", create=True) as target:
        safety.import_json(target, tmp_path / "alla.json")
    assert attempts == []
