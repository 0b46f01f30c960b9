"""`intstrat check PATH...` on many files: discovery, order, broken files, parallel runs."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from conftest import EXAMPLES, run_intstrat

from intstrat.check.audit import AuditOptions
from intstrat.check.batch import check_paths, default_workers
from intstrat.check.discover import discover

ENV = {"GITHUB_ACTIONS": "", "GITHUB_WORKSPACE": "", "CI_PROJECT_DIR": "", "NO_COLOR": "",
       "FORCE_COLOR": ""}
EXAMPLE_NAMES = sorted(p.name for p in EXAMPLES.glob("*.yaml"))


def _json_files(stdout: str) -> list[dict[str, object]]:
    files: list[dict[str, object]] = json.loads(stdout)["files"]
    return files


def test_the_examples_folder_checks_in_one_call(outside: Path) -> None:
    assert len(EXAMPLE_NAMES) >= 3
    result = run_intstrat("check", "--format", "json", "--no-config", str(EXAMPLES),
                          cwd=outside, env=ENV)
    assert result.returncode == 1  # the draft fails
    files = _json_files(result.stdout)
    assert [Path(str(f["path"])).name for f in files] == EXAMPLE_NAMES
    scores = {Path(str(f["path"])).name: f["score"] for f in files}
    assert scores["strategy-en.yaml"] == scores["strategie-de.yaml"] == 100.0
    assert scores["draft.yaml"] < 100.0


@pytest.fixture
def tree(outside: Path) -> Path:
    """A repository with strategies, a broken one, and places discovery must leave alone."""
    root = outside / "repo"
    (root / "strategies" / "sub").mkdir(parents=True)
    shutil.copy(EXAMPLES / "draft.yaml", root / "strategies" / "b-draft.yaml")
    shutil.copy(EXAMPLES / "strategy-en.yaml", root / "strategies" / "sub" / "a.yml")
    (root / "strategies" / "a-broken.yaml").write_text("intstrat: 1\ncluster: [\n",
                                                       encoding="utf-8")
    (root / "strategies" / "ci.yaml").write_text("jobs:\n  test: {}\n", encoding="utf-8")
    (root / "strategies" / "notes.txt").write_text("intstrat: 1\n", encoding="utf-8")
    (root / ".hidden").mkdir()
    shutil.copy(EXAMPLES / "draft.yaml", root / ".hidden" / "draft.yaml")
    (root / "env").mkdir()
    (root / "env" / "pyvenv.cfg").write_text("home = /usr/bin\n", encoding="utf-8")
    shutil.copy(EXAMPLES / "draft.yaml", root / "env" / "draft.yaml")
    (root / "node_modules").mkdir()
    shutil.copy(EXAMPLES / "draft.yaml", root / "node_modules" / "draft.yaml")
    (root / "top.yaml").write_text("# top\nintstrat: 1\nlanguage: en\n", encoding="utf-8")
    return root


def test_discovery_follows_the_version_key_and_skips_hidden_and_tool_folders(tree: Path) -> None:
    found = [Path(p).relative_to(tree).as_posix() for p, _ in discover([str(tree)])]
    assert found == [
        "strategies/a-broken.yaml",
        "strategies/b-draft.yaml",
        "strategies/sub/a.yml",
        "top.yaml",
    ]


def test_named_files_are_checked_unless_strategies_only(tree: Path) -> None:
    named = tree / "strategies" / "ci.yaml"
    assert [p for p, _ in discover([str(named)])] == [str(named)]
    assert list(discover([str(named)], strategies_only=True)) == []
    result = run_intstrat("check", "--format", "json", "strategies/ci.yaml", cwd=tree, env=ENV)
    assert result.returncode == 1
    (entry,) = _json_files(result.stdout)
    assert entry["is_strategy"] is False
    skipped = run_intstrat("check", "--strategies-only", "strategies/ci.yaml", cwd=tree,
                           env=ENV)
    assert skipped.returncode == 0 and skipped.stdout == ""


def test_a_broken_file_does_not_stop_the_run_and_order_is_stable(tree: Path) -> None:
    args = ("check", "--format", "json", "--no-config", "top.yaml", "strategies", "top.yaml")
    first = run_intstrat(*args, cwd=tree, env=ENV)
    assert first.returncode == 1
    files = _json_files(first.stdout)
    # Named paths in their order, folders sorted inside, every file once.
    assert [f["path"] for f in files] == [
        "top.yaml",
        "strategies/a-broken.yaml",
        "strategies/b-draft.yaml",
        "strategies/sub/a.yml",
    ]
    broken = files[1]
    assert broken["is_strategy"] is False
    assert [f["rule"] for f in broken["findings"]] == ["YA01"]  # type: ignore[union-attr]
    assert files[3]["score"] == 100.0
    again = run_intstrat(*args, cwd=tree, env=ENV)
    assert again.stdout == first.stdout


def test_a_missing_path_is_a_usage_error(tree: Path) -> None:
    result = run_intstrat("check", "nope.yaml", cwd=tree, env=ENV)
    assert result.returncode == 2
    assert "nope.yaml: no such file or folder" in result.stderr


def test_parallel_results_equal_serial_results_in_discovery_order(outside: Path) -> None:
    folder = outside / "many"
    folder.mkdir()
    sources = [EXAMPLES / "draft.yaml", EXAMPLES / "strategy-en.yaml",
               EXAMPLES / "strategie-de.yaml"]
    for i in range(70):
        shutil.copy(sources[i % 3], folder / f"s{i:03d}.yaml")
    (folder / "s050.yaml").write_text("intstrat: 1\n\tbad: [\n", encoding="utf-8")
    options = AuditOptions(lang="en")
    serial = check_paths([str(folder)], options, workers=1)
    parallel = check_paths([str(folder)], options, workers=2)
    assert [r.path for r in serial] == sorted(str(p) for p in folder.iterdir())
    assert parallel == serial
    assert default_workers(10) == 1


def test_default_format_is_github_inside_github_actions(tree: Path) -> None:
    result = run_intstrat("check", "strategies/b-draft.yaml", cwd=tree,
                          env={**ENV, "GITHUB_ACTIONS": "true", "GITHUB_WORKSPACE": str(tree)})
    assert result.returncode == 1
    assert result.stdout.startswith("::group::strategies/b-draft.yaml: ")
    assert "::error file=strategies/b-draft.yaml,line=" in result.stdout
    explicit = run_intstrat("check", "--format", "text", "strategies/b-draft.yaml", cwd=tree,
                            env={**ENV, "GITHUB_ACTIONS": "true"})
    assert not explicit.stdout.startswith("::")


def test_github_paths_are_relative_to_the_workspace(tree: Path) -> None:
    result = run_intstrat("check", "--format", "github", "b-draft.yaml",
                          cwd=tree / "strategies", env={**ENV, "GITHUB_WORKSPACE": str(tree)})
    assert "::error file=strategies/b-draft.yaml," in result.stdout


def test_output_file_is_written_and_inputs_are_protected(tree: Path) -> None:
    result = run_intstrat("check", "--format", "sarif", "-o", "report.sarif", "strategies",
                          cwd=tree, env=ENV)
    assert result.returncode == 1 and result.stdout == ""
    payload = json.loads((tree / "report.sarif").read_text(encoding="utf-8"))
    assert payload["version"] == "2.1.0"
    before = (tree / "strategies" / "b-draft.yaml").read_bytes()
    clash = run_intstrat("check", "-o", "strategies/b-draft.yaml", "strategies", cwd=tree,
                         env=ENV)
    assert clash.returncode == 2 and "refusing to write over the input" in clash.stderr
    assert (tree / "strategies" / "b-draft.yaml").read_bytes() == before


def test_quiet_statistics_and_colours(tree: Path) -> None:
    args = ("check", "--lang", "en", "--no-config", "strategies/b-draft.yaml",
            "strategies/sub/a.yml")
    quiet = run_intstrat(*args, "--quiet", cwd=tree, env=ENV)
    assert "✓" not in quiet.stdout and "✗ CL02" in quiet.stdout
    lines = quiet.stdout.splitlines()
    # A passing file is one summary line; a failing one shows only its non-empty groups.
    (passing,) = [line for line in lines if "a.yml" in line]
    assert passing == ("strategies/sub/a.yml: checklist 19/19, sections 10/10, score 100.0 %; "
                       "0 errors, 0 warnings, 0 notes")
    assert any(line.startswith("strategies/b-draft.yaml: checklist ") for line in lines)
    headings = [line for line in lines if line and not line.startswith((" ", "strategies/"))]
    assert all(heading in ("Checklist (guide ch. 10)", "Concept sections (guide ch. 8)",
                           "Structure and consistency", "2 files checked, 1 with findings")
               for heading in headings), headings
    stats = run_intstrat(*args, "--statistics", cwd=tree, env=ENV)
    assert "Findings per rule" in stats.stdout
    assert any(line.split() == ["2", "CL14"] for line in stats.stdout.splitlines())
    # Not a terminal: no colour unless forced; NO_COLOR wins over FORCE_COLOR.
    assert "\x1b[" not in stats.stdout
    forced = run_intstrat(*args, cwd=tree, env={**ENV, "FORCE_COLOR": "1"})
    assert "\x1b[31m" in forced.stdout
    both = run_intstrat(*args, cwd=tree, env={**ENV, "FORCE_COLOR": "1", "NO_COLOR": "1"})
    assert "\x1b[" not in both.stdout
    forced_json = run_intstrat(*args, "--format", "json", cwd=tree,
                               env={**ENV, "FORCE_COLOR": "1"})
    assert "\x1b[" not in forced_json.stdout
    # No progress bar outside a terminal.
    assert stats.stderr == ""


def test_stdin_still_works(outside: Path) -> None:
    raw = (EXAMPLES / "strategy-en.yaml").read_bytes()
    result = run_intstrat("check", "--format", "json", "-", cwd=outside, stdin=raw, env=ENV)
    assert result.returncode == 0
    (entry,) = _json_files(result.stdout)
    assert entry["path"] == "<stdin>" and entry["score"] == 100.0


def test_german_check_writes_the_score_and_counts_as_german_does(tree: Path) -> None:
    result = run_intstrat("check", "--lang", "de", "--no-config", "strategies/b-draft.yaml",
                          "strategies/sub/a.yml", cwd=tree, env=ENV)
    assert result.returncode == 1
    lines = result.stdout.splitlines()
    assert "strategies/sub/a.yml  Punktzahl 100,0 %" in lines
    assert "Checkliste 6/19, Abschnitte 7/10, Punktzahl 44,8 %; 21 Fehler, 1 Warnung, " \
        "0 Hinweise" in lines
    assert lines[-1] == "2 Dateien geprüft, 1 mit Befunden"


@pytest.mark.parametrize(
    ("lang", "expected"),
    [("en", "empty: no strategy files found (searched for *.yaml and *.yml files with an "
            "'intstrat:' line)"),
     ("de", "empty: keine Strategiedateien gefunden (gesucht: *.yaml- und *.yml-Dateien mit "
            "einer Zeile 'intstrat:')")],
)
def test_a_folder_without_strategies_is_a_usage_error_in_the_users_language(
    tree: Path, lang: str, expected: str
) -> None:
    (tree / "empty").mkdir()
    result = run_intstrat("check", "--lang", lang, "empty", cwd=tree, env=ENV)
    assert result.returncode == 2 and result.stdout == ""
    assert expected in result.stderr
