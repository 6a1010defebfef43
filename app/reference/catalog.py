"""Loading all reference data into one validated, immutable object."""

from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path

from app.reference._schema import Node
from app.reference.benchmarks import MUNICIPAL_GROUPS, BenchmarkSet, parse_benchmarks
from app.reference.distributions import (
    SCOPES,
    Distribution,
    DistributionDiscrepancy,
    DistributionSet,
    ProfileQuestion,
    PublishedFigure,
    parse_distributions,
)
from app.reference.errors import ReferenceDataError
from app.reference.files import read_json, reference_dir
from app.reference.framework import (
    AnswerOption,
    Area,
    MaturityLevel,
    MaturityModel,
    parse_answer_scale,
    parse_areas,
    parse_maturity_model,
)
from app.reference.municipalities import MunicipalityRegistry, parse_municipalities

AREAS_FILE = "areas.json"
ANSWER_SCALE_FILE = "answer_scale.json"
MATURITY_FILE = "maturity_model.json"
BENCHMARKS_FILE = "benchmarks-skr-2023.json"
DISTRIBUTIONS_FILE = "distributions-skr-2023.json"
MUNICIPALITIES_FILE = "municipalities.json"
_SCOPE_ORDER = ("national", *(s for s in SCOPES if s != "national"))


def _load(directory: Path, name: str) -> Node:
    return Node(read_json(directory / name), name)


@dataclass(frozen=True)
class Reference:
    """Everything the app compares against: areas, scale, maturity model, SKR figures, municipalities."""

    areas: tuple[Area, ...]
    answer_scale: tuple[AnswerOption, ...]
    maturity_model: MaturityModel
    benchmarks: BenchmarkSet
    survey: DistributionSet
    municipalities: MunicipalityRegistry

    @property
    def maturity_levels(self) -> tuple[MaturityLevel, ...]:
        """MSB's four levels, 1 first."""
        return self.maturity_model.levels

    @property
    def profile_questions(self) -> tuple[ProfileQuestion, ...]:
        """Questions a municipality answers about itself (CISO, policy age, …)."""
        return tuple(q for q in self.survey.questions if q.profile)

    @property
    def questions(self) -> tuple[ProfileQuestion, ...]:
        """All survey questions with published figures, including the area questions."""
        return self.survey.questions

    @property
    def published_figures(self) -> tuple[PublishedFigure, ...]:
        """Single published numbers such as SKR's estimated CISO hours (Figur 9)."""
        return self.survey.published_figures

    @property
    def distribution_discrepancies(self) -> tuple[DistributionDiscrepancy, ...]:
        """Published percentages known to contradict their counts."""
        return self.survey.known_discrepancies

    def area(self, key: str) -> Area:
        """Area by key; unknown keys raise ReferenceDataError (not KeyError)."""
        for area in self.areas:
            if area.key == key:
                return area
        raise ReferenceDataError(f"Okänt uppföljningsområde ”{key}”.")

    def answer(self, key: str) -> AnswerOption:
        """Answer option by key; unknown keys raise ReferenceDataError."""
        for option in self.answer_scale:
            if option.key == key:
                return option
        raise ReferenceDataError(f"Okänt svarsalternativ ”{key}”.")

    def question(self, key: str) -> ProfileQuestion:
        """Any survey question by key; unknown keys raise ReferenceDataError."""
        for question in self.survey.questions:
            if question.key == key:
                return question
        raise ReferenceDataError(f"Okänd fråga ”{key}”.")

    def distributions_for(self, question_key: str, year: int = 2023) -> list[Distribution]:
        """Published distributions of a question for a year: national first, then A, B, C."""
        self.question(question_key)
        found = [
            d
            for d in self.survey.distributions
            if d.question_key == question_key and d.year == year
        ]
        return sorted(found, key=lambda d: _SCOPE_ORDER.index(d.scope))


def load_areas(directory: Path | None = None) -> tuple[Area, ...]:
    """Only the follow-up areas; used to validate an imported benchmark file."""
    return parse_areas(_load(directory or reference_dir(), AREAS_FILE))


@functools.cache
def load_reference(directory: Path | None = None) -> Reference:
    """Load and validate all shipped reference files (cached; raises ReferenceDataError)."""
    directory = directory or reference_dir()
    areas = parse_areas(_load(directory, AREAS_FILE))
    answer_scale = parse_answer_scale(_load(directory, ANSWER_SCALE_FILE))
    maturity = parse_maturity_model(_load(directory, MATURITY_FILE))
    benchmarks = parse_benchmarks(_load(directory, BENCHMARKS_FILE), areas)
    survey = parse_distributions(_load(directory, DISTRIBUTIONS_FILE), answer_scale, areas)
    municipalities = parse_municipalities(_load(directory, MUNICIPALITIES_FILE))

    if survey.survey_id != benchmarks.survey_id:
        raise ReferenceDataError(
            f"{DISTRIBUTIONS_FILE} gäller undersökningen ”{survey.survey_id}”, men "
            f"{BENCHMARKS_FILE} gäller ”{benchmarks.survey_id}”."
        )
    counts = municipalities.group_counts()
    year = benchmarks.survey_year
    for group in MUNICIPAL_GROUPS:
        expected = benchmarks.group_size(group, year)
        if counts[group] != expected:
            raise ReferenceDataError(
                f"{MUNICIPALITIES_FILE} har {counts[group]} kommuner i kommungrupp {group}, men "
                f"jämförelsetalen för {year} utgår från {expected}."
            )
    return Reference(areas, answer_scale, maturity, benchmarks, survey, municipalities)
