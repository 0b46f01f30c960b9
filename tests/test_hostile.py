"""Hostile and unlucky input past the files (issue 13), through the real CLI, every command.

Files that are not files (FIFOs, devices, closed stdin, unreadable folders, symlink loops),
outputs that must never be replaced (a device, a FIFO, a symlink to /dev/null), full disks,
numbers and options at the edge, control characters on the terminal, configurations that
explode. Each run is a child process under the bad-input catalogue's 1 GiB address-space
limit and a time limit; none may end in a traceback or "internal error".
"""

from __future__ import annotations

import contextlib
import os
import shutil
import stat
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.test_bad_input import child_env, example, limit_memory

SECONDS = 20.0
LIVING = (("monitor",), ("rank", "partners"), ("diff", "old.yaml"))


def run(folder: Path, *args: str, stdin: int | None = subprocess.DEVNULL,
        prefix: tuple[str, ...] = (), pass_fds: tuple[int, ...] = (),
        ) -> tuple[subprocess.CompletedProcess[str], float]:
    started = time.monotonic()
    done = subprocess.run(
        [*prefix, sys.executable, "-m", "intstrat", *args], cwd=folder, env=child_env(),
        capture_output=True, text=True, timeout=60, preexec_fn=limit_memory, stdin=stdin,
        pass_fds=pass_fds,
    )
    elapsed = time.monotonic() - started
    output = done.stdout + done.stderr
    assert "Traceback" not in output and "internal error" not in output, output[-2000:]
    assert elapsed < SECONDS, f"took {elapsed:.1f} s"
    return done, elapsed


@pytest.fixture()
def folder(tmp_path: Path) -> Path:
    (tmp_path / "old.yaml").write_bytes(example())
    (tmp_path / "s.yaml").write_bytes(example())
    return tmp_path


# --- 4: files that are not files ------------------------------------------------------------

COMMANDS = [("check",), *LIVING]


@pytest.mark.parametrize("command", COMMANDS, ids=[c[0] for c in COMMANDS])
def test_a_fifo_nobody_writes_to_does_not_block(command: tuple[str, ...], folder: Path) -> None:
    os.mkfifo(folder / "pipe.yaml")
    done, _ = run(folder, *command, "pipe.yaml")
    output = done.stdout + done.stderr
    if command[0] == "diff":  # diff compares any YAML: an empty version is no error
        assert done.returncode == 0 and "pipe.yaml" in output
        return
    assert done.returncode == 1
    assert "pipe.yaml:1:1" in output and "[SC04]" in output


@pytest.mark.parametrize("command", COMMANDS, ids=[c[0] for c in COMMANDS])
def test_dev_zero_is_read_up_to_the_size_limit(command: tuple[str, ...], folder: Path) -> None:
    done, _ = run(folder, *command, "/dev/zero")
    assert done.returncode == 1
    assert "[YA05]" in done.stdout + done.stderr and "--max-size" in done.stdout + done.stderr


@pytest.mark.parametrize("command", COMMANDS, ids=[c[0] for c in COMMANDS])
def test_a_closed_stdin_is_a_usage_error(command: tuple[str, ...], folder: Path) -> None:
    started = time.monotonic()
    done = subprocess.run(
        [sys.executable, "-m", "intstrat", *command, "-"], cwd=folder, env=child_env(),
        capture_output=True, text=True, timeout=60, close_fds=True,
        preexec_fn=lambda: os.close(0),
    )
    assert time.monotonic() - started < SECONDS
    assert done.returncode == 2, done.stderr
    assert "standard input is closed" in done.stderr


def test_a_process_substitution_is_read(folder: Path) -> None:
    """`intstrat check <(git show HEAD:s.yaml)`: a pipe with a writer is read, not skipped."""
    read, write = os.pipe()
    os.write(write, example())
    os.close(write)
    try:
        done, _ = run(folder, "check", f"/dev/fd/{read}", stdin=None, pass_fds=(read,))
    finally:
        os.close(read)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "score 100.0 %" in done.stdout


