"""The one place where errors meet the user: messages and exit codes instead of tracebacks."""

from __future__ import annotations

import os
import sys
import traceback
from typing import Any

import click

from intstrat import __version__
from intstrat.errors import IntstratError
from intstrat.i18n import SOURCE_LANGUAGE, languages, system_language, translator

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
    lang = start_language(argv)
    if lang != SOURCE_LANGUAGE:
        # Help pages and Click's usage errors in the user's language; English costs nothing.
        from intstrat.cli import click_texts

        click_texts.install(lang)
        click_texts.translate_help(command, lang)
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
        tr = translator(lang)
        sys.stderr.write(tr.gettext("intstrat: error: {message}", message=exc.text(lang)) + "\n")
        return exc.exit_code
    except BrokenPipeError:
        # The reader went away (`intstrat rules | head`): not an error of ours.
        _silence_stdout()
        return EXIT_OK
    except Exception as exc:  # the boundary: anything else is a bug of ours
        if debug:
            traceback.print_exc()
        tr = translator(lang)
        sys.stderr.write(
            tr.gettext("intstrat: internal error: {kind}: {error}", kind=type(exc).__name__,
                       error=str(exc)) + "\n"
            + tr.gettext("This is a bug in intstrat {version}. Please report it with the command "
                         "you ran and the output of the same command with --debug.",
                         version=__version__) + "\n"
        )
        return EXIT_USAGE
    if isinstance(result, int):
        return result
    return EXIT_OK


def start_language(argv: list[str]) -> str:
    """The language of help, usage errors and error messages, decided before Click parses.

    `--lang LANG` (or `--lang=LANG`) on the command line when LANG is available, else the
    locale. A command's output may still follow the strategy's `language`; that is the
    command's business (`resolve_language`).
    """
    for index, arg in enumerate(argv):
        if arg == "--":
            break
        value = None
        if arg == "--lang" and index + 1 < len(argv):
            value = argv[index + 1]
        elif arg.startswith("--lang="):
            value = arg.removeprefix("--lang=")
        if value is not None and value in languages():
            return value
    return system_language()


def _silence_stdout() -> None:
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except OSError:
        pass
