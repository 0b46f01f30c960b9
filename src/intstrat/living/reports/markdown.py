"""Markdown tables for the reports: one line per row, a cell's pipes escaped."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from intstrat.markdown_text import report_cell as cell

__all__ = ["cell", "table"]


def table(header: Sequence[str], rows: Iterable[Sequence[str]], align: str) -> list[str]:
    """The lines of a Markdown table; `align` has one letter per column, l or r."""
    rule = ["---:" if a == "r" else "---" for a in align]
    out = [_row(header), "| " + " | ".join(rule) + " |"]
    out.extend(_row(row) for row in rows)
    return out


def _row(cells: Sequence[str]) -> str:
    return "| " + " | ".join(cell(c) for c in cells) + " |"