def test_an_unreadable_folder_is_named(folder: Path) -> None:
    if shutil.which("setpriv") is None:
        pytest.skip("setpriv is needed to drop the root's right to read anything")
    closed = folder / "plans" / "closed"
    closed.mkdir(parents=True)
    (folder / "plans" / "s.yaml").write_bytes(example())
    closed.chmod(0)
    try:
        # As root, permissions do not stop a read: drop the capabilities that bypass them.
        prefix = ("setpriv", "--bounding-set", "-dac_override,-dac_read_search") \
            if os.geteuid() == 0 else ()
        done, _ = run(folder, "check", "plans", prefix=prefix)
    finally:
        closed.chmod(0o755)
    assert done.returncode == 2, done.stderr
    assert "plans/closed: cannot be read: Permission denied" in done.stderr


def test_a_file_name_that_is_not_utf8_is_reported_by_its_bytes(folder: Path) -> None:
    plans = folder / "plans"
    plans.mkdir()
    with open(os.fsencode(plans) + b"/b\xff.yaml", "wb") as handle:
        handle.write(example())
    for fmt in ("text", "json", "sarif", "markdown", "github", "junit"):
        done, _ = run(folder, "check", "plans", "-f", fmt)
        assert done.returncode == 0, (fmt, done.stderr)
        assert "xff.yaml" in done.stdout, fmt  # JSON doubles the backslash


# --- 4: outputs that are not regular files ------------------------------------------------

def test_output_to_a_symlink_to_dev_null_keeps_dev_null(folder: Path) -> None:
    (folder / "null").symlink_to("/dev/null")
    done, _ = run(folder, "check", "s.yaml", "-o", "null")
    assert done.returncode == 0, done.stderr
    assert stat.S_ISCHR(os.stat("/dev/null").st_mode)
    assert (folder / "null").is_symlink()
    assert sorted(p.name for p in folder.iterdir()) == ["null", "old.yaml", "s.yaml"]


def test_output_to_a_fifo_writes_into_it(folder: Path) -> None:
    fifo = folder / "report.fifo"
    os.mkfifo(fifo)
    done, _ = run(folder, "check", "s.yaml", "-o", "report.fifo")
    assert done.returncode == 2
    assert "report.fifo: a FIFO that nobody reads" in done.stderr
    assert stat.S_ISFIFO(os.stat(fifo).st_mode)
    reader = subprocess.Popen(["cat", str(fifo)], stdout=subprocess.PIPE)
    time.sleep(0.2)
    done, _ = run(folder, "check", "s.yaml", "-o", "report.fifo")
    assert done.returncode == 0, done.stderr
    assert b"score 100.0 %" in reader.communicate(timeout=10)[0]
    assert stat.S_ISFIFO(os.stat(fifo).st_mode)


def test_output_through_a_symlink_loop_is_named(folder: Path) -> None:
    (folder / "a.txt").symlink_to("b.txt")
    (folder / "b.txt").symlink_to("a.txt")
    done, _ = run(folder, "check", "s.yaml", "-o", "a.txt")
    assert done.returncode == 2
    assert "a.txt: too many levels of symbolic links" in done.stderr


def test_output_through_a_symlink_replaces_its_target_and_keeps_the_link(folder: Path) -> None:
    (folder / "real.txt").write_text("old\n")
    (folder / "link.txt").symlink_to("real.txt")
    done, _ = run(folder, "check", "s.yaml", "-o", "link.txt")
    assert done.returncode == 0, done.stderr
    assert (folder / "link.txt").is_symlink()
    assert "score 100.0 %" in (folder / "real.txt").read_text()


# --- 5: full disks ----------------------------------------------------------------------------

