"""The action plan (handlingsplan): activities, their rules, filtering and suggestions.

Overdue is always computed from the due date and "today", never stored, so an activity becomes
overdue by itself when the day passes and stops being overdue when it is finished.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass, field, replace
from datetime import date
from typing import TYPE_CHECKING

from app.domain.errors import ValidationError
from app.domain.labelled import LabelledEnum
from app.swedish_format import format_decimal

if TYPE_CHECKING:
    from app.domain.comparison import Comparison
    from app.domain.templates import ActivityTemplate

#: Shown instead of area names for an activity that concerns no particular area.
GENERAL_AREA_LABEL = "Generellt"
#: ``ActivityFilter.area`` value that selects activities without areas.
GENERAL_AREA = ""
TITLE_MAX_LENGTH = 200


class ActivityStatus(LabelledEnum):
    """Where an activity stands; done and cancelled activities are closed."""

    NOT_STARTED = "not_started", "Ej påbörjad"
    IN_PROGRESS = "in_progress", "Pågår"
    DONE = "done", "Klar"
    CANCELLED = "cancelled", "Avbruten"

    @property
    def is_open(self) -> bool:
        return self in (ActivityStatus.NOT_STARTED, ActivityStatus.IN_PROGRESS)


class ActivityOrigin(LabelledEnum):
    """Why the activity exists."""

    ASSESSMENT_GAP = "assessment_gap", "Brist i självskattning"
    REVIEW_DECISION = "review_decision", "Beslut i ledningens genomgång"
    SKR_RECOMMENDATION = "skr_recommendation", "SKR:s rekommendation"
    NIS2_MEASURE = "nis2_measure", "Cybersäkerhetslagen/NIS2-åtgärd"
    OWN = "own", "Egen"


class Priority(LabelledEnum):
    HIGH = "high", "Hög"
    MEDIUM = "medium", "Medel"
    LOW = "low", "Låg"

    @property
    def rank(self) -> int:
        """0 for the most urgent, for sorting."""
        return {"high": 0, "medium": 1, "low": 2}[self.value]


@dataclass(frozen=True)
class ActivityComment:
    """One dated entry in an activity's log."""

    written_on: date
    author: str
    text: str
    id: int | None = None


@dataclass(frozen=True)
class Activity:
    """One item of the action plan."""

    organisation_id: int
    title: str
    description: str = ""
    areas: tuple[str, ...] = ()
    origin: ActivityOrigin = ActivityOrigin.OWN
    owner: str = ""
    start_date: date | None = None
    due_date: date | None = None
    status: ActivityStatus = ActivityStatus.NOT_STARTED
    priority: Priority = Priority.MEDIUM
    progress: int = 0
    completed_on: date | None = None
    comments: tuple[ActivityComment, ...] = field(default=())
    decision_id: int | None = None
    template_key: str | None = None
    id: int | None = None

    @property
    def is_open(self) -> bool:
        return self.status.is_open

    def is_overdue(self, today: date) -> bool:
        """Past its due date and still open; an activity due today is not overdue yet."""
        return self.is_open and self.due_date is not None and self.due_date < today

    def days_overdue(self, today: date) -> int:
        return (today - self.due_date).days if self.is_overdue(today) and self.due_date else 0

    def with_status(self, status: ActivityStatus, today: date) -> Activity:
        """The activity moved to ``status``; finishing it dates it and sets progress to 100 %."""
        return normalised(replace(self, status=status), today)

    def with_comment(self, comment: ActivityComment) -> Activity:
        return replace(self, comments=(*self.comments, comment))

    @property
    def latest_comment(self) -> ActivityComment | None:
        if not self.comments:
            return None
        return max(self.comments, key=lambda c: (c.written_on, c.id or 0))


