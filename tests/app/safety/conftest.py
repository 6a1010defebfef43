"""Helpers for the data-safety tests: file fingerprints, the CLI in-process, a small export."""

from __future__ import annotations

import hashlib
import json
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from app.cli import main
from app.domain.activity import Activity, ActivityComment, ActivityStatus
from app.domain.review import Decision, ManagementMember, ManagementTraining, Review, ReviewInput
from app.services.reviews import ReviewService
from app.services.workspace import Workspace
from tests.app.conftest import complete_assessment


def file_digest(path: Path) -> str:
    """SHA-256 of a file's bytes ('' if it does not exist)."""
    return hashlib.sha256(path.read_bytes()).hexdigest() if path.exists() else ""


def store_state(path: Path) -> tuple[str, list[str]]:
    """The store's bytes and the names beside it (minus backups, which may legitimately grow)."""
    siblings = sorted(p.name for p in path.parent.iterdir() if p.name != "backups")
    return file_digest(path), siblings


@dataclass
class CliResult:
    code: int
    out: str
    err: str


@pytest.fixture
def cli(capsys: pytest.CaptureFixture[str]) -> Callable[..., CliResult]:
    """Run ``lagesbild ARGS`` in-process and capture its output."""

    def run(*args: str | Path) -> CliResult:
        code = main([str(a) for a in args])
        captured = capsys.readouterr()
        return CliResult(code, captured.out, captured.err)

    return run


def fill_small_store(workspace: Workspace) -> None:
    """One municipality with a final (once reopened) and a draft assessment, a final review
    with two decisions, an activity made from a decision with a comment, and duty records."""
    org = workspace.add_municipality("Falun")
    org_id = int(org.id or 0)
    final = workspace.save_assessment(complete_assessment(org_id, 2023))
    workspace.finalise_assessment(final.id or 0)
    workspace.reopen_assessment(final.id or 0, "Fel svar i område 3")
    workspace.finalise_assessment(final.id or 0)
    workspace.save_assessment(complete_assessment(org_id, 2024, answer="full"))
    reviews = ReviewService(workspace)
    review = reviews.save(
        Review(
            organisation_id=org_id,
            held_on=date(2024, 5, 14),
            forum="Kommunstyrelsen",
            participants=("Åsa Öberg, ordförande", "Maria Lind, CISO"),
            inputs={ReviewInput.A: "Status för åtgärder.", ReviewInput.G: "Förbättringar."},
            decisions=(
                Decision("Anta ny informationssäkerhetspolicy", due_date=date(2024, 12, 31)),
                Decision("Utbilda ledningen i cybersäkerhet", owner="HR"),
            ),
        )
    )
    activity = reviews.create_activity(review.decisions[0].id or 0, owner="Maria Lind")
    reviews.actions.add_comment(activity.id or 0, "Remiss skickad.", "Maria", date(2024, 6, 1))
    reviews.actions.create(
        Activity(
            organisation_id=org_id,
            title="Klassa informationen i ekonomisystemet",
            areas=("classification",),
            status=ActivityStatus.DONE,
            completed_on=date(2024, 9, 1),
            comments=(ActivityComment(date(2024, 8, 1), "Per", "Påbörjat."),),
        )
    )
    reviews.finalise(review.id or 0)
    reviews.save_duty_record(ManagementMember(org_id, "Åsa Öberg", "Ordförande"))
    reviews.save_duty_record(
        ManagementTraining(org_id, "Åsa Öberg", date(2024, 3, 1), "NIS2 för ledningen")
    )


@pytest.fixture(scope="session")
def _small_template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """A small filled store and its export file, built once per session."""
    folder = tmp_path_factory.mktemp("small-template")
    with Workspace.open(folder / "small.db", create=True) as workspace:
        fill_small_store(workspace)
        from app.services.safety import export_json

        export_json(workspace, folder / "small.json")
    return folder / "small.db", folder / "small.json"


@pytest.fixture
def small_export(_small_template: tuple[Path, Path]) -> dict[str, Any]:
    """The small store's export as JSON data (a fresh copy per test)."""
    return json.loads(_small_template[1].read_text(encoding="utf-8"))


@pytest.fixture
def small_export_path(_small_template: tuple[Path, Path]) -> Path:
    return _small_template[1]


@pytest.fixture(scope="session")
def _empty_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("empty-template") / "lagesbild.db"
    Workspace.open(path, create=True).close()
    return path


@pytest.fixture
def empty_store(_empty_template: Path, tmp_path: Path) -> Path:
    """A new, closed, empty store (its -wal folded in, so its bytes are stable)."""
    path = tmp_path / "target" / "lagesbild.db"
    path.parent.mkdir(mode=0o700)
    shutil.copyfile(_empty_template, path)
    return path
