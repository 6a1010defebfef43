"""What each chart shows, as plain values: the single data path for the dashboard and presentation.

The chart widgets only draw these objects, so the numbers on screen, in an exported image and on a
presentation slide are always computed the same way and can be unit-tested without Qt. Missing
values (an area not yet answered) stay ``None`` so that charts draw a gap, never a false zero.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from app.domain.comparison import Comparison
from app.domain.model import Assessment
from app.domain.scoring import mean_level, skr_comparable_level
from app.swedish_format import format_decimal, format_signed

if TYPE_CHECKING:
    from app.reference import Reference

#: Series keys; the chart style maps each key to one colour, marker and dash pattern everywhere.
OWN = "own"
PREVIOUS = "previous"
SELF_RATED = "self"
TARGET = "target"
GROUP = "group"
NATIONAL = "national"

SKR_SCALE = (1, 2)
MSB_SCALE = (1, 4)
SKR_SCALE_LABEL = (
    "Skala: SKR-jämförbar nivå 1–2 (kommunens värde 1 eller 2; jämförelsetal = medelvärde)"
)
MSB_SCALE_LABEL = (
    "Skala: mognadsnivå 1–4 (självskattad nivå och målnivå 1–4; "
    "SKR-jämförbar nivå och jämförelsetal 1–2)"
)
UNPUBLISHED = "ej redovisat"
UNANSWERED = "ej besvarat"


def group_label(group: str, *, capital: bool = True) -> str:
    """'Kommungrupp B' for a group, 'Nationellt' for the nation – the words SKR's report uses."""
    text = "nationellt" if group == "national" else f"kommungrupp {group}"
    return text[0].upper() + text[1:] if capital else text


def _areas(count: int) -> str:
    return f"{count} område" if count == 1 else f"{count} områden"


@dataclass(frozen=True)
class Series:
    """One line, polygon or set of points; ``values[i]`` belongs to the chart's i-th category."""

    key: str
    label: str
    values: tuple[float | None, ...]


@dataclass(frozen=True)
class RadarData:
    """A spider chart: one spoke per area, in the reference's table order."""

    title: str
    axes: tuple[str, ...]
    area_keys: tuple[str, ...]
    series: tuple[Series, ...]
    scale: tuple[int, int]
    scale_label: str
    source: str

    def series_by_key(self, key: str) -> Series | None:
        return next((s for s in self.series if s.key == key), None)


@dataclass(frozen=True)
class TrendSeries:
    """Values at given years; the benchmark series only has points for the survey years."""

    key: str
    label: str
    years: tuple[int, ...]
    values: tuple[float | None, ...]


@dataclass(frozen=True)
class TrendData:
    """Own level per assessment year against the group and the nation in the survey years."""

    title: str
    area_key: str | None
    series: tuple[TrendSeries, ...]
    years: tuple[int, ...]
    scale: tuple[int, int]
    scale_label: str
    source: str

    def series_by_key(self, key: str) -> TrendSeries | None:
        return next((s for s in self.series if s.key == key), None)


@dataclass(frozen=True)
class DifferenceData:
    """Own level minus the group mean, per area; positive means ahead of comparable municipalities."""

    title: str
    subtitle: str
    labels: tuple[str, ...]
    area_keys: tuple[str, ...]
    values: tuple[float | None, ...]
    source: str
    benchmark_label: str = ""

    @property
    def value_texts(self) -> tuple[str, ...]:
        """'+0,12', '−0,30', or 'ej besvarat' – the exact text printed next to each bar."""
        return tuple(UNANSWERED if v is None else format_signed(v) for v in self.values)


@dataclass(frozen=True)
class KeyFigure:
    """One large number tile: ``value`` is the headline text, ``number`` the raw value for tests."""

    key: str
    caption: str
    value: str
    detail: str
    number: int | None

    @property
    def accessible_text(self) -> str:
        detail = f" ({self.detail})" if self.detail else ""
        return f"{self.caption}: {self.value}{detail}"


@dataclass(frozen=True)
class KeyFiguresData:
    title: str
    figures: tuple[KeyFigure, ...]

    def figure(self, key: str) -> KeyFigure:
        return next(f for f in self.figures if f.key == key)


@dataclass(frozen=True)
class DistributionScope:
    """SKR's published answers for one scope; ``None`` means SKR did not publish that option."""

    scope: str
    label: str
    percent: tuple[float | None, ...]
    counts: tuple[int | None, ...]
    base: int | None
    source: str


@dataclass(frozen=True)
class DistributionData:
    """How municipalities answered a profile question, with the organisation's own answer marked."""

    title: str
    question_key: str
    option_keys: tuple[str, ...]
    option_labels: tuple[str, ...]
    scopes: tuple[DistributionScope, ...]
    own_option: str | None
    year: int
    source: str

    @property
    def own_index(self) -> int | None:
        if self.own_option is None or self.own_option not in self.option_keys:
            return None
        return self.option_keys.index(self.own_option)


