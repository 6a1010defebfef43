"""What the management-review report says, as plain frozen values – no layout, no Qt, no I/O.

``build_report_content`` gathers everything from the workspace's services; the PDF and the Word
builders render the same ``ReportContent`` through ``app.report.layout``. Numbers stay numbers
here (formatting to Swedish text happens in the layout), so tests can check them directly.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from statistics import fmean
from typing import TYPE_CHECKING

from app.domain.activity import Activity, ActivityStatus, area_labels
from app.domain.comparison import AreaFigures
from app.domain.errors import NotFoundError
from app.domain.model import Assessment, Organisation
from app.domain.review import (
    DUTY_RULES,
    DecisionFollowUp,
    ManagementDutyStatus,
    Review,
    ReviewInput,
)
from app.domain.scoring import mean_level, skr_levels
from app.swedish_format import format_date

if TYPE_CHECKING:
    from app.domain.review_inputs import ReviewBasis
    from app.reference import Reference
    from app.services.reviews import ReviewService
    from app.services.workspace import Workspace

UP, DOWN, SAME = "up", "down", "same"


@dataclass(frozen=True)
class ReviewMeta:
    """The review the report belongs to (or a draft basis when no review is registered yet)."""

    held_on: date | None
    forum: str
    is_final: bool = False
    participants: tuple[str, ...] = ()
    period_from: date | None = None
    period_to: date | None = None
    review_id: int | None = None

    @property
    def status_label(self) -> str:
        return "Fastställd" if self.is_final else "Utkast"


@dataclass(frozen=True)
class KeyFigures:
    """The headline numbers of the one-page summary."""

    area_count: int
    areas_at_level_two: int
    previous_year: int | None
    previous_areas_at_level_two: int | None
    areas_below_group: int
    overdue_activities: int | None  # None: no action plan registered
    own_mean: float | None
    group_mean: float | None
    national_mean: float | None
    improved_areas: int = 0
    worsened_areas: int = 0

    @property
    def change(self) -> int | None:
        if self.previous_areas_at_level_two is None:
            return None
        return self.areas_at_level_two - self.previous_areas_at_level_two


@dataclass(frozen=True)
class AreaRow(AreaFigures):
    """One follow-up area: own SKR-comparable level against the benchmarks."""

    number: int
    key: str
    name: str
    short_name: str
    own_level: int | None
    self_level: int | None
    target_level: int | None
    previous_level: int | None
    group_mean: float | None
    national_mean: float | None

    @property
    def trend(self) -> str | None:
        change = self.change_since_previous
        if change is None:
            return None
        return UP if change > 0 else DOWN if change < 0 else SAME


@dataclass(frozen=True)
class TrendPoint:
    """The organisation's result one year."""

    year: int
    areas_at_level_two: int
    answered: int
    mean_level: float | None
    is_final: bool


@dataclass(frozen=True)
class BenchmarkPoint:
    """SKR's mean over all areas for one survey year."""

    year: int
    group_mean: float | None
    national_mean: float | None


@dataclass(frozen=True)
class PeerRow:
    """A profile question: own answer against SKR's published shares (None = not published)."""

    question: str
    own_answer: str | None
    national_percent: float | None
    group_percent: float | None
    national_base: int | None = None
    group_base: int | None = None


@dataclass(frozen=True)
class ActivityLine:
    """One activity as listed in the report."""

    title: str
    owner: str
    due_date: date | None
    status: str
    areas: str = ""
    days_overdue: int = 0
    completed_on: date | None = None


@dataclass(frozen=True)
class ActionPlanStatus:
    """The action plan on the report date."""

    total: int
    counts: tuple[tuple[str, int], ...]
    overdue: tuple[ActivityLine, ...] = ()
    completed_since: tuple[ActivityLine, ...] = ()
    since: date | None = None  # date of the previous review, when there is one


@dataclass(frozen=True)
class FollowUpLine:
    """A decision of an earlier review and how it went."""

    text: str
    owner: str
    due_date: date | None
    status: str
    overdue: bool = False


@dataclass(frozen=True)
class ReviewInputText:
    """One of the inputs a–g of ISO/IEC 27001:2022 9.3.2."""

    letter: str
    title: str
    text: str


@dataclass(frozen=True)
class DecisionLine:
    """A decision or proposed decision, 9.3.3."""

    text: str
    owner: str = ""
    due_date: date | None = None
    activity: str = ""


@dataclass(frozen=True)
class DutyLine:
    """One management duty under the Cybersecurity Act and whether it is met."""

    duty: str
    status: str
    fulfilled: bool | None  # None: cannot be judged


@dataclass(frozen=True)
class TrainingLine:
    """A member of management and their latest cybersecurity training within the period."""

    member: str
    trained_on: date | None
    training: str = ""


