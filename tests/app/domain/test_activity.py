"""Activities: overdue, validation, normalisation, filtering and suggestions."""

from __future__ import annotations

from datetime import date

import pytest

from app.domain.activity import (
    GENERAL_AREA,
    Activity,
    ActivityComment,
    ActivityFilter,
    ActivityOrigin,
    ActivityStatus,
    Priority,
    activity_problems,
    area_labels,
    filter_activities,
    normalised,
    suggest_activities,
    summarise,
    validate_activity,
)
from app.domain.comparison import AreaComparison, Comparison
from app.domain.errors import ValidationError
from app.domain.templates import ActivityTemplate

TODAY = date(2026, 11, 29)
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


def make(**changes: object) -> Activity:
    base = {
        "organisation_id": 1,
        "title": "Revidera informationssäkerhetspolicyn",
        "start_date": date(2026, 1, 1),
        "due_date": date(2026, 6, 30),
    }
    base.update(changes)
    return Activity(**base)  # type: ignore[arg-type]


class TestOverdue:
    def test_due_today_is_not_overdue(self):
        assert not make(due_date=TODAY).is_overdue(TODAY)

    def test_due_yesterday_is_overdue(self):
        activity = make(due_date=date(2026, 11, 28))
        assert activity.is_overdue(TODAY)
        assert activity.days_overdue(TODAY) == 1

    @pytest.mark.parametrize("status", [ActivityStatus.DONE, ActivityStatus.CANCELLED])
    def test_closed_activities_are_never_overdue(self, status):
        assert not make(due_date=date(2020, 1, 1), status=status).is_overdue(TODAY)

    def test_no_due_date_is_never_overdue(self):
        assert not make(due_date=None).is_overdue(TODAY)

    def test_in_progress_past_due_is_overdue(self):
        assert make(status=ActivityStatus.IN_PROGRESS).is_overdue(TODAY)


class TestValidation:
    def test_valid_activity_has_no_problems(self):
        assert activity_problems(make(areas=("training",)), AREA_KEYS) == []

    def test_empty_title(self):
        assert activity_problems(make(title="   ")) == ["Aktiviteten måste ha en titel."]

    def test_due_before_start(self):
        problems = activity_problems(make(start_date=date(2026, 5, 1), due_date=date(2026, 4, 1)))
        assert problems == ["Slutdatumet 2026-04-01 ligger före startdatumet 2026-05-01."]

    @pytest.mark.parametrize("progress", [-1, 101, True])
    def test_progress_range(self, progress):
        problems = activity_problems(make(progress=progress))
        assert len(problems) == 1
        assert problems[0].startswith("Framsteget måste vara mellan 0 och 100 %")

    def test_done_needs_completed_date(self):
        problems = activity_problems(make(status=ActivityStatus.DONE))
        assert problems == ["En klar aktivitet måste ha ett datum då den blev klar."]

    def test_unknown_area(self):
        assert activity_problems(make(areas=("hemligt",)), AREA_KEYS) == [
            "Okänt uppföljningsområde «hemligt»."
        ]

    def test_all_problems_are_reported_together(self):
        bad = make(title="", progress=120, start_date=date(2026, 5, 1), due_date=date(2026, 4, 1))
        with pytest.raises(ValidationError) as caught:
            validate_activity(bad)
        assert len(caught.value.problems) == 3


class TestNormalised:
    def test_done_gets_completed_today_and_full_progress(self):
        done = normalised(make(status=ActivityStatus.DONE, progress=40), TODAY)
        assert done.completed_on == TODAY
        assert done.progress == 100
        assert activity_problems(done) == []

    def test_given_completion_date_is_kept(self):
        done = normalised(make(status=ActivityStatus.DONE, completed_on=date(2026, 3, 1)), TODAY)
        assert done.completed_on == date(2026, 3, 1)

    def test_reopened_activity_loses_completion_date(self):
        reopened = make(status=ActivityStatus.DONE, completed_on=TODAY).with_status(
            ActivityStatus.IN_PROGRESS, TODAY
        )
        assert reopened.completed_on is None

    def test_trims_and_deduplicates(self):
        clean = normalised(make(title="  Titel ", areas=("training", "training")), TODAY)
        assert clean.title == "Titel"
        assert clean.areas == ("training",)


def test_area_labels_general_when_empty():
    names = {"training": "Utbildning", "continuity": "Kontinuitet"}
    assert area_labels((), names) == "Generellt"
    assert area_labels(("training", "continuity"), names) == "Utbildning, Kontinuitet"


def test_latest_comment():
    activity = make(
        comments=(
            ActivityComment(date(2026, 3, 1), "Åsa", "Första"),
            ActivityComment(date(2026, 9, 1), "Åsa", "Senaste"),
            ActivityComment(date(2026, 5, 1), "Åsa", "Mitten"),
        )
    )
    assert activity.latest_comment.text == "Senaste"


