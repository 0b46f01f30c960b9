"""Property tests for `render`: no strategy crashes it.

Hypothesis puts arbitrary values (huge and special numbers, dates at the ends of the calendar,
text with Markdown and template syntax, nested lists and mappings) anywhere in a real strategy,
and arbitrary top-level mappings and YAML-like text in place of one; `render` must give a
document or one of intstrat's own errors (exit 2 at the CLI), never another exception. The
render runs in-process (the same code the CLI runs, without a child process per example).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from intstrat.errors import IntstratError
from intstrat.render.run import RenderOptions, render

EXAMPLE = Path(__file__).resolve().parent.parent / "examples" / "strategy-en.yaml"
BASE: dict[str, Any] = yaml.safe_load(EXAMPLE.read_text("utf-8"))
SECTIONS = sorted(k for k, v in BASE.items() if isinstance(v, dict))
Dumper: Any = getattr(yaml, "CSafeDumper", yaml.SafeDumper)

SETTINGS = settings(max_examples=60, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                           HealthCheck.function_scoped_fixture])

SCALARS = st.one_of(
    st.none(), st.booleans(),
    st.integers(min_value=-(10**30), max_value=10**30),
    st.sampled_from([10**400, -(10**400), 2**63, 1e308, -1e308, 5e-324]),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=40),
    st.dates(min_value=dt.date(1, 1, 1), max_value=dt.date(9999, 12, 31)),
    st.sampled_from(["", "TODO", "| a | b |", "# heading", "*", "&x", "{{ 7*7 }}", "{% raw %}",
                     "<w:p/>", "\x0c", "]]>", "![x](y)", "[link](javascript:x)", "---"]),
)
KEYS = st.one_of(
    st.sampled_from(["id", "name", "title", "start", "end", "due", "weight", "scores", "values",
                     "rater", "candidate", "status", "kind", "amount_eur", "cost_eur",
                     "milestone", "language"]),
    st.text(min_size=1, max_size=12),
)
VALUES = st.recursive(
    SCALARS,
    lambda inner: st.one_of(st.lists(inner, max_size=5),
                            st.dictionaries(KEYS, inner, max_size=5)),
    max_leaves=12,
)


def _paths(value: Any, here: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [here] if here else []
    if isinstance(value, dict):
        for key, child in value.items():
            found += _paths(child, (*here, key))
    elif isinstance(value, list):
        for index, child in enumerate(value[:2]):
            found += _paths(child, (*here, index))
    return found


PATHS = _paths(BASE)


def _replace(data: Any, path: tuple[Any, ...], value: Any) -> Any:
    if not path:
        return value
    head, rest = path[0], path[1:]
    if isinstance(data, dict):
        return {**data, head: _replace(data.get(head), rest, value)}
    if isinstance(data, list) and isinstance(head, int) and head < len(data):
        return [*data[:head], _replace(data[head], rest, value), *data[head + 1:]]
    return data


def render_never_crashes(folder: Path, data: Any, fmt: str, as_of: dt.date) -> None:
    source = folder / "plan.yaml"
    try:
        text = yaml.dump(data, Dumper=Dumper, allow_unicode=True, sort_keys=False)
    except (yaml.YAMLError, ValueError, OverflowError):
        return  # PyYAML cannot write this value; nothing for intstrat to read
    source.write_text(text, encoding="utf-8")
    try:
        rendered = render(RenderOptions(source=source, fmt=fmt, as_of=as_of))
    except IntstratError as exc:
        assert exc.text("en") and exc.text("de")
        return
    assert rendered.payload
    if fmt == "md":
        assert rendered.markdown.startswith("#")


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("render-properties")


@SETTINGS
@given(st.lists(st.tuples(st.sampled_from(PATHS), VALUES), min_size=1, max_size=4),
       st.dates(min_value=dt.date(1, 1, 1), max_value=dt.date(9999, 12, 31)))
def test_any_value_anywhere_in_a_real_strategy_renders_md(
    folder: Path, changes: list[tuple[tuple[Any, ...], Any]], as_of: dt.date
) -> None:
    data: Any = BASE
    for path, value in changes:
        data = _replace(data, path, value)
    render_never_crashes(folder, data, "md", as_of)


@settings(SETTINGS, max_examples=15)
@given(st.lists(st.tuples(st.sampled_from(PATHS), VALUES), min_size=1, max_size=3),
       st.dates(min_value=dt.date(1, 1, 1), max_value=dt.date(9999, 12, 31)))
def test_any_value_anywhere_in_a_real_strategy_renders_docx(
    folder: Path, changes: list[tuple[tuple[Any, ...], Any]], as_of: dt.date
) -> None:
    data: Any = BASE
    for path, value in changes:
        data = _replace(data, path, value)
    render_never_crashes(folder, data, "docx", as_of)


@SETTINGS
@given(st.dictionaries(st.sampled_from([*SECTIONS, "intstrat", "language", "extra"]), VALUES,
                       max_size=6))
def test_any_top_level_mapping_renders(folder: Path, data: dict[str, Any]) -> None:
    render_never_crashes(folder, data, "md", dt.date(2026, 1, 1))


@SETTINGS
@given(st.binary(max_size=300))
def test_any_bytes_render_or_are_refused(folder: Path, raw: bytes) -> None:
    source = folder / "raw.yaml"
    source.write_bytes(raw)
    try:
        render(RenderOptions(source=source, fmt="md", as_of=dt.date(2026, 1, 1)))
    except IntstratError as exc:
        assert exc.text("en")
