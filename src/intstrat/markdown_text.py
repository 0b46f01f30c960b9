"""Plain text inside Markdown: escaped once so it reads literally, also inside a table cell.

Used by `render` (every plain value of a strategy), and meant for every report that writes
Markdown tables (`reporters`, `living`), so a `|` or `*` in a name is escaped one way everywhere.
A `MarkdownText` is already Markdown (a free-text field) and is never escaped again.
"""

from __future__ import annotations

import re
from typing import Any

_SPECIAL = re.compile(r"([\\`*\[\]<>|])")
# An underscore inside a word never starts emphasis; only one at a word's edge needs escaping.
_EDGE_UNDERSCORE = re.compile(r"(?<![A-Za-z0-9])_|_(?![A-Za-z0-9])")
_LINE_START = re.compile(r"^(\s*)([#>+\-=]|\d+[.)])", re.MULTILINE)
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


def report_cell(text: str) -> str:
    """Text shown as written inside a report's table cell (check's Markdown report, monitor,
    rank, diff): one line, backslashes and pipes escaped, no raw HTML, no control characters.
    Unlike `escape`, numbers and dates stay untouched ("40.0" at a cell's start is no list)."""
    from intstrat.terminal import printable

    flat = " ".join(text.split())
    flat = flat.replace("\\", "\\\\").replace("|", "\\|")
    return printable(flat.replace("<", "&lt;").replace(">", "&gt;"))


def unescape(text: str) -> str:
    """The literal text of an escaped value (for code blocks, where backslashes are literal)."""
    return _BACKSLASHED.sub(r"\1", text)


def cell(value: Any) -> MarkdownText:
    """A table cell: plain text escaped to read literally; Markdown kept, on one line, its
    pipes escaped. None is an empty cell."""
    if value is None:
        return MarkdownText("")
    if isinstance(value, Escaped):
        return value
    if not isinstance(value, MarkdownText):
        return escape(str(value))
    lines = [line.strip() for line in value.strip().splitlines() if line.strip()]
    return MarkdownText(_UNESCAPED_PIPE.sub(r"\\|", " ".join(lines)))
