"""Check many paths: discover the files, audit each one, keep going when one is broken."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterator, Sequence

from intstrat.check.audit import AuditOptions, audit_bytes
from intstrat.check.discover import discover
from intstrat.check.source import read_limited, read_stdin
from intstrat.errors import UsageError
from intstrat.findings import FileResult, Severity
from intstrat.i18n import N_, resolve_language
from intstrat.limits import usable_cores
from intstrat.rules.messages import finding
from intstrat.terminal import printable

# Below this many files a pool costs more to start than it saves (a file takes a few ms).
PARALLEL_THRESHOLD = 64
MAX_WORKERS = 8
# `--jobs N` is capped at the files there are and at four workers per core, at most MAX_JOBS
# (forking thousands of workers up front would only exhaust the machine).
MAX_JOBS = 64

Progress = Callable[[int, int], None]
"""Called with (files done, files in all) as results come in."""


STDIN_NAME = "<stdin>"


def read_one(path: str, options: AuditOptions, shown: str | None = None) -> FileResult:
    """Audit one file; an unreadable file is a finding of its own, not the end of the run.

    `shown` is the name reported for standard input ('-'): `--stdin-filename`, else <stdin>.
    """
    if path == "-":
        raw = read_stdin(options.max_size)
        return audit_bytes(raw, shown or STDIN_NAME, options, size=len(raw))
    # A file name that is not UTF-8 (or holds control characters) is reported by its escaped
    # bytes: every report format can then write it, and no terminal obeys it.
    name = path if path.isprintable() else printable(path)
    try:
        raw, size = read_limited(path, options.max_size)
    except OSError as exc:
        lang = resolve_language(options.lang)
        detail = exc.strerror or type(exc).__name__
        unreadable = finding(name, 1, 1, "YA06", Severity.ERROR, "unreadable", {"detail": detail})
        return FileResult(name, (unreadable,), language=lang, is_strategy=False)
    return audit_bytes(raw, name, options, size=size)


Job = tuple[str, AuditOptions, str | None]
"""(path to read, its options, the name shown when it differs: --stdin-filename)."""


def _read_job(job: Job) -> FileResult:
    return read_one(*job)


def plan(
    paths: Sequence[str],
    options: AuditOptions,
    ignores_for: Callable[[str], tuple[str, ...]] | None = None,
    strategies_only: bool = False,
    stdin_filename: str | None = None,
    options_for: Callable[[str], AuditOptions] | None = None,
) -> list[Job]:
    """Every file to check with the options that apply to it (per-file ignores added).

    `options_for(path)`, when given, decides each file's options (its own configuration);
    else every file gets `options` plus `ignores_for(path)`. Standard input is checked as
    `stdin_filename` when given: reported by that name, its settings and per-file ignores
    those of that path.
    """
    jobs: list[Job] = []
    for path, _named in discover(list(paths), strategies_only=strategies_only):
        shown = stdin_filename if path == "-" else None
        if options_for is not None:
            jobs.append((path, options_for(shown or path), shown))
            continue
        extra = ignores_for(shown or path) if ignores_for else ()
        jobs.append((path, options._replace(ignore=(*options.ignore, *extra)) if extra
                     else options, shown))
    if not jobs and not strategies_only:
        # Only folders were named and none holds a strategy: a silent exit 0 would let CI pass
        # without checking anything.
        raise UsageError(
            N_("{paths}: no strategy files found (searched for *.yaml and *.yml files with an "
               "'intstrat:' line)"),
            paths=", ".join(paths),
        )
    return jobs


def run_jobs(
    jobs: Sequence[Job],
    progress: Progress | None = None,
    workers: int | None = None,
) -> list[FileResult]:
    """Audit the files, in parallel when there are many; results keep the order of `jobs`."""
    workers = default_workers(len(jobs)) if workers is None else capped_workers(workers, len(jobs))
    results: list[FileResult] = []
    for done, result in enumerate(_results(jobs, workers), start=1):
        results.append(result)
        if progress is not None:
            progress(done, len(jobs))
    return results


def default_workers(count: int) -> int:
    """1 (no pool) for small batches, one process without fork or on one core; else the cores."""
    cpus = usable_cores()
    if count < PARALLEL_THRESHOLD or cpus < 2 or not _can_fork():
        return 1
    return min(cpus, MAX_WORKERS)


def capped_workers(requested: int, count: int) -> int:
    """`--jobs N` as it runs: never more workers than files, nor than MAX_JOBS."""
    if not _can_fork():
        return 1
    return max(1, min(requested, count, 4 * usable_cores(), MAX_JOBS))


def _can_fork() -> bool:
    # Only fork starts a worker cheaply (the modules are already loaded); spawn would import
    # everything again in every worker and eat the gain.
    import multiprocessing

    return "fork" in multiprocessing.get_all_start_methods() and sys.platform != "darwin"


def _results(jobs: Sequence[Job], workers: int) -> Iterator[FileResult]:
    stdin_jobs = [job for job in jobs if job[0] == "-"]
    if workers <= 1 or stdin_jobs:
        yield from (read_one(*job) for job in jobs)
        return
    import multiprocessing

    from intstrat.interrupts import block, quiet_interrupts, restore, worker_defaults

    # Chunks big enough to keep the pipe quiet, small enough that the cores finish together.
    chunksize = max(1, min(64, len(jobs) // (workers * 4)))
    context = multiprocessing.get_context("fork")
    # Workers ignore Ctrl-C and die with their parent; on any way out (Ctrl-C twice, SIGTERM,
    # a reader that stops early) the main process ends them itself and waits for them, so no
    # worker is left behind and no second interrupt can leave the main process waiting.
    mask = block()  # an interrupt while the workers start arrives below, inside the cleanup
    try:
        pool = context.Pool(workers, initializer=worker_defaults, initargs=(os.getpid(),))
    except BaseException:
        restore(mask)
        raise
    try:
        restore(mask)
        yield from pool.imap(_read_job, jobs, chunksize=chunksize)
        pool.close()
    except BaseException:
        quiet_interrupts()
        pool.terminate()
        raise
    finally:
        pool.join()

def check_paths(
    paths: Sequence[str],
    options: AuditOptions,
    *,
    ignores_for: Callable[[str], tuple[str, ...]] | None = None,
    strategies_only: bool = False,
    progress: Progress | None = None,
    workers: int | None = None,
) -> list[FileResult]:
    """Discover and audit; the results follow the discovery order whatever ran in parallel."""
    jobs = plan(paths, options, ignores_for, strategies_only)
    return run_jobs(jobs, progress, workers)


def exit_code(results: Sequence[FileResult], fail_on: Severity, fail_under: float | None) -> bool:
    """True when the run should exit 1."""
    for r in results:
        if any(f.severity >= fail_on for f in r.findings):
            return True
        if fail_under is not None and r.is_strategy and r.score < fail_under:
            return True
    return False


__all__ = ["check_paths", "exit_code", "plan", "read_one", "run_jobs"]