@pytest.mark.parametrize("how", ["-o", "stdout"])
def test_a_report_to_dev_full_says_no_space(how: str, folder: Path) -> None:
    if not os.path.exists("/dev/full"):
        pytest.skip("no /dev/full on this system")
    if how == "-o":
        done, _ = run(folder, "check", "s.yaml", "-o", "/dev/full")
        assert "/dev/full: no space left on the device" in done.stderr
    else:
        with open("/dev/full", "w") as full:
            started = time.monotonic()
            done = subprocess.run(
                [sys.executable, "-m", "intstrat", "check", "s.yaml"], cwd=folder,
                env=child_env(), stdout=full, stderr=subprocess.PIPE, text=True, timeout=60,
            )
            assert time.monotonic() - started < SECONDS
        assert "<stdout>: no space left on the device" in done.stderr
    assert done.returncode == 2
    assert stat.S_ISCHR(os.stat("/dev/full").st_mode)


@pytest.fixture()
def tiny_disk(tmp_path: Path) -> Iterator[Path]:
    disk = tmp_path / "disk"
    disk.mkdir()
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", str(disk)],
                             capture_output=True, text=True, check=False)
    if mounted.returncode != 0:
        pytest.skip(f"cannot mount a small tmpfs here: {mounted.stderr.strip()}")
    with contextlib.suppress(OSError):
        (disk / "filler").write_bytes(b"x" * 60_000)
    yield disk
    subprocess.run(["umount", str(disk)], check=False)


def test_init_on_a_full_disk_says_no_space_and_leaves_nothing(tiny_disk: Path) -> None:
    done, _ = run(tiny_disk, "init", "strategy.yaml")
    assert done.returncode == 2, done.stderr
    assert "strategy.yaml: no space left on the device" in done.stderr
    assert sorted(p.name for p in tiny_disk.iterdir()) == ["filler"]


def test_a_report_on_a_full_disk_leaves_the_old_one(tiny_disk: Path, folder: Path) -> None:
    (tiny_disk / "filler").unlink()
    (tiny_disk / "report.json").write_text("old\n")
    (tiny_disk / "filler").write_bytes(b"x" * 60_000)
    done, _ = run(folder, "check", "s.yaml", "-f", "json", "-o", str(tiny_disk / "report.json"))
    assert done.returncode == 2
    assert "no space left on the device" in done.stderr
    assert (tiny_disk / "report.json").read_text() == "old\n"
    assert sorted(p.name for p in tiny_disk.iterdir()) == ["filler", "report.json"]


# --- 6: numbers and options at the edge -----------------------------------------------------

@pytest.mark.parametrize(
    ("args", "fragment"),
    [
        (("check", "--max-size", "99999999999999999999", "s.yaml"), "--max-size"),
        (("monitor", "--max-size", "99999999999999999999", "s.yaml"), "--max-size"),
        (("rank", "partners", "--max-size", "99999999999999999999", "s.yaml"), "--max-size"),
        (("diff", "--max-size", "99999999999999999999", "old.yaml", "s.yaml"), "--max-size"),
        (("check", "--fail-under", "nan", "s.yaml"), "not a finite number"),
        (("check", "--fail-under", "inf", "s.yaml"), "--fail-under"),
        (("check", "--fail-under", "1e999", "s.yaml"), "--fail-under"),
        (("check", "-", "-"), "only once"),
        (("monitor", "--as-of", "99999-01-01", "s.yaml"), "YYYY-MM-DD"),
    ],
)
def test_options_at_the_edge_are_usage_errors(args: tuple[str, ...], fragment: str,
                                              folder: Path) -> None:
    done, _ = run(folder, *args)
    assert done.returncode == 2, done.stdout[-1000:]
    assert fragment in done.stderr


def test_as_of_after_2107_in_monitor(folder: Path) -> None:
    done, _ = run(folder, "monitor", "--as-of", "9999-12-31", "s.yaml")
    assert done.returncode == 1
    assert "overdue" in done.stdout


@pytest.mark.parametrize("command", COMMANDS, ids=[c[0] for c in COMMANDS])
def test_a_100000_digit_hex_integer(command: tuple[str, ...], folder: Path) -> None:
    (folder / "hex.yaml").write_bytes(
        b"intstrat: 1\nlanguage: en\nfunding:\n  amount_eur: 0x" + b"f" * 100_000 + b"\n")
    done, _ = run(folder, *command, "hex.yaml")
    assert done.returncode in (0, 1)
    if command == ("check",):
        assert "[YA03]" in done.stdout and "100000 digits" in done.stdout


