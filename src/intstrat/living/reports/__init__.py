"""The reports of `monitor`, `rank` and `diff`: pure functions from a result to text, by name.

Every command has the same formats; `REPORTS` maps (command, format) to the function that writes
it, in a module imported only when that report is asked for (Rich, for the terminal tables, is
loaded by the text reports alone). The CLI's --format choice is checked against this map.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

Report = Callable[[Any, "ReportOptions"], str]

FORMATS = ("text", "md", "json")
"""text: tables for the terminal; md: Markdown; json: the documented machine shape."""


@dataclass(frozen=True)
class ReportOptions:
    """How to report. `file` names the strategy read (shown by the JSON reports); `width` and
    `color` are the terminal's, for the text reports."""

    lang: str = "en"
    file: str = ""
    color: bool = False
    width: int = 120


# command → format → (module in this package, function in it)
REPORTS: dict[str, dict[str, tuple[str, str]]] = {
    "monitor": {"text": ("monitor", "text"), "md": ("monitor", "markdown"),
                "json": ("monitor", "json")},
    "rank": {"text": ("rank", "text"), "md": ("rank", "markdown"), "json": ("rank", "json")},
    "diff": {"text": ("diff", "text"), "md": ("diff", "markdown"), "json": ("diff", "json")},
}


def report_for(command: str, fmt: str) -> Report:
    """The function writing `command`'s report in `fmt`; KeyError names an unknown pair."""
    module, function = REPORTS[command][fmt]
    loaded = importlib.import_module(f"{__name__}.{module}")
    found: Report = getattr(loaded, function)
    return found


def write(command: str, fmt: str, result: Any, options: ReportOptions) -> str:
    """`command`'s report of `result` in `fmt`; no control character of the data reaches it.

    The Rich tables (text of monitor and rank) escape each value as it is drawn
    (`terminal.Text`); the other human-readable reports are escaped whole, line breaks kept.
    """
    report = report_for(command, fmt)(result, options)
    if fmt == "md" or (fmt == "text" and command == "diff"):
        from intstrat.terminal import printable

        report = printable(report, lines=True)
    return report
