"""The command line: parse options, call one function, map errors to exit codes."""

from __future__ import annotations

import importlib
import sys
from typing import Any

import typer

from intstrat import __version__
from intstrat.cli.completion import RootGroup, completing

# Which module registers which command. A run loads only the module of the command it runs
# (about 10 ms less start-up for `check`); help, an unknown word, no command or a completion
# request load them all.
COMMAND_MODULES = {
    "check": "check",
    "rules": "rules",
    "explain": "rules",
    "schema": "scaffold",
    "init": "scaffold",
    "render": "render",
    "monitor": "living",
    "rank": "living",
    "diff": "living",
    "history": "history",
    "report": "history",
    "upgrade": "upgrade",
}


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


def __getattr__(name: str) -> Any:
    # `intstrat.cli.app`, the whole app, for tests and the catalogue extraction.
    if name == "app":
        return build_app()
    raise AttributeError(name)


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


def main() -> None:
    """Entry point of the `intstrat` script and `python -m intstrat`."""
    try:
        from intstrat.cli.boundary import run_app

        # A completion script runs us to complete any command: then every command is loaded.
        command = None if completing() else _command_word(sys.argv[1:])
        code = run_app(build_app(command))
    except KeyboardInterrupt:
        # Ctrl-C before or after the command itself ran (while loading or leaving): no traceback.
        code = 130
    sys.exit(code)


def _command_word(argv: list[str]) -> str | None:
    """The command named on the command line (the first word that is not an option)."""
    for arg in argv:
        if not arg.startswith("-"):
            return arg
        if arg in ("--help", "--version"):
            return None
    return None
