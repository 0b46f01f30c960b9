"""`intstrat check` without Typer: the start-up fast path gives what the Typer command gives.

cli/fast.py parses the common invocations itself so a check does not import Typer and Click;
anything it is unsure of goes to Typer. These tests hold the two paths together: the same
options, and for a table of command lines the same output, messages and exit code.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import click
import pytest
import typer.main

from intstrat.cli.fast import FLAGS, VALUED, parse
from intstrat.cli.typer_app import build_app

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = str(ROOT / "examples" / "strategy-en.yaml")
GERMAN = str(ROOT / "examples" / "strategie-de.yaml")
DRAFT = str(ROOT / "examples" / "draft.yaml")


def _check_command() -> click.Command:
    group = typer.main.get_command(build_app("check"))
    assert isinstance(group, click.Group)
    return group.commands["check"]


def test_the_fast_path_knows_every_option_of_the_typer_command() -> None:
    spellings: dict[str, str] = {}
    for param in _check_command().params:
        if isinstance(param, click.Option):
            for opt in param.opts:
                if opt != "--help":
                    spellings[opt] = "flag" if param.is_flag else "value"
    ours = {s: "value" for spelled, _ in VALUED.values() for s in spelled}
    ours.update({s: "flag" for spelled in FLAGS.values() for s in spelled})
    assert ours == spellings


@pytest.mark.parametrize("argv", [
    ["check", "--help"], ["check"], ["check", "-fjson", "x"], ["check", "--format", "nope", "x"],
    ["check", "--fail-under", "101", "x"], ["check", "--fail-under", "nan", "x"],
    ["check", "--jobs", "-1", "x"], ["check", "--max-size", "0", "x"], ["check", "--", "x"],
    ["check", "--lang", "xx", "x"], ["check", "--unknown", "x"], ["check", "-qx", "y"],
    ["check", "x", "--format"], ["rules"], ["--version"],
])
def test_what_the_fast_path_leaves_to_typer(argv: list[str]) -> None:
    assert parse(argv) is None


def test_what_the_fast_path_reads() -> None:
    args = parse(["check", "a.yaml", "-", "--format=json", "-q", "--select", "CL,CS",
                  "--select", "CO04", "--fail-under", "80", "-j", "2", "--lang", "de",
                  "--as-of", "2026-12-01", "--fail-on", "note"])
    assert args is not None
    assert args.paths == ["a.yaml", "-"]
    assert (args.format, args.quiet, args.select, args.fail_under, args.jobs, args.lang,
            args.as_of, args.fail_on) == ("json", True, ["CL,CS", "CO04"], 80.0, 2, "de",
                                          "2026-12-01", "note")


def _run(args: list[str], fast: bool, cwd: Path, stdin: str | None = None) -> tuple[int, str, str]:
    env = dict(os.environ)
    env["INTSTRAT_FAST_PATH"] = "1" if fast else "0"
    env.pop("NO_COLOR", None)
    env.pop("GITHUB_ACTIONS", None)
    done = subprocess.run([sys.executable, "-m", "intstrat", *args], capture_output=True,
                          text=True, env=env, cwd=cwd, input=stdin, timeout=120, check=False)
    return done.returncode, done.stdout, done.stderr


COMMAND_LINES = [
    ["check", EXAMPLE, "--as-of", "2026-12-01"],
    ["check", EXAMPLE, GERMAN, "-q", "--as-of", "2026-12-01"],
    ["check", DRAFT, "--format", "json", "--as-of", "2026-12-01"],
    ["check", DRAFT, "--lang", "de", "--statistics", "--as-of", "2026-12-01"],
    ["check", DRAFT, "--format=sarif", "--as-of", "2026-12-01"],
    ["check", DRAFT, "--select", "CL", "--ignore", "CL19", "--exit-zero"],
    ["check", DRAFT, "--fail-on", "warning", "--fail-under", "99.5", "-f", "junit"],
    ["check", DRAFT, "--show-settings"],
    ["check", EXAMPLE, "--require-evidence", "--as-of", "2026-12-01"],
    ["check", "missing.yaml"],
    ["check", DRAFT, "--as-of", "2026-02-30"],
    ["check", DRAFT, "--select", "XX99"],
    ["check", "-", "--stdin-filename", "strategy.yaml", "--format", "github"],
]


@pytest.mark.parametrize("args", COMMAND_LINES, ids=lambda a: " ".join(a[1:])[-60:])
def test_both_paths_give_the_same_result(args: list[str], tmp_path: Path) -> None:
    stdin = Path(DRAFT).read_text(encoding="utf-8") if "-" in args else None
    fast = _run(args, True, tmp_path, stdin)
    slow = _run(args, False, tmp_path, stdin)
    assert fast == slow
    assert "Traceback" not in fast[2]


def test_the_fast_path_imports_neither_typer_nor_click(tmp_path: Path) -> None:
    # Nor what else start-up was measured to lose time to (docs/benchmarks.md): tomllib when no
    # configuration names intstrat, dataclasses (creating one costs ~0.4 ms), decimal.
    (tmp_path / "pyproject.toml").write_text(
        '[project]\nname = "x"\ndependencies = ["intstrat>=0.1"]\n', encoding="utf-8")
    code = (
        "import sys\n"
        f"sys.argv = ['intstrat', 'check', {EXAMPLE!r}, '-q']\n"
        "from intstrat.cli import main\n"
        "try:\n    main()\nexcept SystemExit:\n    pass\n"
        "loaded = sorted(m for m in ('typer', 'click', 'jinja2', 'docx', 'markdown_it', 'babel',"
        " 'rich', 'jsonschema_rs', 'tomllib', 'dataclasses', 'decimal') if m in sys.modules)\n"
        "sys.stderr.write(repr(loaded))\n"
    )
    env = dict(os.environ)
    env.pop("INTSTRAT_FAST_PATH", None)
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          cwd=tmp_path, env=env, timeout=60, check=False)
    assert done.stderr.strip().endswith("[]"), done.stderr
