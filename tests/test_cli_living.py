"""`intstrat monitor`, `rank` and `diff` as a user runs them: output, numbers, exit codes."""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import subprocess
import sys
import warnings
from pathlib import Path
from typing import Any

import pytest

from intstrat.errors import UsageError

# typer 0.19 touches click helpers that click 8.2+ marks deprecated; the warning is theirs.
_CLICK_DEPRECATION = r"ignore:.*deprecated and will be removed in Click:DeprecationWarning"
with warnings.catch_warnings():
    warnings.filterwarnings("ignore", "", DeprecationWarning)
    from typer.testing import CliRunner

    from intstrat.cli import app

pytestmark = pytest.mark.filterwarnings(_CLICK_DEPRECATION)

DATA = Path(__file__).parent / "data" / "living"
SMALL = DATA / "small.yaml"
ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"
EXAMPLE_FILES = [EXAMPLES / "strategy-en.yaml", EXAMPLES / "strategie-de.yaml"]

runner = CliRunner()


def run(*args: str, input: str | None = None) -> Any:
    return runner.invoke(app, [str(a) for a in args], input=input)


def run_json(*args: str) -> tuple[int, dict[str, Any]]:
    result = run(*args, "--format", "json")
    return result.exit_code, json.loads(result.stdout)


# --- monitor -------------------------------------------------------------------------------


# small.yaml, as of 2026-07-02: period.start 2026-01-01, indicators due 2027-01-01 (365 days,
# 182 passed -> time 49.9 %, on track from 39.9 %).
#   on-time:    (18 - 10) / (30 - 10) = 40.0 %  -> on_track
#   slow:       (17 - 10) / 20        = 35.0 %  -> behind
#   fewer:      (30 - 90) / (30 - 90) = 100.0 % -> achieved (lower is better)
#   unmeasured: no actuals                      -> no_data; time 182 / 1095 = 16.6 %
# Milestones: m-done done; m-late due 2026-06-01 overdue; m-soon due in 18 days; m-later.
def test_monitor_json_numbers_by_hand() -> None:
    code, report = run_json("monitor", SMALL, "--as-of", "2026-07-02")
    assert code == 1
    assert report["as_of"] == "2026-07-02"
    assert report["needs_attention"] is True
    assert [
        (i["id"], i["latest"], i["percent"], i["expected_percent"], i["status"])
        for i in report["indicators"]
    ] == [
        ("on-time", 18.0, 40.0, 49.9, "on_track"),
        ("slow", 17.0, 35.0, 49.9, "behind"),
        ("fewer", 30.0, 100.0, 49.9, "achieved"),
        ("unmeasured", None, None, 16.6, "no_data"),
    ]
    assert report["indicators"][0]["latest_date"] == "2026-06-30"
    assert [(m["id"], m["status"], m["done_on"]) for m in report["milestones"]] == [
        ("m-done", "done", "2026-03-14"),
        ("m-late", "overdue", None),
        ("m-soon", "due", None),
        ("m-later", "upcoming", None),
    ]


def test_monitor_as_of_an_earlier_day_ignores_later_records() -> None:
    # 2026-02-01: no actual value yet, no milestone due -> nothing needs attention, exit 0
    code, report = run_json("monitor", SMALL, "--as-of", "2026-02-01")
    assert code == 0
    assert {i["status"] for i in report["indicators"]} == {"no_data"}
    assert [m["status"] for m in report["milestones"]] == ["upcoming"] * 4
    # 2026-04-01: the first actual (12) counts -> (12 - 10) / 20 = 10.0 %; time 90/365 = 24.7 %
    _, report = run_json("monitor", SMALL, "--as-of", "2026-04-01")
    first = report["indicators"][0]
    assert (first["latest"], first["percent"], first["expected_percent"], first["status"]) == (
        12.0,
        10.0,
        24.7,
        "behind",
    )


