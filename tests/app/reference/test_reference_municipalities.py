"""The corrected municipality list and tolerant lookup."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest

from app.reference import swedish_sort_key

REPORT_TEXT = Path("/work/shared/reference/skr-kommunernas-informationssakerhetsarbete-2023.txt")

COUNTY_SIZES = {
    "Stockholms län": 26,
    "Uppsala län": 8,
    "Södermanlands län": 9,
    "Östergötlands län": 13,
    "Jönköpings län": 13,
    "Kronobergs län": 8,
    "Kalmar län": 12,
    "Gotlands län": 1,
    "Blekinge län": 5,
    "Skåne län": 33,
    "Hallands län": 6,
    "Västra Götalands län": 49,
    "Värmlands län": 16,
    "Örebro län": 12,
    "Västmanlands län": 10,
    "Dalarnas län": 15,
    "Gävleborgs län": 10,
    "Västernorrlands län": 7,
    "Jämtlands län": 8,
    "Västerbottens län": 15,
    "Norrbottens län": 14,
}


def test_290_unique_municipalities_in_groups(ref):
    registry = ref.municipalities
    names = [m.name for m in registry.all()]
    assert len(names) == 290 == len(set(names)) == len(registry)
    assert registry.group_counts() == {"A": 46, "B": 110, "C": 134}
    assert len(registry.in_group("A")) == 46


def test_subgroups_match_published_counts(ref):
    registry = ref.municipalities
    counts = Counter(m.subgroup for m in registry.all())
    expected = {
        "A1": 3,
        "A2": 43,
        "B3": 23,
        "B4": 63,
        "B5": 24,
        "C6": 27,
        "C7": 51,
        "C8": 35,
        "C9": 21,
    }
    assert dict(counts) == expected
    assert {s.code: s.count for s in registry.subgroups} == expected
    for m in registry.all():
        assert m.subgroup[0] == m.group


def test_counties(ref):
    counts = Counter(m.county for m in ref.municipalities.all())
    assert dict(counts) == COUNTY_SIZES


def test_corrections_present_and_applied(ref):
    registry = ref.municipalities
    fixes = {(c.report_name, c.name, c.group) for c in registry.corrections}
    assert fixes == {
        ("Staffanstorps", "Staffanstorp", "A"),
        ("Håbo", "Habo", "B"),
        ("Örnköldsvik", "Örnsköldsvik", "C"),
        (None, "Ånge", "C"),
    }
    for correction in registry.corrections:
        assert correction.reason
        municipality = registry.get(correction.name)
        assert municipality is not None and municipality.group == correction.group
    assert registry.get("Håbo").group == "A" and registry.get("Håbo").county == "Uppsala län"
    assert registry.get("Habo").group == "B" and registry.get("Habo").county == "Jönköpings län"
    assert registry.get("Ånge").subgroup == "C8"
    assert registry.get("Ånge").county == "Västernorrlands län"
    assert registry.get("Staffanstorps") is None
    assert registry.get("Örnköldsvik") is None


@pytest.mark.parametrize(
    "name",
    [
        "Malung-Sälen",
        "Upplands-Bro",
        "Upplands Väsby",
        "Dals-Ed",
        "Lilla Edet",
        "Östra Göinge",
        "Gotland",
    ],
)
def test_official_spellings(ref, name):
    assert ref.municipalities.get(name).name == name


def test_get_is_case_insensitive_but_exact(ref):
    registry = ref.municipalities
    assert registry.get("STOCKHOLM").name == "Stockholm"
    assert registry.get("  upplands väsby ").name == "Upplands Väsby"
    assert registry.get("Orebro") is None


def test_swedish_collation(ref):
    names = [m.name for m in ref.municipalities.all()]
    assert names == sorted(names, key=swedish_sort_key)
    assert names[0] == "Ale" and names[-1] == "Övertorneå"
    assert (
        names.index("Ystad") < names.index("Åmål") < names.index("Älmhult") < names.index("Öckerö")
    )
    assert sorted(["Öckerö", "zeta", "Åre", "Ängelholm", "Alpha"], key=swedish_sort_key) == [
        "Alpha",
        "zeta",
        "Åre",
        "Ängelholm",
        "Öckerö",
    ]


@pytest.mark.parametrize(
    ("query", "expected", "exact"),
    [
        ("Örebro", "Örebro", True),
        ("örebro", "Örebro", True),
        ("HÅBO", "Håbo", True),
        ("habo", "Habo", True),
        ("Orebro", "Örebro", False),
        ("malmo", "Malmö", False),
        ("Upplands Bro", "Upplands-Bro", False),
        ("upplandsvasby", "Upplands Väsby", False),
        ("Malung Salen", "Malung-Sälen", False),
        ("Staffanstorps", "Staffanstorp", False),
        ("Örnköldsvik", "Örnsköldsvik", False),
        ("Göteborgs stad", "Göteborg", False),
        ("Region Gotland", "Gotland", False),
        ("Lunds kommun", "Lund", False),
        ("Sundsval", "Sundsvall", False),
        ("Jönköpnig", "Jönköping", False),
        ("Skelefteå", "Skellefteå", False),
        ("Vasteras", "Västerås", False),
    ],
)
def test_lookup_resolves(ref, query, expected, exact):
    result = ref.municipalities.lookup(query)
    assert result.match is not None and result.match.name == expected
    assert result.exact is exact


def test_lookup_ambiguous_returns_suggestions(ref):
    result = ref.municipalities.lookup("Hábo")  # folds to both Habo and Håbo
    assert result.match is None and not result.exact
    assert {m.name for m in result.suggestions} == {"Habo", "Håbo"}
    partial = ref.municipalities.lookup("Upplands")
    assert partial.match is None
    assert {m.name for m in partial.suggestions} == {"Upplands-Bro", "Upplands Väsby"}
    short = ref.municipalities.lookup("Ala")  # too short for a confident typo match
    assert short.match is None and 0 < len(short.suggestions) <= 5
    assert "Ale" in {m.name for m in short.suggestions}


@pytest.mark.parametrize("query", ["", "   ", "Xyzzyqwv", "Atlantis"])
def test_lookup_unknown(ref, query):
    result = ref.municipalities.lookup(query)
    assert result.match is None and result.suggestions == () and result.exact is False


def test_search_as_you_type(ref):
    registry = ref.municipalities
    assert registry.search("Stock")[0].name == "Stockholm"
    assert registry.search("malm")[0].name == "Malmö"
    assert registry.search("ÖRE")[0].name == "Örebro"
    assert [m.name for m in registry.search("väsby")] == ["Upplands Väsby"]
    assert registry.search("sälen")[0].name == "Malung-Sälen"
    first = [m.name for m in registry.search("ha")]
    assert first[0] == "Habo" and "Håbo" in first and len(first) == 20
    assert len(registry.search("", limit=7)) == 7
    assert registry.search("", limit=0) == ()
    jamtland = {m.name for m in registry.search("Jämtland", limit=50)}
    assert jamtland == {m.name for m in registry.all() if m.county == "Jämtlands län"}
    assert registry.search("qqqq") == ()


@pytest.mark.skipif(not REPORT_TEXT.exists(), reason="SKR report text not available")
def test_every_name_in_the_report_list_resolves_to_its_group(ref):
    text = REPORT_TEXT.read_text(encoding="utf-8")
    start = text.index("Gruppkod\tKommun")
    block = text[start : text.index("Så styrs kommunerna", start)]
    block = re.sub(r"⁸ Kommungruppsindelning\s*\(<[^>]+>\)", "", block)
    group = None
    listed: list[tuple[str, str]] = []
    for line in block.splitlines()[1:]:
        line = line.strip()
        if not line:
            continue
        head = re.match(r"^([ABC])\t(.*)$", line)
        if head:
            group, line = head.group(1), head.group(2)
        listed += [(group, n.strip()) for n in line.split(",") if n.strip()]
    assert len(listed) == 289
    corrected = {("B", "Håbo"): "Habo"}
    for group, name in listed:
        target = corrected.get((group, name))
        result = ref.municipalities.lookup(target or name)
        assert result.match is not None, name
        assert result.match.group == group, name
