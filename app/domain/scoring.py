"""SKR's scoring rule: an area counts as maturity level 2 when it is fully or partly established.

The survey only measured the two lowest MSB levels, so an SKR-comparable level is always 1 or 2.
The rule is data (``skr_level`` on each answer option) so that a future survey can change it; this
module applies it.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from app.domain.model import Assessment

if TYPE_CHECKING:
    from app.reference import Reference


def skr_comparable_level(answer_key: str | None, reference: Reference) -> int | None:
    """1 or 2 for an answered area, None when the area has no SKR answer yet."""
    if not answer_key:
        return None
    return reference.answer(answer_key).skr_level


def skr_levels(assessment: Assessment, reference: Reference) -> dict[str, int | None]:
    """SKR-comparable level per area key, in the reference's area order."""
    return {
        area.key: skr_comparable_level(assessment.response(area.key).answer, reference)
        for area in reference.areas
    }


def mean_level(levels: Iterable[int | None]) -> float | None:
    """Mean of the answered levels; None when nothing is answered."""
    values = [v for v in levels if v is not None]
    return sum(values) / len(values) if values else None


def areas_at_level_two(assessment: Assessment, reference: Reference) -> int:
    """How many areas reach SKR's level 2 – the headline key figure."""
    return sum(1 for level in skr_levels(assessment, reference).values() if level == 2)