class TestFilter:
    plan = (
        make(title="Öva kontinuitetsplanen", areas=("continuity",), owner="Örjan Ek", id=1),
        make(
            title="Utbildning för chefer",
            areas=("training",),
            status=ActivityStatus.IN_PROGRESS,
            due_date=date(2027, 3, 1),
            owner="Åsa Ådahl",
            id=2,
        ),
        make(
            title="Generell översyn",
            status=ActivityStatus.DONE,
            completed_on=date(2026, 5, 1),
            comments=(ActivityComment(date(2026, 5, 1), "Åsa", "Klar enligt plan"),),
            id=3,
        ),
    )

    def titles(self, criteria: ActivityFilter) -> list[str]:
        return [a.title for a in filter_activities(self.plan, criteria, TODAY)]

    def test_no_filter_sorts_overdue_first_and_closed_last(self):
        assert self.titles(ActivityFilter()) == [
            "Öva kontinuitetsplanen",
            "Utbildning för chefer",
            "Generell översyn",
        ]

    def test_area_and_general(self):
        assert self.titles(ActivityFilter(area="training")) == ["Utbildning för chefer"]
        assert self.titles(ActivityFilter(area=GENERAL_AREA)) == ["Generell översyn"]

    def test_status(self):
        wanted = frozenset({ActivityStatus.DONE, ActivityStatus.IN_PROGRESS})
        assert self.titles(ActivityFilter(statuses=wanted)) == [
            "Utbildning för chefer",
            "Generell översyn",
        ]

    def test_owner_is_case_insensitive(self):
        assert self.titles(ActivityFilter(owner="åsa ådahl")) == ["Utbildning för chefer"]

    def test_overdue_only(self):
        assert self.titles(ActivityFilter(overdue_only=True)) == ["Öva kontinuitetsplanen"]

    def test_text_searches_comments_case_insensitively(self):
        assert self.titles(ActivityFilter(text="KLAR ENLIGT")) == ["Generell översyn"]
        assert self.titles(ActivityFilter(text="öva")) == ["Öva kontinuitetsplanen"]

    def test_summary(self):
        summary = summarise(self.plan, TODAY)
        assert summary.total == 3
        assert summary.open == 2
        assert summary.overdue == 1
        assert summary.by_status[ActivityStatus.DONE] == 1


def row(key: str, number: int, own: int, self_level: int | None, target: int | None, group: float):
    return AreaComparison(
        area_key=key,
        area_number=number,
        area_name=key.replace("_", " ").capitalize(),
        own_level=own,
        self_level=self_level,
        target_level=target,
        group_mean=group,
        national_mean=group,
        previous_level=None,
        group_share_level2=None,
        national_share_level2=None,
    )


class TestSuggestions:
    comparison = Comparison(
        year=2026,
        benchmark_year=2023,
        group="B",
        rows=(
            row("risk_management", 3, 1, 1, 3, 1.4),  # below target and group
            row("training", 7, 2, 2, 3, 1.3),  # below target only
            row("continuity", 6, 1, 2, 2, 1.2),  # below group only
            row("procurement", 8, 2, 2, 2, 1.5),  # fine
        ),
    )
    templates = (
        ActivityTemplate(
            key="nis2_a",
            title="Riskanalys",
            description="NIS2-text",
            areas=("risk_management", "governing_documents"),
            origin=ActivityOrigin.NIS2_MEASURE,
            source="NIS2",
            reference="a",
        ),
        ActivityTemplate(
            key="skr_risk",
            title="Förankra riskhanteringsprocessen",
            description="SKR-text",
            areas=("risk_management",),
            origin=ActivityOrigin.SKR_RECOMMENDATION,
            source="SKR 2023, Rekommendationer",
        ),
    )

    def test_areas_below_target_or_group_in_order(self):
        found = suggest_activities(self.comparison, [], self.templates)
        assert [s.area_key for s in found] == ["risk_management", "continuity", "training"]
        assert found[0].priority is Priority.HIGH
        assert len(found[0].reasons) == 2
        assert "lägre än målnivån 3" in found[0].reasons[0]
        assert "medelvärde 1,40" in found[0].reasons[1]

    def test_skr_template_preferred(self):
        first = suggest_activities(self.comparison, [], self.templates)[0]
        assert first.template_key == "skr_risk"
        assert first.title == "Förankra riskhanteringsprocessen"

    def test_generic_title_without_template(self):
        found = {s.area_key: s for s in suggest_activities(self.comparison, [])}
        assert found["training"].title == "Höj mognaden inom training"
        assert found["training"].template_key is None

    def test_area_with_open_activity_is_not_suggested(self):
        existing = [make(areas=("risk_management",), status=ActivityStatus.IN_PROGRESS)]
        keys = [s.area_key for s in suggest_activities(self.comparison, existing)]
        assert "risk_management" not in keys

    def test_closed_activity_does_not_cover_area(self):
        existing = [make(areas=("risk_management",), status=ActivityStatus.CANCELLED)]
        keys = [s.area_key for s in suggest_activities(self.comparison, existing)]
        assert "risk_management" in keys

    def test_suggestion_becomes_gap_activity(self):
        suggestion = suggest_activities(self.comparison, [], self.templates)[0]
        activity = suggestion.to_activity(7, TODAY, owner="Åsa")
        assert activity.origin is ActivityOrigin.ASSESSMENT_GAP
        assert activity.areas == ("risk_management",)
        assert activity.start_date == TODAY
        assert activity_problems(activity, AREA_KEYS) == []
