"""Full export and import of organisations as one JSON file, for a successor or a colleague.

The file (``FORMAT_NAME``, ``FORMAT_VERSION``) holds, per organisation, its assessments (area
responses, profile answers, reopenings), management reviews (inputs a–g, decisions, reopenings),
activities (areas, comment log) and the NIS2 duty records (approvals, members, trainings).
A decision is referred to by a ``ref`` number that is unique in the file; an activity created
from a decision names it in ``decision_ref``. Ids of the exporting store are not carried over.

Reading is defensive, because an import file may be damaged, foreign or hostile: the size is
checked before parsing, the bytes must be UTF-8, duplicate keys, NaN/Infinity, huge numbers and
deep nesting are refused, every field is type-checked against a closed list of fields and every
text has a length limit. ``parse_document`` returns unsaved domain objects; ``domain_problems``
runs the domain validation over all of them so the user sees every problem at once. Writing the
records is ``app.services.safety``'s job. No SQL and no Qt here.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from enum import StrEnum
from pathlib import Path
from typing import Any, TypeVar

from app.atomic_file import atomic_path
from app.domain.activity import (
    Activity,
    ActivityComment,
    ActivityOrigin,
    ActivityStatus,
    Priority,
    activity_problems,
)
from app.domain.errors import ValidationError
from app.domain.model import AreaResponse, Assessment, Organisation, RecordStatus
from app.domain.review import (
    Decision,
    DecisionKind,
    ManagementApproval,
    ManagementMember,
    ManagementTraining,
    Review,
    ReviewInput,
    ReviewReopening,
    management_record_problems,
    review_problems,
)
from app.domain.validation import assessment_problems, validate_organisation
from app.reference import Reference

FORMAT_NAME = "lagesbild-export"
FORMAT_VERSION = 1
MAX_FILE_BYTES = 50 * 1024 * 1024
MAX_SHORT_TEXT = 200  # names, keys, owners, forums, people
MAX_LONG_TEXT = 100_000  # notes, comments, evidence, review inputs, reasons
MAX_ITEMS = 10_000  # entries in any one list
MAX_NUMBER_DIGITS = 18
MAX_PROBLEMS_SHOWN = 25

_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_E = TypeVar("_E", bound=StrEnum)


class ExchangeFileError(ValidationError):
    """The import file cannot be used: damaged, foreign, too new or breaking the rules."""


# -- the document ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class HistoryEntry:
    """A reopening of a final record, as it was recorded: when and why."""

    reopened_at: str
    reason: str


@dataclass(frozen=True)
class AssessmentRecord:
    assessment: Assessment
    reopenings: tuple[HistoryEntry, ...] = ()


@dataclass(frozen=True)
class ReviewRecord:
    """A review whose decisions carry the file's ``refs`` (same order as ``review.decisions``)."""

    review: Review
    decision_refs: tuple[int, ...] = ()


@dataclass(frozen=True)
class ActivityRecord:
    activity: Activity
    decision_ref: int | None = None


@dataclass(frozen=True)
class OrganisationBundle:
    """One organisation and everything recorded for it; organisation ids are placeholders (0)."""

    organisation: Organisation
    assessments: tuple[AssessmentRecord, ...] = ()
    reviews: tuple[ReviewRecord, ...] = ()
    activities: tuple[ActivityRecord, ...] = ()
    approvals: tuple[ManagementApproval, ...] = ()
    members: tuple[ManagementMember, ...] = ()
    trainings: tuple[ManagementTraining, ...] = ()

    @property
    def record_count(self) -> int:
        return (
            len(self.assessments)
            + len(self.reviews)
            + len(self.activities)
            + len(self.approvals)
            + len(self.members)
            + len(self.trainings)
        )


@dataclass(frozen=True)
class ExchangeDocument:
    exported_at: str
    exported_by: str
    app_version: str
    organisations: tuple[OrganisationBundle, ...] = field(default=())


# -- export ---------------------------------------------------------------------------------------


