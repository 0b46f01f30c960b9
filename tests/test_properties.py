"""Property tests: whatever text or structure a file holds, intstrat reads it and reports.

Hypothesis generates YAML-like text, raw bytes and arbitrary values in every section of a real
strategy; the loader, the audit and every reporter must finish without an exception, and every
finding must point at a line of the file.
"""

from __future__ import annotations

import datetime as dt
import json
import math
import re
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from intstrat.check.audit import AuditOptions, audit_bytes, audit_text
from intstrat.check.load import load_text
from intstrat.findings import FileResult
from intstrat.reporters import REPORTERS, ReportOptions

EXAMPLE = Path(__file__).resolve().parent.parent / "examples" / "strategy-en.yaml"
BASE: dict[str, Any] = yaml.safe_load(EXAMPLE.read_text("utf-8"))
SECTIONS = sorted(k for k, v in BASE.items() if isinstance(v, dict))
Dumper: Any = getattr(yaml, "CSafeDumper", yaml.SafeDumper)

FAST = settings(max_examples=150, deadline=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
SLOW = settings(max_examples=60, deadline=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])

# Text made of YAML's own syntax: indicators, indentation, anchors, tags, quotes and scalars that
# look like numbers, dates and booleans, so the parser's and the resolver's corners get hit.
TOKENS = st.sampled_from([
    "intstrat: 1", "intstrat:", "language: en", "cluster:", "funding:", "concept:", "name:",
    "- ", "-", ": ", ":", "? ", "[", "]", "{", "}", ",", "&a ", "*a", "&b ", "*b", "<<: *a",
    "<<: ", "!!str ", "!!int ", "!!float ", "!!python/object:os.system ", "!custom ", "!!binary ",
    "!!set ", "!!omap ", "|", ">-", "'", '"', "#", "---", "...", "%YAML 1.1", "%TAG ! x:",
    "\n", "\n  ", "\n    ", "\n- ", "\t", " ", "\r\n", "\ufeff", "\x85", "\u2028",
    "2019-02-30", "2024-01-01", "2024-13-45", "0x1F", "0o17", "1e400", "-.inf", ".NaN", "1_000",
    "9" * 60, "NO", "yes", "~", "null", "true", "Ärger", "𝔘𝔫𝔦𝔠𝔬𝔡𝔢", "\\u00e9", "\x00", "\x07",
])
YAML_LIKE = st.lists(st.one_of(TOKENS, st.text(max_size=8)), max_size=60).map("".join)

SCALARS = st.one_of(
    st.none(), st.booleans(), st.integers(min_value=-(10**30), max_value=10**30),
    st.floats(allow_nan=True, allow_infinity=True), st.text(max_size=40),
    st.dates(min_value=dt.date(1, 1, 1), max_value=dt.date(9999, 12, 31)),
    st.sampled_from(["", "TODO", "lorem ipsum", "NO", "2019-02-30", "*", "&x", "{{ x }}"]),
)
KEYS = st.one_of(
    st.sampled_from(["id", "name", "date", "start", "end", "weight", "scores", "values",
                     "rater", "candidate", "partner", "status", "kind", "due", "items", "<<"]),
    st.text(min_size=1, max_size=12),
)
VALUES = st.recursive(
    SCALARS,
    lambda inner: st.one_of(st.lists(inner, max_size=5),
                            st.dictionaries(KEYS, inner, max_size=5)),
    max_leaves=25,
)


def every_report(results: list[FileResult], lang: str = "en") -> None:
    for name, reporter in REPORTERS.items():
        out = reporter(results, ReportOptions(lang=lang))
        assert isinstance(out, str), name
        if name in ("json", "sarif"):
            json.loads(out)


# YAML 1.1 also breaks lines at NEL, LINE SEPARATOR and PARAGRAPH SEPARATOR, and so does the
# parser's line count.
LINE_BREAKS = re.compile("\r\n|[\n\r\x85\u2028\u2029]")


def assert_sane(result: FileResult, text: str | None = None) -> None:
    lines = len(LINE_BREAKS.split(text)) + 1 if text is not None else None
    for finding in result.findings:
        assert finding.rule and finding.text("en")
        assert finding.line >= 1 and finding.column >= 1
        if lines is not None:
            assert finding.line <= lines, finding
    if not result.is_strategy:
        assert result.findings  # a file that is not read as a strategy always says why


def dump(data: Any) -> str:
    return str(yaml.dump(data, Dumper=Dumper, allow_unicode=True, sort_keys=False))


@FAST
@given(YAML_LIKE)
def test_the_loader_never_raises_on_yaml_like_text(text: str) -> None:
    doc, problems = load_text(text)
    assert doc is not None or problems
    for problem in problems:
        assert problem.line >= 1 and problem.column >= 1


@FAST
@given(YAML_LIKE, st.sampled_from(["en", "de"]))
def test_the_audit_always_reports_on_yaml_like_text(text: str, lang: str) -> None:
    result = audit_text("intstrat: 1\n" + text, "fuzz.yaml", lang)
    assert_sane(result, "intstrat: 1\n" + text)
    every_report([result], lang)


@FAST
@given(st.binary(max_size=400))
def test_any_bytes_give_a_report(raw: bytes) -> None:
    result = audit_bytes(raw, "bytes.yaml", AuditOptions(lang="en"))
    assert_sane(result)
    every_report([result])


