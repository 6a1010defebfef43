"""Domain validation with messages a Swedish CISO can act on.

Every rule is checked and all problems are reported together, so the user fixes them in one go.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import TYPE_CHECKING

from app.domain.errors import ValidationError
from app.domain.model import GROUPS, MATURITY_LEVELS, MIN_YEAR, Assessment, Organisation

if TYPE_CHECKING:
    from app.reference import Reference


def max_year(today: date | None = None) -> int:
    """Assessments may be prepared for next year, not further ahead."""
    return (today or date.today()).year + 1


def year_problems(year: object, today: date | None = None) -> list[str]:
    if not isinstance(year, int) or isinstance(year, bool):
        return [f"Året måste vara ett heltal, inte «{year}»."]
    if not MIN_YEAR <= year <= max_year(today):
        return [
            f"Året {year} ligger utanför det tillåtna intervallet {MIN_YEAR}–{max_year(today)}."
        ]
    return []


def validate_year(year: object, today: date | None = None) -> int:
    problems = year_problems(year, today)
    if problems:
        raise ValidationError(problems)
    return year  # type: ignore[return-value]


def _level_problems(value: object, what: str, area_name: str) -> list[str]:
    if value is None:
        return []
    if not isinstance(value, int) or isinstance(value, bool) or value not in MATURITY_LEVELS:
        return [f"{area_name}: {what} måste vara 1, 2, 3 eller 4 (fick «{value}»)."]
    return []


def validate_organisation(org: Organisation, reference: Reference) -> None:
    """A municipality must be one of the 290 and keep its SKR group; a custom body needs a group."""
    problems: list[str] = []
    if not org.name.strip():
        problems.append("Organisationen måste ha ett namn.")
    if org.group not in GROUPS:
        problems.append(f"Kommungruppen måste vara A, B eller C (fick «{org.group}»).")
    if org.municipality is not None:
        known = reference.municipalities.get(org.municipality)
        if known is None:
            problems.append(f"«{org.municipality}» finns inte bland Sveriges 290 kommuner.")
        elif known.group != org.group:
            problems.append(
                f"{known.name} tillhör kommungrupp {known.group} enligt SKR, inte {org.group}."
            )
    if problems:
        raise ValidationError(problems)


def assessment_problems(
    assessment: Assessment,
    reference: Reference,
    other_years: Iterable[int] = (),
    today: date | None = None,
) -> list[str]:
    """All rule violations of an assessment; ``other_years`` are the organisation's other years."""
    problems = year_problems(assessment.year, today)
    if assessment.year in set(other_years):
        problems.append(
            f"Det finns redan en bedömning för {assessment.year}. Öppna den i stället för att skapa en ny."
        )
    known_areas = {a.key: a for a in reference.areas}
    known_answers = {o.key: o for o in reference.answer_scale}
    for key, response in assessment.responses.items():
        area = known_areas.get(key)
        if area is None:
            problems.append(f"Okänt uppföljningsområde «{key}».")
            continue
        problems += _level_problems(response.self_level, "den självskattade nivån", area.name)
        problems += _level_problems(response.target_level, "målnivån", area.name)
        if response.answer is None:
            continue
        option = known_answers.get(response.answer)
        if option is None:
            problems.append(f"{area.name}: okänt svarsalternativ «{response.answer}».")
            continue
        level = response.self_level
        if isinstance(level, int) and level in MATURITY_LEVELS:
            if option.skr_level == 2 and level == 1:
                problems.append(
                    f"{area.name}: svaret «{option.label}» motsvarar minst mognadsnivå 2, "
                    "men den självskattade nivån är 1."
                )
            elif option.skr_level == 1 and level >= 2:
                problems.append(
                    f"{area.name}: den självskattade nivån {level} förutsätter ett etablerat "
                    f"arbetssätt, men svaret är «{option.label}»."
                )
    questions = {q.key: q for q in reference.profile_questions}
    for key, value in assessment.profile.items():
        question = questions.get(key)
        if question is None:
            problems.append(f"Okänd profilfråga «{key}».")
        elif value not in {o.key for o in question.options}:
            problems.append(f"{question.text}: okänt svar «{value}».")
    return problems


def validate_assessment(
    assessment: Assessment,
    reference: Reference,
    other_years: Iterable[int] = (),
    today: date | None = None,
) -> None:
    problems = assessment_problems(assessment, reference, other_years, today)
    if problems:
        raise ValidationError(problems)