@pytest.mark.parametrize("jobs", ["10000", "99999999999999999999"])
def test_jobs_far_beyond_the_work(jobs: str, folder: Path) -> None:
    done, _ = run(folder, "check", "--jobs", jobs, "old.yaml", "s.yaml")
    assert done.returncode == 0, done.stderr
    assert "2 files checked" in done.stdout


# --- 7: size and shape ------------------------------------------------------------------------

def test_255_nested_flow_lists_are_a_finding_not_the_end_of_the_folder(folder: Path) -> None:
    (folder / "deep.yaml").write_bytes(b"intstrat: 1\ncluster: " + b"[" * 255 + b"]" * 255 + b"\n")
    done, _ = run(folder, "check", ".")
    assert done.returncode == 1
    assert "deep.yaml:2:" in done.stdout and "[YA05]" in done.stdout
    assert "3 files checked" in done.stdout


@pytest.mark.parametrize("command", COMMANDS, ids=[c[0] for c in COMMANDS])
def test_a_million_list_items(command: tuple[str, ...], folder: Path) -> None:
    (folder / "items.yaml").write_bytes(example() + b"annex:\n" + b"  - a\n" * 1_000_000)
    done, _elapsed = run(folder, *command, "items.yaml")
    assert done.returncode == 1
    assert "items.yaml:1:1" in done.stdout + done.stderr
    assert "more than 1000000 keys, values and list items" in done.stdout + done.stderr


def test_64000_suppression_comments(folder: Path) -> None:
    lines = [b"intstrat: 1", b"language: en"]
    lines += [b"k%d: 1  # intstrat: ignore[CL01]" % i for i in range(64_000)]
    (folder / "many.yaml").write_bytes(b"\n".join(lines) + b"\n")
    done, _ = run(folder, "check", "-q", "many.yaml")
    assert done.returncode == 1
    assert "[SU01]" in done.stdout


@pytest.mark.parametrize(
    ("config", "fragment"),
    [
        ("a = " + "[" * 5000 + "]" * 5000 + "\n", "nested too deeply"),
        ('[per-file-ignores]\n"[z-a].yaml" = ["CL01"]\n', "not a valid glob"),
        ('[per-file-ignores]\n"' + "*a" * 11 + '.yaml" = ["CL01"]\n', "too complex"),
    ],
    ids=["deep-toml", "bad-range", "too-many-stars"],
)
def test_configurations_that_would_explode(config: str, fragment: str, folder: Path) -> None:
    (folder / ".intstrat.toml").write_text(config)
    done, _ = run(folder, "check", "s.yaml")
    assert done.returncode == 2
    assert ".intstrat.toml" in done.stderr and fragment in done.stderr


def test_ten_double_stars_against_a_deep_path(folder: Path) -> None:
    (folder / ".intstrat.toml").write_text(
        '[per-file-ignores]\n"' + "**/" * 10 + '*.yml" = ["CL01"]\n')
    deep = folder.joinpath(*["a"] * 60)
    deep.mkdir(parents=True)
    (deep / "x.yaml").write_bytes(example())
    done, elapsed = run(folder, "check", str(deep / "x.yaml"))
    assert done.returncode == 0, done.stderr
    assert elapsed < 5


def test_an_unreadable_pyproject_stops_the_check(folder: Path) -> None:
    if shutil.which("setpriv") is None and os.geteuid() == 0:
        pytest.skip("setpriv is needed to drop the root's right to read anything")
    (folder / "pyproject.toml").write_text("[tool.intstrat]\nignore = ['CL01']\n")
    (folder / "pyproject.toml").chmod(0)
    prefix = ("setpriv", "--bounding-set", "-dac_override,-dac_read_search") \
        if os.geteuid() == 0 else ()
    done, _ = run(folder, "check", "s.yaml", prefix=prefix)
    assert done.returncode == 2
    assert "pyproject.toml: cannot be read: Permission denied" in done.stderr


