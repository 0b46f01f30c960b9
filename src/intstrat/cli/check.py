"""`intstrat check`: audit strategy files and report, with exit codes for CI."""

from __future__ import annotations

import datetime as dt
import enum
import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

import click
import typer

from intstrat.cli.boundary import EXIT_FINDINGS, EXIT_OK
from intstrat.cli.completion import rule_specs
from intstrat.cli.options import Lang, finite
from intstrat.limits import DEFAULT_MAX_SIZE, MAX_SIZE_LIMIT
from intstrat.terminal import use_color

if TYPE_CHECKING:
    from intstrat.check.audit import AuditOptions
    from intstrat.findings import FileResult
from intstrat.reporters import format_names, reporter

# A progress bar is worth drawing only when a check takes noticeable time.
PROGRESS_MIN_FILES = 32


class Level(enum.StrEnum):
    error = "error"
    warning = "warning"
    info = "info"
    note = "note"  # the reports' word for info


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
        typer.echo(translator(lang).ngettext("Wrote {path} with {n} finding.",
                                             "Wrote {path} with {n} findings.", count,
                                             path=write_baseline), err=True)
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


def register(app: typer.Typer) -> None:
    @app.command()
    def check(
        paths: list[str] = typer.Argument(
            ..., help="Strategy files or folders ('-' reads standard input).", metavar="PATH..."
        ),
        format: str | None = typer.Option(
            None, "--format", "-f", click_type=click.Choice(format_names()),
            help="Report format (md is markdown); default text, or github inside GitHub Actions.",
        ),
        output: str | None = typer.Option(
            None, "--output", "-o", help="Write the report to this file instead of stdout."
        ),
        lang: Lang | None = typer.Option(
            None, "--lang", help="Language of messages; default: the strategy's, else the locale."
        ),
        fail_on: Level | None = typer.Option(
            None, "--fail-on", help="Lowest severity that makes the exit code 1 (default error)."
        ),
        fail_under: float | None = typer.Option(
            None, "--fail-under", min=0, max=100, callback=finite,
            help="Exit 1 when a score is below N percent.",
        ),
        select: list[str] | None = typer.Option(
            None, "--select", help="Only these rule ids or prefixes (comma-separated, e.g. CL,CS).",
            autocompletion=rule_specs,
        ),
        ignore: list[str] | None = typer.Option(
            None, "--ignore", help="Skip these rule ids or prefixes (comma-separated).",
            autocompletion=rule_specs,
        ),
        config: str | None = typer.Option(
            None, "--config", help="Read settings from this file, not the nearest one found."
        ),
        no_config: bool = typer.Option(
            False, "--no-config", help="Ignore pyproject.toml and .intstrat.toml."
        ),
        strategies_only: bool = typer.Option(
            False, "--strategies-only",
            help="Skip named files without the 'intstrat:' key (for hooks that pass every YAML).",
        ),
        exit_zero: bool = typer.Option(
            False, "--exit-zero", help="Exit 0 even with findings (for report-only CI steps)."
        ),
        quiet: bool = typer.Option(
            False, "--quiet", "-q", help="Only what fails, and one summary line per file."
        ),
        statistics: bool = typer.Option(False, "--statistics", help="Count findings per rule."),
        jobs: int = typer.Option(
            0, "--jobs", "-j", min=0, help="Worker processes; 0 decides by the number of files."
        ),
        show_settings: bool = typer.Option(
            False, "--show-settings",
            help="Print the settings each file is checked with and where they come from.",
        ),
        stdin_filename: str | None = typer.Option(
            None, "--stdin-filename", metavar="PATH",
            help="The path standard input ('-') stands for: reported, and per-file-ignores "
            "apply.",
        ),
        max_size: int = typer.Option(
            DEFAULT_MAX_SIZE, "--max-size", min=1, max=MAX_SIZE_LIMIT,
            help="Largest file read, in bytes.",
        ),
        baseline: str | None = typer.Option(
            None, "--baseline", metavar="FILE",
            help="Report only findings not recorded in this baseline file.",
        ),
        write_baseline: str | None = typer.Option(
            None, "--write-baseline", metavar="FILE",
            help="Record today's findings in this baseline file (for --baseline).",
        ),
        sarif_category: str | None = typer.Option(
            None, "--sarif-category",
            help="SARIF automationDetails.id, to tell several analyses of one commit apart.",
        ),
        as_of: str | None = typer.Option(
            None, "--as-of", metavar="DATE",
            help="Review date (YYYY-MM-DD, default today): plans dated after it are accepted "
            "as plans, plans dated before it must have become facts.",
        ),
        require_evidence: bool = typer.Option(
            False, "--require-evidence",
            help="Fail a passing point when none of its items names existing evidence "
            "(claimed, not evidenced).",
        ),
    ) -> int:
        """Audit strategies against the guide's 19-point checklist and the ten concept sections.

        Settings come from [tool.intstrat] in pyproject.toml or from .intstrat.toml (the nearest
        upward); options given here win. Exit codes: 0 no finding at or above --fail-on;
        1 findings (or a score under --fail-under); 2 usage or configuration error.
        """
        from intstrat.check.audit import AuditOptions
        from intstrat.check.batch import exit_code, plan, run_jobs
        from intstrat.check.config import Finder, repository_root
        from intstrat.findings import Severity
        from intstrat.i18n import resolve_language
        from intstrat.reporters import ReportOptions

        if paths.count("-") > 1:
            from intstrat.errors import UsageError
            from intstrat.i18n import N_

            raise UsageError(N_("'-' (standard input) may be named only once"))
        finder = Finder(config, no_config)
        # The run's own settings (fail-on, fail-under) come from the current folder's
        # configuration; each file's rules, severities and language from its own (nearest).
        settings = finder.for_path(".")
        chosen_select = _rule_list(select, "--select")
        chosen_ignore = _rule_list(ignore, "--ignore")
        chosen: dict[int, AuditOptions] = {}
        review_day = _review_day(as_of)

        def options_for(path: str) -> AuditOptions:
            found = finder.for_path(path)
            base = chosen.get(id(found))
            if base is None:
                base = chosen[id(found)] = AuditOptions(
                    lang=lang.value if lang else found.lang,
                    select=chosen_select if chosen_select is not None else (found.select or ()),
                    ignore=chosen_ignore if chosen_ignore is not None else (found.ignore or ()),
                    severity=dict(found.severity),
                    max_size=max_size,
                    as_of=review_day,
                    hollow=found.hollow,
                    require_evidence=require_evidence or found.require_evidence,
                )
            extra = found.ignores_for(path)
            return replace(base, ignore=(*base.ignore, *extra)) if extra else base

        options = options_for(stdin_filename or ".") if paths == ["-"] else options_for(".")
        todo = plan(paths, options, None, strategies_only, stdin_filename=stdin_filename,
                    options_for=options_for)
        if show_settings:
            from intstrat.cli.settings import show

            sys.stdout.write(show(todo, finder, settings, lang.value if lang else None,
                                  fail_on.value if fail_on else None, fail_under))
            return EXIT_OK
        with progress_bar(len(todo), not quiet) as advance:
            results = run_jobs(todo, advance, jobs or None)
        if write_baseline or baseline:
            results = _with_baseline(results, options, baseline, write_baseline,
                                     [Path(job[0]) for job in todo if job[0] != "-"])

        first = todo[0][1].lang if todo else options.lang
        report_lang = resolve_language(first, results[0].language if results else None)
        chosen_format = format or default_format()
        target = sys.stdout if output in (None, "-") else None
        level = Severity.parse(fail_on.value) if fail_on else (settings.fail_on or Severity.ERROR)
        threshold = fail_under if fail_under is not None else settings.fail_under
        text = reporter(chosen_format)(
            results,
            ReportOptions(
                lang=report_lang,
                color=chosen_format == "text" and target is not None and use_color(target),
                quiet=quiet,
                statistics=statistics,
                root=str(repository_root()),
                fail_on=level,
                fail_under=threshold,
                sarif_category=sarif_category,
            ),
        )
        if target is not None:
            target.write(text)
            target.flush()
        else:
            from intstrat.atomic import write_text

            write_text(Path(str(output)), text,
                       protect=[Path(job[0]) for job in todo if job[0] != "-"])
        failing = exit_code(results, level, threshold)
        return EXIT_FINDINGS if failing and not exit_zero else EXIT_OK
