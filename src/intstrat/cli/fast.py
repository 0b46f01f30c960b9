"""The start-up fast path of `intstrat check`: the common invocations parsed without Click.

Importing Typer and Click is about half of what a check of one file costs (docs/benchmarks.md).
A check in a pre-commit hook or a CI step is always the same few options, so `main()` first
offers the command line to `parse()`. It accepts only what it can read exactly as the Typer
command would: known options with valid values and at least one path. Anything else (`--help`,
an unknown or misspelt option, a value Click would reject, `--`, bundled short flags) returns
None, and the Typer command runs as usual and gives its own help or usage error. Both paths end
in `intstrat.cli.check_run.run`, so the report and the exit code are the same; a test holds the
option table below to the Typer command's, so a new option cannot be forgotten here (it would
only make such runs take the slow path).
"""

from __future__ import annotations

import math
import os
from collections.abc import Callable
from typing import Any

from intstrat.cli.check_run import CheckArgs
from intstrat.limits import MAX_SIZE_LIMIT

# Set to 0 to always go through Typer (the tests compare both paths).
ENVIRONMENT = "INTSTRAT_FAST_PATH"


def _choice(values: Callable[[], list[str]]) -> Callable[[str], Any]:
    def read(text: str) -> Any:
        return text if text in values() else None
    return read


def _formats() -> list[str]:
    from intstrat.reporters import format_names

    return format_names()


def _languages() -> list[str]:
    from intstrat.i18n import languages

    return list(languages())


def _levels() -> list[str]:
    return ["error", "warning", "info", "note"]


def _whole(low: int, high: int) -> Callable[[str], Any]:
    def read(text: str) -> Any:
        if not text.isascii() or not text.isdigit():
            return None
        value = int(text)
        return value if low <= value <= high else None
    return read


def _percent(text: str) -> Any:
    try:
        value = float(text)
    except ValueError:
        return None
    return value if math.isfinite(value) and 0 <= value <= 100 else None


def _text(text: str) -> Any:
    return text


# field name → (option spellings, reader); a reader returns None for a value to leave to Click.
VALUED: dict[str, tuple[tuple[str, ...], Callable[[str], Any]]] = {
    "format": (("--format", "-f"), _choice(_formats)),
    "output": (("--output", "-o"), _text),
    "lang": (("--lang",), _choice(_languages)),
    "fail_on": (("--fail-on",), _choice(_levels)),
    "fail_under": (("--fail-under",), _percent),
    "select": (("--select",), _text),
    "ignore": (("--ignore",), _text),
    "config": (("--config",), _text),
    "jobs": (("--jobs", "-j"), _whole(0, 10**9)),
    "stdin_filename": (("--stdin-filename",), _text),
    "max_size": (("--max-size",), _whole(1, MAX_SIZE_LIMIT)),
    "baseline": (("--baseline",), _text),
    "write_baseline": (("--write-baseline",), _text),
    "sarif_category": (("--sarif-category",), _text),
    "as_of": (("--as-of",), _text),
}
FLAGS: dict[str, tuple[str, ...]] = {
    "no_config": ("--no-config",),
    "strategies_only": ("--strategies-only",),
    "exit_zero": ("--exit-zero",),
    "quiet": ("--quiet", "-q"),
    "statistics": ("--statistics",),
    "show_settings": ("--show-settings",),
    "require_evidence": ("--require-evidence",),
}
REPEATED = {"select", "ignore"}

_BY_SPELLING = {s: name for name, (spellings, _) in VALUED.items() for s in spellings}
_FLAG_BY_SPELLING = {s: name for name, spellings in FLAGS.items() for s in spellings}


def parse(argv: list[str]) -> CheckArgs | None:
    """`check` and its options as CheckArgs, or None when Typer should read the command line."""
    if os.environ.get(ENVIRONMENT) == "0" or not argv or argv[0] != "check":
        return None
    paths: list[str] = []
    values: dict[str, Any] = {}
    args = argv[1:]
    index = 0
    while index < len(args):
        arg = args[index]
        index += 1
        if arg == "-" or not arg.startswith("-"):
            paths.append(arg)
            continue
        if arg in _FLAG_BY_SPELLING:
            values[_FLAG_BY_SPELLING[arg]] = True
            continue
        spelling, equals, given = arg.partition("=")
        if equals and not spelling.startswith("--"):
            return None  # `-f=json` means the value "=json" to Click: leave it to Click
        name = _BY_SPELLING.get(spelling)
        if name is None:
            return None
        if not equals:
            if index >= len(args):
                return None  # "requires an argument": Click's message
            given = args[index]
            index += 1
        value = VALUED[name][1](given)
        if value is None:
            return None
        if name in REPEATED:
            values.setdefault(name, []).append(value)
        else:
            values[name] = value  # the last one wins, as with Click
    if not paths:
        return None
    return CheckArgs(paths=paths, **values)
