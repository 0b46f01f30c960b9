"""Files are never damaged: atomic outputs, untouched inputs, quiet Ctrl-C, bugs named as bugs."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from intstrat import __version__

REPO = Path(__file__).resolve().parent.parent
EXAMPLE = REPO / "examples" / "strategy-en.yaml"
BROKEN = b"intstrat: 1\ncluster: [\n"


def env() -> dict[str, str]:
    out = {k: v for k, v in os.environ.items()
           if k not in ("LC_ALL", "LC_MESSAGES", "LANGUAGE", "FORCE_COLOR", "INTSTRAT_DEBUG")}
    out.update(LANG="C.UTF-8", NO_COLOR="1", GITHUB_ACTIONS="")
    return out


def intstrat(folder: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "intstrat", *args], cwd=folder, env=env(),
                          capture_output=True, text=True, timeout=120, check=False)


def leftovers(folder: Path) -> list[str]:
    """Temporary files an interrupted or failed write could leave behind."""
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp")
                  or p.name.startswith("."))


def listing(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()}


# --- render: temporary file and rename; old output kept on failure; input never replaced ---

def test_render_writes_the_whole_file_and_no_temporary(tmp_path: Path) -> None:
    (tmp_path / "strategy.yaml").write_bytes(EXAMPLE.read_bytes())
    done = intstrat(tmp_path, "render", "strategy.yaml", "-o", "out.md")
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "out.md").read_text("utf-8").startswith("#")
    assert leftovers(tmp_path) == []


def test_render_replaces_an_existing_output_in_one_step(tmp_path: Path) -> None:
    (tmp_path / "strategy.yaml").write_bytes(EXAMPLE.read_bytes())
    (tmp_path / "out.md").write_text("old report\n", "utf-8")
    os.chmod(tmp_path / "out.md", 0o640)
    done = intstrat(tmp_path, "render", "strategy.yaml", "-o", "out.md")
    assert done.returncode == 0, done.stderr
    assert "old report" not in (tmp_path / "out.md").read_text("utf-8")
    assert (tmp_path / "out.md").stat().st_mode & 0o777 == 0o640  # the user's permissions stay
    assert leftovers(tmp_path) == []


def broken_template(folder: Path) -> list[str]:
    templates = folder / "templates"
    templates.mkdir()
    (templates / "strategy.md.j2").write_text("{{ no_such_value.anywhere }}\n", "utf-8")
    return ["--template", "templates"]


def garbage_reference(folder: Path) -> list[str]:
    (folder / "reference.docx").write_bytes(b"this is not a word file")
    return ["--reference-docx", "reference.docx"]


@pytest.mark.parametrize(
    ("why", "source", "output", "extra"),
    [
        ("broken-yaml", BROKEN, "out.md", None),
        ("not-a-strategy", b"- a list\n", "out.md", None),
        ("broken-template", EXAMPLE.read_bytes(), "out.md", broken_template),
        ("garbage-reference-docx", EXAMPLE.read_bytes(), "out.docx", garbage_reference),
    ],
)
def test_render_failure_leaves_the_existing_output_untouched(
    why: str, source: bytes, output: str, extra: object, tmp_path: Path
) -> None:
    (tmp_path / "strategy.yaml").write_bytes(source)
    (tmp_path / output).write_bytes(b"the previous, good output\n")
    args = extra(tmp_path) if callable(extra) else []
    before = listing(tmp_path)
    done = intstrat(tmp_path, "render", "strategy.yaml", "-o", output, *args)
    assert done.returncode == 2, (why, done.stdout, done.stderr)
    assert "Traceback" not in done.stdout + done.stderr
    assert listing(tmp_path) == before
    assert leftovers(tmp_path) == []


@pytest.mark.parametrize("output", ["strategy.yaml", "./strategy.yaml", "link.yaml"])
def test_render_never_writes_over_its_input(output: str, tmp_path: Path) -> None:
    (tmp_path / "strategy.yaml").write_bytes(EXAMPLE.read_bytes())
    (tmp_path / "link.yaml").symlink_to("strategy.yaml")
    done = intstrat(tmp_path, "render", "strategy.yaml", "-o", output, "-f", "md")
    assert done.returncode == 2
    assert "input" in done.stderr
    assert (tmp_path / "strategy.yaml").read_bytes() == EXAMPLE.read_bytes()
    assert (tmp_path / "link.yaml").is_symlink()


@pytest.mark.parametrize("output", ["missing/out.md", "a-folder"])
def test_render_to_an_impossible_output_is_a_usage_error(output: str, tmp_path: Path) -> None:
    (tmp_path / "strategy.yaml").write_bytes(EXAMPLE.read_bytes())
    (tmp_path / "a-folder").mkdir()
    done = intstrat(tmp_path, "render", "strategy.yaml", "-o", output, "-f", "md")
    assert done.returncode == 2
    assert "Traceback" not in done.stderr
    assert output.split("/")[0] in done.stderr
    assert leftovers(tmp_path) == []


# --- check -o: the report never replaces a checked file ---

def test_check_report_never_replaces_a_checked_file(tmp_path: Path) -> None:
    (tmp_path / "strategy.yaml").write_bytes(EXAMPLE.read_bytes())
    done = intstrat(tmp_path, "check", "strategy.yaml", "-o", "strategy.yaml")
    assert done.returncode == 2
    assert "strategy.yaml" in done.stderr
    assert (tmp_path / "strategy.yaml").read_bytes() == EXAMPLE.read_bytes()


def test_check_report_is_written_whole(tmp_path: Path) -> None:
    (tmp_path / "strategy.yaml").write_bytes(EXAMPLE.read_bytes())
    (tmp_path / "report.txt").write_text("old\n", "utf-8")
    done = intstrat(tmp_path, "check", "strategy.yaml", "-o", "report.txt")
    assert done.returncode == 0, done.stderr
    assert "score 100.0 %" in (tmp_path / "report.txt").read_text("utf-8")
    assert leftovers(tmp_path) == []


# --- init: a new file or nothing; an existing file is never replaced ---

def test_init_writes_a_new_file_without_leftovers(tmp_path: Path) -> None:
    done = intstrat(tmp_path, "init", "strategy.yaml")
    assert done.returncode == 0, done.stderr
    assert "intstrat: 2" in (tmp_path / "strategy.yaml").read_text("utf-8")
    assert leftovers(tmp_path) == []


@pytest.mark.parametrize("existing", ["file", "symlink", "dangling-symlink", "folder"])
def test_init_never_replaces_what_is_there(existing: str, tmp_path: Path) -> None:
    target = tmp_path / "strategy.yaml"
    if existing == "file":
        target.write_bytes(b"my own work\n")
    elif existing == "symlink":
        (tmp_path / "mine.yaml").write_bytes(b"my own work\n")
        target.symlink_to("mine.yaml")
    elif existing == "dangling-symlink":
        target.symlink_to("nowhere.yaml")
    else:
        target.mkdir()
    before = listing(tmp_path)
    done = intstrat(tmp_path, "init", "strategy.yaml")
    assert done.returncode == 2
    assert "strategy.yaml" in done.stderr
    assert "Traceback" not in done.stderr
    assert listing(tmp_path) == before
    assert not (tmp_path / "nowhere.yaml").exists()
    assert leftovers(tmp_path) == []


def test_init_into_a_missing_folder_is_a_usage_error(tmp_path: Path) -> None:
    done = intstrat(tmp_path, "init", "missing/strategy.yaml")
    assert done.returncode == 2
    assert "missing" in done.stderr
    assert list(tmp_path.iterdir()) == []


# --- Ctrl-C: exit 130, no traceback, no partial file ---

def startup_seconds(folder: Path) -> float:
    started = time.monotonic()
    intstrat(folder, "--version")
    return time.monotonic() - started


def interrupt(folder: Path, args: list[str], delay: float) -> subprocess.CompletedProcess[str]:
    """Start intstrat, then press Ctrl-C: SIGINT to its whole process group, as a terminal does."""
    child = subprocess.Popen([sys.executable, "-m", "intstrat", *args], cwd=folder, env=env(),
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                             start_new_session=True)
    time.sleep(delay)
    finished_early = child.poll() is not None
    os.killpg(child.pid, signal.SIGINT)
    out, err = child.communicate(timeout=60)
    if finished_early:
        pytest.skip("the run ended before the interrupt; this machine is too fast for the test")
    return subprocess.CompletedProcess(child.args, child.returncode, out, err)


def fifteen_megabytes(path: Path) -> None:
    item = b'  - "partner visit in Lyon and Graz with the cluster office and two members"\n'
    body = EXAMPLE.read_bytes() + b"\nannex:\n"
    path.write_bytes(body + item * ((15_000_000 - len(body)) // len(item) + 1))


@pytest.mark.parametrize("report", [False, True], ids=["stdout", "report-file"])
def test_ctrl_c_during_a_big_check_exits_130_quietly(report: bool, tmp_path: Path) -> None:
    fifteen_megabytes(tmp_path / "big.yaml")
    delay = min(max(0.3, 2 * startup_seconds(tmp_path)), 1.0)
    args = ["check", "big.yaml", *(["-o", "report.txt"] if report else [])]
    done = interrupt(tmp_path, args, delay)
    assert done.returncode == 130, done.stderr
    assert "Traceback" not in done.stdout + done.stderr
    assert done.stderr.strip() == ""
    assert sorted(p.name for p in tmp_path.iterdir()) == ["big.yaml"]


def test_ctrl_c_during_a_folder_check_with_workers_exits_130_quietly(tmp_path: Path) -> None:
    folder = tmp_path / "strategies"
    folder.mkdir()
    text = EXAMPLE.read_bytes()
    for number in range(400):
        (folder / f"strategy-{number:03d}.yaml").write_bytes(text)
    delay = min(max(0.3, 2 * startup_seconds(tmp_path)), 1.0)
    done = interrupt(tmp_path, ["check", "-q", "-j", "2", "strategies"], delay)
    assert done.returncode == 130, done.stderr
    assert "Traceback" not in done.stdout + done.stderr
    assert "KeyboardInterrupt" not in done.stderr


@pytest.mark.parametrize("delay", [0.05, 0.1, 0.15, 0.2, 0.3])
def test_ctrl_c_during_init_leaves_a_whole_file_or_none(delay: float, tmp_path: Path) -> None:
    reference = tmp_path / "reference"
    reference.mkdir()
    assert intstrat(reference, "init", "strategy.yaml").returncode == 0
    folder = tmp_path / "work"
    folder.mkdir()
    child = subprocess.Popen([sys.executable, "-m", "intstrat", "init", "strategy.yaml"],
                             cwd=folder, env=env(), stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE, text=True, start_new_session=True)
    time.sleep(delay)
    if child.poll() is None:
        os.killpg(child.pid, signal.SIGINT)
    _, err = child.communicate(timeout=60)
    # -SIGINT: the signal came while Python was shutting down, which a shell shows as 130 too.
    if child.returncode not in (0, 130, -signal.SIGINT):
        # Only the interpreter's own start, before any intstrat code runs, may still be loud.
        frames = re.findall(r'File "([^"]+)"', err)
        assert frames and not any("intstrat" in frame for frame in frames), err
    else:
        assert "Traceback" not in err
    names = [p.name for p in folder.iterdir()]
    assert names in ([], ["strategy.yaml"])
    if names:
        assert (folder / "strategy.yaml").read_bytes() == (reference / "strategy.yaml").read_bytes()


# --- internal errors: a short request for a report, exit 2; --debug shows the traceback ---

BUGGY_APP = """
import sys
import typer
import intstrat.cli.boundary as boundary

