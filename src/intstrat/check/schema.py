"""The JSON Schema check: schema errors become findings with a location and a message in en/de."""

from __future__ import annotations

import datetime as dt
import json
import math
from functools import cache
from typing import Any

from intstrat.check.validator import SchemaError, Validator, is_type
from intstrat.document import Document, Path_, pointer
from intstrat.findings import RawFinding
from intstrat.i18n import Label, OneOf
from intstrat.resources import schema_path
from intstrat.rules.messages import term


@cache
def schema() -> dict[str, Any]:
    with schema_path().open(encoding="utf-8") as handle:
        loaded: dict[str, Any] = json.load(handle)
    return loaded


@cache
def _validator() -> Validator:
    # Our own validator of the schema's keywords (check/validator.py, why there), built once.
    return Validator(schema())


# Values that are already JSON as they are (exact types: a subclass takes the general path).
_AS_IS = frozenset({str, int, bool, type(None)})


def to_json(value: Any) -> Any:
    """The loader's data as JSON values: dates as ISO text, NaN and infinities as text.

    JSON has no NaN: turning it into text lets the schema report "expected a number".
    """
    if isinstance(value, dict):
        # Most values are text: passing those through without a call halves the time.
        return {k: v if v.__class__ in _AS_IS else to_json(v) for k, v in value.items()}
    if isinstance(value, list):
        return [v if v.__class__ in _AS_IS else to_json(v) for v in value]
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, float) and not math.isfinite(value):
        return str(value)
    return value


def _problem(rule: str, key: str, path: Path_, /, **args: Any) -> RawFinding:
    """One schema error about a key (unknown, missing), pointed at the key."""
    return RawFinding(rule, key, path, args)


def _wrong_value(rule: str, key: str, path: Path_, /, **args: Any) -> RawFinding:
    """One schema error about a value (type, range, pattern, choice, format), pointed at the
    value as editors (yaml-language-server) mark it."""
    return RawFinding(rule, key, path, args, at_value=True)


# Keys that format 2 requires where format 1 had none (a flag stood in for them): list path →
# key. One schema reads both versions, so these are checked here rather than in the schema.
REQUIRED_IN_FORMAT_2 = {
    ("financing", "sources"): "status",
    ("partner_selection", "agreements"): "status",
}


def validate(doc: Document) -> list[RawFinding]:
    problems: list[RawFinding] = []
    for error in _validator().errors(to_json(doc.data)):
        problems.extend(_findings(doc, error))
    data = doc.data
    if isinstance(data, dict) and data.get("intstrat") == 2:
        for (section, items), key in REQUIRED_IN_FORMAT_2.items():
            block = data.get(section)
            entries = block.get(items) if isinstance(block, dict) else None
            for index, entry in enumerate(entries if isinstance(entries, list) else ()):
                if isinstance(entry, dict) and key not in entry:
                    path = (section, items, index)
                    problems.append(_problem("SC03", "missing_key", path, key=key,
                                             where=pointer(path)))
    return problems


