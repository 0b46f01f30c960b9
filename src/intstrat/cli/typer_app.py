"""The Typer app: the root options and each command module's `register(app)`."""

from __future__ import annotations

import importlib

import typer

from intstrat import __version__
from intstrat.cli import COMMAND_MODULES
from intstrat.cli.completion import RootGroup


def build_app(command: str | None = None) -> typer.Typer:
    """The Typer app with every command, or with just `command` when one is named."""
    app = typer.Typer(
        name="intstrat",
        help="Audit, render and keep alive a cluster's internationalisation strategy written "
        "as YAML.",
        no_args_is_help=True,
        # Our own --install-completion/--show-completion (cli/completion.py), not Typer's.
        cls=RootGroup,
        add_completion=False,
        pretty_exceptions_enable=False,
    )
    app.callback()(_root)
    wanted = [COMMAND_MODULES[command]] if command in COMMAND_MODULES else COMMAND_MODULES.values()
    for name in dict.fromkeys(wanted):
        importlib.import_module(f"intstrat.cli.{name}").register(app)
    return app


def _version(value: bool) -> None:
    if value:
        typer.echo(f"intstrat {__version__}")
        raise typer.Exit()


def _root(
    version: bool = typer.Option(
        False, "--version", callback=_version, is_eager=True, help="Show the version and exit."
    ),
) -> None:
    """intstrat: the internationalisation strategy as data."""
