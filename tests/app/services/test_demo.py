"""The demo store: fictive, complete, consistent and always the same."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.demo import DEMO_ORGANISATION, SECOND_ORGANISATION, create_demo_store
from app.domain.comparison import compare, previous_assessment
from app.domain.model import RecordStatus
from app.domain.scoring import areas_at_level_two
from app.domain.validation import validate_assessment
from app.services.workspace import Workspace
from app.storage import StoreError


@pytest.fixture
def demo(demo_db: Path):
    with Workspace.open(demo_db, read_only=True) as workspace:
        yield workspace


def test_demo_has_two_fictive_organisations(demo: Workspace) -> None:
    organisations = demo.organisations()
    assert [(o.name, o.group, o.municipality) for o in organisations] == [
        (DEMO_ORGANISATION, "B", None),
        (SECOND_ORGANISATION, "C", None),
    ]
    assert all(o.note.startswith("Fiktiv kommun") for o in organisations)
    assert "Delar informationssäkerhetssamordnare" in organisations[1].note


def test_demo_years_and_statuses(demo: Workspace) -> None:
    demokoping = demo.find_organisation(DEMO_ORGANISATION)
    exempelsunda = demo.find_organisation(SECOND_ORGANISATION)
    assert demo.years(demokoping.id) == list(range(2017, 2027))
    assert demo.years(exempelsunda.id) == [2023, 2024, 2025, 2026]
    for organisation in (demokoping, exempelsunda):
        statuses = {a.year: a.status for a in demo.assessments(organisation.id)}
        assert statuses.pop(2026) is RecordStatus.DRAFT
        assert set(statuses.values()) == {RecordStatus.FINAL}


def test_every_demo_assessment_is_valid_complete_and_consistent(demo: Workspace) -> None:
    reference = demo.reference
    area_keys = [a.key for a in reference.areas]
    for organisation in demo.organisations():
        history = demo.assessments(organisation.id)
        for assessment in history:
            others = [a.year for a in history if a.id != assessment.id]
            validate_assessment(assessment, reference, others)
            assert list(assessment.responses) == area_keys
            assert assessment.profile, f"{assessment.year} saknar profilsvar"
            assert assessment.note and assessment.assessor
            for response in assessment.responses.values():
                high = reference.answer(response.answer).skr_level == 2
                assert (response.self_level >= 2) if high else (response.self_level == 1)
                assert response.target_level in (2, 3, 4)
                assert response.comment
            targets = [r.target_level for r in assessment.responses.values()]
            assert targets.count(3) >= 7


def test_demokoping_tells_the_story(demo: Workspace) -> None:
    reference = demo.reference
    org = demo.find_organisation(DEMO_ORGANISATION)
    history = demo.assessments(org.id)
    by_year = {a.year: a for a in history}
    level_two = {year: areas_at_level_two(a, reference) for year, a in by_year.items()}
    assert level_two[2017] <= 2  # a slow start
    assert level_two[2023] - level_two[2021] >= 5  # the big jump around SKR's survey
    assert level_two[2025] == 9
    assert level_two[2026] == 8  # classification back down in the 2026 draft
    assert by_year[2019].assessor.startswith("Lars Berg")
    assert by_year[2020].assessor.startswith("Maria Lind")  # the new CISO
    assert by_year[2020].profile["ciso_function"] == "yes"
    assert "ciso_hours" not in by_year[2019].profile
    assert (
        by_year[2023]
        .response("governing_documents")
        .evidence.startswith("Informationssäkerhetspolicy, KF 2023-05-22 § 87")
    )
    assert "cybersäkerhetslagen" in by_year[2025].response("incident_management").comment
    assert by_year[2025].response("incident_management").target_level == 4

    slips = []
    for assessment in history:
        previous = previous_assessment(history, assessment.year)
        comparison = compare(assessment, "B", 2023, reference, previous)
        slips += [
            (assessment.year, r.area_key)
            for r in comparison.rows
            if (r.change_since_previous or 0) < 0
        ]
    # training slipped when the e-learning licence lapsed; classification when the register
    # was not kept up after the system replacement (still a draft in 2026)
    assert slips == [(2021, "training"), (2026, "classification")]


def test_demo_is_deterministic(tmp_path: Path, demo: Workspace) -> None:
    other = create_demo_store(tmp_path / "again.db")
    with Workspace.open(other, read_only=True) as again:
        for mine, theirs in zip(demo.organisations(), again.organisations(), strict=True):
            assert mine == theirs
            assert demo.assessments(mine.id) == again.assessments(theirs.id)


def test_demo_refuses_an_existing_non_empty_file(tmp_path: Path) -> None:
    path = tmp_path / "viktig.db"
    path.write_text("inte min", encoding="utf-8")
    with pytest.raises(StoreError, match="finns redan"):
        create_demo_store(path)
    assert path.read_text(encoding="utf-8") == "inte min"


def test_demo_adoption_dates_follow_the_assessments(demo: Workspace) -> None:
    org = demo.find_organisation(DEMO_ORGANISATION)
    for assessment in demo.assessments(org.id):
        if assessment.is_final:
            assert (assessment.finalised_at.date() - assessment.assessed_on).days == 14
        else:
            assert assessment.finalised_at is None
