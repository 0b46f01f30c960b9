"""The strategy schema's titles and descriptions in every language, from the catalogue.

The shipped `schemas/strategy.schema.json` is written in English only. Its titles and
descriptions are message ids (contexts `schema.title` and `schema.description`), found for the
catalogue by scripts/i18n.py, so a language's editors and docs/format.<lang>.md show its words.
`intstrat schema` prints, by default, every description in English followed by each other
language ("\\n\\nDE: ..."), which is what a YAML editor shows on hover; `--lang LANG` prints
the titles and descriptions of LANG alone.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Iterator
from typing import Any

from intstrat.i18n import SOURCE_LANGUAGE, catalogue, languages

TITLE = "schema.title"
DESCRIPTION = "schema.description"
_FIELDS = {"title": TITLE, "description": DESCRIPTION}


def texts(node: Any, where: str = "") -> Iterator[tuple[str, str, str]]:
    """(context, English text, JSON pointer) for every title and description of a schema."""
    if isinstance(node, dict):
        for key, value in node.items():
            here = f"{where}/{key}"
            if key in _FIELDS and isinstance(value, str) and not _is_keyword_value(where):
                yield _FIELDS[key], value, here
            else:
                yield from texts(value, here)
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from texts(value, f"{where}/{index}")


def _is_keyword_value(where: str) -> bool:
    # A property *named* "title" or "description" (`properties/title`) is a schema, not a text.
    return where.endswith("/properties")


def localised(schema: dict[str, Any], lang: str | None = None) -> dict[str, Any]:
    """The schema with its texts in `lang`, or (None) English plus every other language."""
    out = copy.deepcopy(schema)
    if lang == SOURCE_LANGUAGE:
        return out
    others = [code for code in languages() if code != SOURCE_LANGUAGE]
    _rewrite(out, "", lang, others)
    return out


def _rewrite(node: Any, where: str, lang: str | None, others: list[str]) -> None:
    if isinstance(node, dict):
        for key, value in node.items():
            if key in _FIELDS and isinstance(value, str) and not _is_keyword_value(where):
                node[key] = _text(_FIELDS[key], value, lang, others)
            else:
                _rewrite(value, f"{where}/{key}", lang, others)
    elif isinstance(node, list):
        for value in node:
            _rewrite(value, where, lang, others)


def _text(context: str, english: str, lang: str | None, others: list[str]) -> str:
    if lang is not None:
        return catalogue(lang).pgettext(context, english)
    if context == TITLE:
        return english  # an editor's hover heading: one line, kept in English
    parts = [english]
    for code in others:
        translated = catalogue(code).pgettext(context, english)
        if translated != english:
            parts.append(f"{code.upper()}: {translated}")
    return "\n\n".join(parts)


def dumps(schema: dict[str, Any]) -> str:
    """The schema as the shipped file is written: two-space JSON, UTF-8, a final newline."""
    return json.dumps(schema, indent=2, ensure_ascii=False) + "\n"
