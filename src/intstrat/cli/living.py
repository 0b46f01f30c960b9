"""Commands of the living document: `monitor` progress, `rank` candidates, `diff` two versions.

Typer only: each command turns its options into a request, calls one function of
`intstrat.living.commands` and prints what comes back. `--help` and completion import this
module with every other command, so the work is imported inside the commands.
"""

from __future__ import annotations

import enum
import os
import shutil
import sys
from typing import TYPE_CHECKING

import typer

from intstrat.cli.options import Lang
from intstrat.limits import DEFAULT_MAX_SIZE, MAX_SIZE_LIMIT

if TYPE_CHECKING:
    from intstrat.living.commands import Outcome, Output



class Format(enum.StrEnum):
    """The report formats; `living.reports.REPORTS` has a report for each (a test checks it)."""

    text = "text"
    json = "json"
    md = "md"
    markdown = "markdown"  # the same as md, as `check --format` spells it


class Kind(enum.StrEnum):
    partners = "partners"
    projects = "projects"


_FILE_HELP = "Strategy file; '-' reads standard input."
_FORMAT_HELP = "Report format: text (a table on the terminal), json or md (Markdown)."
_LANG_HELP = "Language of the report; default: the strategy's `language`."
_MAX_SIZE_HELP = "Largest file read, in bytes."


def register(app: typer.Typer) -> None:
    """Add `monitor`, `rank` and `diff` to the app."""
    app.command("monitor")(monitor)
    app.command("rank")(rank)
    app.command("diff")(diff)


def monitor(
    file: str = typer.Argument(..., metavar="FILE", help=_FILE_HELP),
    as_of: str | None = typer.Option(
        None,
        "--as-of",
        metavar="DATE",
        help="Judge progress as of this day (YYYY-MM-DD); "
        "default: today. Actual values and completions after it are ignored.",
    ),
    format: Format = typer.Option(Format.text, "--format", "-f", help=_FORMAT_HELP),
    lang: Lang | None = typer.Option(None, "--lang", help=_LANG_HELP),
    max_size: int = typer.Option(
        DEFAULT_MAX_SIZE, "--max-size", min=1, max=MAX_SIZE_LIMIT, help=_MAX_SIZE_HELP
    ),
) -> None:
    """Progress of indicators and milestones as of a date (guide ch. 7).

    FILE may be '-' to read the strategy from standard input.

    Indicators (monitoring.indicators) are judged by the latest actual value on or before
    the date. Progress % is (latest - baseline) / (target - baseline) x 100; plan % is the
    share of that way the plan expects by the date: the baseline before the start (the
    indicator's start, else period.start or funding.start), then linear through its interim
    targets to the target at the due date.

    \b
    achieved          the latest value reaches the target (direction: more or less is better)
    data out of date  the latest value is older than the review interval allows
    on track          not achieved, not past due, progress % >= plan % - 10
    behind            otherwise; past its due date, short of the target
    not started       no actual value yet, and the start still ahead
    no data           no actual value yet, or no baseline or target

    Milestones (concept.work_plan.milestones) are done (done_on on or before the date, else
    status done), overdue (due date passed), due soon (within 30 days), upcoming, or
    contradictory (status open with a done_on, or done with a done_on still ahead).

    Exit codes: 0 nothing needs attention; 1 something is behind, out of date, overdue or
    contradictory, or the file cannot be read as a strategy (for CI); 2 usage error.
    """
    from intstrat.living.commands import MonitorRequest
    from intstrat.living.commands import monitor as run

    _finish(run(MonitorRequest(file, as_of, _output(format, lang), max_size)))


