"""The ``actions`` and ``reviews`` sub-commands: the action plan and the management reviews.

Registered in ``app.cli``'s sub-command registry when ``app.cli`` imports this module. Both only
read the store (opened read-only); ``actions -o FILE`` writes an Excel or CSV file.
"""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path
from typing import Any

from app.cli_framework import EXIT_OK, Output, _date_argument, open_workspace, subcommand
from app.cli_table import Column, render_table
from app.domain.activity import (
    Activity,
    ActivityFilter,
    ActivityStatus,
    area_labels,
    summarise,
)
from app.domain.errors import ValidationError
from app.domain.review import DecisionFollowUp, ManagementDutyStatus, Review
from app.reference import fold
from app.services.actions import ActionPlanService, ExportFormat
from app.services.reviews import ReviewService
from app.swedish_format import format_date

TITLE_WIDTH = 48


def _status_key(text: str) -> str:
    return fold(text.replace("_", " ").replace("-", " "))


_STATUS_NAMES = {
    **{_status_key(s.value): s for s in ActivityStatus},
    **{_status_key(s.label): s for s in ActivityStatus},
}


def _status_argument(text: str) -> list[ActivityStatus]:
    """'pågår', 'klar,avbruten', 'ej-påbörjad' or the English keys; several with commas."""
    statuses = []
    for part in text.split(","):
        status = _STATUS_NAMES.get(_status_key(part))
        if status is None:
            choices = ", ".join(s.label.lower() for s in ActivityStatus)
            raise argparse.ArgumentTypeError(f"«{part.strip()}» är ingen status (välj {choices})")
        statuses.append(status)
    return statuses


def _org_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--org", required=True, metavar="NAMN", help="organisationens namn eller id"
    )
    parser.add_argument(
        "--as-of",
        type=_date_argument,
        metavar="ÅÅÅÅ-MM-DD",
        help="räkna försenade aktiviteter per detta datum (standard: i dag)",
    )


def _actions_arguments(parser: argparse.ArgumentParser) -> None:
    _org_argument(parser)
    parser.add_argument(
        "--status",
        type=_status_argument,
        action="append",
        metavar="STATUS",
        help="ej påbörjad, pågår, klar eller avbruten; flera med komma eller upprepad flagga",
    )
    parser.add_argument("--overdue", action="store_true", help="visa bara försenade aktiviteter")
    parser.add_argument("--area", metavar="OMRÅDE", help="områdets nyckel, t.ex. risk_management")
    parser.add_argument("--owner", metavar="NAMN", help="visa bara en ansvarigs aktiviteter")
    parser.add_argument("--search", metavar="TEXT", help="fritextsökning i titel, beskrivning m.m.")
    parser.add_argument(
        "--format",
        choices=[f.value for f in ExportFormat],
        help="filformat vid export (standard: av filändelsen)",
    )
    parser.add_argument("-o", "--output", type=Path, metavar="FIL", help="exportera till fil")


def _export_format(args: argparse.Namespace) -> ExportFormat:
    if args.format:
        return ExportFormat(args.format)
    suffix = args.output.suffix.lower().lstrip(".")
    try:
        return ExportFormat(suffix)
    except ValueError:
        raise ValidationError(
            f"Ange --format xlsx eller csv; filändelsen «{args.output.suffix or '(ingen)'}» "
            "säger inte vilket format som avses."
        ) from None