def normalised(activity: Activity, today: date) -> Activity:
    """Apply the automatic rules before saving: trim text, date a finished activity.

    A done activity gets ``completed_on`` (today unless given) and 100 %; an activity that is not
    done has no completion date.
    """
    changes: dict[str, object] = {
        "title": activity.title.strip(),
        "owner": activity.owner.strip(),
        "areas": tuple(dict.fromkeys(activity.areas)),
    }
    if activity.status is ActivityStatus.DONE:
        changes["completed_on"] = activity.completed_on or today
        changes["progress"] = 100
    else:
        changes["completed_on"] = None
    return replace(activity, **changes)


def activity_problems(activity: Activity, area_keys: Collection[str] | None = None) -> list[str]:
    """Every broken rule, in Swedish; ``area_keys`` are the known areas (None: not checked)."""
    problems: list[str] = []
    if not activity.title.strip():
        problems.append("Aktiviteten måste ha en titel.")
    elif len(activity.title) > TITLE_MAX_LENGTH:
        problems.append(f"Titeln får vara högst {TITLE_MAX_LENGTH} tecken.")
    if activity.start_date and activity.due_date and activity.due_date < activity.start_date:
        problems.append(
            f"Slutdatumet {activity.due_date.isoformat()} ligger före startdatumet "
            f"{activity.start_date.isoformat()}."
        )
    if (
        not isinstance(activity.progress, int)
        or isinstance(activity.progress, bool)
        or not 0 <= activity.progress <= 100
    ):
        problems.append(f"Framsteget måste vara mellan 0 och 100 % (fick «{activity.progress}»).")
    if activity.status is ActivityStatus.DONE and activity.completed_on is None:
        problems.append("En klar aktivitet måste ha ett datum då den blev klar.")
    if (
        activity.completed_on
        and activity.start_date
        and activity.completed_on < activity.start_date
    ):
        problems.append("Datumet då aktiviteten blev klar ligger före startdatumet.")
    if area_keys is not None:
        for key in activity.areas:
            if key not in area_keys:
                problems.append(f"Okänt uppföljningsområde «{key}».")
    for comment in activity.comments:
        if not comment.text.strip():
            problems.append("En kommentar i loggen saknar text.")
    return problems


def validate_activity(activity: Activity, area_keys: Collection[str] | None = None) -> None:
    problems = activity_problems(activity, area_keys)
    if problems:
        raise ValidationError(problems)


def area_labels(areas: Iterable[str], area_names: Mapping[str, str]) -> str:
    """'Riskhantering, Kontinuitet' – or 'Generellt' for an activity without areas."""
    names = [area_names.get(key, key) for key in areas]
    return ", ".join(names) if names else GENERAL_AREA_LABEL


@dataclass(frozen=True)
class ActivityFilter:
    """What the action plan is narrowed to; empty fields do not filter."""

    area: str | None = None
    statuses: frozenset[ActivityStatus] = frozenset()
    owner: str | None = None
    overdue_only: bool = False
    text: str = ""

    def matches(self, activity: Activity, today: date) -> bool:
        if self.area is not None:
            if self.area == GENERAL_AREA:
                if activity.areas:
                    return False
            elif self.area not in activity.areas:
                return False
        if self.statuses and activity.status not in self.statuses:
            return False
        if self.owner and activity.owner.casefold() != self.owner.casefold():
            return False
        if self.overdue_only and not activity.is_overdue(today):
            return False
        needle = self.text.strip().casefold()
        return not needle or needle in searchable_text(activity)


def searchable_text(activity: Activity) -> str:
    """What the free-text filter searches: title, description, owner and comments, casefolded."""
    parts = [activity.title, activity.description, activity.owner]
    parts += [c.text for c in activity.comments]
    return "\n".join(parts).casefold()


def sort_key(activity: Activity, today: date) -> tuple:
    """Open before closed, overdue first, then by due date and priority."""
    return (
        not activity.is_open,
        not activity.is_overdue(today),
        activity.due_date or date.max,
        activity.priority.rank,
        activity.title.casefold(),
    )


