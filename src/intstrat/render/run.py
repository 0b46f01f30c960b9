"""One render from start to end: read the strategy, build the context, run the templates, build
the DOCX. Nothing here writes a file; `write.py` does that once everything has succeeded."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from intstrat.check.load import decode, load_text
from intstrat.errors import IntstratError, UsageError
from intstrat.i18n import N_, resolve_language

FORMATS = ("md", "docx")
SUFFIXES = {"md": ".md", "docx": ".docx"}


class RenderInputError(IntstratError):
    """A strategy file that cannot be rendered at all (missing, not YAML, not a mapping)."""


_NOT_YAML = N_("{path}:{line}:{column}: cannot render, the file is not valid YAML ({detail})")


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


def read_strategy(source: Path) -> tuple[dict[str, Any], str]:
    """The strategy's data and text; unreadable input raises with file and line."""
    try:
        raw = source.read_bytes()
    except FileNotFoundError as exc:
        raise UsageError(N_("{path}: file not found"), path=source) from exc
    except OSError as exc:
        raise RenderInputError(
            N_("{path}: cannot read: {reason}"), path=source, reason=exc.strerror
        ) from exc
    text, problem = decode(raw)
    if text is None:
        line, column = (problem.line or 1, problem.column or 1) if problem else (1, 1)
        detail = problem.key if problem else "encoding"
        raise RenderInputError(_NOT_YAML, path=source, line=line, column=column, detail=detail)
    document, problems = load_text(text)
    if document is None:
        first = problems[0] if problems else None
        raise RenderInputError(
            _NOT_YAML,
            path=source,
            line=(first.line or 1) if first else 1,
            column=(first.column or 1) if first else 1,
            detail=(first.args.get("detail") or first.key) if first else "syntax",
        )
    if not isinstance(document.data, dict):
        raise RenderInputError(
            N_("{path}: cannot render, the file holds no strategy (a mapping is expected)"),
            path=source,
        )
    return document.data, text


def render(options: RenderOptions) -> Rendered:
    """Markdown and, for DOCX, the document bytes; raises IntstratError on user faults."""
    from intstrat.render.context import build_context, facts
    from intstrat.render.environment import render_markdown

    if options.fmt not in FORMATS:
        raise UsageError(N_("unknown format {fmt!r}; choose md or docx"), fmt=options.fmt)
    data, text = read_strategy(options.source)
    lang = resolve_language(options.lang, data.get("language"))
    as_of = options.as_of or dt.date.today()
    # The reference is opened first: a broken one fails before any template work.
    reference = None
    if options.fmt == "docx":
        from intstrat.render.reference import open_document

        reference = open_document(options.reference_docx)
    context = build_context(data, lang, as_of)
    markdown = render_markdown(context, lang, options.template_dir)
    if options.fmt == "md":
        return Rendered(markdown, markdown.encode("utf-8"), lang, text)
    from intstrat.render.docx_builder import build_docx

    payload = build_docx(markdown, facts(data, lang, as_of), reference, lang)
    return Rendered(markdown, payload, lang, text)
