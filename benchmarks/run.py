"""Benchmark intstrat against the tools users already run, side by side, and check the budgets.

    python benchmarks/run.py [--quick] [--runs N] [--out docs/benchmarks.md] [--only KEY,...]

Builds its corpus in benchmarks/corpus/ (the example, 10× and 100× its content, 1,000 files),
times whole processes (wall time and peak memory; median, min and max over several runs) of
`intstrat`, `yamllint`, a bare parse with PyYAML's C loader (alone and as a one-command Typer
app) and `pandoc`, and prints a table of ratios against the budgets of docs/benchmarks.md.
Absolute times vary between machines; the ratios are what the budgets are about, so every peer
is measured in the same run. `--only` runs just the commands the named scenarios compare.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

import corpus  # noqa: E402  (the sibling module, found through the line above)

# A command whose first run takes longer than this is repeated at most SLOW_RUNS times:
# yamllint needs minutes for 1,000 files, and its spread is small against the budget's margin.
SLOW_SECONDS = 20.0
SLOW_RUNS = 3
RESULTS_START = "<!-- results:start -->"
RESULTS_END = "<!-- results:end -->"


# --- the commands --------------------------------------------------------------------------


def _intstrat_command(env: dict[str, str]) -> list[str]:
    """The installed console script beside this Python, else the same call through `python -c`."""
    script = Path(sys.executable).parent / "intstrat"
    if script.is_file() and os.access(script, os.X_OK):
        return [str(script)]
    try:
        import intstrat  # noqa: F401
    except ImportError:
        # Run from a checkout without installing: the package lives in src/.
        src = str(ROOT / "src")
        sys.path.insert(0, src)
        env["PYTHONPATH"] = os.pathsep.join(p for p in (src, env.get("PYTHONPATH")) if p)
    # What the console script runs; `-m intstrat` would add runpy's 10 ms to every start.
    return [sys.executable, "-c", "import sys; from intstrat.cli import main; "
            "sys.argv[0] = 'intstrat'; main()"]


def _yamllint_command() -> list[str] | None:
    script = Path(sys.executable).parent / "yamllint"
    if script.is_file():
        return [str(script), "-d", "relaxed"]
    found = shutil.which("yamllint")
    return [found, "-d", "relaxed"] if found else None


def _pandoc_command() -> list[str] | None:
    try:
        import pypandoc

        return [str(pypandoc.get_pandoc_path())]
    except (ImportError, OSError):
        found = shutil.which("pandoc")
        return [found] if found else None


FLOOR = (
    "import sys, yaml\n"
    "for name in sys.argv[1:]:\n"
    "    with open(name, 'rb') as handle:\n"
    "        yaml.compose(handle, Loader=yaml.CSafeLoader)\n"
)


# The Typer floor: the least a Typer command that reads the file can cost, with the settings
# intstrat's app uses (no completion options, no pretty tracebacks). `check` is budgeted
# against it, so what start-up costs beyond Typer and the parse is visible.
TYPER_FLOOR = (
    "import typer, yaml\n"
    "app = typer.Typer(add_completion=False, pretty_exceptions_enable=False)\n"
    "@app.command()\n"
    "def check(paths: list[str]) -> None:\n"
    "    for name in paths:\n"
    "        with open(name, 'rb') as handle:\n"
    "            yaml.compose(handle, Loader=yaml.CSafeLoader)\n"
    "app()\n"
)


def _one_core(command: list[str]) -> list[str] | None:
    """The command pinned to one CPU (`taskset`), or None where that is not possible."""
    taskset = shutil.which("taskset")
    return ["taskset", "-c", str(min(os.sched_getaffinity(0))), *command] if taskset else None


def history_repository(examples: Path, target: Path, commits: int) -> tuple[Path, list[Path]]:
    """A git repository whose strategy.yaml has `commits` commits (every fourth the draft,
    the others the complete example with a revision line; renamed once, half-way), built with
    one `git fast-import`; and the same versions as files, for `check` to compare with."""
    complete = (examples / "strategy-en.yaml").read_bytes()
    draft = (examples / "draft.yaml").read_bytes()
    versions_dir = target.parent / "history-versions"
    for folder in (target, versions_dir):
        if folder.exists():
            shutil.rmtree(folder)
        folder.mkdir(parents=True)
    env = {**os.environ, "GIT_CONFIG_GLOBAL": os.devnull, "GIT_CONFIG_NOSYSTEM": "1"}
    subprocess.run(["git", "init", "-q", "-b", "main"], cwd=target, env=env, check=True)
    stream = bytearray()
    versions = []
    start = int(dt.datetime(2026, 1, 1, tzinfo=dt.UTC).timestamp())
    for number in range(commits):
        body = draft if number % 4 == 3 else complete + f"# revision {number}\n".encode()
        path = "strategy.yaml" if number >= commits // 2 else "old-name.yaml"
        version = versions_dir / f"v{number:04d}.yaml"
        version.write_bytes(body)
        versions.append(version)
        message = f"revision {number}".encode()
        stream += b"commit refs/heads/main\n"
        stream += f"committer Office <office@example.org> {start + number * 86400} +0000\n".encode()
        stream += b"data %d\n%s\n" % (len(message), message)
        if number == commits // 2:
            stream += b"D old-name.yaml\n"
        stream += b"M 100644 inline %s\ndata %d\n%s\n" % (path.encode(), len(body), body)
    subprocess.run(["git", "fast-import", "--quiet"], cwd=target, env=env, input=bytes(stream),
                   check=True)
    subprocess.run(["git", "checkout", "-q", "-f", "main"], cwd=target, env=env, check=True)
    return target, versions


# --- measuring -----------------------------------------------------------------------------


@dataclass
class Timing:
    """Wall times (s) and peak memory (MB) of the runs of one command."""

    key: str
    walls: list[float] = field(default_factory=list)
    peaks: list[float] = field(default_factory=list)
    missing: str = ""

    @property
    def median(self) -> float:
        return statistics.median(self.walls)

    @property
    def ok(self) -> bool:
        return bool(self.walls) and not self.missing

    def cell(self) -> str:
        if not self.ok:
            return f"n/a ({self.missing})"
        if len(self.walls) == 1:
            return _secs(self.walls[0])
        return f"{_secs(self.median)} ({_secs(min(self.walls))}–{_secs(max(self.walls))})"

    @property
    def peak(self) -> float:
        return max(self.peaks) if self.peaks else float("nan")


def _secs(value: float) -> str:
    return f"{value:.3f} s" if value < 10 else f"{value:.1f} s"


_TIME = shutil.which("time", path="/usr/bin:/bin") if sys.platform.startswith("linux") else None


def run_once(argv: Sequence[str], env: dict[str, str], cwd: Path,
             allowed: tuple[int, ...] = (0, 1)) -> tuple[float, float, int]:
    """(wall seconds, peak resident MB, exit code) of one whole process.

    Linux counts a child's peak from the parent it was forked from, so a child started from this
    (larger) process would show at least this process's size. GNU `time` is a small process
    in between whose own children are measured exactly; without it, `os.wait4` reports this one
    child's peak, which is then an upper bound for small commands.
    """
    with tempfile.NamedTemporaryFile("r", suffix=".rss", delete=False) as handle:
        rss_file = handle.name
    try:
        command = list(argv)
        if _TIME:
            command = [_TIME, "-f", "%M", "-o", rss_file, *command]
        start = time.perf_counter()
        proc = subprocess.Popen(
            command, env=env, cwd=cwd, stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
        )
        _out, err = b"", b""
        peak = float("nan")
        if hasattr(os, "wait4"):
            assert proc.stderr is not None
            err = proc.stderr.read()
            _pid, status, usage = os.wait4(proc.pid, 0)
            wall = time.perf_counter() - start
            proc.returncode = os.waitstatus_to_exitcode(status)
            proc.stderr.close()
            # ru_maxrss is KiB on Linux, bytes on macOS.
            peak = usage.ru_maxrss / (1024 * 1024 if sys.platform == "darwin" else 1024)
        else:  # pragma: no cover - Windows: no per-process peak memory
            _out, err = proc.communicate()
            wall = time.perf_counter() - start
        if _TIME:
            text = Path(rss_file).read_text(encoding="utf-8").strip().splitlines()
            if text and text[-1].isdigit():
                peak = int(text[-1]) / 1024
    finally:
        os.unlink(rss_file)
    if proc.returncode not in allowed or b"internal error" in err:
        detail = err.decode("utf-8", "replace").strip().splitlines()[-3:]
        raise SystemExit(f"benchmark: {' '.join(argv[:4])} ... failed with exit code "
                         f"{proc.returncode}: {' / '.join(detail)}")
    return wall, peak, proc.returncode


class Timings(dict[str, Timing]):
    """Timings by command key; a command that was not run reads as not measured."""

    def __missing__(self, key: str) -> Timing:
        return Timing(key, missing="not measured in this run")


@dataclass
class Job:
    key: str
    argv: list[str] | None
    missing: str = ""
    expect_ok: bool = False  # exit 0 required (a corpus file with findings is a broken corpus)
    allowed: tuple[int, ...] = (0, 1)  # exit codes that are a result, not a failed benchmark


def measure(jobs: Sequence[Job], runs: int, env: dict[str, str], cwd: Path,
            warm_up: bool, log: bool = True) -> dict[str, Timing]:
    """Run the jobs in turn, `runs` rounds: peers are timed side by side, under the same load."""
    timings = {job.key: Timing(job.key, missing=job.missing) for job in jobs}
    live = [job for job in jobs if job.argv]
    if warm_up:
        for job in live:
            assert job.argv is not None
            run_once(job.argv, env, cwd, job.allowed)  # page cache, .pyc files
    for round_no in range(runs):
        for job in live:
            assert job.argv is not None
            timing = timings[job.key]
            if round_no >= SLOW_RUNS and timing.walls and timing.walls[0] > SLOW_SECONDS:
                continue
            wall, peak, code = run_once(job.argv, env, cwd, job.allowed)
            if job.expect_ok and code != 0:
                raise SystemExit(f"benchmark: {job.key} exits {code}: the corpus file has "
                                 "findings; the scaled corpus must stay a valid strategy")
            timing.walls.append(wall)
            timing.peaks.append(peak)
            if log:
                print(f"  {job.key:<28} run {round_no + 1}: {wall:8.3f} s  {peak:7.1f} MB",
                      file=sys.stderr, flush=True)
    return timings


# --- the budgets ---------------------------------------------------------------------------


@dataclass
class Row:
    key: str
    scenario: str
    ours: Timing
    peer: Timing | None
    peer_name: str
    budget: float | None  # the highest allowed ratio
    budget_text: str
    ratio: float | None = None
    note: str = ""
    limit: float | None = None  # hostile inputs: an absolute bound in seconds (and < 1 GB)

    def evaluate(self) -> None:
        if self.budget is None or not self.ours.ok:
            return
        if self.peer is not None and self.peer.ok:
            self.ratio = self.ours.median / self.peer.median

    @property
    def met(self) -> str:
        if self.limit is not None:
            if not self.ours.ok:
                return "n/a"
            fits = self.ours.median <= self.limit and self.ours.peak < HOSTILE_MEMORY_MB
            return "yes" if fits else "**no**"
        if self.ratio is None or self.budget is None:
            return "n/a"
        return "yes" if self.ratio <= self.budget else "**no**"


def rows_for(t: Mapping[str, Timing], factors: tuple[int, int], copies: int,
             commits: int = 200) -> list[Row]:
    mid, big = factors
    linear_limit = 1.2 * big
    rows = [
        Row("check-one", "`check`, one file (1×)", t["intstrat-1x"], t["yamllint-1x"],
            "yamllint", 1.0, "≤ 1.0× (stretch ≤ 0.7×)"),
        Row("check-typer-floor", "`check`, one file, against a bare one-command Typer app that "
            "composes it with the C loader", t["intstrat-1x"], t["typer-floor-1x"],
            "Typer + C-loader parse", 1.2, "≤ 1.2×"),
        Row("check-many-yamllint", f"`check`, {copies:,} files in one call",
            t["intstrat-many"], t["yamllint-many"], "yamllint", 0.05, "≤ 0.05×"),
        Row("check-many-floor", f"`check`, {copies:,} files, against the parse floor on one core",
            t["intstrat-many"], t["floor-many-1core"], "C-loader parse, 1 core", 2.0, "≤ 2×"),
        Row("render-docx-1x", "`render --format docx`, the example (1×)", t["docx-1x"],
            t["pandoc-1x"], "pandoc md→docx", 1.5, "≤ 1.5×"),
        Row("render-docx-mid", f"`render --format docx`, {mid}× content", t[f"docx-{mid}x"],
            t[f"pandoc-{mid}x"], "pandoc md→docx", 1.0, "≤ 1.0×"),
        Row("linear-big", f"`check`, {big}× content against 1×", t[f"intstrat-{big}x"],
            t["intstrat-1x"], "intstrat, 1×", linear_limit, f"≤ {linear_limit:g}×"),
        Row("history-commits", f"`history`, {commits} commits, against `check` of the same "
            f"{commits} versions as files", t["history"], t["check-versions"],
            "intstrat check, same versions", HISTORY_BUDGET, f"≤ {HISTORY_BUDGET:g}×"),
        Row("report-many", f"`report --format html`, {copies:,} files, against `check` of "
            "them", t["report-many"], t["intstrat-many"], "intstrat check, same files",
            REPORT_BUDGET, f"≤ {REPORT_BUDGET:g}×"),
    ]
    rows.append(Row("render-pdf-batch", f"`render --format pdf`, {PDF_BATCH} strategies in one "
                    "call, against LibreOffice alone converting the same DOCX files",
                    t["pdf-batch"], t["soffice-batch"], "soffice --convert-to pdf",
                    PDF_BUDGET, f"≤ {PDF_BUDGET:g}×"))
    rows += render_size_rows(t, factors)
    for key, (scenario, _build) in HOSTILE.items():
        rows.append(Row(key, scenario, t[key], None, "—", None,
                        f"≤ {HOSTILE_SECONDS:g} s, < 1 GB", limit=HOSTILE_SECONDS))
    for row in rows:
        row.evaluate()
    return rows


# --- PDF through LibreOffice (issue 12) ----------------------------------------------------


def pdf_jobs(intstrat: list[str], files: Sequence[Path], work: Path, env: dict[str, str],
             count: int, wanted: bool) -> tuple[list[Job], dict[str, str]]:
    """`render --format pdf` of `count` strategies in one call, and LibreOffice converting
    the same DOCX files in one call (its profile made beforehand, as a user's would be)."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    labels = {
        "pdf-batch": f"intstrat render --format pdf, {count} strategies in one call",
        "soffice-batch": f"soffice --headless --convert-to pdf, the same {count} DOCX files",
    }
    if soffice is None or not wanted:
        missing = "LibreOffice (soffice) not installed: apt-get install libreoffice-writer-nogui"
        return [Job("pdf-batch", None, missing), Job("soffice-batch", None, missing)], labels
    sources = list(files[:count])
    docx_folder, pdf_folder, lo_folder = work / "pdf-docx", work / "pdf-out", work / "lo-out"
    for folder in (docx_folder, pdf_folder, lo_folder):
        folder.mkdir(exist_ok=True)
    subprocess.run([*intstrat, "render", *map(str, sources), "--format", "docx", "-o",
                    str(docx_folder), "--as-of", "2026-11-01"], env=env, capture_output=True,
                   check=False)
    profile = (work / "lo-profile").as_uri()
    subprocess.run([soffice, f"-env:UserInstallation={profile}", "--headless",
                    "--terminate_after_init"], env=env, capture_output=True, check=False)
    documents = sorted(str(p) for p in docx_folder.glob("*.docx"))
    return [
        Job("pdf-batch", [*intstrat, "render", *map(str, sources), "--format", "pdf", "-o",
                          str(pdf_folder), "--as-of", "2026-11-01"], expect_ok=True),
        Job("soffice-batch", [soffice, f"-env:UserInstallation={profile}", "--headless",
                              "--convert-to", "pdf", "--outdir", str(lo_folder), *documents]),
    ], labels


