"""The CI report formats: SARIF against the official schema, GitHub/JUnit/Markdown goldens."""

from __future__ import annotations

import json
import os
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import jsonschema
import pytest
from conftest import EXAMPLES, run_intstrat

from intstrat.check.audit import AuditOptions, audit_text
from intstrat.findings import FileResult, Finding, PointStatus, Severity
from intstrat.i18n import languages
from intstrat.reporters import FORMAT_ALIASES, REPORTERS, ReportOptions
from intstrat.reporters.github import annotation, escape_data, escape_property
from intstrat.reporters.sarif import fingerprint
from intstrat.rules import all_rules

HERE = Path(__file__).resolve().parent
GOLDEN = HERE / "golden" / "ci"
SARIF_SCHEMA = HERE / "data" / "sarif-schema-2.1.0.json"
# Only these rules, so the goldens change when the CI formats change, not with every rule tweak.
GOLDEN_SELECT = "CL07,CS01,CO,SC,YA,SU"
CI_ENV = {"GITHUB_ACTIONS": "", "GITHUB_WORKSPACE": "", "CI_PROJECT_DIR": "", "CI": "",
          "NO_COLOR": "1"}


def test_every_format_choice_has_a_reporter() -> None:
    """The --format choice comes from REPORTERS; each returns text for no result and a real one."""
    import warnings

    import click

    with warnings.catch_warnings():
        # typer 0.19 touches a click helper that click 8.2+ marks as deprecated.
        warnings.simplefilter("ignore", DeprecationWarning)
        import typer.main

        from intstrat.cli import app

    command = typer.main.get_command(app)
    assert isinstance(command, click.Group)
    check = command.commands["check"]
    (fmt,) = [p for p in check.params if p.name == "format"]
    assert isinstance(fmt.type, click.Choice)
    assert set(fmt.type.choices) == set(REPORTERS) | set(FORMAT_ALIASES)
    assert set(REPORTERS) == {"text", "json", "sarif", "junit", "github", "markdown", "gitlab"}
    assert all(target in REPORTERS for target in FORMAT_ALIASES.values())
    result = audit_text((EXAMPLES / "draft.yaml").read_text(encoding="utf-8"), "draft.yaml",
                        AuditOptions(lang="en"))
    for name, reporter in REPORTERS.items():
        for lang in languages():
            text = reporter([result], ReportOptions(lang=lang))
            assert text.endswith("\n") and len(text) > 20, (name, lang)
            empty = reporter([], ReportOptions(lang=lang))
            assert isinstance(empty, str), (name, lang)


def _result(*severities: Severity, score_of: tuple[int, int] = (16, 29)) -> FileResult:
    """A strategy with the given findings; `score_of` points of 29 pass (16 → 55.2 %)."""
    findings = tuple(Finding("a.yaml", i, 1, "CO04", s, f"gap {i}", f"x.{i}")
                     for i, s in enumerate(severities, start=1))
    passed, total = score_of
    points = tuple(PointStatus(f"CL{i:02d}", i <= passed, "10")
                   for i in range(1, 20))
    sections = tuple(PointStatus(f"CS{i:02d}", 19 + i <= passed, "8")
                     for i in range(1, total - 19 + 1))
    return FileResult("a.yaml", findings, points, sections)


@pytest.mark.parametrize(
    ("lang", "expected"),
    [("en", "1 error, 2 warnings, 1 note"), ("de", "1 Fehler, 2 Warnungen, 1 Hinweis")],
)
def test_counts_are_plurals_not_parentheses(lang: str, expected: str) -> None:
    result = _result(Severity.ERROR, Severity.WARNING, Severity.WARNING, Severity.INFO)
    for name in ("text", "github"):
        text = REPORTERS[name]([result], ReportOptions(lang=lang))
        assert expected in text, name
        assert "(s)" not in text and "(en)" not in text and "(e)" not in text, name