def document_json(document: ExchangeDocument) -> dict[str, Any]:
    """The JSON form of a document; decision refs are renumbered 1, 2, … in file order."""
    return {
        "format": FORMAT_NAME,
        "format_version": FORMAT_VERSION,
        "exported_at": document.exported_at,
        "exported_by": document.exported_by,
        "app_version": document.app_version,
        "organisations": [_bundle_json(b) for b in document.organisations],
    }


def write_document(document: ExchangeDocument, path: Path) -> Path:
    """Write ``document`` as UTF-8 JSON, atomically and readable by the owner only."""
    text = json.dumps(document_json(document), ensure_ascii=False, indent=2, allow_nan=False)
    with atomic_path(path) as temp:
        temp.write_text(text + "\n", encoding="utf-8")
    return Path(path)


def _iso(value: date | None) -> str | None:
    return value.isoformat() if value else None


def _bundle_json(bundle: OrganisationBundle) -> dict[str, Any]:
    org = bundle.organisation
    return {
        "name": org.name,
        "group": org.group,
        "municipality": org.municipality,
        "note": org.note,
        "assessments": [_assessment_json(r) for r in bundle.assessments],
        "reviews": [_review_json(r) for r in bundle.reviews],
        "activities": [_activity_json(r) for r in bundle.activities],
        "management_approvals": [
            {
                "approved_on": a.approved_on.isoformat(),
                "body": a.body,
                "decision_reference": a.decision_reference,
                "note": a.note,
            }
            for a in bundle.approvals
        ],
        "management_members": [
            {"name": m.name, "role": m.role, "active": m.active} for m in bundle.members
        ],
        "management_trainings": [
            {
                "person": t.person,
                "role": t.role,
                "trained_on": t.trained_on.isoformat(),
                "training": t.training,
                "provider": t.provider,
            }
            for t in bundle.trainings
        ],
    }


def _history_json(entries: Iterable[HistoryEntry]) -> list[dict[str, str]]:
    return [{"reopened_at": e.reopened_at, "reason": e.reason} for e in entries]


def _assessment_json(record: AssessmentRecord) -> dict[str, Any]:
    a = record.assessment
    return {
        "year": a.year,
        "assessed_on": a.assessed_on.isoformat(),
        "assessor": a.assessor,
        "status": a.status.value,
        "note": a.note,
        "responses": [
            {
                "area_key": r.area_key,
                "answer": r.answer,
                "self_level": r.self_level,
                "target_level": r.target_level,
                "comment": r.comment,
                "evidence": r.evidence,
            }
            for r in a.responses.values()
        ],
        "profile": dict(a.profile),
        "reopenings": _history_json(record.reopenings),
    }


def _review_json(record: ReviewRecord) -> dict[str, Any]:
    r = record.review
    return {
        "held_on": r.held_on.isoformat(),
        "forum": r.forum,
        "participants": list(r.participants),
        "period_from": _iso(r.period_from),
        "period_to": _iso(r.period_to),
        "note": r.note,
        "status": r.status.value,
        "inputs": {key.value: text for key, text in sorted(r.inputs.items())},
        "decisions": [
            {
                "ref": ref,
                "text": d.text,
                "kind": d.kind.value,
                "owner": d.owner,
                "due_date": _iso(d.due_date),
            }
            for ref, d in zip(record.decision_refs, r.decisions, strict=True)
        ],
        "reopenings": _history_json(HistoryEntry(o.reopened_at, o.reason) for o in r.reopenings),
    }


def _activity_json(record: ActivityRecord) -> dict[str, Any]:
    a = record.activity
    return {
        "title": a.title,
        "description": a.description,
        "areas": list(a.areas),
        "origin": a.origin.value,
        "owner": a.owner,
        "start_date": _iso(a.start_date),
        "due_date": _iso(a.due_date),
        "status": a.status.value,
        "priority": a.priority.value,
        "progress": a.progress,
        "completed_on": _iso(a.completed_on),
        "decision_ref": record.decision_ref,
        "template_key": a.template_key,
        "comments": [
            {"written_on": c.written_on.isoformat(), "author": c.author, "text": c.text}
            for c in a.comments
        ],
    }


# -- reading the bytes ----------------------------------------------------------------------------


