"""Where an organisation's own profile answer sits in SKR's published answer distributions."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from app.reference import Reference


@dataclass(frozen=True)
class PeerPosition:
    """How many municipalities in a scope gave the same answer as the organisation."""

    question_key: str
    scope: str
    year: int
    own_option: str
    count: int | None
    percent: int | None
    base: int | None
    source: str


def peer_positions(
    question_key: str, own_option: str | None, group: str, reference: Reference, year: int = 2023
) -> list[PeerPosition]:
    """The national and own-group figures for the organisation's answer, where SKR published them."""
    if not own_option:
        return []
    positions = []
    for dist in reference.distributions_for(question_key, year):
        if dist.scope not in ("national", group):
            continue
        positions.append(
            PeerPosition(
                question_key=question_key,
                scope=dist.scope,
                year=dist.year,
                own_option=own_option,
                count=dist.counts.get(own_option),
                percent=dist.percent.get(own_option),
                base=dist.base,
                source=dist.source,
            )
        )
    return positions
