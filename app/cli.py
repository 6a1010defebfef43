"""The ``lagesbild`` command: the desktop app without a sub-command, or a sub-command.

Qt is never imported here; only starting the GUI imports ``ui.application``, lazily.

How to add a sub-command is described in app.cli_framework, which holds the registry.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from app import app_version
from app.cli_argparse import swedish_argparse
from app.cli_framework import (  # noqa: F401  (re-exported for callers of app.cli)
    EXIT_ERROR,
    EXIT_OK,
    EXIT_USAGE,
    GROUP_ALIASES,
    SUBCOMMANDS,
    Output,
    _backup_dir,
    _db_path,
    _group_argument,
    _year_argument,
    open_workspace,
    subcommand,
)
from app.cli_table import Column, render_table
from app.domain.comparison import AreaComparison
from app.domain.errors import LagesbildError, ValidationError
from app.domain.model import Organisation
from app.domain.scoring import mean_level
from app.domain.validation import validate_year
from app.launcher import GuiRequest, launch_gui, prefer_utf8
from app.reference import ReferenceDataError, load_reference
from app.services.workspace import Workspace
from app.swedish_format import format_date, format_decimal, format_percent, format_signed


def _year_ranges(years: Sequence[int]) -> str:
    """[2017, 2018, 2019, 2021] -> '2017–2019, 2021'."""
    if not years:
        return "–"
    parts: list[str] = []
    start = previous = years[0]
    for year in [*years[1:], None]:
        if year is not None and year == previous + 1:
            previous = year
            continue
        parts.append(str(start) if start == previous else f"{start}–{previous}")
        if year is not None:
            start = previous = year
    return ", ".join(parts)


def _group_label(group: str) -> str:
    return "Riket" if group == "national" else f"Grupp {group}"


def _organisation_json(organisation: Organisation) -> dict[str, Any]:
    return {
        "id": organisation.id,
        "name": organisation.name,
        "group": organisation.group,
        "municipality": organisation.municipality,
        "note": organisation.note,
    }


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 2)


# -- sub-commands ---------------------------------------------------------------------------------


@subcommand("demo", "Skapa en demodatabas med två fiktiva kommuner (Demoköping och Exempelsunda).")
def run_demo(args: argparse.Namespace, out: Output) -> int:
    from app.demo import create_demo_store

    path = create_demo_store(_db_path(args))
    with open_workspace(args) as workspace:
        organisations = _organisation_overview(workspace)
    lines = [f"Demodatabasen skapades: {path}"]
    lines += [
        f"  {o['name']} (kommungrupp {o['group']}): {_year_ranges(o['years'])}"
        for o in organisations
    ]
    out.result({"database": str(path), "organisations": organisations}, "\n".join(lines))
    return EXIT_OK


def _organisation_overview(workspace: Workspace) -> list[dict[str, Any]]:
    overview = []
    for organisation in workspace.organisations():
        assessments = workspace.assessments(organisation.id)
        overview.append(
            {
                **_organisation_json(organisation),
                "years": [a.year for a in assessments],
                "assessments": [{"year": a.year, "status": a.status.value} for a in assessments],
            }
        )
    return overview


@subcommand("orgs", "Visa organisationerna i databasen, deras kommungrupp och bedömda år.")
def run_orgs(args: argparse.Namespace, out: Output) -> int:
    with open_workspace(args) as workspace:
        overview = _organisation_overview(workspace)
    if not overview:
        out.result([], "Databasen innehåller inga organisationer ännu.")
        return EXIT_OK
    rows = []
    for entry in overview:
        drafts = [a["year"] for a in entry["assessments"] if a["status"] == "draft"]
        rows.append(
            [
                entry["name"],
                entry["group"],
                "kommun" if entry["municipality"] else "egen organisation",
                _year_ranges(entry["years"]),
                ", ".join(str(y) for y in drafts) or "–",
            ]
        )
    table = render_table(
        [
            Column("Organisation"),
            Column("Kommungrupp"),
            Column("Typ"),
            Column("Bedömda år"),
            Column("Utkast"),
        ],
        rows,
    )
    out.result(overview, table)
    return EXIT_OK


def _benchmarks_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--group",
        type=_group_argument,
        metavar="A|B|C|national",
        help="visa bara en kommungrupp eller riket",
    )
    parser.add_argument(
        "--year",
        type=_year_argument,
        metavar="ÅR",
        help="visa bara ett undersökningsår (2019, 2023)",
    )


@subcommand(
    "benchmarks",
    "Visa SKR:s jämförelsetal (medelvärde per område) per kommungrupp och år.",
    _benchmarks_arguments,
)
def run_benchmarks(args: argparse.Namespace, out: Output) -> int:
    reference = load_reference()
    bench = reference.benchmarks
    if args.year is not None and args.year not in bench.years:
        available = " och ".join(str(y) for y in bench.years)
        raise ValidationError(f"Jämförelsetal finns för {available}, inte för {args.year}.")
    groups = [args.group] if args.group else list(bench.groups)
    years = [args.year] if args.year else list(bench.years)
    series = [(group, year) for group in groups for year in years]

    discrepancy = False
    rows = []
    areas_json = []
    for area in reference.areas:
        cells = []
        values = []
        for group, year in series:
            mean = bench.mean(group, year, area.key)
            known = bench.is_known_discrepancy(group, year, area.key)
            discrepancy |= known
            cells.append(format_decimal(mean) + ("*" if known else ""))
            values.append(
                {
                    "group": group,
                    "year": year,
                    "mean": mean,
                    "level2_count": bench.level2_count(group, year, area.key),
                    "level2_share": _round(bench.level2_share(group, year, area.key)),
                    "known_discrepancy": known,
                }
            )
        rows.append([f"{area.number}. {area.short_name}", *cells])
        areas_json.append(
            {"number": area.number, "key": area.key, "name": area.name, "benchmarks": values}
        )

    sources: dict[str, list[str]] = {}
    for group, year in series:
        sources.setdefault(bench.source(group, year), []).append(f"{_group_label(group)} {year}")
    lines = [
        f"Jämförelsetal – {bench.survey_label} (medelvärde av mognadsnivå 1–2 per område)",
        "",
        render_table(
            [Column("Område"), *(Column(f"{_group_label(g)} {y}", right=True) for g, y in series)],
            rows,
        ),
        "",
        "Källor:",
        *(f"  {', '.join(labels)}: {source}" for source, labels in sources.items()),
    ]
    if discrepancy:
        lines.append(
            "* Publicerat medelvärde som inte stämmer med rapportens egna antal; återges som publicerat."
        )
    data = {
        "survey": bench.survey_label,
        "series": [
            {
                "group": g,
                "year": y,
                "group_size": bench.group_size(g, y),
                "source": bench.source(g, y),
            }
            for g, y in series
        ],
        "areas": areas_json,
    }
    out.result(data, "\n".join(lines))
    return EXIT_OK


def _municipality_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("name", nargs="+", metavar="NAMN", help="kommunens namn, t.ex. Göteborg")


@subcommand(
    "municipality",
    "Visa vilken kommungrupp en kommun tillhör (tål stavfel).",
    _municipality_arguments,
)
def run_municipality(args: argparse.Namespace, out: Output) -> int:
    reference = load_reference()
    query = " ".join(args.name)
    found = reference.municipalities.lookup(query)
    suggestions = [m.name for m in found.suggestions]
    data: dict[str, Any] = {"query": query, "exact": found.exact, "suggestions": suggestions}
    if found.match is None:
        data["match"] = None
        if suggestions:
            text = f"Hittar ingen kommun som heter «{query}». Menade du: {', '.join(suggestions)}?"
            if out.as_json:
                out.result(data, "")
            else:
                sys.stderr.write(text + "\n")
            return EXIT_ERROR
        raise ValidationError(f"«{query}» finns inte bland Sveriges 290 kommuner.")
    municipality = found.match
    subgroup = next(
        (s for s in reference.municipalities.subgroups if s.code == municipality.subgroup), None
    )
    data["match"] = {
        "name": municipality.name,
        "group": municipality.group,
        "subgroup": municipality.subgroup,
        "subgroup_name": subgroup.name if subgroup else None,
        "county": municipality.county,
    }
    where = f" ({municipality.county})" if municipality.county else ""
    text = f"{municipality.name}{where} tillhör kommungrupp {municipality.group}"
    if subgroup:
        text += f", {subgroup.code} {subgroup.name}"
    text += "."
    if not found.exact:
        text += f"\n(Tolkat «{query}» som {municipality.name}.)"
    out.result(data, text)
    return EXIT_OK


def _compare_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--org", required=True, metavar="NAMN", help="organisationens namn eller id"
    )
    parser.add_argument(
        "--year", required=True, type=_year_argument, metavar="ÅR", help="bedömningsår"
    )
    parser.add_argument(
        "--benchmark-year",
        type=_year_argument,
        metavar="ÅR",
        help="jämförelsetalens år (standard: det senaste, 2023)",
    )


@subcommand(
    "compare",
    "Jämför en bedömning med jämförelsetalen för kommungruppen och riket.",
    _compare_arguments,
)
def run_compare(args: argparse.Namespace, out: Output) -> int:
    validate_year(args.year)
    with open_workspace(args) as workspace:
        organisation = workspace.find_organisation(args.org)
        benchmark_year = args.benchmark_year or workspace.reference.benchmarks.latest_year
        comparison = workspace.comparison(organisation.id, args.year, benchmark_year)
        assessment = workspace.assessment(organisation.id, args.year)
        previous_years = [y for y in workspace.years(organisation.id) if y < args.year]
        short_names = {area.key: area.short_name for area in workspace.reference.areas}
    previous_year = previous_years[-1] if previous_years else None
    own_mean = mean_level(r.own_level for r in comparison.rows)
    group_mean = _mean([r.group_mean for r in comparison.rows])
    national_mean = _mean([r.national_mean for r in comparison.rows])
    below = comparison.areas_below_group
    gaps = comparison.largest_gaps()

    rows = [
        [
            f"{r.area_number}. {short_names[r.area_key]}",
            _level(r.own_level),
            _level(r.self_level),
            _level(r.target_level),
            format_decimal(r.group_mean),
            format_decimal(r.national_mean),
            format_signed(r.diff_group),
            format_signed(r.diff_national),
            format_signed(r.change_since_previous, 0),
        ]
        for r in comparison.rows
    ]
    group_header = f"Grupp {comparison.group}"
    table = render_table(
        [
            Column("Område"),
            Column("SKR-nivå", right=True),
            Column("Självskattad", right=True),
            Column("Mål", right=True),
            Column(group_header, right=True),
            Column("Riket", right=True),
            Column("Diff grupp", right=True),
            Column("Diff riket", right=True),
            Column(f"Sedan {previous_year}" if previous_year else "Förändring", right=True),
        ],
        rows,
    )
    status = assessment.status.label.lower() if assessment else ""
    lines = [
        f"{organisation.name} (kommungrupp {comparison.group}) – bedömning {comparison.year} "
        f"({status}, {format_date(assessment.assessed_on if assessment else None)}), "
        f"jämförelsetal SKR {comparison.benchmark_year}",
        "",
        table,
        "",
        "Nyckeltal",
        f"  Områden på SKR-nivå 2: {comparison.areas_at_level_two} av {len(comparison.rows)}",
        f"  Medelnivå (SKR-jämförbar): {format_decimal(own_mean)} – kommungrupp "
        f"{comparison.group} {format_decimal(group_mean)}, riket {format_decimal(national_mean)}",
        f"  Under gruppens medelvärde: {len(below)} område{'n' if len(below) != 1 else ''}"
        + (f" ({', '.join(r.area_name for r in below)})" if below else ""),
    ]
    if previous_year:
        lines.append(
            f"  Sedan {previous_year}: {comparison.improved_areas} förbättrade, "
            f"{comparison.worsened_areas} försämrade områden"
        )
    else:
        lines.append("  Ingen tidigare bedömning att jämföra med.")
    if gaps:
        lines.append("  Prioritera: " + "; ".join(_gap_text(r) for r in gaps))
    data = {
        "organisation": _organisation_json(organisation),
        "year": comparison.year,
        "status": assessment.status.value if assessment else None,
        "assessed_on": format_date(assessment.assessed_on) if assessment else None,
        "benchmark_year": comparison.benchmark_year,
        "group": comparison.group,
        "previous_year": previous_year,
        "areas": [
            {
                "number": r.area_number,
                "key": r.area_key,
                "name": r.area_name,
                "own_level": r.own_level,
                "self_level": r.self_level,
                "target_level": r.target_level,
                "group_mean": r.group_mean,
                "national_mean": r.national_mean,
                "diff_group": _round(r.diff_group),
                "diff_national": _round(r.diff_national),
                "previous_level": r.previous_level,
                "change_since_previous": r.change_since_previous,
                "gap_to_target": r.gap_to_target,
                "group_share_level2": _round(r.group_share_level2),
                "national_share_level2": _round(r.national_share_level2),
            }
            for r in comparison.rows
        ],
        "key_figures": {
            "areas_at_level_two": comparison.areas_at_level_two,
            "areas": len(comparison.rows),
            "answered": comparison.answered,
            "mean_level": _round(own_mean),
            "group_mean_level": _round(group_mean),
            "national_mean_level": _round(national_mean),
            "areas_below_group": [r.area_key for r in below],
            "improved_areas": comparison.improved_areas,
            "worsened_areas": comparison.worsened_areas,
            "largest_gaps": [r.area_key for r in gaps],
        },
    }
    out.result(data, "\n".join(lines))
    return EXIT_OK


def _mean(values: Sequence[float]) -> float | None:
    """Mean of the nine published means: the group's 'average area'."""
    return sum(values) / len(values) if values else None


