"""The records a CISO keeps: organisations and their yearly self-assessments.

Area keys, answer keys and profile keys refer to the reference data (app.reference); this module
only holds values, the rules live in scoring, comparison and validation.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date, datetime

from app.domain.labelled import LabelledEnum

GROUPS = ("A", "B", "C")
MIN_YEAR = 2000
MAX_YEAR = 2100
MATURITY_LEVELS = (1, 2, 3, 4)


class RecordStatus(LabelledEnum):
    """Utkast can be edited; fastställd is read-only until explicitly reopened."""

    DRAFT = "draft", "Utkast"
    FINAL = "final", "Fastställd"


@dataclass(frozen=True)
class Organisation:
    """A municipality from the 290, or a custom body (e.g. a kommunalförbund) with a chosen group."""

    name: str
    group: str
    municipality: str | None = None
    id: int | None = None
    note: str = ""

    @property
    def is_municipality(self) -> bool:
        return self.municipality is not None


@dataclass(frozen=True)
class AreaResponse:
    """One area of an assessment: the SKR answer plus the organisation's own MSB judgement."""

    area_key: str
    answer: str | None = None
    self_level: int | None = None
    target_level: int | None = None
    comment: str = ""
    evidence: str = ""


@dataclass(frozen=True)
class Assessment:
    """An organisation's self-assessment (självskattning) for one year."""

    organisation_id: int
    year: int
    assessed_on: date
    assessor: str = ""
    status: RecordStatus = RecordStatus.DRAFT
    responses: dict[str, AreaResponse] = field(default_factory=dict)
    profile: dict[str, str] = field(default_factory=dict)
    note: str = ""
    id: int | None = None
    #: When it was made final (UTC); set by the store, None for a draft.
    finalised_at: datetime | None = None

    @property
    def is_final(self) -> bool:
        return self.status is RecordStatus.FINAL

    def response(self, area_key: str) -> AreaResponse:
        """The response for an area, or an empty one when the area has not been answered."""
        return self.responses.get(area_key) or AreaResponse(area_key)

    def with_response(self, response: AreaResponse) -> Assessment:
        responses = dict(self.responses)
        responses[response.area_key] = response
        return replace(self, responses=responses)

    def carried_forward(self, year: int, assessed_on: date) -> Assessment:
        """A new draft for ``year`` that starts from this assessment's answers (not its id)."""
        return replace(
            self,
            id=None,
            year=year,
            assessed_on=assessed_on,
            status=RecordStatus.DRAFT,
            finalised_at=None,
        )