@subcommand(
    "actions",
    "Visa eller exportera handlingsplanen (Excel eller CSV), med filter på status och försenade.",
    _actions_arguments,
)
def run_actions(args: argparse.Namespace, out: Output) -> int:
    if args.format and not args.output:
        raise ValidationError("--format gäller bara vid export; ange även -o FIL.")
    today = args.as_of or date.today()
    with open_workspace(args) as workspace:
        organisation = workspace.find_organisation(args.org)
        service = ActionPlanService(workspace, clock=lambda: today)
        area_names = service.area_names()
        if args.area and args.area not in area_names:
            raise ValidationError(
                f"Okänt område «{args.area}». Välj bland: {', '.join(area_names)}."
            )
        criteria = ActivityFilter(
            area=args.area,
            statuses=frozenset(s for group in args.status or [] for s in group),
            owner=args.owner,
            overdue_only=args.overdue,
            text=args.search or "",
        )
        if args.output:
            kind = _export_format(args)
            path = service.export(organisation.id, args.output, kind, criteria, today)
            count = len(service.activities(organisation.id, criteria, today))
            out.result(
                {"file": str(path), "format": kind.value, "activities": count},
                f"Handlingsplanen för {organisation.name} ({count} aktiviteter) exporterades "
                f"till {path}.",
            )
            return EXIT_OK
        activities = service.activities(organisation.id, criteria, today)
        short_names = {a.key: a.short_name for a in workspace.reference.areas}
    data = {
        "organisation": organisation.name,
        "as_of": format_date(today),
        "activities": [activity_json(a, today, area_names) for a in activities],
    }
    out.result(data, _actions_text(organisation.name, activities, today, short_names))
    return EXIT_OK


def activity_json(activity: Activity, today: date, area_names: dict[str, str]) -> dict[str, Any]:
    """An activity for ``--json``: keys and Swedish labels, ISO dates, overdue computed."""
    return {
        "id": activity.id,
        "title": activity.title,
        "description": activity.description,
        "areas": list(activity.areas),
        "area_names": area_labels(activity.areas, area_names),
        "origin": activity.origin.value,
        "origin_label": activity.origin.label,
        "owner": activity.owner,
        "priority": activity.priority.value,
        "status": activity.status.value,
        "status_label": activity.status.label,
        "progress": activity.progress,
        "start_date": _iso(activity.start_date),
        "due_date": _iso(activity.due_date),
        "completed_on": _iso(activity.completed_on),
        "overdue": activity.is_overdue(today),
        "decision_id": activity.decision_id,
        "template_key": activity.template_key,
        "comments": [
            {"date": c.written_on.isoformat(), "author": c.author, "text": c.text}
            for c in activity.comments
        ],
    }


def _iso(value: date | None) -> str | None:
    return value.isoformat() if value else None


def _shorten(text: str, width: int = TITLE_WIDTH) -> str:
    return text if len(text) <= width else text[: width - 1].rstrip() + "…"


def _actions_text(
    name: str, activities: list[Activity], today: date, short_names: dict[str, str]
) -> str:
    summary = summarise(activities, today)
    heading = (
        f"Handlingsplan – {name} (per {format_date(today)}): {summary.total} aktiviteter, "
        f"{summary.open} öppna, {summary.overdue} försenade"
    )
    if not activities:
        return heading + "\nInga aktiviteter matchar urvalet."
    rows = [
        [
            str(a.id),
            _shorten(a.title),
            area_labels(a.areas, short_names),
            a.owner or "–",
            a.status.label,
            f"{a.progress}\u00a0%",
            format_date(a.due_date),
            "FÖRSENAD" if a.is_overdue(today) else "",
        ]
        for a in activities
    ]
    table = render_table(
        [
            Column("Nr", right=True),
            Column("Aktivitet"),
            Column("Områden"),
            Column("Ansvarig"),
            Column("Status"),
            Column("Klart", right=True),
            Column("Slutdatum"),
            Column("Försenad"),
        ],
        rows,
    )
    return f"{heading}\n\n{table}"


