"""Management review (ledningens genomgång, ISO/IEC 27001:2022 9.3) and NIS2 management duties.

A review has a header, the inputs a–g of 9.3.2 as editable text and the decisions of 9.3.3. A
decision can become an activity; the link is stored once, on the activity (``decision_id``), and
followed both ways. The NIS2 article 20 duties (management approves the risk-management measures
and is trained) are checked by ``management_duty_status`` with simple, stated rules.
"""

from __future__ import annotations

import calendar
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import date

from app.domain.activity import Activity
from app.domain.errors import ValidationError
from app.domain.labelled import LabelledEnum
from app.domain.model import RecordStatus
from app.swedish_format import format_date

#: How long a management approval or a training counts, in months (the stated rule).
DUTY_VALIDITY_MONTHS = 12


class ReviewInput(LabelledEnum):
    """The inputs a–g that ISO/IEC 27001:2022 9.3.2 requires the review to consider."""

    A = "a", "Status för åtgärder från tidigare ledningens genomgångar"
    B = "b", "Förändringar i externa och interna frågor som är relevanta för ledningssystemet"
    C = "c", "Förändringar i intressenters behov och förväntningar"
    D = "d", "Återkoppling om informationssäkerhetens prestanda"
    E = "e", "Återkoppling från intressenter"
    F = "f", "Resultat av riskbedömning och status för riskbehandlingsplanen"
    G = "g", "Möjligheter till ständig förbättring"

    @property
    def heading(self) -> str:
        return f"{self.value}) {self.label}"


class DecisionKind(LabelledEnum):
    DECISION = "decision", "Beslut"
    PROPOSAL = "proposal", "Förslag till beslut"


@dataclass(frozen=True)
class Decision:
    """A decision (or proposed decision) from a review, 9.3.3."""

    text: str
    kind: DecisionKind = DecisionKind.DECISION
    owner: str = ""
    due_date: date | None = None
    review_id: int | None = None
    id: int | None = None


@dataclass(frozen=True)
class ReviewReopening:
    """An explicit reopening of a final review, with the reason the user gave."""

    reopened_at: str
    reason: str


@dataclass(frozen=True)
class Review:
    """One management review of an organisation."""

    organisation_id: int
    held_on: date
    forum: str = ""
    participants: tuple[str, ...] = ()
    period_from: date | None = None
    period_to: date | None = None
    status: RecordStatus = RecordStatus.DRAFT
    inputs: dict[ReviewInput, str] = field(default_factory=dict)
    decisions: tuple[Decision, ...] = ()
    note: str = ""
    reopenings: tuple[ReviewReopening, ...] = ()
    id: int | None = None

    @property
    def is_final(self) -> bool:
        return self.status is RecordStatus.FINAL

    @property
    def title(self) -> str:
        """'Ledningens genomgång 2026-03-12, Kommunstyrelsen'."""
        forum = f", {self.forum}" if self.forum else ""
        return f"Ledningens genomgång {format_date(self.held_on)}{forum}"

    def input_text(self, key: ReviewInput) -> str:
        return self.inputs.get(key, "")

    def with_inputs(self, inputs: dict[ReviewInput, str]) -> Review:
        merged = dict(self.inputs)
        merged.update(inputs)
        return replace(self, inputs=merged)


def review_problems(review: Review) -> list[str]:
    """Every broken rule of a review, in Swedish."""
    problems: list[str] = []
    if not review.forum.strip():
        problems.append("Ange i vilket forum genomgången hölls, t.ex. Kommunstyrelsen.")
    if review.period_from and review.period_to and review.period_to < review.period_from:
        problems.append(
            f"Perioden slutar ({format_date(review.period_to)}) före den börjar "
            f"({format_date(review.period_from)})."
        )
    if review.period_from and review.period_from > review.held_on:
        problems.append("Perioden som genomgången avser kan inte börja efter mötesdagen.")
    for number, decision in enumerate(review.decisions, start=1):
        if not decision.text.strip():
            problems.append(f"Beslut {number} saknar text.")
        if decision.due_date and decision.due_date < review.held_on:
            problems.append(
                f"Beslut {number}: datumet för klart senast ({format_date(decision.due_date)}) "
                f"ligger före mötesdagen ({format_date(review.held_on)})."
            )
    return problems