def filter_activities(
    activities: Iterable[Activity], criteria: ActivityFilter, today: date
) -> list[Activity]:
    """The matching activities in plan order (see ``sort_key``)."""
    if criteria == ActivityFilter():  # the whole plan: no per-activity test
        found = list(activities)
    else:
        found = [a for a in activities if criteria.matches(a, today)]
    found.sort(key=lambda a: sort_key(a, today))
    return found


@dataclass(frozen=True)
class ActivitySummary:
    """Key figures of an action plan on a given day."""

    total: int
    by_status: dict[ActivityStatus, int]
    overdue: int

    @property
    def open(self) -> int:
        return sum(n for s, n in self.by_status.items() if s.is_open)


def summarise(activities: Iterable[Activity], today: date) -> ActivitySummary:
    items = list(activities)
    counts = Counter(a.status for a in items)  # one pass, not one per status
    by_status = {s: counts[s] for s in ActivityStatus}
    return ActivitySummary(
        total=len(items), by_status=by_status, overdue=sum(1 for a in items if a.is_overdue(today))
    )


@dataclass(frozen=True)
class Suggestion:
    """An area that needs an activity, with why (in Swedish) and what to start from."""

    area_key: str
    area_name: str
    reasons: tuple[str, ...]
    title: str
    description: str
    priority: Priority
    template_key: str | None = None

    def to_activity(self, organisation_id: int, today: date, owner: str = "") -> Activity:
        return Activity(
            organisation_id=organisation_id,
            title=self.title,
            description=self.description,
            areas=(self.area_key,),
            origin=ActivityOrigin.ASSESSMENT_GAP,
            owner=owner,
            start_date=today,
            priority=self.priority,
            template_key=self.template_key,
        )


def suggest_activities(
    comparison: Comparison,
    existing_activities: Iterable[Activity],
    templates: Iterable[ActivityTemplate] = (),
) -> list[Suggestion]:
    """One suggestion per area below its target level or below the group mean.

    Areas already covered by an open activity are left out. Areas below both come first (high
    priority), then by distance to the group mean. ``templates`` supply the wording: an SKR
    recommendation for the area if there is one, else a NIS2 measure, else a generic text.
    """
    covered = {key for a in existing_activities if a.is_open for key in a.areas}
    template_list = list(templates)
    found: list[tuple[tuple, Suggestion]] = []
    for row in comparison.rows:
        if row.area_key in covered:
            continue
        reasons = []
        gap = row.gap_to_target or 0
        below_group = row.diff_group is not None and row.diff_group < 0
        if gap > 0:
            reasons.append(
                f"Den självskattade mognadsnivån {row.self_level} är lägre än målnivån "
                f"{row.target_level}."
            )
        if below_group:
            reasons.append(
                f"Nivån {row.own_level} ligger under kommungruppens medelvärde "
                f"{format_decimal(row.group_mean)}."
            )
        if not reasons:
            continue
        template = _template_for_area(row.area_key, template_list)
        title = template.title if template else f"Höj mognaden inom {row.area_name.lower()}"
        description = "\n\n".join(
            part for part in (template.description if template else "", " ".join(reasons)) if part
        )
        suggestion = Suggestion(
            area_key=row.area_key,
            area_name=row.area_name,
            reasons=tuple(reasons),
            title=title,
            description=description,
            priority=Priority.HIGH if gap > 0 and below_group else Priority.MEDIUM,
            template_key=template.key if template else None,
        )
        order = (len(reasons) < 2, row.diff_group if below_group else 0.0, -gap, row.area_number)
        found.append((order, suggestion))
    found.sort(key=lambda item: item[0])
    return [s for _, s in found]


def _template_for_area(area_key: str, templates: list[ActivityTemplate]) -> ActivityTemplate | None:
    """The most specific template for an area: SKR before NIS2, fewer areas before more."""
    matching = [t for t in templates if area_key in t.areas]
    if not matching:
        return None
    return min(
        matching,
        key=lambda t: (t.origin is not ActivityOrigin.SKR_RECOMMENDATION, len(t.areas)),
    )
