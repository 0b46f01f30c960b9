"""`intstrat upgrade FILE`: rewrite a format-1 strategy as format 2 (Typer only).

The work is `intstrat.upgrade`, imported inside the command: `--help` and completion load this
module with every other command, and only an upgrade pays for ruamel.yaml.
"""

from __future__ import annotations

import sys

import typer

from intstrat.cli.options import Lang
from intstrat.limits import DEFAULT_MAX_SIZE, MAX_SIZE_LIMIT


def register(app: typer.Typer) -> None:
    """Add `upgrade` to the app."""
    app.command("upgrade")(upgrade)


def upgrade(
    file: str = typer.Argument(
        ..., metavar="FILE", help="Strategy file in format 1; '-' reads standard input."
    ),
    output: str | None = typer.Option(
        None, "--output", "-o", metavar="OUT",
        help="Write the upgraded strategy here ('-': standard output) instead of over FILE.",
    ),
    check: bool = typer.Option(
        False, "--check", help="Write nothing; exit 1 when FILE would change (for CI)."
    ),
    lang: Lang | None = typer.Option(
        None, "--lang", help="Language of the notes; default: the strategy's, else the locale."
    ),
    as_of: str | None = typer.Option(
        None, "--as-of", metavar="DATE",
        help="Judge dates as of this day (YYYY-MM-DD); default: today.",
    ),
    max_size: int = typer.Option(
        DEFAULT_MAX_SIZE, "--max-size", min=1, max=MAX_SIZE_LIMIT,
        help="Largest file read, in bytes.",
    ),
) -> None:
    """Rewrite a format-1 strategy as format 2, keeping comments, key order and layout.

    FILE is rewritten in place (atomically, keeping its permissions) unless -o names another
    file. Self-declared flags become the data format 2 reads: the kick-off's
    open_to_all_actors becomes invited (the member kinds), an agreement's accepted_by_both
    becomes status, communication.open_to_all_actors becomes open_to,
    developed_with_partners goes (format 2 reads partners_involved), and every financing
    source gets a status (committed once it has started, else planned). What the upgrade
    changed is a note, what it could not decide a warning (UP01-UP08), with its line in
    the upgraded file.

    Exit codes: 0 upgraded, or already format 2; 1 --check and FILE would change, or FILE
    cannot be read as a strategy; 2 usage error.
    """
    from intstrat.living.commands import parse_day
    from intstrat.terminal import use_color
    from intstrat.upgrade import UpgradeRequest
    from intstrat.upgrade import upgrade as run

    request = UpgradeRequest(file, output, check, lang.value if lang else None,
                             parse_day(as_of) if as_of is not None else None, max_size)
    outcome = run(request, color=use_color(sys.stderr))
    if outcome.messages:
        sys.stderr.write(outcome.messages)
    if outcome.text:
        sys.stdout.write(outcome.text)
    raise typer.Exit(outcome.exit_code)
