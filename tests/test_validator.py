"""intstrat's own JSON Schema validator (check/validator.py) against the reference: jsonschema-rs.

`check` validates with a small validator of its own, for start-up time (the module says why).
These tests hold it to a real implementation on the shipped schema: the same errors (data path,
keyword, and the keys a `required` or `additionalProperties` error names) on the examples, the
`init` skeletons and thousands of generated variations of them; and no keyword in the schema
that the validator does not know.
"""

from __future__ import annotations

import copy
import datetime as dt
import json
import math
from pathlib import Path
from typing import Any

import jsonschema_rs
import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from intstrat.check.schema import schema, to_json
from intstrat.check.validator import Validator, unknown_keywords

ROOT = Path(__file__).resolve().parents[1]
DOCUMENTS = sorted((ROOT / "examples").glob("*.yaml"))

Error = tuple[tuple[Any, ...], str, Any]


def _reference() -> Any:
    return jsonschema_rs.validator_for(schema(), validate_formats=True)


def reference_errors(instance: Any) -> set[Error]:
    out: set[Error] = set()
    for error in _reference().iter_errors(instance):
        name = error.kind.name
        detail: Any = None
        if name == "required":
            detail = error.kind.property
        elif name == "additionalProperties":
            detail = tuple(sorted(error.kind.unexpected))
        elif name.startswith("oneOf"):
            name = "oneOf"
        out.add((tuple(error.instance_path), name, detail))
    return out


def our_errors(instance: Any) -> set[Error]:
    out: set[Error] = set()
    for error in Validator(schema()).errors(instance):
        detail: Any = None
        if error.keyword == "required":
            detail = error.detail
        elif error.keyword == "additionalProperties":
            detail = tuple(sorted(error.detail))
        out.add((error.path, error.keyword, detail))
    return out


def _load(path: Path) -> Any:
    return to_json(yaml.safe_load(path.read_text(encoding="utf-8")))


def test_the_schema_uses_no_keyword_the_validator_does_not_know() -> None:
    assert unknown_keywords(schema()) == set()


@pytest.mark.parametrize("path", DOCUMENTS, ids=lambda p: p.name)
def test_examples_give_the_reference_errors(path: Path) -> None:
    data = _load(path)
    assert our_errors(data) == reference_errors(data)


def test_skeletons_give_the_reference_errors() -> None:
    for path in sorted((ROOT / "templates" / "init").glob("*.yaml")):
        data = to_json(yaml.safe_load(path.read_text(encoding="utf-8").replace("{{SCHEMA}}", "")))
        assert our_errors(data) == reference_errors(data), path.name


# Values that probe every keyword: types, dates and non-dates, URIs and non-URIs, numbers at
# and around the limits, ids with and without the id pattern, enum words and near misses.
_SCALARS = st.one_of(
    st.none(), st.booleans(), st.integers(-3, 3), st.sampled_from([0.0, 0.5, 1.0, -1.5, 1e308]),
    st.sampled_from([
        "", "x", "2024-02-29", "2023-02-29", "2024-2-3", "2024-02-03T10:00", "https://a.example/x",
        "mailto:a@b", "http://a b", "C:\\x", "www.x.de", "ftp:/x", "%zz:", "a:%41", "https://ä.de",
        "Kebab-Id", "kebab-id", "-id", "sme", "smes", "signed", "committed", "CL01", "CL20",
        "cluster", "survey", "planned", "done", "increase", "external", "self", "NO", "1", "2",
    ]),
)
_VALUES = st.recursive(
    _SCALARS,
    lambda inner: st.one_of(st.lists(inner, max_size=3),
                            st.dictionaries(st.sampled_from(["id", "name", "x", "date"]), inner,
                                            max_size=3)),
    max_leaves=6,
)


def _paths(node: Any, here: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [here]
    if isinstance(node, dict):
        for key, value in node.items():
            found.extend(_paths(value, (*here, key)))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            found.extend(_paths(value, (*here, index)))
    return found


BASES = [_load(p) for p in DOCUMENTS]


@settings(max_examples=1500, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_mutations_give_the_reference_errors(data: st.DataObject) -> None:
    document = copy.deepcopy(data.draw(st.sampled_from(BASES)))
    for _ in range(data.draw(st.integers(1, 4))):
        paths = _paths(document)[1:]
        target = data.draw(st.sampled_from(paths))
        parent = document
        for part in target[:-1]:
            parent = parent[part]
        action = data.draw(st.sampled_from(["replace", "delete", "add"]))
        if action == "replace":
            parent[target[-1]] = data.draw(_VALUES)
        elif action == "delete":
            del parent[target[-1]]
        elif isinstance(parent, dict):
            parent[data.draw(st.sampled_from(["extra", "evidence", "status", "id"]))] = (
                data.draw(_VALUES))
        else:
            parent.append(data.draw(_VALUES))
    assert our_errors(document) == reference_errors(document)


def test_special_values() -> None:
    """What the loader can hand over: dates (as text by to_json), NaN as text, huge numbers."""
    base = copy.deepcopy(BASES[0])
    base["funding"]["amount_eur"] = to_json(math.nan)
    base["funding"]["start"] = to_json(dt.date(2024, 1, 1))
    base["cluster"]["members"]["companies"] = 10**40
    assert our_errors(base) == reference_errors(base)
    assert json.dumps(base)  # still JSON
