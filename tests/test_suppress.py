"""Inline suppression comments: what they hide, how statuses follow, and SU01 for stale ones."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import EXAMPLES, run_intstrat

from intstrat.check.audit import AuditOptions, audit_text
from intstrat.check.suppress import parse
from intstrat.findings import FileResult

DRAFT = (EXAMPLES / "draft.yaml").read_text(encoding="utf-8")
EN = AuditOptions(lang="en")


def _audit(text: str, options: AuditOptions = EN) -> FileResult:
    return audit_text(text, "draft.yaml", options)


def _line_of(result: FileResult, rule: str) -> int:
    return next(f.line for f in result.findings if f.rule == rule)


def _on_line(text: str, line: int, comment: str) -> str:
    lines = text.split("\n")
    lines[line - 1] += f"  {comment}"
    return "\n".join(lines)


def _point(result: FileResult, rule: str) -> bool:
    return next(p.passed for p in (*result.checklist, *result.sections) if p.rule == rule)


def test_the_draft_has_what_these_tests_suppress() -> None:
    plain = _audit(DRAFT)
    assert {"CS01", "CL19", "CO04", "SC02", "CO03"} <= {f.rule for f in plain.findings}
    assert plain.suppressed == 0


def _only_cs01_failing() -> str:
    """The draft with the errors in the data of CS06 and CS09 (a broken reference, a misspelt
    key) suppressed: CS01 is then the only failing section."""
    text = DRAFT
    plain = _audit(text)
    for rule in ("CO03", "SC02"):
        text = _on_line(text, _line_of(plain, rule), f"# intstrat: ignore[{rule}]")
    return text


def test_line_suppression_drops_the_finding_and_passes_the_point() -> None:
    draft = _only_cs01_failing()
    plain = _audit(draft)
    line = _line_of(plain, "CS01")
    result = _audit(_on_line(draft, line, "# intstrat: ignore[CS01]"))
    assert "CS01" not in {f.rule for f in result.findings}
    assert _point(result, "CS01")
    # CL19 (all sections complete) followed: CS01 was its only failing section.
    assert _point(result, "CL19") and not _point(plain, "CL19")
    assert "CL19" not in {f.rule for f in result.findings}
    assert result.suppressed == plain.suppressed + 1
    assert result.score > plain.score
    assert not [f for f in result.findings if f.rule == "SU01"]


def test_several_ids_and_prefixes_in_one_comment() -> None:
    plain = _audit(DRAFT)
    line = _line_of(plain, "CL15")
    on_line = [f for f in plain.findings if f.line == line]
    assert {f.rule for f in on_line} == {"CL14", "CL15"}
    result = _audit(_on_line(DRAFT, line, "# intstrat: ignore[cl14, CL1]"))
    assert not [f for f in result.findings if f.line == line]
    assert result.suppressed == len(on_line)


def test_a_suppression_made_needless_by_another_is_reported() -> None:
    """Suppressing CS01 lets CL19 pass, so a CL19 suppression on that line hides nothing."""
    draft = _only_cs01_failing()
    plain = _audit(draft)
    line = _line_of(plain, "CS01")
    assert _line_of(plain, "CL19") == line
    result = _audit(_on_line(draft, line, "# intstrat: ignore[CS01, CL19]"))
    (unused,) = [f for f in result.findings if f.rule == "SU01"]
    assert unused.text("en") == (
        "'# intstrat: ignore[CL19]' suppresses nothing on this line; remove it"
    )


def test_a_comment_on_another_line_does_not_count() -> None:
    plain = _audit(DRAFT)
    line = _line_of(plain, "CO04")
    result = _audit(_on_line(DRAFT, line + 1, "# intstrat: ignore[CO04]"))
    assert "CO04" in {f.rule for f in result.findings}
    (unused,) = [f for f in result.findings if f.rule == "SU01"]
    assert unused.line == line + 1
    assert unused.text("en") == (
        "'# intstrat: ignore[CO04]' suppresses nothing on this line; remove it"
    )
    assert unused.severity.label == "warning"


def test_file_suppression_in_the_head() -> None:
    text = "# intstrat: ignore-file[CO04, SC02]\n" + DRAFT
    result = _audit(text)
    rules = {f.rule for f in result.findings}
    assert not rules & {"CO04", "SC02", "SU01"}
    assert result.suppressed == sum(1 for f in _audit(DRAFT).findings
                                    if f.rule in ("CO04", "SC02"))


def test_file_suppression_below_the_head_is_reported_and_has_no_effect() -> None:
    text = "\n" * 10 + "# intstrat: ignore-file[CO04]\n" + DRAFT
    result = _audit(text)
    assert "CO04" in {f.rule for f in result.findings}
    (late,) = [f for f in result.findings if f.rule == "SU01"]
    assert late.line == 11
    assert late.text("en") == ("'# intstrat: ignore-file[CO04]' only works in the first 10 lines; "
                            "move it up")


def test_unknown_rule_and_unused_file_suppression_in_german() -> None:
    text = "# intstrat: ignore-file[ZZ09, CO06]\n" + DRAFT
    result = _audit(text, AuditOptions(lang="de"))
    messages = sorted(f.text("de") for f in result.findings if f.rule == "SU01")
    assert messages == [
        "'# intstrat: ignore-file[CO06]' unterdrückt in dieser Datei nichts; bitte entfernen",
        "Unterdrückung nennt die unbekannte Regel 'ZZ09' (siehe `intstrat rules`)",
    ]
    assert all(f.line == 1 and f.column == 1 for f in result.findings if f.rule == "SU01")


def test_suppressions_of_switched_off_rules_are_not_reported() -> None:
    text = "# intstrat: ignore-file[CO06, CL]\n" + DRAFT
    result = _audit(text, AuditOptions(lang="en", select=("SC", "SU")))
    assert [f.rule for f in result.findings] == ["SC02"]


def test_su01_can_be_ignored_and_suppression_switched_off() -> None:
    text = "# intstrat: ignore-file[CO06]\n" + DRAFT
    assert "SU01" not in {f.rule for f in _audit(text, AuditOptions(lang="en",
                                                                   ignore=("SU01",))).findings}
    plain = _audit(DRAFT)
    line = _line_of(plain, "CS01")
    off = _audit(_on_line(DRAFT, line, "# intstrat: ignore[CS01]"),
                 AuditOptions(lang="en", suppress=False))
    assert "CS01" in {f.rule for f in off.findings} and off.suppressed == 0


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("a: 1  # intstrat: ignore[CL07]\n", [(1, 7, "line", ("CL07",))]),
        ("a: 1 #intstrat:ignore[cl07,CS]\n", [(1, 6, "line", ("CL07", "CS"))]),
        ("# intstrat: ignore-file[CO04]\n", [(1, 1, "file", ("CO04",))]),
        ("url: http://x/#intstrat: ignore[CL07]\n", []),  # no comment: '#' inside a word
        ("a: 1  # intstrat: ignore[]\n", []),
        ("a: 1  # intstrat: ignore CL07\n", []),
    ],
    ids=["plain", "compact-lowercase", "file", "inside-value", "empty", "no-brackets"],
)
def test_parse(text: str, found: list[tuple[int, int, str, tuple[str, ...]]]) -> None:
    got = [(d.line, d.column, d.scope, d.rules) for d in parse(text).directives]
    assert got == found


def test_suppressed_count_in_json_and_reports(tmp_path: Path) -> None:
    plain = _audit(DRAFT)
    line = _line_of(plain, "CS01")
    (tmp_path / "draft.yaml").write_text(_on_line(DRAFT, line, "# intstrat: ignore[CS01]"),
                                         encoding="utf-8")
    result = run_intstrat("check", "--format", "json", "--lang", "en", "--no-config",
                          "draft.yaml", cwd=tmp_path, env={"GITHUB_ACTIONS": ""})
    (entry,) = json.loads(result.stdout)["files"]
    assert entry["suppressed"] == 1
    text = run_intstrat("check", "--lang", "en", "--no-config", "draft.yaml", cwd=tmp_path,
                        env={"GITHUB_ACTIONS": "", "NO_COLOR": "1"})
    assert "1 suppressed" in text.stdout