def _level(value: int | None) -> str:
    return "–" if value is None else str(value)


def _gap_text(row: AreaComparison) -> str:
    parts = [row.area_name]
    if row.diff_group is not None and row.diff_group < 0:
        parts.append(f"{format_signed(row.diff_group)} mot gruppen")
    if row.gap_to_target:
        parts.append(f"{row.gap_to_target} nivå{'er' if row.gap_to_target > 1 else ''} under målet")
    if row.group_share_level2 is not None:
        parts.append(f"{format_percent(row.group_share_level2)} av gruppen på nivå 2")
    return ", ".join(parts)


# -- parser and entry point -----------------------------------------------------------------------


def _global_options(parser: argparse.ArgumentParser, *, on_subcommand: bool) -> None:
    """--db/--data-dir/--backup-dir/--json, accepted before and after the sub-command name."""
    unset = argparse.SUPPRESS if on_subcommand else None
    parser.add_argument(
        "--db", type=Path, metavar="SÖKVÄG", default=unset, help="databasfilen som ska användas"
    )
    parser.add_argument(
        "--data-dir",
        type=Path,
        metavar="MAPP",
        default=unset,
        help="mapp för databas och säkerhetskopior",
    )
    parser.add_argument(
        "--backup-dir",
        type=Path,
        metavar="MAPP",
        default=unset,
        help=(
            "mapp för säkerhetskopior (standard: LAGESBILD_BACKUP_DIR, annars mappen backups "
            "bredvid databasen)"
        ),
    )
    parser.add_argument(
        "--json",
        action="store_true",
        default=argparse.SUPPRESS if on_subcommand else False,
        help="maskinläsbar utdata (JSON, UTF-8)",
    )


