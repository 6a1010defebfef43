"""SKR benchmark figures (jämförelsetal) as an importable, validated data set.

A benchmark file describes one published survey: mean maturity per follow-up
area for the municipality groups A, B, C and the whole country, for each survey
year the publication reports. A future SKR survey is imported by adding another
file in the same format, so all consistency rules live here, not in code that
knows the 2023 numbers.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType
from typing import Any

from app.reference._schema import Node, check_header, format_number
from app.reference.errors import ReferenceDataError
from app.reference.files import read_json
from app.reference.framework import Area

GROUPS: tuple[str, ...] = ("A", "B", "C", "national")
MUNICIPAL_GROUPS: tuple[str, ...] = ("A", "B", "C")
NATIONAL = "national"
MEAN_MIN = 1.0
MEAN_MAX = 4.0
# Published means have two decimals; 1 + count/size must round to them.
MEAN_TOLERANCE = 0.005 + 1e-9

_GROUP_LABELS = {
    "A": "Kommungrupp A",
    "B": "Kommungrupp B",
    "C": "Kommungrupp C",
    "national": "Nationellt",
}
_RESPONSE_FIELDS = ("complete", "almost_complete", "partial", "no_answer")


def group_label(group: str) -> str:
    """Swedish display label for a group key ('A' → 'Kommungrupp A')."""
    return _GROUP_LABELS.get(group, group)


def _in_text(group: str) -> str:
    return "nationellt" if group == NATIONAL else f"kommungrupp {group}"


@dataclass(frozen=True)
class KnownDiscrepancy:
    """A published mean that disagrees with the report's own counts, kept as published."""

    group: str
    year: int
    area_key: str
    published_mean: float
    level2_count: int | None
    description: str
    sources: tuple[str, ...]