@pytest.mark.parametrize(
    ("lang", "one", "two"),
    [("en", "1 file checked, 1 with findings", "2 files checked, 1 with findings"),
     ("de", "1 Datei geprüft, 1 mit Befunden", "2 Dateien geprüft, 1 mit Befunden")],
)
def test_files_checked_counts_in_words(lang: str, one: str, two: str) -> None:
    failing, clean = _result(Severity.ERROR), _result()
    for name in ("github", "markdown"):
        assert one in REPORTERS[name]([failing], ReportOptions(lang=lang)), name
        assert two in REPORTERS[name]([failing, clean], ReportOptions(lang=lang)), name
    assert two in REPORTERS["text"]([failing, clean], ReportOptions(lang=lang))


@pytest.mark.parametrize(("lang", "score"), [("en", "55.2 %"), ("de", "55,2 %")])
def test_the_score_is_written_the_languages_way_in_every_report(lang: str, score: str) -> None:
    result = _result(Severity.ERROR)
    assert result.score == 55.2
    for name in ("text", "github", "markdown"):
        assert score in REPORTERS[name]([result], ReportOptions(lang=lang)), name
    # Machine fields keep the number as a number.
    junit = ET.fromstring(REPORTERS["junit"]([result], ReportOptions(lang=lang)))
    assert {p.get("name"): p.get("value") for p in junit.iter("property")}["score"] == "55.2"
    payload = json.loads(REPORTERS["json"]([result], ReportOptions(lang=lang)))
    assert payload["files"][0]["score"] == 55.2


@pytest.mark.parametrize(
    ("lang", "words"),
    [("en", ("error", "warning", "note")), ("de", ("Fehler", "Warnung", "Hinweis"))],
)
def test_one_word_per_severity_in_every_report(lang: str, words: tuple[str, ...]) -> None:
    levels = (Severity.ERROR, Severity.WARNING, Severity.INFO)
    for level, word in zip(levels, words, strict=True):
        result = _result(level)
        text = REPORTERS["text"]([result], ReportOptions(lang=lang))
        assert f"a.yaml:1:1: {word} gap 1 [CO04]" in text
        markdown = REPORTERS["markdown"]([result], ReportOptions(lang=lang))
        assert f"| 1 | {word} | gap 1 |" in markdown
        junit = REPORTERS["junit"]([result], ReportOptions(lang=lang, fail_on=Severity.INFO))
        assert f"a.yaml:1:1: {word}: gap 1 [CO04]" in junit
        # The counts use the same word: "0 notes" / "0 Hinweise".
        plural = {"note": "notes", "Hinweis": "Hinweise"}.get(word)
        if plural:
            assert f"0 {plural}" in REPORTERS["text"]([_result(Severity.ERROR)],
                                                      ReportOptions(lang=lang))
    sarif = json.loads(REPORTERS["sarif"]([_result(Severity.INFO)], ReportOptions(lang=lang)))
    # The protocol's own level names stay whatever the language.
    assert sarif["runs"][0]["results"][0]["level"] == "note"
    github = REPORTERS["github"]([_result(Severity.INFO)], ReportOptions(lang=lang))
    assert "::notice file=a.yaml," in github


def test_german_reports_bring_no_english_words() -> None:
    result = _result(Severity.ERROR, Severity.WARNING, Severity.INFO)
    broken = FileResult("b.yaml", (Finding("b.yaml", 1, 1, "YA01", Severity.ERROR, "x", "y"),),
                        is_strategy=False, suppressed=2)
    options = ReportOptions(lang="de", statistics=True)
    text = REPORTERS["text"]([result, broken], options)
    assert "Checkliste 16/19, Abschnitte 0/10, Punktzahl 55,2 %" in text
    assert "(nicht als Strategie lesbar)" in text and "(Kap. 10)" in text
    markdown = REPORTERS["markdown"]([result, broken], options)
    assert "| Datei | Punktzahl | Checkliste | Abschnitte | Fehler | Warnungen | Hinweise |" in \
        markdown
    assert "2 Befunde durch Kommentare unterdrückt." in markdown
    junit = REPORTERS["junit"]([result, broken], options)
    assert 'message="1 Befund: x"' in junit and "Struktur und Stimmigkeit" in junit
    # JUnit's element and property names are the format's own, so only the human texts count.
    for english in ("score", "error", "warning", "finding", "checked", "suppressed", "note"):
        for name, report in (("text", text), ("markdown", markdown)):
            assert english not in report.replace("intstrat", "").lower(), (name, english)


