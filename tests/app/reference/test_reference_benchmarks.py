"""The SKR 2023 benchmark figures agree with the report's own counts."""

from __future__ import annotations

import pytest

from app.reference import ReferenceDataError

KEYS = [
    "management_information",
    "governing_documents",
    "risk_management",
    "classification",
    "incident_management",
    "continuity",
    "training",
    "procurement",
    "follow_up",
]
# Transcribed from the tables after Figur 64–67 (decimal comma → point).
PUBLISHED = {
    ("A", 2019): [1.13, 1.15, 1.41, 1.52, 1.35, 1.26, 1.33, 1.17, 1.13],
    ("A", 2023): [1.28, 1.65, 1.37, 1.57, 1.54, 1.52, 1.61, 1.61, 1.28],
    ("B", 2019): [1.10, 1.13, 1.26, 1.28, 1.38, 1.23, 1.34, 1.22, 1.13],
    ("B", 2023): [1.25, 1.62, 1.41, 1.43, 1.47, 1.37, 1.47, 1.44, 1.21],
    ("C", 2019): [1.15, 1.12, 1.32, 1.40, 1.40, 1.26, 1.32, 1.18, 1.12],
    ("C", 2023): [1.22, 1.61, 1.31, 1.39, 1.49, 1.37, 1.40, 1.40, 1.14],
    ("national", 2019): [1.13, 1.13, 1.31, 1.38, 1.39, 1.25, 1.33, 1.20, 1.12],
    ("national", 2023): [1.24, 1.62, 1.36, 1.43, 1.49, 1.39, 1.46, 1.45, 1.19],
}
TABLE_FIGURE = {"A": "Figur 64", "B": "Figur 65", "C": "Figur 66", "national": "Figur 67"}
# The only published mean that contradicts the report's prose.
DOCUMENTED_DISCREPANCIES = {("A", 2019, "procurement")}


def test_years_groups_and_labels(ref):
    b = ref.benchmarks
    assert b.years == (2019, 2023)
    assert b.groups == ("A", "B", "C", "national")
    assert b.area_keys == tuple(KEYS)
    assert b.survey_label == "SKR:s uppföljning 2023"
    assert b.survey_id == "skr-2023"
    assert "Sveriges Kommuner och Regioner" in b.publisher
    assert b.group_label("national") == "Nationellt"


def test_means_exactly_as_published(ref):
    for (group, year), values in PUBLISHED.items():
        for key, value in zip(KEYS, values, strict=True):
            assert ref.benchmarks.mean(group, year, key) == value, (group, year, key)


def test_sources_cite_the_table(ref):
    for group, figure in TABLE_FIGURE.items():
        for year in (2019, 2023):
            assert ref.benchmarks.source(group, year) == f"SKR 2023, {figure} (tabell)"


def test_group_sizes(ref):
    b = ref.benchmarks
    assert [b.group_size(g, 2023) for g in ("A", "B", "C", "national")] == [46, 110, 134, 290]
    assert [b.group_size(g, 2019) for g in ("A", "B", "C", "national")] == [46, 108, 136, 290]
    for year in b.years:
        assert sum(b.group_size(g, year) for g in "ABC") == 290
    assert "Härledd" in b.group_size_source(2019)


def test_every_mean_matches_its_level2_count_except_documented(ref):
    b = ref.benchmarks
    mismatches = set()
    checked = 0
    for group in b.groups:
        for year in b.years:
            for key in KEYS:
                count = b.level2_count(group, year, key)
                assert count is not None, (group, year, key)
                expected = round(1 + count / b.group_size(group, year), 2)
                checked += 1
                if abs(b.mean(group, year, key) - expected) > 0.005 + 1e-9:
                    mismatches.add((group, year, key))
    assert checked == 4 * 2 * 9
    assert mismatches == DOCUMENTED_DISCREPANCIES


