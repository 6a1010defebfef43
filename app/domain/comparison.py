"""Compare an assessment with SKR's jämförelsetal and with the organisation's previous year.

Everything is computed, never stored, so a corrected benchmark file or an edited assessment is
reflected everywhere at once.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from app.domain.model import Assessment
from app.domain.scoring import skr_comparable_level

if TYPE_CHECKING:
    from app.reference import Reference


class AreaFigures:
    """The figures derived from an area's levels: differences to the benchmark means, change
    since the previous year and the gap to the target. A row class provides ``own_level``,
    ``self_level``, ``target_level``, ``previous_level``, ``group_mean`` and ``national_mean``
    (a mean may be None where none is published)."""

    own_level: int | None
    self_level: int | None
    target_level: int | None
    previous_level: int | None
    group_mean: float | None
    national_mean: float | None

    @property
    def diff_group(self) -> float | None:
        if self.own_level is None or self.group_mean is None:
            return None
        return self.own_level - self.group_mean

    @property
    def diff_national(self) -> float | None:
        if self.own_level is None or self.national_mean is None:
            return None
        return self.own_level - self.national_mean

    @property
    def change_since_previous(self) -> int | None:
        if self.own_level is None or self.previous_level is None:
            return None
        return self.own_level - self.previous_level

    @property
    def gap_to_target(self) -> int | None:
        """How many MSB levels the self-rated level is below the target (0 if at/above)."""
        if self.self_level is None or self.target_level is None:
            return None
        return max(0, self.target_level - self.self_level)


@dataclass(frozen=True)
class AreaComparison(AreaFigures):
    """One row of the comparison table: own values against the group and the nation."""

    area_key: str
    area_number: int
    area_name: str
    own_level: int | None
    self_level: int | None
    target_level: int | None
    group_mean: float
    national_mean: float
    previous_level: int | None
    group_share_level2: float | None
    national_share_level2: float | None


@dataclass(frozen=True)
class Comparison:
    """An assessment compared with one benchmark year, area by area."""

    year: int
    benchmark_year: int
    group: str
    rows: tuple[AreaComparison, ...]

    @property
    def areas_at_level_two(self) -> int:
        return sum(1 for r in self.rows if r.own_level == 2)

    @property
    def areas_below_group(self) -> tuple[AreaComparison, ...]:
        return tuple(r for r in self.rows if r.diff_group is not None and r.diff_group < 0)

    @property
    def improved_areas(self) -> int:
        return sum(1 for r in self.rows if (r.change_since_previous or 0) > 0)

    @property
    def worsened_areas(self) -> int:
        return sum(1 for r in self.rows if (r.change_since_previous or 0) < 0)

    @property
    def answered(self) -> int:
        return sum(1 for r in self.rows if r.own_level is not None)

    def largest_gaps(self, count: int = 3) -> tuple[AreaComparison, ...]:
        """Areas furthest below the group mean, then furthest below target: what to act on first."""
        candidates = [r for r in self.rows if r.diff_group is not None]
        candidates.sort(key=lambda r: (r.diff_group, -(r.gap_to_target or 0), r.area_number))
        return tuple(
            r for r in candidates if (r.diff_group or 0) < 0 or (r.gap_to_target or 0) > 0
        )[:count]


def compare(
    assessment: Assessment,
    group: str,
    benchmark_year: int,
    reference: Reference,
    previous: Assessment | None = None,
) -> Comparison:
    """Compare ``assessment`` (of an organisation in ``group``) with the given benchmark year."""
    bench = reference.benchmarks
    rows = []
    for area in reference.areas:
        response = assessment.response(area.key)
        previous_level = (
            skr_comparable_level(previous.response(area.key).answer, reference)
            if previous
            else None
        )
        rows.append(
            AreaComparison(
                area_key=area.key,
                area_number=area.number,
                area_name=area.name,
                own_level=skr_comparable_level(response.answer, reference),
                self_level=response.self_level,
                target_level=response.target_level,
                group_mean=bench.mean(group, benchmark_year, area.key),
                national_mean=bench.mean("national", benchmark_year, area.key),
                previous_level=previous_level,
                group_share_level2=bench.level2_share(group, benchmark_year, area.key),
                national_share_level2=bench.level2_share("national", benchmark_year, area.key),
            )
        )
    return Comparison(
        year=assessment.year, benchmark_year=benchmark_year, group=group, rows=tuple(rows)
    )


def previous_assessment(history: list[Assessment], year: int) -> Assessment | None:
    """The latest assessment strictly before ``year`` – 'last year' even when a year was skipped."""
    earlier = [a for a in history if a.year < year]
    return max(earlier, key=lambda a: a.year) if earlier else None