# --- SARIF --------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def sarif_validator() -> jsonschema.protocols.Validator:
    schema = json.loads(SARIF_SCHEMA.read_text(encoding="utf-8"))
    cls = jsonschema.validators.validator_for(schema)
    cls.check_schema(schema)
    return cls(schema)


def _sarif(outside: Path, *args: str) -> dict[str, object]:
    result = run_intstrat("check", "--format", "sarif", "--no-config", *args, cwd=outside,
                          env=CI_ENV)
    assert result.returncode in (0, 1), result.stderr
    payload: dict[str, object] = json.loads(result.stdout)
    return payload


def _copy_examples(outside: Path) -> Path:
    repo = outside / "repo"
    (repo / ".git").mkdir(parents=True)  # the repository root that URIs are relative to
    shutil.copytree(EXAMPLES, repo / "strategies")
    shutil.copytree(GOLDEN / "input", repo / "strategies" / "more")
    return repo


def test_sarif_validates_against_the_official_schema(
    outside: Path, sarif_validator: jsonschema.protocols.Validator
) -> None:
    repo = _copy_examples(outside)
    for lang in ("en", "de"):
        payload = _sarif(repo / "strategies", ".", "--lang", lang)
        errors = sorted(sarif_validator.iter_errors(payload), key=lambda e: list(e.path))
        assert not errors, "\n".join(f"{list(e.path)}: {e.message}" for e in errors[:5])


def test_sarif_meets_code_scanning_needs(outside: Path) -> None:
    repo = _copy_examples(outside)
    payload = _sarif(repo / "strategies", ".", "--lang", "en")
    (run,) = payload["runs"]  # type: ignore[misc]
    driver = run["tool"]["driver"]
    rules = {r["id"]: r for r in driver["rules"]}
    assert set(rules) == set(all_rules())
    for rule in rules.values():
        assert rule["shortDescription"]["text"]
        assert rule["fullDescription"]["text"]
        assert rule["help"]["text"] and rule["help"]["markdown"]
        assert rule["helpUri"].startswith("https://") and rule["helpUri"].endswith(
            "#" + rule["id"].lower())
    results = run["results"]
    assert results, "the draft and the golden inputs have findings"
    uris = {r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for r in results}
    # Relative to the repository root (the folder with .git), not to where intstrat ran.
    assert "strategies/draft.yaml" in uris
    assert "strategies/more/broken.yaml" in uris
    for r in results:
        location = r["locations"][0]["physicalLocation"]
        assert location["artifactLocation"]["uriBaseId"] == "%SRCROOT%"
        assert location["region"]["startLine"] >= 1
        assert location["region"]["startColumn"] >= 1
        assert rules[r["ruleId"]] is driver["rules"][r["ruleIndex"]]
        assert r["level"] in ("error", "warning", "note")
        assert r["partialFingerprints"]["intstratFinding/v1"]
    prints = [r["partialFingerprints"]["intstratFinding/v1"] for r in results]
    assert len(prints) == len(set(prints))