# --- 8: what a terminal shows ---------------------------------------------------------------

HOSTILE_KEY = b'"k\\e]0;pwned\\a\\nfake.yaml:1:1: error forged [CL01]": 1\n'


@pytest.mark.parametrize("fmt", ["text", "markdown"])
def test_check_escapes_control_characters(fmt: str, folder: Path) -> None:
    (folder / "esc.yaml").write_bytes(b"intstrat: 1\nlanguage: en\n" + HOSTILE_KEY)
    done, _ = run(folder, "check", "-f", fmt, "esc.yaml")
    assert done.returncode == 1
    assert "\x1b" not in done.stdout and "\x07" not in done.stdout
    assert "\\x1b]0;pwned\\x07" in done.stdout
    assert not any(line.startswith("fake.yaml") for line in done.stdout.splitlines())


@pytest.mark.parametrize("fmt", ["text", "md"])
@pytest.mark.parametrize("command", LIVING, ids=[c[0] for c in LIVING])
def test_living_reports_escape_control_characters(fmt: str, command: tuple[str, ...],
                                                  folder: Path) -> None:
    text = example().replace(b"\n  indicators:\n    - name: ",
                             b"\n  indicators:\n    - name: \"\\e[2J\\a\" ", 1)
    text = text.replace(b"\n    - name: ", b"\n    - name: \"\\e]0;x\\a\" ", 2)
    (folder / "esc.yaml").write_bytes(text)
    done, _ = run(folder, *command, "esc.yaml", "-f", fmt)
    assert done.returncode in (0, 1), done.stderr
    assert "\x1b" not in done.stdout and "\x07" not in done.stdout


# --- 14.5: standard input under a name ------------------------------------------------------

def test_stdin_filename_names_the_input_and_applies_per_file_ignores(folder: Path) -> None:
    (folder / ".intstrat.toml").write_text('[per-file-ignores]\n"drafts/*.yaml" = ["SC02"]\n')
    data = example() + b"annex: 1\n"
    done = subprocess.run(
        [sys.executable, "-m", "intstrat", "check", "-", "--stdin-filename", "drafts/a.yaml"],
        cwd=folder, env=child_env(), input=data, capture_output=True, timeout=60,
    )
    assert done.returncode == 0, done.stdout
    assert b"drafts/a.yaml  score" in done.stdout and b"<stdin>" not in done.stdout
    done = subprocess.run(
        [sys.executable, "-m", "intstrat", "check", "-", "--stdin-filename", "other/a.yaml"],
        cwd=folder, env=child_env(), input=data, capture_output=True, timeout=60,
    )
    assert done.returncode == 1
    assert b"other/a.yaml:" in done.stdout and b"[SC02]" in done.stdout


# --- the messages in German -----------------------------------------------------------------

@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("check", "s.yaml", "-o", "/dev/full", "--lang", "de"),
         "/dev/full: auf dem Datenträger ist kein Platz mehr"),
        (("check", "-", "-", "--lang", "de"),
         "'-' (die Standardeingabe) darf nur einmal genannt werden"),
        (("check", "--fail-under", "nan", "s.yaml", "--lang", "de"), "nan ist keine endliche Zahl"),
    ],
)
def test_hostile_input_messages_in_german(args: tuple[str, ...], message: str,
                                          folder: Path) -> None:
    if "/dev/full" in args and not os.path.exists("/dev/full"):
        pytest.skip("no /dev/full on this system")
    done, _ = run(folder, *args)
    assert done.returncode == 2
    assert message in done.stderr, done.stderr


def test_fifo_output_message_in_german(folder: Path) -> None:
    os.mkfifo(folder / "out.fifo")
    done, _ = run(folder, "check", "s.yaml", "-o", "out.fifo", "--lang", "de")
    assert done.returncode == 2
    assert "out.fifo: ein FIFO, aus dem niemand liest" in done.stderr
