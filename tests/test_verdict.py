"""A point's verdict through the real CLI: the errors inside its own data fail it, a waiver makes
it waived (in every report format), evidence makes it evidenced or merely claimed.

The strategies are the shipped examples with one change each, checked from a folder outside the
checkout, as a user would. The rule predicates decide the other points; these tests compare a
file with its changed copy, so they hold whatever the predicates say about the untouched points.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from conftest import EXAMPLES, run_intstrat
from lxml import etree

HERE = Path(__file__).resolve().parent
SARIF_SCHEMA = HERE / "data" / "sarif-schema-2.1.0.json"
JUNIT_XSD = HERE / "data" / "junit-10.xsd"
ENV = {"GITHUB_ACTIONS": "", "GITHUB_WORKSPACE": "", "CI_PROJECT_DIR": "", "CI": "",
       "NO_COLOR": "1"}
AS_OF = "--as-of=2025-06-01"

EN = (EXAMPLES / "strategy-en.yaml").read_text(encoding="utf-8")
DE = (EXAMPLES / "strategie-de.yaml").read_text(encoding="utf-8")

TRAINING = re.compile(r"^  management_training:\n(?:    .*\n|\n)*?(?=^\S)", re.M)
WAIVER_EN = """
waivers:
  - point: CL11
    reason: >-
      Both cluster managers attend the state agency's management programme;
      a training of our own would repeat it.
    approved_by: Steering committee, meeting of 2024-02-14
    until: 2027-12-31
"""
WAIVER_DE = """
waivers:
  - point: CL11
    reason: >-
      Beide Clustermanager besuchen das Managementprogramm der Landesagentur;
      eine eigene Schulung würde es wiederholen.
    approved_by: Steuerungskreis, Sitzung vom 14.02.2024