def rank(
    kind: Kind = typer.Argument(..., help="What to rank: partners (guide 4.2) or projects (5.1)."),
    file: str = typer.Argument(..., metavar="FILE", help=_FILE_HELP),
    format: Format = typer.Option(Format.text, "--format", "-f", help=_FORMAT_HELP),
    lang: Lang | None = typer.Option(None, "--lang", help=_LANG_HELP),
    max_size: int = typer.Option(
        DEFAULT_MAX_SIZE, "--max-size", min=1, max=MAX_SIZE_LIMIT, help=_MAX_SIZE_HELP
    ),
) -> None:
    """Rank candidate partners or projects on the weighted criteria catalogue (guide 4.2, 5.1).

    KIND is partners (partner_selection) or projects (project_selection); FILE may be '-'
    to read the strategy from standard input.

    For every criterion, the scores of the raters are averaged; a rater who declared a
    conflict of interest with a candidate is left out for that candidate (guide 5.1).
    score = sum(weight x mean) / sum(weight) over the criteria that have a score, so it
    stays on the catalogue's scale; a criterion nobody scored is reported as missing,
    never counted as zero. Equal scores share a rank (1, 1, 3). Sensitivity: for each
    criterion, the weight is moved one step (the scale's step) up and down, and the
    candidates whose rank then changes are named.

    Exit codes: 0 ranked; 1 the file cannot be read as a strategy; 2 usage error.
    """
    from intstrat.living.commands import RankRequest
    from intstrat.living.commands import rank as run

    _finish(run(RankRequest(kind.value, file, _output(format, lang), max_size)))


def diff(
    old: str = typer.Argument(..., metavar="OLD", help="Earlier version; '-' reads stdin."),
    new: str = typer.Argument(..., metavar="NEW", help="Later version; '-' reads stdin."),
    format: Format = typer.Option(Format.text, "--format", "-f", help=_FORMAT_HELP),
    lang: Lang | None = typer.Option(None, "--lang", help=_LANG_HELP),
    fail_on_regression: bool = typer.Option(
        False,
        "--fail-on-regression",
        help="Exit 1 when the score drops or findings are introduced.",
    ),
    max_size: int = typer.Option(
        DEFAULT_MAX_SIZE, "--max-size", min=1, max=MAX_SIZE_LIMIT, help=_MAX_SIZE_HELP
    ),
) -> None:
    """What changed between two versions of a strategy, with the audit before and after.

    OLD and NEW are strategy files; one of them may be '-' for standard input.

    Sections list the keys added, removed and changed; items of lists are matched by their
    id (else rater, partner, date, name or method), so inserting one does not shift the rest.
    The score and the checklist status are shown before and after; findings are matched by
    rule, data path, message and its details (not by line) and reported as fixed or introduced.

    \b
    Compare with the last commit:
      git show HEAD~1:strategy.yaml | intstrat diff - strategy.yaml

    Exit codes: 0 compared (the report is informational); 1 a version cannot be read as
    YAML, or --fail-on-regression and the score dropped or findings were introduced;
    2 usage error.
    """
    from intstrat.living.commands import DiffRequest
    from intstrat.living.commands import diff as run

    _finish(run(DiffRequest(old, new, _output(format, lang), fail_on_regression, max_size)))


def _output(format: Format, lang: Lang | None) -> Output:
    """The report's format and language with the traits of the terminal it goes to."""
    from intstrat.living.commands import Output
    from intstrat.terminal import use_color

    # Piped output (CI logs, files) gets 120 columns so tables stay legible.
    on_terminal = sys.stdout.isatty() or bool(os.environ.get("COLUMNS"))
    width = shutil.get_terminal_size((120, 24)).columns if on_terminal else 120
    chosen = "md" if format is Format.markdown else format.value
    return Output(chosen, lang.value if lang else None, use_color(sys.stdout), width)


def _finish(outcome: Outcome) -> None:
    if outcome.problems:
        sys.stderr.write(outcome.problems)
    if outcome.report:
        # The colours were chosen with the report (use_color); click must not strip them again.
        typer.echo(outcome.report, nl=False, color=True)
    raise typer.Exit(outcome.exit_code)