def test_sarif_fingerprints_survive_moved_lines(outside: Path) -> None:
    """Lines inserted above a finding change its line, not its fingerprint."""
    draft = (EXAMPLES / "draft.yaml").read_text(encoding="utf-8")
    (outside / ".git").mkdir()
    (outside / "draft.yaml").write_text(draft, encoding="utf-8")
    before = _sarif(outside, "draft.yaml", "--lang", "en")
    (outside / "draft.yaml").write_text("# a new comment\n# and another\n" + draft,
                                        encoding="utf-8")
    after = _sarif(outside, "draft.yaml", "--lang", "en")

    def by_print(payload: dict[str, object]) -> dict[str, int]:
        (run,) = payload["runs"]  # type: ignore[misc]
        return {r["partialFingerprints"]["intstratFinding/v1"]:
                r["locations"][0]["physicalLocation"]["region"]["startLine"]
                for r in run["results"]}

    old, new = by_print(before), by_print(after)
    assert old.keys() == new.keys()
    assert all(new[key] == old[key] + 2 for key in old)


def test_fingerprint_ignores_the_line_but_not_the_rule_pointer_or_file() -> None:
    f = Finding("a.yaml", 10, 3, "CL07", Severity.ERROR, "no workshops", "measures.workshops")
    moved = Finding("a.yaml", 99, 1, "CL07", Severity.ERROR, "no workshops", "measures.workshops")
    assert fingerprint(f, "a.yaml") == fingerprint(moved, "a.yaml")
    assert fingerprint(f, "a.yaml") != fingerprint(f, "b.yaml")
    other_rule = Finding("a.yaml", 10, 3, "CL08", Severity.ERROR, "x", "measures.workshops")
    assert fingerprint(f, "a.yaml") != fingerprint(other_rule, "a.yaml")


def test_sarif_for_a_file_outside_the_repository_uses_a_file_uri(outside: Path) -> None:
    repo = outside / "repo"
    (repo / ".git").mkdir(parents=True)
    shutil.copy(GOLDEN / "input" / "broken.yaml", outside / "broken.yaml")
    payload = _sarif(repo, str(outside / "broken.yaml"))
    (run,) = payload["runs"]  # type: ignore[misc]
    location = run["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]
    assert location["uri"].startswith("file:///") and "uriBaseId" not in location


# --- GitHub workflow commands -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "data", "prop"),
    [
        ("plain", "plain", "plain"),
        ("50% done", "50%25 done", "50%25 done"),
        ("a\r\nb", "a%0D%0Ab", "a%0D%0Ab"),
        ("key: a, b", "key: a, b", "key%3A a%2C b"),
        ("%0A literal", "%250A literal", "%250A literal"),
    ],
    ids=["plain", "percent", "newlines", "colon-comma", "no-double-decoding"],
)
def test_github_escaping(raw: str, data: str, prop: str) -> None:
    assert escape_data(raw) == data
    assert escape_property(raw) == prop


def test_github_annotation_levels_and_properties() -> None:
    f = Finding("dir/a, b.yaml", 7, 2, "CO04", Severity.WARNING, "text\nmore", "x")
    line = annotation(f, "dir/a, b.yaml", "en")
    assert line == ("::warning file=dir/a%2C b.yaml,line=7,col=2,"
                    "title=CO04 Placeholder text instead of content::text%0Amore [CO04]")
    info = Finding("a.yaml", 1, 1, "CO04", Severity.INFO, "m", "")
    assert annotation(info, "a.yaml", "en").startswith("::notice ")


def _many_findings(n: int) -> FileResult:
    findings = tuple(Finding("a.yaml", i, 1, "CO04", Severity.ERROR, f"gap {i}", f"p{i}")
                     for i in range(1, n + 1))
    return FileResult("a.yaml", findings, is_strategy=False)


