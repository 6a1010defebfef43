"""What the management-review report says, as plain frozen values – no layout, no Qt, no I/O.

``build_report_content`` gathers everything from the workspace's services; the PDF and the Word
builders render the same ``ReportContent`` through ``app.report.layout``. Numbers stay numbers
here (formatting to Swedish text happens in the layout), so tests can check them directly.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

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
class AreaRow:
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
    def change(self) -> int | None:
        if self.own_level is None or self.previous_level is None:
            return None
        return self.own_level - self.previous_level

    @property
    def trend(self) -> str | None:
        change = self.change
        if change is None:
            return None
        return UP if change > 0 else DOWN if change < 0 else SAME

    @property
    def diff_group(self) -> float | None:
        if self.own_level is None or self.group_mean is None:
            return None
        return self.own_level - self.group_mean

    @property
    def diff_national(self) -> float | None:
        if self.own_level is None or self.national_mean is None:
            return None
        return self.own_level - self.national_mean

    @property
    def gap_to_target(self) -> int | None:
        if self.self_level is None or self.target_level is None:
            return None
        return max(0, self.target_level - self.self_level)


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
class ManagementDuties:
    lines: tuple[DutyLine, ...]
    missing: tuple[str, ...]
    rules: tuple[str, ...] = ()


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
