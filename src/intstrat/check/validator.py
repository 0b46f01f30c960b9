"""A JSON Schema validator for the keywords intstrat's own schema uses, and nothing more.

Why not a library: `check` must start light (issue 10: within 1.2x a bare Typer app that only
parses the file), and importing and compiling jsonschema-rs took about 10 ms of a 90 ms run,
most of it modules (email, socket, decimal) its format checkers pull in. The schema is ours and
uses 16 keywords (listed in KEYWORDS); validating them takes a page. What keeps this honest: the
test suite holds every error of this validator to the reference implementation (`jsonschema`,
Draft 2020-12, with format checks) on the examples and on thousands of generated mutations, and
fails when the schema starts using a keyword this module does not know.

Each error names the data path, the keyword, and the keyword's detail (the allowed types, the
missing or unexpected keys, the limit, the options), from which check/schema.py makes findings.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterator
from typing import Any, NamedTuple

Path_ = tuple[str | int, ...]

# The keywords validated; annotations (title, description, examples...) are ignored.
KEYWORDS = frozenset({
    "$ref", "type", "properties", "additionalProperties", "required", "items", "enum",
    "pattern", "minimum", "maximum", "exclusiveMinimum", "minLength", "minItems",
    "uniqueItems", "format", "oneOf",
})
ANNOTATIONS = frozenset({"title", "description", "examples", "$schema", "$id", "$defs",
                         "default", "$comment"})


class SchemaError(NamedTuple):
    path: Path_
    keyword: str
    detail: Any = None


# RFC 3986 characters of a URI after its scheme; '%' must start a two-digit escape.
_URI = re.compile(
    r"[A-Za-z][A-Za-z0-9+.\-]*:(?:[A-Za-z0-9\-._~!$&'()*+,;=:@/?#\[\]]|%[0-9A-Fa-f]{2})*"
)
_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


def _is_date(text: str) -> bool:
    if not _DATE.fullmatch(text):
        return False
    try:
        dt.date.fromisoformat(text)
    except ValueError:
        return False
    return True


def _is_uri(text: str) -> bool:
    return bool(_URI.fullmatch(text))


FORMATS: dict[str, Callable[[str], bool]] = {"date": _is_date, "uri": _is_uri}


def is_type(value: Any, name: str) -> bool:
    if name == "string":
        return isinstance(value, str)
    if name == "object":
        return isinstance(value, dict)
    if name == "array":
        return isinstance(value, list)
    if name == "boolean":
        return isinstance(value, bool)
    if name == "null":
        return value is None
    if isinstance(value, bool) or not isinstance(value, int | float):
        return False
    if name == "number":
        return True
    # JSON Schema: an integer is a number without a fractional part, 1.0 included.
    return isinstance(value, int) or value.is_integer()


def _number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def _same(a: Any, b: Any) -> bool:
    """JSON equality: true is not 1, 1 is 1.0, and containers compare element by element."""
    if isinstance(a, bool) or isinstance(b, bool):
        return isinstance(a, bool) and isinstance(b, bool) and a == b
    if _number(a) and _number(b):
        return bool(a == b)
    if isinstance(a, list) and isinstance(b, list):
        return len(a) == len(b) and all(_same(x, y) for x, y in zip(a, b, strict=True))
    if isinstance(a, dict) and isinstance(b, dict):
        return a.keys() == b.keys() and all(_same(a[k], b[k]) for k in a)
    return type(a) is type(b) and bool(a == b)


class Validator:
    """Validates JSON-like data against one schema document (with `#/$defs/...` references)."""

    def __init__(self, schema: dict[str, Any]) -> None:
        self.schema = schema
        self.defs: dict[str, Any] = schema.get("$defs", {})
        self._patterns: dict[str, re.Pattern[str]] = {}

    def errors(self, instance: Any) -> list[SchemaError]:
        return list(self._check(self.schema, instance, ()))

    def errors_at(self, node: dict[str, Any], instance: Any, path: Path_) -> list[SchemaError]:
        """The errors of `instance` (found at `path`) against the sub-schema `node`."""
        return list(self._check(node, instance, path))

    def is_valid(self, node: dict[str, Any], instance: Any) -> bool:
        return next(self._check(node, instance, ()), None) is None

    def _check(self, node: dict[str, Any], value: Any, path: Path_) -> Iterator[SchemaError]:
        ref = node.get("$ref")
        if ref is not None:
            yield from self._check(self.defs[ref.removeprefix("#/$defs/")], value, path)
        types = node.get("type")
        if types is not None:
            names = [types] if isinstance(types, str) else list(types)
            if not any(is_type(value, name) for name in names):
                yield SchemaError(path, "type", tuple(names))
        if "enum" in node and not any(_same(value, option) for option in node["enum"]):
            yield SchemaError(path, "enum", tuple(node["enum"]))
        if "oneOf" in node:
            valid = sum(1 for sub in node["oneOf"] if self.is_valid(sub, value))
            if valid != 1:
                yield SchemaError(path, "oneOf", tuple(node["oneOf"]))
        if isinstance(value, dict):
            yield from self._object(node, value, path)
        elif isinstance(value, list):
            yield from self._array(node, value, path)
        elif isinstance(value, str):
            yield from self._string(node, value, path)
        elif _number(value):
            yield from self._numeric(node, value, path)

    def _object(self, node: dict[str, Any], value: dict[str, Any],
                path: Path_) -> Iterator[SchemaError]:
        for key in node.get("required", ()):
            if key not in value:
                yield SchemaError(path, "required", key)
        properties: dict[str, Any] = node.get("properties", {})
        extra = node.get("additionalProperties", True)
        unexpected = []
        for key, item in value.items():
            if key in properties:
                yield from self._check(properties[key], item, (*path, key))
            elif extra is False:
                unexpected.append(key)
            elif isinstance(extra, dict):
                yield from self._check(extra, item, (*path, key))
        if unexpected:
            yield SchemaError(path, "additionalProperties", tuple(unexpected))

    def _array(self, node: dict[str, Any], value: list[Any],
               path: Path_) -> Iterator[SchemaError]:
        if "minItems" in node and len(value) < node["minItems"]:
            yield SchemaError(path, "minItems", node["minItems"])
        if node.get("uniqueItems") and any(
            _same(value[i], value[j]) for i in range(len(value)) for j in range(i)
        ):
            yield SchemaError(path, "uniqueItems")
        items = node.get("items")
        if isinstance(items, dict):
            for index, item in enumerate(value):
                yield from self._check(items, item, (*path, index))

    def _string(self, node: dict[str, Any], value: str, path: Path_) -> Iterator[SchemaError]:
        if "minLength" in node and len(value) < node["minLength"]:
            yield SchemaError(path, "minLength", node["minLength"])
        pattern = node.get("pattern")
        if pattern is not None:
            compiled = self._patterns.get(pattern)
            if compiled is None:
                compiled = self._patterns[pattern] = re.compile(pattern)
            if not compiled.search(value):
                yield SchemaError(path, "pattern", pattern)
        check = FORMATS.get(node.get("format", ""))
        if check is not None and not check(value):
            yield SchemaError(path, "format", node["format"])

    def _numeric(self, node: dict[str, Any], value: float,
                 path: Path_) -> Iterator[SchemaError]:
        if "minimum" in node and value < node["minimum"]:
            yield SchemaError(path, "minimum", node["minimum"])
        if "exclusiveMinimum" in node and value <= node["exclusiveMinimum"]:
            yield SchemaError(path, "exclusiveMinimum", node["exclusiveMinimum"])
        if "maximum" in node and value > node["maximum"]:
            yield SchemaError(path, "maximum", node["maximum"])


def unknown_keywords(schema: Any) -> set[str]:
    """Keywords of `schema` this validator neither checks nor ignores (the test keeps it empty)."""
    found: set[str] = set()

    def walk(node: Any, in_names: bool) -> None:
        if isinstance(node, dict):
            for key, sub in node.items():
                if not in_names and key not in KEYWORDS and key not in ANNOTATIONS:
                    found.add(key)
                if key == "examples" and not in_names:
                    continue
                walk(sub, key in ("properties", "$defs") and not in_names)
        elif isinstance(node, list):
            for sub in node:
                walk(sub, False)

    walk(schema, False)
    return found