# --- render at the edge of its sizes (issue 13) ---------------------------------------------


def render_partner_counts(factors: tuple[int, int]) -> tuple[int, int]:
    """Partner candidates in the small and the large strategy: 1,000 and 10,000 (quick: ÷10)."""
    return factors[1] * 10, factors[1] * 100


LONG_TEXT = 10 * 1024 * 1024
"""One text field of 10 MiB (the cluster's name), rendered to DOCX."""


def render_size_inputs(examples: Path, folder: Path, factors: tuple[int, int]) -> dict[str, Path]:
    """Strategies at render's edge: many partner candidates, one very long text field."""
    base = (examples / "strategy-en.yaml").read_text("utf-8")
    row = ("    - id: c{i}\n      name: Candidate {i}\n      country: KR\n      kind: cluster\n"
           "      status: candidate\n      description: d\n      scores:\n"
           "        - rater: weber\n          values: {{interest: 5, tech-level: 4, structure: 5,"
           " management: 4, sector: 5, country: 4, framework: 4, complementarity: 5}}\n")
    inputs: dict[str, Path] = {}
    for count in render_partner_counts(factors):
        rows = "".join(row.format(i=i) for i in range(count))
        inputs[f"partners-{count}"] = path = folder / f"partners-{count}.yaml"
        path.write_text(base.replace("  candidates:\n", "  candidates:\n" + rows, 1), "utf-8")
    long_name = "x" * LONG_TEXT
    inputs["long-text"] = path = folder / "long-text.yaml"
    path.write_text(base.replace("name: Lumina Photonics Cluster Thuringia",
                                 f"name: {long_name}", 1), "utf-8")
    return inputs


