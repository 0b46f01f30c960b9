"""A strategy file through its git history: the audit and the progress of every committed version.

The history is read through the `git` executable (no library to install, and git knows renames
best): `git log --follow` lists the commits that changed the file, with the path it had in each,
and one `git cat-file --batch` process hands over every version's text. Each version is audited
in memory as `check` would audit it, and judged by `monitor` as of its commit's day, so each row
shows the picture the strategy gave on the day it was committed.

Every version is judged by the same rules: the rules of the intstrat running now. A rule added
to intstrat therefore applies to old versions too and cannot show as a jump between commits; the
rule set's fingerprint (intstrat's version and the sorted rule ids) is stored with the history,
so histories saved by two intstrat versions are not compared unawares. What does change between
commits, and is marked on the version where it changes: the format version (`intstrat:`), which
decides whether these rules can read the file at all, and the file's path (a rename).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import shutil
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any, Literal

from intstrat.errors import UsageError
from intstrat.i18n import N_
from intstrat.limits import DEFAULT_MAX_SIZE

GIT_TIMEOUT = 120.0
"""Seconds a `git log` may take; a history that takes longer is not worth waiting for."""

Mark = Literal["first", "format", "renamed", "unreadable", "too_large"]
"""Why a version is not simply comparable with the one before (see `Version.marks`)."""


@dataclass(frozen=True)
class Commit:
    """One commit that changed the file: `path` is the file's path (from the repository's top)
    in that commit."""

    sha: str
    when: dt.datetime
    subject: str
    path: str


@dataclass(frozen=True)
class Version:
    """The file as one commit left it, audited and assessed.

    `score` is None and `points` empty when the version cannot be read as a strategy of a format
    these rules know (`readable` false); `points` maps each checklist point and section id to
    its status: passed, failed or waived. `monitor` counts the indicators and milestones by
    status as of the commit's day; `attention` says whether something was behind or overdue
    then. `marks` say what changed with this version besides its content: the format version,
    the path, readability.
    """

    commit: Commit
    format_version: Any
    readable: bool
    score: float | None
    points: tuple[tuple[str, str], ...]
    monitor: tuple[tuple[str, int], ...]
    attention: bool
    marks: tuple[Mark, ...]

    @property
    def passed(self) -> int:
        return sum(1 for _, status in self.points if status == "passed")


@dataclass(frozen=True)
class History:
    """The versions of one file, oldest first. `rules` is the fingerprint of the rule set that
    judged all of them; `language` the newest readable version's `language` value."""

    file: str
    versions: tuple[Version, ...]
    rules: str
    rule_ids: tuple[str, ...]
    language: Any = None


def rule_fingerprint(rule_ids: tuple[str, ...]) -> str:
    """Twelve hex digits naming intstrat's version and its sorted rule ids."""
    from intstrat import __version__

    text = "\n".join([f"intstrat {__version__}", *sorted(rule_ids)])
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:12]


def git_executable() -> str:
    found = shutil.which("git")
    if found is None:
        raise UsageError(N_("history needs git, and no `git` program was found on PATH"))
    return found


def repository_of(file: str) -> tuple[Path, str]:
    """(the repository's top folder, `file` relative to it); a usage error outside git."""
    git = git_executable()
    target = Path(os.path.abspath(file))
    folder = target.parent
    if not folder.is_dir():
        raise UsageError(N_("{path}: no such file"), path=file)
    done = _git(git, folder, "rev-parse", "--show-toplevel")
    if done.returncode != 0:
        raise UsageError(N_("{path}: is not inside a git repository"), path=file)
    top = Path(done.stdout.decode("utf-8", "replace").strip())
    try:
        relative = target.resolve().relative_to(top.resolve()).as_posix()
    except ValueError:
        raise UsageError(N_("{path}: is not inside a git repository"), path=file) from None
    return top, relative


def tracked(top: Path) -> set[str]:
    """The paths (from the top) git knows in the current commit, to skip untracked files fast."""
    done = _git(git_executable(), top, "ls-files", "-z")
    if done.returncode != 0:
        return set()
    return {p for p in done.stdout.decode("utf-8", "replace").split("\0") if p}


def commits(top: Path, relative: str) -> list[Commit]:
    """The commits that changed the file, newest first, following renames; deletions left out."""
    done = _git(git_executable(), top, "log", "--follow", "--format=%x1e%H%x00%aI%x00%s",
                "--name-status", "-z", "--", relative)
    if done.returncode != 0:
        # An empty repository (no commit yet) is the only ordinary way to get here.
        return []
    found = []
    for record in done.stdout.decode("utf-8", "replace").split("\x1e"):
        fields = record.split("\0")
        if len(fields) < 5:
            continue
        sha, when, subject, status = fields[0], fields[1], fields[2], fields[3].strip()
        names = [name for name in fields[4:] if name]
        if not names or status.startswith("D"):
            continue
        path = names[-1]  # a rename or copy lists the old path, then the new one
        found.append(Commit(sha, dt.datetime.fromisoformat(when), subject, path))
    return found


