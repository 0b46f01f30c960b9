"""The fidelity corpus: does `intstrat check` give the verdict a careful reviewer gives?

Each case is a base strategy (tests/fidelity/bases/) plus a few changes and the reviewer's verdict
per point (CL01-CL19, CS01-CS10) at a review date. The harness builds every case's strategy, runs
the real CLI (`python -m intstrat check FILES --as-of DATE --format json`), compares point by point
and fails below 100 % agreement, printing the figures and every disagreement.

Run it alone for the report: `python tests/fidelity/test_fidelity.py` (or pytest with -s).
INTSTRAT_FIDELITY_NO_AS_OF=1 leaves `--as-of` out, to measure a checkout that lacks the option
(the date-dependent cases are then judged at today's date and may disagree for that reason).
"""

from __future__ import annotations

import copy
import datetime as dt
import functools
import json
import os
import re
import subprocess
import sys
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
import yaml

HERE = Path(__file__).resolve().parent
BASES = HERE / "bases"
CASES = HERE / "cases"
BASE_INDEX = HERE / "bases.yaml"

CHECKLIST = tuple(f"CL{n:02d}" for n in range(1, 20))
SECTIONS = tuple(f"CS{n:02d}" for n in range(1, 11))
POINTS = CHECKLIST + SECTIONS
VERDICTS = ("pass", "fail", "waived")
MIN_CASES = 60

_STEP = re.compile(r"^(?P<key>[^\[\]]+)?(?P<indexes>(\[-?\d+\])*)$")
_INDEX = re.compile(r"\[(-?\d+)\]")


@dataclass
class Case:
    """One strategy of the corpus with the reviewer's verdict per point."""

    id: str
    base: str
    as_of: dt.date
    changes: list[dict[str, Any]]
    expect: dict[str, str]
    why: str
    source: str
    verdicts: dict[str, str] = field(default_factory=dict)

    def reviewer(self, point: str) -> str:
        return self.expect.get(point, "pass")


class CorpusError(ValueError):
    """A case that cannot be built as written (a typo in a path, an unknown base...)."""


# --- building a case's strategy ------------------------------------------------------------------


def _steps(path: str) -> list[str | int]:
    """`a.b[2].c` -> ['a', 'b', 2, 'c']."""
    steps: list[str | int] = []
    for part in path.split("."):
        match = _STEP.match(part)
        if not match or (match["key"] is None and not match["indexes"]):
            raise CorpusError(f"bad path step {part!r} in {path!r}")
        if match["key"] is not None:
            steps.append(match["key"])
        steps.extend(int(i) for i in _INDEX.findall(match["indexes"]))
    return steps


def _walk(data: Any, steps: list[str | int], path: str) -> Any:
    node = data
    for step in steps:
        try:
            node = node[step]
        except (KeyError, IndexError, TypeError) as exc:
            raise CorpusError(f"path {path!r} does not exist (at {step!r})") from exc
    return node


def apply_change(data: dict[str, Any], change: dict[str, Any]) -> None:
    """Apply one `set`, `delete` or `append` change in place."""
    ops = [op for op in ("set", "delete", "append") if op in change]
    if len(ops) != 1:
        raise CorpusError(f"a change needs exactly one of set/delete/append: {change!r}")
    op = ops[0]
    path = str(change[op])
    steps = _steps(path)
    parent = _walk(data, steps[:-1], path)
    last = steps[-1]
    if op == "set":
        if "value" not in change:
            raise CorpusError(f"set {path!r} has no value")
        value = copy.deepcopy(change["value"])
        if isinstance(parent, list):
            if not (isinstance(last, int) and -len(parent) <= last < len(parent)):
                raise CorpusError(f"set {path!r}: no such list entry")
            parent[last] = value
        elif isinstance(parent, dict):
            parent[last] = value  # a new key is allowed: `set` also adds fields
        else:
            raise CorpusError(f"set {path!r}: parent is not a mapping or list")
    elif op == "delete":
        _walk(data, steps, path)  # must exist: a delete of nothing is a typo
        del parent[last]
    else:
        target = _walk(data, steps, path)
        if not isinstance(target, list):
            raise CorpusError(f"append {path!r}: not a list")
        target.append(copy.deepcopy(change["value"]))


