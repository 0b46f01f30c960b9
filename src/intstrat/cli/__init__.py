"""The command line: parse options, call one function, map errors to exit codes."""

from __future__ import annotations

import os
import sys
from typing import Any

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


# The variable a completion script sets when it runs us (Typer's protocol, cli/completion.py).
COMPLETE_VAR = "_INTSTRAT_COMPLETE"


def completing() -> bool:
    """This process was started by a completion script (all commands must be loaded)."""
    return bool(os.environ.get(COMPLETE_VAR))


def __getattr__(name: str) -> Any:
    # `intstrat.cli.app`, the whole app, for tests and the catalogue extraction.
    if name == "app":
        from intstrat.cli.typer_app import build_app

        return build_app()
    raise AttributeError(name)


def main() -> None:
    """Entry point of the `intstrat` script and `python -m intstrat`."""
    import gc

    # No garbage collection while the modules load: what they create lives as long as the
    # process, and collecting the growing heap again and again cost 3-4 ms of a one-file check.
    # `_loaded()` freezes what was loaded and turns collection back on before any input is read.
    gc.disable()
    try:
        code = _run()
    except KeyboardInterrupt:
        # Ctrl-C before or after the command itself ran (while loading or leaving): no traceback.
        code = 130
    finally:
        gc.enable()  # also when the run ended before `_loaded()`
    # The interpreter's last garbage collection walks every object the run made: 8-9 ms of a
    # one-file check, for memory the process is about to give back (docs/benchmarks.md).
    # Frozen objects are skipped by it; files are closed by then and the streams are flushed
    # at exit all the same.
    gc.freeze()
    sys.exit(code)


def _loaded() -> None:
    """The modules are loaded: keep later collections off them, and collect from here on."""
    import gc

    gc.freeze()
    gc.enable()


def _run() -> int:
    from intstrat.cli.boundary import command_line, run_app, run_call

    argv, debug = command_line()
    # A completion script runs us to complete any command: then every command is loaded.
    if not completing():
        from intstrat.cli.fast import parse

        parsed = parse(argv)
        if parsed is not None:
            from intstrat.cli.check_run import load, run

            load()
            _loaded()
            return run_call(lambda: run(parsed), argv, debug)
    from intstrat.cli.typer_app import build_app

    app = build_app(None if completing() else _command_word(argv))
    _loaded()
    return run_app(app)


def _command_word(argv: list[str]) -> str | None:
    """The command named on the command line (the first word that is not an option)."""
    for arg in argv:
        if not arg.startswith("-"):
            return arg
        if arg in ("--help", "--version"):
            return None
    return None