@dataclass(frozen=True)
class ManagementDuties:
    lines: tuple[DutyLine, ...]
    missing: tuple[str, ...]
    rules: tuple[str, ...] = ()
    training: tuple[TrainingLine, ...] = ()


@dataclass(frozen=True)
class MaturityLevelText:
    level: int
    name: str
    description: str


@dataclass(frozen=True)
class MethodInfo:
    """Where the figures come from: the survey, its benchmarks and the maturity model."""

    survey_label: str
    benchmark_sources: tuple[str, ...]
    maturity_levels: tuple[MaturityLevelText, ...]
    response_note: str = ""
    level_two_answers: tuple[str, ...] = ()
    level_one_answers: tuple[str, ...] = ()
    area_questions: tuple[tuple[int, str, str], ...] = ()  # (number, name, question)


@dataclass(frozen=True)
class Signatory:
    name: str
    role: str


@dataclass(frozen=True)
class ReportContent:
    """Everything the report shows, for one organisation, year and benchmark year."""

    organisation: str
    group: str
    year: int
    benchmark_year: int
    generated_on: date
    author: str
    review: ReviewMeta
    key_figures: KeyFigures
    areas: tuple[AreaRow, ...]
    trend: tuple[TrendPoint, ...]
    benchmarks: tuple[BenchmarkPoint, ...]
    peers: tuple[PeerRow, ...]
    action_plan: ActionPlanStatus | None
    previous_review_date: date | None
    follow_up: tuple[FollowUpLine, ...]
    inputs: tuple[ReviewInputText, ...]
    decisions: tuple[DecisionLine, ...]
    duties: ManagementDuties | None
    method: MethodInfo
    largest_gap_keys: tuple[str, ...] = ()  # ranked by app.domain.comparison, largest first
    signatories: tuple[Signatory, ...] = field(default=())

    @property
    def title(self) -> str:
        return f"Ledningens genomgång – informationssäkerhet {self.year}"

    @property
    def decisions_are_final(self) -> bool:
        return self.review.is_final

    def largest_gaps(self) -> tuple[AreaRow, ...]:
        """The rows of the areas furthest behind, in the ranked order."""
        by_key = {r.key: r for r in self.areas}
        return tuple(by_key[k] for k in self.largest_gap_keys if k in by_key)


# --- assembly from the workspace ----------------------------------------------------------------


def build_report_content(
    workspace: Workspace,
    org: Organisation | str | int,
    year: int,
    review_id: int | None = None,
    benchmark_year: int = 2023,
    today: date | None = None,
) -> ReportContent:
    """Gather the report for ``org``'s assessment ``year`` from the workspace's services.

    Without ``review_id`` the organisation's latest review held in ``year`` is used, or – when
    there is none – an unsaved draft with prefilled inputs a–g (as 'Ny genomgång' would show).
    Raises NotFoundError / ValidationError (Swedish messages) for an unknown organisation,
    year, benchmark year or review.
    """
    from app.domain.comparison import previous_assessment
    from app.domain.scoring import areas_at_level_two
    from app.services.reviews import ReviewService

    today = today or date.today()
    organisation = org if isinstance(org, Organisation) else workspace.find_organisation(org)
    org_id = _id(organisation)
    reference = workspace.reference
    comparison = workspace.comparison(org_id, year, benchmark_year)
    history = sorted(
        (a for a in workspace.assessments(org_id) if a.year <= year), key=lambda a: a.year
    )
    previous = previous_assessment(history, year)
    service = ReviewService(workspace, clock=lambda: today)
    review = _choose_review(service, org_id, year, review_id)
    basis = service.basis(review)
    as_of = basis.as_of
    short_names = {a.key: a.short_name for a in reference.areas}
    areas = tuple(
        AreaRow(
            number=r.area_number,
            key=r.area_key,
            name=r.area_name,
            short_name=short_names.get(r.area_key, r.area_name),
            own_level=r.own_level,
            self_level=r.self_level,
            target_level=r.target_level,
            previous_level=r.previous_level if previous else None,
            group_mean=r.group_mean,
            national_mean=r.national_mean,
        )
        for r in comparison.rows
    )
    summary = basis.activity_summary
    assessor_name, assessor_role = _name_and_role(history[-1].assessor if history else "")
    return ReportContent(
        organisation=organisation.name,
        group=organisation.group,
        year=year,
        benchmark_year=benchmark_year,
        generated_on=today,
        author=assessor_name,
        review=ReviewMeta(
            held_on=review.held_on if review.id is not None else None,
            forum=review.forum,
            is_final=review.is_final,
            participants=tuple(review.participants),
            period_from=review.period_from,
            period_to=review.period_to,
            review_id=review.id,
        ),
        key_figures=KeyFigures(
            area_count=len(areas),
            areas_at_level_two=comparison.areas_at_level_two,
            previous_year=previous.year if previous else None,
            previous_areas_at_level_two=areas_at_level_two(previous, reference)
            if previous
            else None,
            areas_below_group=len(comparison.areas_below_group),
            overdue_activities=summary.overdue,
            own_mean=mean_level(r.own_level for r in areas),
            group_mean=_mean(r.group_mean for r in areas),
            national_mean=_mean(r.national_mean for r in areas),
            improved_areas=comparison.improved_areas,
            worsened_areas=comparison.worsened_areas,
        ),
        areas=areas,
        trend=tuple(_trend_point(a, reference) for a in history),
        benchmarks=tuple(
            BenchmarkPoint(
                y,
                _mean(reference.benchmarks.mean(organisation.group, y, k) for k in short_names),
                _mean(reference.benchmarks.mean("national", y, k) for k in short_names),
            )
            for y in reference.benchmarks.years
        ),
        peers=_peers(
            reference, history[-1].profile if history else {}, organisation.group, benchmark_year
        ),
        action_plan=_action_plan(basis, year, short_names),
        previous_review_date=basis.previous_review.held_on if basis.previous_review else None,
        follow_up=tuple(_follow_up(item, as_of, older=False) for item in basis.previous_decisions)
        + tuple(_follow_up(item, as_of, older=True) for item in basis.older_open_decisions),
        inputs=tuple(
            ReviewInputText(key.value, key.label, review.input_text(key)) for key in ReviewInput
        ),
        decisions=_decisions(review, basis.activities),
        duties=_duties(basis.duty_status),
        method=_method(reference, organisation.group, benchmark_year),
        largest_gap_keys=tuple(r.area_key for r in comparison.largest_gaps(3)),
        signatories=(
            _chair(review),
            Signatory(assessor_name, assessor_role or "Informationssäkerhetssamordnare"),
        ),
    )