@dataclass(frozen=True)
class BenchmarkSet:
    """Validated benchmark figures of one survey publication."""

    survey_id: str
    survey_label: str
    survey_title: str
    publisher: str
    survey_year: int
    source_text: str
    notes: tuple[str, ...]
    years: tuple[int, ...]
    groups: tuple[str, ...]
    area_keys: tuple[str, ...]
    known_discrepancies: tuple[KnownDiscrepancy, ...]
    _area_names: Mapping[str, str] = field(repr=False)
    _sizes: Mapping[tuple[str, int], int] = field(repr=False)
    _size_sources: Mapping[int, str] = field(repr=False)
    _means: Mapping[tuple[str, int, str], float] = field(repr=False)
    _counts: Mapping[tuple[str, int, str], int | None] = field(repr=False)
    _percents: Mapping[tuple[str, int, str], int | None] = field(repr=False)
    _count_sources: Mapping[tuple[str, int, str], str] = field(repr=False)
    _series_sources: Mapping[tuple[str, int], str] = field(repr=False)
    _response: Mapping[int, Mapping[str, Any]] = field(repr=False)
    _response_source: str = field(repr=False, default="")

    # -- argument checks ----------------------------------------------------
    def _check(self, group: str | None, year: int | None, area_key: str | None = None) -> None:
        if group is not None and group not in self.groups:
            raise ReferenceDataError(
                f"Okänd kommungrupp ”{group}” (tillåtna: {', '.join(self.groups)})."
            )
        if year is not None and year not in self.years:
            years = ", ".join(str(y) for y in self.years)
            raise ReferenceDataError(
                f"{self.survey_label} har inga jämförelsetal för {year} (finns för {years})."
            )
        if area_key is not None and area_key not in self.area_keys:
            raise ReferenceDataError(f"Okänt uppföljningsområde ”{area_key}”.")

    # -- public API ---------------------------------------------------------
    def group_label(self, group: str) -> str:
        """Swedish display label for a group key."""
        return group_label(group)

    def mean(self, group: str, year: int, area_key: str) -> float:
        """Published mean maturity level (1–4; the survey only measured 1–2)."""
        self._check(group, year, area_key)
        return self._means[(group, year, area_key)]

    def level2_count(self, group: str, year: int, area_key: str) -> int | None:
        """Municipalities at maturity level 2 according to the report's prose, if given."""
        self._check(group, year, area_key)
        return self._counts.get((group, year, area_key))

    def level2_percent(self, group: str, year: int, area_key: str) -> int | None:
        """The report's rounded percentage for the level-2 count, if given."""
        self._check(group, year, area_key)
        return self._percents.get((group, year, area_key))

    def level2_source(self, group: str, year: int, area_key: str) -> str | None:
        """Where the level-2 count comes from."""
        self._check(group, year, area_key)
        return self._count_sources.get((group, year, area_key))

    def group_size(self, group: str, year: int) -> int:
        """Number of municipalities in the group that year (national → 290)."""
        self._check(group, year)
        return self._sizes[(group, year)]

    def group_size_source(self, year: int) -> str:
        """Where that year's group sizes come from (2019 is derived, see notes)."""
        self._check(None, year)
        return self._size_sources[year]

    def level2_share(self, group: str, year: int, area_key: str) -> float | None:
        """Share (0–1) of the group at level 2; non-respondents count as level 1."""
        count = self.level2_count(group, year, area_key)
        if count is None:
            return None
        return count / self._sizes[(group, year)]

    def source(self, group: str, year: int) -> str:
        """Citation of the table the means come from, e.g. 'SKR 2023, Figur 64 (tabell)'."""
        self._check(group, year)
        return self._series_sources[(group, year)]

    def area_name(self, area_key: str) -> str:
        """Area name as known when the file was validated."""
        self._check(None, None, area_key)
        return self._area_names[area_key]

    @property
    def latest_year(self) -> int:
        """The most recent survey year in the set."""
        return self.years[-1]

    @property
    def response_figures(self) -> dict[int, dict[str, Any]]:
        """Response counts per year (fresh copy): complete, almost_complete, partial, no_answer…"""
        return {year: dict(values) for year, values in self._response.items()}

    @property
    def response_source(self) -> str:
        """Where the response figures come from."""
        return self._response_source

    def is_known_discrepancy(self, group: str, year: int, area_key: str) -> bool:
        """True if this mean is listed as disagreeing with the report's own counts."""
        return any(
            (d.group, d.year, d.area_key) == (group, year, area_key)
            for d in self.known_discrepancies
        )

    def consistency_issues(self) -> tuple[str, ...]:
        """Swedish descriptions of internal contradictions not listed as known discrepancies.

        Not run at load: a future publication may contain slips the user cannot
        fix. The UI or tests decide what to do with them.
        """
        issues: list[str] = []
        for year in self.years:
            for area in self.area_keys:
                name = self._area_names[area]
                for group in self.groups:
                    count = self._counts.get((group, year, area))
                    if count is None:
                        continue
                    size = self._sizes[(group, year)]
                    mean = self._means[(group, year, area)]
                    expected = 1 + count / size
                    mismatch = abs(mean - expected) > MEAN_TOLERANCE
                    known = self.is_known_discrepancy(group, year, area)
                    if mismatch and not known:
                        issues.append(
                            f"{group_label(group)} {year}, ”{name}”: medelvärdet "
                            f"{format_number(mean)} stämmer inte med {count} av {size} på nivå 2 "
                            f"({format_number(round(expected, 2))})."
                        )
                    elif known and not mismatch:
                        issues.append(
                            f"{group_label(group)} {year}, ”{name}”: listas som avvikelse men "
                            "medelvärdet stämmer med antalet på nivå 2."
                        )
                parts = [self._counts.get((g, year, area)) for g in MUNICIPAL_GROUPS]
                national = self._counts.get((NATIONAL, year, area))
                if national is not None and all(p is not None for p in parts):
                    total = sum(p for p in parts if p is not None)
                    if total != national:
                        issues.append(
                            f"{year}, ”{name}”: kommungruppernas antal på nivå 2 summerar till "
                            f"{total}, men det nationella antalet är {national}."
                        )
        return tuple(issues)


def _parse_group(node: Node, groups: Iterable[str]) -> str:
    group = node.as_str()
    if group not in groups:
        raise node.error(f"okänd kommungrupp ”{group}” (tillåtna: {', '.join(GROUPS)}).")
    return group