def read_document(path: Path) -> ExchangeDocument:
    """Read and check an export file; ExchangeFileError (Swedish) for anything wrong with it."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise _too_large(size)
        with path.open("rb") as handle:
            data = handle.read(MAX_FILE_BYTES + 1)
    except FileNotFoundError as exc:
        raise ExchangeFileError(f"Filen {path} finns inte.") from exc
    except IsADirectoryError as exc:
        raise ExchangeFileError(f"{path} är en mapp, inte en exportfil.") from exc
    except OSError as exc:
        raise ExchangeFileError(f"Filen {path} kunde inte läsas ({exc.strerror or exc}).") from exc
    return parse_document(data)


def parse_document(data: bytes) -> ExchangeDocument:
    """Parse and check the bytes of an export file (see the module docstring)."""
    if len(data) > MAX_FILE_BYTES:
        raise _too_large(len(data))
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ExchangeFileError(
            f"Filen är inte korrekt UTF-8-kodad (fel vid byte {exc.start}). "
            "Det är ingen exportfil från Lägesbild, eller så är den skadad."
        ) from exc
    try:
        root = json.loads(
            text.removeprefix("\ufeff"),
            object_pairs_hook=_unique_keys,
            parse_constant=_no_constant,
            parse_int=_bounded_int,
            parse_float=_no_float,
        )
    except json.JSONDecodeError as exc:
        raise ExchangeFileError(
            f"Filen är ingen giltig JSON (rad {exc.lineno}, kolumn {exc.colno}: {exc.msg})."
        ) from exc
    except RecursionError as exc:
        raise ExchangeFileError("Filen är för djupt nästlad för att vara en exportfil.") from exc
    except _Refused as exc:
        raise ExchangeFileError(str(exc)) from exc
    return _document(root)


def _too_large(size: int) -> ExchangeFileError:
    return ExchangeFileError(
        f"Filen är för stor ({size / 1024 / 1024:.0f} MB) för att vara en exportfil från "
        f"Lägesbild; högst {MAX_FILE_BYTES // 1024 // 1024} MB tas emot."
    )


class _Refused(ValueError):
    """Raised by the JSON hooks; becomes an ExchangeFileError."""


def _unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise _Refused(f"Filen innehåller nyckeln «{_shown(key)}» två gånger i samma objekt.")
        result[key] = value
    return result


def _no_constant(name: str) -> Any:
    raise _Refused(f"Filen innehåller det ogiltiga talvärdet {name}.")


def _no_float(text: str) -> Any:
    raise _Refused(f"Filen innehåller decimaltalet {_shown(text)}; bara heltal förekommer.")


def _bounded_int(text: str) -> int:
    if len(text.lstrip("-")) > MAX_NUMBER_DIGITS:
        raise _Refused(f"Filen innehåller ett orimligt stort tal ({len(text)} siffror).")
    return int(text)


def _shown(text: str, limit: int = 40) -> str:
    """A value quoted in a message: shortened, and safe to print."""
    cleaned = text.encode("utf-8", "backslashreplace").decode("utf-8")
    return cleaned if len(cleaned) <= limit else cleaned[: limit - 1] + "…"


# -- checking the structure -----------------------------------------------------------------------


class _Fields:
    """One JSON object with a closed set of fields, read with type and length checks."""

    def __init__(self, value: object, where: str, allowed: Iterable[str]) -> None:
        if not isinstance(value, dict):
            raise _wrong(where, "måste vara ett objekt ({…})")
        unknown = [k for k in value if k not in set(allowed)]
        if unknown:
            raise _wrong(where, f"har det okända fältet «{_shown(unknown[0])}»")
        self.value: dict[str, Any] = value
        self.where = where

    def _get(self, key: str, optional: bool) -> Any:
        if key not in self.value:
            if optional:
                return None
            raise _wrong(self.where, f"saknar fältet «{key}»")
        return self.value[key]

    def _container(self, key: str, kind: type, required: bool) -> Any:
        """A list or object field: missing is empty (unless ``required``), null is refused."""
        if key not in self.value and not required:
            return kind()
        value = self._get(key, optional=False)
        if not isinstance(value, kind):
            shape = "en lista ([…])" if kind is list else "ett objekt ({…})"
            raise _wrong(self.at(key), f"måste vara {shape}")
        if len(value) > MAX_ITEMS:
            raise _wrong(self.at(key), f"har fler än {MAX_ITEMS} poster")
        return value

    def at(self, key: str) -> str:
        return f"{self.where}.{key}"

    def text(self, key: str, limit: int = MAX_SHORT_TEXT, *, required: bool = False) -> str:
        """A string (may be missing: ''); ``required`` also refuses missing and blank."""
        value = self._get(key, optional=not required)
        if value is None and not required:
            return ""
        text = _text(value, self.at(key), limit)
        if required and not text.strip():
            raise _wrong(self.at(key), "får inte vara tomt")
        return text

    def optional_text(self, key: str, limit: int = MAX_SHORT_TEXT) -> str | None:
        value = self._get(key, optional=True)
        return None if value is None else _text(value, self.at(key), limit)

    def integer(
        self, key: str, low: int, high: int, *, optional: bool = False, default: int | None = None
    ) -> int | None:
        value = self._get(key, optional=optional)
        if value is None:
            if optional:
                return default
            raise _wrong(self.at(key), "saknas")
        if not isinstance(value, int) or isinstance(value, bool):
            raise _wrong(self.at(key), f"måste vara ett heltal (fick {_kind(value)})")
        if not low <= value <= high:
            raise _wrong(self.at(key), f"måste vara mellan {low} och {high} (fick {value})")
        return value

    def flag(self, key: str, default: bool) -> bool:
        value = self._get(key, optional=True)
        if value is None:
            return default
        if not isinstance(value, bool):
            raise _wrong(self.at(key), f"måste vara true eller false (fick {_kind(value)})")
        return value

    def day(self, key: str, *, optional: bool = False) -> date | None:
        value = self._get(key, optional=optional)
        if value is None:
            if optional:
                return None
            raise _wrong(self.at(key), "saknas")
        if not isinstance(value, str) or not _DATE.match(value):
            raise _wrong(self.at(key), "måste vara ett datum som ÅÅÅÅ-MM-DD")
        try:
            return date.fromisoformat(value)
        except ValueError:
            raise _wrong(self.at(key), f"är inget verkligt datum ({value})") from None

    def required_day(self, key: str) -> date:
        found = self.day(key)
        assert found is not None
        return found

    def timestamp(self, key: str) -> str:
        value = self.text(key, 40, required=True)
        try:
            datetime.fromisoformat(value)
        except ValueError:
            raise _wrong(self.at(key), f"är ingen tidpunkt ({_shown(value)})") from None
        return value

    def choice(self, key: str, kind: type[_E], default: _E | None = None) -> _E:
        value = self._get(key, optional=default is not None)
        if value is None and default is not None:
            return default
        try:
            return kind(value)
        except ValueError:
            options = ", ".join(m.value for m in kind)
            raise _wrong(
                self.at(key), f"har det okända värdet «{_shown(str(value))}» (tillåtet: {options})"
            ) from None

    def items(self, key: str, *, required: bool = False) -> list[tuple[Any, str]]:
        value = self._container(key, list, required)
        return [(item, f"{self.at(key)}[{i}]") for i, item in enumerate(value)]

    def texts(self, key: str) -> tuple[str, ...]:
        return tuple(_text(item, where, MAX_SHORT_TEXT) for item, where in self.items(key))

    def mapping(self, key: str) -> dict[str, Any]:
        return self._container(key, dict, required=False)


def _text(value: object, where: str, limit: int) -> str:
    if not isinstance(value, str):
        raise _wrong(where, f"måste vara text (fick {_kind(value)})")
    if len(value) > limit:
        raise _wrong(where, f"är för lång ({len(value)} tecken, högst {limit})")
    if "\x00" in value:
        raise _wrong(where, "innehåller ett nolltecken")
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise _wrong(where, "innehåller ogiltiga tecken (ensamma surrogattecken)") from None
    return value


def _kind(value: object) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true/false"
    return {int: "ett tal", str: "text", list: "en lista", dict: "ett objekt"}.get(
        type(value), type(value).__name__
    )


def _wrong(where: str, what: str) -> ExchangeFileError:
    return ExchangeFileError(f"Exportfilen är felaktig: {where} {what}.")


def _document(root: object) -> ExchangeDocument:
    if not isinstance(root, dict) or root.get("format") != FORMAT_NAME:
        raise ExchangeFileError(
            "Filen är ingen exportfil från Lägesbild (formatnamnet "
            f"«{FORMAT_NAME}» saknas). Inget har importerats."
        )
    version = root.get("format_version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise ExchangeFileError(
            "Exportfilen saknar en giltig formatversion. Inget har importerats."
        )
    if version > FORMAT_VERSION:
        raise ExchangeFileError(
            f"Exportfilen har formatversion {version} och är gjord med en nyare version av "
            f"Lägesbild (den här versionen läser version {FORMAT_VERSION}). Uppdatera programmet."
        )
    top = _Fields(
        root,
        "filen",
        (
            "format",
            "format_version",
            "exported_at",
            "exported_by",
            "app_version",
            "organisations",
        ),
    )
    refs: set[int] = set()
    bundles = tuple(
        _bundle(item, where, refs) for item, where in top.items("organisations", required=True)
    )
    return ExchangeDocument(
        exported_at=top.text("exported_at", 40),
        exported_by=top.text("exported_by"),
        app_version=top.text("app_version", 40),
        organisations=bundles,
    )


def _bundle(value: object, where: str, refs: set[int]) -> OrganisationBundle:
    f = _Fields(
        value,
        where,
        (
            "name",
            "group",
            "municipality",
            "note",
            "assessments",
            "reviews",
            "activities",
            "management_approvals",
            "management_members",
            "management_trainings",
        ),
    )
    organisation = Organisation(
        name=" ".join(f.text("name", required=True).split()),
        group=f.text("group", 1, required=True),
        municipality=f.optional_text("municipality"),
        note=f.text("note", MAX_LONG_TEXT),
        id=0,
    )
    reviews = tuple(_review(item, at, refs) for item, at in f.items("reviews"))
    own_refs = {ref for r in reviews for ref in r.decision_refs}
    activities = tuple(_activity(item, at, own_refs) for item, at in f.items("activities"))
    return OrganisationBundle(
        organisation=organisation,
        assessments=tuple(_assessment(item, at) for item, at in f.items("assessments")),
        reviews=reviews,
        activities=activities,
        approvals=tuple(_approval(item, at) for item, at in f.items("management_approvals")),
        members=tuple(_member(item, at) for item, at in f.items("management_members")),
        trainings=tuple(_training(item, at) for item, at in f.items("management_trainings")),
    )


def _history(f: _Fields) -> tuple[HistoryEntry, ...]:
    entries = []
    for item, at in f.items("reopenings"):
        h = _Fields(item, at, ("reopened_at", "reason"))
        entries.append(
            HistoryEntry(h.timestamp("reopened_at"), h.text("reason", MAX_LONG_TEXT, required=True))
        )
    return tuple(entries)


def _status(f: _Fields) -> RecordStatus:
    return f.choice("status", RecordStatus, RecordStatus.DRAFT)


def _assessment(value: object, where: str) -> AssessmentRecord:
    f = _Fields(
        value,
        where,
        (
            "year",
            "assessed_on",
            "assessor",
            "status",
            "note",
            "responses",
            "profile",
            "reopenings",
        ),
    )
    responses: dict[str, AreaResponse] = {}
    for item, at in f.items("responses"):
        r = _Fields(
            item,
            at,
            ("area_key", "answer", "self_level", "target_level", "comment", "evidence"),
        )
        key = r.text("area_key", required=True)
        if key in responses:
            raise _wrong(at, f"upprepar området «{_shown(key)}»")
        responses[key] = AreaResponse(
            area_key=key,
            answer=r.optional_text("answer"),
            self_level=r.integer("self_level", 1, 4, optional=True),
            target_level=r.integer("target_level", 1, 4, optional=True),
            comment=r.text("comment", MAX_LONG_TEXT),
            evidence=r.text("evidence", MAX_LONG_TEXT),
        )
    profile = {
        _text(key, f.at("profile"), MAX_SHORT_TEXT): _text(
            option, f"{f.at('profile')}.{key}", MAX_SHORT_TEXT
        )
        for key, option in f.mapping("profile").items()
    }
    assessment = Assessment(
        organisation_id=0,
        year=f.integer("year", 1, 9999) or 0,
        assessed_on=f.required_day("assessed_on"),
        assessor=f.text("assessor"),
        status=_status(f),
        responses=responses,
        profile=profile,
        note=f.text("note", MAX_LONG_TEXT),
    )
    return AssessmentRecord(assessment, _history(f))


def _review(value: object, where: str, refs: set[int]) -> ReviewRecord:
    f = _Fields(
        value,
        where,
        (
            "held_on",
            "forum",
            "participants",
            "period_from",
            "period_to",
            "note",
            "status",
            "inputs",
            "decisions",
            "reopenings",
        ),
    )
    inputs: dict[ReviewInput, str] = {}
    for key, text in f.mapping("inputs").items():
        try:
            input_key = ReviewInput(key)
        except ValueError:
            raise _wrong(
                f.at("inputs"), f"har det okända underlaget «{_shown(key)}» (a–g)"
            ) from None
        inputs[input_key] = _text(text, f"{f.at('inputs')}.{key}", MAX_LONG_TEXT)
    decisions = []
    decision_refs = []
    for item, at in f.items("decisions"):
        d = _Fields(item, at, ("ref", "text", "kind", "owner", "due_date"))
        ref = d.integer("ref", 1, 10**12) or 0
        if ref in refs:
            raise _wrong(d.at("ref"), f"upprepar beslutsnumret {ref}")
        refs.add(ref)
        decision_refs.append(ref)
        decisions.append(
            Decision(
                text=d.text("text", MAX_LONG_TEXT, required=True),
                kind=d.choice("kind", DecisionKind, DecisionKind.DECISION),
                owner=d.text("owner"),
                due_date=d.day("due_date", optional=True),
            )
        )
    review = Review(
        organisation_id=0,
        held_on=f.required_day("held_on"),
        forum=f.text("forum"),
        participants=f.texts("participants"),
        period_from=f.day("period_from", optional=True),
        period_to=f.day("period_to", optional=True),
        status=_status(f),
        inputs=inputs,
        decisions=tuple(decisions),
        note=f.text("note", MAX_LONG_TEXT),
        reopenings=tuple(ReviewReopening(h.reopened_at, h.reason) for h in _history(f)),
    )
    return ReviewRecord(review, tuple(decision_refs))


def _activity(value: object, where: str, decision_refs: set[int]) -> ActivityRecord:
    f = _Fields(
        value,
        where,
        (
            "title",
            "description",
            "areas",
            "origin",
            "owner",
            "start_date",
            "due_date",
            "status",
            "priority",
            "progress",
            "completed_on",
            "decision_ref",
            "template_key",
            "comments",
        ),
    )
    decision_ref = f.integer("decision_ref", 1, 10**12, optional=True)
    if decision_ref is not None and decision_ref not in decision_refs:
        raise _wrong(
            f.at("decision_ref"),
            f"pekar på beslut {decision_ref}, som inte finns i organisationens genomgångar",
        )
    comments = []
    for item, at in f.items("comments"):
        c = _Fields(item, at, ("written_on", "author", "text"))
        comments.append(
            ActivityComment(
                written_on=c.required_day("written_on"),
                author=c.text("author"),
                text=c.text("text", MAX_LONG_TEXT, required=True),
            )
        )
    activity = Activity(
        organisation_id=0,
        title=f.text("title", required=True),
        description=f.text("description", MAX_LONG_TEXT),
        areas=f.texts("areas"),
        origin=f.choice("origin", ActivityOrigin, ActivityOrigin.OWN),
        owner=f.text("owner"),
        start_date=f.day("start_date", optional=True),
        due_date=f.day("due_date", optional=True),
        status=f.choice("status", ActivityStatus, ActivityStatus.NOT_STARTED),
        priority=f.choice("priority", Priority, Priority.MEDIUM),
        progress=f.integer("progress", 0, 100, optional=True, default=0) or 0,
        completed_on=f.day("completed_on", optional=True),
        comments=tuple(comments),
        template_key=f.optional_text("template_key"),
    )
    return ActivityRecord(activity, decision_ref)


def _approval(value: object, where: str) -> ManagementApproval:
    f = _Fields(value, where, ("approved_on", "body", "decision_reference", "note"))
    return ManagementApproval(
        organisation_id=0,
        approved_on=f.required_day("approved_on"),
        body=f.text("body", required=True),
        decision_reference=f.text("decision_reference"),
        note=f.text("note", MAX_LONG_TEXT),
    )


def _member(value: object, where: str) -> ManagementMember:
    f = _Fields(value, where, ("name", "role", "active"))
    return ManagementMember(
        organisation_id=0,
        name=f.text("name", required=True),
        role=f.text("role"),
        active=f.flag("active", True),
    )


def _training(value: object, where: str) -> ManagementTraining:
    f = _Fields(value, where, ("person", "role", "trained_on", "training", "provider"))
    return ManagementTraining(
        organisation_id=0,
        person=f.text("person", required=True),
        trained_on=f.required_day("trained_on"),
        training=f.text("training", required=True),
        role=f.text("role"),
        provider=f.text("provider"),
    )


# -- domain validation ----------------------------------------------------------------------------


def domain_problems(document: ExchangeDocument, reference: Reference) -> list[str]:
    """Every broken domain rule in the file, each prefixed with where it is (Swedish)."""
    problems: list[str] = []
    seen_names: set[str] = set()
    area_keys = {area.key for area in reference.areas}
    for bundle in document.organisations:
        org = bundle.organisation
        name = org.name or "(namnlös organisation)"
        add = _prefixed(problems, name)
        folded = org.name.casefold()
        if folded in seen_names:
            add(["Organisationen förekommer två gånger i filen."])
        seen_names.add(folded)
        add(_caught(lambda org=org: validate_organisation(org, reference)))
        years = [r.assessment.year for r in bundle.assessments]
        for index, record in enumerate(bundle.assessments):
            others = years[:index] + years[index + 1 :]
            found = assessment_problems(record.assessment, reference, others)
            add([f"Bedömningen {record.assessment.year}: {p}" for p in found])
        for record in bundle.reviews:
            found = review_problems(record.review)
            add([f"{record.review.title}: {p}" for p in found])
        for record in bundle.activities:
            found = activity_problems(record.activity, area_keys)
            add([f"Aktiviteten «{_shown(record.activity.title)}»: {p}" for p in found])
        refs = [r.decision_ref for r in bundle.activities if r.decision_ref is not None]
        if len(refs) != len(set(refs)):
            add(["Två aktiviteter pekar på samma beslut; ett beslut kan bara ha en aktivitet."])
        for duty in (*bundle.approvals, *bundle.members, *bundle.trainings):
            add(management_record_problems(duty))
        names = [m.name.strip().casefold() for m in bundle.members]
        if len(names) != len(set(names)):
            add(["En ledamot förekommer två gånger bland ledamöterna."])
    return problems


def validate_document(document: ExchangeDocument, reference: Reference) -> None:
    """Raise ExchangeFileError listing (up to ``MAX_PROBLEMS_SHOWN``) domain problems."""
    problems = domain_problems(document, reference)
    if problems:
        shown = problems[:MAX_PROBLEMS_SHOWN]
        if len(problems) > len(shown):
            shown.append(f"… och {len(problems) - len(shown)} fel till.")
        raise ExchangeFileError(
            ["Exportfilen innehåller uppgifter som inte uppfyller Lägesbilds regler:", *shown]
        )


def _prefixed(problems: list[str], name: str) -> Callable[[Iterable[str]], None]:
    def add(found: Iterable[str]) -> None:
        problems.extend(f"{name}: {p}" for p in found)

    return add


def _caught(check: Callable[[], None]) -> list[str]:
    try:
        check()
    except ValidationError as exc:
        return exc.problems
    return []


def with_organisation(bundle: OrganisationBundle, organisation: Organisation) -> OrganisationBundle:
    """The bundle under another organisation record (e.g. a new name)."""
    return replace(bundle, organisation=organisation)