def _id(organisation: Organisation) -> int:
    if organisation.id is None:
        raise NotFoundError(f"{organisation.name} finns inte i databasen.")
    return organisation.id


def _mean(values: Iterable[float | None]) -> float | None:
    known = [v for v in values if v is not None]
    return fmean(known) if known else None


def _name_and_role(text: str) -> tuple[str, str]:
    """'Maria Lind, informationssäkerhetssamordnare' -> ('Maria Lind', 'Informationssäkerhetssamordnare')."""
    name, _, role = text.partition(",")
    role = role.strip()
    return name.strip(), role[:1].upper() + role[1:]


def _chair(review: Review) -> Signatory:
    """The participant whose role names the chair ('ordförande'), else a blank line to sign."""
    for participant in review.participants:
        name, role = _name_and_role(participant)
        if role.casefold().startswith(("ordförande", "kommunstyrelsens ordförande")):
            return Signatory(name, role)
    return Signatory("", f"Ordförande, {review.forum}" if review.forum else "Ordförande")


def _choose_review(service: ReviewService, org_id: int, year: int, review_id: int | None) -> Review:
    if review_id is not None:
        review = service.review(review_id)
        if review.organisation_id != org_id:
            raise NotFoundError(f"Genomgång {review_id} hör inte till den valda organisationen.")
        return review
    held_in_year = [r for r in service.reviews(org_id) if r.held_on.year == year]
    if held_in_year:
        return max(held_in_year, key=lambda r: (r.held_on, r.id or 0))
    return service.new_review(org_id)


def _trend_point(assessment: Assessment, reference: Reference) -> TrendPoint:
    levels = skr_levels(assessment, reference).values()
    return TrendPoint(
        year=assessment.year,
        areas_at_level_two=sum(1 for v in levels if v == 2),
        answered=sum(1 for v in levels if v is not None),
        mean_level=mean_level(levels),
        is_final=assessment.is_final,
    )


def _peers(
    reference: Reference, profile: Mapping[str, str], group: str, year: int
) -> tuple[PeerRow, ...]:
    from app.domain.series import distribution_series

    rows = []
    for question in reference.profile_questions:
        own = profile.get(question.key)
        option = question.option(own) if own else None
        data = distribution_series(reference, question.key, own, group, year)
        index = data.own_index
        shares: dict[str, tuple[float | None, int | None]] = {}
        for scope in data.scopes:
            shares[scope.scope] = (None if index is None else scope.percent[index], scope.base)
        national, national_base = shares.get("national", (None, None))
        own_group, group_base = shares.get(group, (None, None))
        rows.append(
            PeerRow(
                question=question.text,
                own_answer=option.label if option else None,
                national_percent=national,
                group_percent=own_group,
                national_base=national_base,
                group_base=group_base,
            )
        )
    return tuple(rows)


def _activity_line(
    activity: Activity, basis: ReviewBasis, short_names: Mapping[str, str]
) -> ActivityLine:
    return ActivityLine(
        title=activity.title,
        owner=activity.owner,
        due_date=activity.due_date,
        status=activity.status.label,
        areas=area_labels(activity.areas, short_names),
        days_overdue=activity.days_overdue(basis.as_of),
        completed_on=activity.completed_on,
    )