def test_monitor_markdown_in_both_languages() -> None:
    result = run("monitor", SMALL, "--as-of", "2026-07-02", "--format", "md")
    assert result.exit_code == 1
    assert "# Progress as of 2026-07-02 (guide ch. 7)" in result.stdout
    assert (
        "| Members active abroad (members) | 10 | 30 | 18 (of 2026-06-30) | 40.0 | 49.9 "
        "| 2027-01-01 | on track |"
    ) in result.stdout
    assert "| Partner database online | 2026-06-01 | – | overdue |" in result.stdout
    assert "| Steering committee set up | 2026-07-20 | – | due soon |" in result.stdout
    assert "**Needs attention: 1 indicator behind, 1 milestone overdue.**" in result.stdout
    # German dates as the rendered document writes them; the status words are the document's.
    german = run("monitor", SMALL, "--as-of", "2026-07-02", "--format", "md", "--lang", "de")
    assert "# Fortschritt am 02.07.2026 (Leitfaden Kap. 7)" in german.stdout
    assert (
        "| Members active abroad (members) | 10 | 30 | 18 (vom 30.06.2026) | 40,0 | 49,9 "
        "| 01.01.2027 | im Plan |"
    ) in german.stdout
    assert "| Staff exchanged (persons) | 10 | 30 | 17 (vom 30.06.2026) | 35,0 | 49,9" in (
        german.stdout
    )
    assert "| Partner database online | 01.06.2026 | – | überfällig |" in german.stdout
    assert "| Steering committee set up | 20.07.2026 | – | bald fällig |" in german.stdout
    assert "**Handlungsbedarf: 1 Indikator im Verzug, 1 Meilenstein überfällig.**" in (
        german.stdout
    )


def test_monitor_text_is_a_table_with_translated_statuses() -> None:
    result = run("monitor", SMALL, "--as-of", "2026-07-02")
    assert result.exit_code == 1
    for word in ("on track", "behind", "achieved", "no data", "overdue", "due soon", "upcoming"):
        assert word in result.stdout
    assert "Needs attention: 1 indicator behind, 1 milestone overdue." in result.stdout
    german = run("monitor", SMALL, "--as-of", "2026-07-02", "--lang", "de")
    for word in ("im Plan", "im Verzug", "erreicht", "keine Daten", "überfällig", "bald fällig"):
        assert word in german.stdout


def test_monitor_rejects_a_bad_date() -> None:
    result = run("monitor", SMALL, "--as-of", "2026-13-01")
    assert isinstance(result.exception, UsageError)
    assert "'2026-13-01' is not a date" in str(result.exception)


def test_monitor_counts_in_plurals() -> None:
    # 2027-02-01: both indicators short of their target are past due, two milestones overdue
    english = run("monitor", SMALL, "--as-of", "2027-02-01", "-f", "md").stdout
    assert "**Needs attention: 2 indicators behind, 2 milestones overdue.**" in english
    german = run("monitor", SMALL, "--as-of", "2027-02-01", "-f", "md", "--lang", "de").stdout
    assert "**Handlungsbedarf: 2 Indikatoren im Verzug, 2 Meilensteine überfällig.**" in german


ODD_NAMES = """\
intstrat: 1
monitoring:
  indicators:
    - id: a
      name: "[red]Alarm[/] [/oops]|x"
      baseline: 1500
      target: 2500.5
      due: 2027-01-01
      actuals: [{date: 2026-01-01, value: 1750.25}]
"""


def test_names_are_shown_as_written_and_numbers_in_the_language() -> None:
    text = run("monitor", "-", "--as-of", "2026-07-02", "--lang", "de", input=ODD_NAMES)
    assert text.exit_code == 0
    assert "[red]Alarm[/] [/oops]|x" in text.stdout  # not read as Rich markup
    assert "1.500 → 2.500,5" in text.stdout
    assert "1.750,25" in text.stdout
    md = run("monitor", "-", "--as-of", "2026-07-02", "-f", "md", input=ODD_NAMES).stdout
    assert "| [red]Alarm[/] [/oops]\\|x | 1,500 | 2,500.5 | 1,750.25 (of 2026-01-01) |" in md


