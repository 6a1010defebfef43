"""Demo data: two clearly fictive municipalities with a believable history.

Used by ``lagesbild demo``, ``lagesbild --demo``, the screenshots and the tests. Everything is
fixed (no randomness, no 'today'), so a demo store looks the same on every machine.

The story of Demoköpings kommun (kommungrupp B), 2017–2026:
* 2017–2019 a slow start: the IT manager handles security part-time, the policy is from 2012.
* 2020 a CISO (informationssäkerhetssamordnare) is hired; the policy revision starts.
* 2021 the policy is revised; training slips back when the e-learning licence lapses.
* 2022–2023 the big jump around SKR's survey: reporting to management, classification,
  continuity work, a new policy 2023.
* 2024–2026 risk work stays partly established: the method exists, not every unit uses it.
* 2025–2026 the push for NIS2 / cybersäkerhetslagen (2025:1506); 2026 is still a draft, in
  which classification slips back (the register was not kept up after a system replacement).
Exempelsunda kommun (kommungrupp C) shares the CISO from 2023 through an agreement.

Each kind of record has its own ``add_demo_*`` function; later kinds (activities, management
reviews) get their own function and one line in ``create_demo_store``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

from app.demo_plan import add_demo_action_plan, add_demo_management_duties
from app.domain.model import AreaResponse, Assessment, Organisation
from app.services.workspace import Workspace
from app.storage import StoreError

DEMO_ORGANISATION = "Demoköpings kommun"
SECOND_ORGANISATION = "Exempelsunda kommun"
FICTIVE_NOTE = "Fiktiv kommun för demonstration och utbildning. Alla personer, beslut och uppgifter är påhittade."

AREA_KEYS = (
    "management_information",
    "governing_documents",
    "risk_management",
    "classification",
    "incident_management",
    "continuity",
    "training",
    "procurement",
    "follow_up",
)

# Answer codes: F full, P partial, S started, L planned, N no, U unknown; the digit is the
# self-rated MSB level (F/P imply >= 2, the others 1). Columns follow AREA_KEYS.
_ANSWER_CODES = {
    "F": "full",
    "P": "partial",
    "S": "started",
    "L": "planned",
    "N": "no",
    "U": "unknown",
}

DEMOKOPING_ANSWERS: dict[int, tuple[str, ...]] = {
    #      ledning styrdok risker klassn incid  kontin utbild upphan uppfölj
    2017: ("N1", "S1", "L1", "N1", "P2", "S1", "N1", "L1", "N1"),
    2018: ("L1", "S1", "S1", "L1", "P2", "S1", "S1", "L1", "N1"),
    2019: ("L1", "S1", "S1", "S1", "P2", "S1", "P2", "S1", "L1"),
    2020: ("S1", "S1", "P2", "S1", "P2", "S1", "P2", "S1", "S1"),
    2021: ("S1", "P2", "P2", "S1", "P2", "S1", "S1", "S1", "S1"),
    2022: ("P2", "P2", "P2", "S1", "F2", "S1", "P2", "S1", "S1"),
    2023: ("P2", "F2", "P2", "P2", "F3", "P2", "P2", "S1", "P2"),
    2024: ("F2", "F3", "P2", "P2", "F3", "P2", "F2", "P2", "P2"),
    2025: ("F3", "F3", "P2", "P2", "F3", "P2", "F3", "P2", "P2"),
    2026: ("F3", "F3", "P2", "S1", "F3", "P2", "F3", "P2", "P2"),
}

EXEMPELSUNDA_ANSWERS: dict[int, tuple[str, ...]] = {
    2023: ("L1", "S1", "L1", "N1", "P2", "U1", "S1", "L1", "N1"),
    2024: ("S1", "P2", "S1", "L1", "P2", "S1", "P2", "S1", "L1"),
    2025: ("P2", "P2", "P2", "S1", "F2", "S1", "P2", "P2", "S1"),
    2026: ("P2", "F2", "P2", "P2", "F2", "P2", "P2", "P2", "P2"),
}

# Evidence per area: (valid from year, reference). The latest entry not after the year is used.
DEMOKOPING_EVIDENCE: dict[str, tuple[tuple[int, str], ...]] = {
    "management_information": (
        (2022, "Årsrapport informationssäkerhet 2021, KS 2022-04-05 § 61"),
        (2024, "Årsrapport informationssäkerhet 2023, KS 2024-04-09 § 58"),
        (2025, "Lägesrapport cybersäkerhet till KS, 2025-03-11 § 40"),
    ),
    "governing_documents": (
        (2017, "Informationssäkerhetspolicy, KF 2012-11-26 § 131"),
        (2021, "Informationssäkerhetspolicy, KF 2021-03-29 § 41"),
        (2023, "Informationssäkerhetspolicy, KF 2023-05-22 § 87; Riktlinjer, KS 2023-09-12 § 154"),
    ),
    "risk_management": (
        (2020, "Riskanalys e-tjänsteplattformen, 2020-10-14 (dnr KS 2020/318)"),
        (2023, "Metod för informationssäkerhetsrisker, KS 2023-02-07 § 19"),
        (2025, "Risk- och sårbarhetsanalys 2024–2027, KF 2025-02-24 § 12"),
    ),
    "classification": (
        (2023, "Klassningsmall och register i ärendesystemet, 2023-01-16"),
        (2025, "Informationsklassningar för 41 verksamhetssystem, register 2025-01-31"),
    ),
    "incident_management": (
        (2017, "IT-avdelningens rutin för driftstörningar"),
        (2022, "Incidentrutin, kommundirektörens beslut 2022-01-17 (dnr KS 2022/12)"),
        (2025, "Rutin för incidentrapportering enligt cybersäkerhetslagen, 2025-11-03"),
    ),
    "continuity": (
        (2023, "Kontinuitetsplaner för vård och omsorg samt IT-drift, 2023-02-28"),
        (2025, "Reservrutiner för tolv samhällsviktiga verksamheter, övade 2025-10-08"),
    ),
    "training": (
        (2019, "E-utbildning GDPR, genomförd av 78 % av de anställda"),
        (2022, "Utbildningsplan informationssäkerhet 2022–2024, KS 2022-02-15 § 28"),
        (2024, "Obligatorisk grundutbildning, 91 % genomfört (HR-statistik 2024-12-31)"),
    ),
    "procurement": (
        (2024, "Kravbilaga informationssäkerhet i upphandlingsmallen, 2024-04-01"),
        (2025, "Checklista säkerhetsskydd och cybersäkerhet vid upphandling, 2025-06-16"),
    ),
    "follow_up": (
        (2022, "Internkontrollplan 2022, KS 2021-12-07 § 210, punkt 4"),
        (2025, "Intern revision av ledningssystemet, rapport 2025-09-30"),
    ),
}

EXEMPELSUNDA_EVIDENCE: dict[str, tuple[tuple[int, str], ...]] = {
    "governing_documents": (
        (2024, "Informationssäkerhetspolicy, KF 2024-06-17 § 64"),
        (2026, "Riktlinjer för informationssäkerhet, KS 2025-12-02 § 201"),
    ),
    "incident_management": ((2023, "Incidentrutin, gemensam med Demoköpings kommun, 2023-09-01"),),
    "training": ((2024, "Gemensam e-utbildning med Demoköpings kommun, 2024-03-01"),),
    "procurement": ((2025, "Kravbilaga informationssäkerhet (Demoköpings mall), 2025-01-15"),),
}

_ANSWER_COMMENTS = {
    "full": "Arbetssättet är fastställt, följs i hela organisationen och följs upp.",
    "partial": "Arbetssättet finns men omfattar ännu inte alla förvaltningar.",
    "started": "Arbetet har påbörjats men är inte etablerat.",
    "planned": "Planerat att införas; ingen tidplan är beslutad.",
    "no": "Inget arbete pågår och inget är planerat.",
    "unknown": "Oklart vem som ansvarar; behöver utredas.",
}

DEMOKOPING_COMMENTS: dict[tuple[int, str], str] = {
    (2017, "governing_documents"): "Policyn från 2012 är inaktuell och okänd för de flesta chefer.",
    (
        2017,
        "incident_management",
    ): "IT-avdelningen hanterar tekniska incidenter; övriga fångas inte upp.",
    (2019, "training"): "Den stora GDPR-satsningen gav en e-utbildning som de flesta gått.",
    (
        2020,
        "management_information",
    ): "Ny samordnare sedan februari; första lägesrapporten planeras.",
    (2020, "risk_management"): "Riskanalyser görs nu vid nya system, med gemensam mall.",
    (2021, "governing_documents"): "Policyn reviderad och antagen av KF i mars.",
    (2021, "training"): "Licensen för e-utbildningen löpte ut; nyanställda får ingen utbildning.",
    (2022, "management_information"): "Första årsrapporten till kommunstyrelsen i april.",
    (2022, "training"): "Ny utbildningsplan; e-utbildningen upphandlad igen.",
    (2022, "incident_management"): "Incidentrutinen gäller hela kommunen och används.",
    (
        2023,
        "governing_documents",
    ): "Ny policy efter SKR:s kartläggning; riktlinjer antagna i september.",
    (2023, "procurement"): "Kravbilaga tas fram med upphandlingsenheten; används inte ännu.",
    (2024, "procurement"): "Kravbilagan används i alla IT-upphandlingar men inte i övriga.",
    (
        2025,
        "incident_management",
    ): "Rutinen anpassad till rapporteringskraven i cybersäkerhetslagen.",
    (2025, "continuity"): "Reservrutiner övade; IT-drift och vatten återstår.",
    (2026, "continuity"): "Kontinuitetsplan för vatten och avlopp tas fram med VA-bolaget.",
    (2026, "follow_up"): "Utkast: intern revision 2026 pågår, slutsatser väntas i oktober.",
    (
        2026,
        "classification",
    ): "Klassningsregistret har inte hållits aktuellt efter bytet av ärendesystem; "
    "nya system klassas inte.",
}

DEMOKOPING_NOTES: dict[int, str] = {
    2017: "Första självskattningen. IT-chefen ansvarar för informationssäkerheten på deltid.",
    2018: "Dataskyddsförordningen har tagit det mesta av tiden i år.",
    2019: "Kommunen besvarade SKR:s enkät 2019.",
    2020: "Informationssäkerhetssamordnare anställd 2020-02-01.",
    2021: "Policyn reviderad. Pandemin har försenat utbildningsinsatserna.",
    2022: "Ledningssystemet tar form; stort lyft inför SKR:s nya kartläggning.",
    2023: "Kommunen besvarade SKR:s enkät 2023. Samordnaren delas med Exempelsunda kommun.",
    2024: "Fokus på informationsklassning och uppföljning.",
    2025: "Förberedelser för cybersäkerhetslagen (2025:1506).",
    2026: "Utkast. Cybersäkerhetslagen gäller från 15 januari 2026.",
}

EXEMPELSUNDA_NOTES: dict[int, str] = {
    2023: "Första självskattningen, gjord med Demoköpings samordnare.",
    2024: "Policy antagen i juni.",
    2025: "Gemensamma rutiner med Demoköpings kommun införda.",
    2026: "Utkast inför kommunstyrelsens genomgång.",
}


# Profile answers (SKR's background questions) as (from year, option) steps; a question without
# a step for the year is left unanswered (no CISO before 2020, so no CISO hours either).
DEMOKOPING_PROFILE: dict[str, tuple[tuple[int, str], ...]] = {
    "ciso_function": ((2017, "no"), (2020, "yes")),
    "ciso_hours": ((2020, "11-20"), (2023, "21-30"), (2024, "31-40")),
    "policy_age": ((2017, "gt3"), (2021, "lt1"), (2022, "1to3"), (2023, "lt1"), (2024, "1to3")),
    "risk_analysis_frequency": (
        (2017, "never"),
        (2019, "less_often"),
        (2020, "every_other_year"),
        (2021, "yearly"),
        (2023, "half_yearly"),
    ),
    "decides_strategic": ((2017, "kommunfullmaktige"),),
    "decides_action": ((2017, "kommunchef"), (2022, "kommunstyrelsen")),
    "decides_normative": ((2017, "kommunchef"),),
    "decides_practical": ((2017, "sektorchef"), (2020, "ciso")),
    "support_from_others": ((2017, "none"), (2020, "sometimes"), (2023, "regularly")),
    "support_to_others": ((2017, "none"), (2023, "regularly")),
    "support_needed": (
        (2017, "very_high"),
        (2020, "fairly_high"),
        (2023, "neither"),
        (2025, "fairly_high"),
    ),
}

EXEMPELSUNDA_PROFILE: dict[str, tuple[tuple[int, str], ...]] = {
    "ciso_function": ((2023, "yes"),),
    "ciso_hours": ((2023, "1-10"), (2025, "11-20")),
    "policy_age": ((2023, "no_policy"), (2024, "lt1"), (2025, "1to3")),
    "risk_analysis_frequency": ((2023, "never"), (2024, "yearly")),
    "decides_strategic": ((2023, "kommunfullmaktige"),),
    "decides_action": ((2023, "kommunstyrelsen"),),
    "decides_normative": ((2023, "kommunchef"),),
    "decides_practical": ((2023, "ciso"),),
    "support_from_others": ((2023, "regularly"),),
    "support_to_others": ((2023, "none"),),
    "support_needed": ((2023, "very_high"), (2025, "fairly_high")),
}


@dataclass(frozen=True)
class DemoOrganisations:
    """The demo's organisations, for the functions that add records to them."""

    demokoping: Organisation
    exempelsunda: Organisation


