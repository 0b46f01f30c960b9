"""The sandboxed Jinja environment: one bundled template set, translated through the catalogue,
overridable file by file from the user's own folder."""

from __future__ import annotations

import datetime as dt
import os
import posixpath
import re
import traceback
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

import jinja2
from jinja2.exceptions import SecurityError
from jinja2.ext import Extension
from jinja2.loaders import split_template_path

from intstrat.errors import IntstratError
from intstrat.i18n import N_, translator
from intstrat.render import gantt, text
from intstrat.render.labels import enum_words
from intstrat.render.sandbox import BoundedSandbox, TemplateLimit, bounded_output
from intstrat.resources import data_dir

MAIN_TEMPLATE = "strategy.md.j2"
TEMPLATE_SET = "concept"
"""The bundled templates: `templates/concept/`, one set for every language."""


class TemplateError(IntstratError):
    """A template that cannot be read or run; the message names the template and line."""


_AT_LINE = N_("template {template}, line {line}: {detail}")


class TemplateLimitError(TemplateError):
    """A template stopped at one of the sandbox's limits; the limit's text is translated too."""

    def __init__(self, template: str, line: int, limit: TemplateLimit) -> None:
        self.limit = limit
        super().__init__(_AT_LINE, template=template, line=line, detail=limit.reason)

    def text(self, lang: str) -> str:
        tr = translator(lang)
        detail = tr.gettext(self.limit.reason, **self.limit.reason_args)
        return tr.gettext(self.message, **{**self.args_, "detail": detail})


class FixedTexts(Extension):
    """Translate `_("…")`, `gettext("…")` and `pgettext("…", "…")` once, before compiling.

    Jinja compiles a call to the catalogue about as slowly as a variable with a filter, and the
    templates hold about 250; a call whose arguments are string literals has the same result
    every time. So the source is rewritten before Jinja reads it: `{{ _("Total") }}` becomes the
    text "Summe", and such a call inside an expression (`title or _("Other activities")`)
    becomes a string literal. Nothing else changes: `{% trans %}`, `ngettext` and a call with
    placeholders filled in (`_("until %(date)s", date=…)`) still run through the same catalogue,
    with the `%` handling of jinja2's newstyle gettext, and line numbers stay as written.
    """

    def __init__(self, environment: jinja2.Environment) -> None:
        super().__init__(environment)
        environment.extend(fixed_texts_catalogue=None)

    def preprocess(self, source: str, name: str | None, filename: str | None = None) -> str:
        catalogue = getattr(self.environment, "fixed_texts_catalogue", None)
        if catalogue is None or self.environment.autoescape is not False:
            return source
        return _TAG.sub(lambda tag: _fixed_tag(tag, catalogue), source)


# A string literal without escapes: its text is what lies between the quotes.
_PLAIN = r"""(?:"[^"\\\n]*"|'[^'\\\n]*')"""
_ANY_STRING = r"""(?:"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*')"""
# Comments and raw blocks are passed over whole; only the inside of `{{ }}` and `{% %}` changes.
_TAG = re.compile(
    r"\{#.*?#\}|\{%-?\s*raw\s*-?%\}.*?\{%-?\s*endraw\s*-?%\}|(\{\{.*?\}\}|\{%.*?%\})",
    re.DOTALL,
)
_OUTPUT_CALL = re.compile(rf"\{{\{{ (?:_|gettext)\(({_PLAIN})\) \}}\}}")
# A string literal is matched first and kept, so a call written inside one stays as it is.
_CALL = re.compile(
    rf"{_ANY_STRING}|(?<![\w.])(?:(?:_|gettext)\(\s*({_PLAIN})\s*\)"
    rf"|pgettext\(\s*({_PLAIN})\s*,\s*({_PLAIN})\s*\))"
)