def test_text_reports_are_pure_and_fit_the_width() -> None:
    from intstrat.check.source import read_strategy
    from intstrat.living.progress import assess
    from intstrat.living.reports import ReportOptions, write

    progress = assess(read_strategy(str(SMALL)).data, dt.date(2026, 7, 2))
    narrow = ReportOptions(lang="de", width=80)
    first = write("monitor", "text", progress, narrow)
    assert first == write("monitor", "text", progress, narrow)
    assert max(len(line) for line in first.splitlines()) <= 80
    assert "\x1b[" not in first
    coloured = write("monitor", "text", progress, ReportOptions(lang="de", width=80, color=True))
    assert "\x1b[" in coloured and "bald fällig" in coloured


# --- rank ----------------------------------------------------------------------------------


# small.yaml partners, weights a=3, b=1 (scale 0..5):
#   x: a (4+2)/2 = 3, b (2+4)/2 = 3        -> 12 / 4 = 3.0
#   y: r2 excluded (conflict): a 3, b 5    -> 14 / 4 = 3.5
#   z: a (4+3)/2 = 3.5, b missing          -> 10.5 / 3 = 3.5
#   w: no scores                           -> None
def test_rank_partners_json_by_hand() -> None:
    code, report = run_json("rank", "partners", SMALL)
    assert code == 0
    assert report["kind"] == "partners"
    assert report["scale"] == {"min": 0.0, "max": 5.0, "step": 1.0}
    assert [(r["id"], r["score"], r["weighted_total"], r["rank"]) for r in report["ranking"]] == [
        ("y", 3.5, 14.0, 1),
        ("z", 3.5, 10.5, 1),
        ("x", 3.0, 12.0, 3),
        ("w", None, None, None),
    ]
    by_id = {r["id"]: r for r in report["ranking"]}
    assert by_id["y"]["excluded_raters"] == ["r2"]
    assert by_id["z"]["missing"] == ["b"]
    assert by_id["z"]["per_criterion"] == [
        {"criterion": "a", "mean": 3.5, "raters": 2},
        {"criterion": "b", "mean": None, "raters": 0},
    ]
    assert report["sensitivity"] == [
        {"criterion": "a", "delta": 1.0, "changed": ["y"]},
        {"criterion": "a", "delta": -1.0, "changed": ["z"]},
        {"criterion": "b", "delta": 1.0, "changed": ["z"]},
    ]


# small.yaml projects, weights fit=2, money=1; k's scores on p1 excluded:
#   p1: fit 6, money 9                      -> (12 + 9) / 3 = 7.0
#   p2: fit (8+9)/2 = 8.5, money 4          -> (17 + 4) / 3 = 7.0   (a tie: both rank 1)
#   fit 2->3: p1 27/4 = 6.75, p2 29.5/4 = 7.375 -> p1 drops to 2
def test_rank_projects_json_by_hand() -> None:
    code, report = run_json("rank", "projects", SMALL)
    assert code == 0
    assert [(r["id"], r["name"], r["score"], r["rank"]) for r in report["ranking"]] == [
        ("p1", "Sensor pilot", 7.0, 1),
        ("p2", "Battery recycling", 7.0, 1),
    ]
    assert report["ranking"][0]["excluded_raters"] == ["k"]
    assert report["sensitivity"][0] == {"criterion": "fit", "delta": 1.0, "changed": ["p1"]}
    assert report["decided_by"] == "Steering committee"


def test_rank_markdown_reports_missing_and_conflicts() -> None:
    result = run("rank", "partners", SMALL, "--format", "md")
    assert result.exit_code == 0
    out = result.stdout
    assert "| 1 | Ypsilon Network (y) | 3.50 | 14.00 | – | r2 |" in out
    assert "| 1 | Zeta Hub (z) | 3.50 | 10.50 | b | – |" in out
    assert "| – | Without Scores (w) | not scored | – | a, b | – |" in out
    assert "- Zeta Hub: no usable score for b (left out, not counted as zero)" in out
    assert "| Interest in cooperation | general | 3 | 3.00 | 3.50 | 3.00 | – |" in out
    assert "- weight of a +1: rank changes for y" in out
    german = run("rank", "partners", SMALL, "--format", "md", "--lang", "de").stdout
    assert "# Rangfolge der Partner (Leitfaden Kap. 4.2)" in german
    assert "| 1 | Ypsilon Network (y) | 3,50 | 14,00 | – | r2 |" in german
    assert "- Gewicht von a +1: Rang ändert sich für y" in german
    # one word for the score in every command
    assert "| Rang | Kandidat | Punktzahl | Gewichtete Summe |" in german
    assert "Punktzahl = gewichtetes Mittel" in german


