"""Markdown tables for the reports: one line per row, a cell's pipes escaped."""

from __future__ import annotations

from collections.abc import Iterable, Sequence


def cell(value: str) -> str:
    """Text safe inside a Markdown table cell (or one list item): one line, no bare pipe.

    Only the table is protected; numbers and dates stay as written (render's `escape` would
    turn "40.0" at a cell's start into "\\40.0", reading it as a numbered list).
    """
    return " ".join(value.split()).replace("|", "\\|")


def table(header: Sequence[str], rows: Iterable[Sequence[str]], align: str) -> list[str]:
    """The lines of a Markdown table; `align` has one letter per column, l or r."""
    rule = ["---:" if a == "r" else "---" for a in align]
    out = [_row(header), "| " + " | ".join(rule) + " |"]
    out.extend(_row(row) for row in rows)
    return out


def _row(cells: Sequence[str]) -> str:
    return "| " + " | ".join(cell(c) for c in cells) + " |"
