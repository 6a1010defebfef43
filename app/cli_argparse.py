"""argparse speaking Swedish.

argparse builds its headings and error messages with gettext at call time; the CLI swaps in these
translations while it builds and runs its parser (and restores them afterwards, so other users of
argparse in the same process, such as pytest, are unaffected).
"""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from contextlib import contextmanager

SWEDISH = {
    "usage: ": "användning: ",
    "positional arguments": "argument",
    "options": "flaggor",
    "subcommands": "underkommandon",
    "show this help message and exit": "visa den här hjälpen och avsluta",
    "%(prog)s: error: %(message)s\n": "%(prog)s: fel: %(message)s\n",
    "argument %(argument_name)s: %(message)s": "argumentet %(argument_name)s: %(message)s",
    "the following arguments are required: %s": "följande argument saknas: %s",
    "unrecognized arguments: %s": "okända argument: %s",
    "invalid choice: %(value)r (choose from %(choices)s)": (
        "ogiltigt val: %(value)r (välj bland %(choices)s)"
    ),
    "invalid %(type)s value: %(value)r": "ogiltigt värde: %(value)r",
    "expected one argument": "ett värde saknas",
    "expected at most one argument": "högst ett värde är tillåtet",
    "expected at least one argument": "minst ett värde krävs",
    "ambiguous option: %(option)s could match %(matches)s": (
        "tvetydig flagga: %(option)s kan betyda %(matches)s"
    ),
    "not allowed with argument %s": "kan inte kombineras med %s",
    "one of the arguments %s is required": "ett av argumenten %s krävs",
    "unknown parser %(parser_name)r (choices: %(choices)s)": (
        "okänt underkommando %(parser_name)r (välj bland %(choices)s)"
    ),
}


def _translate(message: str) -> str:
    return SWEDISH.get(message, message)


@contextmanager
def swedish_argparse() -> Iterator[None]:
    """Within the block, argparse's own texts are Swedish."""
    original = argparse._  # type: ignore[attr-defined]
    argparse._ = _translate  # type: ignore[attr-defined]
    try:
        yield
    finally:
        argparse._ = original  # type: ignore[attr-defined]
