"""Fixtures for the Qt-free tests: stores, stores at earlier schema steps, assessments."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from app.domain.model import AreaResponse, Assessment, Organisation
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