def render_size_jobs(intstrat: list[str], inputs: Mapping[str, Path], work: Path,
                     factors: tuple[int, int]) -> tuple[list[Job], dict[str, str]]:
    jobs: list[Job] = []
    labels: dict[str, str] = {}
    for count in render_partner_counts(factors):
        for fmt in ("md", "docx"):
            key = f"render-{fmt}-partners-{count}"
            jobs.append(Job(key, [*intstrat, "render", str(inputs[f"partners-{count}"]),
                                  "--format", fmt, "--output", str(work / f"{key}.{fmt}")],
                            expect_ok=True))
            labels[key] = f"intstrat render --format {fmt}, {count:,} partner candidates"
    jobs.append(Job("render-docx-long-text", [*intstrat, "render", str(inputs["long-text"]),
                                              "--format", "docx", "--output",
                                              str(work / "long-text.docx")], expect_ok=True))
    labels["render-docx-long-text"] = "intstrat render --format docx, one 10 MiB text field"
    return jobs, labels


def render_size_rows(t: Mapping[str, Timing], factors: tuple[int, int]) -> list[Row]:
    """Linear in the partners: ten times the candidates may take at most twelve times as long."""
    small, large = render_partner_counts(factors)
    return [
        Row(f"render-{fmt}-partners", f"`render --format {fmt}`, {large:,} partner candidates "
            f"against {small:,}", t[f"render-{fmt}-partners-{large}"],
            t[f"render-{fmt}-partners-{small}"], f"{small:,} candidates", 12.0, "≤ 12× (linear)")
        for fmt in ("md", "docx")
    ] + [
        Row("render-long-text", "`render --format docx`, one 10 MiB text field (absolute: "
            "must end, under 30 s and 1 GB)", t["render-docx-long-text"], None,
            "none (absolute)", None, "—"),
    ]
