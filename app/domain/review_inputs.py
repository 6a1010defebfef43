"""Prefill of a management review's inputs a–g: structured data in, Swedish text out.

``ReviewBasis`` collects what the store knows (gathered by ``app.services.reviews``); the report
builder can use it directly. ``prefill_inputs`` turns it into editable text, one entry per input.
Everything here is pure: the same basis always gives the same text.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from statistics import fmean

from app.domain.activity import (
    Activity,
    ActivityOrigin,
    ActivityStatus,
    ActivitySummary,
    Suggestion,
    area_labels,
    summarise,
)
from app.domain.comparison import Comparison
from app.domain.review import DecisionFollowUp, ManagementDutyStatus, Review, ReviewInput
from app.domain.scoring import mean_level
from app.swedish_format import format_date, format_decimal

#: The Cybersecurity Act (Sweden's NIS2 law) and the day it entered into force.
CYBERSECURITY_ACT = "cybersäkerhetslagen (2025:1506)"
CYBERSECURITY_ACT_IN_FORCE = date(2026, 1, 15)
RISK_AREA = "risk_management"
FILL_IN = "[Fyll i: {}]"


@dataclass(frozen=True)
class ReviewBasis:
    """What the store says about an organisation, for a review held on ``as_of``."""

    as_of: date
    organisation_name: str
    previous_review: Review | None = None
    previous_decisions: tuple[DecisionFollowUp, ...] = ()
    older_open_decisions: tuple[DecisionFollowUp, ...] = ()
    comparison: Comparison | None = None
    level_two_by_year: tuple[tuple[int, int], ...] = ()
    activities: tuple[Activity, ...] = ()
    suggestions: tuple[Suggestion, ...] = ()
    duty_status: ManagementDutyStatus | None = None
    area_names: Mapping[str, str] = field(default_factory=dict)

    @property
    def activity_summary(self) -> ActivitySummary:
        return summarise(self.activities, self.as_of)

    @property
    def overdue_activities(self) -> tuple[Activity, ...]:
        return tuple(a for a in self.activities if a.is_overdue(self.as_of))

    @property
    def risk_activities(self) -> tuple[Activity, ...]:
        """Activities on risk management or NIS2 measures: the risk treatment plan."""
        return tuple(
            a
            for a in self.activities
            if RISK_AREA in a.areas or a.origin is ActivityOrigin.NIS2_MEASURE
        )


def prefill_inputs(basis: ReviewBasis) -> dict[ReviewInput, str]:
    """Swedish text for each input a–g; '[Fyll i: …]' marks what only people can tell."""
    return {
        ReviewInput.A: _previous_actions(basis),
        ReviewInput.B: _issues(basis),
        ReviewInput.C: FILL_IN.format(
            "nya eller ändrade krav och förväntningar från invånare, förtroendevalda, "
            "tillsynsmyndigheter, leverantörer och samverkanspartner"
        ),
        ReviewInput.D: _performance(basis),
        ReviewInput.E: FILL_IN.format(
            "synpunkter från förvaltningar, bolag, medarbetare, invånare och leverantörer"
        ),
        ReviewInput.F: _risk(basis),
        ReviewInput.G: _improvements(basis),
    }


def _bullet(text: str) -> str:
    return f"• {text}"


def _follow_up_line(item: DecisionFollowUp, today: date) -> str:
    decision = item.decision
    details = []
    if decision.owner:
        details.append(f"ansvarig {decision.owner}")
    if decision.due_date:
        details.append(f"klart senast {format_date(decision.due_date)}")
    suffix = f" ({', '.join(details)})" if details else ""
    return _bullet(
        f"{decision.kind.label}: {decision.text}{suffix}. Status: {item.status_text(today)}."
    )


def _previous_actions(basis: ReviewBasis) -> str:
    previous = basis.previous_review
    if previous is None:
        return "Ingen tidigare ledningens genomgång finns registrerad."
    lines = [f"Beslut från {previous.title[0].lower()}{previous.title[1:]}:"]
    items = basis.previous_decisions
    if not items:
        lines.append("Inga beslut registrerades.")
    lines += [_follow_up_line(item, basis.as_of) for item in items]
    if items:
        done = sum(1 for i in items if i.activity is not None and i.activity.completed_on)
        overdue = sum(1 for i in items if i.is_overdue(basis.as_of))
        unlinked = sum(1 for i in items if i.activity is None)
        lines.append(
            f"Sammanfattning: genomförda {done} av {len(items)}, försenade {overdue}, "
            f"utan kopplad aktivitet {unlinked}."
        )
    if basis.older_open_decisions:
        lines.append("")
        lines.append("Ej avslutade beslut från äldre genomgångar:")
        lines += [_follow_up_line(item, basis.as_of) for item in basis.older_open_decisions]
    return "\n".join(lines)


def _issues(basis: ReviewBasis) -> str:
    verb = "trädde" if basis.as_of >= CYBERSECURITY_ACT_IN_FORCE else "träder"
    return "\n".join(
        [
            _bullet(
                f"Cybersäkerhetslagen (2025:1506), som genomför EU:s NIS2-direktiv, {verb} i kraft "
                f"{format_date(CYBERSECURITY_ACT_IN_FORCE)}. Lagen ställer krav på systematiskt "
                "riskhanteringsarbete, incidentrapportering och på att ledningen godkänner "
                "riskhanteringsåtgärderna och genomgår utbildning."
            ),
            FILL_IN.format(
                "förändringar i organisation, verksamhet, IT-miljö, hotbild och övrig lagstiftning"
            ),
        ]
    )


def _performance(basis: ReviewBasis) -> str:
    lines: list[str] = []
    comparison = basis.comparison
    if comparison is None:
        lines.append("Ingen självskattning finns registrerad ännu.")
    else:
        total = len(comparison.rows)
        lines.append(
            _bullet(
                f"Självskattning {comparison.year}: {comparison.areas_at_level_two} av {total} "
                "uppföljningsområden når mognadsnivå 2 (SKR-jämförbar nivå)."
            )
        )
        if any(r.previous_level is not None for r in comparison.rows):
            lines.append(
                _bullet(
                    "Förändring sedan föregående självskattning: förbättrade områden "
                    f"{comparison.improved_areas}, försämrade områden {comparison.worsened_areas}."
                )
            )
        own = mean_level(r.own_level for r in comparison.rows)
        group = fmean(r.group_mean for r in comparison.rows) if comparison.rows else None
        national = fmean(r.national_mean for r in comparison.rows) if comparison.rows else None
        lines.append(
            _bullet(
                f"Medelnivå {format_decimal(own)} jämfört med kommungrupp {comparison.group} "
                f"{format_decimal(group)} och riket {format_decimal(national)} "
                f"(SKR {comparison.benchmark_year})."
            )
        )
        below = comparison.areas_below_group
        if below:
            names = ", ".join(r.area_name for r in below)
            lines.append(_bullet(f"Under kommungruppens medelvärde: {names}."))
    if len(basis.level_two_by_year) > 1:
        trend = ", ".join(f"{year}: {count}" for year, count in basis.level_two_by_year)
        lines.append(_bullet(f"Antal områden på nivå 2 över tid – {trend}."))
    summary = basis.activity_summary
    if summary.total:
        lines.append(
            _bullet(
                f"Handlingsplanen: {summary.total} aktiviteter, varav öppna {summary.open} "
                f"(försenade {summary.overdue}) och klara "
                f"{summary.by_status.get(ActivityStatus.DONE, 0)}."
            )
        )
        for activity in basis.overdue_activities:
            lines.append(
                f"  – Försenad: {activity.title} (ansvarig {activity.owner or 'saknas'}, "
                f"skulle vara klar {format_date(activity.due_date)})"
            )
    else:
        lines.append(_bullet("Handlingsplanen innehåller inga aktiviteter."))
    lines.append(FILL_IN.format("avvikelser och korrigerande åtgärder"))
    lines.append(FILL_IN.format("resultat av övervakning, mätning och revisioner"))
    return "\n".join(lines)


def _risk(basis: ReviewBasis) -> str:
    lines: list[str] = []
    risk = basis.risk_activities
    if risk:
        lines.append("Riskbehandling (aktiviteter inom riskhantering och NIS2-åtgärder):")
        for activity in risk:
            state = activity.status.label
            if activity.is_overdue(basis.as_of):
                state += ", försenad"
            areas = area_labels(activity.areas, basis.area_names)
            lines.append(_bullet(f"{activity.title} – {state} ({areas})"))
    else:
        lines.append("Det finns inga aktiviteter inom riskhantering eller NIS2-åtgärder.")
    duty = basis.duty_status
    if duty is not None:
        approval = duty.latest_approval
        lines.append(
            "Ledningens godkännande av riskhanteringsåtgärderna: "
            + (approval.label if approval else "saknas")
            + "."
        )
    lines.append(FILL_IN.format("resultat av genomförda riskbedömningar"))
    return "\n".join(lines)


def _improvements(basis: ReviewBasis) -> str:
    lines: list[str] = []
    if basis.suggestions:
        lines.append("Förslag utifrån självskattningen och jämförelsen med kommungruppen:")
        for suggestion in basis.suggestions:
            lines.append(_bullet(f"{suggestion.area_name}: {suggestion.title}"))
    duty = basis.duty_status
    if duty is not None and duty.missing:
        if basis.as_of >= CYBERSECURITY_ACT_IN_FORCE:
            lines.append("Ledningens ansvar enligt cybersäkerhetslagen – detta saknas:")
        else:
            lines.append("Inför cybersäkerhetslagen – detta saknas ännu för ledningen:")
        lines += [_bullet(m) for m in duty.missing]
    if not lines:
        lines.append("Inga förslag från självskattningen.")
    lines.append(FILL_IN.format("egna förbättringsförslag"))
    return "\n".join(lines)
