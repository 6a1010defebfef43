"""The assessment framework: follow-up areas, answer scale and maturity model."""

from __future__ import annotations

from dataclasses import dataclass

from app.reference._schema import Node, check_header

SHORT_NAME_MAX = 14


@dataclass(frozen=True)
class Area:
    """One of SKR's nine follow-up areas, in the order of the benchmark tables."""

    number: int
    key: str
    name: str
    short_name: str
    question: str
    sources: tuple[str, ...]
    recommendation: str
    note: str = ""


@dataclass(frozen=True)
class AnswerOption:
    """An answer to an area question and the SKR maturity level it scores as."""

    key: str
    label: str
    skr_level: int


@dataclass(frozen=True)
class MaturityLevel:
    """A level of MSB's maturity model (names and descriptions paraphrased)."""

    level: int
    name: str
    description: str


@dataclass(frozen=True)
class MaturityModel:
    """The model plus the report's reading of it (which level is enough, which was measured)."""

    levels: tuple[MaturityLevel, ...]
    minimum_satisfactory_level: int
    target_level: int
    measured_levels: tuple[int, ...]

    def level(self, number: int) -> MaturityLevel | None:
        """The level with this number, or None."""
        return next((lvl for lvl in self.levels if lvl.level == number), None)


def parse_areas(root: Node) -> tuple[Area, ...]:
    """Validate areas.json; numbers must run 1..n so table columns line up."""
    check_header(root, "lagesbild.areas")
    areas: list[Area] = []
    seen: set[str] = set()
    for index, node in enumerate(root.field("areas").as_list(non_empty=True), start=1):
        number = node.field("number").as_int()
        if number != index:
            raise node.error(
                f"områdena ska vara numrerade 1, 2, 3 … i tabellordning, men område nr {index} "
                f"har nummer {number}."
            )
        key = node.field("key").as_key()
        if key in seen:
            raise node.error(f"området ”{key}” förekommer mer än en gång.")
        seen.add(key)
        note = node.optional("note")
        areas.append(
            Area(
                number=number,
                key=key,
                name=node.field("name").as_str(),
                short_name=node.field("short_name").as_str(max_length=SHORT_NAME_MAX),
                question=node.field("question").as_str(),
                sources=node.field("sources").as_str_list(non_empty=True),
                recommendation=node.field("recommendation").as_str(),
                note=note.as_str() if note else "",
            )
        )
    return tuple(areas)


def parse_answer_scale(root: Node) -> tuple[AnswerOption, ...]:
    """Validate answer_scale.json; levels are limited to the 1–4 maturity scale."""
    check_header(root, "lagesbild.answer_scale")
    options: list[AnswerOption] = []
    seen: set[str] = set()
    for node in root.field("options").as_list(non_empty=True):
        key = node.field("key").as_key()
        if key in seen:
            raise node.error(f"svarsalternativet ”{key}” förekommer mer än en gång.")
        seen.add(key)
        options.append(
            AnswerOption(
                key=key,
                label=node.field("label").as_str(),
                skr_level=node.field("skr_level").as_int(minimum=1, maximum=4),
            )
        )
    return tuple(options)


def parse_maturity_model(root: Node) -> MaturityModel:
    """Validate maturity_model.json; levels must run 1..n."""
    check_header(root, "lagesbild.maturity_model")
    levels: list[MaturityLevel] = []
    for index, node in enumerate(root.field("levels").as_list(non_empty=True), start=1):
        number = node.field("level").as_int()
        if number != index:
            raise node.error(
                f"mognadsnivåerna ska vara numrerade 1, 2, 3 …, men nivå nr {index} har "
                f"nummer {number}."
            )
        levels.append(
            MaturityLevel(
                level=number,
                name=node.field("name").as_str(),
                description=node.field("description").as_str(),
            )
        )
    top = len(levels)
    minimum = root.field("minimum_satisfactory_level").as_int(minimum=1, maximum=top)
    target = root.field("target_level").as_int(minimum=1, maximum=top)
    measured = tuple(
        n.as_int(minimum=1, maximum=top)
        for n in root.field("measured_levels").as_list(non_empty=True)
    )
    return MaturityModel(tuple(levels), minimum, target, measured)
