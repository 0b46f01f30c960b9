"""`monitor`, `rank` and `diff` from request to outcome: read, compute, write the report.

Each command takes a request the CLI built from its options and returns an `Outcome`: the report
for standard output, the reading problems for standard error and the exit code. Nothing here
prints or knows about Typer; the numbers come from `progress`, `ranking` and `compare`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from intstrat.check.source import Source, problem_lines, read_strategy
from intstrat.errors import UsageError
from intstrat.i18n import N_, resolve_language
from intstrat.limits import DEFAULT_MAX_SIZE
from intstrat.living.reports import ReportOptions, write
from intstrat.values import today

if TYPE_CHECKING:
    from intstrat.findings import FileResult

EXIT_OK = 0
EXIT_ATTENTION = 1
"""Something is behind or overdue, a file cannot be read, or (diff) a regression was asked about."""


@dataclass(frozen=True)
class Output:
    """How to report: the format, the language (None: the strategy's), the terminal's traits."""

    fmt: str = "text"
    lang: str | None = None
    color: bool = False
    width: int = 120


@dataclass(frozen=True)
class Outcome:
    """What a command leaves: `report` for standard output, `problems` for standard error."""

    report: str
    problems: str
    exit_code: int


@dataclass(frozen=True)
class MonitorRequest:
    file: str
    as_of: str | None = None
    """The day to judge progress on, YYYY-MM-DD; None: today."""
    output: Output = field(default_factory=Output)
    max_size: int = DEFAULT_MAX_SIZE


@dataclass(frozen=True)
class RankRequest:
    kind: str
    """partners or projects (`living.ranking.KINDS`)."""
    file: str
    output: Output = field(default_factory=Output)
    max_size: int = DEFAULT_MAX_SIZE


@dataclass(frozen=True)
class DiffRequest:
    old: str
    new: str
    output: Output = field(default_factory=Output)
    fail_on_regression: bool = False
    max_size: int = DEFAULT_MAX_SIZE


def monitor(request: MonitorRequest) -> Outcome:
    from intstrat.living.progress import assess

    day = parse_day(request.as_of)
    source = read_strategy(request.file, request.max_size)
    lang = resolve_language(request.output.lang, source.language)
    if not source.readable:
        return Outcome("", problem_lines(source, lang), EXIT_ATTENTION)
    progress = assess(source.data, day)
    report = write("monitor", request.output.fmt, progress, _options(request.output, lang,
                                                                        source.name))
    return Outcome(report, "", EXIT_ATTENTION if progress.needs_attention else EXIT_OK)


def rank(request: RankRequest) -> Outcome:
    from intstrat.living.ranking import rank as build_ranking

    source = read_strategy(request.file, request.max_size)
    lang = resolve_language(request.output.lang, source.language)
    if not source.readable:
        return Outcome("", problem_lines(source, lang), EXIT_ATTENTION)
    ranking = build_ranking(request.kind, source.data)
    report = write("rank", request.output.fmt, ranking, _options(request.output, lang,
                                                                  source.name))
    return Outcome(report, "", EXIT_OK)


def diff(request: DiffRequest) -> Outcome:
    from intstrat.living.compare import compare

    if request.old == "-" and request.new == "-":
        raise UsageError(N_("only one of OLD and NEW may be '-' (standard input)"))
    old = read_strategy(request.old, request.max_size, mapping=False)
    new = read_strategy(request.new, request.max_size, mapping=False)
    lang = resolve_language(request.output.lang, _language(new, old))
    if not (old.readable and new.readable):
        return Outcome("", problem_lines(old, lang) + problem_lines(new, lang), EXIT_ATTENTION)
    comparison = compare(
        old.data,
        new.data,
        old_path=old.name,
        new_path=new.name,
        old_audit=_audit(old, lang),
        new_audit=_audit(new, lang),
    )
    report = write("diff", request.output.fmt, comparison, _options(request.output, lang, ""))
    failed = request.fail_on_regression and comparison.regression
    return Outcome(report, "", EXIT_ATTENTION if failed else EXIT_OK)


def parse_day(value: str | None) -> dt.date:
    """The --as-of day; today without one."""
    if value is None:
        return today()
    try:
        return dt.date.fromisoformat(value.strip())
    except ValueError:
        raise UsageError(
            N_("--as-of: '{value}' is not a date; write it as YYYY-MM-DD"), value=value
        ) from None


def _audit(source: Source, lang: str) -> FileResult:
    """`check`'s audit of a version, on the document already read (no second parse)."""
    from intstrat.check.audit import AuditOptions, audit_document

    assert source.document is not None  # a readable source keeps its document
    return audit_document(source.document, source.name, AuditOptions(lang=lang),
                          list(source.load_problems))


def _language(new: Source, old: Source) -> object:
    """The newer version speaks for the comparison; the older one when the newer is no mapping."""
    return new.language if isinstance(new.data, dict) else old.language


def _options(output: Output, lang: str, file: str) -> ReportOptions:
    return ReportOptions(lang=lang, file=file, color=output.color, width=output.width)