def parse_benchmarks(root: Node, areas: tuple[Area, ...]) -> BenchmarkSet:
    """Validate a benchmark file against the known follow-up areas."""
    check_header(root, "lagesbild.benchmarks")
    area_names = {a.key: a.name for a in areas}
    area_keys = tuple(a.key for a in areas)

    survey = root.field("survey")
    survey_id = survey.field("id").as_key()
    survey_label = survey.field("label").as_str()
    survey_title = survey.field("title").as_str()
    publisher = survey.field("publisher").as_str()
    survey_year = survey.field("year").as_int(minimum=1990, maximum=2100)

    groups_node = root.field("groups")
    groups = tuple(_parse_group(n, GROUPS) for n in groups_node.as_list())
    if sorted(groups) != sorted(GROUPS):
        missing = [g for g in GROUPS if g not in groups]
        if missing:
            raise groups_node.error(
                f"kommungrupperna måste vara A, B, C och national; saknas: {', '.join(missing)}."
            )
        raise groups_node.error("varje kommungrupp får bara anges en gång.")
    groups = GROUPS

    years_node = root.field("years")
    years_list = [n.as_int(minimum=1990, maximum=2100) for n in years_node.as_list(non_empty=True)]
    if len(set(years_list)) != len(years_list):
        raise years_node.error("varje år får bara anges en gång.")
    if survey_year not in years_list:
        raise years_node.error(f"undersökningsåret {survey_year} saknas bland åren.")
    years = tuple(sorted(years_list))

    sizes: dict[tuple[str, int], int] = {}
    size_sources: dict[int, str] = {}
    for node in root.field("group_sizes").as_list():
        year = node.field("year").as_int()
        if year not in years:
            raise node.error(f"gruppstorlek anges för {year}, som inte finns bland åren.")
        if year in size_sources:
            raise node.error(f"gruppstorlekarna för {year} anges mer än en gång.")
        size_sources[year] = node.field("source").as_str()
        sizes_node = node.field("sizes")
        for key, value in sizes_node.items():
            if key not in groups:
                raise sizes_node.error(
                    f"okänd kommungrupp ”{key}” (tillåtna: {', '.join(GROUPS)})."
                )
            sizes[(key, year)] = value.as_int(minimum=1, maximum=1000)
        for group in groups:
            if (group, year) not in sizes:
                raise sizes_node.error(f"gruppstorlek saknas för {_in_text(group)} {year}.")
        parts = sum(sizes[(g, year)] for g in MUNICIPAL_GROUPS)
        if parts != sizes[(NATIONAL, year)]:
            raise sizes_node.error(
                f"kommungrupperna A, B och C har tillsammans {parts} kommuner {year}, men "
                f"nationellt anges {sizes[(NATIONAL, year)]}."
            )
    for year in years:
        if year not in size_sources:
            raise root.field("group_sizes").error(f"gruppstorlekar saknas för {year}.")

    means: dict[tuple[str, int, str], float] = {}
    counts: dict[tuple[str, int, str], int | None] = {}
    percents: dict[tuple[str, int, str], int | None] = {}
    count_sources: dict[tuple[str, int, str], str] = {}
    series_sources: dict[tuple[str, int], str] = {}
    for node in root.field("series").as_list(non_empty=True):
        group = _parse_group(node.field("group"), groups)
        year = node.field("year").as_int()
        if year not in years:
            raise node.error(f"jämförelsetal anges för {year}, som inte finns bland åren.")
        if (group, year) in series_sources:
            raise node.error(f"jämförelsetalen för {_in_text(group)} {year} anges mer än en gång.")
        series_sources[(group, year)] = node.field("source").as_str()
        size = sizes[(group, year)]

        means_node = node.field("means")
        _reject_unknown_areas(means_node, area_names)
        for key in area_keys:
            value = means_node.optional(key)
            if value is None:
                raise means_node.error(
                    f"jämförelsetal saknas för området ”{area_names[key]}” ({key}) i "
                    f"{_in_text(group)} {year}."
                )
            means[(group, year, key)] = value.as_number(minimum=MEAN_MIN, maximum=MEAN_MAX)

        counts_node = node.optional("level2_counts")
        if counts_node is not None:
            _reject_unknown_areas(counts_node, area_names)
            for key, value in counts_node.items():
                if value.value is not None:
                    counts[(group, year, key)] = value.as_int(minimum=0, maximum=size)
        percent_node = node.optional("level2_percent")
        if percent_node is not None:
            _reject_unknown_areas(percent_node, area_names)
            for key, value in percent_node.items():
                if value.value is not None:
                    percents[(group, year, key)] = value.as_int(minimum=0, maximum=100)
        sources_node = node.optional("level2_sources")
        if sources_node is not None:
            _reject_unknown_areas(sources_node, area_names)
            for key, value in sources_node.items():
                count_sources[(group, year, key)] = value.as_str()
    for year in years:
        for group in groups:
            if (group, year) not in series_sources:
                raise root.field("series").error(
                    f"jämförelsetal saknas för {_in_text(group)} {year}."
                )

    response, response_source = _parse_response(root, years, sizes)
    discrepancies = _parse_discrepancies(root, groups, years, area_names, means, counts)

    return BenchmarkSet(
        survey_id=survey_id,
        survey_label=survey_label,
        survey_title=survey_title,
        publisher=publisher,
        survey_year=survey_year,
        source_text=root.field("source").as_str(),
        notes=root.field("notes").as_str_list(),
        years=years,
        groups=groups,
        area_keys=area_keys,
        known_discrepancies=discrepancies,
        _area_names=MappingProxyType(area_names),
        _sizes=MappingProxyType(sizes),
        _size_sources=MappingProxyType(size_sources),
        _means=MappingProxyType(means),
        _counts=MappingProxyType(counts),
        _percents=MappingProxyType(percents),
        _count_sources=MappingProxyType(count_sources),
        _series_sources=MappingProxyType(series_sources),
        _response=MappingProxyType(response),
        _response_source=response_source,
    )


