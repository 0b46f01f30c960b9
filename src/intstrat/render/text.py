"""Plain text versus Markdown in the output, and the language's way of writing numbers and dates.

Text from the YAML is data: a plain field is escaped once, when the context is built, so it
reads literally wherever a template puts it; a free-text field (`MarkdownText`) keeps its
Markdown. Neither is ever parsed as template code.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from typing import Any

_SPECIAL = re.compile(r"([\\`*\[\]<>|])")
# An underscore inside a word never starts emphasis; only one at a word's edge needs escaping.
_EDGE_UNDERSCORE = re.compile(r"(?<![A-Za-z0-9])_|_(?![A-Za-z0-9])")
_LINE_START = re.compile(r"^(\s*)([#>+\-=]|\d+[.)])", re.MULTILINE)
_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})")


_UNESCAPED_PIPE = re.compile(r"(?<!\\)\|")
_BACKSLASHED = re.compile(r"\\([!-/:-@\[-`{-~])")


class MarkdownText(str):
    """A string that already is Markdown: written as it is, never escaped again."""

    __slots__ = ()


class Escaped(MarkdownText):
    """A plain value turned into Markdown that reads literally, on one line."""

    __slots__ = ()


def escape(text: str) -> Escaped:
    """A plain value as Markdown that reads literally, on one line (safe in a table cell)."""
    if isinstance(text, Escaped):
        return text
    flat = " ".join(text.split())
    flat = _SPECIAL.sub(r"\\\1", flat)
    flat = _EDGE_UNDERSCORE.sub(r"\\_", flat)
    return Escaped(_LINE_START.sub(r"\1\\\2", flat))


def unescape(text: str) -> str:
    """The literal text of an escaped value (for code blocks, where backslashes are literal)."""
    return _BACKSLASHED.sub(r"\1", text)


def cell(value: Any) -> MarkdownText:
    """Free text for a table cell: one line, pipes escaped, the inline Markdown kept."""
    if value is None:
        return MarkdownText("")
    if isinstance(value, Escaped):
        return value
    if not isinstance(value, MarkdownText):
        return escape(str(value))
    lines = [line.strip() for line in value.strip().splitlines() if line.strip()]
    return MarkdownText(_UNESCAPED_PIPE.sub(r"\\|", " ".join(lines)))


def block(value: Any, indent: int = 0) -> MarkdownText:
    """Free text as a block; `indent` keeps a multi-line text inside a list item."""
    if value is None:
        return MarkdownText("")
    text = value.strip() if isinstance(value, MarkdownText) else escape(str(value))
    if not text:
        return MarkdownText("")
    if indent:
        pad = " " * indent
        text = "\n".join(pad + line if line else line for line in text.split("\n")).lstrip()
    return MarkdownText(text)


def tidy(markdown: str) -> str:
    """At most one blank line in a row outside code fences, and one newline at the end."""
    out: list[str] = []
    fence: str | None = None
    for line in markdown.splitlines():
        opener = _FENCE.match(line)
        if fence is not None:
            out.append(line)
            if opener and opener.group(1).startswith(fence) and not line.strip().strip(fence[0]):
                fence = None
            continue
        if opener:
            fence = opener.group(1)
        if not line.strip():
            if out and out[-1] == "":
                continue
            line = ""
        out.append(line)
    return "\n".join(out).strip("\n") + "\n"


class Formats:
    """How one language writes numbers, amounts, dates and yes/no."""

    def __init__(self, lang: str) -> None:
        self.lang = lang

    def number(self, value: Any, decimals: int | None = None) -> str:
        if isinstance(value, bool) or not isinstance(value, int | float):
            return "" if value is None else str(value)
        if isinstance(value, float) and not math.isfinite(value):
            return str(value)
        if decimals is None:
            decimals = 0 if float(value).is_integer() else 2
        text = f"{value:,.{decimals}f}"
        if self.lang == "de":
            text = text.replace(",", "\x00").replace(".", ",").replace("\x00", ".")
        return text

    def money(self, value: Any) -> str:
        if isinstance(value, bool) or not isinstance(value, int | float):
            return "" if value is None else str(value)
        amount = self.number(value)
        return f"{amount} €" if self.lang == "de" else f"€{amount}"

    def date(self, value: Any) -> str:
        if isinstance(value, dt.date):
            if self.lang == "de":
                return f"{value.day:02d}.{value.month:02d}.{value.year}"
            return value.isoformat()
        return "" if value is None else str(value)

    def yes_no(self, value: Any) -> str:
        if value is None:
            return ""
        yes, no = ("ja", "nein") if self.lang == "de" else ("yes", "no")
        return yes if value else no

    def percent(self, value: Any) -> str:
        if isinstance(value, bool) or not isinstance(value, int | float):
            return ""
        decimals = 0 if round(float(value), 1).is_integer() else 1
        return f"{self.number(float(value), decimals)} %"

    def finalize(self, value: Any) -> str:
        """Every `{{ … }}` in a template passes through here: data is written literally."""
        if value is None:
            return ""
        if isinstance(value, str):
            return value  # data strings were escaped when the context was built
        if isinstance(value, bool):
            return self.yes_no(value)
        if isinstance(value, int | float):
            return self.number(value)
        if isinstance(value, dt.date):
            return self.date(value)
        if isinstance(value, list | tuple):
            return ", ".join(self.finalize(item) for item in value if item is not None)
        return escape(str(value))