# --- hostile inputs (issue 13): bounded in time and memory, the work linear -----------------

HOSTILE_SECONDS = 30.0
HOSTILE_MEMORY_MB = 1024.0


def _items(folder: Path, quick: bool) -> list[str]:
    count = 100_000 if quick else 999_000  # the most the node limit (1,000,000) lets through
    path = folder / "items.yaml"
    path.write_bytes(b"intstrat: 1\nlanguage: en\nannex:\n" + b"  - a\n" * count)
    return ["check", "-q", str(path)]


def _suppressions(folder: Path, quick: bool) -> list[str]:
    count = 6_400 if quick else 64_000
    lines = [b"intstrat: 1", b"language: en"]
    lines += [b"k%d: 1  # intstrat: ignore[CL01]" % i for i in range(count)]
    path = folder / "suppressions.yaml"
    path.write_bytes(b"\n".join(lines) + b"\n")
    return ["check", "-q", str(path)]


def _nesting(folder: Path, quick: bool) -> list[str]:
    path = folder / "nested.yaml"
    path.write_bytes(b"intstrat: 1\ncluster: " + b"[" * 255 + b"]" * 255 + b"\n")
    return ["check", "-q", str(path)]


def _glob(folder: Path, quick: bool) -> list[str]:
    config = folder / "glob.toml"
    config.write_text('[per-file-ignores]\n"' + "**/" * 10 + '*.yml" = ["CL01"]\n')
    deep = folder.joinpath(*["a"] * 60)
    deep.mkdir(parents=True, exist_ok=True)
    (deep / "x.yaml").write_bytes(b"intstrat: 1\nlanguage: en\n")
    return ["check", "-q", "--config", str(config), str(deep / "x.yaml")]