def test_rank_text() -> None:
    result = run("rank", "projects", SMALL)
    assert result.exit_code == 0
    assert "Project ranking (guide ch. 5.1)" in result.stdout
    assert "7.00" in result.stdout
    assert "weight of fit +1: rank changes for p1" in result.stdout


def test_rank_without_a_catalogue() -> None:
    result = run("rank", "partners", DATA / "no-catalogue.yaml")
    assert result.exit_code == 0
    assert "No criteria with a positive weight: nothing to rank." in result.stdout
    code, report = run_json("rank", "partners", DATA / "no-catalogue.yaml")
    assert (code, report["criteria"], report["sensitivity"]) == (0, [], [])
    assert [(r["id"], r["score"], r["rank"]) for r in report["ranking"]] == [("a", None, None)]


def test_rank_rejects_an_unknown_kind() -> None:
    result = run("rank", "people", SMALL)
    assert result.exit_code == 2
    assert "people" in result.output


# --- diff ----------------------------------------------------------------------------------


def test_diff_structure_json() -> None:
    code, report = run_json("diff", DATA / "old.yaml", DATA / "new.yaml")
    assert code == 0
    sections = {s["section"]: s for s in report["sections"]}
    assert list(sections) == ["partner_selection", "monitoring", "concept"]
    assert [
        (c["kind"], c["pointer"], c["old"], c["new"]) for c in sections["monitoring"]["changes"]
    ] == [
        ("changed", "monitoring.indicators[id=slow].target", 30, 25),
        (
            "added",
            "monitoring.indicators[id=slow].actuals[date=2026-09-30]",
            None,
            {"date": "2026-09-30", "value": 21},
        ),
    ]
    assert (sections["partner_selection"]["added"], sections["partner_selection"]["removed"]) == (
        1,
        1,
    )
    assert [c["pointer"] for c in sections["partner_selection"]["changes"]] == [
        "partner_selection.candidates[id=v]",
        "partner_selection.candidates[id=w]",
    ]
    assert sections["concept"]["changes"] == [
        {
            "kind": "changed",
            "pointer": "concept.work_plan.milestones[id=m-late].status",
            "old": "open",
            "new": "done",
        },
        {
            "kind": "added",
            "pointer": "concept.work_plan.milestones[id=m-late].done_on",
            "old": None,
            "new": "2026-08-15",
        },
    ]
    assert set(report["score"]) == {"before", "after", "delta"}
    assert isinstance(report["score"]["before"], float)
    assert {"fixed", "introduced"} == set(report["findings"])


def test_diff_text_and_markdown() -> None:
    result = run("diff", DATA / "old.yaml", DATA / "new.yaml")
    assert result.exit_code == 0
    out = result.stdout
    assert f"Changes from {DATA / 'old.yaml'} to {DATA / 'new.yaml'}" in out
    assert "  monitoring: 1 added, 0 removed, 1 changed" in out
    assert "    ~ monitoring.indicators[id=slow].target: 30 → 25" in out
    assert '    + partner_selection.candidates[id=v]: {id: "v", …}' in out
    assert '    - partner_selection.candidates[id=w]: {id: "w", …}' in out
    md = run("diff", DATA / "old.yaml", DATA / "new.yaml", "--format", "md", "--lang", "de").stdout
    assert "### monitoring" in md
    assert "1 hinzugefügt, 0 entfernt, 1 geändert" in md
    assert "- geändert `monitoring.indicators[id=slow].target`: 30 → 25" in md
    # the score as `check` and `render` write it in German
    assert re.search(r"^- Punktzahl: \d+,\d % → \d+,\d % \([+−]\d+,\d\)$", md, re.MULTILINE)


