"""The ``report`` sub-command: ledningens genomgång as PDF/A-2b or editable Word.

Registered in ``app.cli``'s sub-command registry when ``app.cli`` imports this module. Reads the
store read-only and writes the report atomically (a failed or interrupted run leaves no file).
"""

from __future__ import annotations

import argparse
from pathlib import Path

from app.cli_framework import EXIT_OK, Output, _year_argument, open_workspace, subcommand
from app.domain.errors import ValidationError

FORMATS = ("pdf", "docx")


def _report_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--org", required=True, metavar="NAMN", help="organisationens namn eller id"
    )
    parser.add_argument(
        "--year", required=True, type=_year_argument, metavar="ÅR", help="självskattningens år"
    )
    parser.add_argument(
        "--review",
        type=int,
        metavar="ID",
        help="genomgångens id (standard: årets senaste genomgång, annars ett förifyllt utkast)",
    )
    parser.add_argument(
        "--benchmark-year",
        type=_year_argument,
        default=2023,
        metavar="ÅR",
        help="SKR:s jämförelseår (standard 2023)",
    )
    parser.add_argument(
        "--format",
        choices=FORMATS,
        help="pdf (arkivbeständig PDF/A-2b) eller docx (redigerbar Word); standard: filändelsen",
    )
    parser.add_argument(
        "-o", "--output", required=True, type=Path, metavar="FIL", help="filen att skapa"
    )


def _format(args: argparse.Namespace) -> str:
    suffix = args.output.suffix.lower().lstrip(".")
    chosen = args.format or (suffix if suffix in FORMATS else "pdf")
    if suffix in FORMATS and suffix != chosen:
        raise ValidationError(
            f"Filändelsen .{suffix} passar inte formatet {chosen}. Ändra filnamnet eller --format."
        )
    return chosen


@subcommand(
    "report",
    "Skapa rapporten för ledningens genomgång som PDF/A eller Word.",
    arguments=_report_arguments,
)
def run_report(args: argparse.Namespace, out: Output) -> int:
    from app.report import build_docx, build_pdf, build_report_content

    chosen = _format(args)
    with open_workspace(args) as workspace:
        content = build_report_content(
            workspace,
            args.org,
            args.year,
            review_id=args.review,
            benchmark_year=args.benchmark_year,
        )
    build = build_pdf if chosen == "pdf" else build_docx
    path = build(content, args.output)
    out.result(
        {
            "file": str(path),
            "format": chosen,
            "organisation": content.organisation,
            "year": content.year,
            "benchmark_year": content.benchmark_year,
            "review_id": content.review.review_id,
        },
        f"Rapporten sparades: {path} ({'PDF/A-2b' if chosen == 'pdf' else 'Word'}, "
        f"{content.organisation} {content.year}, jämförelsetal SKR {content.benchmark_year})",
    )
    return EXIT_OK
