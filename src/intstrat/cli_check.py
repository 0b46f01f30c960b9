"""`intstrat check`: audit strategy files and report, with exit codes for CI."""

from __future__ import annotations

import enum
import os
import sys
from pathlib import Path

import typer

from intstrat.boundary import EXIT_FINDINGS, EXIT_OK


class Format(str, enum.Enum):
    text = "text"
    json = "json"


class Lang(str, enum.Enum):
    en = "en"
    de = "de"


class Level(str, enum.Enum):
    error = "error"
    warning = "warning"
    info = "info"


def use_color(stream: object) -> bool:
    """Colours on a terminal only; NO_COLOR turns them off, FORCE_COLOR on (no-color.org)."""
    if os.environ.get("NO_COLOR"):
        return False
    if os.environ.get("FORCE_COLOR"):
        return True
    isatty = getattr(stream, "isatty", None)
    return bool(isatty and isatty()) and os.environ.get("TERM") != "dumb"


def register(app: typer.Typer) -> None:
    @app.command()
    def check(
        paths: list[str] = typer.Argument(
            ..., help="Strategy files or folders ('-' reads standard input).", metavar="PATH..."
        ),
        format: Format = typer.Option(Format.text, "--format", "-f", help="Report format."),
        output: str | None = typer.Option(
            None, "--output", "-o", help="Write the report to this file instead of stdout."
        ),
        lang: Lang | None = typer.Option(
            None, "--lang", help="Language of messages; default: the strategy's, else the locale."
        ),
        fail_on: Level = typer.Option(
            Level.error, "--fail-on", help="Lowest severity that makes the exit code 1."
        ),
        fail_under: float | None = typer.Option(
            None, "--fail-under", min=0, max=100, help="Exit 1 when a score is below N percent."
        ),
        quiet: bool = typer.Option(False, "--quiet", "-q", help="Only show what fails."),
        statistics: bool = typer.Option(False, "--statistics", help="Count findings per rule."),
        max_size: int = typer.Option(
            20 * 1024 * 1024, "--max-size", min=1, help="Largest file read, in bytes."
        ),
    ) -> int:
        """Audit strategies against the guide's 19-point checklist and the ten concept sections.

        Exit codes: 0 no finding at or above --fail-on; 1 findings (or a score under
        --fail-under); 2 usage error.
        """
        from intstrat.audit import AuditOptions
        from intstrat.checking import check_paths, exit_code
        from intstrat.findings import Severity
        from intstrat.reporters import REPORTERS, ReportOptions

        options = AuditOptions(lang=lang.value if lang else None, max_size=max_size)
        results = check_paths(paths, options)
        report_lang = (
            lang.value if lang else (results[0].language if results else "en")
        )
        target = sys.stdout if output in (None, "-") else None
        text = REPORTERS[format.value](
            results,
            ReportOptions(lang=report_lang, color=target is not None and use_color(target),
                          quiet=quiet, statistics=statistics),
        )
        if target is not None:
            target.write(text)
            target.flush()
        else:
            from intstrat.atomic import write_text

            write_text(Path(str(output)), text, protect=[Path(p) for p in paths])
        failing = exit_code(results, Severity.parse(fail_on.value), fail_under)
        return EXIT_FINDINGS if failing else EXIT_OK
