"""`intstrat check`: audit strategy files and report, with exit codes for CI.

The options are declared here for Typer (help, completion, usage errors); what the command does
is `intstrat.cli.check_run.run`, which the start-up fast path (cli/fast.py) calls directly.
"""

from __future__ import annotations

import enum

import click
import typer

from intstrat.cli.check_run import CheckArgs, run
from intstrat.cli.completion import rule_specs
from intstrat.cli.options import Lang, finite
from intstrat.limits import DEFAULT_MAX_SIZE, MAX_SIZE_LIMIT
from intstrat.reporters import format_names


class Level(enum.StrEnum):
    error = "error"
    warning = "warning"
    info = "info"
    note = "note"  # the reports' word for info


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
        return run(CheckArgs(
            paths=paths, format=format, output=output, lang=lang.value if lang else None,
            fail_on=fail_on.value if fail_on else None, fail_under=fail_under, select=select,
            ignore=ignore, config=config, no_config=no_config, strategies_only=strategies_only,
            exit_zero=exit_zero, quiet=quiet, statistics=statistics, jobs=jobs,
            show_settings=show_settings, stdin_filename=stdin_filename, max_size=max_size,
            baseline=baseline, write_baseline=write_baseline, sarif_category=sarif_category,
            as_of=as_of, require_evidence=require_evidence,
        ))
