"""Demo data for the action plan, the management reviews and management's NIS2 duties.

Part of the demo in ``app.demo`` (one function per kind of record, no 'today': the demo's day is
``DEMO_TODAY``). Demoköpings kommun's story: reviews by the municipal executive board in 2023,
2024 and 2025 (final) and in November 2026 (draft); their decisions became activities, some done,
some late. The action plan is built in time order, so each review's prefilled inputs describe
the plan as it stood on the meeting day. Six activities are overdue on 2026-11-29, one member of
management lacks recent training, so the review and the report have something to point at.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import date
from typing import TYPE_CHECKING

from app.domain.activity import (
    Activity,
    ActivityComment,
    ActivityOrigin,
    ActivityStatus,
    Priority,
)
from app.domain.review import (
    Decision,
    DecisionKind,
    ManagementApproval,
    ManagementMember,
    ManagementTraining,
    Review,
    ReviewInput,
)
from app.domain.review_inputs import FILL_IN
from app.services.actions import ActionPlanService
from app.services.reviews import ReviewService

if TYPE_CHECKING:
    from app.demo import DemoOrganisations
    from app.domain.model import Organisation
    from app.services.workspace import Workspace

DEMO_TODAY = date(2026, 11, 29)

CISO = "Maria Lind"
IT_MANAGER = "Lars Berg"
HR_MANAGER = "Sofia Berglund"
PROCUREMENT_MANAGER = "Ola Persson"
SECURITY_MANAGER = "Anna Westin"
CEO = "Johan Ekström"
AUDITOR = "Kent Ahlgren"

CS = "Cybersäkerhetslagen"


@dataclass(frozen=True)
class ActivitySpec:
    """An activity as it ends up on DEMO_TODAY; ``closed_on`` dates a done or cancelled one."""

    title: str
    areas: tuple[str, ...]
    owner: str
    start: date
    due: date | None
    status: ActivityStatus = ActivityStatus.NOT_STARTED
    progress: int = 0
    closed_on: date | None = None
    priority: Priority = Priority.MEDIUM
    origin: ActivityOrigin = ActivityOrigin.OWN
    template: str | None = None
    description: str = ""
    comments: tuple[tuple[date, str, str], ...] = ()

    def state_on(self, day: date) -> dict[str, object]:
        """Status, progress, completion and comments as they were on ``day``."""
        comments = tuple(
            ActivityComment(on, author, text) for on, author, text in self.comments if on <= day
        )
        if self.closed_on is None or self.closed_on <= day:
            completed = self.closed_on if self.status is ActivityStatus.DONE else None
            status, progress = self.status, self.progress
        else:
            completed = None
            status = ActivityStatus.IN_PROGRESS if self.start <= day else ActivityStatus.NOT_STARTED
            progress = 50 if status is ActivityStatus.IN_PROGRESS else 0
        return {
            "status": status,
            "progress": progress,
            "completed_on": completed,
            "comments": comments,
        }


@dataclass(frozen=True)
class DecisionSpec:
    text: str
    owner: str
    due: date | None
    kind: DecisionKind = DecisionKind.DECISION
    activity: ActivitySpec | None = None


@dataclass(frozen=True)
class ReviewSpec:
    held_on: date
    forum: str
    participants: tuple[str, ...]
    decisions: tuple[DecisionSpec, ...]
    final: bool
    #: Replaces the '[Fyll i: …]' lines of each input, in order.
    answers: dict[ReviewInput, tuple[str, ...]] = field(default_factory=dict)


_BOARD = (
    "Karin Holm, kommunstyrelsens ordförande",
    "Per Nyström, kommunstyrelsens förste vice ordförande",
    "Elin Sjöberg, kommunstyrelsens andre vice ordförande",
    f"{CEO}, kommundirektör",
    f"{CISO}, informationssäkerhetssamordnare (föredragande)",
)

REVIEWS: tuple[ReviewSpec, ...] = (
    ReviewSpec(
        held_on=date(2023, 4, 11),
        forum="Kommunstyrelsen",
        participants=(*_BOARD, f"{IT_MANAGER}, IT-chef"),
        final=True,
        decisions=(
            DecisionSpec(
                "Revidera informationssäkerhetspolicyn och anta nya riktlinjer",
                CISO,
                date(2023, 9, 30),
                activity=ActivitySpec(
                    "Revidera informationssäkerhetspolicyn och ta fram riktlinjer",
                    ("governing_documents",),
                    CISO,
                    date(2023, 4, 11),
                    date(2023, 9, 30),
                    ActivityStatus.DONE,
                    100,
                    date(2023, 9, 12),
                    Priority.HIGH,
                    comments=(
                        (date(2023, 5, 22), CISO, "Policyn antagen av KF 2023-05-22 § 87."),
                        (date(2023, 9, 12), CISO, "Riktlinjerna antagna av KS 2023-09-12 § 154."),
                    ),
                ),
            ),
            DecisionSpec(
                "Inför obligatorisk grundutbildning i informationssäkerhet för alla anställda",
                HR_MANAGER,
                date(2024, 3, 31),
                activity=ActivitySpec(
                    "Obligatorisk grundutbildning i informationssäkerhet",
                    ("training",),
                    HR_MANAGER,
                    date(2023, 5, 1),
                    date(2024, 3, 31),
                    ActivityStatus.DONE,
                    100,
                    date(2024, 2, 28),
                    comments=(
                        (date(2023, 10, 2), HR_MANAGER, "E-utbildningen upphandlad och lanserad."),
                        (
                            date(2024, 2, 28),
                            HR_MANAGER,
                            "Ingår nu i introduktionen för nyanställda.",
                        ),
                    ),
                ),
            ),
            DecisionSpec(
                "Ta fram en kravbilaga för informationssäkerhet i upphandlingar",
                PROCUREMENT_MANAGER,
                date(2023, 12, 31),
                activity=ActivitySpec(
                    "Kravbilaga för informationssäkerhet i upphandlingsmallen",
                    ("procurement",),
                    PROCUREMENT_MANAGER,
                    date(2023, 5, 1),
                    date(2023, 12, 31),
                    ActivityStatus.DONE,
                    100,
                    date(2024, 3, 28),
                    comments=(
                        (
                            date(2024, 1, 15),
                            PROCUREMENT_MANAGER,
                            "Försenad: juristgranskningen tog längre tid än planerat.",
                        ),
                    ),
                ),
            ),
            DecisionSpec(
                "Utred en gemensam informationssäkerhetssamordnare med Exempelsunda kommun",
                CEO,
                date(2023, 8, 31),
                DecisionKind.PROPOSAL,
                activity=ActivitySpec(
                    "Avtal om gemensam informationssäkerhetssamordnare med Exempelsunda",
                    (),
                    CEO,
                    date(2023, 4, 11),
                    date(2023, 8, 31),
                    ActivityStatus.DONE,
                    100,
                    date(2023, 6, 30),
                    Priority.LOW,
                ),
            ),
        ),
        answers={
            ReviewInput.B: (
                "Regeringens utredning om NIS2-direktivet pågår; nya krav väntas från 2025. "
                "Ny organisation för IT-driften sedan januari.",
            ),
            ReviewInput.C: (
                "Revisorerna efterfrågar tydligare rapportering om informationssäkerhet. "
                "Invånarna förväntar sig fler e-tjänster med säker inloggning.",
            ),
            ReviewInput.D: (
                "Tre incidenter med felskickad e-post; inga personuppgiftsincidenter till IMY.",
                "SKR:s uppföljning 2023 besvarad; resultatet redovisas i årsrapporten.",
            ),
            ReviewInput.E: ("Förvaltningscheferna efterfrågar stöd i informationsklassning.",),
            ReviewInput.F: ("Riskanalys för e-tjänsteplattformen uppdaterad i februari.",),
            ReviewInput.G: ("Samordna arbetet med Exempelsunda kommun.",),
        },
    ),
    ReviewSpec(
        held_on=date(2024, 4, 9),
        forum="Kommunstyrelsen",
        participants=(*_BOARD, f"{IT_MANAGER}, IT-chef", f"{SECURITY_MANAGER}, säkerhetschef"),
        final=True,
        decisions=(
            DecisionSpec(
                "Klassa informationen i samtliga verksamhetssystem",
                CISO,
                date(2024, 12, 31),
                activity=ActivitySpec(
                    "Klassa informationen i samtliga verksamhetssystem",
                    ("classification",),
                    CISO,
                    date(2024, 4, 9),
                    date(2024, 12, 31),
                    ActivityStatus.DONE,
                    100,
                    date(2025, 1, 31),
                    Priority.HIGH,
                    comments=(
                        (date(2024, 10, 1), CISO, "28 av 41 system klassade."),
                        (date(2025, 1, 31), CISO, "Alla 41 system klassade; registret publicerat."),
                    ),
                ),
            ),
            DecisionSpec(
                "Inför flerfaktorsautentisering för fjärråtkomst och e-post",
                IT_MANAGER,
                date(2024, 10, 31),
                activity=ActivitySpec(
                    "Flerfaktorsautentisering för fjärråtkomst och e-post",
                    ("governing_documents", "risk_management"),
                    IT_MANAGER,
                    date(2024, 4, 9),
                    date(2024, 10, 31),
                    ActivityStatus.IN_PROGRESS,
                    80,
                    priority=Priority.HIGH,
                    comments=(
                        (date(2024, 9, 16), IT_MANAGER, "Fjärråtkomst klar; e-post återstår."),
                        (
                            date(2025, 6, 2),
                            IT_MANAGER,
                            "Skolans elevkonton kräver en annan lösning; ny upphandling.",
                        ),
                        (
                            date(2026, 10, 12),
                            IT_MANAGER,
                            "Alla anställda klara; 1 200 elevkonton återstår till januari.",
                        ),
                    ),
                ),
            ),
            DecisionSpec(
                "Öva kontinuitetsplanerna för samhällsviktig verksamhet",
                SECURITY_MANAGER,
                date(2025, 6, 30),
                activity=ActivitySpec(
                    "Öva reservrutinerna för samhällsviktig verksamhet",
                    ("continuity",),
                    SECURITY_MANAGER,
                    date(2024, 5, 1),
                    date(2025, 6, 30),
                    ActivityStatus.DONE,
                    100,
                    date(2025, 10, 8),
                    comments=(
                        (
                            date(2025, 6, 10),
                            SECURITY_MANAGER,
                            "Övningen flyttad till oktober på grund av semesterplaneringen.",
                        ),
                        (
                            date(2025, 10, 8),
                            SECURITY_MANAGER,
                            "Tolv verksamheter övade; IT-drift och vatten återstår.",
                        ),
                    ),
                ),
            ),
            DecisionSpec(
                "Anslut kommunen till en gemensam SOC-tjänst",
                CEO,
                None,
                DecisionKind.PROPOSAL,
            ),
        ),
        answers={
            ReviewInput.B: ("Ny IT-driftleverantör för skolan från augusti.",),
            ReviewInput.C: ("Länsstyrelsen efterfrågar bättre kontinuitetsplanering.",),
            ReviewInput.D: (
                "Fem incidenter, varav en personuppgiftsincident anmäld till IMY.",
                "Egenkontroll av behörigheter i ekonomisystemet visade inaktuella konton.",
            ),
            ReviewInput.E: (
                "Upphandlingsenheten vill ha kravbilagan även för andra upphandlingar.",
            ),
            ReviewInput.F: (
                "Riskanalys av e-post och fjärråtkomst: behov av flerfaktorsinloggning.",
            ),
            ReviewInput.G: ("Dela incidentrutin och utbildning med Exempelsunda kommun.",),
        },
    ),
    ReviewSpec(
        held_on=date(2025, 3, 11),
        forum="Kommunstyrelsen",
        participants=(*_BOARD, f"{SECURITY_MANAGER}, säkerhetschef", f"{AUDITOR}, internrevisor"),
        final=True,
        decisions=(
            DecisionSpec(
                "Anpassa incidentrutinen till rapporteringskraven i cybersäkerhetslagen",
                CISO,
                date(2025, 12, 31),
                activity=ActivitySpec(
                    "Incidentrutin enligt cybersäkerhetslagens rapporteringskrav",
                    ("incident_management",),
                    CISO,
                    date(2025, 3, 11),
                    date(2025, 12, 31),
                    ActivityStatus.DONE,
                    100,
                    date(2025, 11, 3),
                    Priority.HIGH,
                ),
            ),
            DecisionSpec(
                "Genomför utbildning i cybersäkerhet för kommunstyrelsen och kommunledningen",
                CEO,
                date(2026, 2, 28),
                activity=ActivitySpec(
                    "Utbildning i cybersäkerhet för kommunstyrelsen och kommunledningen",
                    ("training", "management_information"),
                    CEO,
                    date(2025, 3, 11),
                    date(2026, 2, 28),
                    ActivityStatus.DONE,
                    100,
                    date(2026, 2, 3),
                    Priority.HIGH,
                    comments=(
                        (
                            date(2026, 2, 3),
                            CISO,
                            "Utbildningen hölls 2026-02-03; en ledamot var frånvarande.",
                        ),
                    ),
                ),
            ),
            DecisionSpec(
                "Ta fram en kontinuitetsplan för vatten och avlopp tillsammans med VA-bolaget",
                SECURITY_MANAGER,
                date(2026, 6, 30),
                activity=ActivitySpec(
                    "Kontinuitetsplan för vatten och avlopp",
                    ("continuity",),
                    SECURITY_MANAGER,
                    date(2025, 4, 1),
                    date(2026, 6, 30),
                    ActivityStatus.IN_PROGRESS,
                    40,
                    priority=Priority.HIGH,
                    comments=(
                        (
                            date(2026, 5, 20),
                            SECURITY_MANAGER,
                            "VA-bolaget har bytt VD; arbetet står still sedan mars.",
                        ),
                    ),
                ),
            ),
            DecisionSpec(
                "Genomför intern revision av ledningssystemet för informationssäkerhet",
                AUDITOR,
                date(2025, 9, 30),
                activity=ActivitySpec(
                    "Intern revision av ledningssystemet för informationssäkerhet",
                    ("follow_up",),
                    AUDITOR,
                    date(2025, 4, 1),
                    date(2025, 9, 30),
                    ActivityStatus.DONE,
                    100,
                    date(2025, 9, 30),
                ),
            ),
        ),
        answers={
            ReviewInput.C: (
                "Kommunen bedöms omfattas av cybersäkerhetslagen som offentlig förvaltningsentitet.",
            ),
            ReviewInput.D: (
                "Fyra incidenter; ingen ledde till avbrott i samhällsviktig verksamhet.",
                "Phishingtest i november: 9 % klickade, mot 14 % året innan.",
            ),
            ReviewInput.E: (
                "Socialnämnden efterfrågar kontinuitetsplan för hemtjänstens IT-stöd.",
            ),
            ReviewInput.F: ("Risk- och sårbarhetsanalys 2024–2027 antagen av KF 2025-02-24 § 12.",),
            ReviewInput.G: ("Förbered ledningens godkännande av riskhanteringsåtgärderna.",),
        },
    ),
    ReviewSpec(
        held_on=date(2026, 11, 17),
        forum="Kommunstyrelsen",
        participants=(
            *_BOARD,
            f"{IT_MANAGER}, IT-chef",
            f"{PROCUREMENT_MANAGER}, upphandlingschef",
        ),
        final=False,
        decisions=(
            DecisionSpec(
                "Inför säkerhetskrav i avtalen med kritiska leverantörer (leveranskedjan)",
                PROCUREMENT_MANAGER,
                date(2027, 6, 30),
                activity=ActivitySpec(
                    "Säkerhetskrav i avtal med kritiska leverantörer",
                    ("procurement",),
                    PROCUREMENT_MANAGER,
                    date(2026, 11, 17),
                    date(2027, 6, 30),
                    priority=Priority.HIGH,
                ),
            ),
            DecisionSpec(
                "Kommunledningsgruppen följer upp flerfaktorsautentiseringen varje månad",
                CEO,
                date(2027, 1, 31),
                activity=ActivitySpec(
                    "Månadsvis uppföljning av flerfaktorsautentiseringen",
                    ("follow_up",),
                    CEO,
                    date(2026, 11, 17),
                    date(2027, 1, 31),
                    ActivityStatus.IN_PROGRESS,
                    10,
                ),
            ),
            DecisionSpec(
                "Avsätt medel för en gemensam SOC-tjänst i budget 2027",
                CEO,
                date(2027, 3, 31),
                DecisionKind.PROPOSAL,
            ),
        ),
        answers={
            ReviewInput.C: (
                "Tillsynsmyndigheten har aviserat tillsyn av kommunerna i länet under 2027.",
            ),
        },
    ),
)

ACTIVITIES: tuple[ActivitySpec, ...] = (
    ActivitySpec(
        "Incidentrapportering i e-tjänst för alla medarbetare",
        ("incident_management",),
        CISO,
        date(2024, 5, 1),
        date(2024, 12, 31),
        ActivityStatus.DONE,
        100,
        date(2024, 12, 10),
        origin=ActivityOrigin.SKR_RECOMMENDATION,
        template="skr_incident_management",
    ),
    ActivitySpec(
        "Byt inloggning i det gamla ärendesystemet",
        ("governing_documents",),
        IT_MANAGER,
        date(2024, 9, 1),
        date(2025, 6, 30),
        ActivityStatus.CANCELLED,
        20,
        date(2025, 5, 5),
        Priority.LOW,
        description="Inloggningen uppfyller inte kraven på stark autentisering.",
        comments=(
            (date(2025, 5, 5), IT_MANAGER, "Avbruten: systemet avvecklas i stället 2025-12-31."),
        ),
    ),
    ActivitySpec(
        "Förankra riskhanteringsprocessen i alla förvaltningar",
        ("risk_management",),
        CISO,
        date(2025, 4, 1),
        date(2026, 10, 31),
        ActivityStatus.IN_PROGRESS,
        70,
        priority=Priority.HIGH,
        origin=ActivityOrigin.SKR_RECOMMENDATION,
        template="skr_risk_management",
        comments=(
            (date(2025, 11, 20), CISO, "Fem av sju förvaltningar har genomfört riskworkshop."),
            (
                date(2026, 11, 2),
                CISO,
                "Socialförvaltningen och samhällsbyggnad återstår; ny tid i januari.",
            ),
        ),
    ),
    ActivitySpec(
        "Informationssäkerhetskrav i alla upphandlingar, inte bara IT",
        ("procurement",),
        PROCUREMENT_MANAGER,
        date(2025, 6, 16),
        date(2026, 6, 30),
        ActivityStatus.IN_PROGRESS,
        55,
        origin=ActivityOrigin.SKR_RECOMMENDATION,
        template="skr_procurement",
        comments=(
            (date(2026, 7, 1), PROCUREMENT_MANAGER, "Checklistan används; utbildning återstår."),
        ),
    ),
    ActivitySpec(
        "Klassa informationen i skolans och socialtjänstens nya system",
        ("classification",),
        CISO,
        date(2025, 9, 1),
        date(2026, 3, 31),
        ActivityStatus.DONE,
        100,
        date(2026, 4, 15),
        origin=ActivityOrigin.ASSESSMENT_GAP,
    ),
    ActivitySpec(
        "Riskanalys och säkerhetspolicy för informationssystem",
        ("risk_management", "governing_documents"),
        CISO,
        date(2025, 9, 1),
        date(2026, 6, 30),
        ActivityStatus.DONE,
        100,
        date(2026, 5, 20),
        Priority.HIGH,
        ActivityOrigin.NIS2_MEASURE,
        "nis2_a_risk_policy",
    ),
    ActivitySpec(
        "Utbilda samtliga medarbetare: repetitionsutbildning 2026",
        ("training",),
        HR_MANAGER,
        date(2026, 1, 10),
        date(2026, 12, 31),
        ActivityStatus.IN_PROGRESS,
        75,
        origin=ActivityOrigin.SKR_RECOMMENDATION,
        template="skr_training",
        comments=((date(2026, 10, 30), HR_MANAGER, "75 % av medarbetarna klara."),),
    ),
    ActivitySpec(
        "Testa återläsning av säkerhetskopior för kritiska system",
        ("continuity",),
        IT_MANAGER,
        date(2026, 1, 15),
        date(2026, 12, 31),
        ActivityStatus.IN_PROGRESS,
        50,
        origin=ActivityOrigin.NIS2_MEASURE,
        template="nis2_c_continuity",
    ),
    ActivitySpec(
        "Automatisera borttag av behörigheter när en anställning upphör",
        ("classification", "governing_documents"),
        HR_MANAGER,
        date(2026, 1, 15),
        date(2026, 10, 15),
        ActivityStatus.IN_PROGRESS,
        30,
        priority=Priority.HIGH,
        origin=ActivityOrigin.NIS2_MEASURE,
        template="nis2_i_hr_access_assets",
        comments=(
            (date(2026, 9, 28), IT_MANAGER, "Kopplingen mellan HR-systemet och katalogen testas."),
        ),
    ),
    ActivitySpec(
        "Kartlägg leverantörerna av kritiska IT-tjänster",
        ("procurement",),
        PROCUREMENT_MANAGER,
        date(2026, 2, 1),
        date(2026, 8, 31),
        ActivityStatus.IN_PROGRESS,
        60,
        origin=ActivityOrigin.NIS2_MEASURE,
        template="nis2_d_supply_chain",
    ),
    ActivitySpec(
        "Cyberhygien: lösenordshanterare och uppdateringsrutiner",
        ("training",),
        IT_MANAGER,
        date(2026, 3, 1),
        DEMO_TODAY,  # due today: not overdue yet
        ActivityStatus.IN_PROGRESS,
        90,
        origin=ActivityOrigin.NIS2_MEASURE,
        template="nis2_g_cyber_hygiene_training",
    ),
    ActivitySpec(
        "Förnya avtalet om delad samordnare med Exempelsunda kommun",
        (),
        CEO,
        date(2026, 9, 1),
        date(2026, 12, 31),
        priority=Priority.LOW,
    ),
)

EXEMPELSUNDA_ACTIVITIES: tuple[ActivitySpec, ...] = (
    ActivitySpec(
        "Klassa informationen i de fem viktigaste verksamhetssystemen",
        ("classification",),
        CISO,
        date(2026, 2, 1),
        date(2026, 9, 30),
        ActivityStatus.IN_PROGRESS,
        60,
        origin=ActivityOrigin.ASSESSMENT_GAP,
    ),
    ActivitySpec(
        "Kontinuitetsplan för IT-driften",
        ("continuity",),
        "Erik Sund",
        date(2026, 4, 1),
        date(2027, 3, 31),
        origin=ActivityOrigin.SKR_RECOMMENDATION,
        template="skr_continuity",
    ),
)


def _org_id(organisation: Organisation) -> int:
    if organisation.id is None:  # pragma: no cover - the store always assigns ids
        raise ValueError("Demodata: organisationen saknar id.")
    return organisation.id


class _PlanBuilder:
    """Writes activity specs, each as it stood on the day being built."""

    def __init__(self, actions: ActionPlanService, org_id: int) -> None:
        self.actions = actions
        self.org_id = org_id
        self.saved: dict[ActivitySpec, int] = {}

    def base(self, spec: ActivitySpec) -> Activity:
        if spec.template:
            template = self.actions.template(spec.template).to_activity(self.org_id, spec.start)
            return replace(template, title=spec.title, areas=spec.areas, origin=spec.origin)
        return Activity(
            self.org_id,
            spec.title,
            description=spec.description,
            areas=spec.areas,
            origin=spec.origin,
        )

    def write(self, spec: ActivitySpec, day: date, linked: Activity | None = None) -> None:
        """Create or update ``spec`` in its state on ``day`` (``linked``: made from a decision)."""
        if spec in self.saved:
            current = self.actions.activity(self.saved[spec])
        elif linked is not None:
            current = linked
        else:
            current = self.base(spec)
        activity = replace(
            current,
            title=spec.title,
            areas=spec.areas,
            owner=spec.owner,
            start_date=spec.start,
            due_date=spec.due,
            priority=spec.priority,
            **spec.state_on(day),  # type: ignore[arg-type]
        )
        self.saved[spec] = self.actions.save(activity).id or 0

    def catch_up(self, specs: Iterable[ActivitySpec], day: date) -> None:
        """Every spec started by ``day``, written in its state on that day."""
        for spec in specs:
            if spec.start <= day:
                self.write(spec, day)


def add_demo_action_plan(workspace: Workspace, organisations: DemoOrganisations) -> None:
    """Demoköping's reviews 2023–2026 with their decisions' activities, plus the other activities.

    Built in time order: before each review, every activity started by then is written as it
    stood that day, so the review's prefilled inputs tell the story of that day.
    """
    actions = ActionPlanService(workspace, clock=lambda: DEMO_TODAY)
    reviews = ReviewService(workspace, clock=lambda: DEMO_TODAY, actions=actions)
    org_id = _org_id(organisations.demokoping)
    plan = _PlanBuilder(actions, org_id)
    for spec in REVIEWS:
        plan.catch_up(dict.fromkeys([*ACTIVITIES, *plan.saved]), spec.held_on)
        review = _save_review(reviews, org_id, spec)
        for decision, decision_spec in zip(review.decisions, spec.decisions, strict=True):
            if decision_spec.activity is not None:
                linked = reviews.create_activity(decision.id or 0)
                plan.write(decision_spec.activity, spec.held_on, linked)
        if spec.final:
            reviews.finalise(review.id or 0)
    plan.catch_up(dict.fromkeys([*ACTIVITIES, *plan.saved]), DEMO_TODAY)
    other = _PlanBuilder(actions, _org_id(organisations.exempelsunda))
    other.catch_up(EXEMPELSUNDA_ACTIVITIES, DEMO_TODAY)


def _save_review(reviews: ReviewService, org_id: int, spec: ReviewSpec) -> Review:
    draft = reviews.new_review(org_id, held_on=spec.held_on, forum=spec.forum)
    inputs = {key: _fill_in(text, spec.answers.get(key, ())) for key, text in draft.inputs.items()}
    draft = replace(
        draft,
        participants=spec.participants,
        inputs=inputs,
        decisions=tuple(
            Decision(d.text, kind=d.kind, owner=d.owner, due_date=d.due) for d in spec.decisions
        ),
    )
    return reviews.save(draft)


def _fill_in(text: str, answers: tuple[str, ...]) -> str:
    """Replace the '[Fyll i: …]' lines of a prefilled text with ``answers``, in order."""
    marker = FILL_IN.split("{")[0]
    remaining = list(answers)
    lines = []
    for line in text.splitlines():
        if line.startswith(marker) and remaining:
            lines.append(remaining.pop(0))
        else:
            lines.append(line)
    return "\n".join(lines)


def add_demo_management_duties(workspace: Workspace, organisations: DemoOrganisations) -> None:
    """Approvals of the risk measures, the board's members and their training (one untrained)."""
    reviews = ReviewService(workspace, clock=lambda: DEMO_TODAY)
    org_id = _org_id(organisations.demokoping)
    records: list[ManagementApproval | ManagementMember | ManagementTraining] = [
        ManagementApproval(
            org_id,
            date(2025, 3, 11),
            "Kommunstyrelsen",
            "KS 2025-03-11 § 41",
            "Åtgärdsplan för informationssäkerhet 2025.",
        ),
        ManagementApproval(
            org_id,
            date(2026, 3, 12),
            "Kommunstyrelsen",
            "KS 2026-03-12 § 45",
            "Riskhanteringsåtgärder för cybersäkerhet enligt cybersäkerhetslagen (2025:1506).",
        ),
    ]
    members = (
        ("Karin Holm", "Kommunstyrelsens ordförande"),
        ("Per Nyström", "Kommunstyrelsens förste vice ordförande"),
        ("Elin Sjöberg", "Kommunstyrelsens andre vice ordförande"),
        (CEO, "Kommundirektör"),
    )
    records += [ManagementMember(org_id, name, role) for name, role in members]
    course = "Cybersäkerhet för ledningen – ansvar enligt cybersäkerhetslagen"
    provider = f"{CISO}, informationssäkerhetssamordnare"
    records += [
        ManagementTraining(
            org_id, "Karin Holm", date(2025, 1, 20), "Introduktion NIS2", members[0][1], provider
        ),
        ManagementTraining(
            org_id, "Elin Sjöberg", date(2025, 1, 20), "Introduktion NIS2", members[2][1], provider
        ),
        ManagementTraining(
            org_id, CEO, date(2025, 1, 20), "Introduktion NIS2", members[3][1], provider
        ),
        ManagementTraining(org_id, "Karin Holm", date(2026, 2, 3), course, members[0][1], provider),
        ManagementTraining(
            org_id, "Per Nyström", date(2026, 2, 3), course, members[1][1], provider
        ),
        ManagementTraining(
            org_id,
            CEO,
            date(2026, 4, 22),
            "Krisledning vid cyberangrepp (övning)",
            members[3][1],
            "Nordisk Cyberövning AB (fiktivt)",
        ),
    ]
    for record in records:
        reviews.save_duty_record(record)
