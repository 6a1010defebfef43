"""The frame every ``lagesbild`` sub-command plugs into: output, registry and shared arguments.

Sub-command modules (app.cli, app.cli_plan, app.cli_report, app.cli_safety) import this module,
never app.cli itself: under ``python -m app.cli`` that module is ``__main__``, and importing it
again would run it twice and cycle.

Adding a sub-command: write ``run_<name>(args, out) -> int`` decorated with
``@subcommand("<name>", "<Swedish help>", arguments=<function adding its argparse options>)`` in a
module that app.cli imports at its end. Global options (``--db``, ``--data-dir``,
``--backup-dir``, ``--json``) are on every sub-command; open the store with
``open_workspace(args)`` (it takes backups in ``_backup_dir(args)``); report with
``out.result(json_data, text)``; raise a ``LagesbildError`` for bad input (one Swedish line on
stderr, exit code 1). Commands that only read open the store read-only.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from app import paths
from app.launcher import print_error
from app.services.workspace import Workspace
from app.swedish_format import parse_date

EXIT_OK = 0
EXIT_ERROR = 1
EXIT_USAGE = 2

GROUP_ALIASES = {
    "a": "A",
    "b": "B",
    "c": "C",
    "national": "national",
    "nationellt": "national",
    "riket": "national",
    "hela landet": "national",
}


# -- output ---------------------------------------------------------------------------------------


@dataclass
class Output:
    """Where a sub-command's result goes: aligned text, or JSON with ``--json``."""

    as_json: bool

    def result(self, data: Any, text: str) -> None:
        if self.as_json:
            sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
        else:
            sys.stdout.write(text.rstrip("\n") + "\n")

    @staticmethod
    def error(message: str) -> None:
        """One line on stderr, whatever the message looked like."""
        print_error(message)


# -- registry -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class SubCommand:
    name: str
    help: str
    add_arguments: Callable[[argparse.ArgumentParser], None]
    run: Callable[[argparse.Namespace, Output], int]


SUBCOMMANDS: dict[str, SubCommand] = {}


def _no_arguments(parser: argparse.ArgumentParser) -> None:
    """For sub-commands that only use the global options."""


def subcommand(
    name: str, help: str, arguments: Callable[[argparse.ArgumentParser], None] = _no_arguments
) -> Callable[
    [Callable[[argparse.Namespace, Output], int]], Callable[[argparse.Namespace, Output], int]
]:
    """Register ``run(args, out) -> exit code`` as ``lagesbild <name>``; order = help order."""

    def register(
        run: Callable[[argparse.Namespace, Output], int],
    ) -> Callable[[argparse.Namespace, Output], int]:
        if name in SUBCOMMANDS:
            raise ValueError(f"Sub-command {name!r} is registered twice")
        SUBCOMMANDS[name] = SubCommand(name, help, arguments, run)
        return run

    return register


# -- shared helpers -------------------------------------------------------------------------------


def _db_path(args: argparse.Namespace) -> Path:
    """The store named by ``--db``/``--data-dir`` or the environment (see app.paths)."""
    return paths.database_path(args.db, args.data_dir)


def _backup_dir(args: argparse.Namespace) -> Path | None:
    """``--backup-dir`` as given, or None for the default rule (see ``app.paths.backup_dir``)."""
    return getattr(args, "backup_dir", None)


def open_workspace(args: argparse.Namespace, *, write: bool = False) -> Workspace:
    """The store named by the global options; read-only unless the command writes.

    A daily backup that could not be made is reported on stderr; the command still runs.
    """
    workspace = Workspace.open(
        _db_path(args), create=False, read_only=not write, backup_dir=_backup_dir(args)
    )
    if workspace.backup_problem:
        sys.stderr.write("Varning: " + " ".join(workspace.backup_problem.split()) + "\n")
    return workspace


def _year_argument(text: str) -> int:
    try:
        return int(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(f"«{text}» är inget årtal") from None


def _group_argument(text: str) -> str:
    group = GROUP_ALIASES.get(" ".join(text.split()).casefold())
    if group is None:
        raise argparse.ArgumentTypeError(f"«{text}» är ingen kommungrupp (A, B, C eller national)")
    return group


def _date_argument(text: str) -> date:
    try:
        return parse_date(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None