def _load_yaml(path: Path) -> Any:
    with path.open(encoding="utf-8") as stream:
        return yaml.safe_load(stream)


def base_index() -> dict[str, dt.date]:
    """Base file name -> the review date at which it passes every point."""
    raw = _load_yaml(BASE_INDEX)
    return {name: _date(entry["as_of"], name) for name, entry in raw.items()}


def _date(value: Any, where: str) -> dt.date:
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError as exc:
        raise CorpusError(f"{where}: as_of {value!r} is not a date") from exc


def load_base(name: str) -> dict[str, Any]:
    """A fresh copy of a base, to change at will."""
    return copy.deepcopy(_read_base(name))


@functools.cache
def _read_base(name: str) -> dict[str, Any]:
    path = BASES / name
    if not path.is_file():
        raise CorpusError(f"unknown base {name!r}")
    data = _load_yaml(path)
    if not isinstance(data, dict):
        raise CorpusError(f"base {name!r} is not a mapping")
    return data


def load_cases() -> list[Case]:
    """Every base as it is (at its as_of), then every case of tests/fidelity/cases/*.yaml."""
    index = base_index()
    cases = [
        Case(f"{name.removesuffix('.yaml')}-as-is", name, as_of, [], {}, "The base itself.",
             "bases.yaml")
        for name, as_of in index.items()
    ]
    for file in sorted(CASES.glob("*.yaml")):
        for entry in _load_yaml(file) or []:
            where = f"{file.name}: {entry.get('id', '?')}"
            base = entry.get("base")
            if base not in index:
                raise CorpusError(f"{where}: base {base!r} is not listed in bases.yaml")
            expect = {str(k): str(v) for k, v in (entry.get("expect") or {}).items()}
            for point, verdict in expect.items():
                if point not in POINTS or verdict not in VERDICTS:
                    raise CorpusError(f"{where}: bad expectation {point}: {verdict}")
            if not str(entry.get("why", "")).strip():
                raise CorpusError(f"{where}: no why")
            cases.append(Case(
                id=str(entry["id"]), base=base,
                as_of=_date(entry.get("as_of", index[base]), where),
                changes=list(entry.get("changes") or []), expect=expect,
                why=" ".join(str(entry["why"]).split()), source=file.name,
            ))
    ids = [case.id for case in cases]
    duplicates = sorted({i for i in ids if ids.count(i) > 1})
    if duplicates:
        raise CorpusError(f"duplicate case ids: {', '.join(duplicates)}")
    return cases


def build(case: Case, folder: Path) -> Path:
    data = load_base(case.base)
    for change in case.changes:
        try:
            apply_change(data, change)
        except CorpusError as exc:
            raise CorpusError(f"{case.id}: {exc}") from exc
    path = folder / f"{case.id}.yaml"
    path.write_text(yaml.safe_dump(data, sort_keys=False, allow_unicode=True), encoding="utf-8")
    return path


# --- running intstrat ----------------------------------------------------------------------------


def _status(entry: dict[str, Any]) -> str:
    status = entry.get("status")
    if status is not None:
        return {"passed": "pass", "failed": "fail", "waived": "waived"}.get(str(status),
                                                                          str(status))
    return "pass" if entry.get("passed") else "fail"


def run_check(paths: list[Path], as_of: dt.date, cwd: Path) -> dict[str, dict[str, str]]:
    """Verdict per point for each file, from one `intstrat check` run at one review date."""
    args = [sys.executable, "-m", "intstrat", "check", *(p.name for p in paths),
            "--format", "json", "--no-config", "--lang", "en"]
    if not os.environ.get("INTSTRAT_FIDELITY_NO_AS_OF"):
        args += ["--as-of", as_of.isoformat()]
    env = {**os.environ, "GITHUB_ACTIONS": ""}
    proc = subprocess.run(args, cwd=cwd, capture_output=True, text=True, timeout=600,
                          env=env, check=False)
    if proc.returncode not in (0, 1):
        raise AssertionError(
            f"intstrat check exited {proc.returncode} (set INTSTRAT_FIDELITY_NO_AS_OF=1 if this "
            f"checkout has no --as-of yet):\n{proc.stderr[-2000:]}")
    report = json.loads(proc.stdout)
    result: dict[str, dict[str, str]] = {}
    for entry in report["files"]:
        name = Path(entry["path"]).name
        points = {item["rule"]: _status(item)
                  for item in [*entry.get("checklist", []), *entry.get("sections", [])]}
        result[name] = {point: points.get(point, "missing") for point in POINTS}
    return result