def create_demo_store(path: Path) -> Path:
    """Create a new store at ``path`` filled with the demo; refuses an existing non-empty file."""
    path = Path(path)
    if path.exists() and path.stat().st_size > 0:
        raise StoreError(
            f"Filen {path} finns redan och är inte tom. Välj ett annat filnamn för demodatabasen."
        )
    with Workspace.open(path, create=True) as workspace:
        organisations = add_demo_organisations(workspace)
        add_demo_assessments(workspace, organisations)
        add_demo_management_duties(workspace, organisations)
        add_demo_action_plan(workspace, organisations)
    return path


def add_demo_organisations(workspace: Workspace) -> DemoOrganisations:
    """The two fictive municipalities (custom organisations: they are not among the 290)."""
    return DemoOrganisations(
        demokoping=workspace.add_custom_organisation(DEMO_ORGANISATION, "B", FICTIVE_NOTE),
        exempelsunda=workspace.add_custom_organisation(
            SECOND_ORGANISATION,
            "C",
            FICTIVE_NOTE + " Delar informationssäkerhetssamordnare med Demoköpings kommun.",
        ),
    )


def add_demo_assessments(workspace: Workspace, organisations: DemoOrganisations) -> None:
    """Demoköping 2017–2026 and Exempelsunda 2023–2026; every year final except 2026."""
    for year, codes in DEMOKOPING_ANSWERS.items():
        assessment = Assessment(
            organisation_id=_id(organisations.demokoping),
            year=year,
            assessed_on=date(2023, 3, 20) if year == 2023 else date(year, 3, 8 + year % 9),
            assessor=(
                "Lars Berg, IT-chef"
                if year < 2020
                else "Maria Lind, informationssäkerhetssamordnare"
            ),
            responses=_responses(year, codes, DEMOKOPING_EVIDENCE, DEMOKOPING_COMMENTS),
            profile=_profile(DEMOKOPING_PROFILE, year),
            note=DEMOKOPING_NOTES[year],
        )
        _store(workspace, assessment, final=year < 2026)
    for year, codes in EXEMPELSUNDA_ANSWERS.items():
        assessment = Assessment(
            organisation_id=_id(organisations.exempelsunda),
            year=year,
            assessed_on=date(year, 4, 2 + year % 5),
            assessor="Maria Lind, informationssäkerhetssamordnare",
            responses=_responses(year, codes, EXEMPELSUNDA_EVIDENCE, {}),
            profile=_profile(EXEMPELSUNDA_PROFILE, year),
            note=EXEMPELSUNDA_NOTES[year],
        )
        _store(workspace, assessment, final=year < 2026)


