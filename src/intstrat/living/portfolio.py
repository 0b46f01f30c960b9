"""The strategies one `intstrat report` covers: each audited, assessed and, in git, its history.

A folder is searched like `check` searches it (files carrying the `intstrat:` marker). One
`git ls-files` per repository tells which files git tracks, so a folder of a thousand untracked
files costs no thousand `git log` runs; a tracked file's history is read as `intstrat history`
reads it.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from intstrat.check.source import read_strategy
from intstrat.errors import UsageError
from intstrat.findings import FileResult, Finding
from intstrat.i18n import N_
from intstrat.limits import DEFAULT_MAX_SIZE
from intstrat.living.history import History
from intstrat.living.progress import Progress


@dataclass(frozen=True)
class Entry:
    """One strategy of the report. `result` is the audit (None with `problems` when the file
    cannot be read); `title` the cluster's name when the file gives one, else the file's name."""

    file: str
    title: str
    result: FileResult | None
    progress: Progress | None
    history: History | None
    problems: tuple[Finding, ...] = ()
    language: Any = None


def collect(paths: list[str], as_of: dt.date, with_history: bool = True,
            max_size: int = DEFAULT_MAX_SIZE) -> list[Entry]:
    from intstrat.check.audit import AuditOptions, audit_document
    from intstrat.check.discover import discover
    from intstrat.living.progress import assess

    entries = []
    repos = _Repositories() if with_history else None
    for name, _named in discover(paths):
        if name == "-":
            raise UsageError(N_("report reads files and folders, not standard input ('-')"))
        source = read_strategy(name, max_size)
        if not source.readable or source.document is None:
            entries.append(Entry(name, Path(name).name, None, None, None, source.problems))
            continue
        result = audit_document(source.document, name, AuditOptions(),
                                list(source.load_problems))
        progress = assess(source.data, as_of) if result.is_strategy else None
        history = repos.history(name, max_size) if repos is not None else None
        entries.append(Entry(name, _title(source.data, name), result, progress, history,
                             language=source.language))
    return entries


def _title(data: Any, name: str) -> str:
    cluster = data.get("cluster") if isinstance(data, dict) else None
    value = cluster.get("name") if isinstance(cluster, dict) else None
    return value.strip() if isinstance(value, str) and value.strip() else Path(name).name


class _Repositories:
    """Which files git tracks, asked once per repository; the history of those that it does."""

    def __init__(self) -> None:
        self._tracked: dict[Path, set[str]] = {}
        self._tops: dict[Path, Path | None] = {}
        self._no_git = False

    def history(self, name: str, max_size: int) -> History | None:
        from intstrat.living.history import assess_versions, commits, repository_of, tracked

        if self._no_git:
            return None
        folder = Path(os.path.abspath(name)).parent
        if folder in self._tops:
            top = self._tops[folder]
            if top is None:
                return None
            try:
                relative = Path(os.path.abspath(name)).resolve().relative_to(
                    top.resolve()).as_posix()
            except ValueError:  # a symlink that leads out of the repository: no history
                return None
        else:
            try:
                top, relative = repository_of(name)
            except UsageError:
                # Outside git (or no git at all): the report has no history to show, that is all.
                self._tops[folder] = None
                self._no_git = shutil.which("git") is None
                return None
            self._tops[folder] = top
        known = self._tracked.get(top)
        if known is None:
            known = self._tracked[top] = tracked(top)
        if relative not in known:
            return None
        found = commits(top, relative)
        if not found:
            return None
        return assess_versions(name, top, list(reversed(found)), max_size)
