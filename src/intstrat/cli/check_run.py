"""What `intstrat check` does once its options are parsed: plain Python, no Typer.

Two ways lead here: the Typer command (cli/check.py), and the start-up fast path
(cli/fast.py), which parses the common invocations itself so that a check of a file does not
pay for importing Typer and Click (about half of its start-up).
"""

from __future__ import annotations

import datetime as dt
import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from intstrat.cli.boundary import EXIT_FINDINGS, EXIT_OK
from intstrat.limits import DEFAULT_MAX_SIZE
from intstrat.reporters import reporter
from intstrat.terminal import use_color

if TYPE_CHECKING:
    from intstrat.check.audit import AuditOptions
    from intstrat.findings import FileResult

# A progress bar is worth drawing only when a check takes noticeable time.
PROGRESS_MIN_FILES = 32


class CheckArgs(NamedTuple):
    """The options of `intstrat check`, as parsed (choices already validated)."""

    paths: list[str]
    format: str | None = None
    output: str | None = None
    lang: str | None = None
    fail_on: str | None = None
    fail_under: float | None = None
    select: list[str] | None = None
    ignore: list[str] | None = None
    config: str | None = None
    no_config: bool = False
    strategies_only: bool = False
    exit_zero: bool = False
    quiet: bool = False
    statistics: bool = False
    jobs: int = 0
    show_settings: bool = False
    stdin_filename: str | None = None
    max_size: int = DEFAULT_MAX_SIZE
    baseline: str | None = None
    write_baseline: str | None = None
    sarif_category: str | None = None
    as_of: str | None = None
    require_evidence: bool = False


def default_format() -> str:
    """`github` inside GitHub Actions, so annotations appear without configuration; else text."""
    return "github" if os.environ.get("GITHUB_ACTIONS") == "true" else "text"


def _in_ci() -> bool:
    return any(os.environ.get(var) for var in ("CI", "GITHUB_ACTIONS", "GITLAB_CI", "BUILD_ID"))


@contextmanager
def progress_bar(total: int, enabled: bool) -> Iterator[Callable[[int, int], None] | None]:
    """A transient bar on a terminal's stderr; nothing in CI logs, pipes or small runs."""
    if not enabled or total < PROGRESS_MIN_FILES or _in_ci() or not sys.stderr.isatty():
        yield None
        return
    # Imported here only: Rich costs ~50 ms of start-up that a plain check never pays.
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TimeRemainingColumn

    bar = Progress("check", BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
                   console=Console(stderr=True), transient=True)
    task = bar.add_task("check", total=total)
    started = False

    def advance(done: int, _total: int) -> None:
        # Started with the first result, not before: by then the worker processes are forked,
        # so no fork happens while the bar's refresh thread runs.
        nonlocal started
        if not started:
            bar.start()
            started = True
        bar.update(task, completed=done)

    try:
        yield advance
    finally:
        if started:
            bar.stop()


def _rule_list(values: list[str] | None, label: str) -> tuple[str, ...] | None:
    """`--select CL,CS --select CO04` → ("CL", "CS", "CO04"); None when not given."""
    if not values:
        return None
    from intstrat.check.config import rule_specs
    from intstrat.errors import ConfigError, UsageError

    parts = [p for value in values for p in value.split(",") if p.strip()]
    try:
        return rule_specs(parts, label)
    except ConfigError as exc:
        raise UsageError(exc.message, **exc.args_) from None


def _with_baseline(results: list[FileResult], options: AuditOptions, baseline: str | None,
                   write_baseline: str | None, inputs: list[Path]) -> list[FileResult]:
    """Write today's findings as the baseline (then report against it), or read one and report
    only the findings it does not hold."""
    from intstrat.check import baseline as baselines

    if write_baseline:
        target = Path(write_baseline)
        count = baselines.write(results, target, protect=inputs)
        from intstrat.i18n import resolve_language, translator

        lang = resolve_language(options.lang, results[0].language if results else None)
        sys.stderr.write(translator(lang).ngettext("Wrote {path} with {n} finding.",
                                                   "Wrote {path} with {n} findings.", count,
                                                   path=write_baseline) + "\n")
        recorded = baselines.load(target)
    else:
        recorded = baselines.load(Path(str(baseline)))
    return baselines.apply(results, recorded, options)


