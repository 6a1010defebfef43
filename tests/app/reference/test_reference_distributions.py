"""Published answer distributions and profile questions."""

from __future__ import annotations

from collections import defaultdict

import pytest

from app.reference import ReferenceDataError

PROFILE_KEYS = [
    "ciso_function",
    "ciso_hours",
    "policy_age",
    "risk_analysis_frequency",
    "decides_strategic",
    "decides_action",
    "decides_normative",
    "decides_practical",
    "support_from_others",
    "support_to_others",
    "support_needed",
]
DOCUMENTED_PERCENT_ERRORS = {
    ("policy_age", "C", 2023, "lt1"),
    ("established_process.follow_up", "C", 2019, "yes"),
}


def all_distributions(ref):
    return ref.survey.distributions


def test_profile_questions(ref):
    assert [q.key for q in ref.profile_questions] == PROFILE_KEYS
    hours = ref.question("ciso_hours")
    assert [o.key for o in hours.options] == ["1-10", "11-20", "21-30", "31-40", "cannot_assess"]
    assert [o.key for o in ref.question("ciso_function").options] == ["yes", "no", "unknown"]
    policy = ref.question("policy_age")
    assert {o.key for o in policy.options if o.in_report} == {"lt1", "1to3"}
    assert {o.key for o in policy.options if not o.in_report} >= {"gt3", "no_policy", "unknown"}
    bodies = [o.key for o in ref.question("decides_action").options]
    assert bodies == [
        "kommunfullmaktige",
        "kommunstyrelsen",
        "kommunchef",
        "sektorchef",
        "ciso",
        "other",
    ]
    freq = {o.key for o in ref.question("risk_analysis_frequency").options}
    assert {"quarterly", "half_yearly", "yearly", "every_other_year", "less_often"} <= freq
    for question in ref.profile_questions:
        assert question.text.endswith("?")
        assert question.source.startswith("Figur")


def test_area_questions_use_answer_scale_and_area_text(ref):
    for area in ref.areas:
        question = ref.question(f"area.{area.key}")
        assert question.text == area.question
        assert [o.key for o in question.options] == [o.key for o in ref.answer_scale]
        assert not question.profile


def test_distribution_shape(ref):
    for d in all_distributions(ref):
        options = [o.key for o in ref.question(d.question_key).options]
        assert list(d.counts) == options and list(d.percent) == options
        assert d.scope in ("national", "A", "B", "C")
        assert d.source.startswith(("Figur", "Löptext"))
        assert d.base == ref.benchmarks.group_size(d.scope, d.year)
        assert any(v is not None for v in d.counts.values()), d


def test_distributions_for_orders_scopes_and_filters_year(ref):
    scopes = [d.scope for d in ref.distributions_for("ciso_function")]
    assert scopes == ["national", "A", "B", "C"]
    national_2019 = ref.distributions_for("ciso_function", year=2019)[0]
    assert national_2019.counts["yes"] == 172
    assert [d.counts["yes"] for d in ref.distributions_for("ciso_function", 2019)[1:]] == [
        29,
        63,
        80,
    ]
    assert ref.distributions_for("ciso_function", year=2031) == []
    with pytest.raises(ReferenceDataError, match="Okänd fråga"):
        ref.distributions_for("no_such_question")


def test_spot_values(ref):
    (nat,) = [d for d in ref.distributions_for("ciso_hours") if d.scope == "national"]
    assert nat.counts == {
        "1-10": None,
        "11-20": 29,
        "21-30": 18,
        "31-40": 69,
        "cannot_assess": None,
    }
    assert nat.percent["31-40"] == 24
    risk = ref.distributions_for("area.risk_management")[0]
    assert (risk.counts["full"], risk.counts["partial"], risk.counts["started"]) == (24, 80, 59)
    assert risk.counts["planned"] is None
    freq = {d.scope: d for d in ref.distributions_for("risk_analysis_frequency")}
    assert freq["C"].counts["less_often"] == 28
    assert freq["national"].counts["quarterly"] == 11


def test_full_plus_partial_equals_level2_count(ref):
    checked = []
    for area in ref.areas:
        for d in ref.distributions_for(f"area.{area.key}", 2023):
            full, partial = d.counts["full"], d.counts["partial"]
            if full is None or partial is None:
                continue
            level2 = ref.benchmarks.level2_count(d.scope, 2023, area.key)
            assert full + partial == level2, (area.key, d.scope)
            checked.append((area.key, d.scope))
    # areas 2–9 nationally plus group A procurement (14 + 14 = 28)
    assert len(checked) == 9
    assert ("procurement", "A") in checked


def test_group_counts_sum_to_national_where_all_given(ref):
    table = defaultdict(dict)
    for d in all_distributions(ref):
        table[(d.question_key, d.year)][d.scope] = d
    checked = 0
    for (_, _), scopes in table.items():
        if set(scopes) != {"national", "A", "B", "C"}:
            continue
        for option, national in scopes["national"].counts.items():
            parts = [scopes[g].counts[option] for g in "ABC"]
            if national is None or None in parts:
                continue
            assert sum(parts) == national, (scopes["national"].question_key, option)
            checked += 1
    assert checked >= 20


def test_percentages_agree_with_counts_except_documented(ref, skr_percent):
    wrong = set()
    for d in all_distributions(ref):
        for option, count in d.counts.items():
            percent = d.percent[option]
            if count is None or percent is None:
                continue
            if percent not in skr_percent(count, d.base):
                wrong.add((d.question_key, d.scope, d.year, option))
    assert wrong == DOCUMENTED_PERCENT_ERRORS
    listed = {(x.question_key, x.scope, x.year, x.option) for x in ref.distribution_discrepancies}
    assert listed == DOCUMENTED_PERCENT_ERRORS


def test_established_process_2019_vs_2023(ref):
    for area in ref.areas:
        for year in (2019, 2023):
            found = {
                d.scope: d for d in ref.distributions_for(f"established_process.{area.key}", year)
            }
            assert {"A", "B", "C"} <= set(found), (area.key, year)
    risk = {
        d.scope: d.counts["yes"]
        for d in ref.distributions_for("established_process.risk_management", 2019)
    }
    assert risk == {"national": 157, "A": 27, "B": 51, "C": 79}


def test_published_figures_ciso_hours(ref):
    hours = {
        (f.scope, f.year): f.value for f in ref.published_figures if f.key == "ciso_hours_total"
    }
    assert hours == {
        ("A", 2019): 590,
        ("A", 2023): 853,
        ("B", 2019): 1036,
        ("B", 2023): 1649,
        ("C", 2019): 1165,
        ("C", 2023): 1417,
    }
