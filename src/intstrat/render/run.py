"""One render from start to end: read the strategy, build the context, run the templates, build
the DOCX, convert it to PDF. Nothing here writes a file; `write.py` does that once everything
has succeeded. A batch of PDFs shares LibreOffice, one process per core (`render_all`)."""

from __future__ import annotations

import contextlib
import datetime as dt
import gc
import os
import stat
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from intstrat.errors import IntstratError, UsageError
from intstrat.findings import Finding

if TYPE_CHECKING:
    from intstrat.check.source import Source
from intstrat.i18n import N_, resolve_language
from intstrat.values import today

FORMATS = ("md", "docx", "pdf")
SUFFIXES = {"md": ".md", "docx": ".docx", "pdf": ".pdf"}
PAPERS = ("a4", "letter")


class RenderInputError(IntstratError):
    """A strategy file that cannot be rendered at all (missing, not YAML, not a mapping)."""


class UnreadableStrategy(RenderInputError):
    """The file's first problem, in the words `check` uses for it (the finding's own text)."""

    def __init__(self, problem: Finding) -> None:
        self.problem = problem
        super().__init__(_CANNOT_RENDER, path=problem.path, line=problem.line,
                         column=problem.column, message=problem.text("en"), rule=problem.rule)

    def text(self, lang: str) -> str:
        from intstrat.i18n import translator

        return translator(lang).gettext(
            self.message, **{**self.args_, "message": self.problem.text(lang)}
        )


_CANNOT_RENDER = N_("{path}:{line}:{column}: cannot render: {message} [{rule}]")


@dataclass(frozen=True)
class RenderOptions:
    """What the user asked for; `lang` None means the strategy's own language."""

    source: Path
    fmt: str = "md"
    lang: str | None = None
    template_dir: Path | None = None
    reference_docx: Path | None = None
    as_of: dt.date | None = None
    paper: str | None = None
    """"a4" or "letter"; None: A4, or the reference document's own page size."""
    number_headings: bool = False


@dataclass(frozen=True)
class Rendered:
    markdown: str
    payload: bytes
    lang: str
    strategy: Source
    """The strategy as read, for the audit behind the score hint (no second parse)."""


def default_output(source: Path, fmt: str) -> Path:
    """Beside the input, with the format's suffix: `strategy.yaml` → `strategy.docx`."""
    return source.with_suffix(SUFFIXES[fmt])


def read_strategy(source: Path) -> Source:
    """The strategy, read by check's one reader (its size limit, decoding and safe loader),
    with its parsed document for the audit; unreadable input raises with file and line and
    check's message."""
    from intstrat.check.source import read_strategy as read_source

    _check_regular(source)
    strategy = read_source(str(source))
    if not strategy.readable:
        raise UnreadableStrategy(strategy.problems[0])
    assert strategy.text is not None and isinstance(strategy.data, dict)
    return strategy


def _check_regular(source: Path) -> None:
    """A FIFO would block the read and a device never end: only a regular file is read."""
    try:
        mode = os.stat(source).st_mode
    except FileNotFoundError:
        raise UsageError(N_("{path}: file not found"), path=source) from None
    except OSError as exc:
        raise RenderInputError(
            N_("{path}: cannot read: {reason}"), path=source, reason=exc.strerror or exc
        ) from None
    if stat.S_ISDIR(mode):
        raise UsageError(N_("{path}: is a folder, not a strategy file"), path=source)
    if not stat.S_ISREG(mode):
        raise UsageError(
            N_("{path}: not a regular file (a pipe or a device); render reads strategy files"),
            path=source,
        )


@contextlib.contextmanager
def _without_cyclic_gc() -> Iterator[None]:
    """One render builds millions of small objects and frees them at the end: Python's cycle
    collector would scan them again and again (10,000 partners: 35 s with it, 11 s without).
    Reference counting still frees everything without cycles; the rest goes at the end."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def render(options: RenderOptions) -> Rendered:
    """Markdown and, for DOCX or PDF, the document bytes; raises IntstratError on user
    faults."""
    return render_all([options])[0]


def render_all(batch: list[RenderOptions]) -> list[Rendered]:
    """Every render of `batch`; the PDFs among them from one LibreOffice per core."""
    done = []
    for options in batch:
        with _without_cyclic_gc():
            done.append(_render(options))
    wanted = [i for i, options in enumerate(batch) if options.fmt == "pdf"]
    if wanted:
        from intstrat.render.pdf import convert

        pdfs = convert([done[i].payload for i in wanted])
        for index, pdf in zip(wanted, pdfs, strict=True):
            item = done[index]
            done[index] = Rendered(item.markdown, pdf, item.lang, item.strategy)
    return done


def _render(options: RenderOptions) -> Rendered:
    from intstrat.render.context import build_context, facts
    from intstrat.render.environment import render_markdown

    if options.fmt not in FORMATS:
        raise UsageError(N_("unknown format {fmt!r}; choose md, docx or pdf"), fmt=options.fmt)
    if options.paper is not None and options.paper not in PAPERS:
        raise UsageError(N_("unknown paper size {paper!r}; choose a4 or letter"),
                         paper=options.paper)
    if options.fmt == "pdf":
        from intstrat.render.pdf import soffice

        soffice()  # a missing converter is said before any work
    strategy = read_strategy(options.source)
    data: dict[str, Any] = strategy.data
    lang = resolve_language(options.lang, data.get("language"))
    as_of = options.as_of or today()
    # The reference is opened first: a broken one fails before any template work.
    reference = None
    if options.fmt != "md":
        from intstrat.render.reference import open_document

        reference = open_document(options.reference_docx)
    context = build_context(data, lang, as_of)
    markdown = render_markdown(context, lang, options.template_dir)
    if options.fmt == "md":
        return Rendered(markdown, markdown.encode("utf-8"), lang, strategy)
    from intstrat.render.docx_builder import (
        MAX_DOCX_PARTS,
        PageOptions,
        build_docx,
        docx_parts,
    )

    parts = docx_parts(markdown)
    if parts > MAX_DOCX_PARTS:
        raise RenderInputError(
            N_("{path}: too large for a Word document: about {parts} paragraphs and table "
               "cells (limit {limit}); --format md writes it as Markdown"),
            path=options.source, parts=parts, limit=MAX_DOCX_PARTS,
        )
    del context
    gc.collect()  # once: the template run's cycles go before the DOCX's peak, not after it

    try:
        payload = build_docx(
            markdown, facts(data, lang, as_of), reference, lang,
            PageOptions(options.paper, options.number_headings),
            bundled=options.reference_docx is None,
        )
    except IntstratError:
        raise
    except Exception as exc:
        if options.reference_docx is None:
            raise  # a bug of ours, not the user's reference
        from intstrat.render.reference import ReferenceError_

        raise ReferenceError_(
            N_("{path}: the reference document cannot be used: {reason}"),
            path=options.reference_docx, reason=f"{type(exc).__name__}: {exc}",
        ) from exc
    return Rendered(markdown, payload, lang, strategy)