def test_diff_reads_the_old_version_from_stdin() -> None:
    text = (DATA / "old.yaml").read_text(encoding="utf-8")
    code_file = run("diff", DATA / "old.yaml", DATA / "new.yaml", "--format", "json")
    piped = run("diff", "-", DATA / "new.yaml", "--format", "json", input=text)
    assert piped.exit_code == 0
    report = json.loads(piped.stdout)
    assert report["old"] == "<stdin>"
    assert report["sections"] == json.loads(code_file.stdout)["sections"]


def test_diff_of_identical_versions() -> None:
    result = run("diff", SMALL, SMALL)
    assert result.exit_code == 0
    assert "The two versions hold the same data." in result.stdout
    assert "Findings fixed (0)" in result.stdout


def test_diff_fail_on_regression(tmp_path: Path) -> None:
    """Dropping the monitoring section of a complete example costs points and adds findings."""
    example = EXAMPLES / "strategy-en.yaml"
    text = example.read_text(encoding="utf-8")
    head, _, tail = text.partition("\nmonitoring:\n")
    rest = tail[tail.index("\nconcept:") :]
    worse = tmp_path / "worse.yaml"
    worse.write_text(head + rest, encoding="utf-8")
    code, report = run_json("diff", example, worse)
    assert code == 0  # informational without the flag
    assert report["regression"] is True
    assert report["score"]["after"] < report["score"]["before"]
    assert any(f["rule"] == "CL18" for f in report["findings"]["introduced"])
    assert [s["section"] for s in report["sections"]] == ["monitoring"]
    assert report["sections"][0]["removed"] == 1
    flagged = run("diff", example, worse, "--fail-on-regression")
    assert flagged.exit_code == 1
    better = run("diff", worse, example, "--fail-on-regression")
    assert better.exit_code == 0
    assert "CL18" in better.stdout


def test_diff_only_one_side_may_be_stdin() -> None:
    result = run("diff", "-", "-", input="intstrat: 1\n")
    assert isinstance(result.exception, UsageError)


# --- one report per command and format ----------------------------------------------------


def test_every_format_of_every_command_maps_to_a_report() -> None:
    import typer.main

    from intstrat.cli.living import Format
    from intstrat.living.reports import FORMATS, REPORTS, report_for

    commands = typer.main.get_command(app).commands  # type: ignore[attr-defined]
    assert set(REPORTS) <= set(commands)
    # `markdown` is the other spelling of `md` (the one `check --format` uses too).
    assert {f.value for f in Format} - {Format.markdown.value} == set(FORMATS)
    for command, formats in REPORTS.items():
        assert set(formats) == set(FORMATS), command
        for fmt in formats:
            assert callable(report_for(command, fmt)), (command, fmt)


@pytest.mark.parametrize("command", ["monitor", "rank", "diff"])
@pytest.mark.parametrize("fmt", ["text", "md", "json"])
def test_every_report_runs_from_the_cli(command: str, fmt: str) -> None:
    args = {"monitor": ["monitor", SMALL, "--as-of", "2026-07-02"],
            "rank": ["rank", "projects", SMALL],
            "diff": ["diff", DATA / "old.yaml", DATA / "new.yaml"]}[command]
    result = run(*args, "--format", fmt, "--lang", "de")
    assert result.exit_code in (0, 1), result.output
    assert result.stdout.endswith("\n") and not result.stdout.endswith("\n\n\n")
    if fmt == "json":
        assert json.loads(result.stdout)["language"] == "de"


# --- reading errors ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "args",
    [
        ("monitor", "missing.yaml"),
        ("rank", "partners", "missing.yaml"),
        ("diff", "missing.yaml", str(SMALL)),
        ("diff", str(SMALL), "missing.yaml"),
    ],
)
def test_a_missing_file_is_a_usage_error(args: tuple[str, ...]) -> None:
    result = run(*args)
    assert isinstance(result.exception, UsageError)
    assert str(result.exception) == "missing.yaml: no such file"


@pytest.mark.parametrize(
    "args",
    [
        ("monitor", str(DATA / "broken.yaml")),
        ("rank", "projects", str(DATA / "broken.yaml")),
        ("diff", str(SMALL), str(DATA / "broken.yaml")),
    ],
)
def test_yaml_errors_are_reported_with_their_place(args: tuple[str, ...]) -> None:
    result = run(*args)
    assert result.exit_code == 1
    assert result.exception is None or isinstance(result.exception, SystemExit)
    assert f"{DATA / 'broken.yaml'}:7:8: " in result.stderr
    assert "[YA01]" in result.stderr


