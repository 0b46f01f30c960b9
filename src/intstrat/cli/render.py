"""`intstrat render`: the strategy as a Markdown, Word or PDF document (guide ch. 8)."""

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
    pdf = "pdf"


class Paper(str, enum.Enum):
    a4 = "a4"
    letter = "letter"


# Help texts: the catalogue extraction reads them from the command tree (context "cli"), and
# `--help` shows them in the user's language (cli/click_texts.py).
HELP = (
    "Render a strategy as Markdown, DOCX or PDF: the ten concept sections, then the "
    "annexes.\n\n"
    "Exit codes: 0 rendered; 1 refused by --strict; 2 usage error (bad file, template or "
    "reference document, no LibreOffice for PDF)."
)
_HELP_FILE = ("The strategy file (YAML); several for a batch (its PDFs share LibreOffice).")
_HELP_FORMAT = ("md, docx or pdf (through LibreOffice); default: from the suffix of -o, else md.")
_HELP_OUTPUT = (
    "Output file; '-' writes to stdout; a folder for several FILEs. Default: beside FILE "
    "with the format's suffix. An existing output is replaced (atomically); the input "
    "never is."
)
_HELP_PAPER = ("Paper size of DOCX and PDF: a4 or letter; default: A4, or the reference "
               "document's own.")
_HELP_NUMBER = ("Number the headings with Word numbering (1, 1.1, ...) instead of typed "
                "numbers; a reference whose headings are numbered does so by itself.")
_HELP_LANG = ("Language of the document; default: the strategy's language, else the locale.")
_HELP_TEMPLATE = ("Folder of templates that override the bundled ones file by file.")
_HELP_REFERENCE = ("Word file whose styles, page setup, headers and footers the DOCX takes.")
_HELP_STRICT = ("Refuse to render when `intstrat check` would fail.")
_HELP_AS_OF = ("Date of the monitoring annex (YYYY-MM-DD); default: today.")


def register(app: typer.Typer) -> None:
    """Add this feature's commands to the app."""

    @app.command(help=HELP)
    def render(
        paths: list[Path] = typer.Argument(..., help=_HELP_FILE, metavar="FILE..."),
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
        paper: Paper | None = typer.Option(None, "--paper", help=_HELP_PAPER),
        number_headings: bool = typer.Option(
            False, "--number-headings", help=_HELP_NUMBER
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
        from intstrat.render.run import RenderOptions, render_all
        from intstrat.render.write import write_output

        option_lang = lang.value if lang else None
        date = _parse_date(as_of)
        fmt = ("md" if format is RenderFormat.markdown else format.value) if format else None
        if fmt is None:
            suffix = Path(output).suffix.lower() if output else ""
            fmt = {".docx": "docx", ".pdf": "pdf"}.get(suffix, "md")
        to_stdout = output == "-"
        targets = _targets(paths, output, fmt)
        if to_stdout and fmt != "md" and sys.stdout.isatty():
            raise UsageError(
                N_(
                    "-o - with --format {fmt} would print binary data to the terminal; "
                    "redirect it or name a file"
                ),
                fmt=fmt,
            )
        if strict and _refused(paths, option_lang):
            return EXIT_FINDINGS
        batch = [
            RenderOptions(
                source=path,
                fmt=fmt,
                lang=option_lang,
                template_dir=template,
                reference_docx=reference_docx,
                as_of=date,
                paper=paper.value if paper else None,
                number_headings=number_headings,
            )
            for path in paths
        ]
        for path, target in zip(paths, targets, strict=True):
            if target is not None:
                from intstrat.render.write import check_output

                check_output(target, path)  # a refused output fails before the work
        for path, target, rendered in zip(paths, targets, render_all(batch), strict=True):
            tr = translator(rendered.lang)
            if target is None:
                _write_stdout(rendered.payload)
            else:
                write_output(target, rendered.payload, path)
                typer.echo(tr.gettext("Wrote {out}.", out=target), err=True)
            _score_hint(rendered.strategy, path, rendered.lang)
        return EXIT_OK


def _targets(paths: list[Path], output: str | None, fmt: str) -> list[Path | None]:
    """Where each rendered document goes: None is standard output."""
    from intstrat.render.run import default_output

    if len(paths) == 1:
        if output == "-":
            return [None]
        return [Path(output) if output else default_output(paths[0], fmt)]
    if output == "-":
        raise UsageError(N_("-o - takes one FILE; with several, -o names a folder"))
    if output is None:
        return [default_output(path, fmt) for path in paths]
    folder = Path(output)
    if not folder.is_dir():
        raise UsageError(
            N_("{out}: with several FILEs, -o names an existing folder"), out=folder
        )
    targets: list[Path | None] = []
    seen: set[Path] = set()
    for path in paths:
        target = default_output(folder / path.name, fmt)
        if target in seen:
            raise UsageError(
                N_("{out}: two FILEs of the same name would write the same output"),
                out=target,
            )
        seen.add(target)
        targets.append(target)
    return targets


def _refused(paths: list[Path], option_lang: str | None) -> bool:
    """--strict: True when `intstrat check` fails for any FILE (each one said)."""
    from intstrat.i18n.formats import formats
    from intstrat.render.run import read_strategy

    refused = False
    for path in paths:
        strategy = read_strategy(path)
        doc_lang = resolve_language(option_lang, strategy.language)
        result = _audit(strategy, path, doc_lang)
        errors = _errors(result)
        if errors:
            refused = True
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
    return refused


def _score_hint(strategy: Source, path: Path, lang: str) -> None:
    from intstrat.i18n.formats import formats

    tr = translator(lang)
    result = _audit(strategy, path, lang)
    if not result.is_strategy:
        return
    # Waived points are neither open nor covered: they leave the count, as in the score.
    total = len(result.checklist) + len(result.sections) - result.waived
    passed = result.checklist_passed + result.sections_passed
    score = formats(lang).score(result.score)
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
