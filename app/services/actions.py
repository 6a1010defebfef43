"""Action plan use cases shared by the GUI and the CLI: list, edit, templates, suggestions, export.

Rules come from ``app.domain.activity``/``templates``, rows from ``app.storage.activities``. Every
write is validated first and raises a Swedish ``LagesbildError`` on bad input. "Today" comes
from the ``clock`` given to the service, so overdue and completion dates can be tested.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from datetime import date
from enum import StrEnum
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from app.domain.activity import (
    Activity,
    ActivityComment,
    ActivityFilter,
    ActivityStatus,
    ActivitySummary,
    Suggestion,
    filter_activities,
    normalised,
    suggest_activities,
    summarise,
    validate_activity,
)
from app.domain.comparison import Comparison
from app.domain.errors import LagesbildError, NotFoundError, ValidationError
from app.domain.templates import ActivityTemplate, parse_templates
from app.exchange.actions_export import ExportContext, write_csv, write_xlsx
from app.paths import resources_dir

if TYPE_CHECKING:
    from app.services.workspace import Workspace
    from app.storage.activities import ActivityRepository

TEMPLATES_FILE = Path("templates") / "activity_templates.json"


class ExportFormat(StrEnum):
    XLSX = "xlsx"
    CSV = "csv"


def templates_path() -> Path:
    return resources_dir() / TEMPLATES_FILE


@lru_cache(maxsize=4)
def _cached_templates(path: Path, area_keys: tuple[str, ...]) -> tuple[ActivityTemplate, ...]:
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise ValidationError(f"Mallfilen {path.name} kunde inte läsas ({exc}).") from exc
    return parse_templates(raw, area_keys)


def load_templates(
    area_keys: Collection[str], path: Path | None = None
) -> tuple[ActivityTemplate, ...]:
    """The activity templates, checked against ``area_keys`` (read once per path)."""
    return _cached_templates(Path(path or templates_path()), tuple(area_keys))


class ActionPlanService:
    """The action plan (handlingsplan) of the organisations in one workspace."""

    def __init__(self, workspace: Workspace, clock: Callable[[], date] = date.today) -> None:
        self.workspace = workspace
        self.clock = clock

    @property
    def _repo(self) -> ActivityRepository:
        return self.workspace.store.activities

    # -- reference ---------------------------------------------------------------------------------

    def area_names(self) -> dict[str, str]:
        """Area key -> Swedish name, in the reference's order."""
        return {area.key: area.name for area in self.workspace.reference.areas}

    def templates(self) -> tuple[ActivityTemplate, ...]:
        return load_templates(self.area_names())

    def template(self, key: str) -> ActivityTemplate:
        for template in self.templates():
            if template.key == key:
                return template
        raise NotFoundError(f"Det finns ingen aktivitetsmall «{key}».")

    # -- reading -----------------------------------------------------------------------------------

    def activities(
        self, org_id: int, criteria: ActivityFilter | None = None, today: date | None = None
    ) -> list[Activity]:
        """The organisation's activities matching ``criteria``, in plan order."""
        self.workspace.organisation(org_id)
        return filter_activities(
            self._repo.for_organisation(org_id), criteria or ActivityFilter(), today or self.clock()
        )

    def activity(self, activity_id: int) -> Activity:
        return self._repo.require(activity_id)

    def owners(self, org_id: int) -> list[str]:
        return self._repo.owners(org_id)

    def summary(self, org_id: int, today: date | None = None) -> ActivitySummary:
        return summarise(self.activities(org_id), today or self.clock())

    # -- writing -----------------------------------------------------------------------------------

    def save(self, activity: Activity) -> Activity:
        """Create (no id) or update an activity after normalising and validating it."""
        self.workspace.store.require_writable()
        ready = self._checked(activity)
        return self._repo.save(ready)

    def create(self, activity: Activity) -> Activity:
        if activity.id is not None:
            raise ValidationError("Aktiviteten finns redan; använd uppdatera.")
        return self.save(activity)

    def update(self, activity: Activity) -> Activity:
        if activity.id is None:
            raise ValidationError("Aktiviteten är inte sparad ännu; använd skapa.")
        stored = self._repo.require(activity.id)
        if stored.organisation_id != activity.organisation_id:
            raise ValidationError("En aktivitet kan inte flyttas till en annan organisation.")
        return self.save(activity)

    def delete(self, activity_ids: Iterable[int]) -> int:
        self.workspace.store.require_writable()
        return self._repo.delete(activity_ids)

    def set_status(
        self, activity_ids: Iterable[int], status: ActivityStatus, today: date | None = None
    ) -> list[Activity]:
        """Move several activities to ``status`` in one transaction (all or nothing)."""
        self.workspace.store.require_writable()
        on = today or self.clock()
        changed = [self._repo.require(i).with_status(status, on) for i in activity_ids]
        return self._repo.save_many([self._checked(a) for a in changed])

    def add_comment(
        self, activity_id: int, text: str, author: str = "", written_on: date | None = None
    ) -> Activity:
        self.workspace.store.require_writable()
        if not text.strip():
            raise ValidationError("Kommentaren är tom.")
        self._repo.require(activity_id)
        comment = ActivityComment(written_on or self.clock(), author.strip(), text.strip())
        return self._repo.add_comment(activity_id, comment)

    def create_from_template(
        self, org_id: int, template_key: str, owner: str = "", due_date: date | None = None
    ) -> Activity:
        self.workspace.organisation(org_id)
        activity = self.template(template_key).to_activity(
            org_id, self.clock(), owner=owner, due_date=due_date
        )
        return self.create(activity)

    def create_from_suggestion(
        self, org_id: int, suggestion: Suggestion, owner: str = ""
    ) -> Activity:
        return self.create(suggestion.to_activity(org_id, self.clock(), owner=owner))

    def _checked(self, activity: Activity) -> Activity:
        self.workspace.organisation(activity.organisation_id)
        ready = normalised(activity, self.clock())
        validate_activity(ready, self.area_names())
        if ready.decision_id is not None:
            self._check_decision(ready)
        return ready

    def _check_decision(self, activity: Activity) -> None:
        decision = self.workspace.store.reviews.decision(activity.decision_id or 0)
        if decision is None:
            raise ValidationError(f"Beslutet med id {activity.decision_id} finns inte.")
        review = self.workspace.store.reviews.require(decision.review_id or 0)
        if review.organisation_id != activity.organisation_id:
            raise ValidationError("Beslutet hör till en annan organisations genomgång.")
        for other in self._repo.for_decisions([decision.id or 0]):
            if other.id != activity.id:
                raise ValidationError(
                    f"Beslutet «{decision.text}» har redan en aktivitet: «{other.title}»."
                )

    # -- suggestions -------------------------------------------------------------------------------

    def latest_comparison(self, org_id: int) -> Comparison | None:
        """The latest assessment against the latest benchmark year, or None without assessment."""
        years = self.workspace.years(org_id)
        if not years:
            return None
        benchmark_year = max(self.workspace.reference.benchmarks.years)
        return self.workspace.comparison(org_id, years[-1], benchmark_year)

    def suggestions(self, org_id: int, comparison: Comparison | None = None) -> list[Suggestion]:
        """Areas below target or below the group mean that no open activity covers yet."""
        comparison = comparison or self.latest_comparison(org_id)
        if comparison is None:
            return []
        existing = self._repo.for_organisation(org_id)
        return suggest_activities(comparison, existing, self.templates())

    # -- export ------------------------------------------------------------------------------------

    def export(
        self,
        org_id: int,
        path: Path,
        fmt: ExportFormat | str,
        criteria: ActivityFilter | None = None,
        today: date | None = None,
    ) -> Path:
        """Write the (filtered) plan as .xlsx or .csv, atomically; returns the path."""
        organisation = self.workspace.organisation(org_id)
        on = today or self.clock()
        activities = self.activities(org_id, criteria, on)
        return write_plan(activities, path, fmt, organisation.name, on, self.area_names())


def write_plan(
    activities: Sequence[Activity],
    path: Path,
    fmt: ExportFormat | str,
    organisation_name: str,
    today: date,
    area_names: Mapping[str, str],
) -> Path:
    """Write already loaded activities to a file; touches no store, so it may run in a worker."""
    try:
        kind = ExportFormat(fmt)
    except ValueError as exc:
        raise ValidationError(f"Okänt exportformat «{fmt}»; välj xlsx eller csv.") from exc
    context = ExportContext(today=today, area_names=area_names)
    try:
        if kind is ExportFormat.XLSX:
            return write_xlsx(activities, Path(path), context, organisation_name)
        return write_csv(activities, Path(path), context)
    except OSError as exc:
        raise LagesbildError(f"Filen {path} kunde inte skrivas ({exc.strerror or exc}).") from exc
