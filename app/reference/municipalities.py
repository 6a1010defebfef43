"""Sweden's 290 municipalities with their SKR municipality group, and tolerant lookup."""

from __future__ import annotations

import functools
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from difflib import SequenceMatcher

from app.reference._schema import Node, check_header
from app.reference.benchmarks import MUNICIPAL_GROUPS
from app.reference.collation import edit_distance, fold, swedish_sort_key, words

MAX_SUGGESTIONS = 5
# Words people put around a municipality name: "Region Gotland", "Malmö stad".
_PREFIXES = ("region ", "kommun ")
_SUFFIXES = (" kommun", " stad", " stads", " kommuns", " kommunen")


@dataclass(frozen=True)
class Municipality:
    """A municipality and its SKR group (A/B/C); subgroup is SKR's A1–C9 code."""

    name: str
    group: str
    county: str | None = None
    subgroup: str | None = None


@dataclass(frozen=True)
class MunicipalityMatch:
    """Result of a tolerant lookup.

    ``match`` is set when the answer is unambiguous; ``exact`` is True only when
    the query was the name itself (ignoring case). Otherwise ``suggestions``
    lists up to five candidates for the user to pick from.
    """

    match: Municipality | None
    suggestions: tuple[Municipality, ...]
    exact: bool


@dataclass(frozen=True)
class MunicipalityCorrection:
    """A fix applied to the report's municipality list, with the reason."""

    report_name: str | None
    name: str
    group: str
    kind: str
    reason: str


@dataclass(frozen=True)
class Subgroup:
    """One of SKR's nine municipality types (A1–C9)."""

    code: str
    group: str
    name: str
    count: int


def _strip_affixes(text: str) -> str:
    lowered = " ".join(text.casefold().split())
    for prefix in _PREFIXES:
        if lowered.startswith(prefix):
            lowered = lowered[len(prefix) :]
    for suffix in _SUFFIXES:
        if lowered.endswith(suffix):
            lowered = lowered[: -len(suffix)]
    return lowered.strip()


def _fuzzy_limit(length: int) -> int:
    """Edits allowed for a confident typo match; short names are too easy to confuse."""
    if length <= 3:
        return 0
    if length <= 7:
        return 1
    return 2