def test_known_discrepancies_are_exactly_the_documented_ones(ref):
    b = ref.benchmarks
    listed = {(d.group, d.year, d.area_key) for d in b.known_discrepancies}
    assert listed == DOCUMENTED_DISCREPANCIES
    (disc,) = b.known_discrepancies
    assert disc.published_mean == 1.17
    assert disc.level2_count == 10
    assert round(1 + 10 / 46, 2) == 1.22
    assert "Figur 59 (löptext)" in disc.sources and "Figur 64 (tabell)" in disc.sources
    assert b.is_known_discrepancy("A", 2019, "procurement")
    assert b.consistency_issues() == ()


def test_group_counts_sum_to_national_and_national_means_use_290(ref):
    b = ref.benchmarks
    for year in b.years:
        for key in KEYS:
            parts = [b.level2_count(g, year, key) for g in "ABC"]
            national = b.level2_count("national", year, key)
            assert sum(parts) == national, (year, key)
            assert b.mean("national", year, key) == round(1 + national / 290, 2)


def test_level2_counts_spot_checks(ref):
    b = ref.benchmarks
    assert [b.level2_count(g, 2023, "management_information") for g in "ABC"] == [13, 27, 29]
    assert [b.level2_count(g, 2019, "management_information") for g in "ABC"] == [6, 11, 20]
    assert b.level2_count("national", 2023, "management_information") == 69
    assert b.level2_count("national", 2019, "management_information") == 37
    assert b.level2_count("national", 2023, "risk_management") == 104
    assert b.level2_count("B", 2019, "risk_management") == 28
    assert b.level2_share("national", 2023, "risk_management") == pytest.approx(104 / 290)
    assert b.level2_share("B", 2019, "risk_management") == pytest.approx(28 / 108)
    assert b.level2_source("A", 2023, "risk_management") == "Figur 39 (löptext)"


def test_prose_percentages_agree_with_counts(ref, skr_percent):
    b = ref.benchmarks
    checked = 0
    for group in "ABC":
        for year in b.years:
            for key in KEYS:
                percent = b.level2_percent(group, year, key)
                count = b.level2_count(group, year, key)
                assert percent in skr_percent(count, b.group_size(group, year))
                checked += 1
    assert checked == 54


def test_2019_sizes_are_the_only_ones_consistent_with_2019_means(ref):
    """Re-derives the documented 108/136: 110/134 would not reproduce the 2019 table."""
    b = ref.benchmarks

    def fits(group: str, size: int) -> bool:
        return all(
            abs(b.mean(group, 2019, k) - (1 + b.level2_count(group, 2019, k) / size)) <= 0.005
            for k in KEYS
            if not b.is_known_discrepancy(group, 2019, k)
        )

    assert fits("B", 108) and fits("C", 136)
    assert not fits("B", 110) and not fits("C", 134)


def test_response_figures(ref):
    figures = ref.benchmarks.response_figures
    assert figures[2023]["complete"] == 215
    assert figures[2023]["almost_complete"] == 19
    assert figures[2023]["partial"] == 3
    assert figures[2023]["no_answer"] == 53
    assert figures[2019]["complete"] == 242
    assert figures[2019]["partial"] == 23
    assert figures[2019]["no_answer"] == 25
    for year in (2019, 2023):
        parts = ("complete", "almost_complete", "partial", "no_answer")
        assert sum(figures[year][k] or 0 for k in parts) == 290
    answered_2023 = 290 - figures[2023]["no_answer"]
    assert round(100 * answered_2023 / 290) == 82
    assert round(100 * (290 - figures[2019]["no_answer"]) / 290) == 91
    figures[2023]["complete"] = 0  # a copy: must not alter the loaded data
    assert ref.benchmarks.response_figures[2023]["complete"] == 215


@pytest.mark.parametrize(
    ("args", "fragment"),
    [
        (("D", 2023, "risk_management"), "Okänd kommungrupp"),
        (("A", 2021, "risk_management"), "inga jämförelsetal för 2021"),
        (("A", 2023, "bogus"), "Okänt uppföljningsområde"),
    ],
)
def test_accessors_reject_unknown_arguments(ref, args, fragment):
    with pytest.raises(ReferenceDataError, match=fragment):
        ref.benchmarks.mean(*args)
