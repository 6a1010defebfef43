"""SKR-comparable scoring, comparisons with the jämförelsetal, and validation messages."""

from datetime import date

import pytest

from app.domain.comparison import compare, previous_assessment
from app.domain.errors import ValidationError
from app.domain.model import AreaResponse, Assessment, Organisation, RecordStatus
from app.domain.peers import peer_positions
from app.domain.scoring import areas_at_level_two, mean_level, skr_comparable_level, skr_levels
from app.domain.validation import (
    assessment_problems,
    validate_assessment,
    validate_organisation,
    validate_year,
)
from app.reference import load_reference

REF = load_reference()
AREA_KEYS = [a.key for a in REF.areas]
TODAY = date(2026, 11, 29)


def _assessment(year: int, answers: dict[str, str], **levels: int) -> Assessment:
    responses = {
        key: AreaResponse(key, answer=answer, self_level=levels.get(key))
        for key, answer in answers.items()
    }
    return Assessment(
        organisation_id=1, year=year, assessed_on=date(year, 10, 1), responses=responses
    )


@pytest.mark.parametrize(
    ("answer", "level"),
    [
        ("full", 2),
        ("partial", 2),
        ("started", 1),
        ("planned", 1),
        ("no", 1),
        ("unknown", 1),
        (None, None),
    ],
)
def test_skr_rule_full_or_partial_is_level_two(answer, level):
    assert skr_comparable_level(answer, REF) == level


def test_levels_follow_area_order_and_count_level_two():
    a = _assessment(2026, {"risk_management": "full", "training": "partial", "continuity": "no"})
    levels = skr_levels(a, REF)
    assert list(levels) == AREA_KEYS
    assert levels["risk_management"] == 2 and levels["continuity"] == 1
    assert levels["follow_up"] is None
    assert areas_at_level_two(a, REF) == 2
    assert mean_level(levels.values()) == pytest.approx(5 / 3)
    assert mean_level([None, None]) is None


def test_comparison_against_group_b_2023():
    current = _assessment(2026, {"governing_documents": "full", "risk_management": "started"})
    previous = _assessment(2025, {"governing_documents": "started", "risk_management": "partial"})
    result = compare(current, "B", 2023, REF, previous=previous)
    rows = {r.area_key: r for r in result.rows}
    gov = rows["governing_documents"]
    assert gov.group_mean == 1.62 and gov.national_mean == 1.62
    assert gov.diff_group == pytest.approx(0.38)
    assert gov.change_since_previous == 1
    assert gov.group_share_level2 == pytest.approx(68 / 110)
    risk = rows["risk_management"]
    assert risk.diff_group == pytest.approx(1 - 1.41)
    assert risk.diff_national == pytest.approx(1 - 1.36)
    assert risk.change_since_previous == -1
    assert rows["follow_up"].diff_group is None
    assert result.areas_at_level_two == 1
    assert [r.area_key for r in result.areas_below_group] == ["risk_management"]
    assert result.improved_areas == 1 and result.worsened_areas == 1
    assert result.largest_gaps()[0].area_key == "risk_management"


def test_comparison_uses_2019_benchmarks_when_asked():
    result = compare(_assessment(2019, {"procurement": "no"}), "A", 2019, REF)
    row = next(r for r in result.rows if r.area_key == "procurement")
    assert row.group_mean == 1.17  # as published in the table after Figur 64
    assert row.national_mean == 1.20


def test_previous_assessment_skips_missing_years():
    history = [_assessment(y, {}) for y in (2019, 2020, 2023)]
    assert previous_assessment(history, 2023).year == 2020
    assert previous_assessment(history, 2019) is None


def test_gap_to_target():
    a = Assessment(
        1,
        2026,
        TODAY,
        responses={"training": AreaResponse("training", "partial", self_level=2, target_level=3)},
    )
    row = next(r for r in compare(a, "C", 2023, REF).rows if r.area_key == "training")
    assert row.gap_to_target == 1


def test_validation_collects_every_problem_in_swedish():
    a = Assessment(
        1,
        2031,
        TODAY,
        responses={
            "risk_management": AreaResponse("risk_management", "full", self_level=1),
            "training": AreaResponse("training", "no", self_level=3),
            "continuity": AreaResponse("continuity", "maybe", target_level=7),
            "nonsense": AreaResponse("nonsense"),
        },
        profile={"ciso_function": "perhaps", "shoe_size": "42"},
    )
    problems = assessment_problems(a, REF, other_years=[2031], today=TODAY)
    text = "\n".join(problems)
    assert "utanför det tillåtna intervallet 2000–2027" in text
    assert "Det finns redan en bedömning för 2031" in text
    assert "motsvarar minst mognadsnivå 2, men den självskattade nivån är 1" in text
    assert "förutsätter ett etablerat arbetssätt" in text
    assert "målnivån måste vara 1, 2, 3 eller 4" in text
    assert "okänt svarsalternativ «maybe»" in text
    assert "Okänt uppföljningsområde «nonsense»" in text
    assert "Okänd profilfråga «shoe_size»" in text
    assert "okänt svar «perhaps»" in text
    with pytest.raises(ValidationError) as info:
        validate_assessment(a, REF, other_years=[2031], today=TODAY)
    assert info.value.problems == problems


def test_consistent_assessment_is_valid():
    a = Assessment(
        1,
        2026,
        TODAY,
        status=RecordStatus.DRAFT,
        responses={
            "risk_management": AreaResponse(
                "risk_management", "partial", self_level=2, target_level=3
            ),
            "training": AreaResponse("training", "started", self_level=1, target_level=3),
        },
        profile={"ciso_function": "yes"},
    )
    validate_assessment(a, REF, other_years=[2025], today=TODAY)


def test_year_validation():
    assert validate_year(2026, TODAY) == 2026
    with pytest.raises(ValidationError, match="heltal"):
        validate_year("tjugo", TODAY)
    with pytest.raises(ValidationError, match="1999"):
        validate_year(1999, TODAY)


def test_organisation_validation():
    validate_organisation(Organisation("Falu kommun", "C", municipality="Falun"), REF)
    with pytest.raises(ValidationError, match="tillhör kommungrupp C"):
        validate_organisation(Organisation("Falu kommun", "A", municipality="Falun"), REF)
    with pytest.raises(ValidationError, match="finns inte bland Sveriges 290 kommuner"):
        validate_organisation(Organisation("X", "B", municipality="Atlantis"), REF)
    with pytest.raises(ValidationError, match="A, B eller C"):
        validate_organisation(Organisation("Förbundet", "D"), REF)


def test_peer_position_for_ciso_function():
    positions = peer_positions("ciso_function", "yes", "A", REF)
    by_scope = {p.scope: p for p in positions}
    assert by_scope["national"].count == 208
    assert by_scope["A"].count == 36
    assert "B" not in by_scope
    assert peer_positions("ciso_function", None, "A", REF) == []