def _responses(
    year: int,
    codes: tuple[str, ...],
    evidence: dict[str, tuple[tuple[int, str], ...]],
    comments: dict[tuple[int, str], str],
) -> dict[str, AreaResponse]:
    responses = {}
    for key, code in zip(AREA_KEYS, codes, strict=True):
        answer = _ANSWER_CODES[code[0]]
        target = 3
        if key == "incident_management" and year >= 2025:
            target = 4  # the Cybersecurity Act's reporting duty raises the ambition
        elif key == "procurement" and year <= 2022:
            target = 2
        responses[key] = AreaResponse(
            area_key=key,
            answer=answer,
            self_level=int(code[1]),
            target_level=target,
            comment=comments.get((year, key), _ANSWER_COMMENTS[answer]),
            evidence=""
            if answer in ("planned", "no", "unknown")
            else _as_of(evidence.get(key, ()), year),
        )
    return responses


def _as_of(steps: tuple[tuple[int, str], ...], year: int) -> str:
    """The value of the latest step starting in or before ``year``; '' before the first."""
    valid = [value for since, value in steps if since <= year]
    return valid[-1] if valid else ""


def _profile(steps: dict[str, tuple[tuple[int, str], ...]], year: int) -> dict[str, str]:
    answers = {question: _as_of(question_steps, year) for question, question_steps in steps.items()}
    return {question: option for question, option in answers.items() if option}


def _store(workspace: Workspace, assessment: Assessment, *, final: bool) -> None:
    saved = workspace.save_assessment(assessment)
    if final:
        # adopted two weeks after the assessment, at ten in the morning (fixed, not 'now')
        adopted = datetime.combine(assessment.assessed_on + timedelta(days=14), time(10), UTC)
        workspace.finalise_assessment(_id(saved), at=adopted)


def _id(record: Organisation | Assessment) -> int:
    if record.id is None:  # pragma: no cover - the store always assigns ids
        raise StoreError("Demodata: posten saknar id efter att ha sparats.")
    return record.id