def _reject_unknown_areas(node: Node, area_names: Mapping[str, str]) -> None:
    for key in node.as_dict():
        if key not in area_names:
            raise node.error(f"okänt uppföljningsområde ”{key}” i fältet ”{node.path}”.")


def _parse_response(
    root: Node, years: tuple[int, ...], sizes: Mapping[tuple[str, int], int]
) -> tuple[dict[int, dict[str, Any]], str]:
    node = root.optional("response_figures")
    if node is None:
        return {}, ""
    source = node.field("source").as_str()
    result: dict[int, dict[str, Any]] = {}
    for entry in node.field("years").as_list():
        year = entry.field("year").as_int()
        if year not in years:
            raise entry.error(f"svarsfrekvens anges för {year}, som inte finns bland åren.")
        values: dict[str, Any] = {}
        for name in _RESPONSE_FIELDS:
            value = entry.optional(name)
            values[name] = value.as_int(minimum=0) if value is not None else None
        text = entry.optional("response_rate_text")
        values["response_rate_text"] = text.as_str() if text is not None else None
        total = sum(v for k, v in values.items() if k in _RESPONSE_FIELDS and v is not None)
        if total > sizes[(NATIONAL, year)]:
            raise entry.error(
                f"svarsfrekvensen för {year} omfattar {total} kommuner, fler än "
                f"{sizes[(NATIONAL, year)]}."
            )
        result[year] = values
    return result, source


def _parse_discrepancies(
    root: Node,
    groups: tuple[str, ...],
    years: tuple[int, ...],
    area_names: Mapping[str, str],
    means: Mapping[tuple[str, int, str], float],
    counts: Mapping[tuple[str, int, str], int | None],
) -> tuple[KnownDiscrepancy, ...]:
    node = root.optional("known_discrepancies")
    if node is None:
        return ()
    result: list[KnownDiscrepancy] = []
    for entry in node.as_list():
        group = _parse_group(entry.field("group"), groups)
        year = entry.field("year").as_int()
        if year not in years:
            raise entry.error(f"avvikelsen gäller {year}, som inte finns bland åren.")
        area = entry.field("area").as_str()
        if area not in area_names:
            raise entry.error(f"avvikelsen gäller det okända området ”{area}”.")
        published = entry.field("published_mean").as_number(minimum=MEAN_MIN, maximum=MEAN_MAX)
        if abs(published - means[(group, year, area)]) > 1e-9:
            raise entry.error(
                f"avvikelsen anger medelvärdet {format_number(published)} för {_in_text(group)} "
                f"{year}, ”{area_names[area]}”, men tabellvärdet i filen är "
                f"{format_number(means[(group, year, area)])}."
            )
        count_node = entry.optional("level2_count")
        count = count_node.as_int(minimum=0) if count_node is not None else None
        if count is not None and counts.get((group, year, area)) not in (None, count):
            raise entry.error(
                f"avvikelsen anger {count} kommuner på nivå 2, men serien anger "
                f"{counts[(group, year, area)]}."
            )
        result.append(
            KnownDiscrepancy(
                group=group,
                year=year,
                area_key=area,
                published_mean=published,
                level2_count=count,
                description=entry.field("description").as_str(),
                sources=entry.field("sources").as_str_list(),
            )
        )
    return tuple(result)


def load_benchmark_file(path: str | Path, areas: tuple[Area, ...] | None = None) -> BenchmarkSet:
    """Import a benchmark file (e.g. a future SKR survey) with the same validation as at start-up.

    ``areas`` defaults to the shipped follow-up areas, so an imported file must
    cover exactly the areas the app assesses.
    """
    path = Path(path)
    if areas is None:
        from app.reference.catalog import load_areas

        areas = load_areas()
    return parse_benchmarks(Node(read_json(path), path.name), areas)
