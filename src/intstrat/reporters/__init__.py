"""Reporters: pure functions from results to text, one module per format, chosen by name."""

from __future__ import annotations

import importlib
import os
from collections.abc import Callable, Sequence
from typing import NamedTuple

from intstrat.findings import FileResult, Severity

Reporter = Callable[[Sequence[FileResult], "ReportOptions"], str]

# Where a rule's documentation lives; SARIF's helpUri and the Markdown links point here.
RULES_DOC_URL = "https://github.com/intstrat/intstrat/blob/main/docs/rules.md"


class ReportOptions(NamedTuple):
    """How to report. `root` is the folder that paths in CI reports are made relative to.

    `fail_on` and `fail_under` are the run's thresholds, so that reports whose readers see
    pass and fail (JUnit) agree with the exit code. `sarif_category` is SARIF's
    `automationDetails.id` (left out when None, so the upload step's category holds).
    """

    lang: str = "en"
    color: bool = False
    quiet: bool = False
    statistics: bool = False
    root: str = "."
    fail_on: Severity = Severity.ERROR
    fail_under: float | None = None
    sarif_category: str | None = None


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


def _lazy(module: str) -> Reporter:
    """A reporter that imports its module only when used: `check` loads just the one it needs."""

    def report(results: Sequence[FileResult], options: ReportOptions) -> str:
        loaded = importlib.import_module(f"intstrat.reporters.{module}")
        text: str = loaded.report(results, options)
        return text

    return report


# The name map feeds the CLI's --format choice too, so a format cannot exist without a reporter.
REPORTERS: dict[str, Reporter] = {
    "text": _lazy("text"),
    "json": _lazy("json_report"),
    "sarif": _lazy("sarif"),
    "junit": _lazy("junit"),
    "github": _lazy("github"),
    "markdown": _lazy("markdown"),
    "gitlab": _lazy("gitlab"),
}

# Other spellings every command accepts, the same in `check`, `render`, `monitor`, `rank`, `diff`.
FORMAT_ALIASES: dict[str, str] = {"md": "markdown"}


def format_names() -> list[str]:
    """The --format choice: each format and each alias."""
    return [*REPORTERS, *FORMAT_ALIASES]


def reporter(name: str) -> Reporter:
    """The reporter of a format name or alias."""
    return REPORTERS[FORMAT_ALIASES.get(name, name)]