def test_a_list_is_not_a_strategy() -> None:
    result = run("monitor", "-", input="- just\n- a list\n")
    assert result.exit_code == 1
    # the words `check` uses for the same file
    assert result.stderr == (
        "<stdin>:1:1: the top level is a list, but a strategy is a mapping of sections [SC04]\n"
    )


def test_a_folder_is_a_usage_error() -> None:
    result = run("monitor", DATA)
    assert isinstance(result.exception, UsageError)
    assert result.exception.text("de") == f"{DATA}: ist ein Ordner, keine Strategiedatei"


def test_usage_errors_speak_german() -> None:
    result = run("rank", "partners", "missing.yaml", "--lang", "de")
    assert isinstance(result.exception, UsageError)
    assert result.exception.text("de") == "missing.yaml: Datei nicht gefunden"
    dated = run("monitor", SMALL, "--as-of", "gestern")
    assert isinstance(dated.exception, UsageError)
    assert dated.exception.text("de") == (
        "--as-of: 'gestern' ist kein Datum; bitte als JJJJ-MM-TT angeben"
    )


def test_the_size_limit_applies_as_in_check() -> None:
    size = SMALL.stat().st_size
    result = run("monitor", SMALL, "--max-size", "100")
    assert result.exit_code == 1
    assert result.stderr == (
        f"{SMALL}:1:1: the file has {size} bytes, more than the limit of 100 "
        "(raise it with --max-size) [YA05]\n"
    )
    assert run("rank", "partners", SMALL, "--max-size", str(size)).exit_code == 0


def test_the_size_limit_is_checks() -> None:
    from intstrat.check import audit, source
    from intstrat.cli import living
    from intstrat.limits import DEFAULT_MAX_SIZE

    assert source.DEFAULT_MAX_SIZE is audit.DEFAULT_MAX_SIZE is living.DEFAULT_MAX_SIZE
    assert DEFAULT_MAX_SIZE == 20 * 1024 * 1024


def test_an_undecodable_file_is_reported_with_its_place(tmp_path: Path) -> None:
    latin = tmp_path / "latin.yaml"
    latin.write_bytes("intstrat: 1\ncluster:\n  name: Küste\n".encode("latin-1"))
    result = run("diff", SMALL, latin)
    assert result.exit_code == 1
    assert result.stderr == (
        f"{latin}:3:10: byte 0xFC is not valid utf-8; save the file as UTF-8 [YA06]\n"
    )


# --- the examples in both languages ---------------------------------------------------------


@pytest.mark.parametrize("example", EXAMPLE_FILES, ids=lambda p: p.name)
def test_examples_monitor_rank_and_diff(example: Path) -> None:
    code, report = run_json("monitor", example, "--as-of", "2026-11-29")
    assert code in (0, 1)
    assert code == (1 if report["needs_attention"] else 0)
    assert report["indicators"] and report["milestones"]
    assert all(i["status"] != "no_data" for i in report["indicators"])
    for kind in ("partners", "projects"):
        code, ranking = run_json("rank", kind, example)
        assert code == 0
        scores = [r["score"] for r in ranking["ranking"]]
        assert len(scores) >= 3 and None not in scores
        assert scores == sorted(scores, reverse=True)
        assert any(r["excluded_raters"] for r in ranking["ranking"])  # a declared conflict
    for fmt in ("text", "md"):
        for command in (["monitor", example], ["rank", "partners", example]):
            result = run(*command, "--format", fmt)
            assert result.exit_code in (0, 1), result.output
            assert result.stdout.strip()
    code, diff = run_json("diff", example, example)
    assert (code, diff["sections"], diff["regression"]) == (0, [], False)


