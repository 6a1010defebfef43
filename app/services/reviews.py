"""Management review use cases: prepare (prefill a–g), record, decide, finalise, NIS2 duties.

The link from a decision to the activity it became is stored on the activity; this service
follows it both ways, so a review shows its decisions' status and the next review's input (a)
reports on them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date, timedelta
from typing import TYPE_CHECKING

from app.domain.activity import TITLE_MAX_LENGTH, Activity, ActivityOrigin
from app.domain.errors import NotFoundError, ReadOnlyError, ValidationError
from app.domain.model import RecordStatus
from app.domain.review import (
    Decision,
    DecisionFollowUp,
    ManagementApproval,
    ManagementDutyStatus,
    ManagementMember,
    ManagementTraining,
    Review,
    ReviewInput,
    follow_ups,
    management_duty_status,
    management_record_problems,
    months_before,
    previous_review,
    validate_reopen_reason,
    validate_review,
)
from app.domain.review_inputs import ReviewBasis, prefill_inputs
from app.domain.scoring import areas_at_level_two
from app.services.actions import ActionPlanService
from app.swedish_format import format_date

if TYPE_CHECKING:
    from app.services.workspace import Workspace
    from app.storage.reviews import ManagementDutyRepository, ReviewRepository

DEFAULT_FORUM = "Kommunstyrelsen"
#: A first review covers the year before the meeting.
DEFAULT_PERIOD_MONTHS = 12
DutyRecord = ManagementApproval | ManagementMember | ManagementTraining


class ReviewService:
    """Ledningens genomgång for the organisations in one workspace."""

    def __init__(
        self,
        workspace: Workspace,
        clock: Callable[[], date] = date.today,
        actions: ActionPlanService | None = None,
    ) -> None:
        self.workspace = workspace
        self.clock = clock
        self.actions = actions or ActionPlanService(workspace, clock)

    @property
    def _repo(self) -> ReviewRepository:
        return self.workspace.store.reviews

    @property
    def _duties(self) -> ManagementDutyRepository:
        return self.workspace.store.management_duties

    # -- reviews -----------------------------------------------------------------------------------

    def reviews(self, org_id: int) -> list[Review]:
        """The organisation's reviews, oldest meeting first."""
        self.workspace.organisation(org_id)
        return self._repo.for_organisation(org_id)

    def review(self, review_id: int) -> Review:
        return self._repo.require(review_id)

    def new_review(
        self, org_id: int, held_on: date | None = None, forum: str = DEFAULT_FORUM
    ) -> Review:
        """An unsaved draft with the period since the previous review and prefilled inputs."""
        self.workspace.organisation(org_id)
        on = held_on or self.clock()
        draft = Review(organisation_id=org_id, held_on=on, forum=forum, period_to=on)
        previous = previous_review(self._repo.for_organisation(org_id), draft)
        if previous is None:
            start = months_before(on, DEFAULT_PERIOD_MONTHS) + timedelta(days=1)
        else:
            start = (previous.period_to or previous.held_on) + timedelta(days=1)
        draft = replace(draft, period_from=start)
        return replace(draft, inputs=self.prefill(draft))

    def as_of(self, review: Review) -> date:
        """The day the review's data is taken from: the meeting, or today if it lies ahead."""
        return min(review.held_on, self.clock())

    def basis(self, review: Review) -> ReviewBasis:
        """Everything the store says for ``review``'s inputs, as structured data."""
        org_id = review.organisation_id
        organisation = self.workspace.organisation(org_id)
        as_of = self.as_of(review)
        reviews = self._repo.for_organisation(org_id)
        activities = self.workspace.store.activities.for_organisation(org_id)
        previous = previous_review(reviews, review)
        previous_items: tuple[DecisionFollowUp, ...] = ()
        older_open: list[DecisionFollowUp] = []
        if previous is not None:
            previous_items = follow_ups(previous.decisions, previous.held_on, activities)
            for older in reviews:
                if older.held_on < previous.held_on and older.id != previous.id:
                    older_open += [
                        item
                        for item in follow_ups(older.decisions, older.held_on, activities)
                        if item.activity is not None and item.activity.is_open
                    ]
        history = [a for a in self.workspace.assessments(org_id) if a.year <= as_of.year]
        comparison = None
        if history:
            benchmark_year = max(self.workspace.reference.benchmarks.years)
            comparison = self.workspace.comparison(org_id, history[-1].year, benchmark_year)
        reference = self.workspace.reference
        return ReviewBasis(
            as_of=as_of,
            organisation_name=organisation.name,
            previous_review=previous,
            previous_decisions=previous_items,
            older_open_decisions=tuple(older_open),
            comparison=comparison,
            level_two_by_year=tuple((a.year, areas_at_level_two(a, reference)) for a in history),
            activities=tuple(activities),
            suggestions=tuple(self.actions.suggestions(org_id, comparison)) if comparison else (),
            duty_status=self.management_duty_status(org_id, as_of),
            area_names=self.actions.area_names(),
        )

    def prefill(self, review: Review) -> dict[ReviewInput, str]:
        """Fresh Swedish text for the inputs a–g ("Hämta underlag igen")."""
        return prefill_inputs(self.basis(review))

    def save(self, review: Review) -> Review:
        """Validate and store a draft review with its inputs and decisions."""
        self.workspace.store.require_writable()
        self.workspace.organisation(review.organisation_id)
        if review.is_final:
            raise ReadOnlyError(_final_message(review))
        if review.id is not None:
            stored = self._repo.require(review.id)
            if stored.is_final:
                raise ReadOnlyError(_final_message(stored))
            if stored.organisation_id != review.organisation_id:
                raise ValidationError("En genomgång kan inte flyttas till en annan organisation.")
        validate_review(review)
        return self._repo.save(review)

    def finalise(self, review_id: int) -> Review:
        """Make a draft final (fastställd): read-only from then on."""
        self.workspace.store.require_writable()
        review = self._repo.require(review_id)
        if review.is_final:
            raise ValidationError(f"{review.title} är redan fastställd.")
        validate_review(review)
        return self._repo.finalise(review_id)

    def reopen(self, review_id: int, reason: str) -> Review:
        """Turn a final review back into a draft; the reason is kept in its history."""
        self.workspace.store.require_writable()
        reason = validate_reopen_reason(reason)
        review = self._repo.require(review_id)
        if review.status is RecordStatus.DRAFT:
            raise ValidationError(f"{review.title} är redan ett utkast.")
        return self._repo.reopen(review_id, reason)

    def delete(self, review_id: int) -> None:
        self.workspace.store.require_writable()
        review = self._repo.require(review_id)
        if review.is_final:
            raise ReadOnlyError(
                f"{review.title} är fastställd och kan inte tas bort. Öppna den igen först."
            )
        self._repo.delete(review_id)

    # -- decisions <-> activities ------------------------------------------------------------------

    def follow_ups(self, review: Review) -> tuple[DecisionFollowUp, ...]:
        """The review's decisions, each with the activity it became (or None)."""
        ids = [d.id for d in review.decisions if d.id is not None]
        activities = self.workspace.store.activities.for_decisions(ids)
        return follow_ups(review.decisions, review.held_on, activities)

    def decision_of(self, activity: Activity) -> tuple[Review, Decision] | None:
        """The review and decision an activity was created from."""
        if activity.decision_id is None:
            return None
        decision = self._repo.decision(activity.decision_id)
        if decision is None or decision.review_id is None:
            return None
        return self._repo.require(decision.review_id), decision

    def create_activity(self, decision_id: int, owner: str | None = None) -> Activity:
        """Turn a saved decision into an activity of the action plan, linked to it."""
        decision = self._repo.decision(decision_id)
        if decision is None or decision.review_id is None:
            raise NotFoundError(
                "Beslutet finns inte i databasen. Spara genomgången innan du skapar en aktivitet."
            )
        review = self._repo.require(decision.review_id)
        title = " ".join(decision.text.split())
        description = ""
        if len(title) > TITLE_MAX_LENGTH:
            title = title[: TITLE_MAX_LENGTH - 1].rstrip() + "…"
            description = decision.text
        activity = Activity(
            organisation_id=review.organisation_id,
            title=title,
            description=description,
            origin=ActivityOrigin.REVIEW_DECISION,
            owner=decision.owner if owner is None else owner,
            start_date=review.held_on,
            due_date=decision.due_date,
            decision_id=decision_id,
        )
        return self.actions.create(activity)

    # -- NIS2 management duties (article 20) -------------------------------------------------------

    def management_duty_status(
        self, org_id: int, as_of: date | None = None
    ) -> ManagementDutyStatus:
        """What is on record for management's approval and training, and what is missing."""
        self.workspace.organisation(org_id)
        return management_duty_status(
            self._duties.approvals(org_id),
            self._duties.members(org_id),
            self._duties.trainings(org_id),
            as_of or self.clock(),
        )

    def approvals(self, org_id: int) -> list[ManagementApproval]:
        return self._duties.approvals(org_id)

    def members(self, org_id: int) -> list[ManagementMember]:
        return self._duties.members(org_id)

    def trainings(self, org_id: int) -> list[ManagementTraining]:
        return self._duties.trainings(org_id)

    def save_duty_record(self, record: DutyRecord) -> int:
        """Validate and store an approval, a member or a training; returns its id."""
        self.workspace.store.require_writable()
        self.workspace.organisation(record.organisation_id)
        problems = management_record_problems(record)
        if problems:
            raise ValidationError(problems)
        if isinstance(record, ManagementApproval):
            return self._duties.save_approval(record)
        if isinstance(record, ManagementMember):
            if any(
                m.name.casefold() == record.name.strip().casefold() and m.id != record.id
                for m in self._duties.members(record.organisation_id)
            ):
                raise ValidationError(f"{record.name} finns redan bland ledamöterna.")
            return self._duties.save_member(record)
        return self._duties.save_training(record)

    def delete_duty_record(self, record: DutyRecord) -> None:
        self.workspace.store.require_writable()
        self._duties.delete(record)


def _final_message(review: Review) -> str:
    return (
        f"Ledningens genomgång {format_date(review.held_on)} är fastställd och kan inte ändras. "
        "Öppna den igen med en motivering för att göra ändringar."
    )
