"""Shared test helpers: run the real CLI as a user would, from another folder."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from pathlib import Path

import pytest

# The review date of every run the tests start ("today" of `check`, `monitor`, `render`): the
# examples are judged as on this day, so a plan dated after it stays a plan whenever CI runs.
# intstrat reads it as the reproducible-builds convention says (values.today).
TEST_DAY = "2026-12-01"
os.environ["SOURCE_DATE_EPOCH"] = str(int(dt.datetime.fromisoformat(TEST_DAY + "T12:00:00+00:00")
                                          .timestamp()))

REPO = Path(__file__).resolve().parents[1]
EXAMPLES = REPO / "examples"


def run_intstrat(
    *args: str, cwd: Path | None = None, stdin: bytes | None = None, timeout: float = 60,
    env: dict[str, str] | None = None,
) -> subprocess.CompletedProcess[str]:
    """`python -m intstrat ARGS` in a subprocess; text output, never raises on exit codes."""
    import os

    # Inside GitHub Actions `check` defaults to annotations; these tests read the text report.
    full_env = {**os.environ, "GITHUB_ACTIONS": "", **(env or {})}
    return subprocess.run(
        [sys.executable, "-m", "intstrat", *args],
        cwd=cwd,
        input=stdin.decode("utf-8") if stdin is not None else None,
        capture_output=True,
        text=True,
        timeout=timeout,
        env=full_env,
        check=False,
    )


@pytest.fixture
def outside(tmp_path: Path) -> Path:
    """A working folder outside the checkout, as a user's would be."""
    folder = tmp_path / "work"
    folder.mkdir()
    return folder