def _fixed_tag(tag: re.Match[str], catalogue: Any) -> str:
    source = tag.group(0)
    if tag.group(1) is None:
        return source  # a comment or a raw block
    whole = _OUTPUT_CALL.fullmatch(source)
    if whole:
        text = _translated(catalogue, None, whole.group(1)[1:-1])
        # As plain text only when it cannot read as template syntax or move a line.
        if text is not None and not any(c in text for c in "{}%#\n"):
            return text
    return _CALL.sub(lambda call: _fixed_call(call, catalogue), source)


def _fixed_call(call: re.Match[str], catalogue: Any) -> str:
    message, context, in_context = call.group(1, 2, 3)
    if message is not None:
        text = _translated(catalogue, None, message[1:-1])
    elif in_context is not None:
        text = _translated(catalogue, context[1:-1], in_context[1:-1])
    else:
        return call.group(0)  # a string literal
    return call.group(0) if text is None or "\n" in text else repr(text)


def _translated(catalogue: Any, context: str | None, message: str) -> str | None:
    """What newstyle gettext returns for a call without arguments; None if it would fail."""
    try:
        if context is None:
            return str(catalogue.gettext(message) % {})
        return str(catalogue.pgettext(context, message) % {"context": context})
    except (TypeError, ValueError, KeyError):
        return None  # left to run time, which reports it as a template error


MAX_TEMPLATE_BYTES = 1024 * 1024
"""The largest template file read (the biggest bundled one has a few kilobytes)."""


class TemplateFolders(jinja2.FileSystemLoader):
    """jinja2's loader, refusing a template file too large to be one (it would be compiled)."""

    def get_source(
        self, environment: jinja2.Environment, template: str
    ) -> tuple[str, str, Callable[[], bool]]:
        pieces = split_template_path(template)
        for folder in self.searchpath:
            filename = posixpath.join(folder, *pieces)
            if os.path.isfile(filename):
                size = os.path.getsize(filename)
                if size > MAX_TEMPLATE_BYTES:
                    raise TemplateError(
                        N_("template {template}: {size} bytes, more than a template may hold "
                           "({limit})"),
                        template=filename, size=size, limit=MAX_TEMPLATE_BYTES,
                    )
                break
        return super().get_source(environment, template)


def template_dirs(lang: str, override: Path | None) -> list[Path]:
    """Search order: the user's folder (its `<lang>/` subfolder first), then the bundled set."""
    dirs: list[Path] = []
    if override is not None:
        if not override.is_dir():
            raise TemplateError(N_("{path}: template folder not found"), path=override)
        if (override / lang).is_dir():
            dirs.append(override / lang)
        dirs.append(override)
    dirs.append(data_dir("templates") / TEMPLATE_SET)
    return dirs


def make_environment(lang: str, override: Path | None = None) -> BoundedSandbox:
    """Jinja in its immutable, bounded sandbox with StrictUndefined: a typo fails, data stays
    data, and a template's work is limited in steps, time and sizes (`render/sandbox.py`).

    The i18n extension gives every template `{% trans %}`, `_()`, `gettext`, `ngettext`,
    `pgettext` and `npgettext` in the language `lang`, from intstrat's catalogue; blocks are
    trimmed as `scripts/i18n.py` extracts them, so a text is found under the id it was saved as.
    """
    values = text.TemplateValues(lang)
    formats = values.formats
    env = BoundedSandbox(
        loader=TemplateFolders([str(d) for d in template_dirs(lang, override)]),
        undefined=jinja2.StrictUndefined,
        autoescape=False,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        finalize=values.finalize,
        extensions=["jinja2.ext.i18n", FixedTexts],
    )
    env.policies["ext.i18n.trimmed"] = True
    catalogue = translator(lang).catalogue
    env.install_gettext_callables(  # type: ignore[attr-defined]
        catalogue.gettext,
        catalogue.ngettext,
        newstyle=True,
        pgettext=catalogue.pgettext,
        npgettext=catalogue.npgettext,
    )
    env.fixed_texts_catalogue = catalogue  # type: ignore[attr-defined]
    env.globals["enum_words"] = enum_words(lang)
    env.filters.update(
        {
            "num": formats.number,
            "eur": formats.money,
            "date": formats.date,
            "yesno": values.yes_no,
            "pct": formats.percent,
            "cell": text.cell,
            "block": text.block,
            "literal": _literal,
            "mermaid": _mermaid,
            "iso": _iso,
            "url": _url,
        }
    )
    return env


