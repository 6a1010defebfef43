"""The chart series: exact values from hand-built assessments and SKR's published benchmarks."""

from __future__ import annotations

from datetime import date

import pytest

from app.domain import series as S
from app.domain.comparison import compare
from app.domain.model import AreaResponse, Assessment
from app.reference import load_reference

# SKR 2023, Figur 65 (kommungrupp B) and Figur 67 (nationellt), 2023 and 2019, areas 1–9.
GROUP_B_2023 = (1.25, 1.62, 1.41, 1.43, 1.47, 1.37, 1.47, 1.44, 1.21)
GROUP_B_2019 = (1.10, 1.13, 1.26, 1.28, 1.38, 1.23, 1.34, 1.22, 1.13)
NATIONAL_2023 = (1.24, 1.62, 1.36, 1.43, 1.49, 1.39, 1.46, 1.45, 1.19)


@pytest.fixture(scope="module")
def reference():
    return load_reference()


def _assessment(reference, year: int, answers, self_levels=None, targets=None, profile=None):
    responses = {}
    for i, area in enumerate(reference.areas):
        responses[area.key] = AreaResponse(
            area.key,
            answers[i],
            (self_levels or [None] * 9)[i],
            (targets or [None] * 9)[i],
        )
    return Assessment(1, year, date(year, 3, 1), responses=responses, profile=profile or {})


@pytest.fixture(scope="module")
def history(reference):
    return [
        _assessment(reference, 2022, ["started"] * 9),
        _assessment(
            reference,
            2023,
            [
                "full",
                "partial",
                "started",
                "partial",
                "planned",
                "no",
                "full",
                "started",
                "partial",
            ],
        ),
        _assessment(
            reference,
            2024,
            ["full", "full", "partial", "partial", "partial", "started", "full", None, "started"],
            [3, 3, 2, 2, 2, 1, 3, None, 1],
            [4, 3, 3, 3, 3, 3, 3, 2, 3],
            {"ciso_function": "yes"},
        ),
    ]


def _comparison(reference, history, index: int, benchmark_year: int = 2023):
    previous = history[index - 1] if index else None
    return compare(history[index], "B", benchmark_year, reference, previous)


def test_radar_group_and_national_series_are_skrs_published_means(reference, history):
    data = S.radar_series(_comparison(reference, history, 2), reference)
    assert data.series_by_key(S.GROUP).values == GROUP_B_2023
    assert data.series_by_key(S.NATIONAL).values == NATIONAL_2023
    assert data.series_by_key(S.GROUP).label == "Kommungrupp B 2023 (medel)"
    assert [s.key for s in data.series] == [S.OWN, S.GROUP, S.NATIONAL]


def test_radar_follows_the_benchmark_year(reference, history):
    data = S.radar_series(_comparison(reference, history, 2, 2019), reference)
    assert data.series_by_key(S.GROUP).values == GROUP_B_2019
    assert data.series_by_key(S.GROUP).label == "Kommungrupp B 2019 (medel)"


def test_radar_axes_are_short_names_in_table_order(reference, history):
    data = S.radar_series(_comparison(reference, history, 2), reference)
    assert data.axes == tuple(a.short_name for a in reference.areas)
    assert "Kontinuitet" in data.axes
    assert all(len(axis) <= 14 for axis in data.axes)


def test_radar_own_levels_with_a_gap_for_the_unanswered_area(reference, history):
    data = S.radar_series(_comparison(reference, history, 2), reference, organisation="Demoköping")
    own = data.series_by_key(S.OWN)
    assert own.values == (2.0, 2.0, 2.0, 2.0, 2.0, 1.0, 2.0, None, 1.0)
    assert own.label == "Demoköping 2024"


def test_radar_scale_is_skr_until_msb_levels_are_shown(reference, history):
    comparison = _comparison(reference, history, 2)
    narrow = S.radar_series(comparison, reference)
    assert narrow.scale == (1, 2)
    assert narrow.scale_label.startswith("Skala: SKR-jämförbar nivå 1–2")
    wide = S.radar_series(comparison, reference, include_self=True, include_target=True)
    assert wide.scale == (1, 4)
    assert "1–4" in wide.scale_label
    assert wide.series_by_key(S.SELF_RATED).values == (3, 3, 2, 2, 2, 1, 3, None, 1)
    assert wide.series_by_key(S.TARGET).values == (4, 3, 3, 3, 3, 3, 3, 2, 3)
    assert S.radar_series(comparison, reference, include_target=True).scale == (1, 4)