"""


def _change(text: str, old: str, new: str) -> str:
    assert old in text, old
    return text.replace(old, new, 1)


def _write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def _json(path: Path, cwd: Path, *args: str) -> dict[str, Any]:
    done = run_intstrat("check", "--no-config", "--format", "json", AS_OF, *args, str(path),
                        cwd=cwd, env=ENV)
    assert done.returncode in (0, 1), done.stderr
    payload: dict[str, Any] = json.loads(done.stdout)["files"][0]
    return payload


def _points(payload: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {p["rule"]: p for p in (*payload["checklist"], *payload["sections"])}


def _block(text: str, rule: str) -> str:
    """The lines of one point in the text report: its heading and what is listed under it."""
    lines = text.splitlines()
    start = next(i for i, line in enumerate(lines) if re.match(rf"  \S {rule}  ", line))
    end = start + 1
    while end < len(lines) and lines[end].startswith("      "):
        end += 1
    return "\n".join(lines[start:end])


def _without_training(text: str) -> str:
    changed, count = TRAINING.subn("", text)
    assert count == 1
    return changed


# -- point 5: the errors inside a point's own data ------------------------------------------


def test_an_impossible_kickoff_date_fails_cl02_and_shows_among_its_findings(outside: Path) -> None:
    broken = _write(outside, "s.yaml", _change(EN, "    date: 2024-03-14\n",
                                               "    date: 2024-13-01\n"))
    done = run_intstrat("check", "--no-config", AS_OF, "s.yaml", cwd=outside, env=ENV)
    assert done.returncode == 1
    block = _block(done.stdout, "CL02")
    assert block.startswith("  ✗ CL02  Kick-off for all actors within six months")
    assert "s.yaml:77:11: error '2024-13-01' is not a real calendar date [YA03]" in block
    points = _points(_json(broken, outside))
    assert points["CL02"]["status"] == "failed"


def test_an_unknown_key_inside_the_ip_rules_fails_cl15_and_lowers_the_score(outside: Path) -> None:
    clean = _write(outside, "clean.yaml", EN)
    broken = _write(outside, "s.yaml", _change(EN, "    agreed: 2025-02-20\n",
                                               "    agreed: 2025-02-20\n    colour: blue\n"))
    before, after = _json(clean, outside), _json(broken, outside)
    assert _points(before)["CL15"]["status"] == "passed"
    assert _points(after)["CL15"]["status"] == "failed"
    assert after["score"] < before["score"] < 100.1
    assert after["score"] < 100
    done = run_intstrat("check", "--no-config", AS_OF, "s.yaml", cwd=outside, env=ENV)
    block = _block(done.stdout, "CL15")
    assert block.startswith("  ✗ CL15")
    line = EN.split("\n").index("    agreed: 2025-02-20") + 2  # the line after it, 1-based
    assert f"s.yaml:{line}:5: error unknown key 'colour'; allowed here: " in block
    assert block.endswith("[SC02]")
    # Listed with its point, not a second time among the findings of no point.
    assert done.stdout.count("unknown key 'colour'") == 1


def test_a_broken_reference_inside_a_point_fails_it_in_german(outside: Path) -> None:
    text = _change(DE, "    - partner: se-vastkust\n", "    - partner: se-nirgendwo\n")
    broken = _write(outside, "s.yaml", text)
    done = run_intstrat("check", "--no-config", AS_OF, "s.yaml", cwd=outside, env=ENV)
    block = _block(done.stdout, "CL13")
    assert block.startswith("  ✗ CL13")
    assert ("      s.yaml:481:7: Fehler 'se-nirgendwo' ist nicht als Partner definiert (bekannt: "
            "ch-rheinknie, jp-kansai, se-vastkust, sg-lionbay, us-northstar) [CO03]"
            in block.splitlines())
    assert _points(_json(broken, outside))["CL13"]["status"] == "failed"


# -- point 6: waivers ------------------------------------------------------------------------


def test_a_waived_point_no_longer_fails_the_run(outside: Path) -> None:
    """The example passes but for the removed training: waiving CL11 makes the run pass."""
    _write(outside, "gap.yaml", _without_training(EN))
    _write(outside, "waived.yaml", _without_training(EN) + WAIVER_EN)
    gap = run_intstrat("check", "--no-config", AS_OF, "--select", "CL11,WV", "gap.yaml",
                       cwd=outside, env=ENV)
    waived = run_intstrat("check", "--no-config", AS_OF, "--select", "CL11,WV", "waived.yaml",
                          cwd=outside, env=ENV)
    assert (gap.returncode, waived.returncode) == (1, 0), waived.stdout


def test_a_waived_point_is_left_out_of_the_score(outside: Path) -> None:
    gap = _write(outside, "gap.yaml", _without_training(EN))
    waived = _write(outside, "waived.yaml", _without_training(EN) + WAIVER_EN)
    failing, kept = _json(gap, outside), _json(waived, outside)
    assert _points(failing)["CL11"]["status"] == "failed"
    point = _points(kept)["CL11"]
    assert point["status"] == "waived" and point["passed"] is False
    line = waived.read_text(encoding="utf-8").splitlines().index("  - point: CL11") + 1
    assert point["waiver"] == {
        "reason": "Both cluster managers attend the state agency's management programme; a "
                  "training of our own would repeat it.",
        "approved_by": "Steering committee, meeting of 2024-02-14",
        "until": "2027-12-31", "line": line,
    }
    assert kept["waived"] == 1
    passed = kept["checklist_passed"] + kept["sections_passed"]
    assert kept["score"] == round(100 * passed / 28, 1)
    assert failing["score"] == round(100 * passed / 29, 1)


def test_diff_shows_a_waived_point_as_waived_not_failed(outside: Path) -> None:
    """From a gap to a waiver: `diff` says "failed → waived" (in German "nicht erfüllt →
    ausgenommen"), and its JSON gives each side's status beside the `passed` booleans."""
    _write(outside, "gap.yaml", _without_training(EN))
    _write(outside, "waived.yaml", _without_training(EN) + WAIVER_EN)
    done = run_intstrat("diff", "gap.yaml", "waived.yaml", cwd=outside, env=ENV)
    assert done.returncode == 0, done.stderr
    line = next(x for x in done.stdout.splitlines() if x.lstrip().startswith("CL11"))
    assert line.endswith(": failed → waived"), line
    german = run_intstrat("diff", "gap.yaml", "waived.yaml", "--lang", "de",
                          cwd=outside, env=ENV)
    assert any(x.rstrip().endswith(": nicht erfüllt → ausgenommen")
               for x in german.stdout.splitlines() if x.lstrip().startswith("CL11")), german.stdout
    data = json.loads(run_intstrat("diff", "gap.yaml", "waived.yaml", "--format", "json",
                                   cwd=outside, env=ENV).stdout)
    (point,) = [p for p in data["points"] if p["rule"] == "CL11"]
    assert (point["before"], point["after"]) == (False, False)
    assert (point["before_status"], point["after_status"]) == ("failed", "waived")
    same = json.loads(run_intstrat("diff", "waived.yaml", "waived.yaml", "--format",
                                   "json", cwd=outside, env=ENV).stdout)
    assert {p["after_status"] for p in same["points"] if p["rule"] == "CL11"} == {"waived"}


def test_text_report_marks_a_waived_point_and_counts_it(outside: Path) -> None:
    _write(outside, "waived.yaml", _without_training(EN) + WAIVER_EN)
    done = run_intstrat("check", "--no-config", AS_OF, "waived.yaml", cwd=outside, env=ENV)
    block = _block(done.stdout, "CL11").splitlines()
    # The waiver, then what it covers: the point's own findings, which no longer fail the run.
    assert block[:2] == [
        "  ○ CL11  Further training for cluster and project managers  (ch. 3.9)",
        "      waived: Both cluster managers attend the state agency's management programme; a "
        "training of our own would repeat it. (approved by Steering committee, meeting of "
        "2024-02-14, until 2027-12-31)",
    ]
    assert all(line.endswith("[CL11]") for line in block[2:])
    summary = done.stdout.strip().splitlines()[-1]
    assert re.match(r"checklist \d+/19, sections \d+/10, score [\d.]+ %, 1 waived; ", summary)


def test_text_report_in_german(outside: Path) -> None:
    _write(outside, "s.yaml", _without_training(DE) + WAIVER_DE)
    done = run_intstrat("check", "--no-config", AS_OF, "s.yaml", cwd=outside, env=ENV)
    block = _block(done.stdout, "CL11").splitlines()
    assert block[0].startswith("  ○ CL11  ")
    assert block[1] == (
        "      ausgenommen: Beide Clustermanager besuchen das Managementprogramm der "
        "Landesagentur; eine eigene Schulung würde es wiederholen. (genehmigt von "
        "Steuerungskreis, Sitzung vom 14.02.2024)"
    )
    assert ", 1 ausgenommen; " in done.stdout.strip().splitlines()[-1]


def test_an_invalid_waiver_leaves_the_point_judged_as_usual(outside: Path) -> None:
    hollow = WAIVER_EN.replace(
        ">-\n      Both cluster managers attend the state agency's management programme;\n"
        "      a training of our own would repeat it.", "to be defined later")
    path = _write(outside, "s.yaml", _without_training(EN) + hollow)
    payload = _json(path, outside)
    assert _points(payload)["CL11"]["status"] == "failed"
    assert payload["waived"] == 0
    messages = [(f["rule"], f["severity"], f["message"]) for f in payload["findings"]
                if f["rule"] == "WV01"]
    assert messages == [("WV01", "warning", "the waiver of CL11 gives no reason; it is not in "
                         "force and the point is judged as usual")]


def test_an_expired_waiver_is_judged_again_on_the_review_day(outside: Path) -> None:
    path = _write(outside, "s.yaml", _without_training(EN) + WAIVER_EN)
    later = _json(path, outside, "--as-of", "2028-01-01")
    assert _points(later)["CL11"]["status"] == "failed"
    assert [f["message"] for f in later["findings"] if f["rule"] == "WV01"] == [
        "the waiver of CL11 ended on 2027-12-31; the point is judged again"]


def test_a_waiver_of_a_passing_point_is_a_note(outside: Path) -> None:
    path = _write(outside, "s.yaml", EN + WAIVER_EN)
    payload = _json(path, outside)
    assert _points(payload)["CL11"]["status"] == "passed"
    assert [(f["severity"], f["message"]) for f in payload["findings"] if f["rule"] == "WV01"] \
        == [("info", "the waiver of CL11 is not needed: the point passes; remove it")]


@pytest.fixture(scope="module")
def sarif_validator() -> Any:
    schema = json.loads(SARIF_SCHEMA.read_text(encoding="utf-8"))
    cls = jsonschema.validators.validator_for(schema)
    return cls(schema)


def test_sarif_shows_the_waiver_and_validates(outside: Path, sarif_validator: Any) -> None:
    _write(outside, "waived.yaml", _without_training(EN) + WAIVER_EN)
    done = run_intstrat("check", "--no-config", AS_OF, "--format", "sarif", "waived.yaml",
                        cwd=outside, env=ENV)
    payload = json.loads(done.stdout)
    sarif_validator.validate(payload)
    run = payload["runs"][0]
    (note,) = run["invocations"][0]["toolExecutionNotifications"]
    assert note["level"] == "note" and note["descriptor"] == {"id": "CL11"}
    assert note["message"]["text"].startswith(
        "CL11 Further training for cluster and project managers: waived: Both cluster managers")
    points = {p["rule"]: p for p in run["artifacts"][0]["properties"]["points"]}
    assert points["CL11"]["status"] == "waived"
    assert points["CL11"]["waiver"]["approvedBy"] == "Steering committee, meeting of 2024-02-14"
    covered = [r for r in run["results"] if r["ruleId"] == "CL11"]
    assert covered
    for result in covered:
        assert result["suppressions"] == [{"kind": "external",
                                           "justification": note["message"]["text"][len(
                                               "CL11 Further training for cluster and project "
                                               "managers: "):]}]


def test_junit_skips_a_waived_point_with_its_reason(outside: Path) -> None:
    _write(outside, "waived.yaml", _without_training(EN) + WAIVER_EN)
    done = run_intstrat("check", "--no-config", AS_OF, "--format", "junit", "waived.yaml",
                        cwd=outside, env=ENV)
    tree = etree.fromstring(done.stdout.encode("utf-8"))
    assert etree.XMLSchema(etree.parse(str(JUNIT_XSD))).validate(tree)
    (case,) = [c for c in tree.iter("testcase") if c.get("name", "").startswith("CL11 ")]
    (skipped,) = list(case)
    assert skipped.tag == "skipped" and skipped.get("type") == "waived"
    assert skipped.get("message", "").startswith(
        "waived: Both cluster managers attend the state agency's management programme")


def test_github_gitlab_and_markdown_show_the_waiver(outside: Path) -> None:
    path = _write(outside, "waived.yaml", _without_training(EN) + WAIVER_EN)
    line = next(n for n, text in enumerate(path.read_text().splitlines(), 1)
                if text == "  - point: CL11")

    def report(fmt: str) -> str:
        done = run_intstrat("check", "--no-config", AS_OF, "--format", fmt, "waived.yaml",
                            cwd=outside, env=ENV)
        assert done.returncode in (0, 1), done.stderr
        return done.stdout

    github = report("github")
    assert (f"::notice file=waived.yaml,line={line},title=CL11 Further training for cluster "
            "and project managers::waived: Both cluster managers") in github
    issues = json.loads(report("gitlab"))
    (issue,) = [i for i in issues if i["check_name"] == "CL11"]
    assert issue["severity"] == "info" and issue["location"]["lines"]["begin"] == line
    assert issue["description"].startswith("CL11: waived: Both cluster managers")
    markdown = report("markdown")
    assert "Waived points:\n\n- ○ **CL11** waived: Both cluster managers" in markdown


# -- point 7: evidence -----------------------------------------------------------------------


def _repository(outside: Path) -> Path:
    repo = outside / "repo"
    (repo / ".git").mkdir(parents=True)
    (repo / "evidence").mkdir()
    (repo / "evidence" / "needs-survey.pdf").write_bytes(b"%PDF-1.4 not read\n")
    return repo


SURVEY = "    - method: survey\n      date: 2023-10-09\n"


def test_existing_evidence_makes_a_point_evidenced(outside: Path) -> None:
    repo = _repository(outside)
    text = _change(EN, SURVEY, SURVEY + "      evidence: ../evidence/needs-survey.pdf\n")
    path = _write(repo, "strategies/s.yaml", text)
    elsewhere = outside / "elsewhere"
    elsewhere.mkdir()
    payload = _json(path, elsewhere)
    points = _points(payload)
    assert points["CL01"]["evidence"] == "evidenced"
    assert points["CL02"]["evidence"] == "claimed"
    assert points["CS03"]["evidence"] is None  # a vision is its own content
    assert payload["evidenced"] == 1 and payload["claimed"] == 12
    assert not [f for f in payload["findings"] if f["rule"] == "EV01"]
    done = run_intstrat("check", "--no-config", AS_OF, str(path), cwd=elsewhere, env=ENV)
    assert _block(done.stdout, "CL01").splitlines()[0].endswith("(ch. 2)  evidenced")
    assert _block(done.stdout, "CL02").splitlines()[0].endswith("(ch. 3.1)  claimed")
    assert ", 1 of 13 points evidenced; " in done.stdout.strip().splitlines()[-1]


def test_a_missing_evidence_file_is_a_finding_that_fails_its_point(outside: Path) -> None:
    repo = _repository(outside)
    text = _change(EN, SURVEY, SURVEY + "      evidence: ../evidence/survey-2023.pdf\n")
    path = _write(repo, "strategies/s.yaml", text)
    done = run_intstrat("check", "--no-config", AS_OF, "s.yaml", cwd=path.parent, env=ENV)
    block = _block(done.stdout, "CL01")
    assert block.splitlines()[0].startswith("  ✗ CL01")
    assert ("s.yaml:51:17: error the evidence file '../evidence/survey-2023.pdf' does not exist "
            "(paths are relative to the strategy's folder) [EV01]") in block
    assert done.returncode == 1


def test_require_evidence_fails_claimed_points(outside: Path) -> None:
    repo = _repository(outside)
    text = _change(EN, SURVEY, SURVEY + "      evidence: ../evidence/needs-survey.pdf\n")
    path = _write(repo, "strategies/s.yaml", text)
    plain, strict = _json(path, outside), _json(path, outside, "--require-evidence")
    before, after = _points(plain), _points(strict)
    claimed = [rule for rule, p in before.items()
               if p["status"] == "passed" and p["evidence"] == "claimed"]
    assert claimed, "the example has passing points without evidence"
    for rule in claimed:
        assert after[rule]["status"] == "failed", rule
    assert after["CL01"]["status"] == before["CL01"]["status"]
    assert after["CS03"]["status"] == before["CS03"]["status"]
    found = sorted(f["message"] for f in strict["findings"] if f["key"] == "EV01.claimed")
    assert found == sorted(f"{rule} is claimed, not evidenced: no item of its data names "
                           "evidence that exists" for rule in claimed)
    assert strict["score"] < plain["score"]


def test_require_evidence_from_the_configuration_and_in_german(outside: Path) -> None:
    repo = _repository(outside)
    (repo / ".intstrat.toml").write_text("require-evidence = true\n", encoding="utf-8")
    path = _write(repo, "strategies/s.yaml", DE)
    done = run_intstrat("check", AS_OF, "strategies/s.yaml", cwd=repo, env=ENV)
    assert done.returncode == 1
    assert "ist behauptet, nicht belegt: kein Eintrag seiner Daten nennt einen vorhandenen " \
           "Beleg [EV01]" in done.stdout
    (repo / ".intstrat.toml").write_text('require-evidence = "yes"\n', encoding="utf-8")
    done = run_intstrat("check", AS_OF, str(path), cwd=repo, env=ENV)
    assert done.returncode == 2
    assert "'require-evidence' in .intstrat.toml must be true or false, found 'yes'" \
        in done.stderr


# -- the data each point reads -----------------------------------------------------------------


def test_every_point_names_the_data_it_reads_and_each_pointer_is_in_the_schema() -> None:
    from intstrat.rules import all_rules
    from intstrat.rules.base import Group

    schema = json.loads((HERE.parent / "schemas" / "strategy.schema.json").read_text("utf-8"))

    def known(pointer: str) -> bool:
        node: dict[str, Any] = schema
        for key in pointer.replace("[]", "").split("."):
            while "$ref" in node:
                node = schema["$defs"][node["$ref"].rsplit("/", 1)[-1]]
            while "items" in node and "properties" not in node:
                node = node["items"]
            if key not in node.get("properties", {}):
                return False
            node = node["properties"][key]
        return True

    points = [r for r in all_rules().values() if r.group in (Group.CHECKLIST, Group.SECTION)]
    assert len(points) == 29
    for rule in points:
        assert rule.data, f"{rule.id} names no DATA"
        assert [d for d in rule.data if not known(d)] == [], rule.id
    others = [r.id for r in all_rules().values() if r.data and r not in points]
    assert others == []
