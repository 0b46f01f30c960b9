"""Reporters: pure functions from results to text, one module per format, chosen by name."""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from intstrat.findings import FileResult

Reporter = Callable[[Sequence[FileResult], "ReportOptions"], str]

# Where a rule's documentation lives; SARIF's helpUri and the Markdown links point here.
RULES_DOC_URL = "https://github.com/intstrat/intstrat/blob/main/docs/rules.md"


@dataclass(frozen=True)
class ReportOptions:
    """How to report. `root` is the folder that paths in CI reports are made relative to."""

    lang: str = "en"
    color: bool = False
    quiet: bool = False
    statistics: bool = False
    root: str = "."


def rule_url(rule: str) -> str:
    return f"{RULES_DOC_URL}#{rule.lower()}"


def relative_path(path: str, root: str) -> str:
    """The path as CI shows it: relative to `root` with forward slashes; as given if outside."""
    if path.startswith("<") or path == "-":
        return path
    absolute = os.path.abspath(path)
    relative = os.path.relpath(absolute, os.path.abspath(root))
    if relative == ".." or relative.startswith(".." + os.sep):
        return absolute.replace(os.sep, "/")
    return relative.replace(os.sep, "/")


def _text(results: Sequence[FileResult], options: ReportOptions) -> str:
    from intstrat.reporters.text import report

    return report(results, options)


def _json(results: Sequence[FileResult], options: ReportOptions) -> str:
    from intstrat.reporters.json_report import report

    return report(results, options)


def _sarif(results: Sequence[FileResult], options: ReportOptions) -> str:
    from intstrat.reporters.sarif import report

    return report(results, options)


def _junit(results: Sequence[FileResult], options: ReportOptions) -> str:
    from intstrat.reporters.junit import report

    return report(results, options)


def _github(results: Sequence[FileResult], options: ReportOptions) -> str:
    from intstrat.reporters.github import report

    return report(results, options)


def _markdown(results: Sequence[FileResult], options: ReportOptions) -> str:
    from intstrat.reporters.markdown import report

    return report(results, options)


# The name map feeds the CLI's --format choice too, so a format cannot exist without a reporter.
REPORTERS: dict[str, Reporter] = {
    "text": _text,
    "json": _json,
    "sarif": _sarif,
    "junit": _junit,
    "github": _github,
    "markdown": _markdown,
}