def _literal(value: Any) -> str:
    """An escaped value as plain text again, for code blocks such as the Mermaid chart."""
    plain = text.unescape(str(value)) if value is not None else ""
    # Mermaid reads ':' and ';' and '#' as syntax inside a task line.
    return plain.replace(":", " -").replace(";", ",").replace("#", "")


def _mermaid(value: Any, fallback: Any = "", section: bool = False) -> str:
    """An escaped value as a Mermaid task (or section) name: read as text, never as syntax."""
    plain = text.unescape(str(value)) if value is not None else ""
    return gantt.name(plain, text.unescape(str(fallback)), task=not section)


def _url(value: Any) -> str:
    """A link target from an escaped value, safe inside `<…>` in Markdown."""
    plain = text.unescape(str(value)) if value is not None else ""
    return plain.strip().replace(" ", "%20").replace("<", "%3C").replace(">", "%3E")


def _iso(value: Any) -> str:
    return value.isoformat() if isinstance(value, dt.date) else ""


def render_markdown(context: Mapping[str, Any], lang: str, override: Path | None = None) -> str:
    """Render the strategy's Markdown; any template fault becomes a TemplateError."""
    env = make_environment(lang, override)
    try:
        template = env.get_template(MAIN_TEMPLATE)
        with env.bounded_run():
            markdown = bounded_output(template.generate(**context))
    except jinja2.TemplateSyntaxError as exc:
        where = exc.filename or exc.name or MAIN_TEMPLATE
        raise TemplateError(_AT_LINE, template=where, line=exc.lineno, detail=exc.message) from exc
    except TemplateLimit as exc:
        raise TemplateLimitError(*_template_frame(exc, env), exc) from None
    except RecursionError as exc:
        where, line = _template_frame(exc, env)
        raise TemplateLimitError(
            where, line, TemplateLimit(N_("calls itself too deeply (a macro without an end?)"))
        ) from None
    except OverflowError as exc:
        where, line = _template_frame(exc, env)
        raise TemplateLimitError(
            where, line, TemplateLimit(N_("computes a number too large for a float"))
        ) from None
    except MemoryError:
        raise TemplateLimitError(
            MAIN_TEMPLATE, 0, TemplateLimit(N_("ran out of memory"))
        ) from None
    except jinja2.TemplateNotFound as exc:
        raise TemplateError(N_("template {template}: not found"), template=exc.name) from exc
    except (
        jinja2.TemplateError,
        SecurityError,
        TypeError,
        ValueError,
        AttributeError,
        KeyError,
        IndexError,
        ZeroDivisionError,
    ) as exc:
        where, line = _template_frame(exc, env)
        detail = getattr(exc, "message", None) or str(exc) or type(exc).__name__
        raise TemplateError(_AT_LINE, template=where, line=line, detail=detail) from exc
    return text.tidy(markdown)


def _template_frame(exc: BaseException, env: jinja2.Environment) -> tuple[str, int]:
    """The innermost template file and line in the traceback Jinja rewrote for us."""
    loader = env.loader
    roots = [str(Path(p)) for p in getattr(loader, "searchpath", [])]
    found: tuple[str, int] = (MAIN_TEMPLATE, 0)
    for frame in traceback.extract_tb(exc.__traceback__):
        if any(frame.filename.startswith(root) for root in roots) and frame.lineno:
            found = (frame.filename, frame.lineno)
    return found