def test_radar_previous_year(reference, history):
    data = S.radar_series(
        _comparison(reference, history, 2),
        reference,
        previous=_comparison(reference, history, 1),
    )
    previous = data.series_by_key(S.PREVIOUS)
    assert previous.values == (2.0, 2.0, 1.0, 2.0, 1.0, 1.0, 2.0, 1.0, 2.0)
    assert previous.label == "Egen nivå 2023"


def test_radar_source_names_skrs_tables(reference, history):
    data = S.radar_series(_comparison(reference, history, 2), reference)
    assert data.source.startswith("Källa: ")
    assert reference.benchmarks.source("B", 2023).split(", ")[-1] in data.source


def test_trend_mean_over_answered_areas_and_benchmark_points(reference, history):
    data = S.trend_series(history, reference, "B")
    own = data.series_by_key(S.OWN)
    assert own.years == (2022, 2023, 2024)
    assert own.values[0] == pytest.approx(1.0)
    assert own.values[1] == pytest.approx(14 / 9)
    assert own.values[2] == pytest.approx(14 / 8)  # the unanswered area is left out, not a 0
    group = data.series_by_key(S.GROUP)
    assert group.years == (2019, 2023)
    assert group.values[1] == pytest.approx(sum(GROUP_B_2023) / 9)
    assert data.years == (2019, 2022, 2023, 2024)
    assert data.title == "Utveckling över tid – alla områden (medel)"


def test_trend_for_one_area(reference, history):
    data = S.trend_series(history, reference, "B", "procurement")
    assert data.series_by_key(S.OWN).values == (1.0, 1.0, None)
    assert data.series_by_key(S.GROUP).values == (pytest.approx(1.22), pytest.approx(1.44))
    assert data.series_by_key(S.NATIONAL).values[1] == pytest.approx(1.45)


def test_difference_is_own_minus_group_mean(reference, history):
    data = S.difference_series(_comparison(reference, history, 2), reference)
    assert data.values[0] == pytest.approx(2 - 1.25)
    assert data.values[5] == pytest.approx(1 - 1.37)
    assert data.values[7] is None
    assert data.value_texts[0] == "+0,75"
    assert data.value_texts[5] == "\u22120,37"
    assert data.value_texts[7] == "ej besvarat"
    assert data.labels[5] == "Kontinuitet"
    assert data.benchmark_label == "kommungrupp B 2023"


def test_key_figures(reference, history):
    figures = S.key_figures(_comparison(reference, history, 2), _comparison(reference, history, 1))
    assert figures.figure("level_two").value == "6 av 9"
    assert figures.figure("level_two").number == 6
    change = figures.figure("change")
    assert change.caption == "Förändring sedan 2023"
    assert change.number == 6 - 5
    assert change.value == "+1"
    assert "2 områden bättre, 1 sämre" in change.detail
    assert figures.figure("below_group").number == 2  # Kontinuitet and Uppföljning
    assert figures.figure("answered").value == "8 av 9"
    assert figures.figure("answered").detail == "1 saknar svar"


def test_key_figures_without_previous_year(reference, history):
    figures = S.key_figures(_comparison(reference, history, 0), None)
    assert figures.figure("change").value == "–"
    assert figures.figure("change").number is None
    assert figures.figure("level_two").value == "0 av 9"


def test_distribution_keeps_unpublished_options_unknown(reference):
    question = reference.profile_questions[0]
    data = S.distribution_series(reference, question.key, question.options[0].key, "B")
    assert [s.scope for s in data.scopes] == ["national", "B"]
    published = {d.scope: d for d in reference.distributions_for(question.key, 2023)}
    for scope in data.scopes:
        dist = published[scope.scope]
        for key, value in zip(data.option_keys, scope.percent, strict=True):
            expected = dist.percent.get(key)
            if expected is None and dist.counts.get(key) is not None and dist.base:
                expected = round(100 * dist.counts[key] / dist.base)
            assert value == (None if expected is None else float(expected))
    assert None in data.scopes[1].percent  # SKR's text gives only some group figures
    assert data.own_index == 0
    assert data.title == question.text
    assert data.source.startswith("Källa: ")


def test_distribution_without_own_answer(reference):
    question = reference.profile_questions[0]
    data = S.distribution_series(reference, question.key, None, "C")
    assert data.own_option is None
    assert data.own_index is None
    assert data.scopes[1].label.startswith("Kommungrupp C 2023")