def _findings(doc: Document, error: SchemaError) -> list[RawFinding]:
    path, keyword, detail = error.path, error.keyword, error.detail
    if keyword == "additionalProperties":
        allowed = sorted(_properties_at(path))
        out = []
        for key in detail:
            import difflib  # only for an unknown key: keeps start-up light

            close = difflib.get_close_matches(str(key), allowed, n=1, cutoff=0.6)
            if close:
                out.append(_problem("SC02", "unknown_key_hint", (*path, key), key=key,
                                    hint=close[0]))
            else:
                out.append(_problem("SC02", "unknown_key", (*path, key), key=key,
                                    allowed=", ".join(allowed[:12])))
        return out
    if keyword == "required":
        if path:
            return [_problem("SC03", "missing_key", path, key=detail, where=pointer(path))]
        return [_problem("SC03", "missing_top_key", path, key=detail)]
    value = doc.get(path)
    if path == ("intstrat",) and keyword in ("type", "enum"):
        if value in ("1", "2"):
            return [_wrong_value("SC04", "version_text", path, value=value)]
        return [_wrong_value("SC04", "version", path, value=_short(value))]
    if keyword == "oneOf":
        # Text where text or a list is allowed, but empty: say that, not "expected text or list".
        instance = to_json(value)
        for alternative in detail:
            node = _resolve(alternative)
            kind = node.get("type")
            if isinstance(kind, str) and is_type(instance, kind):
                inner = _validator().errors_at(node, instance, path)
                if inner:
                    return [found for error in inner for found in _findings(doc, error)]
    if keyword in ("type", "oneOf"):
        types = detail if keyword == "type" else _types_of(detail)
        kind_of, shown = _describe(value)
        return [_wrong_value("SC01", "type", path, expected=OneOf(term(t) for t in types),
                             got=kind_of, shown=shown)]
    if keyword in ("minimum", "exclusiveMinimum", "maximum"):
        key = {"minimum": "minimum", "exclusiveMinimum": "exclusive_minimum",
               "maximum": "maximum"}[keyword]
        return [_wrong_value("SC01", key, path, value=_short(value), limit=detail)]
    if keyword == "enum":
        return [_wrong_value("SC01", "enum", path, value=_short(value),
                             options=", ".join(str(o) for o in detail))]
    if keyword == "format":
        return [_wrong_value("SC01", "format_" + str(detail), path, value=_short(value))]
    if keyword == "minLength":
        return [_wrong_value("SC01", "empty_text", path)]
    if keyword == "minItems":
        return [_wrong_value("SC01", "empty_list", path)]
    if keyword == "uniqueItems":
        return [_wrong_value("SC01", "repeated_item", path)]
    # What is left is `pattern`: the schema's only one is the id pattern (tests/test_validator.py
    # fails when the schema gains a keyword or pattern this function does not word).
    return [_wrong_value("SC01", "id_pattern", path, value=_short(value))]


def _types_of(alternatives: tuple[dict[str, Any], ...]) -> list[str]:
    """The types a `oneOf` allows, for a message ("text or list")."""
    found: list[str] = []
    for sub in alternatives:
        kind = _resolve(sub).get("type")
        for name in [kind] if isinstance(kind, str) else list(kind or []):
            if name not in found:
                found.append(name)
    return found


ID_PATTERN = "^[a-z0-9][a-z0-9_-]*$"


def _describe(value: Any) -> tuple[Label, str]:
    """What a value is (a translatable word) and how to show it (may be empty)."""
    if value is None:
        return term("null"), ""
    if isinstance(value, bool):
        return term("boolean"), f" {str(value).lower()}"
    if isinstance(value, dict):
        return term("object"), ""
    if isinstance(value, list):
        return term("array"), ""
    if isinstance(value, float) and not math.isfinite(value):
        return term("special_number"), f" {value}"
    if isinstance(value, int | float):
        return term("number"), f" {value}"
    if isinstance(value, dt.date):
        return term("date"), f" {value.isoformat()}"
    return term("string"), f" '{_short(value)}'"


def _short(value: Any) -> str:
    text = value.isoformat() if isinstance(value, dt.date) else str(value)
    return text if len(text) <= 40 else text[:37] + "..."


def _resolve(node: dict[str, Any]) -> dict[str, Any]:
    ref = node.get("$ref")
    if isinstance(ref, str) and ref.startswith("#/$defs/"):
        target: dict[str, Any] = schema()["$defs"][ref.removeprefix("#/$defs/")]
        return _resolve(target)
    return node


def subschema(path: Path_) -> dict[str, Any] | None:
    """The schema that describes the value at `path`, following properties, items and $ref."""
    node = _resolve(schema())
    for part in path:
        if isinstance(part, int):
            items = node.get("items")
            if not isinstance(items, dict):
                return None
            node = _resolve(items)
        else:
            props = node.get("properties", {})
            if part in props:
                node = _resolve(props[part])
            elif isinstance(node.get("additionalProperties"), dict):
                node = _resolve(node["additionalProperties"])
            else:
                return None
    return node


def _properties_at(path: Path_) -> set[str]:
    node = subschema(path)
    if node is None:
        return set()
    return set(node.get("properties", {}))
