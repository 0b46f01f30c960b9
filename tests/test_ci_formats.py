"""The CI conventions users know, with the real clients: the junit-10 XSD and junitparser, the
SARIF multitool with the GitHub rules, GitLab's code-quality shape, a baseline as Spectral and
SwiftLint users keep one, and one vocabulary of formats and severities in every command."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path
from typing import Any

import junitparser
import pytest
from conftest import EXAMPLES, run_intstrat
from lxml import etree

HERE = Path(__file__).resolve().parent
JUNIT_XSD = HERE / "data" / "junit-10.xsd"
GOLDEN_INPUT = HERE / "golden" / "ci" / "input"
ENV = {"GITHUB_ACTIONS": "", "GITHUB_WORKSPACE": "", "CI_PROJECT_DIR": "", "CI": "",
       "NO_COLOR": "1"}

# A strategy that passes everything but carries one placeholder: a CO04 warning and nothing else.
STRATEGY = (EXAMPLES / "strategy-en.yaml").read_text(encoding="utf-8")
REGION = "  region: Jena and Saale-Holzland district, Thuringia\n"


def _with_warning() -> str:
    """strategy-en.yaml with the cluster's region a placeholder: one CO04 warning, nothing else."""
    assert REGION in STRATEGY
    return STRATEGY.replace(REGION, "  region: TBD\n", 1)


def _repo(outside: Path) -> Path:
    repo = outside / "repo"
    (repo / ".git").mkdir(parents=True)
    shutil.copytree(GOLDEN_INPUT, repo / "input")
    return repo


