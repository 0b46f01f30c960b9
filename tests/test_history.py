"""`intstrat history` as a user runs it, on a small real git repository made here: the score of
every commit, renames followed, format changes marked, the formats, the dates, the errors."""

from __future__ import annotations

import csv
import io
import json
import os
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from conftest import EXAMPLES, run_intstrat

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")

DRAFT = (EXAMPLES / "draft.yaml").read_text(encoding="utf-8")
COMPLETE = (EXAMPLES / "strategy-en.yaml").read_text(encoding="utf-8")


def git(repo: Path, *args: str, day: str = "2026-01-05") -> None:
    stamp = f"{day}T10:00:00+00:00"
    env = {**os.environ, "GIT_AUTHOR_DATE": stamp, "GIT_COMMITTER_DATE": stamp,
           "GIT_AUTHOR_NAME": "Office", "GIT_AUTHOR_EMAIL": "office@example.org",
           "GIT_COMMITTER_NAME": "Office", "GIT_COMMITTER_EMAIL": "office@example.org",
           "GIT_CONFIG_GLOBAL": os.devnull, "GIT_CONFIG_NOSYSTEM": "1"}
    subprocess.run(["git", *args], cwd=repo, env=env, check=True, capture_output=True,
                   timeout=60)


def commit(repo: Path, name: str, text: str, subject: str, day: str) -> None:
    (repo / name).write_text(text, encoding="utf-8")
    git(repo, "add", name)
    git(repo, "commit", "-q", "-m", subject, day=day)


