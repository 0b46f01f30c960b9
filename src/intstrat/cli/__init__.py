"""The command line: parse options, call one function, map errors to exit codes."""

from __future__ import annotations

import sys

import typer

from intstrat import __version__
from intstrat.cli import check as cli_check
from intstrat.cli import living as cli_living
from intstrat.cli import render as cli_render
from intstrat.cli import rules as cli_rules
from intstrat.cli import scaffold as cli_scaffold

app = typer.Typer(
    name="intstrat",
    help="Audit, render and keep alive a cluster's internationalisation strategy written as YAML.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"intstrat {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: bool = typer.Option(
        False, "--version", callback=_version, is_eager=True, help="Show the version and exit."
    ),
) -> None:
    """intstrat: the internationalisation strategy as data."""


for _module in (cli_check, cli_rules, cli_scaffold, cli_render, cli_living):
    _module.register(app)


def main() -> None:
    """Entry point of the `intstrat` script and `python -m intstrat`."""
    try:
        from intstrat.cli.boundary import run_app

        code = run_app(app)
    except KeyboardInterrupt:
        # Ctrl-C before or after the command itself ran (while loading or leaving): no traceback.
        code = 130
    sys.exit(code)