def test_examples_in_their_own_language() -> None:
    german = run("monitor", EXAMPLES / "strategie-de.yaml", "--as-of", "2026-11-29", "-f", "md")
    assert "# Fortschritt am 29.11.2026 (Leitfaden Kap. 7)" in german.stdout
    english = run("rank", "projects", EXAMPLES / "strategy-en.yaml", "-f", "md")
    assert "# Project ranking (guide ch. 5.1)" in english.stdout


def test_monitor_as_a_process(tmp_path: Path) -> None:
    """The installed command end to end: JSON on stdout, the exit code from the status."""
    example = EXAMPLES / "strategy-en.yaml"
    env = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "FORCE_COLOR")}
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "intstrat",
            "monitor",
            str(example),
            "--as-of",
            "2026-11-29",
            "--format",
            "json",
        ],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=60,
        check=False,
    )
    report = json.loads(done.stdout)
    assert set(report) >= {"indicators", "milestones", "as_of", "needs_attention"}
    assert all("status" in entry for entry in report["indicators"] + report["milestones"])
    assert done.returncode == (1 if report["needs_attention"] else 0)
    assert done.stderr == ""


def test_usage_errors_exit_2_as_a_process(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "intstrat", "monitor", "nowhere.yaml", "--as-of", "2026-11-29"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=60,
        check=False,
    )
    assert done.returncode == 2
    assert "nowhere.yaml: no such file" in done.stderr
    assert "Traceback" not in done.stderr


# --- monitor against the plan (issue 15) ----------------------------------------------------
EIGHT_MONTHS = DATA / "eight-months.yaml"