@pytest.fixture(scope="module")
def repo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Five commits: the draft, the complete strategy, a rename, format 3 (unknown), back to 2."""
    folder = tmp_path_factory.mktemp("strategy-repo")
    git(folder, "init", "-q", "-b", "main")
    commit(folder, "strategy.yaml", DRAFT, "Draft from the office", "2026-01-05")
    commit(folder, "strategy.yaml", COMPLETE, "Board's version", "2026-03-02")
    git(folder, "mv", "strategy.yaml", "nshc.yaml")
    git(folder, "commit", "-q", "-m", "Rename to the cluster's short name", day="2026-04-01")
    commit(folder, "nshc.yaml", COMPLETE.replace("intstrat: 2", "intstrat: 3", 1),
           "Try format 3", "2026-05-04")
    commit(folder, "nshc.yaml", COMPLETE, "Back to format 2", "2026-06-01")
    commit(folder, "other.yaml", DRAFT, "Another file", "2026-06-02")
    return folder


def history_json(repo: Path, *args: str) -> dict[str, object]:
    done = run_intstrat("history", "nshc.yaml", "--format", "json", *args, cwd=repo)
    assert done.returncode == 0, done.stderr
    data: dict[str, object] = json.loads(done.stdout)
    return data


def test_every_commit_has_its_score_oldest_first_following_the_rename(repo: Path) -> None:
    data = history_json(repo)
    versions = data["versions"]
    assert isinstance(versions, list)
    rows = [(v["date"][:10], v["path"], v["format"], v["score"], v["passed"], v["marks"])
            for v in versions]
    assert rows == [
        ("2026-01-05", "strategy.yaml", 2, 44.8, 13, ["first"]),
        ("2026-03-02", "strategy.yaml", 2, 100.0, 29, []),
        ("2026-04-01", "nshc.yaml", 2, 100.0, 29, ["renamed"]),
        ("2026-05-04", "nshc.yaml", 3, None, None, ["format", "unreadable"]),
        ("2026-06-01", "nshc.yaml", 2, 100.0, 29, ["format"]),
    ]
    first = versions[0]
    assert first["subject"] == "Draft from the office"
    assert first["points"]["CL01"] == "passed" and first["points"]["CL02"] == "failed"
    assert len(first["points"]) == 29
    rules = data["rules"]
    assert isinstance(rules, dict) and len(str(rules["fingerprint"])) == 12


def test_the_monitor_summary_is_as_of_each_commits_day(repo: Path) -> None:
    versions = history_json(repo)["versions"]
    assert isinstance(versions, list)
    # The draft on 2026-01-05: nothing measured yet, its milestones still ahead (as of today
    # its kick-off is done and an indicator has a value).
    assert versions[0]["monitor"] == {
        "counts": {"no_data": 2, "upcoming": 2},
        "needs_attention": False,
    }
    assert versions[3]["monitor"] == {"counts": {}, "needs_attention": False}


@pytest.mark.parametrize(("args", "dates"), [
    (("--since", "2026-03-02"), ["2026-03-02", "2026-04-01", "2026-05-04", "2026-06-01"]),
    (("--until", "2026-03-02"), ["2026-01-05", "2026-03-02"]),
    (("--since", "2026-03-03", "--until", "2026-05-04"), ["2026-04-01", "2026-05-04"]),
], ids=["since", "until", "both"])
def test_since_and_until_include_their_days(repo: Path, args: tuple[str, ...],
                                            dates: list[str]) -> None:
    versions = history_json(repo, *args)["versions"]
    assert isinstance(versions, list)
    assert [v["date"][:10] for v in versions] == dates


def test_text_marks_the_rename_and_the_format_change(repo: Path) -> None:
    done = run_intstrat("history", "nshc.yaml", cwd=repo)
    assert done.returncode == 0, done.stderr
    out = done.stdout
    assert out.startswith("History of nshc.yaml: 5 commits, oldest first\n")
    lines = out.splitlines()
    assert any(line.startswith("2026-03-02") and " 100.0 %   +55.2   29/29" in line
               for line in lines), out
    assert "↳ renamed strategy.yaml → nshc.yaml" in out
    assert "↳ format version 2 → 3: not comparable with the version before; not readable as a " \
        "strategy" in out
    assert "↳ format version 3 → 2: not comparable with the version before" in out
    # The change after the unreadable version is measured against the last readable one.
    assert any(line.startswith("2026-06-01") and "+0.0" in line for line in lines), out


def test_german_text(repo: Path) -> None:
    done = run_intstrat("history", "nshc.yaml", "--lang", "de", cwd=repo)
    assert done.returncode == 0, done.stderr
    assert "Verlauf von nshc.yaml: 5 Commits, der älteste zuerst" in done.stdout
    assert "05.01.2026" in done.stdout and "44,8 %" in done.stdout
    assert "umbenannt strategy.yaml → nshc.yaml" in done.stdout


def test_csv_has_a_row_per_commit_and_a_column_per_point(repo: Path) -> None:
    done = run_intstrat("history", "nshc.yaml", "--format", "csv", cwd=repo)
    assert done.returncode == 0, done.stderr
    rows = list(csv.DictReader(io.StringIO(done.stdout)))
    assert [r["score"] for r in rows] == ["44.8", "100.0", "100.0", "", "100.0"]
    assert [r["CL02"] for r in rows] == ["failed", "passed", "passed", "", "passed"]
    assert rows[3]["marks"] == "format unreadable"
    assert rows[0]["subject"] == "Draft from the office"


def test_svg_chart_written_with_output(repo: Path, tmp_path: Path) -> None:
    target = tmp_path / "chart.svg"
    done = run_intstrat("history", "nshc.yaml", "--format", "svg", "-o", str(target), cwd=repo)
    assert done.returncode == 0, done.stderr
    assert done.stdout == ""
    root = ET.fromstring(target.read_text(encoding="utf-8"))
    ns = "{http://www.w3.org/2000/svg}"
    assert root.tag == f"{ns}svg"
    assert root.findtext(f"{ns}title") == "Score history of nshc.yaml"
    circles = root.findall(f".//{ns}circle")
    shas = _shas(repo)  # every commit of the repository, oldest first
    days = ["2026-01-05", "2026-03-02", "2026-04-01", "2026-06-01"]
    scores = ["44.8 %", "100.0 %", "100.0 %", "100.0 %"]
    # The format-3 version (the fourth commit) has no score, so no point.
    expected = [f"{d} {shas[i]}: {s}" for i, d, s in zip((0, 1, 2, 4), days, scores, strict=True)]
    assert [c.findtext(f"{ns}title") for c in circles] == expected
    # The line breaks at the unreadable version: two segments.
    assert len(root.findall(f".//{ns}polyline")) == 2


def _shas(repo: Path) -> list[str]:
    done = subprocess.run(["git", "log", "--format=%H", "--reverse"], cwd=repo,
                          capture_output=True, text=True, check=True)
    return [sha[:8] for sha in done.stdout.split()]


def test_output_never_overwrites_the_strategy(repo: Path) -> None:
    before = (repo / "nshc.yaml").read_bytes()
    done = run_intstrat("history", "nshc.yaml", "-o", "nshc.yaml", cwd=repo)
    assert done.returncode == 2
    assert "refusing to write over the input file" in done.stderr
    assert (repo / "nshc.yaml").read_bytes() == before


@pytest.fixture
def plain_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "plain"
    folder.mkdir()
    (folder / "strategy.yaml").write_text(DRAFT, encoding="utf-8")
    return folder


ERRORS = [
    ("not-a-repository", ["strategy.yaml"], "strategy.yaml: is not inside a git repository"),
    ("bad-date", ["strategy.yaml", "--since", "5.1.2026"],
     "--since: '5.1.2026' is not a date; write it as YYYY-MM-DD"),
    ("since-after-until", ["strategy.yaml", "--since", "2026-02-01", "--until", "2026-01-01"],
     "--since 2026-02-01 is after --until 2026-01-01"),
]


@pytest.mark.parametrize(("args", "message"), [(a, m) for _, a, m in ERRORS],
                         ids=[i for i, _, _ in ERRORS])
def test_usage_errors_outside_git(plain_folder: Path, args: list[str], message: str) -> None:
    env = {"GIT_CEILING_DIRECTORIES": str(plain_folder.parent)}
    done = run_intstrat("history", *args, cwd=plain_folder, env=env)
    assert done.returncode == 2, done.stdout + done.stderr
    assert done.stderr == f"intstrat: error: {message}\n"


def test_run_from_another_folder(repo: Path, outside: Path) -> None:
    done = run_intstrat("history", str(repo / "nshc.yaml"), "--format", "csv", cwd=outside)
    assert done.returncode == 0, done.stderr
    assert len(done.stdout.splitlines()) == 1 + 5


def test_standard_input_is_no_history(repo: Path) -> None:
    done = run_intstrat("history", "-", cwd=repo, stdin=DRAFT.encode())
    assert done.returncode == 2
    assert done.stderr == ("intstrat: error: history reads a file in a git repository, not "
                           "standard input ('-')\n")


def test_a_file_never_committed(repo: Path) -> None:
    (repo / "new.yaml").write_text(DRAFT, encoding="utf-8")
    try:
        done = run_intstrat("history", "new.yaml", cwd=repo)
    finally:
        (repo / "new.yaml").unlink()
    assert done.returncode == 2
    assert done.stderr == ("intstrat: error: new.yaml: was never committed to its git "
                           "repository\n")


def test_git_missing(repo: Path, tmp_path: Path) -> None:
    empty = tmp_path / "bin"
    empty.mkdir()
    done = subprocess.run([sys.executable, "-m", "intstrat", "history", "nshc.yaml"], cwd=repo,
                          env={**os.environ, "PATH": str(empty)}, capture_output=True,
                          text=True, timeout=60, check=False)
    assert done.returncode == 2
    assert done.stderr == ("intstrat: error: history needs git, and no `git` program was found "
                           "on PATH\n")


def test_formats_match_the_cli_choice() -> None:
    from intstrat.cli.history import HistoryFormat
    from intstrat.living.reports.history import FORMATS

    assert tuple(f.value for f in HistoryFormat) == FORMATS
