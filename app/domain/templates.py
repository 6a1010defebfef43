"""Activity templates: SKR's recommendations and the NIS2 article 21.2 measures, as data.

The templates live in ``resources/templates/activity_templates.json``; this module turns the parsed
JSON into checked values (``parse_templates``) and templates into activities. Reading the file is
the caller's business (see ``app.services.actions.load_templates``), so this stays free of I/O.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from app.domain.activity import Activity, ActivityOrigin, Priority
from app.domain.errors import ValidationError

TEMPLATE_ORIGINS = (ActivityOrigin.SKR_RECOMMENDATION, ActivityOrigin.NIS2_MEASURE)
SUPPORTED_VERSION = 1


@dataclass(frozen=True)
class ActivityTemplate:
    """A ready-made activity: title, description, areas and where the advice comes from."""

    key: str
    title: str
    description: str
    areas: tuple[str, ...]
    origin: ActivityOrigin
    source: str
    reference: str = ""
    priority: Priority = Priority.MEDIUM

    @property
    def label(self) -> str:
        """How the template is listed: 'NIS2 a) Riskanalys …' or the SKR title."""
        return f"NIS2 {self.reference}) {self.title}" if self.reference else self.title

    def to_activity(
        self,
        organisation_id: int,
        today: date,
        owner: str = "",
        due_date: date | None = None,
    ) -> Activity:
        """A new, not yet started activity based on the template, starting today."""
        return Activity(
            organisation_id=organisation_id,
            title=self.title,
            description=f"{self.description}\n\nKälla: {self.source}",
            areas=self.areas,
            origin=self.origin,
            owner=owner,
            start_date=today,
            due_date=due_date,
            priority=self.priority,
            template_key=self.key,
        )


def parse_templates(
    raw: Mapping[str, Any], area_keys: Collection[str]
) -> tuple[ActivityTemplate, ...]:
    """Check the parsed template file against the known area keys; all problems at once."""
    problems: list[str] = []
    if raw.get("version") != SUPPORTED_VERSION:
        problems.append(
            f"Mallfilen har version «{raw.get('version')}», förväntad {SUPPORTED_VERSION}."
        )
    entries = raw.get("templates")
    if not isinstance(entries, list) or not entries:
        raise ValidationError([*problems, "Mallfilen innehåller inga mallar."])
    templates: list[ActivityTemplate] = []
    seen: set[str] = set()
    for index, entry in enumerate(entries, start=1):
        entry_problems, template = _parse_entry(entry, index, area_keys)
        if template and template.key in seen:
            entry_problems.append(
                f"Mall {index}: nyckeln «{template.key}» förekommer flera gånger."
            )
        problems += entry_problems
        if template and not entry_problems:
            seen.add(template.key)
            templates.append(template)
    if problems:
        raise ValidationError(problems)
    return tuple(templates)


def _parse_entry(
    entry: object, index: int, area_keys: Collection[str]
) -> tuple[list[str], ActivityTemplate | None]:
    if not isinstance(entry, Mapping):
        return [f"Mall {index} är inte ett objekt."], None
    problems = [
        f"Mall {index}: fältet «{name}» saknas eller är tomt."
        for name in ("key", "title", "description", "origin", "source")
        if not isinstance(entry.get(name), str) or not entry[name].strip()
    ]
    if problems:
        return problems, None
    areas = entry.get("areas", [])
    if not isinstance(areas, list):
        return [f"Mall {index}: «areas» måste vara en lista."], None
    problems += [
        f"Mall {index}: okänt uppföljningsområde «{a}»." for a in areas if a not in area_keys
    ]
    try:
        origin = ActivityOrigin(entry["origin"])
    except ValueError:
        return [*problems, f"Mall {index}: okänt ursprung «{entry['origin']}»."], None
    if origin not in TEMPLATE_ORIGINS:
        problems.append(f"Mall {index}: ursprunget «{origin.label}» är inte tillåtet för en mall.")
    try:
        priority = Priority(entry.get("priority", Priority.MEDIUM.value))
    except ValueError:
        return [*problems, f"Mall {index}: okänd prioritet «{entry.get('priority')}»."], None
    template = ActivityTemplate(
        key=entry["key"].strip(),
        title=entry["title"].strip(),
        description=entry["description"].strip(),
        areas=tuple(areas),
        origin=origin,
        source=entry["source"].strip(),
        reference=str(entry.get("reference", "")).strip(),
        priority=priority,
    )
    return problems, template


def templates_by_origin(
    templates: Collection[ActivityTemplate], origin: ActivityOrigin
) -> tuple[ActivityTemplate, ...]:
    return tuple(t for t in templates if t.origin is origin)
