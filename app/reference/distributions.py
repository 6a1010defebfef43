"""Published answer distributions of the SKR survey and the questions behind them.

The report's figures are images; only the numbers quoted in its prose are
available, so most options have no count. Options are kept complete (None where
unpublished) so callers can iterate them in question order.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from app.reference._schema import Node, check_header
from app.reference.benchmarks import GROUPS
from app.reference.framework import AnswerOption, Area

SCOPES: tuple[str, ...] = GROUPS


@dataclass(frozen=True)
class ProfileOption:
    """An answer option; ``in_report`` is False for options added for self-assessment only."""

    key: str
    label: str
    in_report: bool = True


@dataclass(frozen=True)
class ProfileQuestion:
    """A survey question. ``profile`` marks the ones a municipality answers about itself."""

    key: str
    text: str
    options: tuple[ProfileOption, ...]
    source: str = ""
    note: str = ""
    profile: bool = True
    area_key: str | None = None

    def option(self, key: str) -> ProfileOption | None:
        """The option with this key, or None."""
        return next((o for o in self.options if o.key == key), None)


@dataclass(frozen=True)
class Distribution:
    """Counts and the report's rounded percentages for one question, scope and year.

    ``counts``/``percent`` contain every option of the question; None means the
    report does not give the figure. Treat the dicts as read-only.
    """

    question_key: str
    scope: str
    year: int
    counts: dict[str, int | None]
    percent: dict[str, int | None]
    base: int | None
    source: str
    note: str = ""


@dataclass(frozen=True)
class DistributionDiscrepancy:
    """A published percentage that contradicts its own count, kept as published."""

    question_key: str
    scope: str
    year: int
    option: str
    count: int
    published_percent: int
    description: str
    source: str


@dataclass(frozen=True)
class PublishedFigure:
    """A single published number that is not an answer distribution (e.g. total CISO hours)."""

    key: str
    scope: str
    year: int
    value: float
    unit: str
    source: str
    note: str = ""


@dataclass(frozen=True)
class DistributionSet:
    """All questions and distributions of one survey file."""

    survey_id: str
    questions: tuple[ProfileQuestion, ...]
    distributions: tuple[Distribution, ...]
    published_figures: tuple[PublishedFigure, ...]
    known_discrepancies: tuple[DistributionDiscrepancy, ...]


def _parse_scope(node: Node) -> str:
    scope = node.as_str()
    if scope not in SCOPES:
        raise node.error(f"okänt omfång ”{scope}” (tillåtna: {', '.join(SCOPES)}).")
    return scope


def _parse_question(
    node: Node, answer_scale: tuple[AnswerOption, ...], areas: Mapping[str, Area]
) -> ProfileQuestion:
    key = node.field("key").as_key()
    area_key: str | None = None
    area_node = node.optional("area")
    if area_node is not None:
        area_key = area_node.as_str()
        if area_key not in areas:
            raise area_node.error(f"frågan ”{key}” hänvisar till det okända området ”{area_key}”.")

    text_from = node.optional("text_from_area")
    if text_from is not None:
        area = areas.get(text_from.as_str())
        if area is None:
            raise text_from.error(
                f"frågan ”{key}” hänvisar till det okända området ”{text_from.value}”."
            )
        text = area.question
    else:
        text = node.field("text").as_str()

    options_from = node.optional("options_from")
    if options_from is not None:
        if options_from.as_str() != "answer_scale":
            raise options_from.error(f"frågan ”{key}”: options_from kan bara vara ”answer_scale”.")
        options = tuple(ProfileOption(o.key, o.label, True) for o in answer_scale)
    else:
        options_list: list[ProfileOption] = []
        for opt in node.field("options").as_list(non_empty=True):
            in_report = opt.optional("in_report")
            options_list.append(
                ProfileOption(
                    key=opt.field("key").as_key(),
                    label=opt.field("label").as_str(),
                    in_report=in_report.as_bool() if in_report is not None else True,
                )
            )
        options = tuple(options_list)
    keys = [o.key for o in options]
    if len(set(keys)) != len(keys):
        raise node.error(f"frågan ”{key}” har samma svarsalternativ flera gånger.")

    note = node.optional("note")
    source = node.optional("source")
    profile = node.optional("profile")
    return ProfileQuestion(
        key=key,
        text=text,
        options=options,
        source=source.as_str() if source is not None else "",
        note=note.as_str() if note is not None else "",
        profile=profile.as_bool() if profile is not None else False,
        area_key=area_key,
    )


def _parse_option_values(
    node: Node | None, question: ProfileQuestion, *, maximum: int | None
) -> dict[str, int | None]:
    values: dict[str, int | None] = {o.key: None for o in question.options}
    if node is None:
        return values
    for key, value in node.items():
        if key not in values:
            raise node.error(f"frågan ”{question.key}” har inget svarsalternativ ”{key}”.")
        values[key] = None if value.value is None else value.as_int(minimum=0, maximum=maximum)
    return values


def parse_distributions(
    root: Node, answer_scale: tuple[AnswerOption, ...], areas: tuple[Area, ...]
) -> DistributionSet:
    """Validate a distributions file against the answer scale and areas."""
    check_header(root, "lagesbild.distributions")
    survey_id = root.field("survey").field("id").as_key()
    area_map = {a.key: a for a in areas}

    questions: dict[str, ProfileQuestion] = {}
    for node in root.field("questions").as_list(non_empty=True):
        question = _parse_question(node, answer_scale, area_map)
        if question.key in questions:
            raise node.error(f"frågan ”{question.key}” förekommer mer än en gång.")
        questions[question.key] = question

    distributions: list[Distribution] = []
    seen: set[tuple[str, str, int]] = set()
    for node in root.field("distributions").as_list():
        qnode = node.field("question")
        question = questions.get(qnode.as_str())
        if question is None:
            raise qnode.error(f"okänd fråga ”{qnode.value}”.")
        scope = _parse_scope(node.field("scope"))
        year = node.field("year").as_int(minimum=1990, maximum=2100)
        ident = (question.key, scope, year)
        if ident in seen:
            raise node.error(
                f"fördelningen för ”{question.key}”, {scope}, {year} förekommer mer än en gång."
            )
        seen.add(ident)
        base_node = node.optional("base")
        base = base_node.as_int(minimum=1) if base_node is not None else None
        note = node.optional("note")
        distributions.append(
            Distribution(
                question_key=question.key,
                scope=scope,
                year=year,
                counts=_parse_option_values(node.optional("counts"), question, maximum=base),
                percent=_parse_option_values(node.optional("percent"), question, maximum=100),
                base=base,
                source=node.field("source").as_str(),
                note=note.as_str() if note is not None else "",
            )
        )

    figures: list[PublishedFigure] = []
    figures_node = root.optional("published_figures")
    for node in figures_node.as_list() if figures_node is not None else []:
        note = node.optional("note")
        figures.append(
            PublishedFigure(
                key=node.field("key").as_key(),
                scope=_parse_scope(node.field("scope")),
                year=node.field("year").as_int(minimum=1990, maximum=2100),
                value=node.field("value").as_number(minimum=0),
                unit=node.field("unit").as_str(),
                source=node.field("source").as_str(),
                note=note.as_str() if note is not None else "",
            )
        )

    by_ident = {(d.question_key, d.scope, d.year): d for d in distributions}
    discrepancies: list[DistributionDiscrepancy] = []
    disc_node = root.optional("known_discrepancies")
    for node in disc_node.as_list() if disc_node is not None else []:
        qkey = node.field("question").as_str()
        scope = _parse_scope(node.field("scope"))
        year = node.field("year").as_int()
        dist = by_ident.get((qkey, scope, year))
        if dist is None:
            raise node.error(
                f"avvikelsen gäller en fördelning som saknas: ”{qkey}”, {scope}, {year}."
            )
        option = node.field("option").as_str()
        count = node.field("count").as_int(minimum=0)
        published = node.field("published_percent").as_int(minimum=0, maximum=100)
        if dist.counts.get(option) != count or dist.percent.get(option) != published:
            raise node.error(
                f"avvikelsen för ”{qkey}”, {scope}, {year}, ”{option}” stämmer inte med "
                "fördelningens antal och procentsats."
            )
        discrepancies.append(
            DistributionDiscrepancy(
                question_key=qkey,
                scope=scope,
                year=year,
                option=option,
                count=count,
                published_percent=published,
                description=node.field("description").as_str(),
                source=node.field("source").as_str(),
            )
        )

    return DistributionSet(
        survey_id=survey_id,
        questions=tuple(questions.values()),
        distributions=tuple(distributions),
        published_figures=tuple(figures),
        known_discrepancies=tuple(discrepancies),
    )
