"""`intstrat render`: the strategy as a Markdown or Word document (guide ch. 8)."""

from __future__ import annotations

import datetime as dt
import enum
import sys
from pathlib import Path
from typing import TYPE_CHECKING

import typer

from intstrat.cli.boundary import EXIT_FINDINGS, EXIT_OK
from intstrat.cli.options import Lang
from intstrat.errors import UsageError
from intstrat.i18n import N_, resolve_language, translator

if TYPE_CHECKING:
    from intstrat.check.source import Source
    from intstrat.findings import FileResult


class RenderFormat(str, enum.Enum):
    md = "md"
    markdown = "markdown"  # the same as md, as `check --format` spells it
    docx = "docx"


# Help texts: the catalogue extraction reads them from the command tree (context "cli"), and
# `--help` shows them in the user's language (cli/click_texts.py).
HELP = (
    "Render a strategy as Markdown or DOCX: the ten concept sections, then the annexes.\n\n"
    "Exit codes: 0 rendered; 1 refused by --strict; 2 usage error (bad file, template or "
    "reference document)."
)
_HELP_FILE = ("The strategy file (YAML).")
_HELP_FORMAT = ("md or docx; default: from the suffix of -o, else md.")
_HELP_OUTPUT = (
    "Output file; '-' writes to stdout. Default: beside FILE with the format's "
    "suffix. An existing output is replaced (atomically); the input never is."
)
_HELP_LANG = ("Language of the document; default: the strategy's language, else the locale.")
_HELP_TEMPLATE = ("Folder of templates that override the bundled ones file by file.")
_HELP_REFERENCE = ("Word file whose styles, page setup, headers and footers the DOCX takes.")
_HELP_STRICT = ("Refuse to render when `intstrat check` would fail.")
_HELP_AS_OF = ("Date of the monitoring annex (YYYY-MM-DD); default: today.")


def register(app: typer.Typer) -> None:
    """Add this feature's commands to the app."""

    @app.command(help=HELP)
    def render(
        path: Path = typer.Argument(..., help=_HELP_FILE, metavar="FILE"),
        format: RenderFormat | None = typer.Option(
            None,
            "--format",
            "-f",
            help=_HELP_FORMAT,
        ),
        output: str | None = typer.Option(
            None,
            "--output",
            "-o",
            help=_HELP_OUTPUT,
        ),
        lang: Lang | None = typer.Option(
            None,
            "--lang",
            help=_HELP_LANG,
        ),
        template: Path | None = typer.Option(
            None,
            "--template",
            help=_HELP_TEMPLATE,
        ),
        reference_docx: Path | None = typer.Option(
            None,
            "--reference-docx",
            help=_HELP_REFERENCE,
        ),
        strict: bool = typer.Option(
            False, "--strict", help=_HELP_STRICT
        ),
        as_of: str | None = typer.Option(
            None,
            "--as-of",
            help=_HELP_AS_OF,
        ),
    ) -> int:
        from intstrat.i18n.formats import formats
        from intstrat.render.run import RenderOptions, default_output, read_strategy
        from intstrat.render.run import render as run_render
        from intstrat.render.write import write_output

        option_lang = lang.value if lang else None
        date = _parse_date(as_of)
        fmt = ("md" if format is RenderFormat.markdown else format.value) if format else None
        if fmt is None:
            fmt = "docx" if output and output.lower().endswith(".docx") else "md"
        to_stdout = output == "-"
        if to_stdout and fmt == "docx" and sys.stdout.isatty():
            raise UsageError(
                N_(
                    "-o - with --format docx would print binary data to the terminal; "
                    "redirect it or name a file"
                )
            )
        if strict:
            strategy = read_strategy(path)
            doc_lang = resolve_language(option_lang, strategy.language)
            result = _audit(strategy, path, doc_lang)
            errors = _errors(result)
            if errors:
                typer.echo(
                    translator(doc_lang).ngettext(
                        "{src}: not rendered (--strict): `intstrat check` finds {n} error; "
                        "score {score}.",
                        "{src}: not rendered (--strict): `intstrat check` finds {n} errors; "
                        "score {score}.",
                        errors,
                        src=path,
                        score=formats(doc_lang).score(result.score),
                    ),
                    err=True,
                )
                return EXIT_FINDINGS
        rendered = run_render(
            RenderOptions(
                source=path,
                fmt=fmt,
                lang=option_lang,
                template_dir=template,
                reference_docx=reference_docx,
                as_of=date,
            )
        )
        tr = translator(rendered.lang)
        if to_stdout:
            _write_stdout(rendered.payload)
        else:
            target = Path(output) if output else default_output(path, fmt)
            write_output(target, rendered.payload, path)
            typer.echo(tr.gettext("Wrote {out}.", out=target), err=True)
        result = _audit(rendered.strategy, path, rendered.lang)
        if result.is_strategy:
            # Waived points are neither open nor covered: they leave the count, as in the score.
            total = len(result.checklist) + len(result.sections) - result.waived
            passed = result.checklist_passed + result.sections_passed
            score = formats(rendered.lang).score(result.score)
            if passed == total:
                message = tr.gettext(
                    "Score {score}: every checklist point and concept section is covered.",
                    score=score,
                )
            else:
                message = tr.gettext(
                    "Score {score}: {open} of {total} points still open; "
                    "`intstrat check {src}` lists them.",
                    score=score, open=total - passed, total=total, src=path,
                )
            typer.echo(message, err=True)
        return EXIT_OK


def _write_stdout(payload: bytes) -> None:
    """The document on standard output; a full disk or a closed stream is said in words."""
    from intstrat.cli.boundary import _silence_stdout
    from intstrat.errors import OutputError

    try:
        sys.stdout.buffer.write(payload)
        sys.stdout.flush()
    except BrokenPipeError:
        raise  # the reader went away: the boundary ends quietly
    except OSError as exc:
        _silence_stdout()  # else Python retries the flush at exit and prints a traceback
        raise OutputError(
            N_("standard output: cannot write: {reason}"), reason=exc.strerror or exc
        ) from None


def _parse_date(value: str | None) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise UsageError(N_("--as-of {value!r} is not a date (YYYY-MM-DD)"), value=value) from None


def _audit(strategy: Source, path: Path, lang: str) -> FileResult:
    """check's audit of the document render read (parsed once, not twice)."""
    from intstrat.check.audit import AuditOptions, audit_document

    assert strategy.document is not None
    return audit_document(
        strategy.document, str(path), AuditOptions(lang=lang), list(strategy.load_problems)
    )


def _errors(result: FileResult) -> int:
    from intstrat.findings import Severity

    return sum(1 for f in result.findings if f.severity >= Severity.ERROR)