@subcommand(
    "reviews",
    "Visa ledningens genomgångar med beslut och deras status, samt ledningens NIS2-ansvar.",
    _org_argument,
)
def run_reviews(args: argparse.Namespace, out: Output) -> int:
    today = args.as_of or date.today()
    with open_workspace(args) as workspace:
        organisation = workspace.find_organisation(args.org)
        service = ReviewService(workspace, clock=lambda: today)
        reviews = [(r, service.follow_ups(r)) for r in service.reviews(organisation.id)]
        duties = service.management_duty_status(organisation.id, today)
    data = {
        "organisation": organisation.name,
        "as_of": format_date(today),
        "reviews": [_review_json(r, items, today) for r, items in reviews],
        "management_duties": _duties_json(duties),
    }
    out.result(data, _reviews_text(organisation.name, reviews, duties, today))
    return EXIT_OK


def _review_json(review: Review, items: tuple[DecisionFollowUp, ...], today: date) -> dict:
    return {
        "id": review.id,
        "held_on": review.held_on.isoformat(),
        "forum": review.forum,
        "participants": list(review.participants),
        "period_from": _iso(review.period_from),
        "period_to": _iso(review.period_to),
        "status": review.status.value,
        "status_label": review.status.label,
        "inputs": {key.value: text for key, text in sorted(review.inputs.items())},
        "decisions": [
            {
                "id": item.decision.id,
                "kind": item.decision.kind.value,
                "kind_label": item.decision.kind.label,
                "text": item.decision.text,
                "owner": item.decision.owner,
                "due_date": _iso(item.decision.due_date),
                "activity_id": item.activity.id if item.activity else None,
                "activity_status": item.activity.status.value if item.activity else None,
                "overdue": item.is_overdue(today),
                "status_text": item.status_text(today),
            }
            for item in items
        ],
        "reopenings": [{"at": r.reopened_at, "reason": r.reason} for r in review.reopenings],
    }


def _duties_json(status: ManagementDutyStatus) -> dict[str, Any]:
    approval = status.latest_approval
    return {
        "as_of": status.as_of.isoformat(),
        "latest_approval": None
        if approval is None
        else {
            "approved_on": approval.approved_on.isoformat(),
            "body": approval.body,
            "decision_reference": approval.decision_reference,
        },
        "approval_current": status.approval_current,
        "members": [m.name for m in status.members],
        "untrained": [m.name for m in status.untrained],
        "missing": list(status.missing),
        "complete": status.is_complete,
    }


def _reviews_text(
    name: str,
    reviews: list[tuple[Review, tuple[DecisionFollowUp, ...]]],
    duties: ManagementDutyStatus,
    today: date,
) -> str:
    lines = [f"Ledningens genomgång – {name} (per {format_date(today)})", ""]
    if not reviews:
        lines.append("Inga genomgångar är registrerade.")
    for review, items in reviews:
        period = ""
        if review.period_from or review.period_to:
            period = f", period {format_date(review.period_from)} – {format_date(review.period_to)}"
        lines.append(
            f"{format_date(review.held_on)}  {review.forum or '–'}  [{review.status.label}]{period}"
        )
        if not items:
            lines.append("    Inga beslut.")
        for number, item in enumerate(items, start=1):
            decision = item.decision
            extra = []
            if decision.owner:
                extra.append(f"ansvarig {decision.owner}")
            if decision.due_date:
                extra.append(f"klart senast {format_date(decision.due_date)}")
            suffix = f" ({', '.join(extra)})" if extra else ""
            lines.append(f"    {number}. {decision.kind.label}: {decision.text}{suffix}")
            lines.append(f"       Status: {item.status_text(today)}")
        lines.append("")
    lines.append("Ledningens ansvar enligt cybersäkerhetslagen (NIS2 art. 20)")
    approval = duties.latest_approval
    lines.append(
        "  Godkännande av riskhanteringsåtgärder: " + (approval.label if approval else "saknas")
    )
    lines.append(
        f"  Utbildade ledamöter (senaste 12 månaderna): {len(duties.trained)} av "
        f"{len(duties.members)}"
    )
    if duties.missing:
        lines.append("  Saknas:")
        lines += [f"    – {m}" for m in duties.missing]
    else:
        lines.append("  Inget saknas.")
    return "\n".join(lines)
