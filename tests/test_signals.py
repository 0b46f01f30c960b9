"""Signals through a real `intstrat check` over many files: it ends, its workers end with it.

Two Ctrl-C in quick succession once left the main process waiting forever for its pool;
SIGTERM left workers re-parented to init. Each case starts a check over enough files to run
for seconds with several workers, sends the signals once the workers exist, and asserts the
exit code, that the command ended within a hang guard, and that no process of the run is left.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.test_bad_input import child_env, example

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="uses /proc")

FILES = 3000
HANG_GUARD = 30.0


def _children(pid: int) -> set[int]:
    found: set[int] = set()
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid:
            found.add(int(entry.name))
    return found


def _alive(pid: int) -> bool:
    try:
        state = (Path("/proc") / str(pid) / "stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


@pytest.fixture(scope="module")
def many(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("many")
    data = example()
    for index in range(FILES):
        (folder / f"s{index:04}.yaml").write_bytes(data)
    return folder


def _interruptible() -> None:
    # A shell's background job inherits SIGINT ignored, and Python then leaves it ignored:
    # the child gets the disposition a command typed at a terminal has.
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def _start(folder: Path, *args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "intstrat", "check", ".", "--jobs", "4", "-q", *args],
        cwd=folder, env=child_env(), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        preexec_fn=_interruptible,
    )


def _wait_for_workers(process: subprocess.Popen[str]) -> set[int]:
    deadline = time.monotonic() + HANG_GUARD
    while time.monotonic() < deadline:
        workers = _children(process.pid)
        if len(workers) >= 2:
            return workers
        assert process.poll() is None, "the check ended before its workers started"
        time.sleep(0.02)
    raise AssertionError("no workers started")


@pytest.mark.parametrize(
    ("signals", "code"),
    [
        ((signal.SIGINT,), 130),
        ((signal.SIGINT, signal.SIGINT), 130),
        ((signal.SIGINT, signal.SIGINT, signal.SIGINT), 130),
        ((signal.SIGTERM,), 143),
        ((signal.SIGTERM, signal.SIGINT), 143),
    ],
    ids=["ctrl-c", "ctrl-c-twice", "ctrl-c-three-times", "sigterm", "sigterm-then-ctrl-c"],
)
def test_signals_end_the_check_and_its_workers(
    many: Path, signals: tuple[int, ...], code: int
) -> None:
    process = _start(many)
    workers = _wait_for_workers(process)
    for signum in signals:
        process.send_signal(signum)
        # Long enough for the first signal to be handled before the next arrives: signals
        # pending together are handled in the order of their numbers (SIGINT before SIGTERM).
        time.sleep(0.2)
    try:
        _out, err = process.communicate(timeout=HANG_GUARD)
    except subprocess.TimeoutExpired:
        process.kill()
        raise AssertionError("the check did not end after the signals") from None
    assert process.returncode == code, err[-2000:]
    assert "Traceback" not in err and "internal error" not in err
    deadline = time.monotonic() + 5
    while any(_alive(pid) for pid in workers) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not [pid for pid in workers if _alive(pid)], "workers outlived the check"


def test_killed_main_process_takes_its_workers_along(many: Path) -> None:
    """Even SIGKILL, which nothing can handle: the workers asked the kernel to follow."""
    process = _start(many)
    workers = _wait_for_workers(process)
    process.kill()
    process.communicate(timeout=HANG_GUARD)
    deadline = time.monotonic() + 5
    while any(_alive(pid) for pid in workers) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not [pid for pid in workers if _alive(pid)], "workers were left to init"


def test_sigterm_while_writing_leaves_no_temporary_file(many: Path, tmp_path: Path) -> None:
    """SIGTERM at any moment of a run with -o: the old report stays whole, nothing is added."""
    out = tmp_path / "report.json"
    out.write_text("old report\n")
    for delay in (0.3, 0.8, 1.5):
        process = subprocess.Popen(
            [sys.executable, "-m", "intstrat", "check", str(many), "-f", "json", "-o", str(out)],
            cwd=tmp_path, env=child_env(), stdout=subprocess.PIPE, stderr=subprocess.PIPE,
            text=True, preexec_fn=_interruptible,
        )
        time.sleep(delay)
        process.send_signal(signal.SIGTERM)
        _out, err = process.communicate(timeout=HANG_GUARD)
        assert process.returncode in (0, 143), err[-2000:]
        assert sorted(p.name for p in tmp_path.iterdir()) == ["report.json"]
        text = out.read_text()
        assert text == "old report\n" or text.startswith("{"), text[:200]


@pytest.mark.parametrize("jobs", ["10000", "64"])
def test_jobs_beyond_the_work_is_capped(tmp_path: Path, jobs: str) -> None:
    for index in range(3):
        (tmp_path / f"s{index}.yaml").write_bytes(example())
    started = time.monotonic()
    done = subprocess.run(
        [sys.executable, "-m", "intstrat", "check", ".", "--jobs", jobs, "-q"],
        cwd=tmp_path, env=child_env(), capture_output=True, text=True, timeout=HANG_GUARD,
    )
    assert done.returncode == 0, done.stderr
    assert "3 files checked" in done.stdout
    assert time.monotonic() - started < HANG_GUARD


def test_worker_count_is_capped() -> None:
    from intstrat.check.batch import MAX_JOBS, capped_workers

    assert capped_workers(10_000, 3) <= 3
    assert capped_workers(10_000, 100_000) <= MAX_JOBS
    assert capped_workers(1, 100) == 1
    assert os.cpu_count() is not None