def blobs(top: Path, wanted: list[Commit], max_size: int) -> Iterator[tuple[Commit, bytes | None]]:
    """Each commit's version of the file (None when it is larger than `max_size`), one process."""
    if not wanted:
        return
    proc = subprocess.Popen([git_executable(), "cat-file", "--batch"], cwd=top,
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                            stderr=subprocess.DEVNULL)
    assert proc.stdin is not None and proc.stdout is not None
    try:
        for commit in wanted:
            proc.stdin.write(f"{commit.sha}:{commit.path}\n".encode())
            proc.stdin.flush()
            header = proc.stdout.readline().decode("utf-8", "replace").split()
            if len(header) != 3 or header[1] != "blob":
                continue  # "missing": a submodule or a path git cannot show
            size = int(header[2])
            if size > max_size:
                _skip(proc.stdout, size + 1)
                yield commit, None
                continue
            data = proc.stdout.read(size)
            proc.stdout.read(1)  # the newline after the content
            yield commit, data
    finally:
        proc.stdin.close()
        proc.stdout.close()
        proc.wait(timeout=GIT_TIMEOUT)


def _skip(stream: IO[bytes], count: int) -> None:
    while count > 0:
        chunk = stream.read(min(count, 1 << 20))
        if not chunk:
            return
        count -= len(chunk)


def history(file: str, since: dt.date | None = None, until: dt.date | None = None,
            max_size: int = DEFAULT_MAX_SIZE) -> History:
    """The versions of `file` committed between `since` and `until` (both days included)."""
    top, relative = repository_of(file)
    found = commits(top, relative)
    if not found:
        raise UsageError(N_("{path}: was never committed to its git repository"), path=file)
    chosen = [c for c in reversed(found)
              if (since is None or c.when.date() >= since)
              and (until is None or c.when.date() <= until)]
    return assess_versions(file, top, chosen, max_size)


def assess_versions(file: str, top: Path, chosen: list[Commit], max_size: int) -> History:
    from intstrat.check.audit import FORMAT_VERSIONS, AuditOptions, audit_document
    from intstrat.check.load import decode, load_text
    from intstrat.living.progress import assess
    from intstrat.rules import all_rules

    rule_ids = tuple(all_rules())
    options = AuditOptions()
    versions: list[Version] = []
    language: Any = None
    previous: Version | None = None
    for commit, raw in blobs(top, chosen, max_size):
        marks: list[Mark] = []
        text = decode(raw)[0] if raw is not None else None
        doc, problems = load_text(text) if text is not None else (None, [])
        data = doc.data if doc is not None else None
        fmt = data.get("intstrat") if isinstance(data, dict) else None
        # Each version is judged on the day it was committed: its plans were plans then.
        result = (audit_document(doc, commit.path, options._replace(as_of=commit.when.date()),
                                 problems)
                  if doc is not None and fmt in FORMAT_VERSIONS else None)
        if result is None or not result.is_strategy or not isinstance(data, dict):
            version = Version(commit, fmt, False, None, (), (), False, ())
        else:
            language = data.get("language", language)
            progress = assess(data, commit.when.date())
            counts = tuple((k, v) for k, v in progress.counts().items() if v)
            points = tuple((p.rule, p.status.value)
                           for p in (*result.checklist, *result.sections))
            version = Version(commit, fmt, True, result.score, points, counts,
                              progress.needs_attention, ())
        if previous is None:
            marks.append("first")
        else:
            if version.format_version != previous.format_version:
                marks.append("format")
            if commit.path != previous.commit.path:
                marks.append("renamed")
        if raw is None:
            marks.append("too_large")
        elif not version.readable:
            marks.append("unreadable")
        version = Version(commit, version.format_version, version.readable, version.score,
                          version.points, version.monitor, version.attention, tuple(marks))
        versions.append(version)
        previous = version
    return History(file, tuple(versions), rule_fingerprint(rule_ids), rule_ids, language)


def _git(git: str, cwd: Path, *args: str) -> subprocess.CompletedProcess[bytes]:
    try:
        return subprocess.run([git, *args], cwd=cwd, capture_output=True, timeout=GIT_TIMEOUT,
                              check=False)
    except subprocess.TimeoutExpired:
        raise UsageError(N_("git did not answer within {seconds} seconds"),
                         seconds=int(GIT_TIMEOUT)) from None


def to_dict(found: History) -> dict[str, Any]:
    """The JSON shape of `intstrat history --format json` (without the file and language)."""
    return {
        "rules": {"fingerprint": found.rules, "count": len(found.rule_ids)},
        "versions": [
            {
                "commit": v.commit.sha,
                "date": v.commit.when.isoformat(),
                "subject": v.commit.subject,
                "path": v.commit.path,
                "format": v.format_version,
                "readable": v.readable,
                "score": v.score,
                "passed": v.passed if v.readable else None,
                "points": dict(v.points),
                "monitor": {"counts": dict(v.monitor), "needs_attention": v.attention},
                "marks": list(v.marks),
            }
            for v in found.versions
        ],
    }
