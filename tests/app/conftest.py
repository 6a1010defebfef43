"""Fixtures for the Qt-free tests: stores, stores at earlier schema steps, assessments."""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from app.domain.model import AreaResponse, Assessment, Organisation
from app.reference import load_reference
from app.services.workspace import Workspace
from app.storage import Store, open_store
from app.storage.connection import connect_read_write, migrate
from app.storage.files import create_private_file, ensure_private_dir


@pytest.fixture
def store(db_path: Path) -> Iterator[Store]:
    """A fresh, fully migrated store of this test's own."""
    with open_store(db_path, create=True) as opened:
        yield opened


def build_store_at(path: Path, stop_before: str | None) -> Path:
    """A store as an older Lägesbild left it: every schema step before ``stop_before`` applied."""
    ensure_private_dir(path.parent)
    create_private_file(path)
    db = connect_read_write(path, new=True)
    try:
        migrate(db, fresh=True, stop_before=stop_before)
    finally:
        db.close()
    return path


@pytest.fixture
def store_at_step() -> Callable[[Path, str | None], Path]:
    return build_store_at


@pytest.fixture
def organisation(store: Store) -> Organisation:
    return store.organisations.add(Organisation("Testköpings kommun", "B", note="Testdata"))


def make_assessment(organisation_id: int, year: int = 2024, **changes: object) -> Assessment:
    """A small, valid two-area draft; keyword arguments override Assessment fields."""
    base = Assessment(
        organisation_id=organisation_id,
        year=year,
        assessed_on=date(year, 3, 14),
        assessor="Åsa Öberg",
        responses={
            "governing_documents": AreaResponse(
                "governing_documents",
                answer="full",
                self_level=2,
                target_level=3,
                comment="Policyn är antagen.",
                evidence="Informationssäkerhetspolicy, KF 2023-05-22 § 87",
            ),
            "training": AreaResponse("training", answer="planned", self_level=1, target_level=3),
        },
        profile={"ciso_function": "yes"},
        note="Första året.",
    )
    return replace(base, **changes)  # type: ignore[arg-type]


@pytest.fixture
def assessment_factory() -> Callable[..., Assessment]:
    """``assessment_factory(org_id, year=2024, **field_overrides)``."""
    return make_assessment


@pytest.fixture
def workspace(db_path: Path) -> Iterator[Workspace]:
    """A Workspace on a fresh store of this test's own."""
    with Workspace.open(db_path, create=True) as opened:
        yield opened


def complete_assessment(
    organisation_id: int, year: int, answer: str = "partial", self_level: int = 2
) -> Assessment:
    """A draft answering all nine areas the same way, ready to be finalised."""
    reference = load_reference()
    return Assessment(
        organisation_id=organisation_id,
        year=year,
        assessed_on=date(year, 2, 1),
        assessor="Maria Lind",
        responses={
            area.key: AreaResponse(area.key, answer=answer, self_level=self_level, target_level=3)
            for area in reference.areas
        },
        profile={"ciso_function": "yes"},
    )


@pytest.fixture
def complete_factory() -> Callable[..., Assessment]:
    """``complete_factory(org_id, year, answer="partial", self_level=2)``."""
    return complete_assessment


@pytest.fixture(scope="session")
def _demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from app.demo import create_demo_store

    return create_demo_store(tmp_path_factory.mktemp("demo-template") / "demo.db")


@pytest.fixture
def demo_db(_demo_template: Path, tmp_path: Path) -> Path:
    """A private copy of the demo store (built once per session: it is deterministic)."""
    target = tmp_path / "demo" / "lagesbild.db"
    target.parent.mkdir()
    shutil.copyfile(_demo_template, target)
    return target