def _check(cwd: Path, *args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[str]:
    result = run_intstrat("check", "--no-config", "--lang", "en", *args, cwd=cwd, env=ENV,
                          stdin=stdin)
    assert "Traceback" not in result.stderr, result.stderr
    return result


# --- JUnit --------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def junit_schema() -> etree.XMLSchema:
    return etree.XMLSchema(etree.parse(str(JUNIT_XSD)))


@pytest.mark.parametrize("extra", [(), ("--fail-on", "warning"), ("--fail-under", "95"),
                                   ("--lang", "de", "--fail-on", "info")])
def test_junit_passes_the_junit_10_xsd_and_junitparser_reads_it(
    outside: Path, junit_schema: etree.XMLSchema, extra: tuple[str, ...]
) -> None:
    repo = _repo(outside)
    (repo / "input" / "warning.yaml").write_text(_with_warning(), encoding="utf-8")
    result = _check(repo, "input", "--format", "junit", *extra)
    assert result.returncode == 1
    document = etree.fromstring(result.stdout.encode("utf-8"))
    assert junit_schema.validate(document), junit_schema.error_log
    xml = junitparser.JUnitXml.fromstring(result.stdout.encode("utf-8"))
    suites = {suite.name: suite for suite in xml}
    assert set(suites) == {"input/broken.yaml", "input/gaps.yaml", "input/warning.yaml"}
    for suite in suites.values():
        cases = list(suite)
        assert all(case.classname == suite.name.removesuffix(".yaml") for case in cases)
        failed = sum(1 for case in cases for r in case.result
                     if isinstance(r, junitparser.Failure))
        assert suite.failures == failed


def _outcomes(xml_text: str, suite_name: str) -> dict[str, tuple[str, str, str]]:
    """Test case name → (outcome, type, message) of the cases that are not plain passes."""
    xml = junitparser.JUnitXml.fromstring(xml_text.encode("utf-8"))
    (suite,) = [s for s in xml if s.name == suite_name]
    out = {}
    for case in suite:
        for r in case.result:
            kind = type(r).__name__.lower()
            out[case.name] = (kind, r.type or "", r.message or "")
    return out


def test_a_warning_below_fail_on_is_skipped_not_failed(outside: Path) -> None:
    """A green job shows no failed test: the outcome follows --fail-on as the exit code does."""
    (outside / "s.yaml").write_text(_with_warning(), encoding="utf-8")
    green = _check(outside, "s.yaml", "--format", "junit")
    assert green.returncode == 0
    outcomes = _outcomes(green.stdout, "s.yaml")
    assert outcomes == {"Structure and consistency": (
        "skipped", "CO04",
        "1 finding below the --fail-on level: placeholder text 'TBD' counts "
        "as missing")}
    assert 'failures="0"' in green.stdout
    red = _check(outside, "s.yaml", "--format", "junit", "--fail-on", "warning")
    assert red.returncode == 1
    assert _outcomes(red.stdout, "s.yaml")["Structure and consistency"] == (
        "failure", "CO04",
        "1 finding: placeholder text 'TBD' counts as missing")


def test_the_structure_case_names_every_rule_that_fails_it(outside: Path) -> None:
    repo = _repo(outside)
    result = _check(repo, "input/gaps.yaml", "--format", "junit", "--select", "SC,CO,SU",
                    "--fail-on", "warning")
    kind, rules, message = _outcomes(result.stdout, "input/gaps.yaml")["Structure and consistency"]
    assert kind == "failure"
    assert rules.split(", ") == ["SU01", "CO04", "SC02", "SC01"]
    assert message.startswith("6 findings: ")


def test_fail_under_is_a_failed_score_case(outside: Path) -> None:
    (outside / "s.yaml").write_text(_with_warning(), encoding="utf-8")
    passing = _check(outside, "s.yaml", "--format", "junit", "--fail-under", "90")
    assert passing.returncode == 0
    # The score case passes: it is there, without an outcome.
    assert '<testcase classname="s" name="Score" />' in passing.stdout
    assert "Score" not in _outcomes(passing.stdout, "s.yaml")
    (outside / "d.yaml").write_text((EXAMPLES / "draft.yaml").read_text(encoding="utf-8"),
                                    encoding="utf-8")
    draft = _check(outside, "d.yaml", "--format", "junit", "--fail-under", "60", "--lang", "de")
    assert draft.returncode == 1
    assert _outcomes(draft.stdout, "d.yaml")["Punktzahl"] == (
        "failure", "fail-under", "Punktzahl 44,8 % liegt unter --fail-under 60,0 %")


# --- SARIF --------------------------------------------------------------------------------------


def _sarif(cwd: Path, *args: str) -> dict[str, Any]:
    result = _check(cwd, "--format", "sarif", *args)
    assert result.returncode in (0, 1), result.stderr
    payload: dict[str, Any] = json.loads(result.stdout)
    return payload


def test_sarif_leaves_the_category_to_the_upload_step_unless_given(outside: Path) -> None:
    repo = _repo(outside)
    (run,) = _sarif(repo, "input")["runs"]
    assert "automationDetails" not in run
    (run,) = _sarif(repo, "input", "--sarif-category", "strategies")["runs"]
    assert run["automationDetails"] == {"id": "strategies/"}
    (run,) = _sarif(repo, "input", "--sarif-category", "intstrat/nightly/")["runs"]
    assert run["automationDetails"] == {"id": "intstrat/nightly/"}


def test_sarif_emits_suppressed_findings_marked_in_source(outside: Path) -> None:
    repo = _repo(outside)
    (run,) = _sarif(repo, "input/gaps.yaml")["runs"]
    suppressed = [r for r in run["results"] if "suppressions" in r]
    # `title: TBD  # intstrat: ignore[CO04]` on line 18: reported, marked, not open.
    assert ("CO04", 18, [{"kind": "inSource"}]) in [
        (r["ruleId"], r["locations"][0]["physicalLocation"]["region"]["startLine"],
         r["suppressions"]) for r in suppressed]
    assert all(r["suppressions"] == [{"kind": "inSource"}] for r in suppressed)
    # The text and JSON counts stay as they were.
    payload = json.loads(_check(repo, "input/gaps.yaml", "--format", "json").stdout)
    assert payload["files"][0]["suppressed"] == len(suppressed)
    fingerprints = {r["partialFingerprints"]["intstratFinding/v1"] for r in run["results"]}
    assert len(fingerprints) == len(run["results"])


def _multitool() -> list[str] | None:
    """The native SARIF multitool of the npm package (its bin.js would pass ';' to a shell)."""
    found = shutil.which("sarif-multitool")
    node = shutil.which("node")
    if not found or not node:
        return None
    package = Path(found).resolve().parent
    binary = subprocess.run([node, "-p", f"require({json.dumps(str(package))})"],
                            capture_output=True, text=True, timeout=60, check=False)
    path = binary.stdout.strip()
    return [path] if binary.returncode == 0 and Path(path).is_file() else None


def test_sarif_passes_the_multitool_with_the_github_rules(outside: Path) -> None:
    tool = _multitool()
    if tool is None:
        pytest.skip("the SARIF multitool is not installed (npm install -g "
                    "@microsoft/sarif-multitool; .ci/run does)")
    repo = _repo(outside)
    shutil.copytree(EXAMPLES, repo / "examples")
    assert _check(repo, "examples", "--write-baseline", "b.json").returncode == 0
    runs = [("input", "examples"), ("input", "--lang", "de", "--sarif-category", "intstrat"),
            ("input", "examples", "--baseline", "b.json")]
    logs = []
    for number, args in enumerate(runs):
        log = outside / f"intstrat-{number}.sarif"
        log.write_text(json.dumps(_sarif(repo, *args)), encoding="utf-8")
        logs.append(str(log))
    verdict = outside / "verdict.sarif"
    done = subprocess.run(
        [*_offline(), *tool, "validate", "--rule-kind", "Gh;Sarif", "--log", "ForceOverwrite",
         "-o", str(verdict), *logs],
        capture_output=True, text=True, timeout=300, check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    problems = [
        f"{r['ruleId']}: {r['message'].get('text', r['message'])}"
        for run in json.loads(verdict.read_text(encoding="utf-8-sig"))["runs"]
        for r in run.get("results", [])
        if r.get("level", "warning") in ("error", "warning")
    ]
    assert not problems, "\n".join(problems)


def _offline() -> list[str]:
    """A network namespace of its own where one can be made: the multitool tries to fetch the
    $schema and rule help URIs, which here only waits for DNS timeouts."""
    unshare = shutil.which("unshare")
    if unshare and subprocess.run([unshare, "-n", "true"], capture_output=True,
                                  check=False).returncode == 0:
        return [unshare, "-n"]
    return []


# --- GitLab code quality ------------------------------------------------------------------------


def test_gitlab_code_quality_report(outside: Path) -> None:
    repo = _repo(outside)
    result = _check(repo / "input", ".", "--format", "gitlab")
    assert result.returncode == 1
    issues = json.loads(result.stdout)
    assert issues and isinstance(issues, list)
    for issue in issues:
        assert set(issue) == {"description", "check_name", "fingerprint", "severity", "location"}
        assert issue["severity"] in {"info", "minor", "major", "critical", "blocker"}
        assert set(issue["location"]) == {"path", "lines"}
        assert issue["location"]["path"].startswith("input/")  # relative to the repository
        assert issue["location"]["lines"]["begin"] >= 1
    assert len({i["fingerprint"] for i in issues}) == len(issues)
    by_rule = {(i["check_name"], i["severity"]) for i in issues}
    assert ("SC01", "major") in by_rule and ("CO04", "minor") in by_rule
    (yaml_error,) = [i for i in issues if i["check_name"] == "YA01"]
    assert yaml_error["location"] == {"path": "input/broken.yaml", "lines": {"begin": 5}}
    assert yaml_error["description"].startswith("YA01: YAML cannot be parsed here")
    # Lines that move keep the fingerprints, so GitLab tells new issues from old ones.
    gaps = repo / "input" / "gaps.yaml"
    gaps.write_text("# moved\n\n" + gaps.read_text(encoding="utf-8"), encoding="utf-8")
    moved = json.loads(_check(repo / "input", ".", "--format", "gitlab").stdout)
    assert {i["fingerprint"] for i in moved} == {i["fingerprint"] for i in issues}
    assert {i["location"]["lines"]["begin"] for i in moved} != \
        {i["location"]["lines"]["begin"] for i in issues}


# --- baseline -----------------------------------------------------------------------------------


def _findings(stdout: str) -> list[tuple[str, str]]:
    return [(f["rule"], f["pointer"]) for entry in json.loads(stdout)["files"]
            for f in entry["findings"]]


def test_baseline_reports_only_new_findings_and_survives_moved_lines(outside: Path) -> None:
    draft = outside / "plans" / "draft.yaml"
    draft.parent.mkdir()
    draft.write_text((EXAMPLES / "draft.yaml").read_text(encoding="utf-8"), encoding="utf-8")
    before = _check(outside, "plans", "--format", "json")
    assert before.returncode == 1
    written = _check(outside, "plans", "--write-baseline", "intstrat-baseline.json")
    assert written.returncode == 0, written.stdout
    count = len(_findings(before.stdout))
    assert f"Wrote intstrat-baseline.json with {count} findings." in written.stderr
    recorded = json.loads((outside / "intstrat-baseline.json").read_text(encoding="utf-8"))
    assert recorded["intstrat_baseline"] == 1 and len(recorded["findings"]) == count
    assert {e["file"] for e in recorded["findings"]} == {"plans/draft.yaml"}
    assert set(recorded["findings"][0]) == {"file", "rule", "pointer", "key", "args", "message"}

    # From another folder, with lines moved: nothing new, exit 0, the score unchanged.
    text = draft.read_text(encoding="utf-8")
    draft.write_text("# reviewed\n\n\n" + text, encoding="utf-8")
    again = _check(outside / "plans", "draft.yaml", "--format", "json", "--baseline",
                   "../intstrat-baseline.json")
    assert again.returncode == 0, again.stdout
    (entry,) = json.loads(again.stdout)["files"]
    assert entry["findings"] == [] and entry["baselined"] == count
    assert entry["score"] == json.loads(before.stdout)["files"][0]["score"]
    shown = _check(outside, "plans", "--baseline", "intstrat-baseline.json")
    assert f"0 errors, 0 warnings, 0 notes, {count} in the baseline" in shown.stdout

    # A new gap is reported, and only it; a closed one turns its entry stale (SU02).
    draft.write_text(text.replace("kickoff:", "kickof:", 1), encoding="utf-8")
    new = _check(outside, "plans", "--format", "json", "--baseline", "intstrat-baseline.json")
    assert new.returncode == 1
    reported = _findings(new.stdout)
    assert ("SC02", "measures.kickof") in reported
    assert ("SU02", "measures.kickoff.date") in reported
    assert all(rule in ("SC02", "SU02", "SC03", "CL02", "CL10", "CO01") for rule, _ in reported), \
        reported


def test_stale_baseline_entry_is_german_in_german(outside: Path) -> None:
    (outside / "s.yaml").write_text(_with_warning(), encoding="utf-8")
    assert _check(outside, "s.yaml", "--write-baseline", "b.json").returncode == 0
    (outside / "s.yaml").write_text(STRATEGY, encoding="utf-8")
    result = _check(outside, "s.yaml", "--baseline", "b.json", "--lang", "de")
    assert ("s.yaml:1:1: Warnung die Baseline verzeichnet einen Befund CO04 bei "
            "'cluster.region', den es nicht mehr gibt; schreiben Sie sie mit --write-baseline "
            "neu [SU02]") in result.stdout
    assert result.returncode == 0  # a warning, below the default --fail-on error
    ignored = _check(outside, "s.yaml", "--baseline", "b.json", "--ignore", "CO04")
    assert "SU02" not in ignored.stdout  # an entry of a rule switched off is left alone


@pytest.mark.parametrize(("content", "message"), [
    (None, "b.json: no such file"),
    ("{not json", "b.json: not a baseline written by --write-baseline"),
    ('{"findings": []}', "b.json: not a baseline written by --write-baseline"),
    ('{"intstrat_baseline": 1, "findings": [{"rule": "CL01"}]}',
     "b.json: not a baseline written by --write-baseline (findings[0])"),
])
def test_a_bad_baseline_is_a_usage_error_naming_the_file(
    outside: Path, content: str | None, message: str
) -> None:
    (outside / "s.yaml").write_text(STRATEGY, encoding="utf-8")
    if content is not None:
        (outside / "b.json").write_text(content, encoding="utf-8")
    result = _check(outside, "s.yaml", "--baseline", "b.json")
    assert result.returncode == 2
    assert message in result.stderr


def test_write_baseline_never_overwrites_a_strategy(outside: Path) -> None:
    (outside / "s.yaml").write_text(_with_warning(), encoding="utf-8")
    before = (outside / "s.yaml").read_bytes()
    result = _check(outside, "s.yaml", "--write-baseline", "s.yaml")
    assert result.returncode == 2 and "refusing to write over the input" in result.stderr
    assert (outside / "s.yaml").read_bytes() == before


def test_baselined_findings_are_marked_external_in_sarif(outside: Path) -> None:
    (outside / "s.yaml").write_text(_with_warning(), encoding="utf-8")
    assert _check(outside, "s.yaml", "--write-baseline", "b.json").returncode == 0
    (run,) = _sarif(outside, "s.yaml", "--baseline", "b.json")["runs"]
    (result,) = run["results"]
    assert result["ruleId"] == "CO04"
    assert result["suppressions"] == [{"kind": "external", "justification": "intstrat --baseline"}]
    markdown = _check(outside, "s.yaml", "--baseline", "b.json", "--format", "md")
    assert "1 finding in the baseline (not listed)." in markdown.stdout
    github = _check(outside, "s.yaml", "--baseline", "b.json", "--format", "github")
    assert github.stdout.splitlines()[-1].endswith("; 1 in the baseline")
    junit = _check(outside, "s.yaml", "--baseline", "b.json", "--format", "junit")
    assert _outcomes(junit.stdout, "s.yaml") == {
        "Structure and consistency": ("skipped", "CO04", "1 finding in the baseline")}


# --- one vocabulary -----------------------------------------------------------------------------


def test_md_and_markdown_are_one_format_in_every_command(outside: Path) -> None:
    (outside / "s.yaml").write_text(STRATEGY, encoding="utf-8")
    (outside / "d.yaml").write_text((EXAMPLES / "draft.yaml").read_text(encoding="utf-8"),
                                    encoding="utf-8")
    md = _check(outside, "s.yaml", "--format", "md")
    assert md.stdout == _check(outside, "s.yaml", "--format", "markdown").stdout
    assert md.returncode == 0 and md.stdout.startswith("#")
    for command in (("render", "s.yaml", "-o", "-"), ("monitor", "s.yaml"),
                    ("rank", "partners", "s.yaml"), ("diff", "d.yaml", "s.yaml")):
        outputs = []
        for name in ("md", "markdown"):
            done = run_intstrat(*command, "--format", name, "--lang", "en", cwd=outside, env=ENV)
            assert done.returncode in (0, 1), (command, name, done.stderr)
            outputs.append(done.stdout)
        assert outputs[0] == outputs[1] and outputs[0].strip(), command


def test_note_is_info_on_the_command_line_and_in_configuration(outside: Path) -> None:
    (outside / "s.yaml").write_text(_with_warning(), encoding="utf-8")
    for level in ("info", "note"):
        assert _check(outside, "s.yaml", "--fail-on", level).returncode == 1
    config = outside / ".intstrat.toml"
    config.write_text('fail-on = "note"\n[severity]\nCO04 = "note"\n', encoding="utf-8")
    result = run_intstrat("check", "s.yaml", "--lang", "en", cwd=outside, env=ENV)
    assert result.returncode == 1, result.stderr
    assert "s.yaml:" in result.stdout and ": note placeholder text" in result.stdout
    assert "0 errors, 0 warnings, 1 note" in result.stdout