def validate_review(review: Review) -> None:
    problems = review_problems(review)
    if problems:
        raise ValidationError(problems)


def validate_reopen_reason(reason: str) -> str:
    if not reason.strip():
        raise ValidationError("Ange varför den fastställda genomgången öppnas igen.")
    return reason.strip()


@dataclass(frozen=True)
class DecisionFollowUp:
    """A decision together with the activity it became (if any), as seen on a given day."""

    decision: Decision
    review_held_on: date
    activity: Activity | None

    def is_overdue(self, today: date) -> bool:
        if self.activity is not None:
            return self.activity.is_overdue(today)
        return self.decision.due_date is not None and self.decision.due_date < today

    def status_text(self, today: date) -> str:
        """'Klar 2026-05-02', 'Pågår (40 %), försenad sedan 2026-03-01', 'Ingen aktivitet'."""
        activity = self.activity
        if activity is None:
            text = "Ingen aktivitet kopplad"
            if self.is_overdue(today):
                text += f", förfallen sedan {format_date(self.decision.due_date)}"
            return text
        text = activity.status.label
        if activity.completed_on:
            text += f" {format_date(activity.completed_on)}"
        elif activity.is_open and activity.progress:
            text += f" ({activity.progress}\u00a0%)"
        if activity.is_overdue(today):
            text += f", försenad sedan {format_date(activity.due_date)}"
        return text


def follow_ups(
    decisions: Iterable[Decision], held_on: date, activities: Iterable[Activity]
) -> tuple[DecisionFollowUp, ...]:
    """Pair each decision with its linked activity (the activity holds ``decision_id``)."""
    by_decision = {a.decision_id: a for a in activities if a.decision_id is not None}
    return tuple(DecisionFollowUp(d, held_on, by_decision.get(d.id)) for d in decisions)


def previous_review(reviews: Iterable[Review], review: Review) -> Review | None:
    """The latest review held before ``review`` (other than itself)."""
    earlier = [
        r
        for r in reviews
        if r.id != review.id and (r.held_on, r.id or 0) < (review.held_on, review.id or 1 << 62)
    ]
    return max(earlier, key=lambda r: (r.held_on, r.id or 0)) if earlier else None


# --- Cybersäkerhetslagen / NIS2 article 20: management duties ---------------------------------


@dataclass(frozen=True)
class ManagementApproval:
    """A record that management approved the cybersecurity risk-management measures."""

    organisation_id: int
    approved_on: date
    body: str
    decision_reference: str = ""
    note: str = ""
    id: int | None = None

    @property
    def label(self) -> str:
        ref = f" ({self.decision_reference})" if self.decision_reference else ""
        return f"{self.body} {format_date(self.approved_on)}{ref}"


@dataclass(frozen=True)
class ManagementMember:
    """A member of the management body the training duty applies to."""

    organisation_id: int
    name: str
    role: str = ""
    active: bool = True
    id: int | None = None

    @property
    def label(self) -> str:
        return f"{self.name} ({self.role})" if self.role else self.name


@dataclass(frozen=True)
class ManagementTraining:
    """One completed training in cybersecurity for a member of management."""

    organisation_id: int
    person: str
    trained_on: date
    training: str
    role: str = ""
    provider: str = ""
    id: int | None = None


def management_record_problems(
    record: ManagementApproval | ManagementMember | ManagementTraining,
) -> list[str]:
    """Missing required fields of an approval, member or training record, in Swedish."""
    required = {
        ManagementApproval: (("body", "Ange vilket organ som godkände åtgärderna."),),
        ManagementMember: (("name", "Ange ledamotens namn."),),
        ManagementTraining: (
            ("person", "Ange vem som genomgick utbildningen."),
            ("training", "Ange vilken utbildning som genomfördes."),
        ),
    }[type(record)]
    return [message for name, message in required if not str(getattr(record, name)).strip()]


