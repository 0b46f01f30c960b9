"""The sandboxed Jinja environment: one bundled template set, translated through the catalogue,
overridable file by file from the user's own folder."""

from __future__ import annotations

import datetime as dt
import traceback
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import jinja2
from jinja2.exceptions import SecurityError
from jinja2.sandbox import ImmutableSandboxedEnvironment

from intstrat.errors import IntstratError
from intstrat.i18n import N_, translator
from intstrat.render import text
from intstrat.resources import data_dir

MAIN_TEMPLATE = "strategy.md.j2"
TEMPLATE_SET = "concept"
"""The bundled templates: `templates/concept/`, one set for every language."""


class TemplateError(IntstratError):
    """A template that cannot be read or run; the message names the template and line."""


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


def make_environment(lang: str, override: Path | None = None) -> jinja2.Environment:
    """Jinja in its immutable sandbox with StrictUndefined: a typo fails, data stays data.

    The i18n extension gives every template `{% trans %}`, `_()`, `gettext`, `ngettext`,
    `pgettext` and `npgettext` in the language `lang`, from intstrat's catalogue; blocks are
    trimmed as `scripts/i18n.py` extracts them, so a text is found under the id it was saved as.
    """
    values = text.TemplateValues(lang)
    formats = values.formats
    env = ImmutableSandboxedEnvironment(
        loader=jinja2.FileSystemLoader([str(d) for d in template_dirs(lang, override)]),
        undefined=jinja2.StrictUndefined,
        autoescape=False,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        finalize=values.finalize,
        extensions=["jinja2.ext.i18n"],
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
        markdown = template.render(**context)
    except jinja2.TemplateSyntaxError as exc:
        where = exc.filename or exc.name or MAIN_TEMPLATE
        raise TemplateError(
            N_("template {template}, line {line}: {detail}"),
            template=where, line=exc.lineno, detail=exc.message,
        ) from exc
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
        raise TemplateError(
            N_("template {template}, line {line}: {detail}"),
            template=where, line=line, detail=detail,
        ) from exc
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
