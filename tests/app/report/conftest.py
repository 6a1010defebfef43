"""Hand-made report content, so the builders are tested independently of the store."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from app.report.content import (
    ActionPlanStatus,
    ActivityLine,
    AreaRow,
    BenchmarkPoint,
    DecisionLine,
    DutyLine,
    FollowUpLine,
    KeyFigures,
    ManagementDuties,
    MaturityLevelText,
    MethodInfo,
    PeerRow,
    ReportContent,
    ReviewInputText,
    ReviewMeta,
    Signatory,
    TrendPoint,
)

AREAS = (
    (
        "political",
        "Information till den politiska ledningen",
        "Politisk ledning",
        1,
        2,
        3,
        1,
        1.25,
        1.24,
    ),
    ("policy", "Informationssäkerhetspolicy", "Policy", 2, 3, 3, 2, 1.62, 1.62),
    ("goals", "Mål omsätts i handlingsplaner", "Handlingsplaner", 2, 2, 3, 1, 1.41, 1.36),
    (
        "risk_management",
        "Hantering av informationssäkerhetsrisker",
        "Riskhantering",
        1,
        1,
        3,
        1,
        1.43,
        1.43,
    ),
    ("classification", "Klassning av informationstillgångar", "Klassning", 2, 2, 3, 2, 1.47, 1.49),
    (
        "incidents",
        "Hantering av informationssäkerhetsincidenter",
        "Incidenter",
        2,
        3,
        3,
        2,
        1.37,
        1.39,
    ),
    ("continuity", "Kontinuitetshantering", "Kontinuitet", 1, 1, 2, 2, 1.47, 1.46),
    ("training", "Utbildning av medarbetare", "Utbildning", 2, 2, 3, 1, 1.44, 1.45),
    (
        "follow_up",
        "Uppföljning av informationssäkerhetsarbetet",
        "Uppföljning",
        1,
        1,
        2,
        1,
        1.21,
        1.19,
    ),
)


def make_content(**overrides: object) -> ReportContent:
    """A complete, realistic report for the fictive 'Demoköpings kommun'."""
    areas = tuple(
        AreaRow(i, key, name, short, own, self_level, target, prev, group, national)
        for i, (key, name, short, own, self_level, target, prev, group, national) in enumerate(
            AREAS, 1
        )
    )
    overdue = (
        ActivityLine(
            "Ta fram kontinuitetsplaner för samhällsviktig verksamhet",
            "Anna Berg",
            date(2026, 9, 30),
            "Pågår",
            "Kontinuitet",
            60,
        ),
        ActivityLine(
            "Inför riskbedömning i förvaltningarnas verksamhetsplanering",
            "",
            date(2026, 10, 31),
            "Ej påbörjad",
            "Riskhantering",
            29,
        ),
    )
    completed = (
        ActivityLine(
            "Revidera informationssäkerhetspolicyn",
            "Per Ek",
            date(2026, 4, 30),
            "Klar",
            "Policy",
            completed_on=date(2026, 4, 22),
        ),
        ActivityLine(
            "Grundutbildning i informationssäkerhet för alla chefer",
            "Lena Holm",
            date(2026, 6, 30),
            "Klar",
            "Utbildning",
            completed_on=date(2026, 6, 12),
        ),
    )
    content = ReportContent(
        organisation="Demoköpings kommun",
        group="B",
        year=2026,
        benchmark_year=2023,
        generated_on=date(2026, 11, 29),
        author="Åsa Öberg",
        review=ReviewMeta(
            held_on=date(2026, 12, 8),
            forum="Kommunstyrelsen",
            participants=(
                "Kommunstyrelsens ordförande",
                "Kommundirektör",
                "Informationssäkerhetssamordnare",
            ),
            period_from=date(2025, 12, 1),
            period_to=date(2026, 11, 30),
            review_id=7,
        ),
        key_figures=KeyFigures(
            area_count=9,
            areas_at_level_two=5,
            previous_year=2025,
            previous_areas_at_level_two=4,
            areas_below_group=4,
            overdue_activities=2,
            own_mean=14 / 9,
            group_mean=1.41,
            national_mean=1.4033,
            improved_areas=3,
            worsened_areas=2,
        ),
        areas=areas,
        trend=tuple(
            TrendPoint(y, n, 9, m, y < 2026)
            for y, n, m in (
                (2017, 1, 1.11),
                (2018, 2, 1.22),
                (2019, 2, 1.22),
                (2020, 3, 1.33),
                (2021, 3, 1.33),
                (2022, 3, 1.33),
                (2023, 4, 1.44),
                (2024, 4, 1.44),
                (2025, 4, 1.44),
                (2026, 5, 1.56),
            )
        ),
        benchmarks=(BenchmarkPoint(2019, 1.23, 1.24), BenchmarkPoint(2023, 1.41, 1.40)),
        peers=(
            PeerRow(
                "Finns en utsedd informationssäkerhetssamordnare?",
                "Ja, på heltid",
                41.0,
                38.0,
                290,
                110,
            ),
            PeerRow(
                "Hur stor andel av arbetstiden ägnas åt informationssäkerhet?",
                "76–100 %",
                None,
                22.0,
            ),
            PeerRow("Samverkar kommunen med andra kommuner?", None, 55.0, None),
        ),
        action_plan=ActionPlanStatus(
            total=14,
            counts=(("Ej påbörjad", 3), ("Pågår", 6), ("Klar", 4), ("Avbruten", 1)),
            overdue=overdue,
            completed_since=completed,
            since=date(2025, 12, 10),
        ),
        previous_review_date=date(2025, 12, 10),
        follow_up=(
            FollowUpLine(
                "Revidera informationssäkerhetspolicyn",
                "Per Ek",
                date(2026, 4, 30),
                "Klar 2026-04-22",
            ),
            FollowUpLine(
                "Ta fram kontinuitetsplaner",
                "Anna Berg",
                date(2026, 9, 30),
                "Pågår (60 %), försenad sedan 2026-09-30",
                overdue=True,
            ),
        ),
        inputs=tuple(
            ReviewInputText(letter, title, text)
            for letter, title, text in (
                (
                    "a",
                    "Status för åtgärder från tidigare ledningens genomgångar",
                    "Två av tre beslut från föregående genomgång är genomförda.",
                ),
                (
                    "b",
                    "Förändringar i externa och interna frågor",
                    "• Cybersäkerhetslagen (2025:1506) trädde i kraft 2026-01-15.\n• Ny förvaltningsorganisation.",
                ),
                ("c", "Förändringar i intressenters behov och förväntningar", ""),
                (
                    "d",
                    "Återkoppling om informationssäkerhetens prestanda",
                    "• 5 av 9 områden når nivå 2.\n• 2 aktiviteter är försenade.",
                ),
                (
                    "e",
                    "Återkoppling från intressenter",
                    "Revisionen har efterfrågat kontinuitetsplaner.",
                ),
                (
                    "f",
                    "Resultat av riskbedömning och status för riskbehandlingsplanen",
                    "Riskbedömning genomförd för 4 av 7 förvaltningar.",
                ),
                (
                    "g",
                    "Möjligheter till ständig förbättring",
                    "Gemensam incidentrutin med kommunens bolag.",
                ),
            )
        ),
        decisions=(
            DecisionLine(
                "Kommunstyrelsen godkänner riskhanteringsåtgärderna enligt bilaga 1.",
                "Kommundirektör",
                date(2027, 1, 31),
            ),
            DecisionLine(
                "Samtliga förvaltningar tar fram kontinuitetsplaner under 2027.",
                "Förvaltningscheferna",
                date(2027, 6, 30),
                "Ta fram kontinuitetsplaner",
            ),
            DecisionLine(
                "Kommunstyrelsens ledamöter genomgår utbildning i cybersäkerhet.",
                "Kanslichef",
                date(2027, 3, 31),
            ),
        ),
        duties=ManagementDuties(
            lines=(
                DutyLine("Ledningen har godkänt riskhanteringsåtgärderna", "Saknas", False),
                DutyLine(
                    "Ledningen har genomgått utbildning i cybersäkerhet",
                    "3 av 5 ledamöter utbildade",
                    False,
                ),
            ),
            missing=(
                "Det finns inget beslut om att ledningen har godkänt riskhanteringsåtgärderna.",
                "Karin Ås (ordförande) saknar utbildning i cybersäkerhet.",
            ),
            rules=("Godkännandet får inte vara äldre än 12 månader.",),
        ),
        method=MethodInfo(
            survey_label="SKR (2023), Kommunernas informationssäkerhetsarbete",
            benchmark_sources=(
                "SKR (2023), Kommunernas informationssäkerhetsarbete, Figur 65 (kommungrupp B)",
                "SKR (2023), Kommunernas informationssäkerhetsarbete, Figur 67 (nationellt)",
            ),
            maturity_levels=(
                MaturityLevelText(
                    1, "Grundläggande", "Arbetssättet saknas eller är under uppbyggnad."
                ),
                MaturityLevelText(
                    2, "Etablerad", "Arbetssättet är beslutat och delvis eller fullt infört."
                ),
                MaturityLevelText(3, "Förankrad", "Arbetssättet tillämpas i hela organisationen."),
                MaturityLevelText(
                    4, "Optimerad", "Arbetssättet följs upp och förbättras systematiskt."
                ),
            ),
            level_two_answers=("Ja, fullt ut", "Ja, delvis"),
            level_one_answers=("Nej, men planerat", "Nej"),
        ),
        largest_gap_keys=("risk_management", "continuity", "political"),
        signatories=(
            Signatory("Karin Ås", "Kommunstyrelsens ordförande"),
            Signatory("Åsa Öberg", "Informationssäkerhetssamordnare"),
        ),
    )
    if overrides:
        from dataclasses import replace

        content = replace(content, **overrides)
    return content


@pytest.fixture(scope="session")
def content() -> ReportContent:
    return make_content()


@pytest.fixture(scope="session")
def content_factory() -> Callable[..., ReportContent]:
    """``make_content(**overrides)`` for tests that need a variant."""
    return make_content
