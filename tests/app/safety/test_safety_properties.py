"""Property-based tests: random damage to an export file never corrupts the store, and domain
validation only ever answers with a Swedish ValidationError."""

from __future__ import annotations

import copy
import json
import shutil
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.domain.errors import LagesbildError, ValidationError
from app.domain.model import AreaResponse, Assessment
from app.domain.validation import validate_assessment
from app.reference import load_reference
from app.services import safety
from app.services.workspace import Workspace
from tests.app.safety.conftest import file_digest

JSON_LEAVES = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(10**12), max_value=10**12),
    st.text(max_size=30),
    st.sampled_from(["2024-02-30", "draft", "final", "full", "B", "", " ", "a", "2023-03-01"]),
)
JSON_VALUES = st.recursive(
    JSON_LEAVES,
    lambda inner: st.one_of(
        st.lists(inner, max_size=3), st.dictionaries(st.text(max_size=8), inner, max_size=3)
    ),
    max_leaves=6,
)


def _paths(node: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Every place in the document a mutation can hit."""
    found = [prefix]
    if isinstance(node, dict):
        for key, value in node.items():
            found += _paths(value, (*prefix, key))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            found += _paths(value, (*prefix, index))
    return found


def _apply(data: Any, path: tuple[Any, ...], kind: str, value: Any) -> Any:
    """Replace, delete, duplicate or add something at ``path`` (returns the new root)."""
    if not path:
        return value if kind == "replace" else data
    parent = data
    for step in path[:-1]:
        parent = parent[step]
    last = path[-1]
    if kind == "replace":
        parent[last] = value
    elif kind == "delete":
        del parent[last]
    elif kind == "duplicate" and isinstance(parent, list):
        parent.append(copy.deepcopy(parent[last]))
    elif kind == "add" and isinstance(parent[last], dict):
        parent[last]["extra"] = value
    return data


@st.composite
def mutations(draw: st.DrawFn, base: dict[str, Any]) -> dict[str, Any]:
    data = copy.deepcopy(base)
    for _ in range(draw(st.integers(min_value=1, max_value=3))):
        places = _paths(data)
        if not places:
            break
        path = draw(st.sampled_from(places))
        kind = draw(st.sampled_from(["replace", "replace", "delete", "duplicate", "add"]))
        data = _apply(data, path, kind, draw(JSON_VALUES))
    return data


def _counts(workspace: Workspace) -> dict[str, int]:
    from app.services.reviews import ReviewService

    reviews = ReviewService(workspace)
    counts = {"organisations": 0, "assessments": 0, "reviews": 0, "activities": 0}
    for org in workspace.organisations():
        counts["organisations"] += 1
        counts["assessments"] += len(workspace.assessments(org.id or 0))
        counts["reviews"] += len(reviews.reviews(org.id or 0))
        counts["activities"] += len(workspace.store.activities.for_organisation(org.id or 0))
    return counts


@pytest.fixture(scope="module")
def _base_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store with one other organisation, so imports meet existing data."""
    path = tmp_path_factory.mktemp("property-base") / "base.db"
    with Workspace.open(path, create=True) as workspace:
        workspace.add_municipality("Ale")
    return path


def test_random_damage_imports_fully_or_not_at_all(
    small_export: dict[str, Any],
    _base_store: Path,
    tmp_path_factory: pytest.TempPathFactory,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # The start-up backup is not what this test is about; the pre-import backup still runs.
    monkeypatch.setattr("app.services.workspace.backup_if_due", lambda path, **_: None)

    @settings(
        max_examples=35,
        deadline=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
        derandomize=True,
    )
    @given(document=mutations(small_export))
    def check(document: Any) -> None:
        folder = tmp_path_factory.mktemp("property")
        store, file = folder / "lagesbild.db", folder / "import.json"
        shutil.copyfile(_base_store, store)
        file.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
        before = file_digest(store)
        with Workspace.open(store) as workspace:
            counts = _counts(workspace)
            try:
                summary = safety.import_json(workspace, file)
            except LagesbildError as exc:
                summary = None
                assert exc.message.strip()
        if summary is None:
            assert file_digest(store) == before
            return
        # Imported: every organisation with every assessment, review and activity of the file.
        organisations = document["organisations"]
        with Workspace.open(store, read_only=True) as workspace:
            after = _counts(workspace)
            assert workspace.store.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert after["organisations"] == counts["organisations"] + len(organisations)
        for kind in ("assessments", "reviews", "activities"):
            expected = sum(len(o.get(kind, [])) for o in organisations)
            assert after[kind] == counts[kind] + expected

    check()


AREA_KEYS = [a.key for a in load_reference().areas]
ANSWERS = [o.key for o in load_reference().answer_scale]
ANY_VALUE = st.one_of(
    st.none(), st.booleans(), st.integers(-5, 10), st.text(max_size=5), st.floats(allow_nan=True)
)


LEVELS = st.one_of(st.integers(0, 5), ANY_VALUE)
RESPONSES = st.builds(
    AreaResponse,
    area_key=st.one_of(st.sampled_from(AREA_KEYS), st.text(max_size=10)),
    answer=st.one_of(st.none(), st.sampled_from(ANSWERS), st.text(max_size=8)),
    self_level=LEVELS,
    target_level=LEVELS,
    comment=st.text(max_size=20),
)


@settings(max_examples=100, deadline=None, derandomize=True)
@given(
    year=st.one_of(st.integers(1900, 2200), ANY_VALUE),
    items=st.lists(RESPONSES, max_size=9),
    other_years=st.lists(st.integers(1990, 2100), max_size=3),
    profile=st.dictionaries(st.text(max_size=12), st.text(max_size=8), max_size=3),
)
def test_validation_passes_or_gives_swedish_problems(
    year: object, items: list[AreaResponse], other_years: list[int], profile: dict[str, str]
) -> None:
    assessment = Assessment(
        organisation_id=1,
        year=year,  # type: ignore[arg-type]
        assessed_on=date(2024, 3, 1),
        responses={r.area_key: r for r in items},
        profile=profile,
    )
    try:
        validate_assessment(assessment, load_reference(), other_years, today=date(2026, 6, 1))
    except ValidationError as exc:
        assert exc.problems and all(p.strip() for p in exc.problems)
        swedish = set("åäöÅÄÖ")
        assert any(swedish & set(p) or " " in p for p in exc.problems)
