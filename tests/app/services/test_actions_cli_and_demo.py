"""`lagesbild actions` / `lagesbild reviews` on the demo store, and the demo's plan and reviews."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook

from app import cli
from app.demo import DEMO_ORGANISATION, create_demo_store
from app.demo_plan import DEMO_TODAY
from app.domain.activity import ActivityOrigin, ActivityStatus
from app.domain.model import RecordStatus
from app.domain.review import ReviewInput
from app.services.actions import ActionPlanService
from app.services.reviews import ReviewService
from app.services.workspace import Workspace

AS_OF = ("--as-of", "2026-11-29")


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return create_demo_store(tmp_path_factory.mktemp("demo") / "demo.db")


def run(capsys: pytest.CaptureFixture[str], *argv: object) -> tuple[int, str, str]:
    code = cli.main([str(a) for a in argv])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


# -- the demo --------------------------------------------------------------------------------------


def test_demo_action_plan(demo_db: Path):
    with Workspace.open(demo_db, read_only=True) as workspace:
        org = workspace.find_organisation(DEMO_ORGANISATION)
        plan = ActionPlanService(workspace, clock=lambda: DEMO_TODAY).activities(org.id)
    assert 20 <= len(plan) <= 30
    assert {a.status for a in plan} == set(ActivityStatus)
    assert {a.origin for a in plan} == set(ActivityOrigin)
    assert sum(a.is_overdue(DEMO_TODAY) for a in plan) == 6
    assert any(a.due_date == DEMO_TODAY and not a.is_overdue(DEMO_TODAY) for a in plan)
    assert sum(len(a.comments) for a in plan) >= 10
    assert any(not a.areas for a in plan)


def test_demo_reviews_and_duties(demo_db: Path):
    with Workspace.open(demo_db, read_only=True) as workspace:
        org = workspace.find_organisation(DEMO_ORGANISATION)
        service = ReviewService(workspace, clock=lambda: DEMO_TODAY)
        reviews = service.reviews(org.id)
        follow = [service.follow_ups(r) for r in reviews]
        duties = service.management_duty_status(org.id)
    assert [(r.held_on.year, r.status) for r in reviews] == [
        (2023, RecordStatus.FINAL),
        (2024, RecordStatus.FINAL),
        (2025, RecordStatus.FINAL),
        (2026, RecordStatus.DRAFT),
    ]
    assert all(r.inputs.keys() == set(ReviewInput) for r in reviews)
    # the draft's decisions became activities, linked both ways
    linked = [i.activity for i in follow[-1] if i.activity is not None]
    assert len(linked) == 2
    assert all(a.origin is ActivityOrigin.REVIEW_DECISION for a in linked)
    # the 2026 review reports on the 2025 review's decisions as they stood in November
    assert "Beslut från ledningens genomgång 2025-03-11" in reviews[-1].inputs[ReviewInput.A]
    assert "försenad sedan 2026-06-30" in reviews[-1].inputs[ReviewInput.A]
    # the 2024 review tells the state of April 2024, not of today
    assert "Klar 2025" not in reviews[1].inputs[ReviewInput.A]
    assert duties.approval_current
    assert [m.name for m in duties.untrained] == ["Elin Sjöberg"]
    assert len(duties.missing) == 1


# -- lagesbild actions ------------------------------------------------------------------------------


def test_actions_table(capsys, demo_db: Path):
    code, out, err = run(capsys, "actions", "--db", demo_db, "--org", "Demoköping", *AS_OF)
    assert (code, err) == (0, "")
    first = out.splitlines()[0]
    assert first.startswith("Handlingsplan – Demoköpings kommun (per 2026-11-29): 25 aktiviteter")
    assert "6 försenade" in first
    assert out.count("FÖRSENAD") == 6


def test_actions_filters_and_json(capsys, demo_db: Path):
    code, out, _ = run(
        capsys,
        "--json",
        "actions",
        "--db",
        demo_db,
        "--org",
        "Demoköpings kommun",
        "--status",
        "pågår",
        "--overdue",
        *AS_OF,
    )
    data = json.loads(out)
    assert code == 0
    assert len(data["activities"]) == 6
    assert {a["status"] for a in data["activities"]} == {"in_progress"}
    assert all(a["overdue"] for a in data["activities"])
    code, out, _ = run(
        capsys,
        "--json",
        "actions",
        "--db",
        demo_db,
        "--org",
        "Demoköping",
        "--status",
        "klar,avbruten",
        *AS_OF,
    )
    statuses = {a["status_label"] for a in json.loads(out)["activities"]}
    assert statuses == {"Klar", "Avbruten"}


def test_actions_export_xlsx_and_csv(capsys, demo_db: Path, tmp_path: Path):
    xlsx = tmp_path / "plan.xlsx"
    code, out, _ = run(
        capsys,
        "actions",
        "--db",
        demo_db,
        "--org",
        "Demoköping",
        "--overdue",
        "--format",
        "xlsx",
        "-o",
        xlsx,
        *AS_OF,
    )
    assert code == 0
    assert "(6 aktiviteter) exporterades" in out
    sheet = load_workbook(xlsx).active
    assert sheet.max_row == 2 + 6
    assert sheet.freeze_panes == "A3"
    csv_file = tmp_path / "plan.csv"
    code, _, _ = run(capsys, "actions", "--db", demo_db, "--org", "Demoköping", "-o", csv_file)
    raw = csv_file.read_bytes()
    assert code == 0
    assert raw.startswith(b"\xef\xbb\xbf")
    assert raw.decode("utf-8-sig").count("\r\n") == 1 + 25
    assert "Förankra riskhanteringsprocessen i alla förvaltningar" in raw.decode("utf-8-sig")


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (("--org", "Ingenstans"), "Fel: Organisationen «Ingenstans» finns inte i databasen."),
        (("--org", "Demoköping", "--format", "csv"), "Fel: --format gäller bara vid export"),
        (("--org", "Demoköping", "-o", "plan.pdf"), "Fel: Ange --format xlsx eller csv"),
        (("--org", "Demoköping", "--area", "okänt"), "Fel: Okänt område «okänt»."),
    ],
)
def test_actions_bad_input(capsys, demo_db: Path, argv: tuple[str, ...], message: str):
    code, out, err = run(capsys, "actions", "--db", demo_db, *argv)
    assert code == 1
    assert out == ""
    assert err.startswith(message)
    assert len(err.strip().splitlines()) == 1


def test_actions_bad_status_is_a_usage_error(capsys, demo_db: Path):
    code, _, err = run(capsys, "actions", "--db", demo_db, "--org", "Demoköping", "--status", "x")
    assert code == 2
    assert "«x» är ingen status" in err


def test_actions_missing_store(capsys, tmp_path: Path):
    code, _, err = run(capsys, "actions", "--db", tmp_path / "saknas.db", "--org", "X")
    assert code == 1
    assert err.startswith("Fel: ")


# -- lagesbild reviews ------------------------------------------------------------------------------


def test_reviews_text(capsys, demo_db: Path):
    code, out, err = run(capsys, "reviews", "--db", demo_db, "--org", "Demoköping", *AS_OF)
    assert (code, err) == (0, "")
    assert out.startswith("Ledningens genomgång – Demoköpings kommun (per 2026-11-29)")
    assert "2023-04-11  Kommunstyrelsen  [Fastställd], period 2022-04-12 – 2023-04-11" in out
    assert "2026-11-17  Kommunstyrelsen  [Utkast]" in out
    assert "Status: Pågår (80\u00a0%), försenad sedan 2024-10-31" in out
    assert "Godkännande av riskhanteringsåtgärder: Kommunstyrelsen 2026-03-12" in out
    assert "Elin Sjöberg (Kommunstyrelsens andre vice ordförande) saknar utbildning" in out


def test_reviews_json(capsys, demo_db: Path):
    code, out, _ = run(capsys, "--json", "reviews", "--db", demo_db, "--org", "Demoköping", *AS_OF)
    data = json.loads(out)
    assert code == 0
    assert [r["status"] for r in data["reviews"]] == ["final", "final", "final", "draft"]
    decisions = data["reviews"][1]["decisions"]
    assert decisions[1]["overdue"] is True
    assert decisions[3]["activity_id"] is None
    assert data["management_duties"]["untrained"] == ["Elin Sjöberg"]
    assert set(data["reviews"][0]["inputs"]) == set("abcdefg")


def test_reviews_unknown_org(capsys, demo_db: Path):
    code, out, err = run(capsys, "reviews", "--db", demo_db, "--org", "Okänd kommun")
    assert code == 1
    assert out == ""
    assert err.startswith("Fel: Organisationen «Okänd kommun» finns inte")


def test_dates_are_iso(capsys, demo_db: Path):
    _, out, _ = run(capsys, "--json", "actions", "--db", demo_db, "--org", "Demoköping", *AS_OF)
    first = json.loads(out)["activities"][0]
    assert date.fromisoformat(first["due_date"])