@SLOW
@given(st.sampled_from(SECTIONS), VALUES)
def test_any_value_in_place_of_a_section_gives_a_report(section: str, value: Any) -> None:
    data = dict(BASE)
    data[section] = value
    text = dump(data)
    result = audit_text(text, "section.yaml", "en")
    assert_sane(result, text)
    every_report([result])


def _paths(value: Any, here: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    out = [here]
    if isinstance(value, dict):
        for key, item in value.items():
            out.extend(_paths(item, (*here, key)))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            out.extend(_paths(item, (*here, index)))
    return out


PATHS = [p for p in _paths(BASE) if p]


def _replace(data: Any, path: tuple[Any, ...], value: Any) -> Any:
    if not path:
        return value
    head, rest = path[0], path[1:]
    if isinstance(data, dict):
        return {k: (_replace(v, rest, value) if k == head else v) for k, v in data.items()}
    if isinstance(data, list):
        return [(_replace(v, rest, value) if i == head else v) for i, v in enumerate(data)]
    return data  # an earlier change replaced the path's parent


@SLOW
@given(st.lists(st.tuples(st.sampled_from(PATHS), VALUES), min_size=1, max_size=4))
def test_any_value_anywhere_in_a_real_strategy_gives_a_report(
    changes: list[tuple[tuple[Any, ...], Any]],
) -> None:
    data: Any = BASE
    for path, value in changes:
        data = _replace(data, path, value)
    text = dump(data)
    result = audit_text(text, "mutated.yaml", "de")
    assert_sane(result, text)
    every_report([result])


@SLOW
@given(st.dictionaries(st.sampled_from([*SECTIONS, "intstrat", "language", "extra"]), VALUES,
                       max_size=6))
def test_any_top_level_mapping_gives_a_report(data: dict[str, Any]) -> None:
    data = {"intstrat": 1, **data}
    text = dump(data)
    result = audit_text(text, "top.yaml", "en")
    assert_sane(result, text)
    every_report([result])


def _get(data: Any, path: tuple[Any, ...]) -> Any:
    for part in path:
        data = data[part]
    return data


NUMBER_PATHS = [p for p in PATHS
                if isinstance(_get(BASE, p), int | float) and not isinstance(_get(BASE, p), bool)]


@FAST
@given(st.floats(allow_nan=True, allow_infinity=True) | st.integers(-(10**20), 10**20),
       st.sampled_from(NUMBER_PATHS))
def test_special_numbers_where_numbers_belong_are_findings(
    number: float, path: tuple[Any, ...]
) -> None:
    text = dump(_replace(BASE, path, number))
    result = audit_text(text, "numbers.yaml", "en")
    assert_sane(result, text)
    every_report([result])
    if isinstance(number, float) and not math.isfinite(number):
        assert any(f.rule.startswith("SC") for f in result.findings)


@pytest.mark.parametrize("fmt", sorted(REPORTERS))
def test_reporters_handle_many_broken_files_at_once(fmt: str) -> None:
    texts = ["", "- a", "intstrat: 1\n[", "a: *x", "\x00", dump(BASE)]
    results = [audit_text(t, f"f{i}.yaml", "en") for i, t in enumerate(texts)]
    out = REPORTERS[fmt](results, ReportOptions(lang="en"))
    for i in range(len(texts)):
        assert f"f{i}.yaml" in out


# --- monitor, rank and diff: no input crashes them either (issue 13) -------------------------

LIVING_FORMATS = ("text", "json", "md")


def living_outcomes(text: str) -> None:
    """monitor, rank (both kinds) and diff against the example, in every format, on `text`."""
    import tempfile

    from intstrat.living.commands import (
        DiffRequest,
        MonitorRequest,
        Output,
        RankRequest,
        diff,
        monitor,
        rank,
    )

    with tempfile.TemporaryDirectory() as folder:
        path = str(Path(folder) / "mutated.yaml")
        Path(path).write_bytes(text.encode("utf-8", "surrogatepass"))
        for fmt in LIVING_FORMATS:
            output = Output(fmt, "en")
            outcomes = [
                monitor(MonitorRequest(path, "2026-06-30", output)),
                rank(RankRequest("partners", path, output)),
                rank(RankRequest("projects", path, output)),
                diff(DiffRequest(str(EXAMPLE), path, output)),
                diff(DiffRequest(path, str(EXAMPLE), output, fail_on_regression=True)),
            ]
            for outcome in outcomes:
                assert outcome.exit_code in (0, 1)
                assert outcome.report or outcome.problems
                assert "\x1b" not in outcome.report and "\x07" not in outcome.report
                if fmt == "json" and outcome.report:
                    json.loads(outcome.report)


@FAST
@given(YAML_LIKE)
def test_living_commands_report_on_yaml_like_text(text: str) -> None:
    living_outcomes(text)


@SLOW
@given(st.lists(st.tuples(st.sampled_from(PATHS), VALUES), min_size=1, max_size=4))
def test_living_commands_report_on_any_value_anywhere(
    changes: list[tuple[tuple[Any, ...], Any]],
) -> None:
    data: Any = BASE
    for path, value in changes:
        data = _replace(data, path, value)
    living_outcomes(dump(data))


@SLOW
@given(st.sampled_from(SECTIONS), VALUES)
def test_living_commands_report_on_any_section(section: str, value: Any) -> None:
    data = dict(BASE)
    data[section] = value
    living_outcomes(dump(data))
