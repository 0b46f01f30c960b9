"""Every rule against its own cases: `tests/rules/<RULE>.yaml`, one passing and one failing
strategy snippet at least, with the exact line, column and message a user reads.

Case file format (one file per rule id)::

    rule: CL02
    pass:
      - id: kickoff-in-month-three     # pytest id "CL02-pass-kickoff-in-month-three"
        lang: en                       # optional, default en: the language of the messages
        strategy: |
          intstrat: 1
          ...
    fail:
      - id: kickoff-nine-months-late
        strategy: |
          ...
        findings:                      # exactly this rule's findings, in report order
          - {line: 9, column: 5, message: "the kick-off (2024-10-01) is ..."}

Instead of `strategy` a case may give the raw file as `strategy_bytes_hex` (hex digits, spaces
allowed) or `strategy_b64` (base64), for encoding cases that YAML text cannot hold.
A case may carry `xfail: "reason"` when the rule is known to be wrong there; the test then
must fail (strict), so a fix is noticed. A case may carry `baseline:`, the entries of a
`--baseline` file (docs/ci.md; `file` is the case's own file), for the baseline's rule SU02.
A case may carry `as_of: YYYY-MM-DD`, the review date (`check --as-of`); the default is the fixed
CASE_AS_OF, so a case does not change its verdict as the calendar moves on. A case may carry
`require_evidence: true` (`check --require-evidence`). Evidence paths are relative to the folder
the tests run in (the case's file is `case.yaml` there).

Findings of other rules are ignored: a minimal snippet often fails points it does not address.
"""

from __future__ import annotations

import base64
import datetime as dt
import json
import os
import subprocess
import sys
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import pytest
import yaml

import intstrat
from intstrat.check.audit import AuditOptions, audit_bytes
from intstrat.rules import all_rules

CASES_DIR = Path(__file__).parent / "rules"
CASE_KEYS = {"id", "lang", "strategy", "strategy_bytes_hex", "strategy_b64", "findings", "xfail",
             "baseline", "as_of", "require_evidence"}
SOURCE_KEYS = ("strategy", "strategy_bytes_hex", "strategy_b64")
FINDING_KEYS = {"line", "column", "message"}

Located = tuple[int, int, str]

CASE_AS_OF = dt.date(2026, 12, 1)


@dataclass(frozen=True)
class Case:
    rule: str
    kind: str  # "pass" or "fail"
    name: str
    lang: str
    raw: bytes
    findings: tuple[Located, ...]
    xfail: str | None
    baseline: str | None = None  # the JSON text of a baseline file, when the case has one
    as_of: dt.date = CASE_AS_OF
    require_evidence: bool = False

    @property
    def test_id(self) -> str:
        return f"{self.rule}-{self.kind}-{self.name}"


def _raw(entry: dict[str, Any], where: str) -> bytes:
    given = [k for k in SOURCE_KEYS if k in entry]
    if len(given) != 1:
        raise ValueError(f"{where}: give exactly one of {', '.join(SOURCE_KEYS)}")
    value = entry[given[0]]
    if not isinstance(value, str):
        raise ValueError(f"{where}: {given[0]} must be text")
    if given[0] == "strategy":
        return value.encode("utf-8")
    if given[0] == "strategy_bytes_hex":
        return bytes.fromhex("".join(value.split()))
    return base64.b64decode(value, validate=False)


def _case(rule: str, kind: str, entry: Any, where: str) -> Case:
    if not isinstance(entry, dict):
        raise ValueError(f"{where}: a case is a mapping")
    unknown = set(entry) - CASE_KEYS
    if unknown:
        raise ValueError(f"{where}: unknown keys {sorted(unknown)}")
    name = entry.get("id")
    if not isinstance(name, str) or not name:
        raise ValueError(f"{where}: a case needs an id")
    expected: list[Located] = []
    if kind == "fail":
        listed = entry.get("findings")
        if not isinstance(listed, list) or not listed:
            raise ValueError(f"{where} ({name}): a fail case lists at least one finding")
        for item in listed:
            if not isinstance(item, dict) or set(item) != FINDING_KEYS:
                raise ValueError(f"{where} ({name}): a finding is {{line, column, message}}")
            expected.append((int(item["line"]), int(item["column"]), str(item["message"])))
    elif "findings" in entry:
        raise ValueError(f"{where} ({name}): a pass case has no findings")
    xfail = entry.get("xfail")
    return Case(
        rule=rule,
        kind=kind,
        name=name,
        lang=str(entry.get("lang", "en")),
        raw=_raw(entry, f"{where} ({name})"),
        findings=tuple(expected),
        xfail=str(xfail) if xfail else None,
        baseline=_baseline(entry.get("baseline")),
        as_of=_day(entry.get("as_of", CASE_AS_OF)),
        require_evidence=entry.get("require_evidence") is True,
    )


def _day(value: Any) -> dt.date:
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value))


def _baseline(entries: Any) -> str | None:
    if entries is None:
        return None
    listed = [{"file": "case.yaml", **entry} for entry in entries]
    return json.dumps({"intstrat_baseline": 1, "findings": listed})


