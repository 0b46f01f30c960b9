"""The benchmark still runs: `benchmarks/run.py --quick` prints its table with every row.

No time is asserted: times belong to machines, and docs/benchmarks.md records them.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = ROOT / "benchmarks" / "run.py"
ROWS = (
    "[check-one]",
    "[check-typer-floor]",
    "[check-many-yamllint]",
    "[check-many-floor]",
    "[render-docx-1x]",
    "[render-docx-mid]",
    "[linear-big]",
    "[memory-big]",
    "[history-commits]",
    "[report-many]",
    "[render-md-partners]",
    "[render-docx-partners]",
    "[render-long-text]",
)


@pytest.mark.skipif(not SCRIPT.exists(), reason="benchmarks/ is not part of this distribution")
def test_quick_benchmark_prints_every_row(tmp_path: Path) -> None:
    out = tmp_path / "benchmarks.md"
    # The benchmark finds intstrat itself: the installed console script, else the checkout.
    done = subprocess.run(
        [sys.executable, str(SCRIPT), "--quick", "--files", "6", "--corpus",
         str(tmp_path / "corpus"), "--out", str(out)],
        capture_output=True, text=True, timeout=600,
    )
    assert done.returncode == 0, done.stderr
    table = done.stdout
    assert "| scenario | intstrat median (min–max) | peer median | ratio | budget | met? |" in table
    for row in ROWS:
        line = next((line for line in table.splitlines() if row in line), None)
        assert line is not None, f"row {row} missing:\n{table}"
        # Every row ends in a verdict: met, not met, or not measurable (peer not installed).
        assert line.rstrip().endswith(("| yes |", "| **no** |", "| n/a |")), line
    written = out.read_text(encoding="utf-8")
    assert "<!-- results:start -->" in written and "[check-one]" in written


@pytest.mark.skipif(not SCRIPT.exists(), reason="benchmarks/ is not part of this distribution")
def test_only_runs_the_named_scenario(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, str(SCRIPT), "--quick", "--files", "2", "--corpus",
         str(tmp_path / "corpus"), "--only", "check-typer-floor"],
        capture_output=True, text=True, timeout=600,
    )
    assert done.returncode == 0, done.stderr
    rows = [line for line in done.stdout.splitlines() if line.startswith("| `")]
    assert len(rows) == 1 and "[check-typer-floor]" in rows[0], done.stdout
    unknown = subprocess.run([sys.executable, str(SCRIPT), "--only", "nope"],
                             capture_output=True, text=True, timeout=60)
    assert unknown.returncode == 2 and "unknown scenario" in unknown.stderr
