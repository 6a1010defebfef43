"""Areas, answer scale and maturity model as shipped."""

from __future__ import annotations

import pytest

from app.reference import ReferenceDataError

EXPECTED_AREAS = [
    (1, "management_information", "Information till ledningen", "Ledningen"),
    (2, "governing_documents", "Styrande dokument och handlingsplaner", "Styrdokument"),
    (3, "risk_management", "Hantering av informationssäkerhetsrisker", "Risker"),
    (4, "classification", "Klassificering av informationstillgångar", "Klassning"),
    (5, "incident_management", "Hantering av informationssäkerhetsincidenter", "Incidenter"),
    (6, "continuity", "Kontinuitetshantering", "Kontinuitet"),
    (7, "training", "Utbildning och medvetenhet", "Utbildning"),
    (8, "procurement", "Informationssäkerhetskrav vid upphandling", "Upphandling"),
    (9, "follow_up", "Uppföljning", "Uppföljning"),
]
EXPECTED_SOURCES = {
    "management_information": ("Figur 10", "Figur 19"),
    "governing_documents": ("Figur 20", "Figur 33"),
    "risk_management": ("Figur 34", "Figur 39"),
    "classification": ("Figur 40", "Figur 43"),
    "incident_management": ("Figur 44", "Figur 47"),
    "continuity": ("Figur 48", "Figur 51"),
    "training": ("Figur 52", "Figur 55"),
    "procurement": ("Figur 56", "Figur 59"),
    "follow_up": ("Figur 60", "Figur 63"),
}
QUESTION_PREFIX = "Har eller planerar er kommun att införa ett etablerat arbetssätt så att "


def test_areas_in_table_order_with_exact_keys(ref):
    got = [(a.number, a.key, a.name, a.short_name) for a in ref.areas]
    assert got == EXPECTED_AREAS


def test_area_sources_questions_and_recommendations(ref):
    for area in ref.areas:
        assert area.sources == EXPECTED_SOURCES[area.key]
        assert area.question.startswith(QUESTION_PREFIX) and area.question.endswith("?")
        assert len(area.short_name) <= 14
        assert area.recommendation
    assert ref.area("risk_management").recommendation == (
        "Förankra riskhanteringsprocessen i hela kommunens verksamhet"
    )
    assert "politiska ledningen" in ref.area("management_information").question
    policy_area = ref.area("governing_documents")
    assert "informationssäkerhetspolicy fastställs" in policy_area.question
    assert "policy" in policy_area.note  # documents that SKR used the policy question


def test_unknown_area_raises_reference_error(ref):
    with pytest.raises(ReferenceDataError, match="Okänt uppföljningsområde"):
        ref.area("nonexistent")


def test_answer_scale_and_scoring(ref):
    assert [(o.key, o.skr_level) for o in ref.answer_scale] == [
        ("full", 2),
        ("partial", 2),
        ("started", 1),
        ("planned", 1),
        ("no", 1),
        ("unknown", 1),
    ]
    assert ref.answer("full").label == "Ja, fullt etablerat"
    assert ref.answer("unknown").label == "Vet inte"
    with pytest.raises(ReferenceDataError, match="Okänt svarsalternativ"):
        ref.answer("maybe")


def test_maturity_model(ref):
    model = ref.maturity_model
    assert [lvl.level for lvl in ref.maturity_levels] == [1, 2, 3, 4]
    assert model.minimum_satisfactory_level == 2
    assert model.target_level == 3
    assert model.measured_levels == (1, 2)
    assert model.level(3) is ref.maturity_levels[2]
    assert model.level(5) is None


def test_maturity_descriptions_are_paraphrased_not_copied(ref):
    report_phrases = [
        "kännetecknas av att organisationen är reaktiv och händelsestyrd",
        "Det systematiska informationssäkerhetsarbetet är personberoende",
        "Organisationen gör planer och använder dessa till viss del",
        "Organisationen börjar belöna proaktivitet",
        "Organisationen skapar höga resultat och uppvisar positiva trender",
    ]
    text = " ".join(lvl.description for lvl in ref.maturity_levels)
    for phrase in report_phrases:
        assert phrase.casefold() not in text.casefold()