def judge(cases: list[Case], folder: Path) -> list[Case]:
    """Fill every case's `verdicts` with intstrat's verdict per point."""
    folder.mkdir(parents=True, exist_ok=True)
    by_date: dict[dt.date, list[tuple[Case, Path]]] = defaultdict(list)
    for case in cases:
        by_date[case.as_of].append((case, build(case, folder)))
    for as_of, group in sorted(by_date.items()):
        verdicts = run_check([path for _, path in group], as_of, folder)
        for case, path in group:
            case.verdicts = verdicts.get(path.name, dict.fromkeys(POINTS, "missing"))
    return cases


# --- the figures ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Figures:
    strategies: int
    strategies_agreeing: int
    points: int
    points_agreeing: int
    reviewer_fails: int
    caught: int
    intstrat_fails: int
    rightly_failed: int

    @staticmethod
    def share(part: int, whole: int) -> float:
        return 100.0 * part / whole if whole else 100.0

    def lines(self) -> list[str]:
        return [
            f"(a) strategies agreeing on every point: {self.strategies_agreeing}/"
            f"{self.strategies} = {self.share(self.strategies_agreeing, self.strategies):.1f} %",
            f"(b) points agreeing: {self.points_agreeing}/{self.points} = "
            f"{self.share(self.points_agreeing, self.points):.1f} %",
            f"(c) recall, reviewer's fails that intstrat fails: {self.caught}/"
            f"{self.reviewer_fails} = {self.share(self.caught, self.reviewer_fails):.1f} %",
            f"(d) precision, intstrat's fails the reviewer fails: {self.rightly_failed}/"
            f"{self.intstrat_fails} = {self.share(self.rightly_failed, self.intstrat_fails):.1f} %",
        ]

    @property
    def perfect(self) -> bool:
        return self.points_agreeing == self.points


def figures(cases: list[Case]) -> Figures:
    agreeing = points = points_agreeing = reviewer_fails = caught = ours = right = 0
    for case in cases:
        whole = True
        for point in POINTS:
            want, got = case.reviewer(point), case.verdicts[point]
            points += 1
            points_agreeing += want == got
            whole = whole and want == got
            reviewer_fails += want == "fail"
            caught += want == "fail" and got == "fail"
            ours += got == "fail"
            right += got == "fail" and want == "fail"
        agreeing += whole
    return Figures(len(cases), agreeing, points, points_agreeing, reviewer_fails, caught, ours,
                   right)


def disagreements(cases: list[Case]) -> list[tuple[str, str, str, str, str]]:
    rows = []
    for case in cases:
        for point in POINTS:
            want, got = case.reviewer(point), case.verdicts[point]
            if want != got:
                rows.append((case.id, point, want, got, case.why))
    return rows


def report(cases: list[Case]) -> str:
    """The four figures, then every disagreement; a strategy intstrat gave no verdict at all
    (not read as a strategy) is one line, not 29."""
    fig = figures(cases)
    lines = ["Fidelity corpus: intstrat against a careful reviewer of the guide", *fig.lines()]
    unread = [c for c in cases if all(v == "missing" for v in c.verdicts.values())]
    if unread and len(unread) < len(cases):
        read = [c for c in cases if c not in unread]
        lines += ["", f"Over the {len(read)} strategies intstrat could read:",
                  *figures(read).lines()]
    if unread:
        lines += ["", f"{len(unread)} strategies got no verdict on any point (not read as a "
                  "strategy; counted as disagreeing on all 29):"]
        lines += [f"  {c.id} ({c.base} at {c.as_of})" for c in unread]
    rows = disagreements([c for c in cases if c not in unread])
    if rows:
        lines += ["", f"{len(rows)} disagreements on the other strategies "
                  "(case, point, reviewer, intstrat, why):"]
        width = max(len(r[0]) for r in rows)
        lines += [f"  {c:<{width}}  {p}  {w:<6}  {g:<7}  {why}" for c, p, w, g, why in rows]
        per_point: dict[str, int] = defaultdict(int)
        for row in rows:
            per_point[row[1]] += 1
        lines += ["", "per point: " + ", ".join(f"{p} {n}" for p, n in sorted(per_point.items()))]
    return "\n".join(lines)


