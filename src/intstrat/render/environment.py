"""The sandboxed Jinja environment: bundled templates per language, overridable file by file."""

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
from intstrat.render import text
from intstrat.resources import data_dir

MAIN_TEMPLATE = "strategy.md.j2"
LANGUAGES = ("en", "de")

_WORDS = {
    "en": {"template": "template", "line": "line", "missing": "template folder not found"},
    "de": {"template": "Vorlage", "line": "Zeile", "missing": "Vorlagenordner nicht gefunden"},
}


class TemplateError(IntstratError):
    """A template that cannot be read or run; the message names the template and line."""


def template_dirs(lang: str, override: Path | None) -> list[Path]:
    """Search order: the user's folder (its `<lang>/` subfolder first), then the bundled set."""
    words = _WORDS.get(lang, _WORDS["en"])
    dirs: list[Path] = []
    if override is not None:
        if not override.is_dir():
            raise TemplateError(f"{override}: {words['missing']}")
        if (override / lang).is_dir():
            dirs.append(override / lang)
        dirs.append(override)
    dirs.append(data_dir("templates") / lang)
    return dirs


def make_environment(lang: str, override: Path | None = None) -> jinja2.Environment:
    """Jinja in its immutable sandbox with StrictUndefined: a typo fails, data stays data."""
    formats = text.Formats(lang)
    env = ImmutableSandboxedEnvironment(
        loader=jinja2.FileSystemLoader([str(d) for d in template_dirs(lang, override)]),
        undefined=jinja2.StrictUndefined,
        autoescape=False,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        finalize=formats.finalize,
    )
    env.filters.update(
        {
            "num": formats.number,
            "eur": formats.money,
            "date": formats.date,
            "yesno": formats.yes_no,
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
    words = _WORDS.get(lang, _WORDS["en"])
    try:
        template = env.get_template(MAIN_TEMPLATE)
        markdown = template.render(**context)
    except jinja2.TemplateSyntaxError as exc:
        where = exc.filename or exc.name or MAIN_TEMPLATE
        raise TemplateError(
            f"{words['template']} {where}, {words['line']} {exc.lineno}: {exc.message}"
        ) from exc
    except jinja2.TemplateNotFound as exc:
        raise TemplateError(f"{words['template']} {exc.name}: not found") from exc
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
            f"{words['template']} {where}, {words['line']} {line}: {detail}"
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
