"""The ``lagesbild`` entry: a plain GUI start skips the CLI, everything else goes to it."""

from __future__ import annotations

import sys
import types
from pathlib import Path

import pytest

from app import launcher
from app.launcher import GuiRequest, gui_request


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        ([], GuiRequest()),
        (["--demo"], GuiRequest(demo=True)),
        (["--db", "x.db"], GuiRequest(db=Path("x.db"))),
        (["--db=x.db", "--demo"], GuiRequest(db=Path("x.db"), demo=True)),
        (
            ["--data-dir", "d", "--backup-dir", "b"],
            GuiRequest(data_dir=Path("d"), backup_dir=Path("b")),
        ),
        (
            ["--screenshot", "s.png", "--view", "actions"],
            GuiRequest(screenshot=Path("s.png"), view="actions"),
        ),
        (["--db", "Örnsköldsvik 2026.db"], GuiRequest(db=Path("Örnsköldsvik 2026.db"))),
    ],
)
def test_plain_gui_starts_are_recognised(argv: list[str], expected: GuiRequest) -> None:
    assert gui_request(argv) == expected


@pytest.mark.parametrize(
    "argv",
    [
        ["orgs"],  # a sub-command
        ["--db", "x.db", "orgs"],
        ["--help"],
        ["-h"],
        ["--version"],
        ["--json"],  # a CLI option the GUI does not take
        ["--db"],  # value missing
        ["--db", "--demo"],  # an option where the value should be
        ["--db="],  # empty value
        ["--db", "a.db", "--db", "b.db"],  # repeated: argparse's rule decides
        ["--dem"],  # abbreviation: argparse's rule decides
        ["--demo=yes"],
        ["--demo", "--demo"],
        ["x.db"],  # a stray positional
    ],
)
def test_anything_else_goes_to_the_full_parser(argv: list[str]) -> None:
    assert gui_request(argv) is None


def test_main_hands_other_command_lines_to_the_cli(monkeypatch, capsys) -> None:
    called: list[list[str]] = []

    def fake_cli(arguments: list[str]) -> int:
        called.append(arguments)
        return 7

    import app.cli

    monkeypatch.setattr(app.cli, "main", fake_cli)
    monkeypatch.setattr(launcher, "launch_gui", lambda request: pytest.fail("GUI started"))
    assert launcher.main(["orgs", "--json"]) == 7
    assert called == [["orgs", "--json"]]


def test_main_starts_the_gui_with_the_request(monkeypatch) -> None:
    seen: list[GuiRequest] = []
    monkeypatch.setattr(launcher, "launch_gui", lambda request: seen.append(request) or 0)
    assert launcher.main(["--demo", "--backup-dir", "kopior"]) == 0
    assert seen == [GuiRequest(demo=True, backup_dir=Path("kopior"))]


def test_a_gui_start_never_imports_the_cli(fresh_python) -> None:
    """The point of the launcher: the sub-commands (and their imports) stay out of a GUI start."""
    code = (
        "import sys\n"
        "from app import launcher\n"
        "launcher.launch_gui = lambda request: 0\n"
        "assert launcher.main(['--db', 'x.db']) == 0\n"
        "heavy = [m for m in ('app.cli', 'app.cli_framework', 'app.services.workspace',"
        " 'app.storage', 'sqlite_utils', 'PySide6') if m in sys.modules]\n"
        "print(heavy)\n"
    )
    assert fresh_python(code).strip() == "[]"


def test_the_gui_without_a_display_gets_a_swedish_message(monkeypatch, capsys) -> None:
    fake = types.ModuleType("ui.application")
    fake.run = lambda *args, **kwargs: pytest.fail("the GUI must not start")  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "ui.application", fake)
    for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setattr(sys, "platform", "linux")
    assert launcher.main(["--demo"]) == launcher.EXIT_USAGE
    err = capsys.readouterr().err
    assert err.startswith("Fel: Ingen bildskärm hittades")
    assert err.count("\n") == 1
