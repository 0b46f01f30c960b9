"""One render from start to end: read the strategy, build the context, run the templates, build
the DOCX. Nothing here writes a file; `write.py` does that once everything has succeeded."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from intstrat.check.load import decode, load_text
from intstrat.errors import IntstratError, UsageError

FORMATS = ("md", "docx")
SUFFIXES = {"md": ".md", "docx": ".docx"}

_WORDS = {
    "en": {
        "missing": "{path}: file not found",
        "unreadable": "{path}: cannot read: {reason}",
        "yaml": "{path}:{line}:{column}: cannot render, the file is not valid YAML ({detail})",
        "not_mapping": "{path}: cannot render, the file holds no strategy (a mapping is expected)",
        "format": "unknown format {fmt!r}; choose md or docx",
    },
    "de": {
        "missing": "{path}: Datei nicht gefunden",
        "unreadable": "{path}: kann nicht gelesen werden: {reason}",
        "yaml": "{path}:{line}:{column}: Ausgabe nicht möglich, die Datei ist kein gültiges YAML "
        "({detail})",
        "not_mapping": "{path}: Ausgabe nicht möglich, die Datei enthält keine Strategie "
        "(erwartet wird eine Zuordnung)",
        "format": "unbekanntes Format {fmt!r}; md oder docx wählen",
    },
}


class RenderInputError(IntstratError):
    """A strategy file that cannot be rendered at all (missing, not YAML, not a mapping)."""


@dataclass(frozen=True)
class RenderOptions:
    """What the user asked for; `lang` None means the strategy's own language."""

    source: Path
    fmt: str = "md"
    lang: str | None = None
    template_dir: Path | None = None
    reference_docx: Path | None = None
    as_of: dt.date | None = None


@dataclass(frozen=True)
class Rendered:
    markdown: str
    payload: bytes
    lang: str
    text: str
    """The strategy's own text, for the audit behind the score hint and --strict."""


def default_output(source: Path, fmt: str) -> Path:
    """Beside the input, with the format's suffix: `strategy.yaml` → `strategy.docx`."""
    return source.with_suffix(SUFFIXES[fmt])


def read_strategy(source: Path, lang: str | None = None) -> tuple[dict[str, Any], str]:
    """The strategy's data and text; unreadable input raises with file and line."""
    words = _WORDS.get(lang or "en", _WORDS["en"])
    try:
        raw = source.read_bytes()
    except FileNotFoundError as exc:
        raise UsageError(words["missing"].format(path=source)) from exc
    except OSError as exc:
        raise RenderInputError(
            words["unreadable"].format(path=source, reason=exc.strerror)
        ) from exc
    text, problem = decode(raw)
    if text is None:
        line, column = (problem.line, problem.column) if problem else (1, 1)
        detail = problem.key if problem else "encoding"
        raise RenderInputError(
            words["yaml"].format(path=source, line=line, column=column, detail=detail)
        )
    document, problems = load_text(text)
    if document is None:
        first = problems[0] if problems else None
        raise RenderInputError(
            words["yaml"].format(
                path=source,
                line=first.line if first else 1,
                column=first.column if first else 1,
                detail=(first.args.get("detail") or first.key) if first else "syntax",
            )
        )
    if not isinstance(document.data, dict):
        raise RenderInputError(words["not_mapping"].format(path=source))
    return document.data, text


def choose_language(data: dict[str, Any], lang: str | None) -> str:
    from intstrat.render.environment import LANGUAGES

    if lang in LANGUAGES:
        return str(lang)
    own = data.get("language")
    return own if isinstance(own, str) and own in LANGUAGES else "en"


def render(options: RenderOptions) -> Rendered:
    """Markdown and, for DOCX, the document bytes; raises IntstratError on user faults."""
    from intstrat.render.context import build_context, facts
    from intstrat.render.environment import render_markdown

    if options.fmt not in FORMATS:
        raise UsageError(
            _WORDS["en"]["format"].format(fmt=options.fmt),
            de=_WORDS["de"]["format"].format(fmt=options.fmt),
        )
    data, text = read_strategy(options.source, options.lang)
    lang = choose_language(data, options.lang)
    as_of = options.as_of or dt.date.today()
    # The reference is opened first: a broken one fails before any template work.
    reference = None
    if options.fmt == "docx":
        from intstrat.render.reference import open_document

        reference = open_document(options.reference_docx, lang)
    context = build_context(data, lang, as_of)
    markdown = render_markdown(context, lang, options.template_dir)
    if options.fmt == "md":
        return Rendered(markdown, markdown.encode("utf-8"), lang, text)
    from intstrat.render.docx_builder import build_docx

    payload = build_docx(markdown, facts(data, lang, as_of), reference, lang)
    return Rendered(markdown, payload, lang, text)
