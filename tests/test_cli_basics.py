"""rules, explain, init, --version and the module entry point, through the real CLI."""

from __future__ import annotations

import json
from pathlib import Path

import yaml
from conftest import run_intstrat

from intstrat import __version__


def test_version(outside: Path) -> None:
    result = run_intstrat("--version", cwd=outside)
    assert result.returncode == 0
    assert result.stdout.strip() == f"intstrat {__version__}"


def test_rules_json_lists_every_checklist_point_and_section(outside: Path) -> None:
    result = run_intstrat("rules", "--format", "json", "--lang", "de", cwd=outside)
    assert result.returncode == 0
    rules = {r["id"]: r for r in json.loads(result.stdout)}
    for i in range(1, 20):
        assert f"CL{i:02d}" in rules
    for i in range(1, 11):
        assert f"CS{i:02d}" in rules
    assert rules["CL02"]["chapter"] == "3.1"
    assert "Kick-off" in rules["CL02"]["title"]


def test_rules_text_has_one_line_per_rule(outside: Path) -> None:
    result = run_intstrat("rules", "--lang", "en", cwd=outside)
    lines = result.stdout.splitlines()
    assert lines[0].startswith("CL01  ")
    assert any(line.startswith("CS10  ") for line in lines)


def test_explain_shows_explanation_fix_and_a_passing_snippet(outside: Path) -> None:
    result = run_intstrat("explain", "CL07", "--lang", "en", cwd=outside)
    assert result.returncode == 0
    assert result.stdout.startswith("CL07 ")
    assert "How to satisfy it:" in result.stdout
    assert "Example:" in result.stdout
    snippet = result.stdout.split("Example:\n", 1)[1]
    assert "workshops" in yaml.safe_load(snippet)["measures"]


def test_explain_in_german_and_by_name(outside: Path) -> None:
    by_id = run_intstrat("explain", "cl02", "--lang", "de", cwd=outside)
    assert "So wird die Regel erfüllt:" in by_id.stdout
    by_name = run_intstrat("explain", "kickoff-early", "--lang", "de", cwd=outside)
    assert by_name.stdout == by_id.stdout


def test_explain_unknown_rule_is_a_usage_error(outside: Path) -> None:
    result = run_intstrat("explain", "XX99", cwd=outside)
    assert result.returncode == 2
    assert "unknown rule 'XX99'" in result.stderr


def test_init_writes_a_skeleton_that_reads_and_refuses_to_overwrite(outside: Path) -> None:
    for lang, name in (("en", "s.yaml"), ("de", "s-de.yaml")):
        result = run_intstrat("init", name, "--lang", lang, cwd=outside)
        assert result.returncode == 0, result.stderr
        text = (outside / name).read_text(encoding="utf-8")
        assert text.startswith("# yaml-language-server: $schema=")
        data = yaml.safe_load(text)
        assert data["intstrat"] == 2 and data["language"] == lang
        check = run_intstrat("check", "--format", "json", name, cwd=outside)
        report = json.loads(check.stdout)["files"][0]
        assert report["is_strategy"] is True
        assert not [f for f in report["findings"] if f["rule"].startswith(("YA", "SC"))]
    before = (outside / "s.yaml").read_bytes()
    again = run_intstrat("init", "s.yaml", cwd=outside)
    assert again.returncode == 2
    assert "s.yaml" in again.stderr and "already exists" in again.stderr
    assert (outside / "s.yaml").read_bytes() == before
    assert sorted(p.name for p in outside.iterdir()) == ["s-de.yaml", "s.yaml"]


def test_no_command_shows_help(outside: Path) -> None:
    result = run_intstrat(cwd=outside)
    assert "check" in result.stdout + result.stderr


def test_usage_errors_speak_german_when_asked(outside: Path) -> None:
    english = run_intstrat("check", "nope.yaml", cwd=outside, env={"LANG": "C.UTF-8"})
    assert english.stderr.strip() == "intstrat: error: nope.yaml: no such file or folder"
    german = run_intstrat("check", "--lang", "de", "nope.yaml", cwd=outside)
    assert german.returncode == 2
    assert german.stderr.strip() == (
        "intstrat: Fehler: nope.yaml: diese Datei oder diesen Ordner gibt es nicht"
    )
    by_locale = run_intstrat(
        "check", "--config", "nope.toml", "s.yaml", cwd=outside,
        env={"LANG": "de_DE.UTF-8", "LC_ALL": ""},
    )
    assert by_locale.stderr.strip() == (
        "intstrat: Fehler: nope.toml: diese Konfigurationsdatei gibt es nicht"
    )


def test_schema_command_writes_the_shipped_schema_for_offline_editors(outside: Path) -> None:
    done = run_intstrat("schema", "-o", "strategy.schema.json", cwd=outside)
    assert done.returncode == 0, done.stderr
    written = json.loads((outside / "strategy.schema.json").read_text(encoding="utf-8"))
    assert written["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert "partner_selection" in written["properties"]
    init = run_intstrat("init", "s.yaml", "--schema", "strategy.schema.json", cwd=outside)
    assert init.returncode == 0
    first = (outside / "s.yaml").read_text(encoding="utf-8").splitlines()[0]
    assert first == "# yaml-language-server: $schema=strategy.schema.json"


def test_init_speaks_the_language_of_the_skeleton(outside: Path) -> None:
    german = run_intstrat("init", "s.yaml", "--lang", "de", cwd=outside, env={"LANG": "C.UTF-8"})
    assert german.returncode == 0
    assert german.stderr.strip() == "s.yaml geschrieben. Weiter mit: intstrat check s.yaml"
    english = run_intstrat("init", "t.yaml", cwd=outside, env={"LANG": "C.UTF-8"})
    assert english.stderr.strip() == "Wrote t.yaml. Next: intstrat check t.yaml"
    again = run_intstrat("init", "s.yaml", "--lang", "de", cwd=outside)
    assert again.returncode == 2
    assert again.stderr.strip() == (
        "intstrat: Fehler: s.yaml: gibt es schon; intstrat überschreibt die Datei nie"
    )


def _descriptions(node: object) -> list[str]:
    if isinstance(node, dict):
        found = [v for k, v in node.items() if k == "description" and isinstance(v, str)]
        return found + [d for v in node.values() for d in _descriptions(v)]
    if isinstance(node, list):
        return [d for v in node for d in _descriptions(v)]
    return []


def test_schema_by_default_holds_english_then_german_as_editors_show_it(outside: Path) -> None:
    done = run_intstrat("schema", cwd=outside)
    assert done.returncode == 0, done.stderr
    printed = json.loads(done.stdout)
    cluster = printed["properties"]["cluster"]
    assert cluster["title"] == "Cluster"
    assert cluster["description"] == (
        "The cluster or network whose strategy this is.\n\n"
        "DE: Das Cluster bzw. Netzwerk, dessen Strategie dies ist."
    )
    assert all("\n\nDE: " in text for text in _descriptions(printed))


def test_schema_in_one_language(outside: Path) -> None:
    german = json.loads(run_intstrat("schema", "--lang", "de", cwd=outside).stdout)
    assert german["properties"]["funding"]["title"] == "Förderung"
    assert german["properties"]["cluster"]["description"] == (
        "Das Cluster bzw. Netzwerk, dessen Strategie dies ist."
    )
    assert not any("DE: " in text for text in _descriptions(german))
    english = run_intstrat("schema", "--lang", "en", "-o", "en.json", cwd=outside)
    assert english.returncode == 0
    from intstrat.resources import schema_path

    assert (outside / "en.json").read_bytes() == schema_path().read_bytes()
