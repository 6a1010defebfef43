"""Aligned plain-text tables for the command line (no dependencies, no colours).

Numbers are right-aligned so that decimal commas line up; text is left-aligned.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class Column:
    """A table column: its heading and whether values align to the right (numbers)."""

    header: str
    right: bool = False


def render_table(columns: Sequence[Column], rows: Sequence[Sequence[str]], gap: int = 2) -> str:
    """The table as text: heading, a rule, then one line per row; no trailing spaces."""
    for row in rows:
        if len(row) != len(columns):
            raise ValueError(f"Row has {len(row)} cells, expected {len(columns)}: {row!r}")
    widths = [
        max([len(column.header), *(len(row[i]) for row in rows)])
        for i, column in enumerate(columns)
    ]

    def line(cells: Sequence[str]) -> str:
        parts = [
            cell.rjust(width) if column.right else cell.ljust(width)
            for cell, width, column in zip(cells, widths, columns, strict=True)
        ]
        return (" " * gap).join(parts).rstrip()

    rule = (" " * gap).join("-" * width for width in widths)
    return "\n".join([line([c.header for c in columns]), rule, *(line(row) for row in rows)])