def _join_sources(sources: Iterable[str], survey_label: str) -> str:
    """'Källa: SKR 2023, Figur 65 (tabell) och Figur 67 (tabell)' – each source once, no repeats."""
    unique = list(dict.fromkeys(s for s in sources if s))
    if not unique:
        return f"Källa: {survey_label}"
    named = [s if s.startswith("SKR") else f"{survey_label}, {s}" for s in unique]
    heads = {n.rsplit(", ", 1)[0] for n in named}
    if len(named) > 1 and len(heads) == 1 and all(", " in n for n in named):
        head = heads.pop()
        return f"Källa: {head}, " + " och ".join(n.rsplit(", ", 1)[1] for n in named)
    return "Källa: " + "; ".join(named)


def benchmark_source(reference: Reference, group: str, year: int) -> str:
    """The benchmark figures behind a chart, naming the group's and the nation's table once."""
    bench = reference.benchmarks
    return _join_sources(
        (bench.source(scope, year) for scope in (group, "national")), bench.survey_label
    )


def _own_label(year: int, organisation: str | None) -> str:
    return f"{organisation} {year}" if organisation else f"Egen nivå {year}"


def radar_series(
    comparison: Comparison,
    reference: Reference,
    *,
    previous: Comparison | None = None,
    include_self: bool = False,
    include_target: bool = False,
    organisation: str | None = None,
) -> RadarData:
    """The spider chart of SKR's report with the organisation's own polygon on top.

    The scale widens to 1–4 only when MSB levels (self-rated, target) are shown, because on a 1–4
    scale the SKR-comparable differences (1,2 vs 1,6) become hard to see.
    """
    rows = {r.area_key: r for r in comparison.rows}
    areas = reference.areas

    def values(getter, rows_by_key=rows) -> tuple[float | None, ...]:
        out: list[float | None] = []
        for area in areas:
            row = rows_by_key.get(area.key)
            value = getter(row) if row is not None else None
            out.append(None if value is None else float(value))
        return tuple(out)

    series = [Series(OWN, _own_label(comparison.year, organisation), values(lambda r: r.own_level))]
    if previous is not None:
        prev_rows = {r.area_key: r for r in previous.rows}
        series.append(
            Series(
                PREVIOUS,
                _own_label(previous.year, organisation),
                values(lambda r: r.own_level, prev_rows),
            )
        )
    series.append(
        Series(
            GROUP,
            f"{group_label(comparison.group)} {comparison.benchmark_year} (medel)",
            values(lambda r: r.group_mean),
        )
    )
    series.append(
        Series(
            NATIONAL,
            f"Nationellt {comparison.benchmark_year} (medel)",
            values(lambda r: r.national_mean),
        )
    )
    if include_self:
        series.append(
            Series(
                SELF_RATED, f"Självskattad nivå {comparison.year}", values(lambda r: r.self_level)
            )
        )
    if include_target:
        series.append(Series(TARGET, "Målnivå", values(lambda r: r.target_level)))
    wide = include_self or include_target
    return RadarData(
        title=f"Mognadsnivå per område {comparison.year}",
        axes=tuple(a.short_name for a in areas),
        area_keys=tuple(a.key for a in areas),
        series=tuple(series),
        scale=MSB_SCALE if wide else SKR_SCALE,
        scale_label=MSB_SCALE_LABEL if wide else SKR_SCALE_LABEL,
        source=benchmark_source(reference, comparison.group, comparison.benchmark_year),
    )


def _area_mean(values: Iterable[float | None]) -> float | None:
    """Mean over the areas that have a value, as SKR averages its area means."""
    return mean_level(values)  # type: ignore[arg-type]


def trend_series(
    history: Sequence[Assessment],
    reference: Reference,
    group: str,
    area_key: str | None = None,
    *,
    organisation: str | None = None,
) -> TrendData:
    """Own SKR-comparable level per year (one area, or the mean over answered areas).

    The group and national benchmarks are points at the survey years only: SKR measured in 2019
    and 2023, and drawing values in between would invent data.
    """
    area_keys = [a.key for a in reference.areas] if area_key is None else [area_key]
    ordered = sorted(history, key=lambda a: a.year)
    own_values: list[float | None] = []
    for assessment in ordered:
        levels = [
            skr_comparable_level(assessment.response(key).answer, reference) for key in area_keys
        ]
        own_values.append(_area_mean(levels))
    bench = reference.benchmarks
    bench_years = tuple(sorted(bench.years))

    def bench_values(scope: str) -> tuple[float | None, ...]:
        return tuple(
            _area_mean(bench.mean(scope, y, key) for key in area_keys) for y in bench_years
        )

    own_years = tuple(a.year for a in ordered)
    if area_key is None:
        title = "Utveckling över tid – alla områden (medel)"
    else:
        area = next(a for a in reference.areas if a.key == area_key)
        title = f"Utveckling över tid – {area.name}"
    own_label = organisation or "Egen nivå"
    series = (
        TrendSeries(OWN, own_label, own_years, tuple(own_values)),
        TrendSeries(GROUP, f"{group_label(group)} (medel)", bench_years, bench_values(group)),
        TrendSeries(NATIONAL, "Nationellt (medel)", bench_years, bench_values("national")),
    )
    return TrendData(
        title=title,
        area_key=area_key,
        series=series,
        years=tuple(sorted(set(own_years) | set(bench_years))),
        scale=SKR_SCALE,
        scale_label=SKR_SCALE_LABEL,
        source=benchmark_source(reference, group, bench_years[-1]) if bench_years else "",
    )


