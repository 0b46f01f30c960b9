"""Reporters: pure functions from results to text, one module per format, chosen by name."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from intstrat.findings import FileResult

Reporter = Callable[[Sequence[FileResult], "ReportOptions"], str]


@dataclass(frozen=True)
class ReportOptions:
    lang: str = "en"
    color: bool = False
    quiet: bool = False
    statistics: bool = False
    root: str = "."


def _text(results: Sequence[FileResult], options: ReportOptions) -> str:
    from intstrat.reporters.text import report

    return report(results, options)


def _json(results: Sequence[FileResult], options: ReportOptions) -> str:
    from intstrat.reporters.json_report import report

    return report(results, options)


# The name map feeds the CLI's --format choice too, so a format cannot exist without a reporter.
REPORTERS: dict[str, Reporter] = {
    "text": _text,
    "json": _json,
}