def months_before(day: date, months: int) -> date:
    """The same day ``months`` earlier, or the month's last day when that day does not exist."""
    year, month_zero = divmod(day.year * 12 + day.month - 1 - months, 12)
    last_day = calendar.monthrange(year, month_zero + 1)[1]
    return date(year, month_zero + 1, min(day.day, last_day))


@dataclass(frozen=True)
class ManagementDutyStatus:
    """What is on record for the NIS2 management duties on a day, and what is missing."""

    as_of: date
    valid_from: date
    latest_approval: ManagementApproval | None
    members: tuple[ManagementMember, ...]
    trained: tuple[tuple[ManagementMember, ManagementTraining], ...]
    untrained: tuple[ManagementMember, ...]
    missing: tuple[str, ...]

    @property
    def is_complete(self) -> bool:
        return not self.missing

    @property
    def approval_current(self) -> bool:
        return (
            self.latest_approval is not None and self.latest_approval.approved_on >= self.valid_from
        )


DUTY_RULES = (
    "Ledningen ska ha godkänt riskhanteringsåtgärderna för cybersäkerhet, och det senaste "
    f"godkännandet får inte vara äldre än {DUTY_VALIDITY_MONTHS} månader.",
    "Varje registrerad ledamot ska ha genomgått utbildning i cybersäkerhet under de senaste "
    f"{DUTY_VALIDITY_MONTHS} månaderna.",
)


def management_duty_status(
    approvals: Iterable[ManagementApproval],
    members: Iterable[ManagementMember],
    trainings: Iterable[ManagementTraining],
    as_of: date,
) -> ManagementDutyStatus:
    """Check the rules in ``DUTY_RULES`` on ``as_of``; records dated later are ignored.

    A training counts for a member when the person's name matches (case-insensitive).
    """
    valid_from = months_before(as_of, DUTY_VALIDITY_MONTHS)
    on_record = [a for a in approvals if a.approved_on <= as_of]
    latest = max(on_record, key=lambda a: (a.approved_on, a.id or 0)) if on_record else None
    missing: list[str] = []
    if latest is None:
        missing.append(
            "Det finns inget beslut om att ledningen har godkänt riskhanteringsåtgärderna "
            "(cybersäkerhetslagen, NIS2 art. 20.1)."
        )
    elif latest.approved_on < valid_from:
        missing.append(
            f"Ledningens senaste godkännande av riskhanteringsåtgärderna ({latest.label}) är "
            f"äldre än {DUTY_VALIDITY_MONTHS} månader."
        )
    active = tuple(m for m in members if m.active)
    recent: dict[str, ManagementTraining] = {}
    for t in trainings:
        if valid_from <= t.trained_on <= as_of:
            key = t.person.strip().casefold()
            if key not in recent or t.trained_on > recent[key].trained_on:
                recent[key] = t
    trained = tuple(
        (m, recent[m.name.strip().casefold()])
        for m in active
        if m.name.strip().casefold() in recent
    )
    untrained = tuple(m for m in active if m.name.strip().casefold() not in recent)
    if not active:
        missing.append(
            "Inga ledamöter i ledningen är registrerade, så utbildningskravet "
            "(NIS2 art. 20.2) kan inte följas upp."
        )
    for member in untrained:
        missing.append(
            f"{member.label} saknar utbildning i cybersäkerhet under de senaste "
            f"{DUTY_VALIDITY_MONTHS} månaderna."
        )
    return ManagementDutyStatus(
        as_of=as_of,
        valid_from=valid_from,
        latest_approval=latest,
        members=active,
        trained=trained,
        untrained=untrained,
        missing=tuple(missing),
    )
