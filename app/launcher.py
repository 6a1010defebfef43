"""The ``lagesbild`` console entry: the desktop app at once when only GUI options are given.

Why a separate entry: ``app.cli`` imports every sub-command and with them the domain, storage,
reference data and exports, about 0.2 s that a user starting the window would wait for before
it paints. This module recognises the plain GUI start (``lagesbild``, ``--db``, ``--data-dir``,
``--backup-dir``, ``--demo``, ``--screenshot``, ``--view``) with a few string comparisons.
Anything else – a sub-command, ``--help``, ``--version``, a repeated or abbreviated option, a
typo – goes to ``app.cli.main``, which parses it properly and answers in Swedish.

Qt is imported only inside :func:`launch_gui`, and only when the GUI really starts.
"""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

EXIT_USAGE = 2

#: Options that take a value, and the field of :class:`GuiRequest` each one fills.
_VALUE_OPTIONS = {
    "--db": "db",
    "--data-dir": "data_dir",
    "--backup-dir": "backup_dir",
    "--screenshot": "screenshot",
    "--view": "view",
}
_FLAGS = {"--demo": "demo"}
_PATH_FIELDS = ("db", "data_dir", "backup_dir", "screenshot")


@dataclass(frozen=True)
class GuiRequest:
    """What the user asked the desktop app to do (the GUI options of ``lagesbild``)."""

    db: Path | None = None
    data_dir: Path | None = None
    backup_dir: Path | None = None
    demo: bool = False
    screenshot: Path | None = None
    view: str | None = None


def gui_request(argv: Sequence[str]) -> GuiRequest | None:
    """The GUI start ``argv`` asks for, or None when it needs the full command-line parser.

    Only forms whose meaning is beyond doubt are accepted (``--db X``, ``--db=X``, each option
    at most once, no value that looks like an option); for everything else the full parser of
    ``app.cli`` decides, so the two can never disagree about a command line.
    """
    values: dict[str, object] = {}
    tokens = list(argv)
    index = 0
    while index < len(tokens):
        name, has_inline, inline = tokens[index].partition("=")
        field = _FLAGS.get(name) or _VALUE_OPTIONS.get(name)
        if field is None or field in values:
            return None
        if name in _FLAGS:
            if has_inline:
                return None
            values[field] = True
        else:
            if has_inline:
                value = inline
            elif index + 1 < len(tokens):
                index += 1
                value = tokens[index]
            else:
                return None
            if not value or value.startswith("-"):
                return None
            values[field] = Path(value) if field in _PATH_FIELDS else value
        index += 1
    return GuiRequest(**values)  # type: ignore[arg-type]


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of ``lagesbild``; returns the exit code (0 ok, 1 error, 2 usage/GUI missing)."""
    arguments = list(sys.argv[1:] if argv is None else argv)
    request = gui_request(arguments)
    if request is None:
        from app.cli import main as cli_main

        return cli_main(arguments)
    prefer_utf8(sys.stdout)
    prefer_utf8(sys.stderr)
    return launch_gui(request)


def launch_gui(request: GuiRequest) -> int:
    """Start the desktop app; a clear Swedish message instead of a traceback when it cannot."""
    try:
        from ui import application
    except ImportError as exc:
        print_error(
            "Det grafiska gränssnittet kan inte startas (" + str(exc) + "). "
            "Kontrollera att PySide6 är installerat, eller använd ett underkommando (se lagesbild --help)."
        )
        return EXIT_USAGE
    if request.screenshot is None and not display_available():
        print_error(
            "Ingen bildskärm hittades (varken DISPLAY eller WAYLAND_DISPLAY är satt). Starta "
            "Lägesbild i en grafisk session, använd ett underkommando (se lagesbild --help) eller "
            "rendera en vy till en bild med --screenshot FIL.png."
        )
        return EXIT_USAGE
    return int(
        application.run(
            _explicit_store(request),
            request.demo,
            request.screenshot,
            request.view,
            backup_dir=request.backup_dir,
        )
    )


def _explicit_store(request: GuiRequest) -> Path | None:
    """The store named on the command line or in the environment; None lets the app choose
    (the store used last time, else the default)."""
    from app import paths

    named = (
        request.db
        or request.data_dir
        or os.environ.get(paths.ENV_DB)
        or os.environ.get(paths.ENV_DATA_DIR)
    )
    return paths.database_path(request.db, request.data_dir) if named else None


def display_available() -> bool:
    """On Linux and other X11/Wayland systems a window needs a display; elsewhere there is one.

    Without this check Qt aborts with a core dump and an English plugin message.
    """
    if sys.platform in ("win32", "darwin") or os.environ.get("QT_QPA_PLATFORM"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def print_error(message: str) -> None:
    """One line on stderr, whatever the message looked like (the CLI's error format)."""
    sys.stderr.write("Fel: " + " ".join(message.split()) + "\n")


def prefer_utf8(stream: TextIO) -> None:
    """Swedish text and JSON are UTF-8 even where the console default is a legacy code page."""
    reconfigure = getattr(stream, "reconfigure", None)
    if reconfigure is not None and (getattr(stream, "encoding", "") or "").lower() != "utf-8":
        with contextlib.suppress(ValueError, OSError):  # exotic streams keep their encoding
            reconfigure(encoding="utf-8")


if __name__ == "__main__":
    sys.exit(main())
