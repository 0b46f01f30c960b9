"""Plain text versus Markdown in the output, and the filters that write values in the language.

Text from the YAML is data: a plain field is escaped once, when the context is built, so it
reads literally wherever a template puts it; a free-text field (`MarkdownText`) keeps its
Markdown. Neither is ever parsed as template code. Numbers, amounts and dates are written by
`intstrat.i18n.formats`, the one module that knows each language's conventions.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from intstrat.i18n import translator
from intstrat.i18n.formats import formats
from intstrat.markdown_text import Escaped, MarkdownText, cell, escape, unescape

__all__ = ["Escaped", "MarkdownText", "TemplateValues", "block", "cell", "escape", "tidy",
           "unescape"]

_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})")


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


class TemplateValues:
    """How the templates write values in one language: the filters and Jinja's `finalize`."""

    def __init__(self, lang: str) -> None:
        self.formats = formats(lang)
        self._tr = translator(lang)

    def yes_no(self, value: Any) -> str:
        if value is None:
            return ""
        if value:
            return self._tr.pgettext("answer", "yes")
        return self._tr.pgettext("answer", "no")

    def finalize(self, value: Any) -> str:
        """Every `{{ … }}` in a template passes through here: data is written literally."""
        if value is None:
            return ""
        if isinstance(value, str):
            return value  # data strings were escaped when the context was built
        if isinstance(value, bool):
            return self.yes_no(value)
        if isinstance(value, int | float):
            return self.formats.number(value)
        if isinstance(value, dt.date):
            return self.formats.date(value)
        if isinstance(value, list | tuple):
            return ", ".join(self.finalize(item) for item in value if item is not None)
        return escape(str(value))