def difference_series(comparison: Comparison, reference: Reference | None = None) -> DifferenceData:
    """Own level minus the group mean per area; with ``reference`` the short area names are used."""
    short = {a.key: a.short_name for a in reference.areas} if reference is not None else {}
    rows = comparison.rows
    group = group_label(comparison.group, capital=False)
    return DifferenceData(
        title=f"Skillnad mot {group} {comparison.year}",
        subtitle=(
            f"Egen SKR-jämförbar nivå minus medelvärdet för {group} {comparison.benchmark_year}"
        ),
        labels=tuple(short.get(r.area_key, r.area_name) for r in rows),
        area_keys=tuple(r.area_key for r in rows),
        values=tuple(r.diff_group for r in rows),
        benchmark_label=f"{group} {comparison.benchmark_year}",
        source=benchmark_source(reference, comparison.group, comparison.benchmark_year)
        if reference is not None
        else "Källa: SKR, jämförelsetal",
    )


def key_figures(comparison: Comparison, previous_comparison: Comparison | None) -> KeyFiguresData:
    """The four numbers a board remembers: level-2 areas, change, areas behind the group, coverage."""
    total = len(comparison.rows)
    at_two = comparison.areas_at_level_two
    figures = [
        KeyFigure(
            "level_two",
            "Områden på nivå 2",
            f"{at_two} av {total}",
            "fullt eller delvis etablerat arbetssätt",
            at_two,
        )
    ]
    if previous_comparison is None:
        figures.append(KeyFigure("change", "Förändring", "–", "ingen tidigare bedömning", None))
    else:
        change = at_two - previous_comparison.areas_at_level_two
        previous = {r.area_key: r.own_level for r in previous_comparison.rows}
        improved = worsened = 0
        for row in comparison.rows:
            before = previous.get(row.area_key)
            if row.own_level is None or before is None:
                continue
            improved += row.own_level > before
            worsened += row.own_level < before
        figures.append(
            KeyFigure(
                "change",
                f"Förändring sedan {previous_comparison.year}",
                format_signed(change, 0),
                f"antal på nivå 2; {_areas(improved)} bättre, {worsened} sämre",
                change,
            )
        )
    below = len(comparison.areas_below_group)
    group = group_label(comparison.group, capital=False)
    figures.append(
        KeyFigure(
            "below_group",
            f"Under medel för {group}",
            f"{below} av {total}",
            f"jämförelsetal {comparison.benchmark_year}",
            below,
        )
    )
    answered = comparison.answered
    figures.append(
        KeyFigure(
            "answered",
            "Besvarade områden",
            f"{answered} av {total}",
            "" if answered == total else f"{total - answered} saknar svar",
            answered,
        )
    )
    return KeyFiguresData(title=f"Nyckeltal {comparison.year}", figures=tuple(figures))


def distribution_series(
    reference: Reference,
    question_key: str,
    own_option: str | None,
    group: str,
    year: int = 2023,
) -> DistributionData:
    """National and own-group answers per option; unpublished options stay ``None`` ('ej redovisat').

    A share missing from SKR's text but computable from a published count and base is derived,
    since it is the same figure; nothing else is filled in.
    """
    question = next(q for q in reference.profile_questions if q.key == question_key)
    option_keys = tuple(o.key for o in question.options)
    scopes: list[DistributionScope] = []
    by_scope = {d.scope: d for d in reference.distributions_for(question_key, year)}
    for scope in ("national", group):
        dist = by_scope.get(scope)
        if dist is None:
            continue
        percent: list[float | None] = []
        counts: list[int | None] = []
        for key in option_keys:
            count = dist.counts.get(key)
            share = dist.percent.get(key)
            if share is None and count is not None and dist.base:
                share = round(100 * count / dist.base)
            percent.append(None if share is None else float(share))
            counts.append(count)
        base = f" (n = {dist.base})" if dist.base else ""
        scopes.append(
            DistributionScope(
                scope=scope,
                label=f"{group_label(scope)} {year}{base}",
                percent=tuple(percent),
                counts=tuple(counts),
                base=dist.base,
                source=dist.source,
            )
        )
    source = _join_sources((s.source for s in scopes), reference.benchmarks.survey_label)
    return DistributionData(
        title=question.text,
        question_key=question_key,
        option_keys=option_keys,
        option_labels=tuple(o.label for o in question.options),
        scopes=tuple(scopes),
        own_option=own_option if own_option in option_keys else None,
        year=year,
        source=source,
    )


def format_level(value: float | None) -> str:
    """Level with decimal comma for labels and tooltips: '1,24', or '–' for a gap."""
    return format_decimal(value)