app = typer.Typer()

@app.command()
def audit() -> None:
    raise RuntimeError("deliberate bug for the test")

sys.exit(boundary.run_app(app))
"""


def test_an_internal_error_asks_for_a_report_and_exits_2(tmp_path: Path) -> None:
    done = subprocess.run([sys.executable, "-c", BUGGY_APP], cwd=tmp_path, env=env(),
                          capture_output=True, text=True, timeout=60, check=False)
    assert done.returncode == 2
    assert "Traceback" not in done.stderr
    assert "internal error: RuntimeError: deliberate bug for the test" in done.stderr
    assert f"intstrat {__version__}" in done.stderr
    assert "--debug" in done.stderr
    assert "report" in done.stderr
    assert len(done.stderr.splitlines()) <= 3


def test_debug_shows_the_traceback_of_an_internal_error(tmp_path: Path) -> None:
    done = subprocess.run([sys.executable, "-c", BUGGY_APP, "--debug"], cwd=tmp_path, env=env(),
                          capture_output=True, text=True, timeout=60, check=False)
    assert done.returncode == 2
    assert "Traceback (most recent call last)" in done.stderr
    assert 'File "<string>", line 10, in audit' in done.stderr
    assert "RuntimeError: deliberate bug for the test" in done.stderr
    assert "internal error" in done.stderr


def test_a_usage_error_is_one_line_without_traceback(tmp_path: Path) -> None:
    done = intstrat(tmp_path, "check", "absent.yaml")
    assert done.returncode == 2
    assert done.stderr.strip() == "intstrat: error: absent.yaml: no such file or folder"
    debug = intstrat(tmp_path, "check", "absent.yaml", "--debug")
    assert debug.returncode == 2
    assert "Traceback" in debug.stderr


# --- every exit code the boundary can return is documented ---

def test_every_exit_code_is_documented() -> None:
    from intstrat.cli import boundary

    codes = {v for k, v in vars(boundary).items() if k.startswith("EXIT_")}
    table = (REPO / "README.md").read_text("utf-8")
    documented = {int(n) for n in re.findall(r"^\|\s*`?(\d+)`?\s*\|", table, re.MULTILINE)}
    assert codes <= documented, codes - documented