def _deep_toml(folder: Path, quick: bool) -> list[str]:
    config = folder / "deep.toml"
    config.write_text("a = " + "[" * 5000 + "]" * 5000 + "\n")
    (folder / "small.yaml").write_bytes(b"intstrat: 1\nlanguage: en\n")
    return ["check", "-q", "--config", str(config), str(folder / "small.yaml")]


def _hex(folder: Path, quick: bool) -> list[str]:
    path = folder / "hex.yaml"
    path.write_bytes(b"intstrat: 1\nlanguage: en\nfunding:\n  amount_eur: 0x"
                     + b"f" * 100_000 + b"\n")
    return ["diff", str(ROOT / "examples" / "strategy-en.yaml"), str(path)]


HOSTILE = {
    "hostile-items": ("`check`, 999,000 list items (--quick: 100,000)", _items),
    "hostile-suppressions": ("`check`, 64,000 suppression comments (--quick: 6,400)",
                             _suppressions),
    "hostile-nesting": ("`check`, 255 nested flow lists", _nesting),
    "hostile-glob": ("`check`, `**/` ten times against a 60-folder path", _glob),
    "hostile-toml": ("`check`, a configuration nested 5,000 deep", _deep_toml),
    "hostile-hex": ("`diff`, a 100,000-digit hex integer", _hex),
}
"""Key → (scenario, builder writing the input into a folder and returning the arguments)."""


MEMORY_ROW = "memory-big"

# `history` audits every version as `check` audits a file, in one process (no worker pool:
# the versions come one by one from `git cat-file`), and adds the git reading and the monitor
# assessment; `check` of the same versions as files may use both cores from 64 files on.
# Checking the versions as files is what a user would do without `history`.
HISTORY_BUDGET = 1.5
PDF_BATCH = 20
PDF_BUDGET = 1.5
"""A batch of PDFs: intstrat renders each DOCX and has one LibreOffice fill the TOC and
export them; LibreOffice alone converting the same DOCX (without filling the TOC) is the
floor."""
# `report` audits like `check` (one process), assesses the monitoring and writes about 9 KB of
# HTML per strategy; `check` of the same files runs a worker pool and writes one line per file.
REPORT_BUDGET = 3.0