def _action_plan(basis: ReviewBasis, year: int, short_names: Mapping[str, str]) -> ActionPlanStatus:
    summary = basis.activity_summary
    since = basis.previous_review.held_on if basis.previous_review else None
    done = [
        a
        for a in basis.activities
        if a.status is ActivityStatus.DONE
        and a.completed_on is not None
        and (a.completed_on > since if since else a.completed_on.year == year)
        and a.completed_on <= basis.as_of
    ]
    done.sort(key=lambda a: (a.completed_on, a.title.casefold()))
    overdue = sorted(basis.overdue_activities, key=lambda a: (a.due_date or date.max, a.title))
    return ActionPlanStatus(
        total=summary.total,
        counts=tuple((status.label, summary.by_status.get(status, 0)) for status in ActivityStatus),
        overdue=tuple(_activity_line(a, basis, short_names) for a in overdue),
        completed_since=tuple(_activity_line(a, basis, short_names) for a in done),
        since=since,
    )


def _follow_up(item: DecisionFollowUp, as_of: date, *, older: bool) -> FollowUpLine:
    decision, activity = item.decision, item.activity
    text = decision.text
    if older:
        text += f" (från genomgången {format_date(item.review_held_on)})"
    return FollowUpLine(
        text=text,
        owner=decision.owner or (activity.owner if activity else ""),
        due_date=decision.due_date or (activity.due_date if activity else None),
        status=item.status_text(as_of),
        overdue=item.is_overdue(as_of),
    )


def _decisions(review: Review, activities: Iterable[Activity]) -> tuple[DecisionLine, ...]:
    linked = {a.decision_id: a for a in activities if a.decision_id is not None}
    return tuple(
        DecisionLine(
            text=d.text,
            owner=d.owner,
            due_date=d.due_date,
            activity=linked[d.id].title if d.id in linked else "",
        )
        for d in review.decisions
    )


def _duties(status: ManagementDutyStatus | None) -> ManagementDuties | None:
    if status is None:
        return None
    approval = status.latest_approval
    if approval is None:
        approval_text = "Inget godkännande registrerat"
    elif status.approval_current:
        approval_text = f"Godkänt: {approval.label}"
    else:
        approval_text = f"Senaste godkännandet är för gammalt: {approval.label}"
    members = len(status.members)
    training_text = (
        f"{len(status.trained)} av {members} ledamöter utbildade sedan {format_date(status.valid_from)}"
        if members
        else "Inga ledamöter registrerade"
    )
    trained = {m.name: t for m, t in status.trained}
    return ManagementDuties(
        lines=(
            DutyLine(
                "Ledningen har godkänt riskhanteringsåtgärderna (NIS2 art. 20.1)",
                approval_text,
                status.approval_current,
            ),
            DutyLine(
                "Ledningen har genomgått utbildning i cybersäkerhet (NIS2 art. 20.2)",
                training_text,
                bool(members) and not status.untrained,
            ),
        ),
        missing=status.missing,
        rules=DUTY_RULES,
        training=tuple(
            TrainingLine(
                m.label,
                trained[m.name].trained_on if m.name in trained else None,
                trained[m.name].training if m.name in trained else "",
            )
            for m in status.members
        ),
    )


def _method(reference: Reference, group: str, year: int) -> MethodInfo:
    bench = reference.benchmarks
    sources = (
        f"{bench.publisher} ({bench.survey_year}): {bench.survey_title}.",
        f"Jämförelsetal {year}: {bench.source(group, year)} (kommungrupp {group}) och "
        f"{bench.source('national', year)} (samtliga kommuner).",
    )
    response = bench.response_figures.get(year, {})
    note = ""
    if response:
        answered = sum(response.get(k) or 0 for k in ("complete", "almost_complete", "partial"))
        note = (
            f"I uppföljningen {year} besvarade {answered} av 290 kommuner enkäten helt eller "
            f"delvis (svarsfrekvens {response.get('response_rate_text', '')}). Kommuner som inte "
            "svarat räknas som nivå 1 i SKR:s medelvärden."
        )
    return MethodInfo(
        survey_label=f"SKR ({bench.survey_year}), {bench.survey_title.split(' – ')[0]}",
        benchmark_sources=sources,
        maturity_levels=tuple(
            MaturityLevelText(m.level, m.name, m.description) for m in reference.maturity_levels
        ),
        response_note=note,
        level_two_answers=tuple(o.label for o in reference.answer_scale if o.skr_level == 2),
        level_one_answers=tuple(o.label for o in reference.answer_scale if o.skr_level != 2),
        area_questions=tuple((a.number, a.name, a.question) for a in reference.areas),
    )