class MunicipalityRegistry:
    """Read-only collection with exact, tolerant and search-as-you-type access."""

    def __init__(
        self,
        municipalities: tuple[Municipality, ...],
        aliases: Mapping[str, str] | None = None,
        corrections: tuple[MunicipalityCorrection, ...] = (),
        subgroups: tuple[Subgroup, ...] = (),
    ) -> None:
        self._all = tuple(sorted(municipalities, key=lambda m: swedish_sort_key(m.name)))
        self._by_casefold = {m.name.casefold(): m for m in self._all}
        self._folded: list[tuple[str, Municipality]] = [(fold(m.name), m) for m in self._all]
        self._by_fold: dict[str, list[Municipality]] = {}
        for key, m in self._folded:
            self._by_fold.setdefault(key, []).append(m)
        self._aliases: dict[str, Municipality] = {}
        for alias, target in (aliases or {}).items():
            municipality = self._by_casefold[target.casefold()]
            self._aliases[alias.casefold()] = municipality
            self._aliases.setdefault(fold(alias), municipality)
        self.corrections = corrections
        self.subgroups = subgroups

    @functools.cached_property
    def _words(self) -> dict[str, tuple[str, ...]]:
        """Each name's folded words, for search-as-you-type: built on the first search, not
        when the reference data is loaded at every start."""
        return {m.name: words(m.name) for m in self._all}

    # -- collection ---------------------------------------------------------
    def __len__(self) -> int:
        return len(self._all)

    def __iter__(self) -> Iterator[Municipality]:
        return iter(self._all)

    def all(self) -> tuple[Municipality, ...]:
        """All municipalities in Swedish alphabetical order."""
        return self._all

    def in_group(self, group: str) -> tuple[Municipality, ...]:
        """Municipalities of one SKR group, alphabetical."""
        return tuple(m for m in self._all if m.group == group)

    def group_counts(self) -> dict[str, int]:
        """Number of municipalities per group."""
        return {g: sum(1 for m in self._all if m.group == g) for g in MUNICIPAL_GROUPS}

    def get(self, name: str) -> Municipality | None:
        """Exact name, case-insensitive ('HÅBO' → Håbo, but 'Habo' is another municipality)."""
        return self._by_casefold.get(" ".join(name.split()).casefold())

    # -- tolerant lookup ----------------------------------------------------
    def lookup(self, query: str) -> MunicipalityMatch:
        """Resolve free text typed by a user, tolerating case, diacritics and small typos."""
        text = " ".join(query.split())
        if not text:
            return MunicipalityMatch(None, (), False)
        exact = self._by_casefold.get(text.casefold())
        if exact is not None:
            return MunicipalityMatch(exact, (), True)

        stripped = _strip_affixes(text)
        candidates = [stripped]
        if stripped.endswith("s") and len(stripped) > 3:
            candidates.append(stripped[:-1])  # genitive: "Staffanstorps kommun"
        for candidate in candidates:
            found = self._by_casefold.get(candidate) or self._aliases.get(candidate)
            if found is not None:
                return MunicipalityMatch(found, (), False)
            folded = fold(candidate)
            same = self._by_fold.get(folded, [])
            if len(same) == 1:
                return MunicipalityMatch(same[0], (), False)
            if len(same) > 1:  # Håbo/Habo
                return MunicipalityMatch(None, tuple(same[:MAX_SUGGESTIONS]), False)
            alias = self._aliases.get(folded)
            if alias is not None:
                return MunicipalityMatch(alias, (), False)
        return self._fuzzy(fold(stripped))

    def _fuzzy(self, folded: str) -> MunicipalityMatch:
        if not folded:
            return MunicipalityMatch(None, (), False)
        scored: list[tuple[int, float, Municipality]] = []
        for key, municipality in self._folded:
            distance = edit_distance(folded, key)
            ratio = SequenceMatcher(None, folded, key).ratio()
            scored.append((distance, ratio, municipality))
        scored.sort(key=lambda s: (s[0], -s[1], swedish_sort_key(s[2].name)))
        best_distance = scored[0][0]
        best = [s for s in scored if s[0] == best_distance]
        if best_distance <= _fuzzy_limit(len(folded)) and len(best) == 1:
            return MunicipalityMatch(best[0][2], (), False)

        suggestions: list[Municipality] = []
        for distance, ratio, municipality in scored:
            key = fold(municipality.name)
            close = distance <= max(2, len(folded) // 3) or ratio >= 0.75
            partial = len(folded) >= 3 and (key.startswith(folded) or folded in key)
            if (close or partial) and municipality not in suggestions:
                suggestions.append(municipality)
        return MunicipalityMatch(None, tuple(suggestions[:MAX_SUGGESTIONS]), False)

    # -- search-as-you-type -------------------------------------------------
    def search(self, text: str, limit: int = 20) -> tuple[Municipality, ...]:
        """Municipalities matching what has been typed so far, best matches first.

        Order: name starts with the text (accents as typed), name starts with it
        ignoring accents, a later word starts with it ('väsby'), it occurs inside
        the name, the county matches ('jämtland').
        """
        if limit <= 0:
            return ()
        typed = " ".join(text.split()).casefold()
        if not typed:
            return self._all[:limit]
        folded = fold(typed)
        tiers: list[list[Municipality]] = [[] for _ in range(5)]
        for key, m in self._folded:
            if m.name.casefold().startswith(typed):
                tiers[0].append(m)
            elif folded and key.startswith(folded):
                tiers[1].append(m)
            elif folded and any(w.startswith(folded) for w in self._words[m.name][1:]):
                tiers[2].append(m)
            elif folded and folded in key:
                tiers[3].append(m)
            elif folded and len(folded) >= 3 and m.county and folded in fold(m.county):
                tiers[4].append(m)
        result = [m for tier in tiers for m in tier]
        return tuple(result[:limit])


def parse_municipalities(root: Node) -> MunicipalityRegistry:
    """Validate municipalities.json: unique names, groups A/B/C, counts as declared."""
    check_header(root, "lagesbild.municipalities")
    groups_node = root.field("groups")
    declared: dict[str, int] = {}
    for key, node in groups_node.items():
        if key not in MUNICIPAL_GROUPS:
            raise groups_node.error(f"okänd kommungrupp ”{key}” (tillåtna: A, B, C).")
        node.field("name").as_str()
        declared[key] = node.field("count").as_int(minimum=1)

    subgroups: list[Subgroup] = []
    subgroup_codes: set[str] = set()
    sub_node = root.optional("subgroups")
    for node in sub_node.as_list() if sub_node is not None else []:
        group = node.field("group").as_str()
        if group not in declared:
            raise node.error(f"undergruppen hör till den okända kommungruppen ”{group}”.")
        code = node.field("code").as_str()
        subgroup_codes.add(code)
        subgroups.append(
            Subgroup(
                code, group, node.field("name").as_str(), node.field("count").as_int(minimum=1)
            )
        )

    municipalities: list[Municipality] = []
    aliases: dict[str, str] = {}
    names: set[str] = set()
    for node in root.field("municipalities").as_list(non_empty=True):
        name = node.field("name").as_str()
        if name.casefold() in names:
            raise node.error(f"kommunen ”{name}” förekommer mer än en gång.")
        names.add(name.casefold())
        group_node = node.field("group")
        group = group_node.as_str()
        if group not in declared:
            raise group_node.error(f"kommunen ”{name}” har den okända kommungruppen ”{group}”.")
        county = node.optional("county")
        subgroup: str | None = None
        subgroup_node = node.optional("subgroup")
        if subgroup_node is not None:
            subgroup = subgroup_node.as_str()
            if subgroups and subgroup not in subgroup_codes:
                raise subgroup_node.error(
                    f"kommunen ”{name}” har den okända undergruppen ”{subgroup}”."
                )
        report_name = node.optional("report_name")
        if report_name is not None:
            aliases[report_name.as_str()] = name
        municipalities.append(
            Municipality(name, group, county.as_str() if county is not None else None, subgroup)
        )

    for group, expected in declared.items():
        actual = sum(1 for m in municipalities if m.group == group)
        if actual != expected:
            raise root.field("municipalities").error(
                f"kommungrupp {group} ska ha {expected} kommuner men listan har {actual}."
            )
    for sub in subgroups:
        actual = sum(1 for m in municipalities if m.subgroup == sub.code)
        if actual != sub.count:
            raise root.field("municipalities").error(
                f"undergruppen {sub.code} ({sub.name}) ska ha {sub.count} kommuner men listan har "
                f"{actual}."
            )

    corrections: list[MunicipalityCorrection] = []
    corr_node = root.optional("corrections")
    for node in corr_node.as_list() if corr_node is not None else []:
        report = node.optional("report_name")
        name = node.field("name").as_str()
        if name.casefold() not in names:
            raise node.error(f"rättelsen gäller kommunen ”{name}”, som inte finns i listan.")
        corrections.append(
            MunicipalityCorrection(
                report_name=report.as_str() if report is not None else None,
                name=name,
                group=node.field("group").as_str(),
                kind=node.field("kind").as_str(),
                reason=node.field("reason").as_str(),
            )
        )
    # A report name that is itself a real municipality (Håbo) must not redirect lookups.
    aliases = {a: n for a, n in aliases.items() if a.casefold() not in names}
    return MunicipalityRegistry(
        tuple(municipalities), aliases, tuple(corrections), tuple(subgroups)
    )