def memory_row(t: Mapping[str, Timing], big: int) -> tuple[str, float, str]:
    peak = t[f"intstrat-{big}x"].peak
    met = "n/a" if peak != peak else ("yes" if peak < 200 else "**no**")
    return f"`check`, {big}× content: peak memory", peak, met


# --- report --------------------------------------------------------------------------------


def scenario_commands(keys: set[str], factors: tuple[int, int], copies: int) -> set[str]:
    """The commands the named scenarios compare (what `--only` runs)."""
    commands = {f"intstrat-{factors[1]}x"} if MEMORY_ROW in keys else set()
    for row in rows_for(Timings(), factors, copies):
        if row.key in keys:
            commands.add(row.ours.key)
            if row.peer is not None:
                commands.add(row.peer.key)
    return commands


def table(rows: Sequence[Row], memory: tuple[str, float, str] | None, runs: int) -> str:
    lines = [
        "| scenario | intstrat median (min–max) | peer median | ratio | budget | met? |",
        "|---|---|---|---|---|---|",
    ]
    for row in rows:
        peer = f"{row.peer.cell() if row.peer else 'n/a'}, {row.peer_name}"
        ratio = f"{row.ratio:.3f}×" if row.ratio is not None else "n/a"
        lines.append(f"| {row.scenario} [{row.key}] | {row.ours.cell()} | {peer} | {ratio} | "
                     f"{row.budget_text} | {row.met} |")
    if memory is not None:
        scenario, peak, met = memory
        peak_text = "n/a" if peak != peak else f"{peak:.0f} MB"
        lines.append(f"| {scenario} [{MEMORY_ROW}] | {peak_text} | — | — | < 200 MB | {met} |")
    return "\n".join(lines) + "\n"


def detail_table(timings: dict[str, Timing], labels: dict[str, str]) -> str:
    lines = ["| command | runs | wall median (min–max) | peak memory |", "|---|---|---|---|"]
    for key, timing in timings.items():
        peak = "n/a" if not timing.ok or timing.peak != timing.peak else f"{timing.peak:.0f} MB"
        runs = len(timing.walls)
        lines.append(f"| {labels.get(key, key)} | {runs} | {timing.cell()} | {peak} |")
    return "\n".join(lines) + "\n"


def machine() -> dict[str, str]:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text(encoding="utf-8").splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    usable = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    uname = platform.uname()
    return {
        "date": dt.datetime.now().astimezone().strftime("%Y-%m-%d %H:%M %Z"),
        "system": f"{uname.system} {uname.release} {uname.machine}",
        "cpu": f"{cpu}, {usable} usable core(s) of {os.cpu_count()}",
        "python": f"{platform.python_implementation()} {platform.python_version()}",
        "load": _load(),
    }


def _load() -> str:
    try:
        return "{:.2f} {:.2f} {:.2f}".format(*os.getloadavg())
    except OSError:
        return "n/a"


def versions(env: dict[str, str], intstrat: list[str], yamllint: list[str] | None,
             pandoc: list[str] | None) -> str:
    def first_line(argv: list[str]) -> str:
        try:
            out = subprocess.run(argv, env=env, capture_output=True, text=True, timeout=60)
        except (OSError, subprocess.TimeoutExpired):
            return "n/a"
        return (out.stdout or out.stderr).strip().splitlines()[0] if (out.stdout or
                                                                      out.stderr) else "n/a"

    import yaml

    parts = [first_line([*intstrat, "--version"])]
    if yamllint:
        parts.append(first_line([yamllint[0], "--version"]))
    if pandoc:
        parts.append(first_line([pandoc[0], "--version"]))
    parts.append(f"PyYAML {yaml.__version__} (C loader: {hasattr(yaml, 'CSafeLoader')})")
    return "; ".join(parts)


def report(rows: Sequence[Row], memory: tuple[str, float, str] | None,
           timings: dict[str, Timing],
           labels: dict[str, str], facts: dict[str, str], command: str, runs: int,
           tools: str) -> str:
    return (
        f"Measured {facts['date']} on {facts['system']}; {facts['cpu']}; {facts['python']}; "
        f"load average at the start {facts['load']}.\n\n"
        f"Tools: {tools}.\n\n"
        f"Command: `{command}` ({runs} run(s) per command, medians; a command slower than "
        f"{SLOW_SECONDS:g} s runs at most {SLOW_RUNS} times).\n\n"
        + table(rows, memory, runs)
        + "\nEvery command measured, as whole processes:\n\n"
        + detail_table(timings, labels)
    )


def write_doc(out: Path, results: str) -> None:
    """Replace the results block of `out`, keep the hand-written text around it."""
    block = f"{RESULTS_START}\n{results}{RESULTS_END}\n"
    if out.exists():
        text = out.read_text(encoding="utf-8")
        if RESULTS_START in text and RESULTS_END in text:
            head, rest = text.split(RESULTS_START, 1)
            tail = rest.split(RESULTS_END, 1)[1].lstrip("\n")
            text = head + block + ("\n" + tail if tail else "")
        else:
            text = text.rstrip("\n") + "\n\n" + block
    else:
        text = "# Benchmarks\n\n" + block
    out.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=f".{out.name}.", dir=out.parent)
    with os.fdopen(handle, "w", encoding="utf-8") as stream:
        stream.write(text)
    os.replace(temporary, out)


