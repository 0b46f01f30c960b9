"""The one place where errors meet the user: messages and exit codes instead of tracebacks."""

from __future__ import annotations

import os
import sys
import traceback
from typing import Any

import click

from intstrat import __version__
from intstrat.errors import IntstratError

EXIT_OK = 0
EXIT_FINDINGS = 1
EXIT_USAGE = 2
EXIT_INTERRUPTED = 130


def run_app(app: Any) -> int:
    """Run the Typer app; map every way out to an exit code, with a traceback only on --debug."""
    debug = "--debug" in sys.argv[1:] or os.environ.get("INTSTRAT_DEBUG") == "1"
    argv = [a for a in sys.argv[1:] if a != "--debug"]
    import typer.main

    command = typer.main.get_command(app)
    try:
        result = command.main(args=argv, prog_name="intstrat", standalone_mode=False)
    except click.exceptions.Exit as stop:
        return int(stop.exit_code)
    except click.exceptions.Abort:
        return EXIT_INTERRUPTED
    except KeyboardInterrupt:
        return EXIT_INTERRUPTED
    except click.ClickException as exc:
        exc.show()
        return EXIT_USAGE
    except IntstratError as exc:
        if debug:
            traceback.print_exc()
        label = "Fehler" if _language(argv) == "de" else "error"
        sys.stderr.write(f"intstrat: {label}: {exc.text(_language(argv))}\n")
        return exc.exit_code
    except BrokenPipeError:
        # The reader went away (`intstrat rules | head`): not an error of ours.
        _silence_stdout()
        return EXIT_OK
    except Exception as exc:  # the boundary: anything else is a bug of ours
        if debug:
            traceback.print_exc()
        sys.stderr.write(
            f"intstrat: internal error: {type(exc).__name__}: {exc}\n"
            f"This is a bug in intstrat {__version__}. Please report it with the command you ran "
            "and the output of the same command with --debug.\n"
        )
        return EXIT_USAGE
    if isinstance(result, int):
        return result
    return EXIT_OK


def _language(argv: list[str]) -> str:
    """The language the user asked for: `--lang de` on the command line, else the locale."""
    for index, arg in enumerate(argv):
        if arg == "--lang" and index + 1 < len(argv):
            return "de" if argv[index + 1] == "de" else "en"
        if arg.startswith("--lang="):
            return "de" if arg.removeprefix("--lang=") == "de" else "en"
    from intstrat.check.audit import locale_language

    return locale_language()


def _silence_stdout() -> None:
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except OSError:
        pass
