"""Rich tables for the terminal, drawn into a string: the only module of intstrat that imports Rich.

The text reports build Rich renderables and hand them here; every value is a `Text`, so a name
holding "[red]" is shown as written, never read as Rich markup.
"""

from __future__ import annotations

import io
from collections.abc import Iterable
from typing import Any

from rich.box import SIMPLE_HEAD
from rich.console import Console
from rich.table import Table
from rich.text import Text as _RichText

from intstrat.living.reports import ReportOptions
from intstrat.terminal import printable

__all__ = ["SIMPLE_HEAD", "Table", "Text", "draw"]

STYLES = {
    "achieved": "green",
    "on_track": "green",
    "behind": "bold red",
    "stale": "bold red",
    "not_started": "dim",
    "no_data": "dim",
    "done": "green",
    "due": "yellow",
    "overdue": "bold red",
    "upcoming": "",
    "contradictory": "bold red",
}
"""The colour of each progress status (see `living.progress`)."""


class Text(_RichText):
    """Rich's Text with the data's control characters shown as escapes (ESC never reaches the
    terminal); the line breaks the report puts into a cell stay."""

    def __init__(self, text: str = "", *args: Any, **kwargs: Any) -> None:
        super().__init__(printable(text, lines=True), *args, **kwargs)


def draw(parts: Iterable[Any], options: ReportOptions) -> str:
    """Every part (a Table or a Text) one after the other, as the terminal would show them."""
    buffer = io.StringIO()
    console = Console(
        file=buffer,
        width=options.width,
        color_system="standard" if options.color else None,
        force_terminal=options.color,
        highlight=False,
        markup=False,
        emoji=False,
    )
    for part in parts:
        console.print(part)
    return buffer.getvalue()
