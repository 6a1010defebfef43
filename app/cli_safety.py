"""The data-safety sub-commands: ``backup``, ``restore``, ``export``, ``import`` and ``audit``.

Registered in ``app.cli``'s sub-command registry when ``app.cli`` imports this module.
``backup`` and ``export``/``audit`` only read the store (a backup is taken with SQLite's backup
API, which never writes to the store); ``import`` and ``restore`` take the store's lock and are
refused while another Lägesbild has the store open.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app import paths
from app.cli_framework import (
    EXIT_OK,
    Output,
    _backup_dir,
    _date_argument,
    _db_path,
    open_workspace,
    subcommand,
)
from app.cli_table import Column, render_table
from app.domain.errors import ValidationError
from app.swedish_format import format_date

if TYPE_CHECKING:
    from app.storage.backup import BackupFile

# app.services.safety is imported inside the commands: it loads the storage layer (sqlite_utils,
# numpy, ~0.3 s), and this module is imported on every start, also of the GUI, to build the
# parser.
#: app.services.safety.AuditFormat's values, here so that building the parser loads no storage.
AUDIT_FORMATS = ("csv", "json")

# -- backup and restore ---------------------------------------------------------------------------


def _backup_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--list",
        action="store_true",
        help="visa bara säkerhetskopiorna, utan att skapa en ny",
    )


def _backup_json(backup: BackupFile) -> dict[str, Any]:
    from app.services import safety

    return {
        "file": backup.path.name,
        "path": str(backup.path),
        "created_at": backup.created_at.isoformat(timespec="seconds"),
        "size": backup.size,
        "reason": backup.reason,
        "reason_label": safety.reason_label(backup.reason),
    }


def _backup_table(backups: list[BackupFile]) -> str:
    from app.services import safety

    if not backups:
        return "Det finns inga säkerhetskopior ännu."
    return render_table(
        [Column("Datum"), Column("Storlek", right=True), Column("Orsak"), Column("Fil")],
        [
            [
                f"{format_date(b.created_at)} {b.created_at:%H:%M:%S}",
                safety.format_size(b.size),
                safety.reason_label(b.reason),
                b.path.name,
            ]
            for b in backups
        ],
    )


@subcommand(
    "backup",
    "Skapa en säkerhetskopia av databasen nu och visa alla säkerhetskopior.",
    _backup_arguments,
)
def run_backup(args: argparse.Namespace, out: Output) -> int:
    from app.services import safety

    db_path = _db_path(args)
    override = _backup_dir(args)
    folder = paths.backup_dir(db_path, override)
    created = None if args.list else safety.backup_now(db_path, override)
    backups = safety.backups(db_path, override)
    lines = []
    if created is not None:
        lines += [f"Säkerhetskopian skapades: {created.path}", ""]
    lines += [
        f"Säkerhetskopior i {folder} (nyast först):",
        _backup_table(backups),
    ]
    data = {
        "database": str(db_path),
        "backup_dir": str(folder),
        "created": _backup_json(created) if created else None,
        "backups": [_backup_json(b) for b in backups],
    }
    out.result(data, "\n".join(lines))
    return EXIT_OK


def _restore_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "backup",
        metavar="SÄKERHETSKOPIA",
        help="säkerhetskopians sökväg eller filnamn (se lagesbild backup --list)",
    )


def _backup_file(db_path: Path, name: str, backup_dir: Path | None = None) -> Path:
    """A path as given, else a file of that name among the store's backups."""
    given = Path(name).expanduser()
    if given.exists():
        return given
    candidate = paths.backup_dir(db_path, backup_dir) / name
    if candidate.exists():
        return candidate
    raise ValidationError(
        f"Säkerhetskopian «{name}» finns inte. Visa de tillgängliga med lagesbild backup --list."
    )


@subcommand(
    "restore",
    "Återställ databasen från en säkerhetskopia (den nuvarande sparas först).",
    _restore_arguments,
)
def run_restore(args: argparse.Namespace, out: Output) -> int:
    from app.services import safety

    db_path = _db_path(args)
    override = _backup_dir(args)
    result = safety.restore(db_path, _backup_file(db_path, args.backup, override), override)
    lines = [f"Databasen {db_path} återställdes från {result.restored_from.name}."]
    if result.safety_backup is not None:
        lines.append(f"Den tidigare databasen sparades som {result.safety_backup}.")
    data = {
        "database": str(db_path),
        "restored_from": str(result.restored_from),
        "safety_backup": str(result.safety_backup) if result.safety_backup else None,
    }
    out.result(data, "\n".join(lines))
    return EXIT_OK


