"""Fixtures for the reference-data tests.

Makes the repository root importable even when pytest is run without a root
conftest (tests here have no __init__.py).
"""

from __future__ import annotations

import copy
import json
import shutil
import sys
from collections.abc import Callable
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import Any

import pytest

REPO_ROOT = Path(__file__).resolve().parents[3]
if str(REPO_ROOT) not in sys.path:
    sys.path.insert(0, str(REPO_ROOT))

from app.reference import Reference, load_reference, reference_dir  # noqa: E402


@pytest.fixture(scope="session")
def ref() -> Reference:
    return load_reference()


@pytest.fixture(scope="session")
def shipped() -> Callable[[str], Any]:
    """Raw JSON of a shipped file (a fresh deep copy each call, safe to mutate)."""
    cache: dict[str, Any] = {}

    def read(name: str) -> Any:
        if name not in cache:
            cache[name] = json.loads((reference_dir() / name).read_text(encoding="utf-8"))
        return copy.deepcopy(cache[name])

    return read


@pytest.fixture
def reference_copy(tmp_path: Path) -> Path:
    """A writable copy of the shipped reference directory."""
    target = tmp_path / "reference"
    shutil.copytree(reference_dir(), target)
    return target


def _skr_percent_variants(count: int, base: int) -> set[int]:
    """Plain rounding and SKR's apparent one-decimal-first rounding (55,45 → 55,5 → 56)."""
    exact = Decimal(count) * 100 / Decimal(base)
    one = Decimal("1")
    plain = int(exact.quantize(one, ROUND_HALF_UP))
    twice = int(exact.quantize(Decimal("0.1"), ROUND_HALF_UP).quantize(one, ROUND_HALF_UP))
    return {plain, twice}


@pytest.fixture(scope="session")
def skr_percent() -> Callable[[int, int], set[int]]:
    """Percentages the report may print for count/base."""
    return _skr_percent_variants
