"""Every value of the format's enumerations has a word in the document, in every language."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from intstrat.i18n import languages
from intstrat.render.labels import ENUM_LABELS, enum_words

SCHEMA = Path(__file__).resolve().parents[1] / "schemas" / "strategy.schema.json"


def _enums(node: Any, path: str = "") -> Iterator[tuple[str, str]]:
    if isinstance(node, dict):
        for value in node.get("enum", []):
            yield path, value
        for key, child in node.items():
            yield from _enums(child, f"{path}/{key}")
    elif isinstance(node, list):
        for child in node:
            yield from _enums(child, path)


ENUM_VALUES = sorted(
    {(path, value) for path, value in _enums(json.loads(SCHEMA.read_text(encoding="utf-8")))
     # The language, the format version and a waiver's point id are shown as written.
     if not path.endswith(("/language", "/properties/intstrat", "/point"))}
)


@pytest.mark.parametrize(("path", "value"), ENUM_VALUES, ids=[f"{p}={v}" for p, v in ENUM_VALUES])
def test_every_enum_value_of_the_schema_has_a_label(path: str, value: str) -> None:
    assert value in ENUM_LABELS, f"{path}: no label for {value!r} in render/labels.py"


@pytest.mark.parametrize("lang", languages())
def test_every_label_has_a_word_in_every_language(lang: str) -> None:
    words = enum_words(lang)
    assert set(words) == set(ENUM_LABELS)
    assert all(word.strip() for word in words.values())


def test_the_german_words_are_the_documents_own() -> None:
    words = enum_words("de")
    assert (words["due"], words["on_track"], words["smes"]) == ("bald fällig", "im Plan", "KMU")
