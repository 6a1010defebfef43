"""'Skapa rapport' in the GUI: built in a worker, progress shown, cancel leaves no file."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.demo import DEMO_ORGANISATION, create_demo_store
from app.services.workspace import Workspace
from ui.dialogs import messages
from ui.report_export import ReportExport, suggested_name


@pytest.fixture
def demo(tmp_path: Path):
    with Workspace.open(create_demo_store(tmp_path / "demo.db")) as ws:
        yield ws, ws.find_organisation(DEMO_ORGANISATION)


def test_pdf_is_saved_in_the_background(qtbot, demo, tmp_path: Path, no_modal_dialogs, monkeypatch):
    workspace, org = demo
    asked: list[str] = []
    monkeypatch.setattr(messages, "confirm", lambda *args, **kw: asked.append(args[2]) or False)
    export = ReportExport()
    target = tmp_path / "rapport.pdf"
    saved: list[Path] = []
    export.saved.connect(saved.append)
    handle = export.start(workspace, org, 2026, target=target)
    with qtbot.waitSignal(handle.done, timeout=20000):
        pass
    assert saved == [target] and target.read_bytes().startswith(b"%PDF-")
    assert asked and "rapport.pdf" in asked[0]


def test_cancel_leaves_no_file(qtbot, demo, tmp_path: Path, no_modal_dialogs):
    workspace, org = demo
    export = ReportExport()
    target = tmp_path / "rapport.docx"
    cancelled: list[bool] = []
    handle = export.start(workspace, org, 2026, target=target)
    handle.cancelled.connect(lambda: cancelled.append(True))
    export.cancel()
    with qtbot.waitSignal(handle.done, timeout=20000):
        pass
    assert cancelled == [True]
    assert not target.exists()
    assert not [p for p in tmp_path.iterdir() if "rapport" in p.name]  # no temporary file either


def test_unknown_year_shows_a_swedish_error(
    qtbot, demo, tmp_path: Path, no_modal_dialogs, monkeypatch
):
    workspace, org = demo
    errors: list[str] = []
    monkeypatch.setattr(messages, "show_error", lambda parent, title, text: errors.append(text))
    assert ReportExport().start(workspace, org, 2001, target=tmp_path / "r.pdf") is None
    assert "ingen bedömning för 2001" in errors[0]


def test_suggested_name_is_safe_for_windows(demo):
    workspace, org = demo
    from app.report import build_report_content

    content = build_report_content(workspace, org, 2026)
    assert suggested_name(content) == "Ledningens genomgång 2026 – Demoköpings kommun.pdf"