def test_a_strategy_eight_months_in_is_on_track_as_a_process(tmp_path: Path) -> None:
    """The issue's acceptance: indicators planned to start later are not behind; exit 0."""
    done = subprocess.run(
        [sys.executable, "-m", "intstrat", "monitor", str(EIGHT_MONTHS), "--as-of", "2026-12-01",
         "--format", "json"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=60,
        check=False,
    )
    assert (done.returncode, done.stderr) == (0, "")
    report = json.loads(done.stdout)
    statuses = {i["id"]: (i["status"], i["planned"], i["expected_percent"])
                for i in report["indicators"]}
    assert statuses == {
        "active-smes": ("on_track", 0.0, 0.0),
        "export-revenue": ("not_started", 0.0, 0.0),
        # 244 of 274 days to the interim target of 1: 0.89, i.e. 14.8 % of the way to 6
        "joint-projects": ("on_track", 0.89, 14.8),
        "days-per-contract": ("on_track", 20.0, 0.0),
    }
    assert report["review_interval_months"] == 3
    assert report["needs_attention"] is False


def test_monitor_text_in_german_formats_numbers_and_dates() -> None:
    german = run("monitor", EIGHT_MONTHS, "--as-of", "2026-12-01", "--lang", "de")
    assert german.exit_code == 0
    assert "0 → 1.500.000" in german.stdout
    assert "15.10.2026" in german.stdout
    assert "noch nicht begonnen" in german.stdout
    assert "Nichts im Verzug und nichts überfällig." in german.stdout


STALE_AND_CONTRADICTORY = """\
intstrat: 1
language: en
period: {start: 2026-01-01, end: 2028-12-31}
monitoring:
  review_interval_months: 3
  indicators:
    - {id: members, name: Members abroad, baseline: 0, target: 10, due: 2028-12-31,
       actuals: [{date: 2026-02-01, value: 2}]}
concept:
  work_plan:
    milestones:
      - {id: m1, title: Partners chosen, due: 2026-06-30, status: open, done_on: 2026-06-14}
"""


def test_monitor_flags_stale_data_and_contradictory_milestones() -> None:
    result = run("monitor", "-", "--as-of", "2026-07-02", "-f", "md",
                 input=STALE_AND_CONTRADICTORY)
    assert result.exit_code == 1
    # 2026-02-01 plus three months is 2026-05-01, before 2026-07-02; plan 182 / 1095 days
    assert ("| Members abroad | 0 | 10 | 2 (of 2026-02-01) | 20.0 | 16.6 | 2028-12-31 "
            "| data out of date |") in result.stdout
    assert "| Partners chosen | 2026-06-30 | 2026-06-14 | contradictory |" in result.stdout
    assert ("**Needs attention: 0 indicators behind, 0 milestones overdue. 1 indicator has data "
            "out of date. 1 milestone is contradictory.**") in result.stdout
    german = run("monitor", "-", "--as-of", "2026-07-02", "-f", "md", "--lang", "de",
                 input=STALE_AND_CONTRADICTORY)
    assert "1 Indikator hat veraltete Daten. 1 Meilenstein ist widersprüchlich." in german.stdout
    assert "| Daten veraltet |" in german.stdout


def test_check_reports_the_contradictory_milestone(tmp_path: Path) -> None:
    target = tmp_path / "s.yaml"
    target.write_text(STALE_AND_CONTRADICTORY, encoding="utf-8")
    result = run("check", target, "--format", "json", "--lang", "en")
    found = [f for f in json.loads(result.stdout)["files"][0]["findings"] if f["rule"] == "CO07"]
    assert [(f["line"], f["message"]) for f in found] == [
        (12, "milestone 'Partners chosen' is open but was done on 2026-06-14")
    ]


# --- diff: rankings that moved, and why a point changed (issue 15) ----------------------------
# reweighted.yaml turns the partner weights round (a 3 -> 1, b 1 -> 3). Ypsilon (r2 excluded:
# a 3, b 5) goes 3.5 -> 4.5 and keeps rank 1; Zeta Hub (a 3.5, no b) stays 3.5 and falls from a
# shared rank 1 to 2; Xylo (a 3, b 3) keeps 3.0 and rank 3.
REWEIGHTED = DATA / "reweighted.yaml"


def test_diff_shows_a_weight_change_that_reorders_partners() -> None:
    text = run("diff", DATA / "old.yaml", REWEIGHTED)
    assert text.exit_code == 0
    lines = text.stdout.splitlines()
    start = lines.index("Rankings that moved")
    assert lines[start - 4].startswith("Score: ")
    assert lines[start:start + 5] == [
        "Rankings that moved",
        "  Partner ranking (guide ch. 4.2)",
        "    weight of Interest in cooperation: 3 → 1",
        "    weight of Complementary strengths: 1 → 3",
        "    Zeta Hub: rank 1 → 2 (score 3.50 → 3.50)",
    ]
    german = run("diff", DATA / "old.yaml", REWEIGHTED, "--lang", "de", "-f", "md").stdout
    assert "## Bewegung in den Rangfolgen" in german
    assert "  - Zeta Hub: Rang 1 → 2 (Punktzahl 3,50 → 3,50)" in german
    code, report = run_json("diff", DATA / "old.yaml", REWEIGHTED)
    assert code == 0
    assert report["rankings"] == [
        {
            "kind": "partners",
            "weights": [
                {"criterion": "a", "name": "Interest in cooperation", "before": 3, "after": 1},
                {"criterion": "b", "name": "Complementary strengths", "before": 1, "after": 3},
            ],
            "moves": [{"id": "z", "name": "Zeta Hub", "before": 1, "after": 2,
                       "score_before": 3.5, "score_after": 3.5}],
        }
    ]


def test_diff_says_why_a_point_changed(tmp_path: Path) -> None:
    example = EXAMPLES / "strategy-en.yaml"
    lines = example.read_text(encoding="utf-8").splitlines(keepends=True)
    worse = tmp_path / "worse.yaml"
    worse.write_text("".join(x for x in lines if not x.startswith("  review_cadence:")),
                     encoding="utf-8")
    text = run("diff", example, worse).stdout
    assert ("  CL18 Monitoring with measurable indicators and a regular review: passed → failed\n"
            "    new finding at monitoring.review_cadence: no review cadence (review_cadence)\n"
            ) in text
    back = run("diff", worse, example, "--lang", "de", "-f", "md").stdout
    assert ("  - behobener Befund bei monitoring.review_cadence: kein Überprüfungsrhythmus "
            "(review_cadence)") in back
    _, report = run_json("diff", example, worse)
    (cl18,) = [p for p in report["points"] if p["rule"] == "CL18"]
    assert [f["message"] for f in cl18["introduced"]] == ["no review cadence (review_cadence)"]
    assert cl18["fixed"] == []