# -- export and import ----------------------------------------------------------------------------


def _export_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--org", metavar="NAMN", help="exportera bara denna organisation (namn eller id)"
    )
    parser.add_argument(
        "-o", "--output", required=True, type=Path, metavar="FIL", help="JSON-filen att skapa"
    )


@subcommand(
    "export",
    "Exportera organisationer med all historik till en JSON-fil (för en efterträdare).",
    _export_arguments,
)
def run_export(args: argparse.Namespace, out: Output) -> int:
    from app.services import safety

    with open_workspace(args) as workspace:
        summary = safety.export_json(workspace, args.output, args.org)
    names = ", ".join(summary.organisations) or "inga organisationer"
    out.result(
        {
            "file": str(summary.path),
            "organisations": list(summary.organisations),
            "records": summary.records,
        },
        f"Exporterade {names} ({summary.records} poster) till {summary.path}.",
    )
    return EXIT_OK


def _import_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", type=Path, metavar="FIL", help="exportfilen (JSON) att läsa in")
    choice = parser.add_mutually_exclusive_group()
    choice.add_argument(
        "--as-new-name",
        metavar="NAMN",
        help="importera filens (enda) organisation under detta namn",
    )
    choice.add_argument(
        "--skip-existing",
        action="store_true",
        help="hoppa över organisationer som redan finns i databasen",
    )


@subcommand(
    "import",
    "Importera en exportfil från Lägesbild; allt eller inget, befintliga skrivs aldrig över.",
    _import_arguments,
)
def run_import(args: argparse.Namespace, out: Output) -> int:
    from app.services import safety

    with open_workspace(args, write=True) as workspace:
        try:
            summary = safety.import_json(
                workspace, args.file, skip_existing=args.skip_existing, new_name=args.as_new_name
            )
        except safety.ImportConflictError as exc:
            raise ValidationError(
                exc.message + " Välj --as-new-name NAMN för att importera under ett nytt namn, "
                "eller --skip-existing för att hoppa över befintliga organisationer."
            ) from exc
    lines = []
    if summary.imported:
        lines.append(
            f"Importerade {', '.join(summary.imported)} ({summary.records} poster) från "
            f"{args.file}."
        )
    else:
        lines.append("Inget importerades.")
    if summary.skipped:
        lines.append(f"Hoppade över (finns redan): {', '.join(summary.skipped)}.")
    lines += list(summary.notes)
    if summary.backup is not None:
        lines.append(f"Säkerhetskopia före importen: {summary.backup}")
    out.result(
        {
            "imported": list(summary.imported),
            "skipped": list(summary.skipped),
            "notes": list(summary.notes),
            "records": summary.records,
            "backup": str(summary.backup) if summary.backup else None,
            "source": summary.source,
        },
        "\n".join(lines),
    )
    return EXIT_OK


# -- audit log ------------------------------------------------------------------------------------


def _audit_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--since",
        type=_date_argument,
        metavar="ÅÅÅÅ-MM-DD",
        help="bara ändringar från och med detta datum (UTC)",
    )
    parser.add_argument(
        "--format",
        choices=AUDIT_FORMATS,
        help="csv (standard) eller json",
    )
    parser.add_argument(
        "-o", "--output", type=Path, metavar="FIL", help="filen att skapa (standard: skärmen)"
    )


@subcommand(
    "audit",
    "Visa eller exportera ändringsloggen: vem som ändrade vad och när.",
    _audit_arguments,
)
def run_audit(args: argparse.Namespace, out: Output) -> int:
    from app.services import safety

    fmt = args.format or ("json" if out.as_json else "csv")
    with open_workspace(args) as workspace:
        entries = safety.audit_entries(workspace, args.since)
    if args.output is None:
        sys.stdout.write(safety.audit_text(entries, fmt))
        return EXIT_OK
    path = safety.write_audit(entries, args.output, fmt)
    out.result(
        {"file": str(path), "entries": len(entries), "format": fmt},
        f"Skrev {len(entries)} händelser ur ändringsloggen till {path}.",
    )
    return EXIT_OK