# --- the tests -----------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def judged(tmp_path_factory: pytest.TempPathFactory) -> list[Case]:
    return judge(load_cases(), tmp_path_factory.mktemp("fidelity"))


def test_corpus_is_well_formed() -> None:
    """Every case builds (paths exist), names a listed base, and the corpus is large enough."""
    cases = load_cases()
    written = [case for case in cases if case.source != "bases.yaml"]
    assert len(written) >= MIN_CASES, f"only {len(written)} cases, at least {MIN_CASES} wanted"
    for case in written:
        data = load_base(case.base)
        for change in case.changes:
            apply_change(data, change)
    languages = {load_base(name)["language"] for name in base_index()}
    versions = {load_base(name)["intstrat"] for name in base_index()}
    assert languages == {"en", "de"} and versions == {1, 2}


@pytest.mark.parametrize(("change", "problem"), [
    ({"set": "measures.kickof.date", "value": "2025-01-01"}, "does not exist"),
    ({"delete": "concept.goals.long_term[7]"}, "does not exist"),
    ({"append": "measures.kickoff", "value": 1}, "not a list"),
    ({"set": "concept.limits[9]", "value": "x"}, "no such list entry"),
    ({"set": "concept.limits"}, "has no value"),
    ({"set": "a..b", "value": 1}, "bad path step"),
    ({"set": "concept.limits", "delete": "concept.limits", "value": 1}, "exactly one"),
])
def test_a_mistyped_change_is_an_error(change: dict[str, Any], problem: str) -> None:
    """A typo in a case must not silently build the unchanged base (a case that cannot fail)."""
    data = load_base("medtech-sachsen.yaml")
    with pytest.raises(CorpusError, match=problem):
        apply_change(data, change)


def test_changes_apply_in_order() -> None:
    data = load_base("medtech-sachsen.yaml")
    apply_change(data, {"set": "concept.limits[0]", "value": "first"})
    apply_change(data, {"append": "concept.limits", "value": "last"})
    apply_change(data, {"delete": "concept.limits[1]"})
    apply_change(data, {"set": "waivers", "value": [{"point": "CL11"}]})
    assert data["concept"]["limits"] == ["first", "last"]
    assert data["waivers"] == [{"point": "CL11"}]


def test_format_one_bases_match_the_schema() -> None:
    """Format-1 bases must be valid against today's schema (format 2 follows v2spec)."""
    import jsonschema

    schema = json.loads((HERE.parents[1] / "schemas" / "strategy.schema.json").read_text("utf-8"))
    for name in base_index():
        data = json.loads(json.dumps(load_base(name), default=str))
        if data["intstrat"] == 1:
            validator = jsonschema.validators.validator_for(schema)(schema)
            errors = sorted(validator.iter_errors(data), key=str)
            assert not errors, f"{name}: {errors[0].message} at {list(errors[0].path)}"


@pytest.mark.parametrize("name", sorted(base_index()))
def test_base_passes_every_point(name: str, judged: list[Case]) -> None:
    case = next(c for c in judged if c.id == f"{name.removesuffix('.yaml')}-as-is")
    failing = {p: v for p, v in case.verdicts.items() if v != "pass"}
    assert not failing, f"{name} at {case.as_of}: {failing}"


def test_agreement_with_the_reviewer(judged: list[Case]) -> None:
    text = report(judged)
    print(text)
    assert figures(judged).perfect, text


def main() -> int:
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        cases = judge(load_cases(), Path(folder))
    print(report(cases))
    return 0 if figures(cases).perfect else 1


if __name__ == "__main__":
    raise SystemExit(main())