class _VersionAction(argparse.Action):
    """``--version``, looking the version up only when asked: app_version() imports
    importlib.metadata (~30 ms), and the parser is built on every start, also of the GUI."""

    def __init__(
        self,
        option_strings: Sequence[str],
        dest: str = argparse.SUPPRESS,
        default: Any = argparse.SUPPRESS,
        help: str | None = None,
    ) -> None:
        super().__init__(option_strings, dest, nargs=0, default=default, help=help)

    def __call__(
        self,
        parser: argparse.ArgumentParser,
        namespace: argparse.Namespace,
        values: object,
        option_string: str | None = None,
    ) -> None:
        parser._print_message(f"lagesbild {app_version()}\n", sys.stdout)
        parser.exit()


def build_parser() -> argparse.ArgumentParser:
    """The full parser; build it inside ``swedish_argparse()`` to get Swedish headings."""
    parser = argparse.ArgumentParser(
        prog="lagesbild",
        description=(
            "Lägesbild – kommunens informationssäkerhetsarbete: självskattning, jämförelse med "
            "SKR, handlingsplan och ledningens genomgång. Utan underkommando startar programmet."
        ),
    )
    parser.add_argument("--version", action=_VersionAction, help="visa versionen")
    _global_options(parser, on_subcommand=False)
    gui = parser.add_argument_group("grafiskt gränssnitt")
    gui.add_argument("--demo", action="store_true", help="starta med en ny demodatabas")
    gui.add_argument(
        "--screenshot", type=Path, metavar="FIL", help="spara en skärmbild och avsluta"
    )
    gui.add_argument("--view", metavar="NAMN", help="vy att visa vid start, t.ex. dashboard")
    commands = parser.add_subparsers(
        dest="command", metavar="UNDERKOMMANDO", title="underkommandon"
    )
    for command in SUBCOMMANDS.values():
        sub = commands.add_parser(command.name, help=command.help, description=command.help)
        _global_options(sub, on_subcommand=True)
        command.add_arguments(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of ``lagesbild``; returns the exit code (0 ok, 1 error, 2 usage/GUI missing)."""
    prefer_utf8(sys.stdout)
    prefer_utf8(sys.stderr)
    with swedish_argparse():
        parser = build_parser()
        try:
            args = parser.parse_args(argv)
        except SystemExit as exc:  # --help, --version or a usage error already printed
            return exc.code if isinstance(exc.code, int) else EXIT_USAGE
    if args.command is None:
        return _launch_gui(args)
    if args.demo or args.screenshot or args.view:
        Output.error("--demo, --screenshot och --view gäller bara det grafiska gränssnittet.")
        return EXIT_USAGE
    out = Output(as_json=args.json)
    try:
        return SUBCOMMANDS[args.command].run(args, out)
    except LagesbildError as exc:
        out.error(exc.message)
    except ReferenceDataError as exc:
        out.error(str(exc))
    return EXIT_ERROR


def _launch_gui(args: argparse.Namespace) -> int:
    """Start the desktop app with the GUI options the full parser read (see app.launcher)."""
    return launch_gui(
        GuiRequest(
            db=args.db,
            data_dir=args.data_dir,
            backup_dir=_backup_dir(args),
            demo=args.demo,
            screenshot=args.screenshot,
            view=args.view,
        )
    )


# Sub-commands kept in their own modules register themselves when imported here.
from app import cli_plan, cli_report, cli_safety  # noqa: E402, F401

if __name__ == "__main__":
    # The registry lives in app.cli_framework, so this ``__main__`` copy registers only once.
    sys.exit(main())
