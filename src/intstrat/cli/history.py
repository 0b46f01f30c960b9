"""`intstrat history` and `intstrat report`: the strategy over time, and a page people look at.

Typer only: the options become a request for `intstrat.living.timeline`, whose outcome is
printed; everything else is imported inside the commands.
"""

from __future__ import annotations

import enum

import typer

from intstrat.cli.options import Lang
from intstrat.limits import DEFAULT_MAX_SIZE

_LANG_HELP = "Language of the report; default: the strategy's `language`."
_MAX_SIZE_HELP = "Largest file read, in bytes."


class HistoryFormat(enum.StrEnum):
    """The formats of `history` (`living.reports.history.FORMATS`, kept equal by a test)."""

    text = "text"
    json = "json"
    csv = "csv"
    svg = "svg"


class ReportFormat(enum.StrEnum):
    html = "html"


def register(app: typer.Typer) -> None:
    """Add `history` and `report` to the app."""
    app.command("history")(history)
    app.command("report")(report)


def history(
    file: str = typer.Argument(..., metavar="FILE", help="Strategy file in a git repository."),
    format: HistoryFormat = typer.Option(
        HistoryFormat.text, "--format", "-f",
        help="text (a table), json, csv (one row per commit) or svg (a chart of the score)."),
    since: str | None = typer.Option(
        None, "--since", metavar="DATE", help="Only commits on or after this day (YYYY-MM-DD)."),
    until: str | None = typer.Option(
        None, "--until", metavar="DATE", help="Only commits on or before this day (YYYY-MM-DD)."),
    output: str | None = typer.Option(
        None, "--output", "-o", metavar="PATH",
        help="Write the report to this file instead of standard output."),
    lang: Lang | None = typer.Option(None, "--lang", help=_LANG_HELP),
    max_size: int = typer.Option(DEFAULT_MAX_SIZE, "--max-size", min=1, help=_MAX_SIZE_HELP),
) -> None:
    """The score, the points and the monitor summary of every commit that changed FILE.

    The history comes from git (`git log --follow`, so renames are followed). Every version
    is audited as `check` audits it and judged by `monitor` as of its commit's day, oldest
    first. All versions are judged by the rules of this intstrat, so a new rule cannot show
    as a jump between commits; the rule set's fingerprint is in every report. A change of
    the format version (`intstrat:`) or of the path is marked on the version where it happens.

    Exit codes: 0 history shown; 2 usage error (git missing, FILE not in a git repository or
    never committed, a bad date).
    """
    from intstrat.living.timeline import HistoryRequest
    from intstrat.living.timeline import history as run

    _finish(run(HistoryRequest(file, format.value, lang.value if lang else None, since, until,
                               output, max_size)))


def report(
    paths: list[str] = typer.Argument(..., metavar="PATH...",
                                      help="Strategy files or folders of them."),
    format: ReportFormat = typer.Option(ReportFormat.html, "--format", "-f",
                                        help="Report format: html (one self-contained page)."),
    output: str | None = typer.Option(
        None, "--output", "-o", metavar="PATH",
        help="Write the page to this file instead of standard output."),
    as_of: str | None = typer.Option(
        None, "--as-of", metavar="DATE",
        help="Judge the monitoring as of this day (YYYY-MM-DD); default: today."),
    with_history: bool = typer.Option(
        True, "--history/--no-history",
        help="Chart the score history of files committed to git."),
    lang: Lang | None = typer.Option(None, "--lang", help=_LANG_HELP),
    max_size: int = typer.Option(DEFAULT_MAX_SIZE, "--max-size", min=1, help=_MAX_SIZE_HELP),
) -> None:
    """One HTML page for one strategy or a portfolio: score, points, monitoring, history.

    Per strategy: the score, the 19 checklist points and 10 sections with their findings,
    the status of indicators and milestones, and the score history as a chart when the
    file is committed to git. For several strategies, a portfolio table (strategies x
    points) sortable by score comes first. The page needs no network: CSS, charts and
    its few lines of script are inside it. Folders are searched like `check` searches them.

    Exit codes: 0 report written; 2 usage error.
    """
    from intstrat.living.timeline import ReportRequest
    from intstrat.living.timeline import report as run

    _finish(run(ReportRequest(tuple(paths), output, lang.value if lang else None, as_of,
                              with_history, max_size)))


def _finish(outcome: object) -> None:
    from intstrat.living.commands import Outcome

    assert isinstance(outcome, Outcome)
    if outcome.report:
        typer.echo(outcome.report, nl=False)
    raise typer.Exit(outcome.exit_code)