# --- main ----------------------------------------------------------------------------------


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true",
                        help="one run on a tiny corpus (CI: proves the benchmark still runs)")
    parser.add_argument("--runs", type=int, default=None, help="runs per command (default 5)")
    parser.add_argument("--out", type=Path, default=None,
                        help="write the results into this Markdown file (e.g. docs/benchmarks.md)")
    parser.add_argument("--corpus", type=Path, default=HERE / "corpus",
                        help="where to build the corpus (default benchmarks/corpus/)")
    parser.add_argument("--files", type=int, default=None,
                        help="files in the many-files corpus (default 1000; --quick 20)")
    parser.add_argument("--only", default=None, metavar="KEY,...",
                        help="run only these scenarios (their keys in brackets in the table, "
                        "e.g. check-typer-floor); not with --out, which records whole runs")
    args = parser.parse_args(argv)
    runs = args.runs or (1 if args.quick else 5)
    copies = args.files or (20 if args.quick else 1000)
    factors = (2, 10) if args.quick else (10, 100)
    mid, big = factors
    known = {row.key for row in rows_for(Timings(), factors, copies)} | {MEMORY_ROW}
    only = {key.strip() for key in args.only.split(",") if key.strip()} if args.only else None
    if only is not None:
        if only - known:
            parser.error(f"--only: unknown scenario(s) {', '.join(sorted(only - known))}; "
                         f"known: {', '.join(sorted(known))}")
        if args.out:
            parser.error("--only measures part of the table; --out records whole runs")
    wanted = scenario_commands(only, factors, copies) if only is not None else None

    env = dict(os.environ)
    env.setdefault("LC_ALL", "C.UTF-8")
    env.pop("FORCE_COLOR", None)
    intstrat = _intstrat_command(env)
    yamllint = _yamllint_command()
    pandoc = _pandoc_command()

    print(f"building the corpus in {args.corpus} ...", file=sys.stderr, flush=True)
    built = corpus.build(ROOT / "examples", args.corpus, copies=copies, factors=factors)
    one, scaled, files = built["one"], built["scaled"], [str(p) for p in built["many_files"]]
    work = args.corpus / "out"
    work.mkdir()
    commits = 20 if args.quick else 200
    history_wanted = wanted is None or "history" in wanted
    repo, history_versions = (
        history_repository(ROOT / "examples", args.corpus / "history", commits)
        if history_wanted else (args.corpus, []))

    # Markdown for pandoc: intstrat's own rendering of the same strategy.
    render_ok = True
    markdown: dict[int, Path] = {}
    pandoc_wanted = wanted is None or any(key.startswith("pandoc-") for key in wanted)
    for factor in (1, mid) if pandoc_wanted else ():
        target = work / f"render-{factor}x.md"
        done = subprocess.run([*intstrat, "render", str(scaled[factor]), "--format", "md",
                               "--output", str(target)], env=env, capture_output=True)
        if done.returncode != 0 or not target.exists():
            render_ok = False
            reason = done.stderr.decode("utf-8", "replace").strip().splitlines()[-1:]
            print(f"intstrat render is not available: {' '.join(reason)}", file=sys.stderr)
            break
        markdown[factor] = target

    def job(key: str, argv: list[str] | None, missing: str = "", ok: bool = False) -> Job:
        return Job(key, argv if not missing else None, missing, ok)

    no_yamllint = "" if yamllint else "yamllint not installed: pip install '.[bench]'"
    no_pandoc = "" if pandoc else "pandoc not installed: pip install '.[bench]'"
    no_render = "" if render_ok else "intstrat render failed"
    floor = [sys.executable, "-c", FLOOR]
    floor_one = _one_core(floor + files)
    groups: list[list[Job]] = [
        [
            job("intstrat-1x", [*intstrat, "check", str(one)], ok=True),
            job("yamllint-1x", [*(yamllint or []), str(one)], no_yamllint),
            job("floor-1x", [*floor, str(one)]),
            job("typer-floor-1x", [sys.executable, "-c", TYPER_FLOOR, str(one)]),
        ],
        [
            job(f"intstrat-{mid}x", [*intstrat, "check", str(scaled[mid])], ok=True),
            job(f"intstrat-{big}x", [*intstrat, "check", str(scaled[big])], ok=True),
        ],
        [
            job("docx-1x", [*intstrat, "render", str(one), "--format", "docx", "--output",
                            str(work / "one-1x.docx")], no_render),
            job("pandoc-1x", [*(pandoc or []), str(markdown.get(1)), "-o",
                              str(work / "pandoc-1x.docx")], no_pandoc or no_render),
            job(f"docx-{mid}x", [*intstrat, "render", str(scaled[mid]), "--format", "docx",
                                 "--output", str(work / f"one-{mid}x.docx")], no_render),
            job(f"pandoc-{mid}x", [*(pandoc or []), str(markdown.get(mid)), "-o",
                                   str(work / f"pandoc-{mid}x.docx")], no_pandoc or no_render),
        ],
        [
            job("history", [*intstrat, "history", str(repo / "strategy.yaml"), "--format",
                            "json", "-o", str(work / "history.json")]),
            job("check-versions", [*intstrat, "check", *map(str, history_versions)]),
        ],
        [
            job("intstrat-many", [*intstrat, "check", *files], ok=True),
            job("report-many", [*intstrat, "report", str(built["many"]), "--as-of",
                                "2027-06-30", "-o", str(work / "report.html")]),
            job("floor-many-1core", floor_one,
                "" if floor_one else "taskset not available"),
            job("floor-many", floor + files),
            job("yamllint-many", [*(yamllint or []), *files], no_yamllint),
        ],
    ]
    hostile_folder = args.corpus / "hostile"
    hostile_folder.mkdir(exist_ok=True)
    # Findings (exit 1) or a usage error naming the limit (exit 2); never an internal error.
    hostile_jobs = [
        Job(key, [*intstrat, *build(hostile_folder, args.quick)], allowed=(0, 1, 2))
        for key, (_scenario, build) in HOSTILE.items() if wanted is None or key in wanted
    ]
    groups.insert(len(groups) - 1, hostile_jobs)  # the many-files group stays the last
    labels = {
        **{key: f"intstrat {scenario.replace('`', '')}" for key, (scenario, _b) in HOSTILE.items()},
        "intstrat-1x": "intstrat check, 1× (one file)",
        "yamllint-1x": "yamllint -d relaxed, 1×",
        "floor-1x": "C-loader parse (yaml.compose, CSafeLoader), 1×",
        "typer-floor-1x": "one-command Typer app composing the file (C loader), 1×",
        f"intstrat-{mid}x": f"intstrat check, {mid}× content",
        f"intstrat-{big}x": f"intstrat check, {big}× content",
        "docx-1x": "intstrat render --format docx, 1×",
        "pandoc-1x": "pandoc md → docx (intstrat's Markdown), 1×",
        f"docx-{mid}x": f"intstrat render --format docx, {mid}× content",
        f"pandoc-{mid}x": f"pandoc md → docx (intstrat's Markdown), {mid}× content",
        "history": f"intstrat history --format json, {commits} commits",
        "check-versions": f"intstrat check, the {commits} versions as files in one call",
        "report-many": f"intstrat report --format html, {copies:,} files",
        "intstrat-many": f"intstrat check, {copies:,} files in one call",
        "floor-many-1core": f"C-loader parse of {copies:,} files, one process on one core",
        "floor-many": f"C-loader parse of {copies:,} files, one process",
        "yamllint-many": f"yamllint -d relaxed, {copies:,} files in one call",
    }

    pdf_group, pdf_labels = pdf_jobs(intstrat, built["many_files"], work, env,
                                     4 if args.quick else PDF_BATCH,
                                     wanted is None or "pdf-batch" in wanted)
    groups.insert(len(groups) - 1, pdf_group)
    labels.update(pdf_labels)

    sizes, size_labels = render_size_jobs(
        intstrat, render_size_inputs(ROOT / "examples", work, factors), work, factors)
    groups.insert(len(groups) - 1, sizes)  # the many-files group stays last (its warm-up)
    labels.update(size_labels)

    if wanted is not None:
        groups = [[j for j in group if j.key in wanted] for group in groups]
    facts = machine()
    timings = Timings()
    ran_before = False
    for group in groups:
        if not group:
            continue
        # The many-files group is warmed by the single-file runs before it, if they ran.
        warm = not args.quick and (group is not groups[-1] or not ran_before)
        timings.update(measure(group, runs, env, ROOT, warm_up=warm))
        ran_before = True

    rows = [row for row in rows_for(timings, factors, copies, commits)
            if only is None or row.key in only]
    memory = memory_row(timings, big) if only is None or MEMORY_ROW in only else None
    command = "python benchmarks/run.py" + (" --quick" if args.quick else "") + (
        f" --runs {args.runs}" if args.runs else "") + (f" --only {args.only}" if only else "")
    results = report(rows, memory, timings, labels, facts, command, runs,
                     versions(env, intstrat, yamllint, pandoc))
    print(results)
    if args.out:
        write_doc(args.out, results)
        print(f"wrote {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
