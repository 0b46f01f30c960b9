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

if TYPE_CHECKING:
    from intstrat.findings import FileResult


class RenderFormat(str, enum.Enum):
    md = "md"
    markdown = "markdown"  # the same as md, as `check --format` spells it
    docx = "docx"




_WORDS = {
    "en": {
        "wrote": "Wrote {out}.",
        "complete": "Score {score} %: every checklist point and concept section is covered.",
        "gaps": "Score {score} %: {open} of {total} points still open; "
        "`intstrat check {src}` lists them.",
        "strict": "{src}: not rendered (--strict): `intstrat check` finds {errors} error(s); "
        "score {score} %.",
        "tty": "-o - with --format docx would print binary data to the terminal; "
        "redirect it or name a file",
        "as_of": "--as-of {value!r} is not a date (YYYY-MM-DD)",
    },
    "de": {
        "wrote": "{out} geschrieben.",
        "complete": "Punktzahl {score} %: alle Prüfpunkte und Konzeptabschnitte sind abgedeckt.",
        "gaps": "Punktzahl {score} %: {open} von {total} Punkten noch offen; "
        "`intstrat check {src}` nennt sie.",
        "strict": "{src}: nicht ausgegeben (--strict): `intstrat check` findet {errors} "
        "Fehler; Punktzahl {score} %.",
        "tty": "-o - mit --format docx würde Binärdaten im Terminal ausgeben; "
        "bitte umleiten oder eine Datei nennen",
        "as_of": "--as-of {value!r} ist kein Datum (JJJJ-MM-TT)",
    },
}


def _score(value: float, lang: str) -> str:
    text = f"{value:.1f}".rstrip("0").rstrip(".")
    return text.replace(".", ",") if lang == "de" else text


def register(app: typer.Typer) -> None:
    """Add this feature's commands to the app."""

    @app.command()
    def render(
        path: Path = typer.Argument(..., help="The strategy file (YAML).", metavar="FILE"),
        format: RenderFormat | None = typer.Option(
            None,
            "--format",
            "-f",
            help="md or docx; default: from the suffix of -o, else md.",
        ),
        output: str | None = typer.Option(
            None,
            "--output",
            "-o",
            help="Output file; '-' writes to stdout. Default: beside FILE with the format's "
            "suffix. An existing output is replaced (atomically); the input never is.",
        ),
        lang: Lang | None = typer.Option(
            None, "--lang", help="Language of the document; default: the strategy's language."
        ),
        template: Path | None = typer.Option(
            None,
            "--template",
            help="Folder of templates that override the bundled ones file by file.",
        ),
        reference_docx: Path | None = typer.Option(
            None,
            "--reference-docx",
            help="Word file whose styles, page setup, headers and footers the DOCX takes.",
        ),
        strict: bool = typer.Option(
            False, "--strict", help="Refuse to render when `intstrat check` would fail."
        ),
        as_of: str | None = typer.Option(
            None, "--as-of", help="Date of the monitoring annex (YYYY-MM-DD); default: today."
        ),
    ) -> int:
        """Render a strategy as Markdown or DOCX: the ten concept sections, then the annexes.

        Exit codes: 0 rendered; 1 refused by --strict; 2 usage error (bad file, template or
        reference document).
        """
        from intstrat.render.run import RenderOptions, default_output, read_strategy
        from intstrat.render.run import render as run_render
        from intstrat.render.write import write_output

        words_lang = lang.value if lang else "en"
        date = _parse_date(as_of, words_lang)
        fmt = ("md" if format is RenderFormat.markdown else format.value) if format else None
        if fmt is None:
            fmt = "docx" if output and output.lower().endswith(".docx") else "md"
        to_stdout = output == "-"
        if to_stdout and fmt == "docx" and sys.stdout.isatty():
            raise UsageError(_WORDS[words_lang]["tty"])
        if strict:
            data, text = read_strategy(path, words_lang)
            from intstrat.render.run import choose_language

            doc_lang = choose_language(data, lang.value if lang else None)
            result = _audit(text, path, doc_lang)
            errors = _errors(result)
            if errors:
                typer.echo(
                    _WORDS[doc_lang]["strict"].format(
                        src=path, errors=errors, score=_score(result.score, doc_lang)
                    ),
                    err=True,
                )
                return EXIT_FINDINGS
        rendered = run_render(
            RenderOptions(
                source=path,
                fmt=fmt,
                lang=lang.value if lang else None,
                template_dir=template,
                reference_docx=reference_docx,
                as_of=date,
            )
        )
        words = _WORDS[rendered.lang]
        if to_stdout:
            sys.stdout.buffer.write(rendered.payload)
            sys.stdout.flush()
        else:
            target = Path(output) if output else default_output(path, fmt)
            write_output(target, rendered.payload, path, rendered.lang)
            typer.echo(words["wrote"].format(out=target), err=True)
        result = _audit(rendered.text, path, rendered.lang)
        if result.is_strategy:
            total = len(result.checklist) + len(result.sections)
            passed = result.checklist_passed + result.sections_passed
            score = _score(result.score, rendered.lang)
            if passed == total:
                typer.echo(words["complete"].format(score=score), err=True)
            else:
                typer.echo(
                    words["gaps"].format(score=score, open=total - passed, total=total, src=path),
                    err=True,
                )
        return EXIT_OK


def _parse_date(value: str | None, lang: str) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise UsageError(_WORDS[lang]["as_of"].format(value=value)) from None


def _audit(text: str, path: Path, lang: str) -> FileResult:
    from intstrat.check.audit import audit_text

    return audit_text(text, str(path), lang)


def _errors(result: FileResult) -> int:
    from intstrat.findings import Severity

    return sum(1 for f in result.findings if f.severity >= Severity.ERROR)