def _review_day(value: str | None) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        from intstrat.errors import UsageError
        from intstrat.i18n import N_

        raise UsageError(N_("--as-of: '{value}' is not a date; write it as YYYY-MM-DD"),
                         value=value) from None


def load() -> None:
    """Load what every check needs (the audit, the batch, the rule modules) up front, so the
    entry point can freeze it before any file is read (cli/__init__.py)."""
    from intstrat.check import audit, batch  # noqa: F401
    from intstrat.rules.registry import all_rules

    all_rules()


def run(a: CheckArgs) -> int:
    """Audit the paths, write the report, and return the exit code."""
    from intstrat.check.audit import AuditOptions
    from intstrat.check.batch import exit_code, plan, run_jobs
    from intstrat.check.config import Finder, repository_root
    from intstrat.findings import Severity
    from intstrat.i18n import resolve_language
    from intstrat.reporters import ReportOptions

    if a.paths.count("-") > 1:
        from intstrat.errors import UsageError
        from intstrat.i18n import N_

        raise UsageError(N_("'-' (standard input) may be named only once"))
    finder = Finder(a.config, a.no_config)
    # The run's own settings (fail-on, fail-under) come from the current folder's
    # configuration; each file's rules, severities and language from its own (nearest).
    settings = finder.for_path(".")
    chosen_select = _rule_list(a.select, "--select")
    chosen_ignore = _rule_list(a.ignore, "--ignore")
    chosen: dict[int, AuditOptions] = {}
    review_day = _review_day(a.as_of)

    def options_for(path: str) -> AuditOptions:
        found = finder.for_path(path)
        base = chosen.get(id(found))
        if base is None:
            base = chosen[id(found)] = AuditOptions(
                lang=a.lang or found.lang,
                select=chosen_select if chosen_select is not None else (found.select or ()),
                ignore=chosen_ignore if chosen_ignore is not None else (found.ignore or ()),
                severity=dict(found.severity),
                max_size=a.max_size,
                as_of=review_day,
                hollow=found.hollow,
                require_evidence=a.require_evidence or found.require_evidence,
            )
        extra = found.ignores_for(path)
        return base._replace(ignore=(*base.ignore, *extra)) if extra else base

    options = options_for(a.stdin_filename or ".") if a.paths == ["-"] else options_for(".")
    todo = plan(a.paths, options, None, a.strategies_only, stdin_filename=a.stdin_filename,
                options_for=options_for)
    if a.show_settings:
        from intstrat.cli.settings import show

        sys.stdout.write(show(todo, finder, settings, a.lang, a.fail_on, a.fail_under))
        return EXIT_OK
    with progress_bar(len(todo), not a.quiet) as advance:
        results = run_jobs(todo, advance, a.jobs or None)
    if a.write_baseline or a.baseline:
        results = _with_baseline(results, options, a.baseline, a.write_baseline,
                                 [Path(job[0]) for job in todo if job[0] != "-"])

    first = todo[0][1].lang if todo else options.lang
    report_lang = resolve_language(first, results[0].language if results else None)
    chosen_format = a.format or default_format()
    target = sys.stdout if a.output in (None, "-") else None
    level = Severity.parse(a.fail_on) if a.fail_on else (settings.fail_on or Severity.ERROR)
    threshold = a.fail_under if a.fail_under is not None else settings.fail_under
    text = reporter(chosen_format)(
        results,
        ReportOptions(
            lang=report_lang,
            color=chosen_format == "text" and target is not None and use_color(target),
            quiet=a.quiet,
            statistics=a.statistics,
            root=str(repository_root()),
            fail_on=level,
            fail_under=threshold,
            sarif_category=a.sarif_category,
        ),
    )
    if target is not None:
        target.write(text)
        target.flush()
    else:
        from intstrat.atomic import write_text

        write_text(Path(str(a.output)), text,
                   protect=[Path(job[0]) for job in todo if job[0] != "-"])
    failing = exit_code(results, level, threshold)
    return EXIT_FINDINGS if failing and not a.exit_zero else EXIT_OK
