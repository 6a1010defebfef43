"""The report as a sequence of format-neutral blocks, with all its Swedish wording.

``compose(content)`` decides what the report says and in which order: headings, paragraphs,
tables, key-figure tiles, charts and the signature block. ``app.report.pdf`` and
``app.report.docx_builder`` only translate these blocks to reportlab flowables and Word
paragraphs, so the two formats cannot drift apart.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from reportlab.graphics.shapes import Drawing

from app import app_version
from app.report import charts
from app.report.content import DOWN, SAME, UP, AreaRow, ReportContent
from app.swedish_format import NBSP, format_date, format_decimal, format_integer, format_signed

LANGUAGE = "sv-SE"
TREND_GLYPHS = {UP: "▲", DOWN: "▼", SAME: "▬"}
NOT_PUBLISHED = "ej redovisat"
NO_VALUE = "–"
FILL_IN_MARK = "[Fyll i"  # prefilled review inputs mark what only people can tell like this

SECTION_TITLES = {
    "summary": "1. Sammanfattning",
    "maturity": "2. Mognadsnivå jämfört med kommungrupp och riket",
    "areas": "3. Resultat per uppföljningsområde",
    "peers": "4. Jämförelse med andra kommuner",
    "actions": "5. Handlingsplanens status",
    "review": "6. Underlag och beslut",
    "duties": "7. Ledningens ansvar enligt cybersäkerhetslagen",
    "method": "8. Metod och källor",
    "signatures": "9. Justering",
}


# --- blocks -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Cell:
    """A table cell; ``tone`` ('good', 'bad', 'muted') is shown with colour and weight."""

    text: str
    bold: bool = False
    tone: str | None = None


@dataclass(frozen=True)
class Cover:
    title: str
    organisation: str
    facts: tuple[tuple[str, str], ...]
    contents: tuple[str, ...]
    note: str


@dataclass(frozen=True)
class Heading:
    """Level 1 starts a numbered section (an outline entry); level 2 is a subsection."""

    text: str
    level: int = 1


@dataclass(frozen=True)
class Text:
    """A paragraph; ``**bold**`` marks emphasis. Styles: body, lead, note, caption, label."""

    text: str
    style: str = "body"


@dataclass(frozen=True)
class Bullets:
    items: tuple[str, ...]
    numbered: bool = False


@dataclass(frozen=True)
class Table:
    """A table with one header row; ``widths`` are relative, ``align`` one letter (l/c/r) a column.

    A header may contain '\n' where it should break.
    """

    header: tuple[str, ...]
    rows: tuple[tuple[Cell, ...], ...]
    widths: tuple[float, ...]
    align: str
    empty: str = ""  # shown instead of the table when there are no rows


@dataclass(frozen=True)
class Tile:
    label: str
    value: str
    detail: str
    tone: str | None = None


@dataclass(frozen=True)
class Tiles:
    tiles: tuple[Tile, ...]


@dataclass(frozen=True)
class Chart:
    drawing: Drawing
    caption: str


@dataclass(frozen=True)
class Signatures:
    signatories: tuple[tuple[str, str], ...]  # (name, role); empty names get blank lines


@dataclass(frozen=True)
class PageBreak:
    pass


@dataclass(frozen=True)
class Keep:
    """Blocks that belong on the same page (e.g. a closing heading and the signature lines)."""

    blocks: tuple[Block, ...]


Block = Cover | Heading | Text | Bullets | Table | Tiles | Chart | Signatures | PageBreak | Keep


@dataclass(frozen=True)
class ReportDocument:
    """The composed report plus the metadata both formats write."""

    title: str
    subject: str
    author: str
    keywords: tuple[str, ...]
    header: str
    footer: str
    blocks: tuple[Block, ...]


# --- inline emphasis ----------------------------------------------------------------------------

_BOLD = re.compile(r"\*\*(.+?)\*\*")


def runs(text: str) -> Iterator[tuple[str, bool]]:
    """Split '**bold** plain' into (text, is_bold) pieces."""
    pos = 0
    for match in _BOLD.finditer(text):
        if match.start() > pos:
            yield text[pos : match.start()], False
        yield match.group(1), True
        pos = match.end()
    if pos < len(text):
        yield text[pos:], False


# --- formatting ---------------------------------------------------------------------------------


def _level(value: int | None) -> str:
    return NO_VALUE if value is None else str(value)


def _trend_cell(row: AreaRow) -> Cell:
    if row.trend is None:
        return Cell(NO_VALUE, tone="muted")
    tone = {UP: "good", DOWN: "bad", SAME: "muted"}[row.trend]
    return Cell(
        f"{TREND_GLYPHS[row.trend]} {format_signed(row.change_since_previous, 0)}", tone=tone
    )


def _diff_cell(value: float | None) -> Cell:
    if value is None:
        return Cell(NO_VALUE, tone="muted")
    return Cell(format_signed(value), tone="bad" if round(value, 2) < 0 else "good")


def _percent(value: float | None) -> str:
    return NOT_PUBLISHED if value is None else f"{format_decimal(value, 0)}{NBSP}%"


def _group(content: ReportContent) -> str:
    return f"kommungrupp {content.group}"


def _count(n: int, one: str, many: str) -> str:
    return f"{n} {one if n == 1 else many}"


# --- the sections -------------------------------------------------------------------------------


def compose(content: ReportContent) -> ReportDocument:
    """The whole report, in order."""
    blocks: list[Block] = [_cover(content), PageBreak()]
    for part in (
        _summary,
        _maturity,
        _areas,
        _peers,
        _actions,
        _review,
        _duties,
        _method,
        _signatures,
    ):
        blocks += part(content)
    return ReportDocument(
        title=content.title,
        subject=(
            f"Ledningens genomgång av informationssäkerhetsarbetet i {content.organisation} "
            f"{content.year} (ISO/IEC 27001:2022 9.3)"
        ),
        author=content.author or content.organisation,
        keywords=(
            "informationssäkerhet",
            "ledningens genomgång",
            "ISO/IEC 27001",
            "SKR",
            "cybersäkerhetslagen",
            content.organisation,
        ),
        header=f"{content.organisation} · Ledningens genomgång – informationssäkerhet {content.year}",
        footer=(
            f"{content.review.status_label} · upprättad {format_date(content.generated_on)}"
            f" · Lägesbild {app_version()}"
        ),
        blocks=tuple(blocks),
    )


def _cover(c: ReportContent) -> Cover:
    review = c.review
    facts = [
        ("Organisation", f"{c.organisation} (kommungrupp {c.group})"),
        ("Forum", review.forum or NO_VALUE),
        ("Sammanträdesdatum", format_date(review.held_on) if review.held_on else "ej fastställt"),
    ]
    if review.period_from and review.period_to:
        period = f"{format_date(review.period_from)} – {format_date(review.period_to)}"
        facts.append(("Period som följs upp", period))
    elif review.period_to:
        facts.append(("Period som följs upp", f"till och med {format_date(review.period_to)}"))
    facts += [
        ("Självskattning", str(c.year)),
        ("Jämförelsetal", f"SKR {c.benchmark_year}"),
        ("Status", review.status_label),
        ("Upprättad", f"{format_date(c.generated_on)}" + (f" av {c.author}" if c.author else "")),
    ]
    if review.participants:
        facts.append(("Deltagare", ", ".join(review.participants)))
    return Cover(
        title=c.title,
        organisation=c.organisation,
        facts=tuple(facts),
        contents=tuple(SECTION_TITLES.values()),
        note=(
            "Underlag för ledningens genomgång enligt ISO/IEC 27001:2022 avsnitt 9.3. "
            "Alla mognadsvärden är självskattningar; jämförelsetalen är SKR:s publicerade "
            f"medelvärden från uppföljningen {c.benchmark_year}."
        ),
    )


def _summary(c: ReportContent) -> list[Block]:
    k = c.key_figures
    group = _group(c)
    lead = (
        f"{c.organisation} når SKR:s mognadsnivå 2 i **{k.areas_at_level_two} av {k.area_count}** "
        f"uppföljningsområden {c.year}"
    )
    if k.previous_year is not None and k.previous_areas_at_level_two is not None:
        lead += f" ({k.previous_areas_at_level_two} vid bedömningen {k.previous_year})"
    lead += "."
    if k.own_mean is not None:
        lead += (
            f" Medelnivån är **{format_decimal(k.own_mean)}**, jämfört med "
            f"{format_decimal(k.group_mean)} för {group} och {format_decimal(k.national_mean)} "
            f"för riket (SKR {c.benchmark_year})."
        )
    change = k.change
    if change is None:
        change_tile = Tile("Förändring", NO_VALUE, "ingen tidigare bedömning", "muted")
    else:
        trend = UP if change > 0 else DOWN if change < 0 else SAME
        change_tile = Tile(
            f"Förändring sedan {k.previous_year}",
            f"{TREND_GLYPHS[trend]} {format_signed(change, 0)}",
            f"{_count(k.improved_areas, 'område', 'områden')} bättre, {k.worsened_areas} sämre",
            {UP: "good", DOWN: "bad", SAME: None}[trend],
        )
    if k.overdue_activities is None:
        overdue_tile = Tile(
            "Försenade aktiviteter", NO_VALUE, "ingen handlingsplan registrerad", "muted"
        )
    else:
        total = c.action_plan.total if c.action_plan else 0
        overdue_tile = Tile(
            "Försenade aktiviteter",
            format_integer(k.overdue_activities),
            f"av {_count(total, 'aktivitet', 'aktiviteter')} i handlingsplanen",
            "bad" if k.overdue_activities else "good",
        )
    tiles = Tiles(
        (
            Tile(
                "Områden på nivå 2",
                f"{k.areas_at_level_two} av {k.area_count}",
                "fullt eller delvis etablerat arbetssätt",
            ),
            change_tile,
            Tile(
                f"Under medel för {group}",
                f"{k.areas_below_group} av {k.area_count}",
                f"jämförelsetal SKR {c.benchmark_year}",
                "bad" if k.areas_below_group else "good",
            ),
            overdue_tile,
        )
    )
    blocks: list[Block] = [Heading(SECTION_TITLES["summary"]), Text(lead, "lead"), tiles]
    notes = _attention(c)
    if notes:
        blocks += [Heading("Att notera", 2), Bullets(notes)]
    if k.previous_year is not None:
        blocks.append(Heading(f"Förändringar sedan {k.previous_year}", 2))
        blocks.append(
            Table(
                header=("Område", f"Nivå {k.previous_year}", f"Nivå {c.year}", "Förändring"),
                rows=tuple(
                    (
                        Cell(f"{r.number}. {r.name}"),
                        Cell(_level(r.previous_level)),
                        Cell(_level(r.own_level)),
                        _trend_cell(r),
                    )
                    for r in c.areas
                    if r.change_since_previous
                ),
                widths=(9.2, 2.2, 2.2, 2.6),
                align="lccc",
                empty="Ingen SKR-jämförbar nivå har ändrats sedan föregående bedömning.",
            )
        )
    blocks.append(Heading("De tre största gapen", 2))
    gaps = c.largest_gaps()
    blocks.append(
        Table(
            header=(
                "Område",
                "Egen nivå",
                f"Kommungrupp {c.group}\n(medel)",
                "Skillnad",
                "Självskattad\n/ målnivå",
            ),
            rows=tuple(
                (
                    Cell(f"{r.number}. {r.name}"),
                    Cell(_level(r.own_level)),
                    Cell(format_decimal(r.group_mean)),
                    _diff_cell(r.diff_group),
                    Cell(f"{_level(r.self_level)} / {_level(r.target_level)}"),
                )
                for r in gaps
            ),
            widths=(6.6, 1.8, 2.8, 1.9, 2.6),
            align="lcrrc",
            empty="Inget område ligger under kommungruppens medelvärde eller under sin målnivå.",
        )
    )
    blocks.append(Heading(_decisions_title(c), 2))
    if c.decisions:
        blocks.append(Bullets(tuple(d.text for d in c.decisions), numbered=True))
    else:
        blocks.append(Text("Inga förslag till beslut har registrerats.", "note"))
    blocks.append(PageBreak())
    return blocks


def _attention(c: ReportContent) -> tuple[str, ...]:
    """Short pointers to what the board must not miss, each with its section."""
    notes = []
    if c.duties is not None and c.duties.missing:
        n = len(c.duties.missing)
        notes.append(
            f"**Cybersäkerhetslagen:** {_count(n, 'brist', 'brister')} i ledningens ansvar "
            "(godkännande av riskhanteringsåtgärder, utbildning) – se avsnitt 7."
        )
    plan = c.action_plan
    if plan is not None and plan.overdue:
        notes.append(
            f"**Handlingsplanen:** {len(plan.overdue)} av {_count(plan.total, 'aktivitet', 'aktiviteter')} "
            "är försenade – se avsnitt 5."
        )
    late = sum(1 for f in c.follow_up if f.overdue)
    if late:
        notes.append(
            f"**Föregående genomgång:** {late} av {_count(len(c.follow_up), 'beslut', 'beslut')} "
            "är försenade – se avsnitt 5."
        )
    unanswered = sum(1 for r in c.areas if r.own_level is None)
    if unanswered:
        notes.append(
            f"**Självskattningen:** {_count(unanswered, 'område saknar', 'områden saknar')} svar."
        )
    return tuple(notes)


def _decisions_title(c: ReportContent) -> str:
    return "Beslut" if c.decisions_are_final else "Förslag till beslut"


def _maturity(c: ReportContent) -> list[Block]:
    group = f"Kommungrupp {c.group} {c.benchmark_year}"
    drawing = charts.radar_chart(
        axes=tuple(f"{r.number}. {r.short_name}" for r in c.areas),
        series=(
            charts.Series(
                f"{c.organisation} {c.year}", tuple(_float(r.own_level) for r in c.areas), "own"
            ),
            charts.Series(f"{group} (medel)", tuple(r.group_mean for r in c.areas), "group"),
            charts.Series(
                f"Riket {c.benchmark_year} (medel)",
                tuple(r.national_mean for r in c.areas),
                "national",
            ),
        ),
        height=430,
        center=0.5,
        low=1.0,
    )
    return [
        Heading(SECTION_TITLES["maturity"]),
        Text(
            f"Diagrammet visar organisationens SKR-jämförbara nivå per uppföljningsområde {c.year} "
            f"tillsammans med medelvärdet för {_group(c)} och för samtliga kommuner enligt SKR:s "
            f"uppföljning {c.benchmark_year}. Organisationens värde är 1 eller 2 per område, "
            "jämförelsetalen är medelvärden mellan 1 och 2. Ju längre ut från mitten, desto "
            "mer etablerat arbetssätt."
        ),
        Chart(
            drawing,
            f"Figur 1. SKR-jämförbar nivå per område, {c.organisation} {c.year} jämfört med "
            f"{_group(c)} och riket. Källa: egen självskattning; {c.method.survey_label}.",
        ),
        Text(
            "Heldragen linje med cirklar: organisationen. Streckad linje med kvadrater: "
            "kommungruppen. Prickad linje med trianglar: riket.",
            "note",
        ),
        PageBreak(),
    ]


def _float(value: int | None) -> float | None:
    return None if value is None else float(value)


def _areas(c: ReportContent) -> list[Block]:
    rows = []
    for r in c.areas:
        rows.append(
            (
                Cell(f"{r.number}. {r.name}"),
                Cell(_level(r.own_level), bold=True),
                Cell(_level(r.self_level)),
                Cell(_level(r.target_level)),
                _trend_cell(r),
                Cell(format_decimal(r.group_mean)),
                Cell(format_decimal(r.national_mean)),
                _diff_cell(r.diff_group),
                _diff_cell(r.diff_national),
            )
        )
    blocks: list[Block] = [
        Heading(SECTION_TITLES["areas"]),
        Text(
            "Egen nivå är den SKR-jämförbara nivån (1–2). Självskattad nivå och målnivå avser "
            "mognadsnivå 1–4 i mognadsmodellen. Förändring avser egen nivå jämfört med "
            f"föregående bedömning. Grupp {c.group} och Riket är SKR:s medelvärden "
            f"{c.benchmark_year}; skillnad = egen nivå minus medelvärdet."
        ),
        Table(
            header=(
                "Uppföljningsområde",
                "Egen\nnivå",
                "Själv-\nskattad",
                "Mål-\nnivå",
                "För-\nändring",
                f"Grupp {c.group}",
                "Riket",
                "Skillnad\ngrupp",
                "Skillnad\nriket",
            ),
            rows=tuple(rows),
            widths=(150, 34, 42, 34, 45, 42, 36, 48, 48),
            align="lccccrrrr",
        ),
        Heading("Utveckling över tid", 2),
    ]
    if len(c.trend) < 2:
        blocks.append(
            Text("Det finns bara en bedömning, så någon utveckling kan inte visas ännu.", "note")
        )
    else:
        years = sorted(
            {p.year for p in c.trend} | {b.year for b in c.benchmarks if b.year >= c.trend[0].year}
        )
        own = {p.year: p.mean_level for p in c.trend}
        group = {b.year: b.group_mean for b in c.benchmarks}
        national = {b.year: b.national_mean for b in c.benchmarks}
        drawing = charts.trend_chart(
            years,
            (
                charts.Series(c.organisation, tuple(own.get(y) for y in years), "own"),
                charts.Series(
                    f"Kommungrupp {c.group} (medel)", tuple(group.get(y) for y in years), "group"
                ),
                charts.Series("Riket (medel)", tuple(national.get(y) for y in years), "national"),
            ),
            y_label="SKR-jämförbar nivå",
        )
        blocks.append(
            Chart(
                drawing,
                "Figur 2. Medelvärdet av den SKR-jämförbara nivån över alla områden per år. "
                "Jämförelsetalen finns bara för SKR:s uppföljningsår.",
            )
        )
    blocks += _year_tables(c)
    blocks.append(PageBreak())
    return blocks


YEARS_PER_TABLE = 10


def _year_tables(c: ReportContent) -> list[Block]:
    """The numbers behind the trend chart, years as columns (10 a table)."""
    points = list(c.trend)
    tables: list[Block] = []
    for start in range(0, len(points), YEARS_PER_TABLE):
        chunk = points[start : start + YEARS_PER_TABLE]
        tables.append(
            Table(
                header=("År", *(f"{p.year}" + ("" if p.is_final else "*") for p in chunk)),
                rows=(
                    (
                        Cell("Områden på nivå 2"),
                        *(Cell(str(p.areas_at_level_two), bold=p.year == c.year) for p in chunk),
                    ),
                    (
                        Cell("Medelnivå"),
                        *(Cell(format_decimal(p.mean_level), bold=p.year == c.year) for p in chunk),
                    ),
                ),
                widths=(3.4, *([1.2] * len(chunk))),
                align="l" + "c" * len(chunk),
            )
        )
    if any(not p.is_final for p in points):
        tables.append(Text("* Utkast – bedömningen är inte fastställd.", "note"))
    return tables


def _peers(c: ReportContent) -> list[Block]:
    return [
        Heading(SECTION_TITLES["peers"]),
        Text(
            "Tabellen visar organisationens eget svar på SKR:s profilfrågor och hur stor andel av "
            f"kommunerna i riket respektive i {_group(c)} som gav samma svar i SKR:s uppföljning "
            f"{c.benchmark_year}. Där SKR inte publicerat andelen anges «{NOT_PUBLISHED}»."
        ),
        Table(
            header=("Fråga", "Eget svar", "Samma svar,\nriket", f"Samma svar,\ngrupp {c.group}"),
            rows=tuple(
                (
                    Cell(p.question),
                    Cell(p.own_answer or "ej besvarat", tone=None if p.own_answer else "muted"),
                    Cell(
                        _percent(p.national_percent),
                        tone=None if p.national_percent is not None else "muted",
                    ),
                    Cell(
                        _percent(p.group_percent),
                        tone=None if p.group_percent is not None else "muted",
                    ),
                )
                for p in c.peers
            ),
            widths=(8.4, 3.8, 2.0, 2.0),
            align="llrr",
            empty="Inga profilfrågor är besvarade.",
        ),
    ]


def _activity_rows(lines, *, completed: bool = False) -> tuple[tuple[Cell, ...], ...]:
    if completed:
        return tuple(
            (
                Cell(a.title),
                Cell(a.owner or NO_VALUE),
                Cell(a.areas or NO_VALUE),
                Cell(format_date(a.completed_on)),
            )
            for a in lines
        )
    return tuple(
        (
            Cell(a.title),
            Cell(a.owner or "saknas", tone=None if a.owner else "bad"),
            Cell(format_date(a.due_date)),
            Cell(str(a.days_overdue), tone="bad"),
        )
        for a in lines
    )


def _actions(c: ReportContent) -> list[Block]:
    blocks: list[Block] = [Heading(SECTION_TITLES["actions"])]
    plan = c.action_plan
    if plan is None or plan.total == 0:
        blocks.append(Text("Handlingsplanen innehåller inga aktiviteter ännu.", "note"))
    else:
        blocks.append(
            Text(
                f"Handlingsplanen innehåller {_count(plan.total, 'aktivitet', 'aktiviteter')} "
                f"per {format_date(c.generated_on)}, varav **{len(plan.overdue)} försenade**."
            )
        )
        blocks.append(
            Table(
                header=("Status", "Antal"),
                rows=tuple((Cell(label), Cell(str(n))) for label, n in plan.counts)
                + ((Cell("Totalt", bold=True), Cell(str(plan.total), bold=True)),),
                widths=(5.0, 2.0),
                align="lr",
            )
        )
        blocks.append(Heading("Försenade aktiviteter", 2))
        blocks.append(
            Table(
                header=("Aktivitet", "Ansvarig", "Slutdatum", "Dagar sen"),
                rows=_activity_rows(plan.overdue),
                widths=(8.4, 3.6, 2.4, 1.8),
                align="llrr",
                empty="Inga aktiviteter är försenade.",
            )
        )
        since = (
            f" sedan föregående genomgång ({format_date(plan.since)})"
            if plan.since
            else " under året"
        )
        blocks.append(Heading(f"Genomförda aktiviteter{since}", 2))
        blocks.append(
            Table(
                header=("Aktivitet", "Ansvarig", "Område", "Klar"),
                rows=_activity_rows(plan.completed_since, completed=True),
                widths=(7.0, 3.2, 3.6, 2.4),
                align="lllr",
                empty="Inga aktiviteter har avslutats under perioden.",
            )
        )
    title = "Uppföljning av föregående genomgångs beslut"
    if c.previous_review_date:
        title += f" ({format_date(c.previous_review_date)})"
    blocks.append(Heading(title, 2))
    if c.previous_review_date is None:
        blocks.append(Text("Ingen tidigare ledningens genomgång finns registrerad.", "note"))
    else:
        blocks.append(
            Table(
                header=("Beslut", "Ansvarig", "Klart senast", "Status"),
                rows=tuple(
                    (
                        Cell(f.text),
                        Cell(f.owner or NO_VALUE),
                        Cell(format_date(f.due_date)),
                        Cell(f.status, tone="bad" if f.overdue else None),
                    )
                    for f in c.follow_up
                ),
                widths=(7.0, 2.8, 2.4, 4.0),
                align="llrl",
                empty="Föregående genomgång fattade inga beslut.",
            )
        )
    return blocks


def _review(c: ReportContent) -> list[Block]:
    blocks: list[Block] = [
        PageBreak(),
        Heading(SECTION_TITLES["review"]),
        Text(
            "Enligt ISO/IEC 27001:2022 avsnitt 9.3.2 ska ledningens genomgång omfatta underlagen "
            "a–g nedan. Resultatet av genomgången är beslut om möjligheter till förbättring och "
            "om behov av förändringar i ledningssystemet (9.3.3)."
        ),
        Heading("Underlag (9.3.2)", 2),
    ]
    for item in c.inputs:
        blocks.append(Text(f"{item.letter}) {item.title}", "label"))
        if item.text.strip():
            blocks += _free_text(item.text)
        else:
            blocks.append(Text("Inget underlag har angetts.", "note"))
    blocks.append(Heading(f"{_decisions_title(c)} (9.3.3)", 2))
    blocks.append(
        Table(
            header=(
                "Nr",
                "Beslut" if c.decisions_are_final else "Förslag",
                "Ansvarig",
                "Klart senast",
            ),
            rows=tuple(
                (
                    Cell(str(i)),
                    Cell(d.text + (f" (aktivitet: {d.activity})" if d.activity else "")),
                    Cell(d.owner or NO_VALUE),
                    Cell(format_date(d.due_date)),
                )
                for i, d in enumerate(c.decisions, start=1)
            ),
            widths=(1.0, 9.4, 3.4, 2.4),
            align="llll",
            empty="Inga förslag till beslut har registrerats.",
        )
    )
    return blocks


BULLET_MARKS = ("•", "–", "-")


def _free_text(text: str) -> list[Block]:
    """User text: lines starting with a bullet mark become lists, '[Fyll i …]' a muted note."""
    blocks: list[Block] = []
    items: list[str] = []
    for raw in text.splitlines():
        line = raw.strip()
        if line[:1] in BULLET_MARKS and line[1:2] == " ":
            items.append(line[2:].strip())
            continue
        if items:
            blocks.append(Bullets(tuple(items)))
            items = []
        if line:
            blocks.append(Text(line, "note" if line.startswith(FILL_IN_MARK) else "body"))
    if items:
        blocks.append(Bullets(tuple(items)))
    return blocks


def _duties(c: ReportContent) -> list[Block]:
    blocks: list[Block] = [
        Heading(SECTION_TITLES["duties"]),
        Text(
            "Cybersäkerhetslagen (2025:1506) genomför EU:s NIS2-direktiv och gäller från "
            "2026-01-15. Enligt lagen ska ledningen godkänna åtgärderna för att hantera "
            "cybersäkerhetsrisker, övervaka att de genomförs och själv genomgå utbildning i "
            "cybersäkerhet."
        ),
    ]
    duties = c.duties
    if duties is None:
        blocks.append(Text("Inga uppgifter om ledningens ansvar är registrerade.", "note"))
        return [Keep(tuple(blocks))]
    blocks.append(
        Table(
            header=("Krav", "Status enligt registrerade uppgifter"),
            rows=tuple(
                (
                    Cell(d.duty),
                    Cell(
                        d.status,
                        tone=None if d.fulfilled is None else "good" if d.fulfilled else "bad",
                    ),
                )
                for d in duties.lines
            ),
            widths=(6.6, 9.6),
            align="ll",
        )
    )
    if duties.training:
        blocks.append(Heading("Ledningens utbildning i cybersäkerhet", 2))
        blocks.append(
            Table(
                header=("Ledamot", "Senaste utbildning", "Datum"),
                rows=tuple(
                    (
                        Cell(t.member),
                        Cell(t.training or "saknas", tone=None if t.trained_on else "bad"),
                        Cell(format_date(t.trained_on)),
                    )
                    for t in duties.training
                ),
                widths=(6.0, 7.6, 2.6),
                align="llr",
            )
        )
    blocks.append(Heading("Det här saknas", 2))
    if duties.missing:
        blocks.append(Bullets(duties.missing))
    else:
        blocks.append(Text("Inget saknas enligt de registrerade uppgifterna.", "body"))
    if duties.rules:
        blocks.append(Text("Bedömningsregler: " + " ".join(duties.rules), "note"))
    return [Keep(tuple(blocks))]


def _method(c: ReportContent) -> list[Block]:
    m = c.method
    two = (
        " eller ".join(f"«{a}»" for a in m.level_two_answers)
        or "att arbetssättet är fullt ut eller delvis etablerat"
    )
    blocks: list[Block] = [
        PageBreak(),
        Heading(SECTION_TITLES["method"]),
        Heading("Underlag och jämförelsetal", 2),
        Text(
            f"Rapporten bygger på organisationens självskattning {c.year} inom de nio "
            "uppföljningsområden som Sveriges Kommuner och Regioner (SKR) använde i sin uppföljning "
            f"av kommunernas informationssäkerhetsarbete. Jämförelsetalen är SKR:s publicerade "
            f"medelvärden per område för {_group(c)} och för samtliga kommuner i {m.survey_label} "
            "(Figur 64–67 i SKR:s rapport)." + (f" {m.response_note}" if m.response_note else "")
        ),
        Heading("Mognadsmodellen", 2),
        Text(
            "Mognadsmodellen beskriver fyra nivåer för hur väl ett arbetssätt är infört. Den "
            "självskattade nivån och målnivån i rapporten avser dessa nivåer."
        ),
        Table(
            header=("Nivå", "Benämning", "Innebörd"),
            rows=tuple(
                (Cell(str(lv.level), bold=True), Cell(lv.name), Cell(lv.description))
                for lv in m.maturity_levels
            ),
            widths=(1.2, 3.6, 11.4),
            align="cll",
        ),
        Heading("SKR-jämförbar nivå", 2),
        Text(
            f"I SKR:s enkät svarade kommunerna på frågan om de har ett etablerat arbetssätt inom "
            f"varje område. Svaret {two} räknas som mognadsnivå 2, alla andra svar som nivå 1. "
            "Enkäten mätte därmed bara de två lägsta nivåerna i mognadsmodellen. Organisationens "
            "SKR-jämförbara nivå är därför 1 eller 2 per område, medan SKR:s jämförelsetal är "
            "medelvärden mellan 1 och 2: ett jämförelsetal på 1,62 betyder att 62 procent av "
            "kommunerna i gruppen angav nivå 2."
        ),
        Heading("Självskattningar", 2),
        Text(
            "Alla värden i rapporten – organisationens egna och jämförelsetalen – är "
            "självskattningar. De har inte granskats av någon oberoende part och ska läsas som en "
            "indikation på hur etablerat arbetet är, inte som ett revisionsresultat. Små "
            "skillnader mot jämförelsetalen ska tolkas med försiktighet."
        ),
        Heading("Källor", 2),
        Bullets(
            tuple(
                dict.fromkeys(
                    (
                        *m.benchmark_sources,
                        "ISO/IEC 27001:2022, avsnitt 9.3 Ledningens genomgång",
                        "Cybersäkerhetslagen (2025:1506)",
                    )
                )
            )
        ),
    ]
    return blocks


def _signatures(c: ReportContent) -> list[Block]:
    people = tuple((s.name, s.role) for s in c.signatories) or (
        ("", "Ordförande"),
        ("", "Informationssäkerhetssamordnare"),
    )
    forum = c.review.forum or "ledningen"
    return [
        Keep(
            (
                Heading(SECTION_TITLES["signatures"]),
                Text(
                    f"Genomgången har behandlats av {forum}"
                    + (f" {format_date(c.review.held_on)}" if c.review.held_on else "")
                    + ". Underlaget och besluten justeras av:"
                ),
                Signatures(people),
            )
        )
    ]