def test_github_summary_counts_and_names_the_annotation_limit() -> None:
    text = REPORTERS["github"]([_many_findings(12)], ReportOptions())
    lines = text.splitlines()
    assert lines[0].startswith("::group::a.yaml: ")
    assert sum(1 for line in lines if line.startswith("::error ")) == 12
    assert "::endgroup::" in lines
    assert "intstrat: 1 file checked, 1 with findings; 12 errors, 0 warnings, 0 notes" in lines
    assert lines[-1].startswith("::notice title=intstrat::GitHub shows only 10 annotations")
    assert "2 more" in lines[-1]
    few = REPORTERS["github"]([_many_findings(10)], ReportOptions()).splitlines()
    assert not any(line.startswith("::notice") for line in few)


# --- goldens ------------------------------------------------------------------------------------


def _golden_run(tmp: Path, fmt: str, *extra: str) -> str:
    work = tmp / "ci"
    if not work.exists():
        shutil.copytree(GOLDEN / "input", work / "input")
    result = run_intstrat("check", "input", "--format", fmt, "--lang", "en", "--no-config",
                          "--select", GOLDEN_SELECT, *extra, cwd=work, env=CI_ENV)
    assert result.returncode == 1, result.stderr
    assert result.stderr == ""
    return result.stdout


def _compare(name: str, actual: str) -> None:
    golden = GOLDEN / name
    if os.environ.get("INTSTRAT_UPDATE_GOLDEN") == "1":
        golden.write_text(actual, encoding="utf-8", newline="\n")
    expected = golden.read_text(encoding="utf-8")
    assert actual == expected, f"{name} differs; regenerate with INTSTRAT_UPDATE_GOLDEN=1"


@pytest.mark.parametrize(
    ("fmt", "golden", "extra"),
    [
        ("github", "github.txt", ()),
        ("github", "github-statistics-de.txt", ("--statistics", "--lang", "de")),
        ("junit", "junit.xml", ()),
        ("markdown", "markdown.md", ()),
        ("markdown", "markdown-quiet-de.md", ("--quiet", "--statistics", "--lang", "de")),
    ],
)
def test_golden(fmt: str, golden: str, extra: tuple[str, ...], tmp_path: Path) -> None:
    _compare(golden, _golden_run(tmp_path, fmt, *extra))


def test_junit_structure(tmp_path: Path) -> None:
    root = ET.fromstring(_golden_run(tmp_path, "junit"))
    assert root.tag == "testsuites"
    suites = {s.get("name"): s for s in root.iter("testsuite")}
    assert list(suites) == ["input/broken.yaml", "input/gaps.yaml"]
    broken = suites["input/broken.yaml"]
    (case,) = broken.iter("testcase")
    assert case.find("error") is not None and broken.get("errors") == "1"
    gaps = suites["input/gaps.yaml"]
    names = [c.get("name", "") for c in gaps.iter("testcase")]
    # 19 checklist points, 10 sections, and one case for everything else.
    assert len(names) == 30 and names[0].startswith("CL01 ") and names[-1] == \
        "Structure and consistency"
    failed = [c.get("name", "").split()[0] for c in gaps.iter("testcase")
              if c.find("failure") is not None]
    # CL19 is not selected: switched off, it passes although CS01 fails.
    assert failed == ["CL07", "CS01", "Structure"]
    total = sum(int(s.get("tests", "0")) for s in suites.values())
    assert root.get("tests") == str(total) == "31"


def test_junit_keeps_every_finding(tmp_path: Path) -> None:
    out = _golden_run(tmp_path, "junit")
    json_out = _golden_run(tmp_path, "json")
    root = ET.fromstring(out)
    # Findings below --fail-on (a note) are kept too, as the text of a <skipped> case.
    bodies = "\n".join((e.text or "") for e in root.iter()
                       if e.tag in ("failure", "error", "skipped"))
    words = {"info": "note"}  # the reports' word for the lowest level
    for entry in json.loads(json_out)["files"]:
        for f in entry["findings"]:
            level = words.get(f["severity"], f["severity"])
            assert f"{entry['path']}:{f['line']}:{f['column']}: {level}: " \
                   f"{f['message']} [{f['rule']}]" in bodies