def load_case_file(path: Path) -> tuple[str, list[Case]]:
    """The rule id and the cases of one case file; malformed files raise ValueError."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    if not isinstance(data, dict) or set(data) - {"rule", "pass", "fail"}:
        raise ValueError(f"{path.name}: expected the keys rule, pass, fail")
    rule = data.get("rule")
    if rule != path.stem:
        raise ValueError(f"{path.name}: 'rule: {rule}' does not match the file name")
    cases: list[Case] = []
    for kind in ("pass", "fail"):
        entries = data.get(kind) or []
        if not isinstance(entries, list):
            raise ValueError(f"{path.name}: '{kind}' is a list of cases")
        cases.extend(
            _case(rule, kind, e, f"{path.name} {kind}[{i}]") for i, e in enumerate(entries)
        )
    ids = [c.test_id for c in cases]
    duplicates = sorted({i for i in ids if ids.count(i) > 1})
    if duplicates:
        raise ValueError(f"{path.name}: duplicate case ids {duplicates}")
    return rule, cases


def all_cases() -> list[Case]:
    cases: list[Case] = []
    for path in sorted(CASES_DIR.glob("*.yaml")):
        cases.extend(load_case_file(path)[1])
    return cases


def _param(case: Case) -> Any:
    marks = [pytest.mark.xfail(reason=case.xfail, strict=True)] if case.xfail else []
    return pytest.param(case, id=case.test_id, marks=marks)


CASES = all_cases()


def findings_of(case: Case) -> list[Located]:
    options = AuditOptions(lang=case.lang, as_of=case.as_of,
                           require_evidence=case.require_evidence)
    result = audit_bytes(case.raw, "case.yaml", options)
    if case.baseline is not None:
        from intstrat.check import baseline

        recorded = baseline.parse(case.baseline, Path("intstrat-baseline.json"))
        result = baseline.apply_one(result, replace(recorded, folder=Path.cwd()), options)
    return [(f.line, f.column, f.text(case.lang)) for f in result.findings if f.rule == case.rule]


@pytest.mark.parametrize("case", [_param(c) for c in CASES if c.kind == "pass"])
def test_rule_passes(case: Case) -> None:
    assert findings_of(case) == []


@pytest.mark.parametrize("case", [_param(c) for c in CASES if c.kind == "fail"])
def test_rule_fails(case: Case) -> None:
    assert findings_of(case) == list(case.findings)


def test_case_files_name_known_rules() -> None:
    rules = all_rules()
    for path in sorted(CASES_DIR.glob("*.yaml")):
        assert path.stem in rules, f"{path.name}: no rule {path.stem} in the registry"


def _first_fail_cases() -> list[Any]:
    seen: dict[str, Case] = {}
    for case in CASES:
        if case.kind == "fail" and not case.xfail and case.rule not in seen:
            seen[case.rule] = case
    return [pytest.param(c, id=c.test_id) for c in seen.values()]


@pytest.mark.parametrize("case", _first_fail_cases())
def test_cli_reports_first_fail_case(case: Case, tmp_path: Path) -> None:
    """The real command line, as CI runs it, reports the rule at the same place."""
    target = tmp_path / "case.yaml"
    target.write_bytes(case.raw)
    with_baseline: list[str] = []
    if case.baseline is not None:
        (tmp_path / "intstrat-baseline.json").write_text(case.baseline, encoding="utf-8")
        with_baseline = ["--baseline", str(tmp_path / "intstrat-baseline.json")]
    env = dict(os.environ)
    source = str(Path(intstrat.__file__).resolve().parents[1])
    env["PYTHONPATH"] = os.pathsep.join(p for p in (source, env.get("PYTHONPATH")) if p)
    env.pop("NO_COLOR", None)
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "intstrat",
            "check",
            "--format",
            "json",
            "--lang",
            case.lang,
            "--as-of",
            case.as_of.isoformat(),
            str(target),
            *with_baseline,
        ],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        timeout=60,
        check=False,
    )
    assert done.returncode != 2, done.stderr
    assert "Traceback" not in done.stderr
    report = json.loads(done.stdout)
    reported = [
        (f["line"], f["column"], f["message"])
        for f in report["files"][0]["findings"]
        if f["rule"] == case.rule
    ]
    assert reported == list(case.findings)
    if all_rules()[case.rule].severity.label == "error":
        assert done.returncode == 1


def _run_check(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ)
    source = str(Path(intstrat.__file__).resolve().parents[1])
    env["PYTHONPATH"] = os.pathsep.join(p for p in (source, env.get("PYTHONPATH")) if p)
    return subprocess.run(
        [sys.executable, "-m", "intstrat", "check", "--format", "json", *args],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        timeout=60,
        check=False,
    )


def test_cli_reports_file_above_max_size(tmp_path: Path) -> None:
    """YA05 for a file above --max-size: a strategy snippet cannot show it, the CLI can."""
    target = tmp_path / "big.yaml"
    target.write_text("intstrat: 1\nlanguage: en\n" + "# padding\n" * 50, encoding="utf-8")
    size = target.stat().st_size
    done = _run_check(tmp_path, "--max-size", "100", "--lang", "en", str(target))
    report = json.loads(done.stdout)
    reported = [
        (f["line"], f["column"], f["message"])
        for f in report["files"][0]["findings"]
        if f["rule"] == "YA05"
    ]
    assert reported == [
        (1, 1, f"the file has {size} bytes, more than the limit of 100 (raise it with --max-size)")
    ]
    assert done.returncode == 1
